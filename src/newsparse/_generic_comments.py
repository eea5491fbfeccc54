"""Reader comments in a real page dump: author + timestamp header lines, then the text.

Split from :mod:`newsparse._generic`, which finds the body first; the comments are read after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from newsparse._comments import Thread
from newsparse._dates import find_date
from newsparse._lines import fold, looks_like_name
from newsparse.vocab import page as V

from newsparse._generic import _END_MARKERS, _alt, _is_cue

if TYPE_CHECKING:
    from datetime import date

    from newsparse._parser import _Page

    Moment = date

__all__ = ["read_comments"]


# --- comments -----------------------------------------------------------------------------------

_SAYS: Final = re.compile(
    r"(?:(?:[•□☆*o+-]|\d{1,3}\.)\s+)?(?:\[[^\]]{0,40}\]\s*)?(?P<author>\S.{0,60}?)\s*"
    rf"(?:{_alt(V.COMMENT_SAYS)})\s*:?",
    re.IGNORECASE,
)
_SAYS_ALONE: Final = re.compile(rf"(?:{_alt(V.COMMENT_SAYS)})\s*:", re.IGNORECASE)
_LEAD: Final = re.compile(r"(?:(?:[•□☆*o+-]|\d{1,3}\.)\s+)?(?:\[[^\]]{0,40}\]\s*)?")
_SEPARATORS: Final = " ·|/-–—,"
_COUNT_HEADING: Final = re.compile(
    rf"(?:there\s+are\s+)?(?P<n>\d+)\s+(?:{_alt(V.COMMENT_COUNT_NOUNS)})\b.*",
    re.IGNORECASE,
)
_BUTTON_LINE: Final = re.compile(
    rf"(?:[•☆*]\s*)?(?:{_alt(V.BUTTON_LABELS + V.COMMENT_BUTTONS)})(?:\s+(?:{_alt(V.BUTTON_LABELS + V.COMMENT_BUTTONS)}))*|\d{{1,4}}",
    re.IGNORECASE,
)


def _comment_header(
    page: _Page, cleaned: Sequence[str], i: int
) -> tuple[str | None, int, Moment | None] | None:
    """``(author, timestamp line, time)`` when line ``i`` opens a comment, else ``None``."""
    text = cleaned[i]
    if len(text) > 140:
        return None
    m = _SAYS.fullmatch(text)
    if m is not None:
        author = fold(m.group("author"))
        j = _next_text(cleaned, i)
        when = page.stamp(cleaned[j]) if j is not None else None
        if j is not None and when is not None:
            return author, j, when.value
        return author, i, None
    # bs4: "Name" / "says:" / time on their own lines
    j = _next_text(cleaned, i)
    if j is not None and _SAYS_ALONE.fullmatch(cleaned[j]) and looks_like_name(text):
        k = _next_text(cleaned, j)
        when = page.stamp(cleaned[k]) if k is not None else None
        if k is not None and when is not None:
            page.drop(j, "comment label")
            return text, k, when.value
    # "Name · March 10, 2017 at 12:20 AM", "1. Name 29.07.2020 // 12:56", "Name | Di, 21. April …"
    found = find_date(text, tz=page.tz)
    if found is not None:
        _, start, end = found
        lead = _LEAD.match(text)
        head = text[lead.end() if lead else 0 : start].strip(_SEPARATORS)
        tail = text[end:].strip(" .,")
        if head and not tail and len(head) <= 50 and _plausible_author(head):
            return head, i, found[0]
    return None


def _plausible_author(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 6
        and not text.endswith((".", "!", "?", ":"))
        and not _is_cue(text)
        and text.lower() not in _DATE_LABELS
    )


_DATE_LABELS: Final = frozenset(V.PUBLISHED_LABELS + V.UPDATED_LABELS)


def _next_text(cleaned: Sequence[str], i: int) -> int | None:
    for j in range(i + 1, min(i + 4, len(cleaned))):
        if cleaned[j]:
            return j
    return None


def read_comments(
    page: _Page,
    cleaned: Sequence[str],
    junk: Sequence[bool],
    start: int,
    thread: Thread,
) -> None:
    """Comments after the body: header lines with an author and a time, then the text."""
    n = len(cleaned)
    heads: list[tuple[int, str | None, int, Moment | None]] = []
    i = start
    while i < n:
        if cleaned[i] and not junk[i]:
            count = _COUNT_HEADING.fullmatch(cleaned[i])
            if count is not None and "comment_heading" not in page.fields and len(cleaned[i]) < 120:
                page.fields["comment_heading"] = i
                page.fields["comment_count"] = int(count.group("n"))
                page.place(i, "comment_count")
                i += 1
                continue
            found = _comment_header(page, cleaned, i)
            if found is not None:
                heads.append((i, found[0], found[1], found[2]))
                i = found[1] + 1
                continue
        i += 1
    if len(heads) < 2 and not (heads and "comment_heading" in page.fields):
        return
    for k, (at, author, stamp_at, posted) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else n
        body: list[int] = []
        blocks = 0
        for j in range(stamp_at + 1, stop):
            text = cleaned[j]
            if not text:
                if body and (not cleaned[j - 1] or junk[j - 1]):
                    continue
                if body:
                    blocks += 1
                continue
            if junk[j]:
                continue
            if _BUTTON_LINE.fullmatch(text):
                page.drop(j, "button label")
                if body:
                    break
                continue
            if blocks >= 4 or _END_MARKERS.fullmatch(text):
                break
            body.append(j)
        thread.add_simple(
            author=author,
            posted=posted,
            blocks=[[cleaned[j] for j in group] for group in _groups(body, cleaned)],
            lines=(at, stamp_at, body),
        )


def _groups(body: list[int], cleaned: Sequence[str]) -> list[list[int]]:
    """Split body line numbers into paragraphs at blank lines."""
    out: list[list[int]] = []
    prev = -2
    for j in body:
        if out and j == prev + 1:
            out[-1].append(j)
        elif out and all(not cleaned[x] for x in range(prev + 1, j)) and j - prev > 1:
            out.append([j])
        elif out:
            out[-1].append(j)
        else:
            out.append([j])
        prev = j
    return out
