"""The pipeline: text -> normalise -> lines -> blocks -> zones -> fields -> Article.

Zones are decided from evidence (cue lines, bullets followed by timestamps, repetition), never
from one page's line numbers. Each stage hands the next a plain structure; every input line ends
up placed in a field, in the dropped boilerplate, or in a defect.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Iterator, Sequence
from datetime import datetime, tzinfo
from typing import Final, overload

import attrs

from newsparse import _cues as cues
from newsparse._comments import Thread, spell
from newsparse._dates import DayOrder
from newsparse._defects import (
    CommentCountMismatch,
    Defect,
    Dropped,
    ImplausibleField,
    MissingPart,
    Policy,
)
from newsparse._generic import Spans, is_reference_layout, read_generic, read_tail
from newsparse._lines import (
    byline,
    date_alone,
    date_line,
    dated_byline,
    fold,
    is_button,
    is_widget,
    maybe_tail_cue,
    print_line,
    section_footer,
)
from newsparse._memo import forget_pages
from newsparse._models import MAX_COUNT, Article, Comment
from newsparse._normalize import decode, split_lines
from newsparse._page import Moment, Page
from newsparse._quotes import find_quotes
from newsparse._title import TitleWeights, using_weights, without_site_name

__all__ = ["Parsed", "Placement", "parse", "parse_detailed"]


#: The default policy: record defects, never raise them.
_RECORD = Policy()


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


# --- zones of the reference layout ----------------------------------------------------------


def _ends_body(page: Page, i: int) -> bool:
    line = page.lines[i]
    if maybe_tail_cue(line) and (
        print_line(line, tz=page.tz) is not None
        or is_widget(line)
        or section_footer(line) is not None
        or cues.closing_count(line)  # (also a real page's heading: "6 thoughts on “…”")
    ):
        return True
    # (a bulleted comment head, or a bullet alone: a list below the article's prose)
    return page.bulleted_head(i, len(page.lines)) is not False


def _blocks(lines: Sequence[str], start: int, stop: int) -> Spans:
    """Runs of non-blank lines in ``lines[start:stop]`` as ``(first, end)`` index pairs."""
    out = Spans()
    i = start
    while i < stop:
        if not lines[i]:
            i += 1
            continue
        j = i + 1
        while j < stop and lines[j]:
            j += 1
        out.append(i, j)
        i = j
    return out


def _wordless(line: str) -> bool:
    """A line of marks without a letter or a figure (``•``, ``“ ”``, ``* * *``)."""
    return not any(map(str.isalnum, line))


def _header(page: Page, blocks: Spans, title_at: int) -> int:
    """Read the header (date, byline, standfirst); return the index of the first body block."""
    lines = page.lines
    order = DayOrder(lines)  # (the page's order of numeric dates: 02/05/2024 on a Spanish page)
    subtitle: list[str] = []
    k = 0
    while k < len(blocks):
        first, end = blocks[k]
        start = title_at + 1 if k == 0 else first
        cues = 0
        loose = array("q")  # (8 bytes a line: a block of a million lines holds no million ints)
        for i in range(start, end):
            line = lines[i]
            day_first = order.of(line)
            dated = date_line(line, tz=page.tz, reference=page.reference, day_first=day_first)
            if dated is not None:
                kind, value, problem = dated
                if value is not None:
                    page.set_date(kind, value, i)
                elif problem is not None:
                    page.unresolved(i, problem)
                cues += 1
                continue
            names = byline(line)
            if names is not None and page.claim("authors", names, i):
                cues += 1
                continue
            if _unlabelled_cue(page, i, day_first):
                cues += 1
                continue
            loose.append(i)
        if k > 0 and cues == 0:
            break
        # Lines beside the cue lines (or glued under the headline) are the standfirst, but
        # for lines of marks without a word (bullets, quote marks, rules).
        for i in loose:
            if _wordless(lines[i]):
                page.drop(i, "marks without words")
                continue
            subtitle.append(lines[i])
            page.place(i, "subtitle")
        k += 1
    # A standfirst is often repeated next (an image caption): keep it once.
    if not subtitle and k + 1 < len(blocks):
        a, b = blocks[k], blocks[k + 1]
        if b[1] - b[0] == 1 and a[1] - a[0] == 1 and fold(lines[a[0]]) == fold(lines[b[0]]):
            subtitle.append(lines[a[0]])
            page.place(a[0], "subtitle")
            k += 1
    if subtitle:
        page.fields.subtitle = fold(" ".join(subtitle))
        while k < len(blocks):
            first, end = blocks[k]
            if fold(" ".join(lines[first:end])) != page.fields.subtitle:
                break
            for i in range(first, end):
                page.drop(i, "repeated standfirst (image caption)")
            k += 1
    return k


def _unlabelled_cue(page: Page, i: int, day_first: bool | None) -> bool:
    """Whether line ``i`` of the header is a cue without a label, read here: a byline that
    carries its date (``By Jane Doe | May 2, 2024``) or a date alone (``May 2, 2024 at 10:00``;
    a relative time that no reference time resolves is a defect that keeps the text), its
    numeric dates read in the page's order ``day_first``."""
    line = page.lines[i]
    dated = dated_byline(line, tz=page.tz, day_first=day_first)
    if dated is not None:
        if not page.claim("authors", dated[0], i):
            return False
        page.set_date("published", dated[1], i, place=False)  # (the line is the byline's)
        return True
    alone = date_alone(line, tz=page.tz, reference=page.reference, day_first=day_first)
    if alone is None:
        return False
    if alone[0] is not None:
        page.set_date("published", alone[0], i)
    else:
        page.unresolved(i, str(alone[1]))
    return True


