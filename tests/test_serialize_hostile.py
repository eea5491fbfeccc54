"""from_json / from_jsonl on hostile documents: always DecodeError, fast, in bounded memory.

Every case runs twice: through orjson (when installed) and through the standard library
``json`` (the path used without the ``fast`` extra), whose limits differ.
"""

from __future__ import annotations

import io
import json
import tracemalloc
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Comment, DecodeError, Quote, _serialize

from .strategies import articles


@pytest.fixture(params=["orjson", "stdlib"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "orjson":
        pytest.importorskip("orjson")
    else:
        monkeypatch.setattr(_serialize, "_orjson", lambda: None)
    return str(request.param)


DEEP = 100_000
HOSTILE: dict[str, str] = {
    "deep arrays": "[" * DEEP + "]" * DEEP,
    "deep objects": '{"a":' * DEEP + "1" + "}" * DEEP,
    "deep in a field": '{"title": "T", "comments": ' + "[" * DEEP + "]" * DEEP + "}",
    "deep in a comment": '{"title": "T", "comments": [{"text": ' + "[" * DEEP + "]" * DEEP + "}]}",
    "huge integer": '{"title": "T", "comment_count": ' + "9" * 1_000_000 + "}",
    "huge exponent": '{"title": "T", "comment_count": 1e1000000}',
    "huge negative integer": '{"title": "T", "comment_count": -' + "9" * 5000 + "}",
    "integer past the digit limit as offset": (
        '{"title": "T", "paragraphs": ["x"], "quotes": [{"text": "x", "paragraph": 0,'
        ' "start": 0, "end": ' + "1" * 4301 + "}]}"
    ),
    "NaN": '{"title": "T", "comment_count": NaN}',
    "long string as date": '{"title": "T", "published": "' + "2" * 1_000_000 + '"}',
    "long string as array": '{"title": "T", "authors": "' + "a" * 1_000_000 + '"}',
    "long unknown key": '{"title": "T", "' + "k" * 1_000_000 + '": 1}',
    "long unterminated string": '{"title": "' + "t" * 1_000_000,
    "many unknown keys": "{" + ",".join(f'"k{i}": 1' for i in range(2_000)) + ', "title": "T"}',
    "many bad comments": '{"title": "T", "comments": [' + ",".join(["7"] * 5_000) + "]}",
}

#: A wrong value for every type the format uses, and where each kind of value lives.
WRONG_VALUES: list[Any] = [None, True, 0, -1, 1.5, "", "x", [], [None], {}, {"x": 1}]
LEVELS = [
    "$",
    "title",
    "subtitle",
    "authors",
    "authors[0]",
    "published",
    "paragraphs",
    "paragraphs[0]",
    "quotes",
    "quotes[0]",
    "quotes[0].text",
    "quotes[0].speaker",
    "quotes[0].paragraph",
    "quotes[0].start",
    "quotes[0].end",
    "comment_count",
    "comments",
    "comments[0]",
    "comments[0].author",
    "comments[0].posted",
    "comments[0].text",
    "comments[0].quoted",
    "comments[0].quoted[0]",
    "comments[1].reply_to",
]
SAMPLE = Article(
    title="T",
    subtitle="S",
    authors=("A",),
    paragraphs=("“Hi,” she said.",),
    quotes=(Quote(text="Hi,", paragraph=0, start=1, end=4, speaker="she", cue="said"),),
    comment_count=2,
    comments=(Comment(author="x", text="y", quoted=("q",)), Comment(text="z", reply_to=0)),
)


def _decode_fails_fast(doc: str | bytes, limit: int) -> DecodeError:
    """from_json raises DecodeError, and its peak allocation stays under ``limit`` bytes."""
    tracemalloc.start()
    try:
        with pytest.raises(DecodeError) as info:
            newsparse.from_json(doc)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak <= limit, f"peak {peak} bytes for a {len(doc)}-byte document"
    assert len(str(info.value)) < 10_000  # the message stays readable, whatever the input
    return info.value


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_documents_raise_decode_error(name: str, backend: str) -> None:
    doc = HOSTILE[name]
    error = _decode_fails_fast(doc, limit=20 * len(doc) + 1_000_000)
    assert error.errors and all(": " in e for e in error.errors)
    assert _decode_fails_fast(doc.encode(), limit=20 * len(doc) + 1_000_000).errors == error.errors


def test_deep_nesting_names_the_problem(backend: str) -> None:
    error = _decode_fails_fast(HOSTILE["deep arrays"], limit=50_000_000)
    assert error.errors[0].startswith("$: ")


def test_error_messages_are_cut_short() -> None:
    error = _decode_fails_fast(HOSTILE["long string as date"], limit=30_000_000)
    assert error.errors == (f"published: not an ISO date: {'2' * 60!r}",)
    error = _decode_fails_fast(HOSTILE["long unknown key"], limit=30_000_000)
    assert len(error.errors[0]) < 200, error.errors[0][:200]


def _set(doc: Any, path: str, value: Any) -> Any:
    """Replace the value at ``path`` (``$`` is the whole document)."""
    if path == "$":
        return value
    parts = [p for p in path.replace("]", "").replace("[", ".").split(".") if p]
    holder = doc
    for part in parts[:-1]:
        holder = holder[int(part)] if part.isdigit() else holder[part]
    last = parts[-1]
    holder[int(last) if last.isdigit() else last] = value
    return doc


@pytest.mark.parametrize("level", LEVELS)
def test_wrong_types_at_every_level(level: str, backend: str) -> None:
    for wrong in WRONG_VALUES:
        doc = _set(newsparse.to_dict(SAMPLE), level, wrong)
        text = json.dumps(doc)
        try:
            article = newsparse.from_json(text)
        except DecodeError as exc:
            root = level.split("[")[0] if level != "$" else ""
            # emptying the paragraphs also strands the quote that slices them
            roots = (root, "quotes") if root == "paragraphs" else (root,)
            assert any(e.startswith(roots) for e in exc.errors), (wrong, exc.errors)  # noqa: PT017
        else:  # only values of the right type get through: null for an optional field, ...
            assert newsparse.from_json(newsparse.to_json(article)) == article
            assert article == newsparse.from_dict(doc)


@given(articles(), st.data())
def test_fast_and_general_readers_agree(article: Article, data: st.DataObject) -> None:
    """The fast reader and the general (cattrs) one give the same article or the same errors."""
    doc = newsparse.to_dict(article)
    fields = [(k, v) for k, v in doc.items() if k != "title"]
    if fields:
        key, _ = data.draw(st.sampled_from(fields))
        doc[key] = data.draw(st.sampled_from(WRONG_VALUES))
    fast: Article | str
    general: Article | str
    try:
        fast = _serialize._fast_article(doc, False)
    except Exception:
        fast = "rejected"
    try:
        general = _serialize._converter(False).structure(doc, Article)
    except Exception:
        general = "rejected"
    assert fast == general


def test_fast_reader_knows_every_validator() -> None:
    """The fast reader re-checks the records' validators inline: a new one must be added there."""

    def names(cls: type) -> list[tuple[str, str]]:
        return [
            (field.name, getattr(v, "__qualname__", type(v).__name__))
            for field in attrs.fields(cls)
            for v in getattr(field.validator, "_validators", (field.validator,))
        ]

    assert names(Quote) == [
        ("text", "_is_type.<locals>.check"),
        ("speaker", "_optional.<locals>.check"),
        ("cue", "_optional.<locals>.check"),
        ("paragraph", "_is_type.<locals>.check"),
        ("paragraph", "_non_negative"),
        ("start", "_is_type.<locals>.check"),
        ("start", "_non_negative"),
        ("end", "_is_type.<locals>.check"),
        ("end", "_non_negative"),
    ]
    assert names(Comment) == [
        ("author", "_optional.<locals>.check"),
        ("posted", "_optional.<locals>.check"),
        ("text", "_is_type.<locals>.check"),
        ("quoted", "_strings"),
        ("reply_to", "_optional.<locals>.check"),
        ("reply_to", "_non_negative"),
    ]
    assert hasattr(Quote, "__attrs_post_init__") and not hasattr(Comment, "__attrs_post_init__")


@pytest.mark.parametrize("name", ["deep arrays", "huge integer", "long unknown key"])
def test_jsonl_hostile_line_names_its_line(name: str, backend: str) -> None:
    good = newsparse.to_json(SAMPLE)
    stream = io.StringIO(good + "\n" + HOSTILE[name] + "\n" + good + "\n")
    reader = newsparse.from_jsonl(stream)
    assert next(reader) == SAMPLE
    with pytest.raises(DecodeError) as info:
        next(reader)
    assert info.value.lineno == 2


def test_jsonl_invalid_utf8_and_nul_bytes(backend: str) -> None:
    for line in (b"\xff\xfe\xfd\n", b'{"title": "\x00"}\n', b"\x00" * 1000 + b"\n"):
        with pytest.raises(DecodeError) as info:
            list(newsparse.from_jsonl(io.BytesIO(line)))
        assert info.value.lineno == 1
