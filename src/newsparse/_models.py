"""The records newsparse produces: :class:`Article`, :class:`Quote` and :class:`Comment`.

All three are frozen, slotted ``attrs`` classes built with keyword arguments only. They are
hashable, comparable with ``==``, picklable, and they check at construction the invariants a
record could break (offsets that do not slice to the quote, a reply to a later comment, ...).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import attrs

#: The largest plausible ``comment_count``: no article gathers a billion comments, and a larger
#: number (``Reader Comments (99999999999999999999)``) breaks the 64-bit integers of JSON
#: readers, Arrow and databases. The parser records a larger one as a defect; the readers and
#: writers refuse it.
MAX_COUNT = 10**9

__all__ = ["Article", "Comment", "Quote"]


def _tuple_of_str(value: Any) -> tuple[str, ...]:
    """Turn a list of strings into a tuple (records hold tuples so they stay hashable)."""
    if isinstance(value, str):
        raise TypeError("expected a sequence of strings, got a single string")
    return tuple(value)


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


def _non_negative(instance: Any, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and value < 0:
        raise ValueError(f"{attribute.name}: must be >= 0, got {value}")


def _is_type(kind: type | tuple[type, ...], what: str) -> Any:
    """A validator that checks ``isinstance`` (``bool`` is never accepted for ``int``)."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TypeError(f"{attribute.name}: expected {what}, got {type(value).__name__}")

    return check


def _optional(kind: type | tuple[type, ...], what: str) -> Any:
    inner = _is_type(kind, what)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            inner(instance, attribute, value)

    return check


def _strings(instance: Any, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    for i, item in enumerate(value):
        if not isinstance(item, str):
            raise TypeError(f"{attribute.name}[{i}]: expected a string, got {type(item).__name__}")


@attrs.frozen(kw_only=True)
class Quote:
    """A direct quotation in the body of an article.

    ``text`` is exactly ``article.paragraphs[paragraph][start:end]``: the words between the
    quote marks. ``speaker`` is the fullest name the article gives the speaker and ``cue`` the
    attribution phrase (``said``, ``told``, ``according to`` ...); both may be ``None``.

    >>> q = Quote(text="It is a start,", speaker="Ann Lind", cue="said", paragraph=0, start=1, end=15)
    >>> q.end - q.start == len(q.text)
    True
    """

    text: str = attrs.field(validator=_is_type(str, "a string"))
    speaker: str | None = attrs.field(default=None, validator=_optional(str, "a string or None"))
    cue: str | None = attrs.field(default=None, validator=_optional(str, "a string or None"))
    paragraph: int = attrs.field(validator=[_is_type(int, "an integer"), _non_negative])
    start: int = attrs.field(validator=[_is_type(int, "an integer"), _non_negative])
    end: int = attrs.field(validator=[_is_type(int, "an integer"), _non_negative])

    def __attrs_post_init__(self) -> None:
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"end: end - start ({self.end} - {self.start}) must equal len(text) ({len(self.text)})"
            )


@attrs.frozen(kw_only=True)
class Comment:
    """One reader comment.

    ``text`` holds the commenter's own words (paragraphs joined by one blank line, button labels
    removed); ``quoted`` the passages it quotes from the article or from other comments;
    ``reply_to`` the index in :attr:`Article.comments` of the earlier comment it answers.

    >>> c = Comment(author="Basit", text="Only the first step.")
    >>> c.posted is None and c.quoted == () and c.reply_to is None
    True
    """

    author: str | None = attrs.field(default=None, validator=_optional(str, "a string or None"))
    posted: date | datetime | None = attrs.field(
        default=None, validator=_optional(date, "a date or None")
    )
    text: str = attrs.field(validator=_is_type(str, "a string"))
    quoted: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str, validator=_strings)
    reply_to: int | None = attrs.field(
        default=None, validator=[_optional(int, "an integer or None"), _non_negative]
    )


def _quotes_fit(
    article: Article, attribute: attrs.Attribute[Any], value: tuple[Quote, ...]
) -> None:
    for i, quote in enumerate(value):
        if not isinstance(quote, Quote):
            raise TypeError(f"quotes[{i}]: expected a Quote, got {type(quote).__name__}")
        if quote.paragraph >= len(article.paragraphs):
            raise ValueError(
                f"quotes[{i}].paragraph: {quote.paragraph} is out of range "
                f"(the article has {len(article.paragraphs)} paragraphs)"
            )
        para = article.paragraphs[quote.paragraph]
        if quote.end > len(para) or para[quote.start : quote.end] != quote.text:
            raise ValueError(
                f"quotes[{i}].text: does not equal paragraphs[{quote.paragraph}]"
                f"[{quote.start}:{quote.end}]"
            )


