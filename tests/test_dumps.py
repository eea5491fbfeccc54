"""Invented news pages dumped in the styles of real HTML-to-text converters.

Each ``tests/data/dumps/NAME.txt`` is a whole page (site furniture, menus, cookie banner, share buttons,
related links, footer) as w3m, lynx, html2text, BeautifulSoup ``get_text("\\n")``, inscriptis or
resiliparse would dump it; ``NAME.expected.json`` is the truth a reader would see:

    {"title": str, "authors": [str], "published": "YYYY-MM-DD", "paragraphs": [str],
     "comments": [{"author": str, "posted": "YYYY-MM-DD", "text_start": str}]}

All people, places, organisations and sites are invented. Every check runs on every page, and all the
checks that fail on a page are reported together.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

import newsparse

DUMPS = Path(__file__).parent / "data" / "dumps"
PAGES = sorted(p.name[: -len(".expected.json")] for p in DUMPS.glob("*.expected.json"))

BODY_F1_MIN = 0.9


def _fold(text: str) -> str:
    return " ".join(text.split())


def _shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = text.lower().split()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def shingle_f1(predicted: str, truth: str) -> float:
    """F1 of the 4-gram word shingles of two texts (lower-cased, split on whitespace)."""
    pred, gold = _shingles(predicted), _shingles(truth)
    if not pred and not gold:
        return 1.0
    common = len(pred & gold)
    if not common:
        return 0.0
    precision, recall = common / len(pred), common / len(gold)
    return 2 * precision * recall / (precision + recall)


def _day(value: date | datetime | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value


def test_fixtures_found() -> None:
    assert len(PAGES) >= 10, f"expected at least 10 dump fixtures in {DUMPS}, found {PAGES}"
    for name in PAGES:
        assert (DUMPS / f"{name}.txt").is_file(), (
            f"{name}: NAME.txt missing next to NAME.expected.json"
        )


@pytest.mark.parametrize("name", PAGES)
def test_dump(name: str) -> None:
    text = (DUMPS / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((DUMPS / f"{name}.expected.json").read_text(encoding="utf-8"))
    article = newsparse.parse(text)
    problems: list[str] = []

    def check(ok: bool, message: str) -> None:
        if not ok:
            problems.append(message)

    # title
    check(
        article.title == expected["title"],
        f"title: got {article.title!r}, expected {expected['title']!r}",
    )

    # authors (order-free)
    check(
        set(article.authors) == set(expected["authors"]),
        f"authors: got {sorted(article.authors)!r}, expected {sorted(expected['authors'])!r}",
    )

    # published day
    want_day = date.fromisoformat(expected["published"])
    got_day = _day(article.published)
    check(
        got_day == want_day,
        f"published: got {article.published!r} (day {got_day}), expected day {want_day}",
    )

    # body
    f1 = shingle_f1(" ".join(article.paragraphs), " ".join(expected["paragraphs"]))
    check(
        f1 >= BODY_F1_MIN,
        f"body: 4-gram shingle F1 {f1:.3f} < {BODY_F1_MIN} "
        f"({len(article.paragraphs)} paragraphs found, {len(expected['paragraphs'])} expected; "
        f"first found: {(article.paragraphs[:1] or [''])[0][:80]!r})",
    )

    # comments
    want_comments = expected["comments"]
    check(
        len(article.comments) == len(want_comments),
        f"comments: got {len(article.comments)} comments "
        f"{[c.author for c in article.comments]!r}, expected {len(want_comments)} "
        f"{[c['author'] for c in want_comments]!r}",
    )
    for i, (got, want) in enumerate(zip(article.comments, want_comments, strict=False)):
        check(
            got.author == want["author"],
            f"comments[{i}].author: got {got.author!r}, expected {want['author']!r}",
        )
        want_posted = date.fromisoformat(want["posted"])
        check(
            _day(got.posted) == want_posted,
            f"comments[{i}].posted: got {got.posted!r}, expected day {want_posted}",
        )
        check(
            _fold(got.text).startswith(_fold(want["text_start"])),
            f"comments[{i}].text: got {_fold(got.text)[:60]!r}, "
            f"expected it to start with {want['text_start']!r}",
        )

    assert not problems, f"{name}: {len(problems)} failing check(s):\n  " + "\n  ".join(problems)
