"""Coverage-guided fuzzing of :func:`newsparse.parse` with atheris (see ``fuzz/README.md``).

Properties checked on every input, ``str`` or ``bytes``:

- ``parse_detailed`` never raises;
- every non-blank line the parser saw is placed (a field, ``"dropped"`` or ``"defect"``);
- the article survives ``to_json`` -> ``from_json`` unchanged.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["newsparse"], enable_loader_override=False):
    import newsparse

    # The package loads its submodules lazily: import them all here so they are instrumented.
    from newsparse import _cli, _parser, _render, _serialize  # noqa: F401
    from newsparse._normalize import split_lines


def _check(text: str | bytes) -> None:
    result = newsparse.parse_detailed(text)
    if isinstance(text, bytes):
        text = newsparse._normalize.decode(text)[0]
    lines, _ = split_lines(text)
    assert len(result.placement) == len(lines), (len(result.placement), len(lines))
    for i, line in enumerate(lines):
        if line.strip():
            assert result.placement[i] is not None, f"line {i + 1} {line!r} was lost"
    article = result.article
    assert newsparse.from_json(newsparse.to_json(article)) == article


def test_one_input(data: bytes) -> None:
    """Half of the inputs go in as bytes (decoding path), half as any Unicode text."""
    if not data:
        _check("")
        return
    if data[0] & 1:
        _check(data[1:])
    else:
        fdp = atheris.FuzzedDataProvider(data[1:])
        _check(fdp.ConsumeUnicode(len(data)))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
