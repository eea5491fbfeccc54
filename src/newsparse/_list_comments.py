"""Comments in the list layout: each a bulleted head over its text.

The reference page writes its thread as a list (``• Ann`` over ``Aug 5, 2012 - 11:21AM``, or
``• Aug 5, 2012 - 11:21AM`` for a comment without a name, or a bullet alone), with the text
indented under the head; so do many real pages a text browser renders from a list. A comment
runs from its head to the next head, a section footer, a comments heading or a widget label.
The blank lines before a comment's first block, against the thread's usual number, tell a
quoted passage that opens it (see :meth:`~newsparse._comments.Thread.add`); a head indented
deeper than the one above it answers it (lynx marks such a nested item ``+``).

>>> from newsparse._comments import Thread
>>> from newsparse._page import Page
>>> lines = ["Comments (1)", "", "• Ann", "May 2, 2024 - 9:12AM", "", "So true."]
>>> page = Page(lines=lines, tz=None, reference=None, defects=[], placement=[None] * 6)
>>> thread = Thread(
...     article_paragraphs=[], stamp_of=page.stamp, placement=page.placement, lines=lines
... )
>>> records = list_records(page, 0)
>>> records.tolist()
[2, 6]
>>> read_list_comments(page, records, thread)
>>> [(c.author, str(c.posted), c.text) for c in thread.comments]
[('Ann', '2024-05-02 09:12:00', 'So true.')]
"""

from __future__ import annotations

from array import array
from collections import Counter
from typing import TYPE_CHECKING, Final

from newsparse._comment_zone import (
    indent_depths,
    name_of_line,
    reads_as_prose,
    replies_by_depth,
    steps_left,
)
from newsparse._comments import Stamp, Thread
from newsparse._defects import UnplacedText
from newsparse._lines import (
    bullet,
    comment_heading,
    fold,
    is_button,
    is_widget,
    maybe_tail_cue,
    section_footer,
)

if TYPE_CHECKING:
    from newsparse._page import Page

__all__ = ["is_list_head", "list_records", "list_thread", "read_list_comments"]


def is_list_head(page: Page, i: int) -> bool:
    """Whether line ``i`` opens a comment of the list layout: a bullet with a time, a bullet
    with a short name over a time (see :meth:`Page.bulleted_head`), or a bullet alone over
    text indented under it or over a sentence (a bullet alone over a label flush with it is a
    separator or a form's field)."""
    head = page.bulleted_head(i, len(page.lines))
    if head is not None:
        return head
    below = next((j for j in range(i + 1, len(page.lines)) if page.lines[j]), None)
    return below is not None and (
        page.indent(below) > page.indent(i) or reads_as_prose(page.lines[below])
    )


def list_thread(page: Page, start: int, *, furnished: bool = True) -> bool:
    """Whether a thread of the list layout stands from line ``start`` on: a comment's head
    right under a comments heading. A bulleted time elsewhere heads a teaser as often, and a
    bullet alone is a separator as often (Disqus's ``•`` between a name and its time, as
    BeautifulSoup writes it). On a page without furniture (``furnished`` false: no menu, no
    teaser), any bulleted name over its time or bulleted time below the body heads one."""
    lines = page.lines
    for i in range(start, len(lines)):
        # (a head has a bullet: a line without one is passed over before the other tests, and
        # a bulleted line's timestamps are read only where it may head the thread)
        head = bullet(lines[i]) if lines[i] else None
        if (
            head is not None
            and (_under_heading(lines, i, start) or (not furnished and bool(head)))
            and is_list_head(page, i)
        ):
            return True
    return False


def _under_heading(lines: list[str], i: int, start: int) -> bool:
    """Whether the nearest line of text above line ``i``, from ``start`` on, is a comments
    heading."""
    return _heading_above(lines, i, start) is not None


def _heading_above(lines: list[str], i: int, start: int) -> tuple[int, int | None] | None:
    """The comments heading that is the nearest line of text above line ``i`` (from ``start``
    on), and the count it declares; ``None`` when that line is no such heading."""
    j = next((j for j in range(i - 1, start - 1, -1) if lines[j]), None)
    count = comment_heading(lines[j]) if j is not None else False
    return None if j is None or count is False else (j, count)


def _closing(line: str) -> bool:
    """Whether a line closes a thread's comment as a part of the page: a section footer, a
    comments heading or a widget label."""
    return maybe_tail_cue(line) and (
        section_footer(line) is not None or comment_heading(line) is not False or is_widget(line)
    )


def _ends_comment(page: Page, head: int, j: int) -> bool:
    """Whether line ``j`` ends the comment whose head is line ``head``: the next comment's
    head, a part of the page (:func:`_closing`), or a block left of the head's bullet (out of
    the list, where the converter kept its indentation; a line cut at an inline piece goes on
    flush left with no blank line above it)."""
    line = page.lines[j]
    return bool(line) and (
        is_list_head(page, j)
        or _closing(line)
        or steps_left(page, page.lines, j, page.indent(head))
    )


