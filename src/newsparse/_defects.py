"""What the parser could not place (defects), what it dropped on purpose, and the policy.

In the spirit of the standard library's ``email`` package: a *defect* is a typed value with a
line number, the text concerned and a reason; the :class:`Policy` decides whether it is recorded
(the default) or raised as :class:`DefectError` (``Policy(strict=True)``, same code path).
"""

from __future__ import annotations

from typing import ClassVar

import attrs

__all__ = [
    "CommentCountMismatch",
    "DatesDisagree",
    "Defect",
    "DefectError",
    "Dropped",
    "EncodingRepaired",
    "ImplausibleField",
    "InvalidCharacters",
    "MissingPart",
    "Policy",
    "UnparsedTimestamp",
    "UnplacedText",
    "UnresolvedRelativeTime",
]


@attrs.frozen(kw_only=True)
class Defect:
    """Something in the page the parser met and could not fully make sense of.

    ``line`` is the 1-based input line (0 when the defect concerns the whole page), ``text``
    the text concerned, ``reason`` a sentence for people. Subclasses name the kind.

    >>> d = UnparsedTimestamp(line=12, text="Aug 35, 2012", reason="not a valid calendar date")
    >>> d.kind, str(d)
    ('unparsed-timestamp', "line 12: not a valid calendar date: 'Aug 35, 2012'")
    """

    kind: ClassVar[str] = "defect"
    line: int
    text: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}: {self.text[:80]!r}"


@attrs.frozen(kw_only=True)
class UnplacedText(Defect):
    """A line that fits no part of the page; its text is kept here, not lost."""

    kind: ClassVar[str] = "unplaced-text"


@attrs.frozen(kw_only=True)
class UnparsedTimestamp(Defect):
    """A line in a timestamp's place that is not a date that exists."""

    kind: ClassVar[str] = "unparsed-timestamp"


@attrs.frozen(kw_only=True)
class UnresolvedRelativeTime(Defect):
    """A relative time (``3 hours ago``) and no reference time to resolve it against."""

    kind: ClassVar[str] = "unresolved-relative-time"


@attrs.frozen(kw_only=True)
class CommentCountMismatch(Defect):
    """The declared comment count differs from the number of comments found (both kept)."""

    kind: ClassVar[str] = "comment-count-mismatch"


@attrs.frozen(kw_only=True)
class DatesDisagree(Defect):
    """Two places on the page give different publication dates (the first one is kept)."""

    kind: ClassVar[str] = "dates-disagree"


@attrs.frozen(kw_only=True)
class EncodingRepaired(Defect):
    """The bytes were not UTF-8, or the text held mojibake, and were decoded or repaired."""

    kind: ClassVar[str] = "encoding-repaired"


@attrs.frozen(kw_only=True)
class InvalidCharacters(Defect):
    """Control characters, NULs or lone surrogates were replaced."""

    kind: ClassVar[str] = "invalid-characters"


@attrs.frozen(kw_only=True)
class Dropped:
    """A boilerplate line left out of the article on purpose (widget or button label, caption).

    >>> Dropped(line=40, text="Facebook Conversations", reason="widget label")
    Dropped(line=40, text='Facebook Conversations', reason='widget label')
    """

    line: int
    text: str
    reason: str


class DefectError(ValueError):
    """Raised by a strict :class:`Policy` for the first defect; the defect is ``.defect``."""

    def __init__(self, defect: Defect) -> None:
        self.defect = defect
        super().__init__(str(defect))


@attrs.frozen(kw_only=True)
class Policy:
    """How the parser treats defects: record them (default) or raise the first (``strict``).

    >>> Policy().strict, Policy(strict=True).strict
    (False, True)
    """

    strict: bool = False

    def handle(self, defect: Defect, sink: list[Defect]) -> None:
        """Record ``defect`` in ``sink``, or raise it when the policy is strict."""
        if self.strict:
            raise DefectError(defect)
        sink.append(defect)


@attrs.frozen(kw_only=True)
class MissingPart(Defect):
    """A part every article has (the title) was not found."""

    kind: ClassVar[str] = "missing-part"


@attrs.frozen(kw_only=True)
class ImplausibleField(Defect):
    """A field no article has: a declared comment count past any real count (it is left out,
    its text kept here), a headline of thousands of characters, a standfirst longer than the
    body (both kept). ``--strict`` refuses such a page.

    >>> ImplausibleField(line=5, text="Comments (99999999999)", reason="not a count").kind
    'implausible-field'
    """

    kind: ClassVar[str] = "implausible-field"
