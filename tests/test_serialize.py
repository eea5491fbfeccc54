"""Serializers: round trips, and every mangled document rejected with its path named."""

from __future__ import annotations

import copy
import io
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Comment, DecodeError, Quote

from .strategies import articles


@given(articles())
def test_dict_round_trip(article: Article) -> None:
    assert newsparse.from_dict(newsparse.to_dict(article)) == article


@given(articles())
def test_json_round_trip_str_and_bytes(article: Article) -> None:
    doc = newsparse.to_json(article)
    assert newsparse.from_json(doc) == article
    assert newsparse.from_json(doc.encode("utf-8")) == article
    assert json.loads(doc) == newsparse.to_dict(article)


@given(st.lists(articles(), max_size=4))
def test_jsonl_round_trip(items: list[Article]) -> None:
    buf = io.BytesIO()
    assert newsparse.to_jsonl(items, buf) == len(items)
    assert buf.getvalue().count(b"\n") == len(items)
    assert list(newsparse.from_jsonl(io.BytesIO(buf.getvalue()))) == items


def test_dates_keep_kind_and_offset() -> None:
    aware = datetime(2012, 8, 5, 11, 21, tzinfo=timezone(timedelta(hours=5)))
    a = Article(
        title="T",
        published=date(2012, 8, 5),
        updated=aware,
        comments=[Comment(text="x", posted=datetime(2012, 8, 5, 0, 5))],
    )
    d = newsparse.to_dict(a)
    assert d["published"] == "2012-08-05"
    assert d["updated"] == "2012-08-05T11:21:00+05:00"
    assert d["comments"][0]["posted"] == "2012-08-05T00:05:00"
    back = newsparse.from_dict(d)
    assert type(back.published) is date
    assert isinstance(back.updated, datetime)
    assert back.updated.utcoffset() == timedelta(hours=5)
    assert back.comments[0].posted.tzinfo is None  # type: ignore[union-attr]


