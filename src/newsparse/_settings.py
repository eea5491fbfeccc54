"""The numbers of the parser's decisions, as named data with a reason each: what a block adds to
the body's run, when a block reads as prose, when the comments below a body begin.

They are frozen objects with defaults, read by the decisions that use them, so a fit across
sites (or a user's refit for one site) changes data, not code.
"""

from __future__ import annotations

from typing import Final

import attrs

__all__ = ["BODY", "BodySettings"]


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


#: The settings the parser uses.
BODY: Final = BodySettings()
