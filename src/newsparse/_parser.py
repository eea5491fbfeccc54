"""The pipeline: text -> normalise -> lines -> blocks -> zones -> fields -> Article.

Zones are decided from evidence (cue lines, bullets followed by timestamps, repetition), never
from one page's line numbers. Each stage hands the next a plain structure; every input line ends
up placed in a field, in the dropped boilerplate, or in a defect.
"""

from __future__ import annotations

import contextlib
from array import array
from collections.abc import Iterator, Sequence
from datetime import datetime, tzinfo
from typing import Final, overload

import attrs

from newsparse._ballot import decision_of
from newsparse._boilerplate import BlockWeights
from newsparse._byline import BylineWeights
from newsparse._comment_start import CommentStartWeights
from newsparse._comments import Thread, spell
from newsparse._defects import (
    CommentCountMismatch,
    Defect,
    Dropped,
    ImplausibleField,
    MissingPart,
    Policy,
)
from newsparse._generic import read_generic
from newsparse._headline_first import is_headline_first, read_headline_first
from newsparse._memo import forget_pages
from newsparse._models import MAX_COUNT, Article, Comment
from newsparse._normalize import decode, split_lines
from newsparse._page import Page
from newsparse._published import DateWeights
from newsparse._quotes import find_quotes
from newsparse._settings import BodySettings, using_body
from newsparse._standfirst import StandfirstWeights
from newsparse._title import TitleWeights, using_weights
from newsparse._weights import FeatureWeights

__all__ = ["Parsed", "Placement", "parse", "parse_detailed"]


#: The default policy: record defects, never raise them.
_RECORD = Policy()
#: The weights of a scored decision a parse may be given.
Weights = (
    TitleWeights
    | BylineWeights
    | DateWeights
    | CommentStartWeights
    | StandfirstWeights
    | BlockWeights
)


class Placement(Sequence[str | None]):
    """Where each input line went (index = line number - 1): a field path such as
    ``"paragraphs[2]"`` or ``"comments[4].text"``, ``"dropped"``, ``"defect"``, or ``None`` for a
    blank line. An immutable sequence that compares equal to a tuple or list of the same
    entries; comment lines are spelled out when read, so a parse whose placement is never read
    builds no string per comment line.

    >>> page = "Rain at last\\n\\nIt rained.\\n\\nComments (1)\\n\\n  • Ann\\n    May 2, 2024\\n\\n    Wet."
    >>> placement = parse_detailed(page).placement
    >>> placement[:3], placement[6], len(placement)
    (('title', None, 'paragraphs[0]'), 'comments[0].author', 10)
    """

    __slots__ = ("_codes",)

    def __init__(self, codes: Sequence[str | int | None]) -> None:
        self._codes = codes

    def __len__(self) -> int:
        return len(self._codes)

    @overload
    def __getitem__(self, index: int) -> str | None: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[str | None, ...]: ...
    def __getitem__(self, index: int | slice) -> str | tuple[str | None, ...] | None:
        if isinstance(index, slice):
            return tuple(map(spell, self._codes[index]))
        return spell(self._codes[index])

    def __iter__(self) -> Iterator[str | None]:
        return map(spell, self._codes)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Placement):
            return list(self._codes) == list(other._codes) or list(self) == list(other)
        if isinstance(other, tuple | list):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self) -> tuple[type[Placement], tuple[tuple[str | int | None, ...]]]:
        return Placement, (tuple(self._codes),)


@attrs.frozen(kw_only=True)
class Parsed:
    """An article with what the parser met on the way.

    ``defects`` are the problems it recorded, ``dropped`` the boilerplate lines it left out on
    purpose, and ``placement`` says for every input line (index = line number - 1) where it
    went: a field path such as ``"paragraphs[2]"`` or ``"comments[4].text"``, ``"dropped"``,
    ``"defect"``, or ``None`` for a blank line.
    """

    article: Article
    defects: tuple[Defect, ...]
    dropped: tuple[Dropped, ...]
    placement: Placement


def _read(
    lines: list[str],
    indents: Sequence[int],
    *,
    tz: tzinfo | None,
    reference: datetime | None,
    defects: list[Defect],
    detailed: bool = True,
) -> Parsed:
    """The page read by the reader its layout asks for: one that opens with its headline and
    goes on with its article at once is read block by block under it
    (:func:`~newsparse._headline_first.read_headline_first`),
    every other page by the real-page reader (:func:`~newsparse._generic.read_generic`).
    Unless ``detailed``, the result lists no dropped line (:func:`parse` returns the article
    alone)."""
    page = Page(
        lines=lines,
        indents=indents,
        tz=tz,
        reference=reference,
        defects=defects,
        placement=[None] * len(lines),
    )
    title_at = next((i for i in range(len(lines)) if lines[i]), -1)
    if title_at < 0:
        return _finish(page, title="", paragraphs=[], thread=None, detailed=detailed)
    if is_headline_first(lines, title_at):
        title, paragraphs, thread = read_headline_first(page, title_at)
    else:
        title, paragraphs, thread = read_generic(page, title_at)
    return _finish(page, title=title, paragraphs=paragraphs, thread=thread, detailed=detailed)


