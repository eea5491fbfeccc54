"""Reader comments: one record per comment, its quoted passages and whom it answers.

The page's comment readers find each comment's header and body; :class:`Thread` builds them.
A comment's body is split into blocks at blank lines; a block is a *quoted passage* when the
reader says it is set off (an extra blank line after the timestamp in the reference layout),
when it sits wholly inside quote marks, or when it repeats text of the article or of an earlier
comment (whatever the spacing).
``@Name`` at the start of a comment, or a passage taken from an earlier comment, sets
``reply_to``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, tzinfo
from typing import Final

import attrs

from newsparse._dates import read_timestamp
from newsparse._defects import Defect, Dropped, UnparsedTimestamp, UnresolvedRelativeTime
from newsparse._lines import fold, lowered, strip_buttons
from newsparse._models import Comment, trusted_comment
from newsparse._text import join_wrapped, wrap_width

Moment = date | datetime

#: Quote marks that may wrap a whole quoted paragraph: opening -> closing.
_WRAP: Final = {"“": "”", '"': '"', "„": "“", "«": "»", "‘": "’", "'": "'", "‹": "›"}
#: Runs of word characters: the words of a text once punctuation and spacing are set aside.
_WORDS: Final = re.compile(r"\w+")
#: Words of four or more letters: cheap probes for repeated text. Every word of a normalised
#: passage appears, unchanged, in the lower-cased text it was taken from, so a passage whose
#: probe is not in a text cannot be in it (the costly normalisation is skipped).
_PROBE: Final = re.compile(r"\w{4,}")
#: Punctuation stripped from the edges of a probe word (a word still not all letters is unused).
_EDGE: Final = "!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~’‘“”«»„‹›…–—¿¡"
_AT: Final = re.compile(r"@\s?(?P<name>\S.{0,60})")
#: The first word after an ``@`` (``@Orla,`` → ``orla``).
_FIRST_WORD: Final = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")
_MIN_REPEAT_WORDS: Final = 4
#: A comment's first block with more text after it is a passage from three repeated words on:
#: a reply opens with the few words it answers (``man up, they say.``), however many blank
#: lines set it off; elsewhere a short phrase said again (``I agree.``) is the commenter's own.
_MIN_LEAD_REPEAT_WORDS: Final = 3
#: How many times an article of up to ``_IN_PLACE_CHARS`` characters is searched in place for a
#: passage before its words are joined (joining costs a pass of the word pattern over it).
_ASK_IN_PLACE: Final = 8
_IN_PLACE_CHARS: Final = 8000
#: How many earlier comments a passage is looked for in (keeps the work linear in page size).
_WINDOW: Final = 60
#: Up to this many comments, a probe word is searched for in the comments' texts themselves;
#: past it, in postings of their words. Indexing every word of every comment costs more than
#: the few searches a short thread needs, a search of a long window more than a look-up.
_SEARCH_UP_TO: Final = 32
#: A signature under a post is a line or two; a longer closing block is not remembered as one.
_SIGNATURE_CHARS: Final = 300
#: How many distinct author names are kept to share one string a name (a page of a million
#: comments by a few people keeps a few names; of a million names, no dict of them all).
_NAMES: Final = 4096

#: Where a comment's line went, after ``comments[i]``. A comment line's placement is kept as the
#: number :func:`code_of` ``(i, part)`` and spelled out only when asked for (:func:`spell`): a page of 100,000
#: tiny comments does not cost 300,000 strings that :func:`newsparse.parse` would throw away.
_PARTS: Final = ("", ".author", ".posted", ".text", ".quoted")
WHOLE, AUTHOR, POSTED, TEXT, QUOTED = range(5)
#: The placements of the header's date lines (see ``Thread.took_dates``).
_HEADER_DATES: Final = ("published", "updated")


#: A comment's placement code keeps its part in the low bits: ``index << _PART_BITS | part``.
_PART_BITS: Final = 3


def code_of(index: int, part: int = WHOLE) -> int:
    """The placement code of ``part`` of comment ``index`` (see :func:`spell`).

    >>> spell(code_of(3, POSTED))
    'comments[3].posted'
    """
    return index << _PART_BITS | part


def spell(code: str | int | None) -> str | None:
    """The placement a code stands for (``26`` -> ``'comments[3].posted'``; strings as they are).

    >>> spell(code_of(3, POSTED)), spell("title"), spell(None)
    ('comments[3].posted', 'title', None)
    """
    if type(code) is int:
        return f"comments[{code >> _PART_BITS}]{_PARTS[code & (1 << _PART_BITS) - 1]}"
    return code  # type: ignore[return-value]


@attrs.frozen(kw_only=True)
class Stamp:
    """What a line in a timestamp's place says."""

    value: Moment | None
    problem: str | None

    def defect(self, i: int, text: str) -> Defect | None:
        """What line ``i`` (``text``) records when it could not be read as a time: a relative
        time with no reference time, or a timestamp of no known form (``None``: it was read).

        >>> Stamp(value=None, problem="a relative time and no reference time was given").defect(4, "3 hours ago")
        UnresolvedRelativeTime(line=5, text='3 hours ago', reason='a relative time and no reference time was given')
        """
        if self.problem is None:
            return None
        kind = UnresolvedRelativeTime if "relative" in self.problem else UnparsedTimestamp
        return kind(line=i + 1, text=text, reason=self.problem)


