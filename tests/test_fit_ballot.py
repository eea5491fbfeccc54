"""``newsparse fit --decision byline`` (and ``dates``) and ``parse(..., weights=...)``: a fit
of the byline decision on an invented site learns where that site signs its articles, a fit of
the date decision where it dates them, and a page of the site it never saw is read so; a page
of another layout is still read right; bad usage is a clear error.

The invented site prints its writer above the headline, over an age (``Jane Doe`` / ``3 hours
ago``), and under the headline the photographer's credit over the date, the way most sites
print their byline (``Rui Costa`` / ``May 3, 2024``). The hand weights trust a name under the
headline before one above it, so they read the photographer as the writer. Its other pages
(the dates' site) carry today's date in a bar above the headline and the article's own date in
a labelled line under it (``Published: April 2, 2024``); the hand weights trust the bar first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse._ballot import Ballot
from newsparse._byline import (
    ELSEWHERE,
    HAND_BYLINE,
    NEAR,
    BylineWeights,
    active_byline,
    using_byline,
)
from newsparse._cli import main
from newsparse._fit import FitError
from newsparse._fit_ballot import (
    TARGETS,
    BallotCase,
    ballot_case,
    fit_ballot,
    mean_score,
    names_f1,
    read_ballot_cases,
)
from newsparse._published import HAND_DATES, DateProposal, DateWeights, watching_dates

from .test_fit import _refused

_WRITERS = ("Jane Doe", "Omar Farouk", "Lena Ost", "Pia Berg", "Tom Hale", "Ada Moss")
_SHOOTERS = ("Rui Costa", "Ines Vale", "Mark Lund", "Sara Kim", "Ola Nord", "Eli Ross")
#: The invented sites' headlines (the other fit tests' sites use them too).
HEADLINES = (
    "Council votes to rebuild the old pier",
    "Ferry timetable changes for the winter",
    "New library opens on the harbour front",
    "Fishing fleet returns early after the storm",
    "School roof repairs finish ahead of term",
    "Market square to close for resurfacing",
    "Lifeboat crew rescues two walkers on the cliffs",
    "Bus route to the hospital is restored",
)
#: Pages the fit learns from; the others are judged.
FITTED = 6


def _page(k: int) -> tuple[str, str]:
    """Page ``k`` of the invented site (a w3m-like dump) and its writer."""
    writer, shooter = _WRITERS[k % 6], _SHOOTERS[(k + 2) % 6]
    headline = HEADLINES[k % len(HEADLINES)]
    lines = ["The Harbour Post", "", "News", "Sport", "Culture", "", writer, f"{k + 1} hours ago"]
    lines += ["", headline, "", shooter, f"May {k + 1}, 2024", ""]
    for j in range(5):
        lines += [
            f"Paragraph {j} on the {headline.lower()}: what was decided, who spoke for it and "
            "against it, and what the town does next.",
            "",
        ]
    return "\n".join(lines), writer


def write_pages(
    folder: Path, pages: Iterable[tuple[str, dict[str, Any]]], dump: str = "w3m.txt"
) -> Path:
    """Page folders in the corpus form under ``folder``: each page's dump (named ``dump``)
    beside its ``truth.json``."""
    for k, (text, truth) in enumerate(pages):
        page = folder / f"item-{k}"
        page.mkdir(parents=True)
        (page / dump).write_text(text, encoding="utf-8")
        (page / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return folder


def _corpus(folder: Path, ks: range) -> Path:
    """The byline site's pages, with a truth.json that names the writer."""
    pages = [_page(k) for k in ks]
    truths = [
        {"title": HEADLINES[k % len(HEADLINES)], "authors": [w]}
        for k, (_, w) in zip(ks, pages, strict=True)
    ]
    return write_pages(folder, zip([t for t, _ in pages], truths, strict=True))


def _dated_page(k: int) -> tuple[str, str]:
    """Page ``k`` of the invented site's dated layout and the day it was published."""
    headline = HEADLINES[k % len(HEADLINES)]
    lines = ["The Harbour Post", f"Friday, May {k + 10}, 2024", "", "News", "Sport", "", headline]
    lines.append("")
    for j in range(4):
        lines += [
            f"Paragraph {j} on the {headline.lower()}: what was decided, who spoke for it and "
            "against it, and what the town does next.",
            "",
        ]
    lines += [f"Published: April {k + 1}, 2024", ""]
    return "\n".join(lines), f"2024-04-{k + 1:02d}"


def _cases(decision: str) -> list[BallotCase[object]]:
    page = _page if decision == "byline" else _dated_page
    target = TARGETS[decision]
    truths = [[page(k)[1]] if decision == "byline" else page(k)[1] for k in range(FITTED)]
    cases = [ballot_case(target, page(k)[0], truths[k], f"item-{k}") for k in range(FITTED)]
    return [c for c in cases if c is not None]


def _fitted() -> BylineWeights:
    pytest.importorskip("scipy")  # the ``train`` extra
    weights = fit_ballot(TARGETS["byline"], _cases("byline"), "test")
    assert isinstance(weights, BylineWeights)
    return weights


