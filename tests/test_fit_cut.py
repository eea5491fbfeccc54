"""Where the comments begin as a scored decision (``newsparse._comment_start``), its truth
(``newsparse._fit_cut``) and ``newsparse fit --decision comment-start``.

The invented site prints its thread without times under its count heading (``3 Comments`` /
name / text / ``Reply``), and under it a sidebar of the site's latest comments elsewhere, with
times, under a bare ``Comments`` heading. The hand order trusts a heading right over a thread
with times before a heading over a thread without them, so it puts the start of the comments at
the sidebar, below the page's own thread; a fit on a few labelled pages of the site learns
that its comments begin at the count heading, and a page it never saw is cut there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse._ballot import decisions
from newsparse._cli import main
from newsparse._comment_start import (
    CUT_DECISION,
    CUT_RULES,
    HAND_CUT,
    CommentStartWeights,
    CutBallot,
)
from newsparse._fit_ballot import TARGETS, ballot_case, case_score, fit_ballot, read_ballot_cases
from newsparse._fit_cut import LATE_CUT, CutTruth, cut_score, cut_truth
from tests.test_fit_ballot import HEADLINES, write_pages

_NAMES = ("Mara Lind", "Tom Hale", "Ines Vale", "Ada Moss", "Pia Berg", "Eli Ross", "Ola Nord")
_SAYS = (
    "I think the bridge should have been built years ago, frankly.",
    "The council waited far too long on this one, as usual here.",
    "Good news for the whole valley and for the market traders.",
)
#: Pages the fit learns from; the others are judged.
FITTED = 6


def _page(k: int) -> tuple[str, dict[str, object]]:
    """Page ``k`` of the invented site (a w3m-like dump) and its truth."""
    headline = HEADLINES[k % len(HEADLINES)]
    paragraphs = [
        f"Paragraph {j} on the {headline.lower()}, item {j * 7 + k} of the story as told."
        for j in range(4)
    ]
    lines = ["The Valley Times", "News | Sport", "", headline, "", "By Jo Lee", ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    lines += ["3 Comments", ""]
    comments = []
    for c in range(3):
        name, text = _NAMES[(k + c) % len(_NAMES)], _SAYS[c]
        lines += [name, text, "Reply", ""]
        comments.append({"author": name, "posted": None, "text": text})
    lines += ["Comments", ""]
    for t in range(3):
        lines += [_NAMES[(k + t + 3) % len(_NAMES)], f"May {t + 2}, 2024 at 9:1{t}", _SAYS[t], ""]
    return "\n".join(lines), {"paragraphs": paragraphs, "comments": comments}


def _cut_of(text: str, weights: CommentStartWeights | None = None) -> tuple[str, int]:
    """The rule and the line of the cut a parse of ``text`` chooses."""
    seen: list[CutBallot] = []
    with CUT_DECISION.watching(seen.append):
        newsparse.parse(text, weights=weights)
    ballot = seen[-1]
    return ballot.rules[ballot.chosen], ballot.proposals[ballot.chosen].at


def _count_heading(text: str) -> int:
    return text.splitlines().index("3 Comments")


def _fitted() -> CommentStartWeights:
    pytest.importorskip("scipy")  # the ``train`` extra
    target = TARGETS["comment-start"]
    cases = [ballot_case(target, *_truth_of(k), f"item-{k}") for k in range(FITTED)]
    weights = fit_ballot(target, [c for c in cases if c is not None], "test")
    assert isinstance(weights, CommentStartWeights)
    return weights


def _truth_of(k: int) -> tuple[str, CutTruth | None]:
    text, truth = _page(k)
    return text, cut_truth(truth)


def test_the_hand_order_starts_the_comments_at_the_sidebar() -> None:
    for k in range(FITTED, FITTED + 2):
        text, _ = _page(k)
        rule, at = _cut_of(text)
        assert rule == "heading_over" and at > _count_heading(text)


def test_a_fit_learns_where_the_sites_comments_begin_on_a_page_it_never_saw() -> None:
    weights = _fitted()
    assert weights.values != HAND_CUT.values
    for k in range(FITTED, FITTED + 2):
        text, _ = _page(k)
        assert _cut_of(text, weights) == ("timeless_heading", _count_heading(text))
        case = ballot_case(TARGETS["comment-start"], *_truth_of(k), "held")
        assert case is not None and case.ballot.rules == ("heading_over", "timeless_heading")
        assert (case_score(case, HAND_CUT), case_score(case, weights)) == (LATE_CUT, 1.0)


def test_a_fitted_site_still_cuts_a_page_of_another_layout_at_its_thread() -> None:
    weights = _fitted()
    story = "It rained all day and the river rose a metre by the evening, said the mayor. " * 2
    thread = "".join(
        f"{name}\n{hours} hours ago\nSo wet here too, and the roads are closed again.\n\n"
        for name, hours in [("Ann Lee", 2), ("Bo Ray", 3), ("Cy Day", 4)]
    )
    text = f"Rain at last\n\nBy Jo Lee\n\n{story}\n\n{story}\n\n3 Comments\n\n{thread}"
    assert _cut_of(text, weights) == _cut_of(text)
    assert len(newsparse.parse(text, weights=weights).comments) == 3


@pytest.mark.parametrize(
    ("at", "score"),
    [(3, 1.0), (4, 1.0), (6, 1.0), (1, 0.0), (2, 0.0), (7, LATE_CUT)],
)
def test_a_cut_is_right_between_the_last_paragraph_and_the_first_comment(
    at: int, score: float
) -> None:
    truth = cut_truth(
        {
            "body": "Rain fell on the town all day.\n\nThe river rose a metre by night.",
            "comments": [{"author": "Ann", "text": "So wet here too, said everyone."}],
        }
    )
    assert truth is not None
    lines = [
        "Rain fell on the town all day.",
        "",
        "[12]The river rose a metre by night.",  # (lynx's link number is no word of the text)
        "",
        "3 Comments",
        "Ann",
        "So wet here too, said",
        "everyone.",
    ]
    assert cut_score(_At(at), truth, lines) == score


class _At:
    def __init__(self, at: int) -> None:
        self.at = at


def test_what_a_truth_says_of_the_comments_start() -> None:
    assert cut_truth({"title": "A title"}) is None
    assert cut_truth({"comments": [{"text": "Thanks!"}]}) is None  # (too short to tell)
    truth = cut_truth({"paragraphs": ["Rain fell on the town all day long."], "comments": []})
    assert truth == CutTruth((("rain", "fell", "on", "the", "town", "all"),), ())
    # a quoted paragraph found again in a comment says nothing against the cut above it
    assert truth is not None
    lines = ["Rain fell on the town all day long.", "Comments", "Rain fell on the town all day"]
    assert cut_score(_At(1), truth, lines) == 1.0


def test_the_command_fits_where_comments_begin_and_parse_takes_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("scipy")
    pages = write_pages(tmp_path / "pages", (_page(k) for k in range(FITTED)))
    out = tmp_path / "cut.json"
    assert main(["fit", str(pages), "--decision", "comment-start", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"read {FITTED} pages ({FITTED} dumps a comment-start ballot decided)" in said
    assert "0.500 with the default weights, 1.000 with the fitted ones" in said
    weights = newsparse.load_comment_start_weights(out)
    assert len(read_ballot_cases(TARGETS["comment-start"], pages)) == FITTED
    page = tmp_path / "new.txt"
    text, _ = _page(FITTED)
    page.write_text(text, encoding="utf-8")
    assert main(["parse", str(page), "--weights", str(out), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == HEADLINES[FITTED]
    assert _cut_of(text, weights)[0] == "timeless_heading"


def test_the_decision_is_listed_and_its_weights_are_checked() -> None:
    assert [d.kind for d in decisions()] == [
        "boilerplate",
        "byline",
        "comment-start",
        "dates",
        "standfirst",
    ]
    assert [n for n in CommentStartWeights.NAMES if n.startswith("rule_")] == [
        f"rule_{r}" for r in CUT_RULES
    ]
    with pytest.raises(ValueError, match="not a comment-start weights document"):
        CommentStartWeights.from_json(newsparse.DateWeights.hand().to_json())
