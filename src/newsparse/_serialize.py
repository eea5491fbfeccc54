"""Serializers: dicts, JSON and JSON Lines, with errors that name the offending path.

The JSON form uses the field names of the records; dates are ISO 8601 strings that keep their
kind (``"2012-08-05"`` is a date, ``"2012-08-05T11:21:00"`` a naive datetime, an offset makes
it aware); tuples become arrays and ``None`` becomes ``null``.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import IO, TYPE_CHECKING, Any, cast

from newsparse._models import (
    MAX_COUNT,
    Article,
    Comment,
    Quote,
    trusted_comment,
    trusted_quote,
)

if TYPE_CHECKING:
    import cattrs

__all__ = ["DecodeError", "from_dict", "from_json", "from_jsonl", "to_dict", "to_json", "to_jsonl"]


class DecodeError(ValueError):
    """A document could not be read back into an :class:`~newsparse.Article`.

    ``errors`` lists one message per offending field, each starting with its path
    (``comments[1].posted: not an ISO date: 'Aug 5'``); ``lineno`` is the 1-based line of a
    JSON Lines file, else ``None``.

    >>> try:
    ...     from_dict({"title": "T", "comments": [{"text": "hi", "posted": "Aug 5"}]})
    ... except DecodeError as exc:
    ...     print(exc.errors)
    ("comments[0].posted: not an ISO date: 'Aug 5'",)
    """

    def __init__(self, errors: Iterable[str], *, lineno: int | None = None) -> None:
        self.errors: tuple[str, ...] = tuple(errors) or ("the document is not valid",)
        self.lineno = lineno
        where = f"line {lineno}: " if lineno is not None else ""
        shown = "; ".join(self.errors[:_SHOWN])
        if len(self.errors) > _SHOWN:
            shown += f"; and {len(self.errors) - _SHOWN} more"
        super().__init__(where + shown)


#: How many errors the message of a :class:`DecodeError` lists (``errors`` keeps them all).
_SHOWN = 20


#: How deeply a JSON document may nest: an article needs 4 levels; the limit stays far below
#: the recursion limits of both back ends (orjson: 1024), so both refuse the same documents.
MAX_DEPTH = 64

_NOT_PLAUSIBLE = f"not a plausible count (more than {MAX_COUNT})"


# --- dict form --------------------------------------------------------------------------------


def _unstructure_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _structure_date(value: Any, _: Any) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Invalid(f"expected an ISO date string or null, got {_kind(value)}")
    try:
        if "T" in value or " " in value:
            return datetime.fromisoformat(value)
        if len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise _Invalid(f"not an ISO date: {value[:60]!r}")


class _Invalid(ValueError):
    """A value of the wrong shape (its message becomes the text after the path)."""


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)


def _structure_str(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"expected a string, got {_kind(value)}")
    return value


def _structure_int(value: Any, _: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Invalid(f"expected an integer, got {_kind(value)}")
    return value


def _structure_count(value: Any, _: Any) -> int | None:
    if value is None:
        return None
    count = _structure_int(value, _)
    if count > MAX_COUNT:
        raise _Invalid(_NOT_PLAUSIBLE)
    return count


def check_count(article: Article) -> None:
    """Refuse to write a count that :func:`from_dict` would refuse to read back."""
    count = article.comment_count
    if count is not None and count > MAX_COUNT:
        raise ValueError(f"comment_count: {_NOT_PLAUSIBLE}")


@functools.cache
def _converter(allow_unknown: bool = False) -> cattrs.Converter:
    """Build the (immutable in use) converter on first need: cattrs is imported lazily."""
    import cattrs
    from cattrs.gen import make_dict_structure_fn, override

    conv = cattrs.Converter(forbid_extra_keys=not allow_unknown, detailed_validation=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    import attrs

    for cls in (Quote, Comment, Article):
        attrs.resolve_types(cls)
    date_type = attrs.fields(Article).published.type
    conv.register_structure_hook_func(lambda t: t == date_type, _structure_date)
    conv.register_unstructure_hook_func(lambda t: t == date_type, _unstructure_date)

    def structure_seq(value: Any, kind: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise _Invalid(f"expected an array, got {_kind(value)}")
        item = kind.__args__[0]
        hook = conv.get_structure_hook(item)
        out, errors = [], []
        for i, elem in enumerate(value):
            try:
                out.append(hook(elem, item))
            except Exception as exc:
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    cattrs.IterableValidationNote(f"Structuring @ index {i}", i, item),
                ]
                errors.append(exc)
                if len(errors) >= _SHOWN:  # enough to act on; keeps memory bounded
                    break
        if errors:
            raise cattrs.IterableValidationError("invalid items", errors, kind)
        return tuple(out)

    sequences = (tuple[str, ...], tuple[Quote, ...], tuple[Comment, ...])
    conv.register_structure_hook_func(lambda t: t in sequences, structure_seq)

    def class_hook(cls: type) -> Any:
        counts: dict[str, Any] = {}
        if cls is Article:
            counts["comment_count"] = override(struct_hook=_structure_count)
        fn: Any = make_dict_structure_fn(
            cls, conv, _cattrs_forbid_extra_keys=not allow_unknown, **counts
        )

        def hook(value: Any, kind: Any) -> Any:
            if not isinstance(value, dict):
                raise _Invalid(f"expected an object, got {_kind(value)}")
            return fn(value, kind)

        return hook

    for cls in (Quote, Comment, Article):
        conv.register_structure_hook(cls, class_hook(cls))
    return conv


def _messages(exc: BaseException) -> list[str]:
    """Turn a cattrs validation error tree into ``path: reason`` lines."""
    import cattrs

    def reason(err: BaseException, _type: Any) -> str:
        if isinstance(err, KeyError):
            return "required field missing"
        if isinstance(err, cattrs.ForbiddenExtraKeysError):
            names = [n if len(n) <= 60 else n[:60] + "…" for n in sorted(err.extra_fields)]
            more = f", and {len(names) - _SHOWN} more" if len(names) > _SHOWN else ""
            return "unknown field(s): " + ", ".join(names[:_SHOWN]) + more
        return str(err)

    out = []
    for line in cattrs.transform_error(exc, path="$", format_exception=reason):
        msg, _, path = line.rpartition(" @ ")
        path = path.removeprefix("$").removeprefix(".")
        # A record's own validators already name the field ("quotes[0].text: ...").
        if ": " in msg and not msg.startswith(("unknown field", "required field")):
            head, _, rest = msg.partition(": ")
            if head.replace("[", "").replace("]", "").replace(".", "").replace("_", "").isalnum():
                path = f"{path}.{head}" if path else head
                msg = rest
        out.append(f"{path or '$'}: {msg}")
    return out


# --- fast paths --------------------------------------------------------------------------------
# Hand-written (un)structuring for the three records: several times faster than the general
# cattrs machinery, which is only built (and imported) when a document is irregular. The fast
# reader accepts exactly what the general one accepts and gives the same records; on anything
# else it raises, and :func:`from_dict` falls back to the general path for its error messages.


def _article_dict(a: Article) -> dict[str, Any]:
    check_count(a)
    published, updated = a.published, a.updated
    return {
        "title": a.title,
        "subtitle": a.subtitle,
        "authors": list(a.authors),
        "published": None if published is None else published.isoformat(),
        "updated": None if updated is None else updated.isoformat(),
        "source": a.source,
        "section": a.section,
        "url": a.url,
        "paragraphs": list(a.paragraphs),
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "cue": q.cue,
                "paragraph": q.paragraph,
                "start": q.start,
                "end": q.end,
            }
            for q in a.quotes
        ],
        "comment_count": a.comment_count,
        "comments": [
            {
                "author": c.author,
                "posted": None if (posted := c.posted) is None else posted.isoformat(),
                "text": c.text,
                "quoted": list(c.quoted),
                "reply_to": c.reply_to,
            }
            for c in a.comments
        ],
    }


_ARTICLE_KEYS: frozenset[str] = frozenset(a.name for a in Article.__attrs_attrs__)
_COMMENT_KEYS: frozenset[str] = frozenset(a.name for a in Comment.__attrs_attrs__)
_QUOTE_KEYS: frozenset[str] = frozenset(a.name for a in Quote.__attrs_attrs__)


#: The key of the object naming a record's input in the command line's batch output.
INPUT_KEY = "input"


def _seq(value: Any) -> list[Any] | tuple[Any, ...]:
    # The records' converters would turn any iterable into a tuple: only arrays are accepted.
    if value.__class__ is not list and not isinstance(value, list | tuple):
        raise _Invalid
    return value


def _record(value: Any, keys: frozenset[str], allow_unknown: bool) -> dict[str, Any]:
    if not isinstance(value, dict) or not (allow_unknown or keys.issuperset(value)):
        raise _Invalid
    return value


# Records of a well-formed document are made without their ``__init__``: the checks below are
# the records' validators (``tests/test_serialize.py`` pins the list), run inline and cheaper,
# then the trusted constructors the parser uses build the records.


def _fast_quote(q: dict[str, Any]) -> Quote:
    text, speaker, cue = q["text"], q.get("speaker"), q.get("cue")
    paragraph, start, end = q["paragraph"], q["start"], q["end"]
    if (
        text.__class__ is not str
        or (speaker is not None and speaker.__class__ is not str)
        or (cue is not None and cue.__class__ is not str)
        or paragraph.__class__ is not int
        or start.__class__ is not int
        or end.__class__ is not int
        or paragraph < 0
        or start < 0
        or end - start != len(text)  # so end >= 0 too
    ):
        raise _Invalid
    return trusted_quote(text, speaker, cue, paragraph, start, end)


def _fast_comment(c: dict[str, Any]) -> Comment:
    author, posted, text = c.get("author"), c.get("posted"), c["text"]
    quoted, reply_to = c.get("quoted", ()), c.get("reply_to")
    if (
        (author is not None and author.__class__ is not str)
        or text.__class__ is not str
        or (quoted.__class__ is not list and quoted.__class__ is not tuple)
        or (reply_to is not None and (reply_to.__class__ is not int or reply_to < 0))
    ):
        raise _Invalid
    for item in quoted:
        if item.__class__ is not str:
            raise _Invalid
    when = None if posted is None else _structure_date(posted, None)
    return trusted_comment(author, when, text, tuple(quoted), reply_to)


def _fast_article(data: Any, allow_unknown: bool) -> Article:
    """Structure a well-formed article dict; raise on anything else (see :func:`from_dict`).

    The article itself is built by its ``__init__``, whose validators check the scalar fields,
    that every quote slices its paragraph and that every reply points back.
    """
    d = _record(data, _ARTICLE_KEYS, allow_unknown)
    get = d.get
    count = get("comment_count")
    if count.__class__ is int and count > MAX_COUNT:
        raise _Invalid
    quotes = [
        _fast_quote(_record(item, _QUOTE_KEYS, allow_unknown)) for item in _seq(get("quotes", ()))
    ]
    comments = [
        _fast_comment(_record(item, _COMMENT_KEYS, allow_unknown))
        for item in _seq(get("comments", ()))
    ]
    return Article(
        title=d["title"],
        subtitle=get("subtitle"),
        authors=_seq(get("authors", ())),
        published=_structure_date(get("published"), None),
        updated=_structure_date(get("updated"), None),
        source=get("source"),
        section=get("section"),
        url=get("url"),
        paragraphs=_seq(get("paragraphs", ())),
        quotes=quotes,
        comment_count=count,
        comments=comments,
    )


def to_dict(article: Article) -> dict[str, Any]:
    """Return the JSON-ready dict form of an article (SPEC field names, ISO dates).

    A ``comment_count`` over ``10**9`` is no count (the readers refuse it): ``ValueError``.

    >>> from datetime import date
    >>> to_dict(Article(title="T", published=date(2012, 8, 5)))["published"]
    '2012-08-05'
    """
    if type(article) is not Article:
        result: dict[str, Any] = _converter().unstructure(article)
        return result
    return _article_dict(article)


def from_dict(data: Any, *, allow_unknown: bool = False) -> Article:
    """Build an :class:`Article` from its dict form, or raise :class:`DecodeError`.

    Unknown keys are an error unless ``allow_unknown=True`` (then they are ignored); every
    offending field is named in the error.

    >>> from_dict({"title": "Rain at last", "published": "2024-05-02"}).published
    datetime.date(2024, 5, 2)

    The ``input`` object that the command line's batch output adds to each record (naming the
    page's file, line or archive record) is not part of the article and is skipped:

    >>> from_dict({"title": "Rain", "input": {"name": "pages/a.txt"}}).title
    'Rain'
    """
    if isinstance(data, dict) and isinstance(data.get(INPUT_KEY), dict):
        data = {k: v for k, v in data.items() if k != INPUT_KEY}
    try:
        return _fast_article(data, allow_unknown)
    except Exception:  # anything irregular: the general path names every offending field
        pass
    import cattrs

    converter = _converter(allow_unknown)
    try:
        return converter.structure(data, Article)
    except _Invalid as exc:
        raise DecodeError([f"$: {exc}"]) from None
    except (cattrs.BaseValidationError, cattrs.ForbiddenExtraKeysError) as exc:
        raise DecodeError(_messages(exc)) from None
    except (TypeError, ValueError) as exc:  # a record's own invariant, checked at construction
        raise DecodeError([str(exc) if ": " in str(exc) else f"$: {exc}"]) from None


# --- JSON -------------------------------------------------------------------------------------


@functools.cache
def _orjson() -> Any:
    try:
        import orjson
    except ImportError:
        return None
    return orjson


def dumps(obj: Any, indent: int | None) -> str:
    fast = _orjson()
    if fast is not None and indent in (None, 2):
        try:
            opts = fast.OPT_INDENT_2 if indent == 2 else 0
            return fast.dumps(obj, option=opts).decode()  # type: ignore[no-any-return]
        except TypeError:  # e.g. a lone surrogate: let the standard library write it
            pass
    sep = (",", ": ") if indent is not None else (",", ":")
    return json.dumps(obj, ensure_ascii=False, indent=indent, separators=sep)


# Reading JSON: orjson (the ``fast`` extra) parses first when it is installed; whatever it refuses
# or may have read differently from the standard library goes to the standard library, which
# decides. So both back ends accept the same documents and give the same values and messages.

_BOM = "\ufeff"
_BOM_BYTES = _BOM.encode("utf-8")

#: orjson reads an integer literal outside 64 bits as a float; the standard library reads it exact.
_INT64 = 2**63

Doc = str | bytes | bytearray


class _Finding:
    """What :func:`_scan` found in a parsed document (compared by identity)."""


_OK, _TOO_DEEP, _SURROGATE, _INEXACT = _Finding(), _Finding(), _Finding(), _Finding()
_TOO_DEEP_MESSAGE = f"$: the document is nested too deeply (more than {MAX_DEPTH} levels)"


def _without_bom(doc: Doc) -> Doc:
    """A leading byte-order mark (Windows tools write one) is not part of the document."""
    if isinstance(doc, str):
        return doc[1:] if doc.startswith(_BOM) else doc
    return doc[len(_BOM_BYTES) :] if doc.startswith(_BOM_BYTES) else doc


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _std_loads(doc: Doc) -> Any:
    """Parse with the standard library: bytes must be UTF-8, ``NaN``/``Infinity`` are refused."""
    try:
        text = doc if isinstance(doc, str) else bytes(doc).decode("utf-8")
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise DecodeError([_TOO_DEEP_MESSAGE]) from None
    except ValueError as exc:  # json.JSONDecodeError, bad UTF-8, an integer past the digit limit
        raise DecodeError([f"$: not valid JSON: {exc}"]) from None


def _parse(doc: Doc) -> tuple[Any, bool]:
    """Parse ``doc`` (without its BOM); return the value and whether the standard library read it.

    Only a value the standard library read may hold a lone surrogate; only one orjson read may
    hold a float where the text has an integer of more than 64 bits, or nest past ``MAX_DEPTH``.
    """
    fast = _orjson()
    if fast is not None:
        try:
            return fast.loads(doc), False
        except (fast.JSONDecodeError, RecursionError):
            pass  # the standard library decides, and words the message
    return _std_loads(doc), True


def _is_text(value: str) -> bool:
    """True unless ``value`` holds a lone surrogate (no UTF-8 text can hold one)."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _scan(value: Any, exact: bool) -> _Finding:
    """Walk a parsed document without recursion; return the first problem met, else ``_OK``."""
    stack: list[tuple[Any, int]] = [([value], 0)]  # the root, inside a list of no depth
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return _TOO_DEEP
        if node.__class__ is dict:
            if exact and not all(_is_text(key) for key in node):
                return _SURROGATE
            node = node.values()
        for item in node:
            kind = item.__class__
            if kind is dict or kind is list:
                stack.append((item, depth + 1))
            elif kind is str:
                if exact and not _is_text(item):
                    return _SURROGATE
            elif kind is float and not exact and abs(item) >= _INT64:
                return _INEXACT
    return _OK


