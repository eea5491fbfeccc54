"""See where every line of a page went: ``newsparse explain`` in the terminal and as HTML.

The page is shown as it came in, one row per input line, behind a narrow margin that names
where the parser put the line: ``title``, ``authors``, ``published``, ``subtitle``, ``p3`` (the
fourth paragraph), ``c12.author`` / ``c12.posted`` / ``c12.text`` / ``c12.quoted`` (parts of the
thirteenth comment), ``dropped:<reason>``, ``defect:<kind>``, or nothing for a blank line. The
margin is read from what :func:`~newsparse.parse_detailed` returns (its ``placement``, its
dropped lines and its defects): nothing is parsed again, so the view is the parse's own account.

:class:`~newsparse.Parsed` does not keep the page's lines, so both views take the text beside
the parse; it is split into lines exactly as the parser split it.

With a truth record (the form of ``truth.json`` in the shared corpora) the lines where the parse
and the truth disagree are marked: ``✗`` where the parse read something the truth does not have
(a title line that is not the title, a name that is no author, a comment by someone the truth
does not list), ``+`` where the truth's missing piece stands on the page, ``!`` where a defect
was recorded.
"""

from __future__ import annotations

import argparse
import bisect
import functools
import html
import itertools
import json
import os
import re
import shutil
import sys
import unicodedata
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import IO, Any, Final

import attrs

from newsparse._argtypes import time_value, zone_value
from newsparse._defects import Defect
from newsparse._models import Article, Comment
from newsparse._normalize import TAB_STOP, decode, split_lines
from newsparse._parser import Parsed, parse_detailed
from newsparse.vocab.page import BYLINE_PREFIXES

__all__ = ["arguments", "explain", "explain_html", "main"]


# --- zones --------------------------------------------------------------------------------------


@attrs.frozen
class _Zone:
    """A kind of place a line can go to, with its colour in both views."""

    key: str
    legend: str
    sgr: str  # the ANSI colour of the terminal view
    css: str  # the band colour of the HTML view


#: The zones in page order (the summary, the legend and the HTML classes follow it).
_ZONES: Final = (
    _Zone("title", "the headline", "1;33", "#ffe08a"),
    _Zone("header", "subtitle, byline, dates", "33", "#fff4cf"),
    _Zone("body", "article paragraphs", "32", "#e3f3de"),
    _Zone("comment", "reader comments (shades alternate)", "36", "#dbeafc"),
    _Zone("meta", "print line, section, comment count", "34", "#e5e1f6"),
    _Zone("dropped", "boilerplate left out on purpose", "2", "#efefef"),
    _Zone("defect", "text the parser could not place", "31", "#fbd9d7"),
    _Zone("blank", "blank line", "", "#ffffff"),
)
_ZONE: Final = {zone.key: zone for zone in _ZONES}
#: Every other comment gets this shade, so where one comment ends and the next begins shows.
_ODD_COMMENT: Final = _Zone("comment-odd", "", "35", "#ece2fb")

#: Placements that name a field of the article (``paragraphs[i]`` and ``comments[i]...`` aside).
_FIELD_ZONES: Final = {
    "title": "title",
    "subtitle": "header",
    "authors": "header",
    "published": "header",
    "updated": "header",
    "source": "meta",
    "section": "meta",
    "comment_count": "meta",
}

#: The marks of the margin, strongest first: the one shown when a line has several.
DISAGREES: Final = "✗"  # the parse read this line otherwise than the truth
MISSED: Final = "+"  # the truth's piece the parse missed stands here
DEFECT: Final = "!"  # a defect was recorded on this line
_MARK_ORDER: Final = (DISAGREES, MISSED, DEFECT)
_MARK_SGR: Final = {DISAGREES: "1;97;41", MISSED: "1;30;43", DEFECT: "1;31"}
#: Not a mark: a piece of a placed line that was dropped (a button label glued to a comment),
#: noted in the HTML view only.
PART: Final = "−"
_MARK_CLASS: Final = {DISAGREES: "x", MISSED: "m", DEFECT: "d", PART: "p"}

#: The margin is as wide as the page's longest label, up to this (``dropped:page furniture``,
#: the commonest long label, fits whole; the margin stays narrow); longer labels are cut.
_MARGIN_MAX: Final = 22
#: A cut line keeps at least this many columns of text, however narrow the terminal.
_MIN_TEXT: Final = 20
#: Leading white space kept from the input (inscriptis indents nested markup by 60 columns and
#: more; past this the text would start off screen).
_MAX_INDENT: Final = 40
_ELLIPSIS: Final = "…"
#: Lists in the summary show this many items, then a count of the rest (one screen in all).
_SUMMARY_ITEMS: Final = 6
#: A truth piece the parse missed is looked for on the page this many times at most (each look
#: is one pass over the page: a thread of thousands of missed comments stays linear).
_MAX_SEARCHES: Final = 200
#: The truth's title is marked on at most this many lines (a page repeats its headline).
_TITLE_HITS: Final = 3


# --- the explained page -------------------------------------------------------------------------


