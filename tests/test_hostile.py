"""Hostile pages: parsed without an exception, every line accounted for, in bounded work.

The sizes here are small enough for the suite; ``benchmarks/bench_hostile.py`` runs the full
sizes of issue 7 (10 MB line, 1 M quote marks, 100 k bullets or timestamps) and reports the time
and peak-memory ratios. A pattern that backtracks catastrophically would hang these tests.
"""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest

import newsparse
from newsparse import Parsed, parse_detailed
from newsparse._normalize import physical_lines


def _accounted(text: str | bytes, parsed: Parsed) -> None:
    """Every non-blank line is in a field, dropped, or a defect."""
    if isinstance(text, bytes):
        return  # line numbers refer to the decoded text
    lines = physical_lines(text)
    for i, line in enumerate(lines):
        if line.strip() and i < len(parsed.placement):
            assert parsed.placement[i] is not None, f"line {i + 1} lost: {line[:60]!r}"


_EVERY_CATEGORY = "".join(
    chr(c)
    for c in range(0x30000)
    if unicodedata.category(chr(c)) not in ("Cs",) and c % 97 == 0  # a sample of each block
)

HOSTILE: dict[str, str | bytes] = {
    "empty": "",
    "blank lines only": "\n \n\t\n\r\n",
    "one long line": "word " * 40_000,
    "one long line without spaces": "x" * 200_000,
    "unbalanced quote marks": "“" * 50_000 + "\n\n" + '"' * 50_000,
    "nested quotes": "Ann Lee said: " + "“‘«„" * 5_000 + "deep" + "”’»“" * 5_000,
    "bullets": "Title\n\n" + "• item\n" * 20_000,
    "timestamp lines": "Title\n\n" + "Aug 5, 2012 - 11:47AM\n" * 20_000,
    "comment heads": "Title\n\nIt rained.\n\n" + "• Ann\nAug 5, 2012 - 11:47AM\n\nHi.\n\n" * 5_000,
    "NUL and control characters": "Title\n\nIt\x00 rained\x07 all\x1b day.\x7f\n",
    "lone surrogates": "Title\n\nIt \ud800 rained \udfff all day.\n",
    "every general category": "Title\n\n" + _EVERY_CATEGORY,
    "boilerplate only": "Share\nTweet\nEmail\nReply\nReport\nRecommend\n" * 2_000,
    "spaces inside one line": "a" + " " * 100_000 + "b - c",
    "dashes and pipes": "x - | — " * 20_000,
    "markdown links": "[a](b)" * 30_000,
    "digits": "1" * 100_000 + "\n" + "12.12.12 " * 10_000,
    "invalid UTF-8": b"Title\n\nIt \xff\xfe rained \xc3\x28 all \xa0 day.\n",
    "bytes with NUL": b"Title\x00\n\n\x00\x00 It rained.\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_parses(name: str) -> None:
    text = HOSTILE[name]
    parsed = parse_detailed(text)
    assert isinstance(parsed.article, newsparse.Article)
    _accounted(text, parsed)
    # and the result always serialises and reads back
    assert newsparse.from_json(newsparse.to_json(parsed.article)) == parsed.article


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern at module level in the package (parser modules imported)."""
    newsparse.parse("T")  # import the lazily loaded parser modules
    found: list[tuple[str, re.Pattern[str]]] = []
    for name, module in sorted(sys.modules.items()):
        if not (name == "newsparse" or name.startswith("newsparse.")) or module is None:
            continue
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.append((f"{name}.{attr}", value))
    return found


_PATHOLOGICAL = [
    " " * 20_000,
    "a" * 20_000 + "!",
    "a " * 10_000 + "!",
    "1" * 20_000,
    "1." * 10_000,
    "“" * 10_000,
    "[" * 10_000,
    "](" * 10_000,
    "- " * 10_000,
    "x -" + " " * 20_000 + "y",
    "Aa " * 7_000,
    "by " * 7_000,
    "@" * 10_000,
    "#" * 10_000,
    "**" * 10_000,
]


def test_package_has_patterns() -> None:
    assert len(_patterns()) > 30


@pytest.mark.parametrize("text", _PATHOLOGICAL, ids=lambda t: repr(t[:6]))
def test_no_pattern_backtracks_catastrophically(text: str) -> None:
    """Every pattern, anchored as the parser applies it to a line or at an offset, finishes on
    long pathological strings (searches over whole lines are covered by the pages above)."""
    for _, pattern in _patterns():
        pattern.match(text)
        pattern.fullmatch(text)


#: The hostile pages of ``benchmarks/bench_hostile.py`` at about 100,000 characters: the peak
#: memory of a parse (``tracemalloc``, which counts allocations, not time, so a busy machine
#: does not change it) stays within 20 times the input, the budget of issue 7.
_BUDGET_PAGES = {
    "long line": "word " * 200_000,
    "quote marks": "Title\n\n" + "“" * 100_000,
    "bullets": "Title\n\n" + "• item\n" * 10_000,
    "timestamp lines": "Title\n\n" + "Aug 5, 2012 - 11:47AM\n" * 5_000,
    "comment heads": "Title\n\nIt rained.\n\n" + "• Ann\nAug 5, 2012 - 11:47AM\n\nHi.\n\n" * 3_000,
    "boilerplate": "Share\nTweet\nReply\n" * 6_000,
}


@pytest.mark.parametrize("name", sorted(_BUDGET_PAGES))
def test_peak_memory_stays_within_twenty_times_the_input(name: str) -> None:
    import tracemalloc

    text = _BUDGET_PAGES[name]
    newsparse.parse(text[:2000])  # patterns compiled and caches warm: not the page's memory
    tracemalloc.start()
    try:
        newsparse.parse(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak <= 20 * len(text.encode()), f"{name}: {peak / len(text.encode()):.1f}x"
