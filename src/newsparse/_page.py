"""The working state of one page while it is read: its lines, what each line became, and the
fields claimed so far.

Readers write here; nothing here reads a page. A field is claimed once, from one line: a second
claim is refused (:meth:`Page.claim`), so the first reading that finds a field keeps it. The
placement (where each line went) is output, written as lines are read.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from typing import Final, Literal, overload

import attrs

from newsparse._comments import Stamp, stamp
from newsparse._defects import DatesDisagree, Defect, UnresolvedRelativeTime
from newsparse._lines import bullet
from newsparse._memo import forget_pages

__all__ = ["Fields", "Moment", "Page", "same_day"]

Moment = date | datetime

#: A bullet's text longer than this is no commenter's name over a timestamp line.
MAX_HEAD_NAME: Final = 80


def same_day(a: Moment, b: Moment) -> bool:
    """Whether two dates or times fall on one calendar day.

    >>> same_day(date(2024, 5, 2), datetime(2024, 5, 2, 23, 59))
    True
    """
    da = a.date() if isinstance(a, datetime) else a
    db = b.date() if isinstance(b, datetime) else b
    return da == db


@attrs.define
class Fields:
    """The article's header and count fields as claimed so far (``None``: not yet found)."""

    authors: tuple[str, ...] | None = None
    published: Moment | None = None
    updated: Moment | None = None
    subtitle: str | None = None
    source: str | None = None
    section: str | None = None
    #: the line of the comments heading, and the count it declares (``None``: none declared)
    comment_heading: int | None = None
    comment_count: int | None = None


@attrs.define
class Page:
    """Working state while one page is read (lives for one call)."""

    lines: list[str]
    tz: tzinfo | None
    reference: datetime | None
    defects: list[Defect]
    placement: list[str | int | None]
    #: lines left out on purpose, as two parallel lists (line index, reason): ``Dropped``
    #: records are only built for the reading that is returned
    drop_at: array[int] = attrs.Factory(lambda: array("q"))  # (8 bytes a line, not an int object)
    drop_reason: list[str] = attrs.Factory(list)
    fields: Fields = attrs.Factory(Fields)
    stamps: dict[str, Stamp | None] = attrs.Factory(dict)
    #: whether the page writes numeric dates day first (read once, when a date needs it)
    day_first: bool | None = None
    #: each line's indentation as the page gave it (:func:`~newsparse._normalize.split_lines`;
    #: empty when the caller has none: every line then counts as flush left)
    indents: Sequence[int] = ()

    def indent(self, i: int) -> int:
        """Line ``i``'s indentation (0 when the page's indentation is not known)."""
        return self.indents[i] if i < len(self.indents) else 0

    def stamp(self, line: str) -> Stamp | None:
        """What a line says as a timestamp (memoised: comment parsing asks more than once)."""
        try:
            return self.stamps[line]
        except KeyError:
            found = self.stamps[line] = stamp(line, reference=self.reference, tz=self.tz)
            return found

    def bulleted_head(self, i: int, stop: int) -> bool | None:
        """Whether line ``i`` is a bulleted comment head: a bullet with a timestamp, or with a
        short name and a timestamp on the next line of text before ``stop`` (one blank line
        between at most). ``None`` for a lone bullet, which the reader decides.

        >>> page = Page(lines=["• Ann", "May 2, 2024 at 9:12", "•"], tz=None, reference=None, defects=[], placement=[])
        >>> page.bulleted_head(0, 3), page.bulleted_head(1, 3), page.bulleted_head(2, 3)
        (True, False, None)
        """
        head = bullet(self.lines[i])
        if head is None:
            return False
        if not head:
            return None
        if self.stamp(head) is not None:
            return True
        if len(head) > MAX_HEAD_NAME:
            return False
        for j in range(i + 1, min(i + 3, stop)):
            if self.lines[j]:
                return self.stamp(self.lines[j]) is not None
        return False

    def restart(self, defects: int) -> None:
        """Forget a reading: every line unplaced, no field claimed, no line dropped, the
        defects past the first ``defects`` (those of the text itself) gone, and the answers
        the reading remembered (the page memos, the timestamps read) emptied.

        >>> page = Page(lines=["Ann"], tz=None, reference=None, defects=[], placement=[None])
        >>> page.claim("subtitle", "Ann", 0); page.restart(0); page.placement, page.fields.subtitle
        True
        ([None], None)
        """
        self.placement[:] = [None] * len(self.placement)
        self.fields = Fields()
        del self.drop_at[:], self.drop_reason[:], self.defects[defects:]
        self.stamps.clear()
        forget_pages()

    def place(self, i: int, where: str) -> None:
        self.placement[i] = where

    def drop(self, i: int, reason: str) -> None:
        self.drop_at.append(i)
        self.drop_reason.append(reason)
        self.placement[i] = "dropped"

    @overload
    def claim(self, field: Literal["authors"], value: tuple[str, ...], i: int) -> bool: ...
    @overload
    def claim(
        self, field: Literal["subtitle", "source", "section"], value: str, i: int
    ) -> bool: ...
    def claim(self, field: str, value: object, i: int) -> bool:
        """Set ``field`` from line ``i`` and place the line there, unless the field is claimed
        already (then nothing changes and the answer is ``False``)."""
        if getattr(self.fields, field) is not None:
            return False
        setattr(self.fields, field, value)
        self.place(i, field)
        return True

    def claim_heading(self, i: int, count: int | None) -> bool:
        """Line ``i`` is the comments heading, declaring ``count`` comments (``None``: no
        count); refused when a heading was claimed already."""
        if self.fields.comment_heading is not None:
            return False
        self.fields.comment_heading = i
        self.fields.comment_count = count
        self.place(i, "comment_count")
        return True

    def set_date(
        self, kind: Literal["published", "updated"], value: Moment, i: int, *, place: bool = True
    ) -> None:
        """Claim a date from line ``i``; a second date on another day is a defect. With
        ``place`` false the line keeps the place it has (a byline that carries its date)."""
        old = getattr(self.fields, kind)
        if old is not None and not same_day(old, value):
            self.defects.append(
                DatesDisagree(
                    line=i + 1, text=self.lines[i], reason=f"{kind} is {old.isoformat()} elsewhere"
                )
            )
            if place:
                self.placement[i] = "defect"
            return
        if old is None:
            setattr(self.fields, kind, value)
        if place:
            self.place(i, kind)

    def unresolved(self, i: int, problem: str) -> None:
        """Line ``i`` gives a date the parser cannot resolve (a relative time without a
        reference time): a defect that keeps the text."""
        self.defects.append(UnresolvedRelativeTime(line=i + 1, text=self.lines[i], reason=problem))
        self.placement[i] = "defect"
