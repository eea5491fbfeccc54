"""The standard library and orjson read the same documents the same way (issue 15, §5).

Whichever back end runs, a document is accepted or refused alike, with the same article or
the same messages: integers past 64 bits, implausible counts, a byte-order mark, lone
surrogates, ``NaN`` and deep nesting included.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Comment, DecodeError, _serialize
from newsparse._models import MAX_COUNT

from .strategies import articles

BACKENDS = ("orjson", "stdlib")


@contextmanager
def _backend(name: str) -> Iterator[None]:
    """Force one back end (the ``_orjson`` chooser decides which one runs)."""
    chooser = _serialize._orjson
    if name == "stdlib":
        _serialize._orjson = lambda: None  # type: ignore[assignment]
    try:
        yield
    finally:
        _serialize._orjson = chooser


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "orjson":
        pytest.importorskip("orjson")
    with _backend(str(request.param)):
        yield str(request.param)


def _outcome(read: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return "accepted", read()
    except DecodeError as exc:
        return "refused", (exc.errors, exc.lineno)


def _errors(doc: str | bytes, **options: Any) -> tuple[str, ...]:
    with pytest.raises(DecodeError) as info:
        newsparse.from_json(doc, **options)
    return info.value.errors


# --- counts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "count",
    [10**9 + 1, 2**63, 2**64 - 1, 2**64, 10**20, 10**4000],
    ids=lambda c: f"{len(str(c))}-digits",
)
def test_implausible_counts_are_refused_naming_the_field(count: int, backend: str) -> None:
    doc = f'{{"title": "T", "comment_count": {count}}}'
    expected = (f"comment_count: not a plausible count (more than {MAX_COUNT})",)
    assert _errors(doc) == expected
    assert _errors(doc.encode()) == expected
    assert _errors(doc, allow_unknown=True) == expected


def test_a_billion_is_still_a_count(backend: str) -> None:
    assert newsparse.from_json('{"title": "T", "comment_count": 1000000000}').comment_count == 10**9


def test_from_dict_refuses_implausible_counts_too() -> None:
    with pytest.raises(DecodeError) as info:
        newsparse.from_dict({"title": "T", "comment_count": 2**64})
    assert info.value.errors == (f"comment_count: not a plausible count (more than {MAX_COUNT})",)


@pytest.mark.parametrize("field", ["reply_to", "start", "end", "paragraph"])
def test_huge_integers_elsewhere_get_the_same_message(field: str) -> None:
    doc: dict[str, Any] = {
        "title": "T",
        "paragraphs": ["“Hi,” she said."],
        "quotes": [{"text": "Hi,", "paragraph": 0, "start": 1, "end": 4}],
        "comments": [{"text": "a"}, {"text": "b", "reply_to": 0}],
    }
    holder = doc["comments"][1] if field == "reply_to" else doc["quotes"][0]
    holder[field] = 2**64
    text = json.dumps(doc)
    by_backend = {name: _backend_outcome(name, text) for name in _installed()}
    assert len(set(map(repr, by_backend.values()))) == 1, by_backend
    assert next(iter(by_backend.values()))[0] == "refused"


def test_writers_refuse_an_implausible_count_on_both_back_ends(backend: str) -> None:
    article = Article(title="T", comment_count=99999999999999999999)
    for write in (
        newsparse.to_json,
        newsparse.to_dict,
        lambda a: newsparse.to_jsonl([a], io.StringIO()),
    ):
        with pytest.raises(ValueError, match="comment_count: not a plausible count"):
            write(article)
    assert newsparse.to_json(Article(title="T", comment_count=10**9)).endswith('"comments":[]}')


# --- byte-order mark --------------------------------------------------------------------------


def test_a_leading_bom_is_ignored(backend: str) -> None:
    article = Article(title="Rain", comments=[Comment(text="Finally!")])
    doc = newsparse.to_json(article)
    assert newsparse.from_json("\ufeff" + doc) == article
    assert newsparse.from_json(b"\xef\xbb\xbf" + doc.encode()) == article
    lines = io.BytesIO(b"\xef\xbb\xbf" + doc.encode() + b"\n" + doc.encode() + b"\n")
    assert list(newsparse.from_jsonl(lines)) == [article, article]


def test_a_bom_elsewhere_is_not_json(backend: str) -> None:
    assert _errors('{"title": "T"}\ufeff')[0].startswith("$: not valid JSON")
    assert _errors("\ufeff\ufeff{}")[0].startswith("$: not valid JSON")


# --- lone surrogates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "path"),
    [
        ('{"title": "\\ud800"}', "title"),
        ('{"title": "T", "url": "https://x.org/\\udfff"}', "url"),
        ('{"title": "T", "authors": ["A", "B\\uD83D"]}', "authors[1]"),
        ('{"title": "T", "comments": [{"text": "x", "author": "\\udc00y"}]}', "comments[0].author"),
        (
            '{"title": "T", "comments": [{"text": "x", "quoted": ["\\ud800"]}]}',
            "comments[0].quoted[0]",
        ),
        ('{"title": "\\ude00\\ud83d"}', "title"),  # a pair in the wrong order is two lone ones
    ],
)
def test_lone_surrogate_escapes_are_refused_naming_the_path(
    doc: str, path: str, backend: str
) -> None:
    for form in (doc, doc.encode()):
        errors = _errors(form)
        assert len(errors) == 1 and errors[0].startswith(f"{path}: holds a lone surrogate ")
        errors.__str__().encode("utf-8")  # the message itself is text


def test_lone_surrogates_in_unknown_fields_and_keys_are_refused(backend: str) -> None:
    assert _errors('{"title": "T", "id": "\\ud800"}', allow_unknown=True) == (
        "id: holds a lone surrogate '\\ud800', which is not text",
    )
    assert _errors('{"title": "T", "\\ud800": 1}', allow_unknown=True) == (
        "$: a key holds a lone surrogate: '\\ud800'",
    )


def test_literal_surrogates_in_a_str_document_are_refused(backend: str) -> None:
    assert _errors('{"title": "a\ud800"}') == (
        "title: holds a lone surrogate '\\ud800', which is not text",
    )


def test_encoded_surrogates_in_bytes_are_not_utf8(backend: str) -> None:
    errors = _errors(b'{"title": "\xed\xa0\x80"}')
    assert errors[0].startswith("$: not valid JSON: 'utf-8' codec can't decode")


def test_a_surrogate_pair_is_one_character(backend: str) -> None:
    assert newsparse.from_json('{"title": "\\ud83d\\ude00"}').title == "\U0001f600"


def test_no_article_from_json_holds_a_string_that_is_not_utf8(backend: str) -> None:
    for doc in ('{"title": "\\udbff"}', '{"title": "T", "paragraphs": ["\\ud800"]}'):
        with pytest.raises(DecodeError):
            newsparse.from_json(doc)


# --- other differences between the back ends --------------------------------------------------


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_non_json_constants_are_refused(constant: str, backend: str) -> None:
    doc = f'{{"title": "T", "extra": {constant}}}'
    assert _errors(doc, allow_unknown=True) == (
        f"$: not valid JSON: {constant} is not a JSON value",
    )


def test_utf16_bytes_are_not_utf8(backend: str) -> None:
    assert _errors('{"title": "T"}'.encode("utf-16"))[0].startswith("$: not valid JSON")


def _nested(depth: int) -> str:
    """An article whose unknown field ``x`` makes the document ``depth`` levels deep."""
    inner = depth - 1  # the article object is the first level
    return '{"title": "T", "x": ' + "[" * inner + "]" * inner + "}"


@pytest.mark.parametrize("depth", [_serialize.MAX_DEPTH + 1, 200, 1024, 1025, 5000])
def test_nesting_past_the_limit_is_refused_alike(depth: int, backend: str) -> None:
    expected = (f"$: the document is nested too deeply (more than {_serialize.MAX_DEPTH} levels)",)
    assert _errors(_nested(depth), allow_unknown=True) == expected
    assert _errors(_nested(depth)) == expected


def test_nesting_up_to_the_limit_is_read(backend: str) -> None:
    assert newsparse.from_json(_nested(_serialize.MAX_DEPTH), allow_unknown=True).title == "T"


def test_the_guarded_loader_reads_any_json_value(backend: str) -> None:
    assert _serialize.loads(b'\xef\xbb\xbf{"a": [1, 2.5, "x"]}') == {"a": [1, 2.5, "x"]}
    assert _serialize.loads("18446744073709551616") == 2**64
    with pytest.raises(DecodeError, match="lone surrogate"):
        _serialize.loads('["\\ud800"]')


# --- the same documents through both back ends ------------------------------------------------


def _installed() -> tuple[str, ...]:
    return BACKENDS if _serialize._orjson() is not None else ("stdlib",)


def _backend_outcome(name: str, doc: str | bytes, allow_unknown: bool = False) -> tuple[str, Any]:
    with _backend(name):
        single = _outcome(lambda: newsparse.from_json(doc, allow_unknown=allow_unknown))
        stream: Any = io.BytesIO(doc + b"\n") if isinstance(doc, bytes) else io.StringIO(doc + "\n")
        lines = _outcome(lambda: list(newsparse.from_jsonl(stream, allow_unknown=allow_unknown)))
    if single[0] == "accepted":
        assert lines == ("accepted", [single[1]])
    else:
        assert lines == ("refused", (single[1][0], 1))
    return single


#: Values a mangled document puts somewhere: integers at and past the limits, a lone surrogate,
#: ``NaN``, floats, and (below) deep nesting.
ODD_VALUES = st.sampled_from(
    [
        10**9,
        10**9 + 1,
        2**63 - 1,
        2**63,
        -(2**63) - 1,
        2**64 - 1,
        2**64,
        10**30,
        -1,
        1.5,
        1e19,
        "\ud800",
        "a\udfffb",
        "\U0001f600",
        float("nan"),
    ]
)


def _json_text(value: Any) -> str:
    """JSON text, ``NaN`` and lone surrogates written as the standard library writes them."""
    return json.dumps(value, ensure_ascii=True)


def _places(doc: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path to a value of ``doc``."""
    yield path
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from _places(value, (*path, key))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            yield from _places(value, (*path, i))


