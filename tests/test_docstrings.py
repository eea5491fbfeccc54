"""Every docstring example in the installed package runs (the docs' Markdown pages run too)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsparse

MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(newsparse.__path__, prefix="newsparse.")
    if name != "newsparse.__main__"
)


@pytest.mark.parametrize("name", ["newsparse", *MODULES])
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