def _finish(
    page: Page, *, title: str, paragraphs: list[str], thread: Thread | None, detailed: bool
) -> Parsed:
    f = page.fields
    comments: tuple[Comment, ...] = ()
    if thread is not None:
        comments = tuple(thread.comments)
        page.defects.extend(thread.defects)
    count = f.comment_count
    heading = f.comment_heading
    if count is not None and heading is not None:
        if count > MAX_COUNT:
            reason = f"a declared comment count over {MAX_COUNT:,} is no count"
            page.defects.append(
                ImplausibleField(line=heading + 1, text=page.lines[heading], reason=reason)
            )
            count = None
        elif count != len(comments):
            reason = f"the page declares {count} comments, {len(comments)} were found"
            page.defects.append(
                CommentCountMismatch(line=heading + 1, text=page.lines[heading], reason=reason)
            )
    if not title:
        page.defects.append(MissingPart(line=0, text="", reason="the page has no title"))
    _implausible(page, title, f.subtitle, paragraphs)
    article = Article(
        title=title,
        subtitle=f.subtitle,
        authors=f.authors or (),
        published=f.published,
        updated=f.updated,
        source=f.source,
        section=f.section,
        paragraphs=paragraphs,
        quotes=find_quotes(paragraphs),
        comment_count=count,
        comments=comments,
    )
    page.defects.sort(key=lambda d: d.line)
    return Parsed(
        article=article,
        defects=tuple(page.defects),
        dropped=_dropped(page, thread) if detailed else (),
        placement=Placement(page.placement),
    )


def _dropped(page: Page, thread: Thread | None) -> tuple[Dropped, ...]:
    """The lines the reading left out on purpose, with their reasons, in the page's order
    (built only for :func:`parse_detailed`: a page of thousands of menu lines makes as many
    records, which :func:`parse` would throw away)."""
    lines = page.lines
    dropped = [
        Dropped(line=i + 1, text=lines[i], reason=reason)
        for i, reason in zip(page.drop_at, page.drop_reason, strict=True)
    ]
    if thread is not None:
        dropped.extend(thread.dropped)
    return tuple(sorted(dropped, key=lambda d: d.line))


#: A headline longer than this is a run of text taken for one: the longest real headlines
#: run to a few hundred characters.
MAX_TITLE_CHARS: Final = 1000
#: A standfirst longer than the body is implausible only past this length: a short note
#: may have a standfirst of a sentence or two longer than itself.
STANDFIRST_SLACK: Final = 300


def _implausible(page: Page, title: str, subtitle: str | None, paragraphs: list[str]) -> None:
    """Record the fields no article has: a headline of thousands of characters, a standfirst
    longer than the body (both kept as read)."""
    if len(title) > MAX_TITLE_CHARS:
        reason = f"a title of {len(title):,} characters (over {MAX_TITLE_CHARS:,})"
        _flag(page, "title", title, reason)
    if subtitle is not None and len(subtitle) > STANDFIRST_SLACK:
        body = sum(map(len, paragraphs))
        if len(subtitle) > body:
            reason = (
                f"a standfirst of {len(subtitle):,} characters, longer than the body ({body:,})"
            )
            _flag(page, "subtitle", subtitle, reason)


def _flag(page: Page, where: str, text: str, reason: str) -> None:
    """Record an implausible field at the first line placed in ``where``."""
    page.defects.append(ImplausibleField(line=_line_of(page, where) + 1, text=text, reason=reason))


def _line_of(page: Page, where: str) -> int:
    """The index of the first line placed in ``where`` (-1 when none is)."""
    return next((i for i, place in enumerate(page.placement) if place == where), -1)