def _replies_point_back(
    article: Article, attribute: attrs.Attribute[Any], value: tuple[Comment, ...]
) -> None:
    for i, comment in enumerate(value):
        if not isinstance(comment, Comment):
            raise TypeError(f"comments[{i}]: expected a Comment, got {type(comment).__name__}")
        if comment.reply_to is not None and comment.reply_to >= i:
            raise ValueError(
                f"comments[{i}].reply_to: {comment.reply_to} does not point to an earlier comment"
            )


@attrs.frozen(kw_only=True)
class Article:
    """A parsed news article: metadata, body paragraphs, quotations and reader comments.

    ``published`` and ``updated`` keep the precision the page gives: a :class:`~datetime.date`
    when only the day is shown, a :class:`~datetime.datetime` when the time is shown too.
    ``comment_count`` is the count the page declares, which may differ from ``len(comments)``.

    >>> from datetime import date
    >>> a = Article(title="Rain at last", published=date(2024, 5, 2),
    ...             paragraphs=("It rained.", "Farmers smiled."))
    >>> print(a.body)
    It rained.
    <BLANKLINE>
    Farmers smiled.
    >>> a == Article(title="Rain at last", published=date(2024, 5, 2),
    ...              paragraphs=["It rained.", "Farmers smiled."])
    True
    """

    title: str = attrs.field(validator=_is_type(str, "a string"))
    subtitle: str | None = attrs.field(default=None, validator=_optional(str, "a string or None"))
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str, validator=_strings)
    published: date | datetime | None = attrs.field(
        default=None, validator=_optional(date, "a date or None")
    )
    updated: date | datetime | None = attrs.field(
        default=None, validator=_optional(date, "a date or None")
    )
    source: str | None = attrs.field(default=None, validator=_optional(str, "a string or None"))
    section: str | None = attrs.field(default=None, validator=_optional(str, "a string or None"))
    url: str | None = attrs.field(default=None, validator=_optional(str, "a string or None"))
    paragraphs: tuple[str, ...] = attrs.field(
        default=(), converter=_tuple_of_str, validator=_strings
    )
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_tuple, validator=_quotes_fit)
    comment_count: int | None = attrs.field(
        default=None, validator=[_optional(int, "an integer or None"), _non_negative]
    )
    comments: tuple[Comment, ...] = attrs.field(
        default=(), converter=_tuple, validator=_replies_point_back
    )

    @property
    def body(self) -> str:
        """The paragraphs joined by blank lines."""
        return "\n\n".join(self.paragraphs)


_new_record = object.__new__
_set_field = object.__setattr__


def trusted_comment(
    author: str | None,
    posted: date | datetime | None,
    text: str,
    quoted: tuple[str, ...],
    reply_to: int | None,
) -> Comment:
    """A :class:`Comment` built without running its converter and validators again.

    Internal, for the parser only, whose values are valid by construction: strings or ``None``,
    a date or ``None``, a tuple of strings, and ``reply_to`` the index of an earlier comment
    (which :class:`Article` checks once more for the whole thread). The record is the one
    ``Comment(...)`` builds: equal, with the same hash and repr, in about half the time.

    >>> trusted_comment("Ann", None, "Wet.", (), None) == Comment(author="Ann", text="Wet.")
    True
    """
    comment: Comment = _new_record(Comment)
    _set_field(comment, "author", author)
    _set_field(comment, "posted", posted)
    _set_field(comment, "text", text)
    _set_field(comment, "quoted", quoted)
    _set_field(comment, "reply_to", reply_to)
    return comment


def trusted_quote(
    text: str, speaker: str | None, cue: str | None, paragraph: int, start: int, end: int
) -> Quote:
    """A :class:`Quote` built without running its validators again.

    Internal, for the quotation finder only, whose values are valid by construction: ``text``
    is ``paragraphs[paragraph][start:end]`` of a real paragraph (so the offsets are non-negative
    integers and ``end - start == len(text)``), ``speaker`` and ``cue`` are strings or ``None``.
    The record is the one ``Quote(...)`` builds: equal, same hash and repr
    (``tests/test_quotes_speed.py`` checks this on every quotation of the corpus).

    >>> trusted_quote("Go,", None, "said", 0, 1, 4) == Quote(text="Go,", cue="said", paragraph=0, start=1, end=4)
    True
    """
    quote: Quote = _new_record(Quote)
    _set_field(quote, "text", text)
    _set_field(quote, "speaker", speaker)
    _set_field(quote, "cue", cue)
    _set_field(quote, "paragraph", paragraph)
    _set_field(quote, "start", start)
    _set_field(quote, "end", end)
    return quote