@attrs.define
class _View:
    """One page and where each of its lines went (private; both views are drawn from it)."""

    lines: list[str]
    indents: list[int]
    labels: list[str]
    zones: list[str]
    #: the paragraph or comment index of each line (-1 elsewhere)
    items: list[int]
    #: notes per line index: (mark, text)
    notes: dict[int, list[tuple[str, str]]]
    #: the first line of each paragraph and comment, and each comment's author line
    para_at: dict[int, int]
    comment_at: dict[int, int]
    author_at: dict[int, int]
    verdicts: list[_Verdict] = attrs.Factory(list)

    def note(self, i: int, mark: str, text: str) -> None:
        self.notes.setdefault(i, []).append((mark, text))

    def mark(self, i: int) -> str:
        """The strongest mark of line ``i`` (a defect already named by the label is no mark)."""
        marks = {m for m, text in self.notes.get(i, ()) if not self._named(i, m, text)}
        return next((m for m in _MARK_ORDER if m in marks), " ")

    def _named(self, i: int, mark: str, text: str) -> bool:
        return mark == DEFECT and self.labels[i] == "defect:" + text.partition(":")[0]


def _page_lines(text: str | bytes) -> tuple[list[str], list[int]]:
    """The page's lines as the parser split them, and the white space each was indented by."""
    if isinstance(text, bytes | bytearray):
        text, _ = decode(bytes(text))
    elif not isinstance(text, str):
        raise TypeError(f"explain() takes the page as str or bytes, not {type(text).__name__}")
    indents = array("H")
    lines, _ = split_lines(text, indents)
    return lines, [min(width, _MAX_INDENT) for width in indents]


def _short(reason: str) -> str:
    """The head of a reason (``page furniture (navigation, links, widgets)`` -> ``page furniture``)."""
    return reason.split(" (", 1)[0].split(",", 1)[0]


def _read(parsed: Parsed, text: str | bytes) -> _View:
    if not isinstance(parsed, Parsed):
        raise TypeError(
            f"explain() takes what parse_detailed() returns, not {type(parsed).__name__}"
        )
    lines, indents = _page_lines(text)
    if len(lines) != len(parsed.placement):
        raise ValueError(
            f"the parse is not of this text: it placed {len(parsed.placement)} lines, "
            f"the text has {len(lines)}"
        )
    dropped = {d.line: d.reason for d in reversed(parsed.dropped)}
    defects: dict[int, list[Defect]] = {}
    for defect in parsed.defects:
        defects.setdefault(defect.line, []).append(defect)
    n = len(lines)
    view = _View(
        lines=lines,
        indents=indents,
        labels=[""] * n,
        zones=["blank"] * n,
        items=[-1] * n,
        notes={},
        para_at={},
        comment_at={},
        author_at={},
    )
    for i, place in enumerate(parsed.placement):
        if place is not None:
            _place(view, i, place, dropped, defects)
    for d in parsed.dropped:
        if 0 < d.line <= n and view.zones[d.line - 1] != "dropped":
            view.note(d.line - 1, PART, f"dropped {d.text!r}: {d.reason}")
    for line, found in defects.items():
        for defect in found:
            if 0 < line <= n:
                view.note(line - 1, DEFECT, f"{defect.kind}: {defect.reason}")
    return view


def _place(
    view: _View, i: int, place: str, dropped: Mapping[int, str], defects: Mapping[int, list[Defect]]
) -> None:
    """Label line ``i`` from its placement (``paragraphs[3]`` -> ``p3``, ...)."""
    if place.startswith("paragraphs["):
        k = int(place[11 : place.index("]")])
        view.labels[i], view.zones[i], view.items[i] = f"p{k}", "body", k
        view.para_at.setdefault(k, i)
    elif place.startswith("comments["):
        end = place.index("]")
        k = int(place[9:end])
        part = place[end + 1 :]
        view.labels[i], view.zones[i], view.items[i] = f"c{k}{part}", "comment", k
        view.comment_at.setdefault(k, i)
        if part in ("", ".author"):
            view.author_at.setdefault(k, i)
    elif place == "dropped":
        reason = dropped.get(i + 1)
        view.labels[i] = f"dropped:{_short(reason)}" if reason else "dropped"
        view.zones[i] = "dropped"
    elif place == "defect":
        found = defects.get(i + 1)
        view.labels[i] = f"defect:{found[0].kind}" if found else "defect"
        view.zones[i] = "defect"
    else:
        view.labels[i], view.zones[i] = place, _FIELD_ZONES.get(place, "meta")


# --- the truth ----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _Truth:
    """What a corpus ``truth.json`` says about the fields explain compares."""

    title: str | None
    titles: tuple[str, ...]
    authors: tuple[str, ...]
    published: str | None
    #: the authors of the truth's comments (``None`` when the truth has no comment truth)
    commenters: tuple[str, ...] | None

    @classmethod
    def read(cls, truth: Mapping[str, Any]) -> _Truth:
        """Check and read a truth record; a field of the wrong type is a ``ValueError``."""
        if not isinstance(truth, Mapping):
            raise ValueError(f"a truth record is a JSON object, not {type(truth).__name__}")
        title = _optional_str(truth, "title")
        variants = _strs(truth, "title_variants") or ((title,) if title else ())
        published = _optional_str(truth, "published")
        commenters = None
        if truth.get("comment_count"):  # (as the corpus scorer: comment truth only then)
            comments = truth.get("comments")
            if not isinstance(comments, list) or not all(isinstance(c, dict) for c in comments):
                raise ValueError("truth: 'comments' must be a list of objects")
            commenters = tuple(str(c.get("author") or "") for c in comments)
        return cls(
            title=title,
            titles=variants,
            authors=_strs(truth, "authors"),
            published=published[:10] if published else None,
            commenters=commenters,
        )


def _optional_str(truth: Mapping[str, Any], key: str) -> str | None:
    value = truth.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"truth: {key!r} must be a string or null, not {type(value).__name__}")
    return value


def _strs(truth: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = truth.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"truth: {key!r} must be a list of strings")
    return tuple(value)