def _step(path: str, key: Any) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    name = key if key.isidentifier() else f"[{key!a}]"
    return f"{path}.{name}" if path and not name.startswith("[") else f"{path}{name}"


def _surrogate_errors(value: Any) -> list[str]:
    """Name every string (or key) holding a lone surrogate, by its path."""
    errors: list[str] = []
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack and len(errors) < _SHOWN:
        node, path = stack.pop()
        if isinstance(node, str):
            if not _is_text(node):
                bad = next(ch for ch in node if "\ud800" <= ch <= "\udfff")
                errors.append(f"{path or '$'}: holds a lone surrogate {bad!a}, which is not text")
            continue
        if isinstance(node, dict):
            bad_keys = [key for key in node if not _is_text(key)]
            if bad_keys:
                errors.append(f"{path or '$'}: a key holds a lone surrogate: {bad_keys[0]!a}")
            pairs = [(k, v) for k, v in node.items() if _is_text(k)]
        elif isinstance(node, list):
            pairs = list(enumerate(node))
        else:
            continue
        stack.extend((item, _step(path, key)) for key, item in reversed(pairs))
    return errors


def _vetted(doc: Doc, value: Any, exact: bool) -> Any:
    """Return the value of ``doc`` that both back ends agree on, or raise :class:`DecodeError`."""
    found = _scan(value, exact)
    if found is _INEXACT:  # an integer orjson read as a float: read it exactly
        value, exact = _std_loads(doc), True
        found = _scan(value, exact)
    if found is _TOO_DEEP:
        raise DecodeError([_TOO_DEEP_MESSAGE])
    if found is _SURROGATE:
        raise DecodeError(_surrogate_errors(value))
    return value


