"""The records: construction, invariants, immutability, hashing, pickling."""

from __future__ import annotations

import pickle
from datetime import date, datetime

import attrs
import pytest
from hypothesis import given

from newsparse import Article, Comment, Quote

from .strategies import articles


def test_keyword_only_and_defaults() -> None:
    with pytest.raises(TypeError):
        Article("A title")  # type: ignore[call-arg]
    a = Article(title="A title")
    assert a.authors == () and a.paragraphs == () and a.comments == () and a.quotes == ()
    assert a.published is None and a.comment_count is None and a.body == ""


def test_lists_become_tuples_and_records_are_frozen() -> None:
    a = Article(title="T", authors=["Ann", "Bo"], paragraphs=["One.", "Two."])
    assert a.authors == ("Ann", "Bo")
    assert a.body == "One.\n\nTwo."
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.title = "other"  # type: ignore[misc]
    assert not hasattr(a, "__dict__")  # slotted


@given(articles())
def test_hash_eq_pickle(article: Article) -> None:
    clone = pickle.loads(pickle.dumps(article))
    assert clone == article
    assert hash(clone) == hash(article)
    assert attrs.evolve(article, title=article.title + "x") != article


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"text": "abc", "paragraph": 0, "start": 0, "end": 2}, "end - start"),
        ({"text": "abc", "paragraph": -1, "start": 0, "end": 3}, "paragraph: must be >= 0"),
        ({"text": "abc", "paragraph": 0, "start": -3, "end": 0}, "start: must be >= 0"),
        ({"text": 3, "paragraph": 0, "start": 0, "end": 0}, "text: expected a string"),
        ({"text": "", "paragraph": True, "start": 0, "end": 0}, "paragraph: expected an integer"),
    ],
)
def test_quote_invariants(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises((TypeError, ValueError), match=message):
        Quote(**kwargs)  # type: ignore[arg-type]


def test_quote_must_slice_its_paragraph() -> None:
    q = Quote(text="rain", speaker="Ann", cue="said", paragraph=0, start=4, end=8)
    Article(title="T", paragraphs=["The rain came."], quotes=[q])
    with pytest.raises(
        ValueError, match=r"quotes\[0\].text: does not equal paragraphs\[0\]\[4:8\]"
    ):
        Article(title="T", paragraphs=["The snow came."], quotes=[q])
    with pytest.raises(ValueError, match=r"quotes\[0\].paragraph: 0 is out of range"):
        Article(title="T", quotes=[q])


def test_reply_must_point_to_an_earlier_comment() -> None:
    first = Comment(author="Ann", text="Yes.")
    Article(title="T", comments=[first, Comment(text="No.", reply_to=0)])
    with pytest.raises(ValueError, match=r"comments\[0\].reply_to: 0 does not point"):
        Article(title="T", comments=[Comment(text="Self.", reply_to=0)])
    with pytest.raises(ValueError, match="reply_to: must be >= 0"):
        Comment(text="x", reply_to=-1)


def test_counts_and_types_are_checked() -> None:
    with pytest.raises(ValueError, match="comment_count: must be >= 0"):
        Article(title="T", comment_count=-2)
    with pytest.raises(TypeError, match="published: expected a date"):
        Article(title="T", published="2012-08-05")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="single string"):
        Article(title="T", authors="Ann")
    with pytest.raises(TypeError, match=r"authors\[1\]: expected a string"):
        Article(title="T", authors=["Ann", 5])
    with pytest.raises(TypeError, match=r"comments\[0\]: expected a Comment"):
        Article(title="T", comments=["hi"])


def test_dates_keep_their_kind() -> None:
    a = Article(title="T", published=date(2012, 8, 5), updated=datetime(2012, 8, 5, 11, 21))
    assert type(a.published) is date and type(a.updated) is datetime
