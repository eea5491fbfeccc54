"""``parse_many``: in order, on worker processes, lazily (the docs' Dask scripts: test_docs_scripts)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import newsparse
from newsparse._batch import ordered_map

FIXTURES = Path(__file__).parent / "data" / "pages"
PAGES = [p.read_bytes() for p in sorted(FIXTURES.glob("*.txt"))]


def test_parse_many_equals_parse_in_order_on_one_and_two_processes() -> None:
    pages = PAGES * 2
    expected = [newsparse.parse(p) for p in pages]
    assert list(newsparse.parse_many(pages)) == expected
    assert list(newsparse.parse_many(pages, jobs=2, chunksize=3)) == expected
    detailed = list(newsparse.parse_many_detailed(pages, jobs=2))
    assert detailed == [newsparse.parse_detailed(p) for p in pages]


def test_parse_many_passes_the_options() -> None:
    from datetime import datetime

    page = "Late news\n\nIt happened.\n\nComments\n\n  • Ann\n    3 hours ago\n\n    Wow."
    when = datetime(2024, 5, 2, 12, 0)
    (article,) = newsparse.parse_many([page], jobs=2, reference_time=when)
    assert article.comments[0].posted == datetime(2024, 5, 2, 9, 0)


def test_parse_many_is_lazy_and_bounded() -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        while True:
            pulled += 1
            yield f"Page {pulled}\n\nIt rained on day {pulled}."

    for jobs in (1, 2):
        pulled = 0
        results = newsparse.parse_many(endless(), jobs=jobs, chunksize=4)
        titles = [next(results).title for _ in range(50)]
        assert titles == [f"Page {n}" for n in range(1, 51)]
        # in flight: at most 4 * jobs chunks of 4 pages beyond what was taken
        assert pulled <= 50 + 4 * jobs * 4 + 4
        results.close()  # type: ignore[attr-defined]


def test_strict_raises_the_defect_where_the_page_would_be() -> None:
    bad = "Rain\n\nIt rained.\n\nReader Comments (3)"
    for jobs in (1, 2):
        results = newsparse.parse_many(
            [PAGES[0], bad, PAGES[1]], jobs=jobs, policy=newsparse.STRICT
        )
        assert next(results) == newsparse.parse(PAGES[0])
        with pytest.raises(newsparse.DefectError) as caught:
            next(results)
        assert caught.value.defect.kind == "comment-count-mismatch"


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        list(newsparse.parse_many(["T\n\nx."], jobs=0))
    with pytest.raises(ValueError, match="chunksize must be at least 1"):
        list(ordered_map(abs, [1], jobs=2, chunksize=0))
    with pytest.raises(TypeError, match="parse\\(\\) takes str or bytes"):
        list(newsparse.parse_many([3]))  # type: ignore[list-item]