#: A ``\\uD800``-``\\uDFFF`` escape: the only way a lone surrogate gets into UTF-8 JSON text.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE_ESCAPE_BYTES = re.compile(rb"\\u[dD][89a-fA-F]")


def _may_hold_surrogates(doc: Doc) -> bool:
    """Whether the standard library could read a lone surrogate from ``doc`` (one cheap pass)."""
    if isinstance(doc, str):
        return _SURROGATE_ESCAPE.search(doc) is not None or not _is_text(doc)
    return _SURROGATE_ESCAPE_BYTES.search(doc) is not None  # bytes are decoded strictly


def loads(doc: Doc) -> Any:
    """Parse JSON text as every back end does: the value, or :class:`DecodeError`.

    A leading BOM is ignored; ``NaN``, ``Infinity``, a lone surrogate (``"\\ud800"``), bytes
    that are not UTF-8 and nesting past ``MAX_DEPTH`` are refused.
    """
    doc = _without_bom(doc)
    value, exact = _parse(doc)
    return _vetted(doc, value, exact)


def to_json(article: Article, *, indent: int | None = None) -> str:
    """Serialize an article to a JSON string (compact unless ``indent`` is given).

    Uses ``orjson`` when it is installed (the ``fast`` extra); the output is the same JSON.

    >>> to_json(Article(title="Rain at last"))[:22]
    '{"title":"Rain at last'
    """
    return dumps(to_dict(article), indent)


