"""``newsparse fit`` and ``parse(..., weights=...)``: a fit on an invented corpus folder, in the
corpus form, where the headline is the line in capitals, tunes the parser to that rule on a
page it never saw; bad usage ends with exit status 2 and a clear message."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse._cli import EXIT_USAGE, main

from . import title_pages

#: Pages the fit learns from; the others are judged.
FITTED = 8


def _corpus(folder: Path, ks: range) -> Path:
    """Page folders in the corpus form: a dump beside a truth.json that gives the title."""
    for k in ks:
        page = folder / f"site-{k}"
        page.mkdir(parents=True)
        title_pages.write(page, k).rename(page / "w3m.txt")
        truth = {"title": title_pages.title(k), "title_variants": [title_pages.title(k)]}
        (page / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return folder


def test_a_refit_picks_the_headline_on_a_page_it_never_saw(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("scipy")  # the ``train`` extra
    pages = _corpus(tmp_path / "pages", range(FITTED))
    out = tmp_path / "weights.json"
    assert main(["fit", str(pages), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"read {FITTED} pages" in said
    assert f"0/{FITTED} dumps with the default weights, {FITTED}/{FITTED}" in said
    weights = newsparse.load_weights(out)
    for k in range(FITTED, title_pages.PAGES):
        unseen = title_pages.page(k)
        assert newsparse.parse(unseen).title != title_pages.title(k)  # the decoy
        assert newsparse.parse(unseen, weights=weights).title == title_pages.title(k)
        detailed = newsparse.parse_detailed(unseen, weights=weights)
        assert detailed.article.title == title_pages.title(k)


def test_parse_takes_the_weights_file_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("scipy")
    out = tmp_path / "weights.json"
    assert main(["fit", str(_corpus(tmp_path / "pages", range(FITTED))), "-o", str(out)]) == 0
    page = title_pages.write(tmp_path, FITTED)
    capsys.readouterr()
    assert main(["parse", str(page), "--weights", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == title_pages.title(FITTED)
    assert main(["parse", str(page)]) == 0  # the weights end with the run
    assert json.loads(capsys.readouterr().out)["title"] != title_pages.title(FITTED)


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


def test_a_missing_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _refused(["fit", str(tmp_path / "nowhere"), "-o", str(tmp_path / "w.json")], capsys)
    assert "no such folder" in err


def test_a_folder_without_truth_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("scipy")
    title_pages.write(tmp_path, 0)  # a dump, but no truth.json beside it
    err = _refused(["fit", str(tmp_path), "-o", str(tmp_path / "w.json")], capsys)
    assert "no page folder with a truth.json" in err
    assert not (tmp_path / "w.json").exists()


def test_without_the_train_extra_the_fit_says_what_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("numpy", "scipy", "scipy.optimize", "sklearn", "sklearn.linear_model"):
        monkeypatch.setitem(sys.modules, name, None)  # (an import of it fails)
    pages = _corpus(tmp_path / "pages", range(2))
    for model in ("clogit", "pairwise"):
        argv = ["fit", str(pages), "-o", str(tmp_path / "w.json"), "--model", model]
        err = _refused(argv, capsys)
        assert "pip install 'newsparse[train]'" in err


def test_a_bad_weights_file_or_several_jobs_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = title_pages.write(tmp_path, 0)
    err = _refused(["parse", str(page), "--weights", str(tmp_path / "none.json")], capsys)
    assert "--weights" in err
    (tmp_path / "bad.json").write_text('{"title": "not weights"}', encoding="utf-8")
    err = _refused(["parse", str(page), "--weights", str(tmp_path / "bad.json")], capsys)
    assert "not a weights file" in err
    (tmp_path / "w.json").write_text(_hand(), "utf-8")
    err = _refused(["parse", str(page), "--weights", str(tmp_path / "w.json"), "-j", "2"], capsys)
    assert "-j 1" in err


def _hand() -> str:
    from newsparse._title import HAND_WEIGHTS

    return HAND_WEIGHTS.to_json()
