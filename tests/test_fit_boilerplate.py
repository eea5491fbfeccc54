"""Which blocks of the body's run are boilerplate, as a scored decision (``newsparse._boilerplate``),
and ``newsparse fit --decision boilerplate``.

The invented site sets a list of key facts with bullets between its paragraphs, with no colon
to introduce it and no full stops (a list of sentences is kept), and a bulleted share row
further down. The hand weights drop a bulleted block inside the run (most are share rows, menus
or teaser lists), so the facts are lost; a fit on a few pages whose ``truth.json`` gives the
body learns that on this site a bulleted block of facts is the article's and a row of buttons
is not, and a page it never saw keeps its facts and drops its buttons.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse._ballot import decisions
from newsparse._boilerplate import (
    BLOCK_DECISION,
    BLOCK_RULES,
    HAND_BLOCKS,
    BlockBallot,
    BlockWeights,
)
from newsparse._cli import main
from newsparse._fit_ballot import TARGETS, ballot_cases, case_score, fit_ballot
from newsparse._fit_cut import body_truth
from tests.test_fit_ballot import HEADLINES, write_pages

FITTED = 6


def _page(k: int) -> tuple[str, dict[str, object]]:
    """Page ``k`` of the invented site (a w3m-like dump) and its truth."""
    headline = HEADLINES[k % len(HEADLINES)]
    facts = [
        f"Built in {1890 + k}, patched often since",
        f"Cost: about {k + 2} million pounds",
        "Work starts in the spring",
    ]
    first = (
        f"The council voted on Tuesday night on the {headline.lower()}, after a long debate in "
        "the town hall."
    )
    second = "Residents who spoke at the meeting said they had waited years for a decision."
    third = "The port authority said it would publish the full plans on its website this month."
    lines = ["The Harbour Post", "", "  • News", "  • Sport", "", headline, "", "By Jo Lee", ""]
    lines += [f"May {k + 2}, 2024", "", first, "", *(f"  • {f}" for f in facts), ""]
    lines += [second, "", "  • Share", "  • Tweet", "  • Email", "", third, ""]
    return "\n".join(lines), {"paragraphs": [first, *facts, second, third]}


def _fitted() -> BlockWeights:
    pytest.importorskip("scipy")  # the ``train`` extra
    target = TARGETS["boilerplate"]
    cases = [
        case
        for k in range(FITTED)
        for text, truth in [_page(k)]
        for case in ballot_cases(target, text, body_truth(truth), f"item-{k}")
    ]
    weights = fit_ballot(target, cases, "test")
    assert isinstance(weights, BlockWeights)
    return weights


def _facts_kept(text: str, weights: BlockWeights | None = None) -> bool:
    paragraphs = newsparse.parse(text, weights=weights).paragraphs
    return any("million pounds" in p for p in paragraphs)


def test_the_hand_weights_drop_the_bulleted_facts() -> None:
    for k in range(FITTED, FITTED + 2):
        text, _ = _page(k)
        assert not _facts_kept(text)
        seen: list[BlockBallot] = []
        with BLOCK_DECISION.watching(seen.append):
            newsparse.parse(text)
        assert [b.rules[b.chosen] for b in seen] == ["keep", "drop", "keep", "drop", "keep"]


def test_a_fit_learns_the_sites_bulleted_facts_and_keeps_them_on_a_page_it_never_saw() -> None:
    weights = _fitted()
    assert weights.values != HAND_BLOCKS.values
    for k in range(FITTED, FITTED + 2):
        text, truth = _page(k)
        assert _facts_kept(text, weights)
        assert len(newsparse.parse(text, weights=weights).paragraphs) == 4
        cases = ballot_cases(TARGETS["boilerplate"], text, body_truth(truth), "held")
        assert [case_score(c, HAND_BLOCKS) for c in cases] == [1.0, 0.0, 1.0, 1.0, 1.0]
        assert [case_score(c, weights) for c in cases] == [1.0] * 5


def test_a_fitted_site_still_drops_a_share_row_of_another_layout() -> None:
    weights = _fitted()
    one = "It rained all day and the river rose a metre by the evening, said the mayor at noon."
    two = "The council met at noon and opened the school hall for the night, as it did last year."
    head = "Home\n\nRain falls on the town again\n\nBy Jo Lee\n\nMay 2, 2024"
    text = f"{head}\n\n{one}\n\n  • Facebook\n  • Twitter\n  • Email\n\n{two}\n\n{one}"
    assert newsparse.parse(text, weights=weights).paragraphs == (one, two, one)


def test_the_command_fits_the_boilerplate_and_parse_takes_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("scipy")
    pages = write_pages(tmp_path / "pages", (_page(k) for k in range(FITTED)))
    out = tmp_path / "blocks.json"
    assert main(["fit", str(pages), "--decision", "boilerplate", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"read {FITTED} pages ({5 * FITTED} boilerplate ballots, one a block" in said
    assert "0.800 with the default weights, 1.000 with the fitted ones" in said
    page = tmp_path / "new.txt"
    page.write_text(_page(FITTED)[0], encoding="utf-8")
    assert main(["parse", str(page), "--weights", str(out), "--format", "json"]) == 0
    assert any("million pounds" in p for p in json.loads(capsys.readouterr().out)["paragraphs"])
    assert newsparse.load_block_weights(out).source.startswith("clogit fitted on 30")


def test_a_block_is_right_kept_where_the_truth_holds_it_and_dropped_elsewhere() -> None:
    truth = body_truth({"body": "It rained all day in the town.\n\nThe river rose a metre."})
    assert truth is not None
    text, _ = _page(0)
    cases = ballot_cases(TARGETS["boilerplate"], text, truth, "p")
    # (none of the page's blocks is in this truth: each is right dropped, wrong kept)
    assert [c.scores for c in cases] == [(0.0, 1.0)] * 5
    assert body_truth({"title": "Rain"}) is None


def test_the_decision_is_listed_and_its_weights_are_checked() -> None:
    assert "boilerplate" in [d.kind for d in decisions()]
    assert [n for n in BlockWeights.NAMES if n.startswith("rule_")] == [
        f"rule_{r}" for r in BLOCK_RULES
    ]
    with pytest.raises(ValueError, match="not a boilerplate weights document"):
        BlockWeights.from_json(newsparse.DateWeights.hand().to_json())