def from_json(doc: str | bytes | bytearray, *, allow_unknown: bool = False) -> Article:
    """Read an article from JSON text (``str`` or UTF-8 ``bytes``); raise :class:`DecodeError`.

    The same documents are read the same way with or without ``orjson``: a leading byte-order
    mark is ignored; ``NaN``/``Infinity``, a lone surrogate (``"\\ud800"``, named by its path),
    a ``comment_count`` over ``10**9`` and nesting deeper than 64 levels are refused.

    >>> from_json('{"title": "Rain at last", "comments": [{"text": "Finally!"}]}').comments[0].text
    'Finally!'
    """
    if not isinstance(doc, str | bytes | bytearray):
        raise DecodeError([f"$: expected JSON text, got {type(doc).__name__}"])
    doc = _without_bom(doc)
    value, exact = _parse(doc)
    if not allow_unknown and not (exact and _may_hold_surrogates(doc)):
        try:  # a well-formed article: every value typed, so nothing deep, inexact or unsafe
            return _fast_article(value, False)
        except Exception:
            pass
    return from_dict(_vetted(doc, value, exact), allow_unknown=allow_unknown)


# --- JSON Lines -------------------------------------------------------------------------------

PathOrFile = str | os.PathLike[str] | IO[str] | IO[bytes]