def test_jsonl_file_path_and_lazy_reading(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    newsparse.to_jsonl((Article(title=str(i)) for i in range(3)), path)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(2, "")
    lines.append('{"title": 7}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reader = newsparse.from_jsonl(path)
    assert [next(reader).title for _ in range(3)] == ["0", "1", "2"]
    with pytest.raises(DecodeError) as info:
        next(reader)
    assert info.value.lineno == 5
    assert info.value.errors == ("title: expected a string, got a number",)
    assert str(info.value).startswith("line 5: title:")


def test_jsonl_truncated_line_names_the_line() -> None:
    doc = newsparse.to_json(Article(title="One")) + "\n" + newsparse.to_json(Article(title="Two"))
    with pytest.raises(DecodeError, match=r"^line 2: \$: not valid JSON"):
        list(newsparse.from_jsonl(io.StringIO(doc[:-5])))


def test_error_is_a_value_error_and_names_every_path() -> None:
    doc = {
        "title": "T",
        "authors": "Ann",
        "comments": [{"text": "hi", "posted": "Aug 5"}, {"text": 3, "colour": "red"}],
    }
    with pytest.raises(ValueError) as info:  # noqa: PT011 - the type is DecodeError, checked below
        newsparse.from_dict(doc)
    assert isinstance(info.value, DecodeError)
    assert set(info.value.errors) == {
        "authors: expected an array, got a string",
        "comments[0].posted: not an ISO date: 'Aug 5'",
        "comments[1].text: expected a string, got a number",
        "comments[1]: unknown field(s): colour",
    }


@pytest.mark.parametrize(
    "doc",
    [b"\xff\xfe{", "", "[1, 2]", "null", '{"title": "T"} extra', "[" * 100_000 + "]" * 100_000],
)
def test_bad_json_text(doc: str | bytes) -> None:
    with pytest.raises(DecodeError):
        newsparse.from_json(doc)


def test_not_text_at_all() -> None:
    with pytest.raises(DecodeError, match="expected JSON text, got int"):
        newsparse.from_json(5)  # type: ignore[arg-type]


# --- a generated family of mangled documents ------------------------------------------------

SAMPLE = Article(
    title="Storm closes harbour",
    published=date(2024, 3, 1),
    paragraphs=("“We stay ashore,” said Ina Berg.", "Boats waited."),
    quotes=(
        Quote(text="We stay ashore,", speaker="Ina Berg", cue="said", paragraph=0, start=1, end=16),
    ),
    comment_count=2,
    comments=(
        Comment(author="Rolf", posted=datetime(2024, 3, 1, 9, 30), text="Wise."),
        Comment(author="Ina", text="Thanks.", quoted=("Wise.",), reply_to=0),
    ),
)

WRONG = {str: 5, int: "5", list: "x", date: 20240301, type(None): None}


def _fields(doc: dict[str, Any], prefix: str = "") -> list[tuple[str, dict[str, Any], str]]:
    """Every (path, containing dict, key) in a to_dict document."""
    out = []
    for key, value in doc.items():
        path = f"{prefix}{key}"
        out.append((path, doc, key))
        if isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    out.extend(_fields(item, f"{path}[{i}]."))
    return out


PATHS = [p for p, _, _ in _fields(newsparse.to_dict(SAMPLE))]
REQUIRED = {"title", "text", "paragraph", "start", "end"}


def _locate(doc: dict[str, Any], path: str) -> tuple[dict[str, Any], str]:
    for p, holder, key in _fields(doc):
        if p == path:
            return holder, key
    raise AssertionError(path)


@given(st.sampled_from(PATHS), st.sampled_from(["type", "missing", "date", "unknown"]))
def test_mangled_documents_name_their_path(path: str, how: str) -> None:
    doc = copy.deepcopy(newsparse.to_dict(SAMPLE))
    holder, key = _locate(doc, path)
    value = holder[key]
    parent = path.rpartition(".")[0]
    if how == "type":
        holder[key] = [value] if isinstance(value, str | type(None)) else {"x": value}
        expect = path
    elif how == "missing":
        if key not in REQUIRED:
            return
        del holder[key]
        expect = path
    elif how == "date":
        if key not in ("published", "updated", "posted"):
            return
        holder[key] = "1 March 2024"
        expect = path
    else:
        holder["bogus"] = 1
        expect = parent or "$"
    with pytest.raises(DecodeError) as info:
        newsparse.from_dict(doc)
    assert any(e.startswith(expect + ":") for e in info.value.errors), info.value.errors


@given(st.sampled_from(["start", "end", "paragraph"]), st.integers(min_value=1, max_value=50))
def test_out_of_range_offsets_are_rejected(key: str, delta: int) -> None:
    doc = copy.deepcopy(newsparse.to_dict(SAMPLE))
    doc["quotes"][0][key] += delta
    with pytest.raises(DecodeError) as info:
        newsparse.from_dict(doc)
    assert all(e.startswith("quotes[0].") for e in info.value.errors), info.value.errors


@given(st.integers(min_value=1, max_value=len(newsparse.to_json(SAMPLE)) - 1))
def test_truncated_documents_are_rejected(cut: int) -> None:
    with pytest.raises(DecodeError):
        newsparse.from_json(newsparse.to_json(SAMPLE)[:cut])


def test_reply_to_a_later_comment_is_rejected() -> None:
    doc = newsparse.to_dict(SAMPLE)
    doc["comments"][0]["reply_to"] = 1
    with pytest.raises(DecodeError, match=r"comments\[0\].reply_to"):
        newsparse.from_dict(doc)


def test_unknown_keys_can_be_allowed() -> None:
    doc = {"title": "T", "lang": "en", "comments": [{"text": "hi", "likes": 3}]}
    with pytest.raises(DecodeError):
        newsparse.from_dict(doc)
    article = newsparse.from_dict(doc, allow_unknown=True)
    assert article == Article(title="T", comments=(Comment(text="hi"),))
    assert newsparse.from_json(json.dumps(doc), allow_unknown=True) == article


def test_every_json_lines_record_ends_with_a_newline(tmp_path: Path) -> None:
    """Files written apart join with ``cat``: no record is glued to the next (issue 15, §8)."""
    items = [Article(title="One"), Article(title="Two\nlines", paragraphs=["a\nb"])]
    text, binary, path = io.StringIO(), io.BytesIO(), tmp_path / "part.jsonl"
    for out in (text, binary, path):
        assert newsparse.to_jsonl(items, out) == 2
    for data in (text.getvalue().encode(), binary.getvalue(), path.read_bytes()):
        assert data.endswith(b"\n") and data.count(b"\n") == 2
    joined = tmp_path / "joined.jsonl"
    joined.write_bytes(path.read_bytes() + binary.getvalue())
    assert list(newsparse.from_jsonl(joined)) == items * 2