@attrs.frozen(kw_only=True)
class _Verdict:
    """One field compared: what the parse says, what the truth says."""

    field: str
    ok: bool
    parse: str
    truth: str


#: Typographic quotes and dashes read as their plain forms when texts are compared.
_PLAIN: Final = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′`´", "'"),
        **dict.fromkeys("“”„‟«»″", '"'),
        **dict.fromkeys("–—‒−‐‑", "-"),
    }
)
_SPACES: Final = re.compile(r"\s+")
#: A space beside a CJK character, which titles write or leave out at will (not compared).
_CJK: Final = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef"
_NOT_NAME: Final = re.compile(r"[^\w\s'-]")
_BYLINE_HEAD: Final = re.compile(
    r"^(?:"
    + "|".join(re.escape(p) for p in sorted(BYLINE_PREFIXES, key=len, reverse=True))
    + r")\s+"
)


@functools.cache
def _cjk_space() -> re.Pattern[str]:
    """(compiled when first needed: the large classes cost milliseconds, every command pays
    the import of this module)"""
    return re.compile(f"(?<=[{_CJK}]) | (?=[{_CJK}])")


def _plain(text: str) -> str:
    """Text as the corpus scorer compares it: entities, NFKC, plain quotes, one space."""
    text = unicodedata.normalize("NFKC", html.unescape(text)).translate(_PLAIN)
    return _cjk_space().sub("", _SPACES.sub(" ", text).strip())


def _name(text: str | None) -> str:
    """A name as compared: folded, without a byline word, punctuation as space."""
    name = _BYLINE_HEAD.sub("", _plain(text or "").casefold())
    return _SPACES.sub(" ", _NOT_NAME.sub(" ", name)).strip()


def _holds_words(outer: str, inner: str) -> bool:
    return bool(inner) and re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", outer) is not None


def _same_name(a: str, b: str) -> bool:
    return a == b or _holds_words(a, b) or _holds_words(b, a)


class _Finder:
    """Looks for folded text on the page, front to back (one folded copy of the page, made once)."""

    def __init__(self, lines: Sequence[str]) -> None:
        folded = [_plain(line).casefold() for line in lines]
        self.starts: list[int] = []
        at = 0
        for line in folded:
            self.starts.append(at)
            at += len(line) + 1
        self.text = "\n".join(folded)
        self.searches = 0

    def find(self, needle: str, start_line: int = 0) -> int:
        """The index of the first line from ``start_line`` on that holds ``needle`` (-1: none)."""
        if not needle or self.searches >= _MAX_SEARCHES or start_line >= len(self.starts):
            return -1
        self.searches += 1
        at = self.text.find(needle, self.starts[start_line])
        return -1 if at < 0 else bisect.bisect_right(self.starts, at) - 1


def _compare(view: _View, article: Article, truth: _Truth) -> None:
    """Note on the page where the parse and the truth disagree, and give one verdict a field."""
    finder: _Finder | None = None

    def find() -> _Finder:
        nonlocal finder
        if finder is None:
            finder = _Finder(view.lines)
        return finder

    if truth.titles:
        _compare_title(view, article, truth, find)
    if truth.authors:
        _compare_authors(view, article, truth, find)
    if truth.published:
        _compare_published(view, article, truth.published)
    if truth.commenters is not None:
        _compare_comments(view, article, truth.commenters, find)


def _lines_labelled(view: _View, label: str) -> list[int]:
    return [i for i, here in enumerate(view.labels) if here == label]


def _compare_title(
    view: _View, article: Article, truth: _Truth, find: Callable[[], _Finder]
) -> None:
    variants = {_plain(v) for v in truth.titles}
    ok = _plain(article.title) in variants
    shown = truth.title or truth.titles[0]
    view.verdicts.append(_Verdict(field="title", ok=ok, parse=article.title, truth=shown))
    if ok:
        return
    for i in _lines_labelled(view, "title"):
        view.note(i, DISAGREES, f"the truth's title is {shown!r}")
    finder = find()
    needle = _plain(shown).casefold()
    at, hits = finder.find(needle), 0
    while at >= 0 and hits < _TITLE_HITS:
        if view.labels[at] != "title":
            view.note(at, MISSED, "the truth's title")
            hits += 1
        at = finder.find(needle, at + 1)


def _match_names(parse: Sequence[str], truth: Sequence[str]) -> tuple[list[int], list[int]]:
    """The indexes of the parse's names no truth name matches, and of the truth's names no parse
    name matches (greedy, in order, each name used once, as the corpus scorer pairs them)."""
    used: set[int] = set()
    extra: list[int] = []
    for k, p in enumerate(parse):
        hit = next((j for j, t in enumerate(truth) if j not in used and _same_name(p, t)), None)
        if hit is None:
            extra.append(k)
        else:
            used.add(hit)
    return extra, [j for j in range(len(truth)) if j not in used]


def _compare_authors(
    view: _View, article: Article, truth: _Truth, find: Callable[[], _Finder]
) -> None:
    parse = [(folded, name) for name in article.authors if (folded := _name(name))]
    true = [(folded, name) for name in truth.authors if (folded := _name(name))]
    extra, missed = _match_names([f for f, _ in parse], [f for f, _ in true])
    ok = not extra and not missed
    view.verdicts.append(
        _Verdict(
            field="authors",
            ok=ok,
            parse=", ".join(article.authors) or "-",
            truth=", ".join(truth.authors),
        )
    )
    if ok:
        return
    byline = _lines_labelled(view, "authors")
    for folded, name in (parse[k] for k in extra):
        hits = [i for i in byline if folded in _name(view.lines[i])] or byline[:1]
        for i in hits:
            view.note(i, DISAGREES, f"not an author in the truth: {name}")
    if missed and byline and not extra:
        names = ", ".join(true[k][1] for k in missed)
        view.note(byline[0], DISAGREES, f"the truth has more authors: {names}")
    finder = find()
    for folded, name in (true[k] for k in missed):
        at = finder.find(folded)
        if at >= 0:
            view.note(at, MISSED, f"the truth's author {name}")


def _day(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def _compare_published(view: _View, article: Article, day: str) -> None:
    found = _day(article.published)
    ok = found == day
    view.verdicts.append(_Verdict(field="published", ok=ok, parse=found or "-", truth=day))
    if not ok:
        for i in _lines_labelled(view, "published"):
            view.note(i, DISAGREES, f"the truth's publication day is {day}")


def _compare_comments(
    view: _View, article: Article, commenters: Sequence[str], find: Callable[[], _Finder]
) -> None:
    found = len(article.comments)
    ok = found == len(commenters)
    view.verdicts.append(
        _Verdict(field="comments", ok=ok, parse=str(found), truth=str(len(commenters)))
    )
    if not ok:
        for i in _lines_labelled(view, "comment_count"):
            view.note(i, DISAGREES, f"the truth has {len(commenters)} comments, the parse {found}")
    parse_names = [_name(c.author) for c in article.comments]
    truth_names = [_name(a) for a in commenters]
    left = Counter(truth_names)
    extra = 0
    for k, name in enumerate(parse_names):  # the parse's comments by someone the truth lacks
        if left[name] > 0:
            left[name] -= 1
            continue
        extra += 1
        at = view.author_at.get(k, view.comment_at.get(k))
        if at is not None:
            who = article.comments[k].author or "(no author)"
            view.note(at, DISAGREES, f"no comment by {who} in the truth")
    missed = _missed(parse_names, truth_names)
    view.verdicts.append(
        _Verdict(
            field="comment authors",
            ok=not extra and not missed,
            parse=f"{extra} not in the truth",
            truth=f"{len(missed)} missed",
        )
    )
    finder = find()
    start = 0
    for k in missed:  # in thread order: each is looked for after the last one found
        at = finder.find(truth_names[k], start)
        if at >= 0:
            view.note(at, MISSED, f"the truth's comment by {commenters[k]}")
            start = at + 1


def _missed(parse_names: Sequence[str], truth_names: Sequence[str]) -> list[int]:
    """The indexes of the truth's commenters the parse lacks (a multiset difference, in the
    truth's order)."""
    left = Counter(parse_names)
    missed = []
    for k, name in enumerate(truth_names):
        if left[name] > 0:
            left[name] -= 1
        else:
            missed.append(k)
    return missed


def _explained(parsed: Parsed, text: str | bytes, truth: Mapping[str, Any] | None) -> _View:
    view = _read(parsed, text)
    if truth is not None:
        _compare(view, parsed.article, _Truth.read(truth))
    return view


# --- counts -------------------------------------------------------------------------------------


def _zone_counts(view: _View) -> dict[str, int]:
    counts = Counter(view.zones)
    return {zone.key: counts[zone.key] for zone in _ZONES if counts[zone.key]}


def _marked_lines(view: _View) -> list[tuple[str, list[int]]]:
    """The lines the truth marks (``✗`` and ``+``), by mark: where to look first."""
    found: dict[str, list[int]] = {DISAGREES: [], MISSED: []}
    for i in sorted(view.notes):
        for mark in {m for m, _ in view.notes[i]} & found.keys():
            found[mark].append(i)
    return [(mark, at) for mark, at in found.items() if at]


def _numbers(at: Sequence[int]) -> str:
    """Line numbers (of line indexes), the first few: ``lines 3, 9, 12, …``."""
    shown = ", ".join(str(i + 1) for i in at[:_SUMMARY_ITEMS])
    return f"line{'s' if len(at) > 1 else ''} {shown}{', …' if len(at) > _SUMMARY_ITEMS else ''}"


def _defect_summary(parsed: Parsed) -> list[str]:
    lines: dict[str, list[int]] = {}
    for defect in parsed.defects:
        lines.setdefault(defect.kind, []).append(defect.line)
    return [f"{len(at)} {kind} ({_numbers([n - 1 for n in at])})" for kind, at in lines.items()]


def _dropped_summary(parsed: Parsed) -> list[tuple[str, int]]:
    return Counter(d.reason for d in parsed.dropped).most_common()


def _comment_line(article: Article) -> str:
    found = len(article.comments)
    if article.comment_count is None:
        return f"{found} found (the page declares no count)"
    verdict = "" if article.comment_count == found else " (they differ)"
    return f"{article.comment_count} declared, {found} found{verdict}"


# --- the terminal view --------------------------------------------------------------------------


def explain(
    parsed: Parsed,
    text: str | bytes,
    *,
    color: bool = False,
    width: int | None = None,
    truth: Mapping[str, Any] | None = None,
) -> str:
    """The page as it came in, each line behind a margin naming where it went, then a summary.

    ``parsed`` is what :func:`~newsparse.parse_detailed` returned for ``text``. Each row is the
    line number, the label (``title``, ``p0``, ``c1.author``, ``dropped:<reason>``,
    ``defect:<kind>``; blank for a blank line), a mark (``✗`` the parse disagrees with the
    truth, ``+`` the truth's missing piece is here, ``!`` a defect) and the line. ``color``
    adds ANSI colours by zone; ``width`` cuts each row to that many columns (rows are never
    wrapped); ``truth`` is a corpus truth record to compare with.

    >>> import newsparse
    >>> page = "Rain at last\\n\\nPublished: May 2, 2024\\n\\nIt rained."
    >>> print(newsparse.explain(newsparse.parse_detailed(page), page))
    1 title      │ Rain at last
    2            │
    3 published  │ Published: May 2, 2024
    4            │
    5 p0         │ It rained.
    ──────────────────────────────────────────────────────────────────────
    5 lines: title 1 · header 1 · body 1 · blank 2
    title      Rain at last
    published  2024-05-02
    body       1 paragraph, 0 quotes
    comments   0 found (the page declares no count)
    """
    view = _explained(parsed, text, truth)
    page = "".join(row + "\n" for row in _rows(view, color=color, width=width))
    return page + _summary(view, parsed, width)


def _rows(view: _View, *, color: bool, width: int | None) -> Iterator[str]:
    n = len(view.lines)
    number_width = len(str(n))
    label_width = min(max((len(label) for label in view.labels), default=0), _MARGIN_MAX)
    room = None if width is None else max(width - number_width - label_width - 5, _MIN_TEXT)
    for i, line in enumerate(view.lines):
        label = _fit(view.labels[i], label_width)
        mark = view.mark(i)
        shown = " " * view.indents[i] + line.expandtabs(TAB_STOP) if line else ""
        if room is not None:
            shown = _cut(shown, room)
        head = f"{i + 1:>{number_width}} {label:<{label_width}} "
        if not color:
            yield f"{head}{mark}│ {shown}".rstrip()
            continue
        zone = _zone_of(view, i)
        painted_mark = _paint(mark, _MARK_SGR.get(mark, ""))
        text = _paint(shown, "" if zone.key == "body" else zone.sgr)
        yield f"{_paint(head, zone.sgr)}{painted_mark}│ {text}".rstrip()


def _zone_of(view: _View, i: int) -> _Zone:
    key = view.zones[i]
    if key == "comment" and view.items[i] % 2:
        return _ODD_COMMENT
    return _ZONE[key]


def _paint(text: str, sgr: str) -> str:
    return f"\x1b[{sgr}m{text}\x1b[0m" if sgr and text.strip() else text


def _fit(label: str, room: int) -> str:
    return label if len(label) <= room else label[: room - 1] + _ELLIPSIS


def _columns(ch: str) -> int:
    """How many terminal columns a character takes (wide East Asian 2, combining marks 0)."""
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _cut(text: str, room: int) -> str:
    """``text`` cut to ``room`` columns, ending in ``…`` when cut (never wrapped)."""
    if text.isascii():
        return text if len(text) <= room else text[: room - 1] + _ELLIPSIS
    used = 0
    keep = -1
    for k, ch in enumerate(text):
        used += _columns(ch)
        if keep < 0 and used > room - 1:
            keep = k  # where the text is cut if it does not fit whole
        if used > room:
            return text[:keep] + _ELLIPSIS
    return text


def _summary(view: _View, parsed: Parsed, width: int | None) -> str:
    """The one-screen summary under the page (each list cut to its first few items)."""
    counts = _zone_counts(view).items()
    rows = [
        "─" * 70,
        f"{len(view.lines)} lines"
        + "".join(f"{': ' if k == 0 else ' · '}{z} {n}" for k, (z, n) in enumerate(counts)),
        *_field_rows(parsed.article),
        *_problem_rows(parsed),
        *_truth_rows(view),
    ]
    if width is not None:
        rows = [_cut(row, max(width, _MIN_TEXT)) for row in rows]
    return "\n".join(rows)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _field_rows(article: Article) -> Iterator[str]:
    yield f"title      {article.title or '-'}"
    if article.subtitle:
        yield f"subtitle   {article.subtitle}"
    if article.published is not None or article.updated is not None:
        updated = f"  updated {_day(article.updated)}" if article.updated is not None else ""
        yield f"published  {_day(article.published) or '-'}{updated}"
    if article.authors:
        yield f"authors    {', '.join(article.authors)}"
    quotes = _plural(len(article.quotes), "quote")
    yield f"body       {_plural(len(article.paragraphs), 'paragraph')}, {quotes}"
    yield f"comments   {_comment_line(article)}"


def _problem_rows(parsed: Parsed) -> Iterator[str]:
    for k, row in enumerate(_defect_summary(parsed)[:_SUMMARY_ITEMS]):
        yield ("defects    " if k == 0 else " " * 11) + row
    dropped = _dropped_summary(parsed)
    if dropped:
        yield "dropped    " + " · ".join(f"{n} {why}" for why, n in dropped[:_SUMMARY_ITEMS])


def _truth_rows(view: _View) -> Iterator[str]:
    for v in view.verdicts:
        mark = "ok" if v.ok else DISAGREES
        yield f"truth {mark:<2}   {v.field}  parse: {v.parse} · truth: {v.truth}"
    marked = _marked_lines(view)
    if marked:
        yield "marks      " + " · ".join(f"{mark} {_numbers(at)}" for mark, at in marked)
    notes = (
        f"{i + 1:>10} {mark} {text}"
        for i in sorted({i for _, at in marked for i in at})
        for mark, text in view.notes[i]
        if mark in (DISAGREES, MISSED)
    )
    yield from itertools.islice(notes, _SUMMARY_ITEMS)


# --- the HTML view ------------------------------------------------------------------------------


def explain_html(
    parsed: Parsed, text: str | bytes, *, truth: Mapping[str, Any] | None = None
) -> str:
    """The same view as one self-contained HTML page (no script, no network).

    Left, the page in coloured bands by zone, each line behind its number and label; right,
    the parsed fields: title, dates, authors, the declared and found comment counts, the
    defects and dropped lines, each quote highlighted in its paragraph with its speaker, and
    each comment as a card (author, time, the comment it answers, the passages it quotes).
    Every text is escaped; the page's own markup is shown, never run.

    >>> import newsparse
    >>> page = "Rain <b>at</b> last\\n\\nIt rained."
    >>> doc = newsparse.explain_html(newsparse.parse_detailed(page), page)
    >>> doc.startswith("<!DOCTYPE html>"), "Rain &lt;b&gt;at&lt;/b&gt; last" in doc, "<b>at</b>" in doc
    (True, True, False)
    """
    view = _explained(parsed, text, truth)
    article = parsed.article
    out: list[str] = []
    write = out.append
    write('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    write('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    write(f"<title>newsparse explain: {_e(article.title or 'untitled page')}</title>\n")
    write(f"<style>\n{_css(view)}</style>\n</head>\n<body>\n")
    _html_top(write, view)
    write('<div class="cols">\n')
    _html_page(write, view)
    _html_fields(write, view, parsed)
    write("</div>\n</body>\n</html>\n")
    return "".join(out)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


_CSS: Final = """\
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f1f24;background:#fff}
.top{padding:.6em 1em;border-bottom:1px solid #ccc;background:#fafafa}
.top h1{font-size:1.1em;margin:0 0 .3em}
.legend{display:flex;flex-wrap:wrap;gap:.2em 1.1em;margin:0;padding:0;list-style:none;font-size:.85em}
.legend li::before{content:"";display:inline-block;width:1em;height:1em;margin-right:.35em;vertical-align:-.15em;border:1px solid #0003;background:var(--c)}
.legend .mk::before{display:none}
.legend kbd{font:inherit;font-weight:bold;padding:0 .3em;border-radius:3px}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(20em,34em);align-items:start}
.page{counter-reset:n;font:12.5px/1.45 ui-monospace,"SF Mono",Menlo,Consolas,monospace;padding:.4em 0;min-width:0}
.l{position:relative;padding-left:calc(var(--m) + 8ch);min-height:1.45em;white-space:pre-wrap;overflow-wrap:anywhere;counter-increment:n}
.l::before{content:counter(n);position:absolute;left:0;width:5ch;text-align:right;color:#8a8a8a}
.l>b{position:absolute;left:6ch;width:var(--m);overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-weight:normal;color:#4a4a55}
.l>em{font-style:normal;font-family:system-ui,sans-serif;font-size:.85em;margin-left:1em;padding:0 .35em;border-radius:3px}
.l.x{box-shadow:inset 5px 0 #d0021b}.l.m{box-shadow:inset 5px 0 #e0a800}.l.d{box-shadow:inset 5px 0 #ff6a5c}
em.x,kbd.x{background:#d0021b;color:#fff}em.m,kbd.m{background:#ffd54a}em.d,kbd.d{background:#ffc9c4}
em.p{color:#777;border:1px dashed #bbb}
.z-title{font-weight:bold}
.z-dropped{color:#8a8a8a}
aside{position:sticky;top:0;max-height:100vh;overflow:auto;padding:.4em 1em 2em;border-left:1px solid #ccc;background:#fbfbfd}
aside h2{font-size:1em;margin:1em 0 .4em;border-bottom:1px solid #ddd}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15em .8em;margin:0}
dt{color:#666}dd{margin:0}
.ok{color:#1b7f2a}.no{color:#d0021b;font-weight:bold}
table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border-bottom:1px solid #e3e3e3;padding:.15em .3em;text-align:left;vertical-align:top}
.para{margin:.4em 0;padding:.3em .5em;background:#fff;border:1px solid #e3e3e3;border-radius:4px}
mark{background:#ffe066;padding:0 .1em}
.who{font-size:.8em;color:#fff;background:#5b5b7a;border-radius:3px;padding:0 .3em;margin-left:.2em;white-space:nowrap}
.card{border:1px solid #c9d3e3;border-radius:6px;padding:.35em .6em;margin:.5em 0;background:#fff}
.card h3{font-size:.95em;margin:0;display:flex;flex-wrap:wrap;gap:.2em .7em;align-items:baseline}
.card time{color:#666;font-weight:normal;font-size:.9em}
.card p{margin:.3em 0 0;white-space:pre-wrap}
.re{font-weight:normal;font-size:.9em}
blockquote{margin:.3em 0;padding:.1em .6em;border-left:3px solid #9aa7c4;background:#f3f5fa;color:#333;white-space:pre-wrap}
a{color:#2456b3}
"""


def _css(view: _View) -> str:
    margin = min(max((len(label) for label in view.labels), default=0), _MARGIN_MAX)
    bands = "".join(f".z-{zone.key}{{background:{zone.css}}}\n" for zone in (*_ZONES, _ODD_COMMENT))
    return _CSS + bands + f".page{{--m:{max(margin, 4)}ch}}\n"


def _html_top(write: Callable[[str], object], view: _View) -> None:
    counts = _zone_counts(view)
    write('<header class="top">\n<h1>Where every line went</h1>\n<ul class="legend">\n')
    for zone in _ZONES:
        count = counts.get(zone.key, 0)
        write(f'<li style="--c:{zone.css}"><b>{zone.key}</b> {_e(zone.legend)}: {count}</li>\n')
    for mark, meaning in (
        (DISAGREES, "the parse disagrees with the truth"),
        (MISSED, "the truth's missing piece is here"),
        (DEFECT, "a defect was recorded"),
    ):
        write(f'<li class="mk"><kbd class="{_MARK_CLASS[mark]}">{mark}</kbd> {meaning}</li>\n')
    write("</ul>\n</header>\n")


def _band_keys(view: _View) -> list[tuple[str, int]]:
    """The band of each line: its zone (and, in the comments, the comment's index). A blank line
    joins the band it stands inside, else it is a blank band between two others."""
    keys = [(zone, view.items[i] if zone == "comment" else -1) for i, zone in enumerate(view.zones)]
    blank = ("blank", -1)
    following: list[tuple[str, int]] = [blank] * len(keys)  # the next non-blank line's band
    after = blank
    for i in range(len(keys) - 1, -1, -1):
        following[i] = after
        if view.zones[i] != "blank":
            after = keys[i]
    before = blank
    for i, key in enumerate(keys):
        if view.zones[i] == "blank":
            keys[i] = before if before == following[i] else blank
        else:
            before = key
    return keys


def _html_page(write: Callable[[str], object], view: _View) -> None:
    write('<main class="page">\n')
    keys = _band_keys(view)
    current: tuple[str, int] | None = None
    previous_label = None
    for i, line in enumerate(view.lines):
        if keys[i] != current:
            if current is not None:
                write("</div>\n")
            current = keys[i]
            zone = current[0]
            css = "comment-odd" if zone == "comment" and current[1] % 2 else zone
            write(f'<div class="b z-{css}">\n')
        label = view.labels[i]
        notes = view.notes.get(i, ())
        marks = " ".join(_MARK_CLASS[m] for m in _MARK_ORDER if any(n[0] == m for n in notes))
        anchor = f' id="L{i + 1}"' if notes or (label and label != previous_label) else ""
        classes = f"l {marks}" if marks else "l"
        head = f"<b>{_e(label)}</b>" if label or line else ""
        body = _e(" " * view.indents[i] + line) if line else ""
        tail = "".join(f'<em class="{_MARK_CLASS[m]}">{m} {_e(t)}</em>' for m, t in notes)
        write(f'<div class="{classes}"{anchor}>{head}{body}{tail}</div>\n')
        previous_label = label
    if current is not None:
        write("</div>\n")
    write("</main>\n")


def _link(line: int | None, text: str) -> str:
    return f'<a href="#L{line + 1}">{_e(text)}</a>' if line is not None else _e(text)


def _html_fields(write: Callable[[str], object], view: _View, parsed: Parsed) -> None:
    article = parsed.article
    write("<aside>\n<h2>Article</h2>\n<dl>\n")
    title_at = next(iter(_lines_labelled(view, "title")), None)
    rows = [
        ("title", _link(title_at, article.title) if article.title else "-"),
        ("subtitle", _e(article.subtitle or "-")),
        ("published", _e(_moment(article.published))),
        ("updated", _e(_moment(article.updated))),
        ("authors", _e(", ".join(article.authors) or "-")),
        ("source", _e(article.source or "-")),
        ("section", _e(article.section or "-")),
        ("body", f"{len(article.paragraphs)} paragraphs, {len(article.quotes)} quotes"),
        ("comments", _e(_comment_line(article))),
    ]
    for name, value in rows:
        write(f"<dt>{name}</dt><dd>{value}</dd>\n")
    write("</dl>\n")
    _html_truth(write, view)
    _html_defects(write, parsed)
    _html_quotes(write, view, article)
    _html_comments(write, view, article)
    write("</aside>\n")


def _html_truth(write: Callable[[str], object], view: _View) -> None:
    """The verdicts, field by field, and links to every line the truth marks."""
    if not view.verdicts:
        return
    write(
        "<h2>Truth</h2>\n<table>\n<thead><tr><th></th><th>parse</th><th>truth</th></tr></thead>\n"
    )
    write("<tbody>\n")
    for v in view.verdicts:
        verdict = '<span class="ok">ok</span>' if v.ok else f'<span class="no">{DISAGREES}</span>'
        write(f"<tr><td>{verdict} {_e(v.field)}</td><td>{_e(v.parse)}</td>")
        write(f"<td>{_e(v.truth)}</td></tr>\n")
    write("</tbody>\n</table>\n")
    for mark, at in _marked_lines(view):
        links = " ".join(_link(i, str(i + 1)) for i in at)
        write(f'<p><kbd class="{_MARK_CLASS[mark]}">{mark}</kbd> lines {links}</p>\n')


def _moment(value: date | datetime | None) -> str:
    return "-" if value is None else value.isoformat()


def _html_defects(write: Callable[[str], object], parsed: Parsed) -> None:
    if parsed.defects:
        write(f"<h2>Defects ({len(parsed.defects)})</h2>\n<ol>\n")
        for d in parsed.defects:
            where = _link(d.line - 1, f"line {d.line}") if d.line else "the page"
            write(f"<li>{where} <b>{_e(d.kind)}</b>: {_e(d.reason)}</li>\n")
        write("</ol>\n")
    dropped = _dropped_summary(parsed)
    if dropped:
        write(f"<h2>Dropped ({len(parsed.dropped)})</h2>\n<ul>\n")
        for reason, count in dropped:
            write(f"<li>{count} × {_e(reason)}</li>\n")
        write("</ul>\n")


def _html_quotes(write: Callable[[str], object], view: _View, article: Article) -> None:
    if not article.quotes:
        return
    write(f"<h2>Quotes ({len(article.quotes)})</h2>\n")
    by_paragraph: dict[int, list[Any]] = {}
    for quote in article.quotes:
        by_paragraph.setdefault(quote.paragraph, []).append(quote)
    for index, quotes in by_paragraph.items():
        text = article.paragraphs[index]
        write(f'<p class="para">{_link(view.para_at.get(index), f"p{index}")} ')
        at = 0
        for quote in sorted(quotes, key=lambda q: q.start):
            start = max(quote.start, at)  # (quotes do not overlap; if one did, no text twice)
            write(_e(text[at:start]))
            write(f"<mark>{_e(text[start : quote.end])}</mark>")
            who = quote.speaker or "speaker unknown"
            write(f'<span class="who">{_e(who)}{_e(" · " + quote.cue) if quote.cue else ""}</span>')
            at = max(at, quote.end)
        write(f"{_e(text[at:])}</p>\n")


def _html_comments(write: Callable[[str], object], view: _View, article: Article) -> None:
    if not article.comments:
        return
    write(f"<h2>Comments ({_e(_comment_line(article))})</h2>\n")
    for k, comment in enumerate(article.comments):
        write(_card(view, article, k, comment))


def _card(view: _View, article: Article, k: int, comment: Comment) -> str:
    parts = [f'<div class="card" id="c{k}">\n<h3>{_link(view.comment_at.get(k), f"c{k}")}']
    parts.append(f"<span>{_e(comment.author or '(no author)')}</span>")
    if comment.posted is not None:
        parts.append(
            f'<time datetime="{_e(comment.posted.isoformat())}">{_e(comment.posted.isoformat())}</time>'
        )
    if comment.reply_to is not None:
        to = article.comments[comment.reply_to].author or "(no author)"
        parts.append(
            f'<a class="re" href="#c{comment.reply_to}">↪ c{comment.reply_to} {_e(to)}</a>'
        )
    parts.append("</h3>\n")
    parts.extend(f"<blockquote>{_e(q)}</blockquote>\n" for q in comment.quoted)
    parts.append(f"<p>{_e(comment.text)}</p>\n</div>\n")
    return "".join(parts)


# --- the command line ---------------------------------------------------------------------------


def arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``newsparse explain``."""
    parser.add_argument("page", metavar="PAGE", help="a page file, or - for stdin")
    parser.add_argument(
        "--html", action="store_true", help="write one self-contained HTML page instead"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument(
        "--truth",
        metavar="FILE",
        help="a truth.json in the corpus form: mark the lines where the parse disagrees with it",
    )
    parser.add_argument(
        "--color",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="colour by zone (default: when standard output is a terminal and NO_COLOR is unset)",
    )
    parser.add_argument(
        "--width",
        type=int,
        metavar="N",
        help="cut rows at N columns, 0 for never (default: the terminal's width on a "
        "terminal, else never)",
    )
    parser.add_argument(
        "--tz", type=zone_value, help="time zone for naive times (UTC, +05:00, Europe/Berlin)"
    )
    parser.add_argument(
        "--reference-time",
        type=time_value,
        help="ISO time that relative times are resolved against",
    )


def _read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as f:
        return f.read()


def _read_truth(path: str) -> Mapping[str, Any]:
    with open(path, encoding="utf-8") as f:
        truth = json.load(f)
    _Truth.read(truth)  # (checked here, so a bad file is a usage error, not a traceback)
    return truth  # type: ignore[no-any-return]


def _color(flag: bool | None, out: IO[str]) -> bool:
    if flag is not None:
        return flag  # (a flag wins over NO_COLOR, as no-color.org asks)
    if os.environ.get("NO_COLOR"):
        return False
    return out.isatty()


def _width(flag: int | None, out: IO[str]) -> int | None:
    if flag is not None:
        return flag or None
    return shutil.get_terminal_size().columns if out.isatty() else None


def main(args: argparse.Namespace) -> int:
    """Run ``newsparse explain``; return the exit status (0 done, 2 bad input or output)."""
    try:
        data = _read_input(args.page)
        truth = _read_truth(args.truth) if args.truth else None
    except OSError as exc:
        print(f"newsparse: cannot read {exc.filename}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except ValueError as exc:  # (json.JSONDecodeError is one)
        print(f"newsparse: {args.truth}: not a truth record: {exc}", file=sys.stderr)
        return 2
    parsed = parse_detailed(data, tz=args.tz, reference_time=args.reference_time)
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8", errors="replace", newline="") as f:
                f.write(_view(args, parsed, data, truth, f))
        except OSError as exc:
            print(f"newsparse: cannot write {exc.filename}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        return 0
    return _to_stdout(_view(args, parsed, data, truth, sys.stdout))


def _view(
    args: argparse.Namespace,
    parsed: Parsed,
    data: bytes,
    truth: Mapping[str, Any] | None,
    out: IO[str],
) -> str:
    if args.html:
        return explain_html(parsed, data, truth=truth)
    return (
        explain(
            parsed, data, color=_color(args.color, out), width=_width(args.width, out), truth=truth
        )
        + "\n"
    )


def _to_stdout(text: str) -> int:
    """Write UTF-8 to standard output; a reader that stops early (``| head``) is no error."""
    try:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:  # replaced by a text-only stream (tests)
            sys.stdout.write(text)
        else:
            buffer.write(text.encode("utf-8", "replace"))
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # (so the interpreter's last flush fails quietly)
        os.close(devnull)
    return 0
