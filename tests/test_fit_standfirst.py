"""The standfirst as a scored decision (``newsparse._standfirst``) and ``newsparse fit
--decision standfirst``.

The invented site writes its standfirst between the headline and the byline without a full stop
(``Council backs the plan after a long night of debate``), so the hand weights, which want a
standfirst to end as a sentence ends, read none and leave it out of the article; a fit on a few
pages whose ``truth.json`` gives the ``subtitle`` learns that on this site it is one, and a page
it never saw is read so. A label under the headline of another layout (``Live updates``) is
still no standfirst.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse._ballot import decisions
from newsparse._cli import main
from newsparse._fit_ballot import TARGETS, ballot_case, case_score, fit_ballot
from newsparse._standfirst import (
    HAND_STANDFIRST,
    SIGNS,
    STANDFIRST_DECISION,
    STANDFIRST_RULES,
    StandfirstBallot,
    StandfirstWeights,
)
from tests.test_fit_ballot import HEADLINES, write_pages

_DECKS = (
    "Council backs the plan after a long night of debate",
    "Fewer crossings from November as the crews take leave",
    "Readers queue from dawn for the first day of lending",
    "Skippers say the catch was good before the winds came",
    "Builders worked through the summer to beat the rain",
    "Traders worry about six weeks without the stalls",
    "Volunteers reach the pair on a narrow ledge at dusk",
    "Patients no longer face a two mile walk from the stop",
)
FITTED = 6


def _page(k: int) -> tuple[str, dict[str, object]]:
    """Page ``k`` of the invented site (a w3m-like dump) and its truth."""
    headline, deck = HEADLINES[k % 8], _DECKS[k % 8]
    story = (
        f"Paragraph on the {headline.lower()}: what was decided, who spoke for it and against "
        "it, and what the town does next week."
    )
    lines = ["The Harbour Post", "", "News", "Sport", "", headline, "", deck, "", "By Jo Lee", ""]
    lines += [f"May {k + 2}, 2024", "", story, "", story.replace("Paragraph", "More"), ""]
    return "\n".join(lines), {"title": headline, "subtitle": deck}


def _fitted() -> StandfirstWeights:
    pytest.importorskip("scipy")  # the ``train`` extra
    target = TARGETS["standfirst"]
    cases = [
        ballot_case(target, text, target.truth_of(truth), f"item-{k}")
        for k in range(FITTED)
        for text, truth in [_page(k)]
    ]
    weights = fit_ballot(target, [c for c in cases if c is not None], "test")
    assert isinstance(weights, StandfirstWeights)
    return weights


def test_the_hand_weights_read_no_standfirst_without_a_full_stop() -> None:
    for k in range(FITTED, FITTED + 2):
        assert newsparse.parse(_page(k)[0]).subtitle is None


def test_a_fit_learns_the_sites_standfirst_and_reads_a_page_it_never_saw() -> None:
    weights = _fitted()
    assert weights.values != HAND_STANDFIRST.values
    for k in range(FITTED, FITTED + 2):
        text, truth = _page(k)
        assert newsparse.parse(text, weights=weights).subtitle == truth["subtitle"]
        case = ballot_case(TARGETS["standfirst"], text, TARGETS["standfirst"].truth_of(truth), "p")
        assert case is not None and case.ballot.rules == ("under_headline", "none")
        assert (case_score(case, HAND_STANDFIRST), case_score(case, weights)) == (0.0, 1.0)


def test_a_fitted_site_still_reads_no_label_as_a_standfirst() -> None:
    weights = _fitted()
    story = "It rained all day and the river rose a metre by the evening, said the mayor. " * 2
    text = (
        f"Home\n\nRain falls on the town again\n\nLive updates\n\nBy Jo Lee\n\n{story}\n\n{story}"
    )
    assert newsparse.parse(text, weights=weights).subtitle is None
    seen: list[StandfirstBallot] = []
    with STANDFIRST_DECISION.watching(seen.append):
        newsparse.parse(text)
    assert seen[-1].rules == ("under_headline", "none")


def test_a_truth_says_what_the_standfirst_opens_with_or_that_there_is_none() -> None:
    read = TARGETS["standfirst"].truth_of
    assert read({"subtitle": "A wet week ends."}) == ("a", "wet", "week", "ends")
    assert read({"subtitle": None}) == ()
    assert read({"excerpt": "Rain all week in the town."}) == (
        "rain",
        "all",
        "week",
        "in",
        "the",
        "town",
    )
    assert read({"excerpt": None}) is None
    assert read({"title": "Rain"}) is None


def test_the_command_fits_the_standfirst_and_parse_takes_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("scipy")
    pages = write_pages(tmp_path / "pages", (_page(k) for k in range(FITTED)), "lynx.txt")
    out = tmp_path / "standfirst.json"
    assert main(["fit", str(pages), "--decision", "standfirst", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "0.000 with the default weights, 1.000 with the fitted ones" in said
    page = tmp_path / "new.txt"
    text, truth = _page(FITTED)
    page.write_text(text, encoding="utf-8")
    assert main(["parse", str(page), "--weights", str(out), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["subtitle"] == truth["subtitle"]
    assert newsparse.load_standfirst_weights(out).source.startswith("clogit fitted on 6")


def test_the_decision_is_listed_and_its_weights_name_the_signs() -> None:
    assert "standfirst" in [d.kind for d in decisions()]
    names = StandfirstWeights.NAMES
    assert [n for n in names if n.startswith("rule_")] == [f"rule_{r}" for r in STANDFIRST_RULES]
    assert all(sign in names for sign in SIGNS)
    with pytest.raises(ValueError, match="not a standfirst weights document"):
        StandfirstWeights.from_json(newsparse.DateWeights.hand().to_json())