def stamp(line: str, *, reference: datetime | None, tz: tzinfo | None) -> Stamp | None:
    """A timestamp line (possibly unresolvable), or ``None`` when the line is no timestamp."""
    value, problem = read_timestamp(line, reference=reference, tz=tz)
    if value is None and problem is None:
        return None
    return Stamp(value=value, problem=problem)


def _probe(low: str) -> tuple[str, ...] | None:
    """The two longest words (four letters or more) near the start of lower-cased text: the
    rarer the words, the fewer texts get past the probe (``None``: no usable word)."""
    tokens = low[:200].split()
    if len(low) > 200 and not low[199].isspace() and not low[200].isspace():
        tokens.pop()  # cut in the middle: not a whole word
    tokens.sort(key=len)
    words = tuple(
        w for w in (t.strip(_EDGE) for t in tokens[-2:]) if len(w) >= 4 and _PROBE.fullmatch(w)
    )
    return words or None


def _holds(text: str, probe: tuple[str, ...]) -> bool:
    return all(word in text for word in probe)


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` (word characters only) stands in ``text`` as a whole word, as one of
    ``_PROBE.findall(text)`` would: a plain search, and a look at the neighbours of each find
    (``\\w`` is what ``str.isalnum`` accepts, and ``_``).

    >>> _has_word("pakistani views", "pakistan"), _has_word("in pakistan.", "pakistan")
    (False, True)
    """
    at = text.find(word)
    while at >= 0:
        before = text[at - 1 : at]
        after = text[at + len(word) : at + len(word) + 1]
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            return True
        at = text.find(word, at + 1)
    return False


def _holds_words(text: str, words: Sequence[str]) -> bool:
    """Whether ``words`` stand in ``text`` one after the other, each a whole word (``\\w+``),
    with only punctuation and spacing between them (how passages are compared: case, spacing
    and punctuation set aside), for lower-case text, without splitting the whole text into
    words (a plain search for the first word, then the next words read in place from each
    place it stands).

    >>> _holds_words("it’s — as they say — over.", ["they", "say", "over"])
    True
    >>> _holds_words("they said over", ["they", "say"]), _holds_words("theysay", ["say"])
    (False, False)
    """
    first = words[0]
    at = text.find(first)
    while at >= 0:
        before = text[at - 1 : at]
        if not (before.isalnum() or before == "_"):
            m = _WORDS.match(text, at)
            if m is not None and m.end() == at + len(first):  # the whole word, not its start
                pos = m.end()
                for word in words[1:]:
                    m = _WORDS.search(text, pos)
                    if m is None or m.group() != word:
                        break
                    pos = m.end()
                else:
                    return True
        at = text.find(first, at + 1)
    return False


@attrs.define
class Thread:
    """Builds the comments of one page in order, resolving quotes and replies as it goes."""

    article_paragraphs: Sequence[str]
    stamp_of: Callable[[str], Stamp | None]
    #: the page's placement list (one entry a line), written in place: comment lines get codes
    placement: list[str | int | None]
    #: the page's lines as written, so a comment keeps the line breaks its writer made (see
    #: ``add``), and the width the converter wrapped them at (read when a comment of several
    #: lines first asks; ``None``: not wrapped)
    lines: Sequence[str] = ()
    wrap: int | None = None
    wrap_read: bool = False
    comments: list[Comment] = attrs.Factory(list)
    #: each comment's own text lower-cased, and its words joined when first needed
    own_low: list[str] = attrs.Factory(list)
    own_norm: list[str | None] = attrs.Factory(list)
    by_author: dict[str, int] = attrs.Factory(dict)
    #: the first word of each writer's name of two words or more (lower-cased) -> their latest
    #: comment: ``@Orla`` answers Orla Fenwick
    by_first: dict[str, int] = attrs.Factory(dict)
    #: word of four letters or more -> the comments whose own text has it (ascending indices),
    #: filled only once the thread is long (see ``_SEARCH_UP_TO``): which earlier comments may
    #: hold a passage is then a look-up, not a scan of their texts
    postings: dict[str, list[int]] = attrs.Factory(dict)
    #: how many comments ``postings`` is up to date with
    posted: int = 0
    #: the comments' texts joined, searched while the thread is short, and how many it holds
    joined: str = ""
    joined_of: int = 0
    article_low: str = ""
    #: the article's words joined by single spaces, once it has been asked about often
    article_norm: str | None = None
    article_asked: int = 0

    def __attrs_post_init__(self) -> None:
        self.article_low = lowered(" ".join(self.article_paragraphs))

    defects: list[Defect] = attrs.Factory(list)
    dropped: list[Dropped] = attrs.Factory(list)
    #: the article's dates (``published``, ``updated``) whose lines a comment has taken since the
    #: header read them there: a comment's time is never the article's
    took_dates: set[str] = attrs.Factory(set)
    #: the authors' names met so far, so that a name met again is one string (see ``_NAMES``)
    names: dict[str, str] = attrs.Factory(dict)
    #: the closing blocks of the comments with text above them, lower-cased (up to ``_NAMES``
    #: of them): a signature is said again under each post (see ``_signature``)
    closings: set[str] = attrs.Factory(set)

    def add(
        self,
        *,
        author: str | None,
        posted: Moment | None,
        head: tuple[int, int | None],
        blocks: Sequence[tuple[Sequence[int], Sequence[str]]],
        quoted: tuple[str, ...] = (),
        reply_to: int | None = None,
        lead: bool = False,
    ) -> None:
        """Add a comment whose lines a page-layout reader has found: ``head`` is its header
        line and timestamp line (the same line when one holds both; ``None`` when it has no
        time), ``blocks`` its body's paragraphs as (their lines, their texts). The lines of a
        paragraph are joined where the converter wrapped them; a line break the commenter made
        is kept. ``quoted`` are passages the reader set apart itself (a forum's quote box),
        ``reply_to`` the comment it knows this one answers, and ``lead`` says the first block
        stands farther below the header than the page's usual (the reference layout's mark of
        a quoted passage); the passages the body repeats and an ``@Name`` opening are found as
        on every page.
        """
        here = code_of(len(self.comments))
        if author is not None:
            author = self._name(author)
        at, stamp_at = head
        for i in (at, stamp_at):
            if i is not None and self.placement[i] in _HEADER_DATES:
                self.took_dates.add(str(self.placement[i]))
        # (a header line of only a time is the comment's time, as a separate time line is)
        self.placement[at] = here + (AUTHOR if author else POSTED if stamp_at == at else WHOLE)
        if stamp_at is not None and stamp_at != at:
            self.placement[stamp_at] = here + POSTED
        wrap = self._wrap_of(blocks)
        joined = [
            (list(idx), [join_wrapped(texts, [self._width(i) for i in idx], wrap)])
            for idx, texts in blocks
            if idx
        ]
        self._record(author, posted, joined, lead=lead, quoted=quoted, reply_to=reply_to)

    def _name(self, name: str) -> str:
        """``name``, as one string with the same name met before (up to ``_NAMES`` names)."""
        known = self.names.get(name)
        if known is not None:
            return known
        if len(self.names) < _NAMES:
            self.names[name] = name
        return name

    def _wrap_of(self, blocks: Sequence[tuple[Sequence[int], Sequence[str]]]) -> int | None:
        """The width a comment's lines were wrapped at: the page's, or narrower, its longest
        line's (a converter lays a comment column out narrower than the page)."""
        if all(len(idx) < 2 for idx, _ in blocks):
            return None  # (no line break to judge)
        if not self.wrap_read:
            self.wrap, self.wrap_read = wrap_width(self.lines), True
        if not self.wrap:
            return self.wrap
        return min(self.wrap, max((self._width(i) for idx, _ in blocks for i in idx), default=0))

    def _width(self, i: int) -> int:
        """How wide line ``i`` is on the page."""
        return len(self.lines[i].rstrip())

    def _record(
        self,
        author: str | None,
        posted: Moment | None,
        blocks: list[tuple[list[int], list[str]]],
        *,
        lead: bool,
        quoted: tuple[str, ...] = (),
        reply_to: int | None = None,
    ) -> None:
        """Append the comment whose body is ``blocks`` (its lines and their texts): each block
        is the commenter's own text or a quoted passage (see :meth:`_passage`; ``lead``: the
        first block is set off as one); the last line loses its button labels."""
        index = len(self.comments)
        here = code_of(index)
        own: list[str] = []
        passages: list[str] = []
        as_written: list[str] = []  # (the passages' blocks, quote marks and all)
        source: int | None = None
        for n, (idx, text_lines) in enumerate(blocks):
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
            opening = n == 0 and len(blocks) > 1  # (the commenter's own text follows)
            # (a comment of one block is its writer's text whatever it says: see below)
            passage, repeated = (
                self._passage(block, lead=lead and n == 0, opening=opening)
                if len(blocks) > 1
                else (None, False)
            )
            if repeated and n == len(blocks) - 1 and self._signature(block, n):
                passage = None
            if passage is not None:
                passages.append(passage)
                as_written.append(block)
                for i in idx:
                    self.placement[i] = here + QUOTED
                if source is None:
                    source = self._source_of(passage)
            else:
                own.append(block)
                for i in idx:
                    self.placement[i] = here + TEXT
        if not own and passages:
            # A comment of nothing but passages is the commenter's own text (a reply in quote
            # marks, or words said again).
            own, passages, source = as_written, [], None
            for idx, _ in blocks:
                for i in idx:
                    self.placement[i] = here + TEXT
        if len(blocks) > 1:
            self._closing(blocks[-1][1])
        text = "\n\n".join(own)
        at = self._at_reply(text, index)
        answers = at if at is not None else source if source is not None else reply_to
        self.comments.append(trusted_comment(author, posted, text, (*passages, *quoted), answers))
        if author:
            self.by_author[author.lower()] = index
            first, _, rest = author.lower().partition(" ")
            if rest:
                self.by_first[first] = index
        self._own(text)

    def _signature(self, block: str, n: int) -> bool:
        """Whether the closing ``block`` of a comment, the ``n``-th, is a signature: below the
        commenter's own text, the same words as a whole paragraph of the article or as the
        close of an earlier comment with text above it (``Sent from my phone``, a forum
        member's motto)."""
        if n == 0:
            return False
        low = block.lower()
        # (a forum's first posts may have been read as the article; asked only of a repeated
        # closing block, so the article's paragraphs are looked through then, not kept)
        return low in self.closings or any(
            len(p) <= _SIGNATURE_CHARS and p.lower() == low
            for p in self.article_paragraphs[-_NAMES:]
        )

    def _closing(self, text_lines: list[str]) -> None:
        """Remember the closing block of a comment with text above it (see ``_signature``),
        when it is short enough to be a signature."""
        if (
            text_lines
            and len(self.closings) < _NAMES
            and sum(map(len, text_lines)) <= _SIGNATURE_CHARS
        ):
            self.closings.add("\n".join(text_lines).lower())

    def _own(self, text: str) -> None:
        self.own_low.append(text.lower())
        self.own_norm.append(None)
        gone = len(self.own_low) - 1 - _WINDOW
        if gone >= 0:  # out of the window for good: never looked at again
            self.own_low[gone] = ""
            self.own_norm[gone] = None

    def _postings(self) -> dict[str, list[int]]:
        """``postings`` brought up to date; comments already out of the window are skipped
        (the window only moves on, so they are never looked up)."""
        low, postings = self.own_low, self.postings
        for index in range(max(self.posted, len(low) - _WINDOW), len(low)):
            for word in set(_PROBE.findall(low[index])):
                found = postings.get(word)
                if found is None:
                    postings[word] = [index]
                else:
                    found.append(index)
        self.posted = len(low)
        return postings

    def _joined(self) -> str:
        """The texts of all comments so far, one a line (a short thread: all in the window)."""
        if self.joined_of != len(self.own_low):
            self.joined = "\n".join(self.own_low)
            self.joined_of = len(self.own_low)
        return self.joined

    def _passage(self, block: str, *, lead: bool, opening: bool = False) -> tuple[str | None, bool]:
        """The quoted passage a block is (or ``None``: the commenter's own text), and whether
        it was recognised only because it repeats earlier text (from ``_MIN_REPEAT_WORDS``
        words on, or ``_MIN_LEAD_REPEAT_WORDS`` for the ``opening`` block of several)."""
        if lead:
            return fold(block), False
        closing = _WRAP.get(block[:1])
        if closing is not None and block.endswith(closing) and len(block) > 2:
            inner = block[1:-1]
            if block[0] not in inner and closing not in inner:
                return fold(inner), False
        low = block.lower()
        probe = _probe(low)
        in_article = probe is None or _holds(self.article_low, probe)  # (it may be, by its probe)
        if probe is not None and not in_article and not self._in_window(probe):
            return None, False
        words = _WORDS.findall(low)
        least = _MIN_LEAD_REPEAT_WORDS if opening else _MIN_REPEAT_WORDS
        if len(words) >= least and (
            (in_article and self._in_article(words))
            or self._latest_holding(words, probe) is not None
        ):
            return fold(block), True
        return None, False

    def _in_article(self, words: list[str]) -> bool:
        """Whether the article holds ``words`` (see :func:`_holds_words`). The first few
        questions about an article of common length are answered in place; past them, or for
        a long article, the article's words are joined once and searched, so a long thread of
        repeated passages costs one pass over the article."""
        if self.article_norm is None:
            if self.article_asked < _ASK_IN_PLACE and len(self.article_low) <= _IN_PLACE_CHARS:
                self.article_asked += 1
                return _holds_words(self.article_low, words)
            self.article_norm = f" {' '.join(_WORDS.findall(self.article_low))} "
        return f" {' '.join(words)} " in self.article_norm

    def _in_window(self, probe: tuple[str, ...]) -> bool:
        """Whether every probe word is a word of one of the last ``_WINDOW`` comments."""
        if len(self.own_low) <= _SEARCH_UP_TO:
            joined = self._joined()
            return all(_has_word(joined, word) for word in probe)
        postings = self._postings() if self.posted < len(self.own_low) else self.postings
        lo = len(self.own_low) - _WINDOW
        for word in probe:
            found = postings.get(word)
            if found is None or found[-1] < lo:
                return False
        return True

    def _latest_holding(self, words: list[str], probe: tuple[str, ...] | None) -> int | None:
        """The latest of the last ``_WINDOW`` comments whose own text holds ``words`` (each
        comment's words are joined once, when it is first asked about: a thread that repeats
        itself asks about the same comments again and again)."""
        low, norm = self.own_low, self.own_norm
        needle = f" {' '.join(words)} "
        lo = max(len(low) - _WINDOW, 0)
        candidates: Sequence[int] = range(lo, len(low))
        if probe is not None and len(low) > _SEARCH_UP_TO:
            postings = self._postings() if self.posted < len(low) else self.postings
            candidates = postings.get(probe[0], ())
        for i in reversed(candidates):
            if i < lo:
                break
            if probe is not None and not _holds(low[i], probe):
                continue
            own = norm[i]
            if own is None:
                own = norm[i] = f" {' '.join(_WORDS.findall(low[i]))} "
            if needle in own:
                return i
        return None

    def _source_of(self, passage: str) -> int | None:
        """The latest earlier comment whose own text holds ``passage``."""
        low = passage.lower()
        words = _WORDS.findall(low)
        return self._latest_holding(words, _probe(low)) if words else None

    def _at_reply(self, text: str, index: int) -> int | None:
        """The comment an ``@Name`` opening answers: the latest earlier one by that author.

        The longest earlier author name that the text after ``@`` starts with wins
        (``@Ahmer Ali: …`` answers *Ahmer Ali*, not *Ahmer*); else the latest writer whose
        name of two words or more opens with the first word (``@Orla`` answers *Orla
        Fenwick*: commenters call each other by their first names).
        """
        m = _AT.match(text) if text[:1] == "@" else None
        if m is None:
            return None
        wanted = m.group("name").lower()
        for end in range(len(wanted), 0, -1):
            if end < len(wanted) and wanted[end].isalnum():
                continue  # not the end of a word
            found = self.by_author.get(wanted[:end].rstrip())
            if found is not None:
                return found
        first = _FIRST_WORD.match(wanted)
        return self.by_first.get(first.group()) if first is not None else None
