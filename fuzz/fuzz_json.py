"""Coverage-guided fuzzing of :func:`newsparse.from_json` / ``from_jsonl`` (see ``fuzz/README.md``).

Properties checked on every input:

- ``from_json`` either returns an :class:`~newsparse.Article` or raises
  :class:`~newsparse.DecodeError` (never another exception);
- an article it returns survives ``to_json`` -> ``from_json`` unchanged;
- ``from_jsonl`` on the same bytes likewise yields articles or raises ``DecodeError``.
"""

from __future__ import annotations

import io
import sys

import atheris

with atheris.instrument_imports(include=["newsparse"], enable_loader_override=False):
    import newsparse

    # The package loads its submodules lazily: import them all here so they are instrumented.
    from newsparse import Article, DecodeError, _cli, _parser, _render, _serialize  # noqa: F401


def test_one_input(data: bytes) -> None:
    for doc in (data, data.decode("utf-8", "surrogatepass") if _utf8(data) else None):
        if doc is None:
            continue
        try:
            article = newsparse.from_json(doc)
        except DecodeError:
            pass
        else:
            assert isinstance(article, Article)
            assert newsparse.from_json(newsparse.to_json(article)) == article
    try:
        for article in newsparse.from_jsonl(io.BytesIO(data)):
            assert isinstance(article, Article)
    except DecodeError:
        pass


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return False
    return True


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