def parse_detailed(
    text: str | bytes,
    *,
    tz: tzinfo | None = None,
    reference_time: datetime | None = None,
    policy: Policy = _RECORD,
    weights: Weights | Sequence[Weights] | None = None,
    body: BodySettings | None = None,
) -> Parsed:
    """Parse a page and return the article with its defects, dropped lines and placement.

    ``text`` may be ``str`` or ``bytes`` (UTF-8, else cp1252, recorded as a defect). ``tz`` is
    attached to naive times; ``reference_time`` resolves relative ones (``3 hours ago``).
    With ``policy=Policy(strict=True)`` the first defect is raised as :class:`DefectError`.
    ``weights`` decide this parse's title (a :class:`~newsparse.TitleWeights`, e.g. from
    :func:`~newsparse.load_weights` on a file written by ``newsparse fit``), byline (a
    :class:`~newsparse.BylineWeights`), published date (a :class:`~newsparse.DateWeights`) or
    where the comments begin (a :class:`~newsparse.CommentStartWeights`), the standfirst (a
    :class:`~newsparse.StandfirstWeights`) or the body's boilerplate blocks (a
    :class:`~newsparse.BlockWeights`) instead of the shipped ones; give a list for several. ``body`` (a
    :class:`~newsparse.BodySettings`, e.g. from :func:`~newsparse.load_body_settings` on a file
    written by ``newsparse fit --decision body``) decides the body's run of blocks.

    >>> result = parse_detailed("Rain at last\\n\\nPublished: May 2, 2024\\n\\nIt rained.\\n\\nReader Comments (2)")
    >>> result.article.published, result.article.paragraphs
    (datetime.date(2024, 5, 2), ('It rained.',))
    >>> [d.kind for d in result.defects]
    ['comment-count-mismatch']
    """
    with _deciding(weights, body):
        return _parse_detailed(text, tz=tz, reference_time=reference_time, policy=policy)


def _deciding(
    weights: Weights | Sequence[Weights] | None, body: BodySettings | None
) -> contextlib.ExitStack[bool | None]:
    """The decisions' settings given to one parse, in force inside the returned block (each
    weights to the decision of its class)."""
    stack = contextlib.ExitStack()
    given: Sequence[object] = ()
    if isinstance(weights, FeatureWeights | str | bytes) or not isinstance(weights, Sequence):
        given = () if weights is None else (weights,)  # (a string is a sequence, of no weights)
    else:
        given = weights
    for each in given:
        if not isinstance(each, FeatureWeights):
            raise TypeError(
                "weights= takes TitleWeights, BylineWeights, DateWeights, CommentStartWeights, "
                "StandfirstWeights or BlockWeights, or a list of them, "
                f"not {type(each).__name__}"
            )
        if isinstance(each, TitleWeights):
            stack.enter_context(using_weights(each))
        else:
            stack.enter_context(decision_of(each).using(each))
    if body is not None:
        stack.enter_context(using_body(body))
    return stack


def _parse_detailed(
    text: str | bytes,
    *,
    tz: tzinfo | None,
    reference_time: datetime | None,
    policy: Policy,
    detailed: bool = True,
) -> Parsed:
    """:func:`parse_detailed` under the decisions' settings in force (see :func:`_read` for
    ``detailed``)."""
    forget_pages()
    defects: list[Defect] = []
    if isinstance(text, bytes | bytearray):
        text, defects = decode(bytes(text))
    elif not isinstance(text, str):
        raise TypeError(f"parse() takes str or bytes, not {type(text).__name__}")
    indents = array("H")
    lines, found = split_lines(text, indents)
    defects.extend(found)
    try:
        parsed = _read(
            lines, indents, tz=tz, reference=reference_time, defects=defects, detailed=detailed
        )
    finally:
        forget_pages()  # (no line of this page is held once the parse returns)
    if policy.strict and parsed.defects:
        policy.handle(parsed.defects[0], [])
    return parsed


def parse(
    text: str | bytes,
    *,
    tz: tzinfo | None = None,
    reference_time: datetime | None = None,
    policy: Policy = _RECORD,
    weights: Weights | Sequence[Weights] | None = None,
    body: BodySettings | None = None,
) -> Article:
    """Parse scraped news page text into an :class:`Article` (never raises on content).

    >>> article = parse("Rain at last\\n\\nPublished: May 2, 2024\\n\\nIt rained.")
    >>> article.title, article.paragraphs
    ('Rain at last', ('It rained.',))

    ``weights`` decide the title, the byline or the date of this parse, and ``body`` its body's
    run of blocks (see :func:`parse_detailed`):

    >>> from newsparse import TitleWeights
    >>> page = "\\n\\n".join(
    ...     ["Local news", "RAIN AT LAST", "A wet week for the town", "By Jo Lee", "It rained."]
    ... )
    >>> parse(page).title
    'A wet week for the town'
    >>> caps = TitleWeights.from_mapping({**TitleWeights.hand().as_mapping(), "capitals": 20.0}, "x")
    >>> parse(page, weights=caps).title
    'RAIN AT LAST'
    """
    with _deciding(weights, body):
        parsed = _parse_detailed(
            text, tz=tz, reference_time=reference_time, policy=policy, detailed=False
        )
    return parsed.article
