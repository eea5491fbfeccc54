"""Reader comments: one record per comment, its quoted passages and whom it answers.

A comment starts at a bullet line whose text is a timestamp (no author) or an author followed
by a timestamp line. Its body is split into blocks at blank lines; a block is a *quoted passage*
when an extra blank line sets it off after the timestamp, when it sits wholly inside quote
marks, or when it repeats text of the article or of an earlier comment. ``@Name`` at the start
of a comment, or a passage taken from an earlier comment, sets ``reply_to``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from typing import Final

import attrs

from newsparse._dates import read_timestamp
from newsparse._defects import Defect, Dropped, UnparsedTimestamp, UnresolvedRelativeTime
from newsparse._lines import bullet, fold, is_button, strip_buttons
from newsparse._models import Comment

Moment = date | datetime

#: Quote marks that may wrap a whole quoted paragraph: opening -> closing.
_WRAP: Final = {"“": "”", '"': '"', "„": "“", "«": "»", "‘": "’", "'": "'", "‹": "›"}
_TRIM: Final = " .,;:…!?\"“”„«»‘’'"
_AT: Final = re.compile(r"@\s?(?P<name>\S.{0,60})")
_MIN_REPEAT_WORDS: Final = 4


@attrs.frozen(kw_only=True)
class Stamp:
    """What a line in a timestamp's place says."""

    value: Moment | None
    problem: str | None


def stamp(line: str, *, reference: datetime | None, tz: tzinfo | None) -> Stamp | None:
    """A timestamp line (possibly unresolvable), or ``None`` when the line is no timestamp."""
    value, problem = read_timestamp(line, reference=reference, tz=tz)
    if value is None and problem is None:
        return None
    return Stamp(value=value, problem=problem)


def _key(text: str) -> str:
    return fold(text).strip(_TRIM).lower()


@attrs.define
class Thread:
    """Builds the comments of one page in order, resolving quotes and replies as it goes."""

    article_text: str
    reference: datetime | None
    tz: tzinfo | None
    comments: list[Comment] = attrs.Factory(list)
    own_keys: list[str] = attrs.Factory(list)
    defects: list[Defect] = attrs.Factory(list)
    dropped: list[Dropped] = attrs.Factory(list)
    placement: dict[int, str] = attrs.Factory(dict)

    def add(self, lines: Sequence[str], first: int, last: int) -> None:
        """Read the comment on stripped ``lines[first:last]`` (``first`` is its bullet line)."""
        index = len(self.comments)
        here = f"comments[{index}]"
        head = bullet(lines[first]) or ""
        author: str | None = None
        posted: Moment | None = None
        when = stamp(head, reference=self.reference, tz=self.tz) if head else None
        body_from = first + 1
        if when is not None:
            self._stamp(when, head, first, here)
            posted = when.value
        else:
            if head:
                author = fold(head)
                self.placement[first] = here + ".author"
            j = first + 1
            while j < last and not lines[j]:
                j += 1
            when = stamp(lines[j], reference=self.reference, tz=self.tz) if j < last else None
            if when is not None:
                self._stamp(when, lines[j], j, here)
                posted = when.value
                body_from = j + 1
        if not head:
            self.placement[first] = here
        # blocks of the body, with the number of blank lines before each
        blocks: list[tuple[int, list[int]]] = []
        gap = 0
        for i in range(body_from, last):
            line = lines[i]
            if not line:
                gap += 1
                continue
            if is_button(line):
                self.dropped.append(Dropped(line=i + 1, text=line, reason="button label"))
                self.placement[i] = "dropped"
                continue
            if gap or not blocks:
                blocks.append((gap, [i]))
            else:
                blocks[-1][1].append(i)
            gap = 0
        own: list[str] = []
        quoted: list[str] = []
        reply_to: int | None = None
        for n, (gap_before, idx) in enumerate(blocks):
            text_lines = [fold(lines[i]) for i in idx]
            if n == len(blocks) - 1:
                last_line, labels = strip_buttons(text_lines[-1])
                for label in labels:
                    self.dropped.append(
                        Dropped(line=idx[-1] + 1, text=label, reason="button label")
                    )
                text_lines[-1] = last_line
                if not last_line:
                    text_lines.pop()
                    if not text_lines:
                        continue
            block = "\n".join(text_lines)
            passage = self._passage(block, lead=(n == 0 and gap_before >= 2))
            if passage is not None:
                quoted.append(passage)
                for i in idx:
                    self.placement[i] = here + ".quoted"
                if reply_to is None:
                    reply_to = self._source_of(passage)
            else:
                own.append(block)
                for i in idx:
                    self.placement[i] = here + ".text"
        if not own and quoted and len(blocks) == len(quoted) and not (blocks[0][0] >= 2):
            # A comment of nothing but a repeated passage is the commenter's own text.
            own, quoted, reply_to = [quoted[0]], [], None
        text = "\n\n".join(own)
        at = self._at_reply(text, index)
        if at is not None:
            reply_to = at
        self.comments.append(
            Comment(
                author=author, posted=posted, text=text, quoted=tuple(quoted), reply_to=reply_to
            )
        )
        self.own_keys.append(_key(text))

    def _stamp(self, when: Stamp, line: str, i: int, here: str) -> None:
        self.placement[i] = here + ".posted"
        if when.problem is not None:
            kind = UnresolvedRelativeTime if "relative" in when.problem else UnparsedTimestamp
            self.defects.append(kind(line=i + 1, text=line, reason=when.problem))

    def _passage(self, block: str, *, lead: bool) -> str | None:
        """The quoted passage a block is, or ``None`` when it is the commenter's own text."""
        if lead:
            return fold(block)
        closing = _WRAP.get(block[:1])
        if closing is not None and block.endswith(closing) and len(block) > 2:
            inner = block[1:-1]
            if block[0] not in inner and closing not in inner:
                return fold(inner)
        key = _key(block)
        if key.count(" ") + 1 >= _MIN_REPEAT_WORDS and (
            key in self.article_text or any(key in own for own in self.own_keys)
        ):
            return fold(block)
        return None

    def _source_of(self, passage: str) -> int | None:
        """The latest earlier comment whose own text holds ``passage``."""
        key = _key(passage)
        if not key:
            return None
        for i in range(len(self.own_keys) - 1, -1, -1):
            if key in self.own_keys[i]:
                return i
        return None

    def _at_reply(self, text: str, index: int) -> int | None:
        """The comment an ``@Name`` opening answers: the latest earlier one by that author."""
        m = _AT.match(text)
        if m is None:
            return None
        wanted = m.group("name").lower()
        best: tuple[int, int] | None = None  # (name length, index)
        for i in range(index - 1, -1, -1):
            author = self.comments[i].author
            if not author:
                continue
            name = author.lower()
            whole_name = len(wanted) == len(name) or not wanted[len(name)].isalnum()
            longer = best is None or len(name) > best[0]
            if wanted.startswith(name) and whole_name and longer:
                best = (len(name), i)
        return None if best is None else best[1]
