"""The numbers of the parser's decisions, as named data with a reason each: what a block adds to
the body's run, when a block reads as prose, when the comments below a body begin.

They are frozen objects with defaults, read by the decisions that use them, so a fit across
sites (or a user's refit for one site) changes data, not code.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Final

import attrs

__all__ = [
    "BODY",
    "BODY_FILE",
    "RUN_NUMBERS",
    "BodySettings",
    "active_body",
    "load_body_settings",
    "package_file",
    "shipped_body",
    "using_body",
]


@attrs.frozen
class BodySettings:
    """The numbers of the body decision (the best run of blocks in a real page dump).

    >>> BODY.body_found, BodySettings(body_found=200.0).body_found
    (300.0, 200.0)
    """

    # --- what a block reads as ---
    #: a block of prose weighs at least this much (characters, a CJK one counting three) ...
    prose_weight: int = 200
    #: ... and has more words than this, when it is not a long sentence-like line
    prose_words: int = 25
    #: a bulleted block shorter than this is a list item, not prose
    bulleted_prose_chars: int = 120
    #: prose has a punctuation mark every this many words at least
    words_a_mark: int = 25
    #: a paragraph opens the body when it weighs this much and ends a sentence
    strong_weight: int = 100
    #: list items shorter than this (characters an item) make a link list, however many
    list_item_chars: int = 80
    #: a block this tall (lines) ...
    tall_block: int = 6
    #: ... of lines this short on average is a menu run one item a line
    menu_line_chars: int = 16

    # --- what a block adds to the run ---
    #: a listed block (menu, link list, notice) costs this much ...
    listed_cost: float = 20.0
    #: ... and this much a line
    listed_cost_a_line: float = 15.0
    #: a short paragraph or a sub-heading with punctuation adds this share of its weight
    short_prose_share: float = 0.3
    #: any other block (a label, a caption) costs this much ...
    label_cost: float = 10.0
    #: ... this much a line ...
    label_cost_a_line: float = 12.0
    #: ... and this share of its weight, up to ``label_weight_cap``
    label_weight_share: float = 0.2
    label_weight_cap: int = 300
    #: a heading that ends a body (``Related``, ``Read more``) counts this against the run ...
    barrier_value: float = -400.0
    #: ... and an inline link label (one line, the linked headline, then prose) this
    inline_label_value: float = -150.0
    #: ... as does a closing heading over this many one-line links at most, then prose (a box
    #: of further reading inside the article)
    inline_box_links: int = 4

    # --- where the body stops ---
    #: a run worth this much is a body: the comments or the footer below it may end it
    body_found: float = 300.0
    #: this many timestamp blocks after a body open the comments (or a list of teasers)
    stamps_open_comments: int = 3
    #: a dated block is a comment header or a teaser when the next dated one stands this many
    #: blocks below at most
    stamps_apart: int = 12

    def as_mapping(self) -> dict[str, float]:
        """The numbers by name, in the order of the class."""
        return {f.name: getattr(self, f.name) for f in attrs.fields(BodySettings)}

    @classmethod
    def from_mapping(cls, numbers: Mapping[str, float]) -> BodySettings:
        """Settings from numbers by name; a missing name keeps its default, an unknown name
        is a ``ValueError``.

        >>> BodySettings.from_mapping({"label_cost": 5}).label_cost
        5.0
        """
        unknown = sorted(set(numbers) - {f.name for f in attrs.fields(BodySettings)})
        if unknown:
            raise ValueError(f"body settings: unknown {unknown}")
        defaults = BodySettings()
        return cls(**{k: type(getattr(defaults, k))(v) for k, v in numbers.items()})

    def to_json(self) -> str:
        """The settings as a small JSON document (what ``newsparse fit --decision body`` writes).

        >>> BodySettings.from_json(BODY.to_json()) == BODY
        True
        """
        document = {"format": _FORMAT, "settings": self.as_mapping()}
        return json.dumps(document, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> BodySettings:
        """Settings from :meth:`to_json`'s form; another document is a clear ``ValueError``."""
        document = json.loads(text)
        if not isinstance(document, dict) or document.get("format") != _FORMAT:
            raise ValueError(f"not a body settings document (its 'format' is not {_FORMAT!r})")
        return cls.from_mapping(document["settings"])


#: The first key of a body settings file, which names its form.
_FORMAT: Final = "newsparse body settings 1"

#: The settings the rules were written with (the defaults above).
BODY: Final = BodySettings()

#: The numbers of what a block adds to the run and when a run is a body: the ones a fit moves
#: (what a block reads as stays: the block features are computed once, before any run).
RUN_NUMBERS: Final = (
    "listed_cost",
    "listed_cost_a_line",
    "short_prose_share",
    "label_cost",
    "label_cost_a_line",
    "label_weight_share",
    "barrier_value",
    "inline_label_value",
    "body_found",
)


def load_body_settings(path: str | Path) -> BodySettings:
    """Body settings from a file written by ``newsparse fit --decision body``, for
    ``parse(..., body=...)``.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "body.json"); _ = Path(p).write_text(BODY.to_json())
    ...     load_body_settings(p) == BODY
    True
    """
    return BodySettings.from_json(Path(path).read_text(encoding="utf-8"))


#: The file of fitted body settings shipped in the package (the hand numbers when it is absent).
BODY_FILE: Final = "body_settings.json"


@cache
def shipped_body() -> BodySettings:
    """The settings in the package (:data:`BODY_FILE`, written by
    ``benchmarks/leave_site_out_body.py --fit-all``), read once; :data:`BODY` when the package
    ships none.

    >>> shipped_body() is shipped_body()
    True
    """
    text = package_file(BODY_FILE)
    return BODY if text is None else BodySettings.from_json(text)


def package_file(name: str) -> str | None:
    """The text of a data file shipped in the package (``None`` when it ships none).

    >>> package_file("no such file.json") is None
    True
    """
    resource = resources.files("newsparse").joinpath(name)
    return resource.read_text(encoding="utf-8") if resource.is_file() else None


_ACTIVE: Final[ContextVar[BodySettings | None]] = ContextVar("body_settings", default=None)


def active_body() -> BodySettings:
    """The settings the body decision uses now: those of the innermost :func:`using_body`,
    else :func:`shipped_body`.

    >>> mine = BodySettings(label_cost=5.0)
    >>> with using_body(mine):
    ...     active_body() is mine
    True
    >>> active_body() is shipped_body()
    True
    """
    settings = _ACTIVE.get()
    return shipped_body() if settings is None else settings


@contextlib.contextmanager
def using_body(settings: BodySettings) -> Iterator[BodySettings]:
    """Decide the body with ``settings`` inside the block (in this thread or task only)."""
    token = _ACTIVE.set(settings)
    try:
        yield settings
    finally:
        _ACTIVE.reset(token)