def _read(
    lines: list[str],
    indents: Sequence[int],
    *,
    tz: tzinfo | None,
    reference: datetime | None,
    defects: list[Defect],
) -> Parsed:
    n = len(lines)
    title_at = next((i for i in range(n) if lines[i]), -1)
    carried = _Leftover()
    real_page = title_at >= 0 and not is_reference_layout(lines, title_at)
    if real_page:
        found = _read_generic(lines, indents, title_at, tz=tz, reference=reference, defects=defects)
        if isinstance(found, Parsed):
            return found
        carried = found
        # nothing looks like an article body: read the page in the reference layout (the
        # generic reader's working state is gone by now, and this reading's is made only now,
        # so memory peaks at one reading)
    page = Page(
        lines=lines,
        indents=indents,
        tz=tz,
        reference=reference,
        defects=defects,
        placement=[None] * n,
    )
    if title_at < 0:
        return _finish(page, title="", paragraphs=[], thread=None)
    title = fold(lines[title_at])
    headline = carried.headline
    if headline is not None and headline[1] != title_at:
        # a real page whose body the real-page reader missed, but not its headline (the page
        # is read from its first line all the same; the headline's line is read where it
        # stands: a headline found below body text would cut that text off)
        title = headline[0]
        page.drop(title_at, "page furniture above the headline")
    else:
        # (a real page whose body the generic reader missed, or one in the reference layout that
        # opens with its <title>: the site's name after a joint goes when the page shows it)
        title = without_site_name(title, lines, title_at)
        page.place(title_at, "title")
    blocks = _blocks(lines, title_at, n)
    k = _header(page, blocks, title_at)
    # body: blocks until the first line that ends it
    paragraphs: list[str] = []
    body_end = n
    for first, end in itertools.islice(blocks, k, None):
        cut = next((i for i in range(first, end) if _ends_body(page, i)), None)
        stop = end if cut is None else cut
        if stop > first:
            chunk = [lines[i] for i in range(first, stop)]
            if len(chunk) == 1 and (is_widget(chunk[0]) or is_button(chunk[0])):
                page.drop(first, "widget label" if is_widget(chunk[0]) else "button label")
            else:
                where = f"paragraphs[{len(paragraphs)}]"
                for i in range(first, stop):
                    page.place(i, where)
                paragraphs.append(fold(" ".join(chunk)))
        if cut is not None:
            body_end = cut
            break
    thread = Thread(
        article_paragraphs=paragraphs, stamp_of=page.stamp, placement=page.placement, lines=lines
    )
    del blocks  # one tuple per block of the page: not kept while the comments are built
    read_tail(page, body_end, thread, headline_first=True)
    if page.fields.published is None:
        # the date the real-page reader found on a page it could not read a body from
        page.fields.published = carried.published
    if page.fields.authors is None:
        page.fields.authors = carried.authors  # (and the writers it found)
    return _finish(page, title=title, paragraphs=paragraphs, thread=thread)