def to_jsonl(articles: Iterable[Article], file: PathOrFile) -> int:
    """Write one JSON document per line to a path or an open file; return how many.

    >>> import io
    >>> buf = io.StringIO()
    >>> to_jsonl([Article(title="One"), Article(title="Two")], buf)
    2
    >>> [a.title for a in from_jsonl(io.StringIO(buf.getvalue()))]
    ['One', 'Two']
    """
    if isinstance(file, str | os.PathLike):
        with open(file, "w", encoding="utf-8", newline="\n") as fh:
            return to_jsonl(articles, fh)
    import io

    text = isinstance(file, io.TextIOBase)
    count = 0
    for article in articles:
        line = to_json(article) + "\n"
        file.write(line if text else line.encode("utf-8"))  # type: ignore[arg-type]
        count += 1
    return count


def from_jsonl(file: PathOrFile, *, allow_unknown: bool = False) -> Iterator[Article]:
    """Read articles lazily, one per line, from a path or an open file.

    Blank lines are skipped. A bad line raises :class:`DecodeError` with its ``lineno``;
    the articles before it have already been yielded. The file is never loaded whole.
    """
    if isinstance(file, str | os.PathLike):
        with open(file, "rb") as fh:
            yield from from_jsonl(fh, allow_unknown=allow_unknown)
        return
    stream = cast("Iterable[str | bytes]", file)
    for lineno, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            yield from_json(line, allow_unknown=allow_unknown)
        except DecodeError as exc:
            raise DecodeError(exc.errors, lineno=lineno) from None
