"""Finding the article inside a real page dump (menus, share buttons, link lists around it).

Pages that are not in the reference layout go through this stage. It works on evidence that
every converter keeps: the body is the densest run of long, sentence-like lines; the title is
the heading-like line closest before it, preferably one with a byline or a date just below it
(html2text's ``#`` headings, lynx's flush-left headings and BeautifulSoup's ``<title>`` first
line add weight); the byline and the date sit between the two; reader comments are the blocks
under repeated *author + timestamp* header lines. Every line the article does not use is kept
in the dropped boilerplate with the reason, never lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from newsparse._comments import Thread
from newsparse._dates import find_date
from newsparse._generic_header import BYLINE, header, names
from newsparse._lines import byline, fold
from newsparse.vocab import page as V

if TYPE_CHECKING:
    from datetime import date

    from newsparse._parser import _Page

    Moment = date

__all__ = ["is_reference_layout", "read_generic"]


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# --- converter artefacts ------------------------------------------------------------------------

_MD_IMAGE: Final = re.compile(r"!\[[^\]]{0,300}\]\([^)\s]{0,500}(?:\s[^)]{0,200})?\)")
_MD_LINK: Final = re.compile(r"\[([^\]]{0,300})\]\([^)\s]{0,500}(?:\s[^)]{0,200})?\)")
_MD_EMPH: Final = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_ESCAPE: Final = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_MD_HEADING: Final = re.compile(r"#{1,6}\s+")
_JUNK_LINE: Final = re.compile(
    r"\(BUTTON\).*|IFRAME:.*|\[[^\]]{0,80}\]|_{3,}.*|\[\s*\]|[\[\]\s_|]+|#\w+.*|[━─—=\-_*~·•]{3,}"
)
_LINKISH: Final = re.compile(r"https?://\S+|www\.\S+")
_SENTENCE_END: Final = frozenset('.!?"”’»)…:')
_BULLET_LEAD: Final = re.compile(r"(?:[•*□☆◦▪‣●·○■+o-]|\d{1,3}\.)\s+")


def clean(line: str) -> str:
    """A line without Markdown and link markup (what a reader would see).

    >>> clean("## [Rain at last](https://x.test/rain) **today**")
    'Rain at last today'
    """
    if "](" in line or "**" in line or "\\" in line or line.startswith("#"):
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPH.sub(r"\2", line)
        line = _MD_ESCAPE.sub(r"\1", line)
        m = _MD_HEADING.match(line)
        if m:
            line = line[m.end() :]
    return line.strip()


def _is_junk(line: str) -> bool:
    return _JUNK_LINE.fullmatch(line) is not None


def _is_long(text: str) -> bool:
    """A body-like line: long, with sentence punctuation, few links."""
    if len(text) < 60 or _LINKISH.search(text):
        return False
    words = text.count(" ") + 1
    return words >= 9 and (text[-1] in _SENTENCE_END or ". " in text or ", " in text)


# --- the reference layout or a real page? -------------------------------------------------------


def is_reference_layout(lines: Sequence[str], title_at: int) -> bool:
    """True when the page starts with its headline and the article follows at once.

    In the reference layout the first line is the headline and the next line that is not
    blank is a cue line (``Published: …``, ``By …``), a standfirst repeated as a caption, or
    the first body paragraph. A site name, a menu, Markdown or converter artefacts there mean
    a real page dump, which :func:`read_generic` reads.
    """
    title = lines[title_at]
    if (
        title.startswith(("#", "[", "!", "*", "•", "(", "-"))
        or "](" in title
        or len(title) > 300
        or _is_junk(title)
    ):
        return False
    following = [line for line in lines[title_at + 1 : title_at + 12] if line][:3]
    if not following:
        return True
    first = following[0]
    if "](" in first or _is_junk(first) or _BULLET_LEAD.match(first):
        return False
    if _REFERENCE_CUE.match(first) or byline(first) is not None:
        return True
    if _is_long(first) and (  # the body at once: it goes on with more body or a cue
        len(following) < 2 or _is_long(following[1]) or _REFERENCE_CUE.match(following[1])
    ):
        return True
    if (
        first[-1] in ".!?"
        and first.count(" ") >= 2
        and not any("](" in line or _is_junk(line) for line in following)
    ):
        return True  # a short article: plain sentences under the headline
    # a standfirst under the headline, repeated (as an image caption) after it
    return len(following) > 1 and fold(following[0]) == fold(following[1])


_REFERENCE_CUE: Final = re.compile(
    rf"(?:{_alt(V.PUBLISHED_LABELS + V.UPDATED_LABELS)})\s*[:：]\s*\S|(?:by|von|par)\s+[A-Z]",
    re.IGNORECASE,
)


# --- blocks and the body --------------------------------------------------------------------


def _join(parts: list[str]) -> str:
    """Join the lines of one block: spaces between, none before closing punctuation."""
    out = ""
    for part in parts:
        if not out:
            out = part
        elif part[0] in ",.;:!?)’”%":
            out += part
        else:
            out += " " + part
    return fold(out)


_END_MARKERS: Final = re.compile(
    rf"(?:{_alt(V.BODY_END_MARKERS)})\b.*",
    re.IGNORECASE,
)


def read_generic(page: _Page, title_guess: int) -> tuple[str, list[str], Thread]:
    """Read a real page dump: returns the title, the paragraphs and the comment thread."""
    lines = page.lines
    n = len(lines)
    cleaned = [clean(line) if line else "" for line in lines]
    junk = [bool(line) and (_is_junk(line) or not cleaned[i]) for i, line in enumerate(lines)]
    for i in range(n):
        if junk[i]:
            page.drop(i, "converter artefact (button, frame, image or form field)")

    # blocks of non-blank, non-junk lines
    blocks: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if not cleaned[i] or junk[i]:
            i += 1
            continue
        j = i + 1
        while j < n and cleaned[j] and not junk[j]:
            j += 1
        blocks.append((i, j))
        i = j
    texts = [_join([cleaned[k] for k in range(a, b)]) for a, b in blocks]
    bulleted = [_BULLET_LEAD.match(cleaned[a]) is not None for a, _ in blocks]
    # a block of several list items is a link list, however long
    listy = [
        sum(_BULLET_LEAD.match(cleaned[x]) is not None for x in range(a, b)) >= 2 for a, b in blocks
    ]
    good = [
        (_is_long(t) or (len(t) > 200 and t.count(" ") > 25))
        and not (b and len(t) < 120)
        and not ls
        and t.count("•") + t.count(" | ") < 2  # a menu row
        for t, b, ls in zip(texts, bulleted, listy, strict=True)
    ]

    # the first paragraph proper: long, with a full sentence
    strong = [g and len(t) >= 100 and t[-1] in '.!?"”’»…' for g, t in zip(good, texts, strict=True)]

    # the densest run of good blocks, allowing a few short blocks (sub-headings) between
    best: tuple[int, int, int] | None = None  # (score, first block, last block)
    k = 0
    while k < len(blocks):
        if not good[k]:
            k += 1
            continue
        first = last = k
        score = len(texts[k])
        gap = 0
        m = k + 1
        while m < len(blocks):
            if good[m]:
                last, gap = m, 0
                score += len(texts[m])
            else:
                gap += 1
                if gap > 3 or _END_MARKERS.fullmatch(texts[m]) or (bulleted[m] and gap > 1):
                    break
            m += 1
        if best is None or score > best[0]:
            best = (score, first, last)
        k = last + 1

    body_blocks: list[int] = []
    if best is not None:
        _, first, last = best
        body_blocks = [
            m
            for m in range(first, last + 1)
            if good[m]
            or (not bulleted[m] and len(texts[m]) >= 3 and not _END_MARKERS.fullmatch(texts[m]))
        ]
    body_start = blocks[body_blocks[0]][0] if body_blocks else n
    body_end = blocks[body_blocks[-1]][1] if body_blocks else n

    # the headline may sit inside the first blocks of the run (a long title looks like a sentence)
    search_to = body_start
    good_seen = 0
    for m in body_blocks:
        if good[m]:
            good_seen += 1
            if good_seen > 2:
                break
        search_to = blocks[m][1]
    title_at = _find_title(lines, cleaned, junk, search_to, title_guess)
    title = fold(cleaned[title_at]) if title_at >= 0 else ""
    if title_at >= 0:
        # a heading hard-wrapped by w3m or lynx continues on the next line
        nxt = title_at + 1
        if (
            len(lines[title_at]) >= 80
            and nxt < body_start
            and cleaned[nxt]
            and not junk[nxt]
            and len(cleaned[nxt]) < 60
            and not _is_long(cleaned[nxt])
        ):
            title = fold(title + " " + cleaned[nxt])
            page.place(nxt, "title")
        page.place(title_at, "title")
        first_strong = next(
            (blocks[m][0] for m in body_blocks if strong[m] and blocks[m][0] > title_at), n
        )
        header(page, cleaned, title_at, first_strong)

    paragraphs: list[str] = []
    started = False
    for m in body_blocks:
        a, b = blocks[m]
        if a <= title_at:
            continue
        if not started and not strong[m]:
            continue  # kicker, byline, date, caption or share row between headline and body
        started = True
        if any(page.placement[i] is not None for i in range(a, b)):
            continue
        where = f"paragraphs[{len(paragraphs)}]"
        for i in range(a, b):
            page.place(i, where)
        paragraphs.append(texts[m])

    thread = Thread(article_paragraphs=paragraphs, stamp_of=page.stamp)
    from newsparse._generic_comments import read_comments

    read_comments(page, cleaned, junk, body_end, thread)
    for i in range(n):
        if lines[i] and page.placement[i] is None:
            page.drop(i, "page furniture (navigation, links, widgets)")
    return title, paragraphs, thread


# --- title ------------------------------------------------------------------------------------

_SITE_SUFFIX: Final = re.compile(r"\s+(?:[-|–—:·»]|::)\s+[^-|–—]{1,60}$")


def _heading_like(text: str) -> bool:
    words = text.count(" ") + 1
    return 2 <= words <= 30 and len(text) <= 250 and not text.endswith((",", ";"))


def _find_title(
    lines: Sequence[str], cleaned: Sequence[str], junk: Sequence[bool], body_start: int, guess: int
) -> int:
    """The heading-like line before the body that best looks like the headline."""
    first_line = next((cleaned[i] for i in range(len(lines)) if cleaned[i]), "")
    page_title = _SITE_SUFFIX.sub("", first_line).lower()
    markdown = any(line.startswith("# ") for line in lines[: body_start + 1])
    first_at = next((i for i in range(len(lines)) if cleaned[i]), -1)
    if len(page_title) > 12:
        # the page's <title> (BeautifulSoup puts it first) repeated as a heading settles it
        for i in range(first_at + 1, min(len(lines), body_start + 200)):
            if cleaned[i].lower() == page_title and _heading_like(cleaned[i]):
                return i
    best, best_score = -1, float("-inf")
    seen = 0
    for i in range(min(body_start, len(lines)) - 1, -1, -1):
        text = cleaned[i]
        if not text or junk[i]:
            continue
        seen += 1
        if seen > 150:
            break
        raw = lines[i]
        if not _alone(cleaned, i) or text[0].islower():
            continue
        if (
            not _heading_like(text)
            or _BULLET_LEAD.match(raw)
            or _is_cue(text)
            or "[" in text
            or "]" in text
            or text.count("|") > 1
        ):
            continue
        score = -0.15 * seen
        if raw.startswith("# "):
            score += 12
        elif raw.startswith("#"):
            score += 5
        elif markdown:
            score -= 3
        score += _cue_below(cleaned, i, body_start)
        low = text.lower()
        if (
            page_title
            and i > 0
            and (low == page_title or (len(low) > 20 and low in first_line.lower()))
        ):
            score += 8
        if text.endswith("."):
            score -= 4
        if text.endswith(")"):
            score -= 3  # a photo credit
        if i > 0 and junk[i - 1] and lines[i - 1].startswith("["):
            score -= 6  # a caption right under an image
        words = text.count(" ") + 1
        if words >= 4:
            score += 3
        if text.isupper():
            score -= 2
        if score > best_score:
            best, best_score = i, score
    if best < 0:
        return guess
    return best


def _alone(cleaned: Sequence[str], i: int) -> bool:
    """A headline stands in a block of its own (two lines when a long one was wrapped)."""
    above = i > 0 and bool(cleaned[i - 1])
    below = i + 1 < len(cleaned) and bool(cleaned[i + 1])
    if not above and not below:
        return True
    if above:
        return False
    # a long line continued by the next one: a wrapped headline
    return len(cleaned[i]) >= 75 and not (i + 2 < len(cleaned) and cleaned[i + 2])


def _is_cue(text: str) -> bool:
    return BYLINE.match(text) is not None or (find_date(text) is not None and len(text) < 60)


def _cue_below(cleaned: Sequence[str], at: int, stop: int) -> float:
    """Weight of a byline (most) or a date (less) within six lines below a title candidate."""
    seen = 0
    for i in range(at + 1, min(stop + 1, len(cleaned))):
        if not cleaned[i]:
            continue
        seen += 1
        if seen > 6:
            return 0.0
        byline_match = BYLINE.match(cleaned[i])
        if byline_match and names(byline_match.group("rest") or "x"):
            return 14.0 - seen
        if find_date(cleaned[i]) is not None and len(cleaned[i]) < 80:
            return 10.0 - seen
    return 0.0