def test_the_hand_weights_read_the_photographer_as_the_writer() -> None:
    """The trap is real: without a fit, every page of the site is read wrong."""
    for k in range(FITTED, FITTED + 2):
        text, writer = _page(k)
        assert newsparse.parse(text).authors != (writer,)


def test_a_fit_learns_where_the_site_signs_and_reads_a_page_it_never_saw() -> None:
    weights = _fitted()
    assert weights.source == "test" and weights.values != HAND_BYLINE.values
    for k in range(FITTED, FITTED + 2):
        text, writer = _page(k)
        assert newsparse.parse(text, weights=weights).authors == (writer,)
        assert newsparse.parse_detailed(text, weights=[weights]).article.authors == (writer,)


def test_a_fitted_site_still_reads_a_labelled_byline_of_another_layout() -> None:
    weights = _fitted()
    lines = ["Menu", "", "Rain falls on the town again", "", "By Jo Lee", "", "May 2, 2024", ""]
    text = "\n".join(lines) + "\n\n".join(["It rained all day and the river rose a metre."] * 5)
    assert newsparse.parse(text, weights=weights).authors == ("Jo Lee",)


def test_the_ballot_holds_each_rules_proposal_and_the_fitted_choice_is_right() -> None:
    text, writer = _page(FITTED)
    case = ballot_case(TARGETS["byline"], text, [writer], "p")
    assert case is not None
    assert case.ballot.rules == ("bare_near", "above_title")
    assert case.scores == (0.0, 1.0)
    assert mean_score([case], HAND_BYLINE) == 0.0
    assert mean_score([case], _fitted()) == 1.0


def test_a_date_fit_learns_which_date_the_site_means() -> None:
    pytest.importorskip("scipy")
    for k in range(FITTED, FITTED + 2):  # (the trap: today's date bar is taken)
        text, day = _dated_page(k)
        assert str(newsparse.parse(text).published) != day
    weights = fit_ballot(TARGETS["dates"], _cases("dates"), "test")
    assert isinstance(weights, DateWeights) and weights.values != HAND_DATES.values
    for k in range(FITTED, FITTED + 2):
        text, day = _dated_page(k)
        assert str(newsparse.parse(text, weights=weights).published) == day
    byline = _fitted()  # (weights of two decisions in one parse)
    text, writer = _page(FITTED)
    assert newsparse.parse(text, weights=[byline, weights]).authors == (writer,)


