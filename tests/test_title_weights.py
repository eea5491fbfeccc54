"""The title decision as a table: named features, weights as data, a score that is their
weighted sum, and weights that a caller can swap for a parse."""

from __future__ import annotations

import ast
import inspect

import pytest

import newsparse
from newsparse import _title

from . import title_pages


def test_every_feature_has_a_name_of_its_own_and_a_reason() -> None:
    names = [f.name for f in _title.FEATURES]
    assert len(set(names)) == len(names)
    assert all(f.reason for f in _title.FEATURES)
    assert _title.HAND_WEIGHTS.values == tuple(f.weight for f in _title.FEATURES)


def test_weights_go_to_json_and_back_by_name() -> None:
    mine = _title.TitleWeights.from_mapping({**_title.HAND_WEIGHTS.as_mapping(), "h1": 7.5}, "x")
    again = _title.TitleWeights.from_json(mine.to_json())
    assert again == mine and again["h1"] == 7.5


def test_a_weights_file_that_misses_or_adds_a_feature_is_refused() -> None:
    named = _title.HAND_WEIGHTS.as_mapping()
    del named["h1"]
    with pytest.raises(ValueError, match="missing \\['h1'\\]"):
        _title.TitleWeights.from_mapping(named, "x")
    with pytest.raises(ValueError, match="unknown \\['shiny'\\]"):
        _title.TitleWeights.from_mapping({**_title.HAND_WEIGHTS.as_mapping(), "shiny": 1.0}, "x")
    with pytest.raises(ValueError, match="not a title weights document"):
        _title.TitleWeights.from_json('{"weights": {}}')
    with pytest.raises(ValueError, match="title weights for"):
        _title.TitleWeights((1.0, 2.0))


def test_the_shipped_weights_name_every_feature() -> None:
    shipped = _title.shipped_weights()
    assert set(shipped.as_mapping()) == {f.name for f in _title.FEATURES}


def test_a_score_is_the_weighted_sum_of_the_features() -> None:
    ballots: list[_title.Ballot] = []
    with _title.watching(ballots.append):
        newsparse.parse(title_pages.page(0))
    ballot = ballots[-1]
    weights = _title.active_weights().values
    assert len(ballot.candidates) >= 3
    for vector, score in zip(ballot.vectors, ballot.scores, strict=True):
        assert score == pytest.approx(sum(w * v for w, v in zip(weights, vector, strict=True)))
    assert ballot.chosen in [c.at for c in ballot.candidates]


def test_weights_swapped_for_a_parse_change_its_title() -> None:
    text = title_pages.page(1)
    caps = {**_title.HAND_WEIGHTS.as_mapping(), "capitals": 20.0}
    with _title.using_weights(_title.HAND_WEIGHTS):
        assert newsparse.parse(text).title != title_pages.title(1)
    with _title.using_weights(_title.TitleWeights.from_mapping(caps, "capitals first")):
        assert newsparse.parse(text).title == title_pages.title(1)
    assert _title.active_weights() is _title.shipped_weights()  # the block ends, so do they


def test_no_function_of_the_title_decision_is_long() -> None:
    tree = ast.parse(inspect.getsource(_title))
    lengths = {
        node.name: node.end_lineno - node.lineno + 1
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.end_lineno is not None
    }
    assert max(lengths.values()) <= 80, lengths