#: What stands right under a headline the real-page reader is sure of: its byline or a date.
_CUES_UNDER_A_HEADLINE: Final = frozenset({"authors", "published", "updated"})


@attrs.frozen
class _Leftover:
    """What the real-page reader found on a page it read no body from, for the reference
    reader to keep."""

    published: Moment | None = None
    authors: tuple[str, ...] | None = None
    headline: tuple[str, int] | None = None  # (the headline, its line)


def _read_generic(
    lines: list[str],
    indents: Sequence[int],
    title_at: int,
    *,
    tz: tzinfo | None,
    reference: datetime | None,
    defects: list[Defect],
) -> Parsed | _Leftover:
    """The page read by the real-page reader, or what it found when it finds no body or
    comments: the published date, the writers, and the headline with its line when its byline
    or a date stands right under it (such a headline beats the page's first line, which on a
    real page is the site's name or a menu's first item: corpus-wide title 0.748 -> 0.752 with
    a date counted beside the byline)."""
    page = Page(
        lines=lines,
        indents=indents,
        tz=tz,
        reference=reference,
        defects=list(defects),
        placement=[None] * len(lines),
    )
    title, paragraphs, thread = read_generic(page, title_at)
    if paragraphs or thread.comments:
        return _finish(page, title=title, paragraphs=paragraphs, thread=thread)
    at = next((i for i, place in enumerate(page.placement) if place == "title"), -1)
    if at >= 0 and any(
        page.placement[k] in _CUES_UNDER_A_HEADLINE for k in range(at + 1, min(len(lines), at + 6))
    ):
        return _Leftover(page.fields.published, page.fields.authors, (title, at))
    return _Leftover(page.fields.published, page.fields.authors)


def _finish(page: Page, *, title: str, paragraphs: list[str], thread: Thread | None) -> Parsed:
    f = page.fields
    comments: tuple[Comment, ...] = ()
    lines = page.lines
    dropped = [
        Dropped(line=i + 1, text=lines[i], reason=reason)
        for i, reason in zip(page.drop_at, page.drop_reason, strict=True)
    ]
    if thread is not None:
        comments = tuple(thread.comments)
        page.defects.extend(thread.defects)
        dropped.extend(thread.dropped)
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
        dropped=tuple(sorted(dropped, key=lambda d: d.line)),
        placement=Placement(page.placement),
    )


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
    weights: TitleWeights | None = None,
) -> Parsed:
    """Parse a page and return the article with its defects, dropped lines and placement.

    ``text`` may be ``str`` or ``bytes`` (UTF-8, else cp1252, recorded as a defect). ``tz`` is
    attached to naive times; ``reference_time`` resolves relative ones (``3 hours ago``).
    With ``policy=Policy(strict=True)`` the first defect is raised as :class:`DefectError`.
    ``weights`` (a :class:`~newsparse.TitleWeights`, e.g. from :func:`~newsparse.load_weights`
    on a file written by ``newsparse fit``) decide the title of this parse instead of the
    shipped ones.

    >>> result = parse_detailed("Rain at last\\n\\nPublished: May 2, 2024\\n\\nIt rained.\\n\\nReader Comments (2)")
    >>> result.article.published, result.article.paragraphs
    (datetime.date(2024, 5, 2), ('It rained.',))
    >>> [d.kind for d in result.defects]
    ['comment-count-mismatch']
    """
    if weights is not None:
        with using_weights(weights):
            return parse_detailed(text, tz=tz, reference_time=reference_time, policy=policy)
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
        parsed = _read(lines, indents, tz=tz, reference=reference_time, defects=defects)
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
    weights: TitleWeights | None = None,
) -> Article:
    """Parse scraped news page text into an :class:`Article` (never raises on content).

    >>> article = parse("Rain at last\\n\\nPublished: May 2, 2024\\n\\nIt rained.")
    >>> article.title, article.paragraphs
    ('Rain at last', ('It rained.',))

    ``weights`` decide the title of this parse (see :func:`parse_detailed`):

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
    return parse_detailed(
        text, tz=tz, reference_time=reference_time, policy=policy, weights=weights
    ).article