def test_the_command_fits_writes_and_the_weights_file_is_used_by_parse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("scipy")
    pages = _corpus(tmp_path / "pages", range(FITTED))
    out = tmp_path / "byline.json"
    assert main(["fit", str(pages), "--decision", "byline", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"read {FITTED} pages ({FITTED} dumps a byline ballot decided)" in said
    assert "(authors F1): 0.000 with the default weights, 1.000 with the fitted ones" in said
    weights = newsparse.load_byline_weights(out)
    text, writer = _page(FITTED + 1)
    page = tmp_path / "new.txt"
    page.write_text(text, encoding="utf-8")
    assert main(["parse", str(page), "--weights", str(out), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["authors"] == [writer]
    with using_byline(weights):
        assert active_byline() is weights
    assert active_byline() is not weights


def test_a_byline_fit_without_authors_in_the_truth_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("scipy")
    page = tmp_path / "pages" / "item"
    page.mkdir(parents=True)
    (page / "w3m.txt").write_text(_page(0)[0], encoding="utf-8")
    (page / "truth.json").write_text('{"title": "A title"}', encoding="utf-8")
    err = _refused(
        ["fit", str(tmp_path / "pages"), "--decision", "byline", "-o", str(tmp_path / "w.json")],
        capsys,
    )
    assert "gives 'authors'" in err
    assert not (tmp_path / "w.json").exists()


def test_weights_files_are_told_apart_and_checked() -> None:
    assert len(HAND_BYLINE.values) == len(BylineWeights.NAMES)
    assert [n for n in BylineWeights.NAMES if n.startswith("rule_")] == [
        f"rule_{r}" for r in (*NEAR, *ELSEWHERE)
    ]
    with pytest.raises(ValueError, match="not a byline weights document"):
        BylineWeights.from_json(newsparse.TitleWeights.hand().to_json())
    with pytest.raises(ValueError, match="missing"):
        BylineWeights.from_mapping({"rule_labelled": 1.0}, "x")
    with pytest.raises(ValueError, match="byline weights for"):
        BylineWeights((1.0,), "x")
    with pytest.raises(ValueError, match="not a date weights document"):
        DateWeights.from_json(HAND_BYLINE.to_json())


@pytest.mark.parametrize(
    ("found", "truth", "f1"),
    [
        (("Jane Doe",), ("jane doe",), 1.0),
        (("By Jane Doe",), ("Jane Doe",), 1.0),
        (("Tim O\u2019Reilly",), ("Tim O'Reilly",), 1.0),
        (("Jane Doe", "Omar Farouk"), ("Jane Doe",), 2 / 3),
        (("Jane",), ("Janet Doe",), 0.0),
        ((), (), 1.0),
        (("Jane Doe",), (), 0.0),
    ],
)
def test_names_are_compared_case_blind_and_word_wise(
    found: tuple[str, ...], truth: tuple[str, ...], f1: float
) -> None:
    assert names_f1(found, truth) == pytest.approx(f1)


def test_the_command_fits_dates_and_parse_takes_a_file_of_each_decision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("scipy")
    dated = (_dated_page(k) for k in range(FITTED))
    pages = write_pages(tmp_path / "pages", ((text, {"published": day}) for text, day in dated))
    dates = tmp_path / "dates.json"
    assert main(["fit", str(pages), "--decision", "dates", "-o", str(dates)]) == 0
    said = capsys.readouterr().out
    assert "(the truth's day): 0.000 with the default weights, 1.000 with the fitted ones" in said
    assert newsparse.load_date_weights(dates).source.startswith("clogit fitted on 6 dates")
    byline = tmp_path / "byline.json"
    byline.write_text(HAND_BYLINE.to_json(), encoding="utf-8")
    page = tmp_path / "new.txt"
    text, day = _dated_page(FITTED)
    page.write_text(text, encoding="utf-8")
    argv = ["parse", str(page), "--weights", str(dates), "--weights", str(byline)]
    assert main([*argv, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["published"] == day
    err = _refused([*argv[:4], "--weights", str(dates)], capsys)
    assert "a second dates file" in err


@pytest.mark.parametrize("bad", ["title.json", ["title.json"], 3, [HAND_BYLINE, object()]])
def test_weights_of_no_decision_are_a_clear_type_error(bad: object) -> None:
    with pytest.raises(
        TypeError, match="weights= takes TitleWeights, BylineWeights, DateWeights, Comment"
    ):
        newsparse.parse("Rain at last\n\nIt rained.", weights=bad)  # type: ignore[arg-type]


#: The time the late layout's pages were saved (their ages count back from it).
_SAVED = datetime(2024, 5, 2, 18, 0, tzinfo=UTC)


def _aged_page(k: int) -> tuple[str, str]:
    """Page ``k`` of a third layout: no date by the headline but an age (``3 hours ago``), and
    a date line in the story that is the next meeting's (the hand order trusts a date line
    before an age); and the day the page was published (``_SAVED`` less the age)."""
    headline = HEADLINES[k % len(HEADLINES)]
    lines = ["The Harbour Post", "", "News", "Sport", "", headline, "", f"{k + 2} hours ago", ""]
    for j in range(3):
        lines += [
            f"Paragraph {j} on the {headline.lower()}: what was decided, who spoke for it and "
            "against it, and what the town does next.",
            "",
        ]
    lines += [f"Next meeting: June {k + 10}, 2024", "", "The council meets in the town hall.", ""]
    return "\n".join(lines), "2024-05-02"


def test_the_dates_of_less_trust_make_a_ballot_a_fit_learns_from(tmp_path: Path) -> None:
    """When no date stands by the headline, the late rules propose (a date line further down,
    a relative time) and the same date weights choose; a fit on pages with their saving time
    in ``truth.json`` learns that the age is the site's date."""
    pytest.importorskip("scipy")
    seen: list[Ballot[DateProposal]] = []
    with watching_dates(seen.append):
        article = newsparse.parse(_aged_page(FITTED)[0], reference_time=_SAVED)
    assert str(article.published) == "2024-06-16"  # (the trap: the meeting's date)
    assert seen[-1].rules == ("nearest_date_line", "first_date_line", "relative")
    saved = "2024-05-02T18:00:00"
    aged = (_aged_page(k) for k in range(FITTED))
    pages = write_pages(
        tmp_path / "pages",
        ((text, {"published": day, "reference_time": saved}) for text, day in aged),
        "lynx.txt",
    )
    weights = fit_ballot(TARGETS["dates"], read_ballot_cases(TARGETS["dates"], pages), "test")
    assert weights.values != HAND_DATES.values
    for k in range(FITTED, FITTED + 2):
        text, day = _aged_page(k)
        parsed = newsparse.parse(text, reference_time=_SAVED, weights=weights)
        assert str(parsed.published)[:10] == day
    # (a page with a date by its headline is still read by the first rules)
    text, day = _dated_page(FITTED)
    assert str(newsparse.parse(text, weights=weights).published) == "2024-05-16"


def test_an_age_no_reference_time_resolves_stays_a_defect_with_its_text() -> None:
    text, _ = _aged_page(0)
    detailed = newsparse.parse_detailed(text.replace("Next meeting: June 10, 2024", ""))
    assert detailed.article.published is None
    assert any("2 hours ago" in d.text for d in detailed.defects)


def test_a_reference_time_in_the_truth_must_be_a_time(tmp_path: Path) -> None:
    folder = tmp_path / "pages" / "item"
    folder.mkdir(parents=True)
    (folder / "w3m.txt").write_text(_aged_page(0)[0], encoding="utf-8")
    truth = {"published": "2024-05-02", "reference_time": "yesterday"}
    (folder / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    with pytest.raises(FitError, match="reference_time 'yesterday' is not an ISO 8601 time"):
        read_ballot_cases(TARGETS["dates"], tmp_path / "pages")
