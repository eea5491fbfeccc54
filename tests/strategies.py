"""Hypothesis strategies for the records (valid ones, in every corner of their domain)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

import attrs
from hypothesis import strategies as st

from newsparse import Article, Comment, Quote

texts = st.text(max_size=30) | st.text(min_size=100, max_size=250)
optional_texts = st.none() | texts

offsets = st.builds(
    lambda minutes: timezone(timedelta(minutes=minutes)),
    st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59),
)
#: A date, a naive datetime or an aware one (fixed offsets round-trip exactly through ISO 8601).
moments: st.SearchStrategy[date | datetime] = st.one_of(
    st.dates(),
    st.datetimes(),
    st.datetimes(timezones=offsets),
)
optional_moments = st.none() | moments


@st.composite
def quotes_in(draw: st.DrawFn, paragraphs: tuple[str, ...]) -> Quote:
    """A quote whose offsets slice one of ``paragraphs`` (which must not be empty)."""
    index = draw(st.integers(min_value=0, max_value=len(paragraphs) - 1))
    para = paragraphs[index]
    start = draw(st.integers(min_value=0, max_value=len(para)))
    end = draw(st.integers(min_value=start, max_value=len(para)))
    return Quote(
        text=para[start:end],
        speaker=draw(optional_texts),
        cue=draw(st.none() | st.sampled_from(["said", "told", "according to"])),
        paragraph=index,
        start=start,
        end=end,
    )


@st.composite
def standalone_quotes(draw: st.DrawFn) -> Quote:
    """A quote on its own (its paragraph index need not exist)."""
    text = draw(texts)
    start = draw(st.integers(min_value=0, max_value=10_000))
    return Quote(
        text=text,
        speaker=draw(optional_texts),
        cue=draw(optional_texts),
        paragraph=draw(st.integers(min_value=0, max_value=1000)),
        start=start,
        end=start + len(text),
    )


@st.composite
def comment_lists(draw: st.DrawFn, max_size: int = 6) -> tuple[Comment, ...]:
    """Comments whose ``reply_to`` always points to an earlier one."""
    size = draw(st.integers(min_value=0, max_value=max_size))
    return tuple(
        Comment(
            author=draw(optional_texts),
            posted=draw(optional_moments),
            text=draw(texts),
            quoted=tuple(draw(st.lists(texts, max_size=2))),
            reply_to=draw(st.none() | st.integers(min_value=0, max_value=i - 1)) if i else None,
        )
        for i in range(size)
    )


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Any valid article: all Unicode, empty and long values, both date kinds."""
    paragraphs = tuple(draw(st.lists(texts, max_size=5)))
    quotes = tuple(draw(st.lists(quotes_in(paragraphs), max_size=4))) if paragraphs else ()
    return Article(
        title=draw(texts),
        subtitle=draw(optional_texts),
        authors=tuple(draw(st.lists(texts, max_size=3))),
        published=draw(optional_moments),
        updated=draw(optional_moments),
        source=draw(optional_texts),
        section=draw(optional_texts),
        url=draw(optional_texts),
        paragraphs=paragraphs,
        quotes=quotes,
        comment_count=draw(st.none() | st.integers(min_value=0, max_value=10**6)),
        comments=draw(comment_lists()),
    )


comments = comment_lists(max_size=1).filter(bool).map(lambda cs: cs[0])

st.register_type_strategy(Article, articles())
st.register_type_strategy(Quote, standalone_quotes())
st.register_type_strategy(Comment, comments)


# --- articles in the renderable domain (single-line, white-space-normalised fields) ----------

_RESERVED = {"and", "und", "et", "the", "comments", "comment", "reply", "report", "recommend"}
_SYLLABLES = [
    "ka",
    "lo",
    "mé",
    "rin",
    "tsu",
    "vel",
    "dor",
    "ñu",
    "ça",
    "bö",
    "sig",
    "üm",
    "fra",
    "pel",
]
_WORDS = sorted(
    {a + b + c for a in _SYLLABLES for b in _SYLLABLES for c in ("", "n", "st", "ar")} - _RESERVED
)
_words = st.sampled_from(_WORDS)
_caps = _words.map(str.capitalize)


def _sentences(min_words: int = 3, max_words: int = 8) -> st.SearchStrategy[str]:
    return st.lists(_words, min_size=min_words, max_size=max_words).map(
        lambda ws: " ".join([ws[0].capitalize(), *ws[1:]]) + "."
    )


_paragraphs = st.lists(_sentences(), min_size=1, max_size=2).map(" ".join)
_names = st.lists(_caps, min_size=1, max_size=3).map(" ".join)
_minute_times = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)
_days = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


@st.composite
def _renderable_comments(draw: st.DrawFn) -> tuple[Comment, ...]:
    out: list[Comment] = []
    for i in range(draw(st.integers(min_value=0, max_value=5))):
        author = draw(st.none() | _names)
        posted = draw(_minute_times) if author is not None else draw(st.none() | _minute_times)
        text = "\n\n".join(draw(st.lists(_paragraphs, min_size=1, max_size=2)))
        quoted = tuple(draw(st.lists(_paragraphs, max_size=1)))
        reply_to = None
        earlier = sorted({c.author for c in out if c.author})
        answer: bool = draw(st.booleans())
        if earlier and answer:
            name = draw(st.sampled_from(earlier))
            reply_to = max(j for j, c in enumerate(out) if c.author == name)
            text = f"@{name}, {text[0].lower()}{text[1:]}"
        out.append(
            Comment(author=author, posted=posted, text=text, quoted=quoted, reply_to=reply_to)
        )
        del i
    return tuple(out)


def _tagger() -> Callable[[str], str]:
    """Prefix each text with a word of its own, so no two generated passages repeat each other
    (a repeated passage is, by the layout's rules, a quotation)."""
    count = iter(range(10**9))

    def tag(text: str) -> str:
        n, letters = next(count), ""
        while True:
            n, r = divmod(n, 26)
            letters += chr(ord("a") + r)
            if not n:
                break
        if text.startswith("@"):
            head, _, rest = text.partition(", ")
            return f"{head}, qx{letters} {rest}"
        return f"Qx{letters} {text}"

    return tag


@st.composite
def renderable_articles(draw: st.DrawFn) -> Article:
    """Articles that :func:`newsparse.render` writes and :func:`newsparse.parse` reads back."""
    tag = _tagger()
    comments = tuple(
        attrs.evolve(
            c,
            text="\n\n".join(tag(block) for block in c.text.split("\n\n")),
            quoted=tuple(tag(q) for q in c.quoted),
        )
        for c in draw(_renderable_comments())
    )
    count = draw(st.none() | st.integers(min_value=0, max_value=60))
    return Article(
        title=draw(_names.map(lambda n: n + " " + "news")),
        subtitle=draw(st.none() | _sentences()),
        authors=tuple(draw(st.lists(_names.filter(lambda n: " " in n), max_size=2))),
        published=draw(st.none() | _days | _minute_times),
        updated=draw(st.none() | _days),
        source=draw(st.none() | _names.map(lambda n: "The " + n)),
        section=draw(st.none() | _names),
        paragraphs=tuple(tag(p) for p in draw(st.lists(_paragraphs, min_size=1, max_size=4))),
        comment_count=count,
        comments=comments,
    )
