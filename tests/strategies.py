"""Hypothesis strategies for the records (valid ones, in every corner of their domain)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

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
