"""The leave-site-out harness (``benchmarks/leave_site_out.py``): its folds never split a site,
and a fit on invented pages where a known rule decides the title recovers the rule."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from newsparse import _title

from . import title_pages

HARNESS = Path(__file__).resolve().parents[1] / "benchmarks" / "leave_site_out.py"


@pytest.fixture(scope="module")
def lso() -> ModuleType:
    spec = importlib.util.spec_from_file_location("leave_site_out", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["leave_site_out"] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def test_no_site_falls_in_two_folds(lso: ModuleType) -> None:
    sites = {f"p{k}": f"site{k % 7 if k < 30 else k}.example" for k in range(45)}
    fold_of = lso.assign_folds(sites, 5)
    assert set(fold_of) == set(sites)
    folds_of_site: dict[str, set[int]] = {}
    for page, site in sites.items():
        folds_of_site.setdefault(site, set()).add(fold_of[page])
    assert all(len(folds) == 1 for folds in folds_of_site.values())
    sizes = [list(fold_of.values()).count(k) for k in range(5)]
    assert max(sizes) - min(sizes) <= 5  # the largest site holds five pages
    assert lso.assign_folds(dict(reversed(sites.items())), 5) == fold_of  # the same every run


def test_hosts_of_one_site_are_one_site(lso: ModuleType) -> None:
    assert lso.registered_domain("money.example.com") == "example.com"
    assert lso.registered_domain("https://www.example.com/2020/a-story") == "example.com"
    assert lso.registered_domain("news.example.co.uk") == "example.co.uk"
    assert lso.registered_domain("example.de") == "example.de"


def _invented(lso: ModuleType, folder: Path, ks: range) -> list[object]:
    return [
        lso.Page(
            corpus="invented",
            id=f"page-{k}",
            site=f"site{k}.example",
            dumps=(title_pages.write(folder, k),),
            titles=frozenset({title_pages.title(k)}),
        )
        for k in ks
    ]


def test_a_fit_recovers_the_rule_that_decides_the_title(lso: ModuleType, tmp_path: Path) -> None:
    pytest.importorskip("scipy")  # the ``train`` extra
    train = _invented(lso, tmp_path, range(8))
    held = _invented(lso, tmp_path, range(8, title_pages.PAGES))
    labelled, hand = lso.extract(train, str.strip)
    assert not any(right for runs in hand.values() for right in runs)  # the hand weights miss
    weights = lso.fit(labelled, "invented")
    assert weights["capitals"] > _title.HAND_WEIGHTS["capitals"]
    judged = lso.judge(held, weights, str.strip)
    assert all(all(runs) for runs in judged.values())  # and on pages it never saw


def test_the_pairwise_fit_recovers_it_too(lso: ModuleType, tmp_path: Path) -> None:
    pytest.importorskip("sklearn")  # the ``train`` extra
    train = _invented(lso, tmp_path, range(8))
    held = _invented(lso, tmp_path, range(8, title_pages.PAGES))
    labelled, _ = lso.extract(train, str.strip)
    weights = lso.fit(labelled, "invented", "pairwise")
    judged = lso.judge(held, weights, str.strip)
    assert all(all(runs) for runs in judged.values())