def _put(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    holder = doc
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = value
    return doc


#: Stands for a deeply nested array until the document is written out.
NEST = "<nest>"


@st.composite
def documents(draw: st.DrawFn) -> tuple[str | bytes, bool]:
    """A serialized article, maybe mangled; as text or UTF-8 bytes; and ``allow_unknown``."""
    doc: Any = newsparse.to_dict(draw(articles()))
    depth = draw(st.sampled_from([1, 10, 63, 64, 65, 100, 1000, 1023, 1024, 1100, 100_000]))
    for _ in range(draw(st.integers(min_value=0, max_value=2))):
        how = draw(st.sampled_from(["replace", "add", "nest"]))
        value = NEST if how == "nest" else draw(ODD_VALUES)
        if how == "add" and isinstance(doc, dict):
            doc[draw(st.sampled_from(["id", "extra", "\ud800"]))] = value
        else:
            doc = _put(doc, draw(st.sampled_from(list(_places(doc)))), value)
    write = draw(st.sampled_from([_json_text, lambda d: newsparse._serialize.dumps(d, None)]))
    out = write(doc).replace(f'"{NEST}"', "[" * depth + "]" * depth)
    if draw(st.booleans()):
        out = "\ufeff" + out
    as_bytes = draw(st.booleans())
    encoded: str | bytes = out.encode("utf-8", "surrogatepass") if as_bytes else out
    return encoded, draw(st.booleans())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_both_back_ends_accept_the_same_documents(case: tuple[str | bytes, bool]) -> None:
    pytest.importorskip("orjson")
    doc, allow_unknown = case
    fast = _backend_outcome("orjson", doc, allow_unknown)
    slow = _backend_outcome("stdlib", doc, allow_unknown)
    assert fast == slow
    if fast[0] == "accepted":
        article = fast[1]
        assert all(_serialize._is_text(s) for s in _strings(article))
        with _backend("orjson"):
            written = newsparse.to_json(article)
        with _backend("stdlib"):
            assert newsparse.to_json(article) == written
            assert newsparse.from_json(written) == article


def _strings(article: Article) -> Iterator[str]:
    yield from (article.title, *article.authors, *article.paragraphs)
    yield from (s for s in (article.subtitle, article.source, article.section, article.url) if s)
    for c in article.comments:
        yield from (c.text, *c.quoted, *((c.author,) if c.author else ()))
    for q in article.quotes:
        yield from (q.text, *(s for s in (q.speaker, q.cue) if s))