def list_records(page: Page, start: int, *, furnished: bool = True) -> array[int]:
    """Each comment's first line and end, two numbers a comment, of the list thread from line
    ``start`` on (none when no list thread stands there: see :func:`list_thread`). Two numbers,
    not a tuple a comment: a page of a hundred thousand short comments holds them all."""
    out = array("q")
    if not list_thread(page, start, furnished=furnished):
        return out
    n = len(page.lines)
    i = start
    while i < n:
        if page.lines[i] and is_list_head(page, i):
            j = i + 1
            while j < n and not _ends_comment(page, i, j):
                j += 1
            out.extend((i, j))
            i = j
        else:
            i += 1
    return out


def _time_of(page: Page, first: int, end: int) -> tuple[str | None, int | None, Stamp | None]:
    """A comment's author, its time's line and its time: the bullet's text is a time, or a
    name with its time on the next line of text (``None`` where the comment has none)."""
    lines = page.lines
    head = bullet(lines[first]) or ""
    when = page.stamp(head) if head else None
    if when is not None or not head:
        return None, first if when is not None else None, when
    author = name_of_line(fold(head)) or fold(head)
    j = next((k for k in range(first + 1, end) if lines[k]), end)
    when = page.stamp(lines[j]) if j < end else None
    return author, j if when is not None else None, when


def _blocks(page: Page, first: int, end: int) -> list[tuple[int, list[int]]]:
    """The body blocks of lines ``first`` to ``end`` as (blank lines before, line indices); a
    button label among them is dropped."""
    lines = page.lines
    blocks: list[tuple[int, list[int]]] = []
    gap = 0
    for i in range(first, end):
        if not lines[i]:
            gap += 1
        elif is_button(lines[i]):
            page.drop(i, "button label")
        elif gap or not blocks:
            blocks.append((gap, [i]))
            gap = 0
        else:
            blocks[-1][1].append(i)
    return blocks


def _lead_gap(page: Page, first: int, end: int) -> int | None:
    """How many blank lines stand between a comment's head and its first line of text."""
    _, stamp_at, _ = _time_of(page, first, end)
    start = first if stamp_at is None else stamp_at
    body = next((k for k in range(start + 1, end) if page.lines[k]), None)
    return None if body is None else body - start - 1


def _usual_lead(page: Page, records: array[int]) -> int:
    """The commonest number of blank lines between a comment's head and its first block (with
    fewer than two comments, the page's commonest run of blank lines; 1 if none), so a page
    with doubled blank lines does not make every comment open with a quotation."""
    leads: Counter[int] = Counter()
    if len(records) >= 4:
        for k in range(0, len(records), 2):
            gap = _lead_gap(page, records[k], records[k + 1])
            if gap is not None:
                leads[gap] += 1
    if not leads:
        leads = _blank_runs(page.lines)
    return min(leads, key=lambda g: (-leads[g], g)) if leads else 1


def _blank_runs(lines: list[str]) -> Counter[int]:
    """How often each number of blank lines stands between two lines of text on the page."""
    runs: Counter[int] = Counter()
    gap, seen = 0, False
    for line in lines:
        if not line:
            gap += 1
            continue
        if seen and gap:
            runs[gap] += 1
        gap, seen = 0, True
    return runs


#: Why text inside a thread that no comment holds is reported.
_STRAY: Final = "text outside the article and its comments"


def _strays(page: Page, records: array[int]) -> None:
    """Report the lines of text between two comments of the thread that are no part of the
    page (a section footer, a heading or a widget label is the tail reader's)."""
    for k in range(1, len(records) - 2, 2):
        for j in range(records[k], records[k + 1]):
            line = page.lines[j]
            if line and page.placement[j] is None and not _closing(line):
                page.defects.append(UnplacedText(line=j + 1, text=line, reason=_STRAY))
                page.place(j, "defect")


def read_list_comments(page: Page, records: array[int], thread: Thread) -> None:
    """Read the comments of the list layout on lines ``records`` (see :func:`list_records`)
    into ``thread``, one at a time; the lines around them (a heading, a print line, a footer)
    are left to the tail's reader, and text between two of them is reported."""
    if records and (heading := _heading_above(page.lines, records[0], 0)) is not None:
        page.claim_heading(*heading)  # (refused when a heading was claimed already)
    usual = max(_usual_lead(page, records), 1)
    # (who answers whom, where the converter kept a nested list's indentation)
    targets = replies_by_depth(
        indent_depths([page.indent(records[k]) for k in range(0, len(records), 2)])
    )
    before = len(thread.comments)
    lines = page.lines
    for k, target in enumerate(targets):
        first, end = records[2 * k], records[2 * k + 1]
        author, stamp_at, when = _time_of(page, first, end)
        if (
            when is not None
            and stamp_at is not None
            and (defect := when.defect(stamp_at, lines[stamp_at])) is not None
        ):
            page.defects.append(defect)
        blocks = _blocks(page, first + 1 if stamp_at is None else stamp_at + 1, end)
        thread.add(
            author=author,
            posted=when.value if when is not None else None,
            head=(first, stamp_at),
            blocks=[(idx, [fold(lines[i]) for i in idx]) for _, idx in blocks],
            reply_to=None if target is None else before + target,
            lead=bool(blocks) and blocks[0][0] > usual,
        )
    _strays(page, records)
