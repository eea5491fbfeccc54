"""``newsparse fit --decision body`` and ``parse(..., body=...)``: a fit of the body's numbers on
an invented site, whose article runs on over a menu into a teaser, learns that the menu ends
the article, and a page of that site it never saw is read so; bad usage is a clear error.

The invented site: a short article of eight sentence-long paragraphs, a menu of eight links
under it, then a one-paragraph teaser of the summer fair. With the hand numbers the menu costs
less than the teaser adds, so the teaser is read as the article's last paragraph.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse._cli import main
from newsparse._fit_body import body_case, fit_body, mean_f1, shingles
from newsparse._settings import BODY, BodySettings, active_body, using_body

from .test_fit import _refused

_WORDS = (
    "harbour ferry council crews path wall winter tide boats market river bridge school hall road"
).split()
_TEASER = (
    "The summer fair returns to the green next month, with stalls from the market traders, "
    "a brass band on the bandstand and pony rides for the children."
)
_MENU = ["About", "Contact", "Jobs", "Adverts", "Events", "Weather", "Travel", "Letters"]
#: Pages the fit learns from; the others are judged.
FITTED = 6


def _sentence(k: int, j: int) -> str:
    words = [_WORDS[(k * 7 + j * 3 + i) % len(_WORDS)] for i in range(11)]
    return " ".join(words).capitalize() + "."


def _page(k: int) -> tuple[str, str]:
    """Page ``k`` of the invented site (a w3m-like dump) and its article's body."""
    body = [_sentence(k, j) for j in range(8)]
    lines = ["Gazette", "", "* Home", "* News", "* Sport", "", f"Harbour news item {k}", ""]
    lines += ["By Jo Lee", ""]
    for paragraph in body:
        lines += [paragraph, ""]
    lines += [f"* {item}" for item in _MENU] + ["", _TEASER, "", "* Privacy"]
    return "\n".join(lines), "\n\n".join(body)


def _corpus(folder: Path, ks: range) -> Path:
    """Page folders in the corpus form: a dump beside a truth.json that gives the body."""
    for k in ks:
        page = folder / f"item-{k}"
        page.mkdir(parents=True)
        text, body = _page(k)
        (page / "w3m.txt").write_text(text, encoding="utf-8")
        truth = {"title": f"Harbour news item {k}", "body": body}
        (page / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return folder


def test_the_hand_numbers_read_the_teaser_as_the_last_paragraph() -> None:
    article = newsparse.parse(_page(FITTED)[0])
    assert article.paragraphs[-1] == _TEASER
    assert article.paragraphs[0] == _sentence(FITTED, 0)


def test_a_fit_learns_that_the_menu_ends_the_article() -> None:
    cases = [c for k in range(FITTED) if (c := body_case(*_page(k), f"item-{k}")) is not None]
    assert len(cases) == FITTED
    fitted = fit_body(cases)
    assert mean_f1(cases, fitted) == 1.0 > mean_f1(cases, BODY)
    assert (
        fitted.listed_cost > BODY.listed_cost or fitted.listed_cost_a_line > BODY.listed_cost_a_line
    )
    for k in range(FITTED, FITTED + 3):
        text, _ = _page(k)
        article = newsparse.parse(text, body=fitted)
        assert article.paragraphs == tuple(_sentence(k, j) for j in range(8))
        assert newsparse.parse_detailed(text, body=fitted).article == article
        assert newsparse.parse(text).paragraphs[-1] == _TEASER  # the call's settings only


def test_fit_and_parse_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = _corpus(tmp_path / "pages", range(FITTED))
    out = tmp_path / "body.json"
    assert main(["fit", str(pages), "--decision", "body", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"read {FITTED} pages ({FITTED} dumps of real pages)" in said
    assert "with the fitted ones" in said
    assert newsparse.load_body_settings(out) != BODY
    dump = tmp_path / "unseen.txt"
    dump.write_text(_page(FITTED)[0], encoding="utf-8")
    assert main(["parse", str(dump), "--weights", str(out)]) == 0
    assert _TEASER not in json.loads(capsys.readouterr().out)["paragraphs"]
    assert main(["parse", str(dump)]) == 0  # the settings end with the run
    assert _TEASER in json.loads(capsys.readouterr().out)["paragraphs"]


def test_pages_without_a_body_truth_are_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "pages" / "item-0"
    page.mkdir(parents=True)
    (page / "w3m.txt").write_text(_page(0)[0], encoding="utf-8")
    (page / "truth.json").write_text('{"title": "Harbour news item 0"}', encoding="utf-8")
    out = tmp_path / "body.json"
    err = _refused(["fit", str(tmp_path / "pages"), "--decision", "body", "-o", str(out)], capsys)
    assert "gives a body" in err
    assert not out.exists()
    err = _refused(["fit", str(tmp_path / "nowhere"), "--decision", "body", "-o", str(out)], capsys)
    assert "no such folder" in err


def test_two_body_files_or_a_broken_one_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "page.txt"
    dump.write_text(_page(0)[0], encoding="utf-8")
    body = tmp_path / "body.json"
    body.write_text(BODY.to_json(), encoding="utf-8")
    err = _refused(["parse", str(dump), "--weights", str(body), "--weights", str(body)], capsys)
    assert "a second body file" in err
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "newsparse body settings 1", "settings": {"nope": 1}}', "utf-8")
    err = _refused(["parse", str(dump), "--weights", str(broken)], capsys)
    assert "not a weights file" in err


def test_settings_round_trip_and_refuse_unknown_numbers() -> None:
    mine = BodySettings.from_mapping({**BODY.as_mapping(), "listed_cost": 30})
    assert BodySettings.from_json(mine.to_json()) == mine
    assert isinstance(mine.listed_cost, float)
    with pytest.raises(ValueError, match="unknown"):
        BodySettings.from_mapping({"listed_costs": 30})
    with pytest.raises(ValueError, match="not a body settings document"):
        BodySettings.from_json('{"format": "newsparse title weights 1"}')
    with using_body(mine):
        assert active_body() is mine
    assert active_body() is not mine


def test_the_case_of_a_headline_first_page_is_none() -> None:
    page = "Rain at last\n\nPublished: May 2, 2024\n\nIt rained all day in the town."
    assert body_case(page, "It rained all day in the town.", "p") is None
    assert sum(shingles("one two three four five").values()) == 2
