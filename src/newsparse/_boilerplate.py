"""Which blocks of the body's run are boilerplate, as a scored decision: each block is kept or
dropped by weighted features.

The body reader finds the article as the best run of blocks (:mod:`newsparse._generic`, its
numbers fitted by ``newsparse fit --decision body``); inside the run, each block is then kept as
the article's or dropped as boilerplate. The two choices make a ballot of the
:data:`BLOCK_DECISION` (see :mod:`newsparse._ballot`): "drop" scores its rule's weight, "keep"
the weighted signs the block shows. The hand weights are the rule the reader was written with: a
paragraph of prose is kept, and a bulleted list a paragraph introduces with a colon; another
block is kept unless it is bulleted, an aside (a teaser, a caption said twice), inside a box of
links, shorter than three characters, or a closing heading (``Related articles``). The other
signs (a list or menu, a notice, a long sentence, a timestamp, its words) have no hand weight: a
fit may give them one.

>>> facts = BlockFacts("keep", good=False, bulleted=True)
>>> dict(zip(BlockWeights.NAMES, BLOCK_DECISION.vector(facts)))["bulleted"]
1.0

Every ballot goes to a watcher, as a fit reads them:

>>> import newsparse
>>> seen = []
>>> one = "It rained all day and the river rose a metre by the evening. " * 3
>>> two = "The council met at noon and opened the school hall for the night. " * 2
>>> head = "Home\\n\\nRain falls on the town again\\n\\nBy Jo Lee\\n\\nMay 2, 2024"
>>> page = f"{head}\\n\\n{one}\\n\\n* Share\\n\\n{two}"
>>> with BLOCK_DECISION.watching(seen.append):
...     len(newsparse.parse(page).paragraphs)
2
>>> [b.rules[b.chosen] for b in seen]
['keep', 'drop', 'keep']
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Final, NamedTuple

from newsparse._ballot import Ballot, Decision, Feature
from newsparse._weights import FeatureWeights

__all__ = [
    "BLOCK_DECISION",
    "BLOCK_FILE",
    "BLOCK_RULES",
    "HAND_BLOCKS",
    "BlockBallot",
    "BlockChoice",
    "BlockFacts",
    "BlockWeights",
    "load_block_weights",
]


class BlockChoice(NamedTuple):
    """A choice for one block of the body's run: its first line, whether it is kept, its text."""

    at: int
    keep: bool
    text: str


#: The two choices for a block of the run.
BLOCK_RULES: Final = ("keep", "drop")
#: The hand weight of a paragraph of prose: kept whatever else it shows.
_PROSE: Final = 100.0
#: The hand weight of a bulleted list a paragraph introduces with a colon: the article's.
_INTRODUCED: Final = 100.0
#: The hand weight of each sign of boilerplate (a block showing one is dropped unless prose).
_BOILERPLATE: Final = -20.0
#: The hand weight of keeping a block that shows no sign either way.
_KEEP: Final = 10.0
#: A block's words count by their base-2 logarithm, up to this many.
_WORDS_TOP: Final = 10.0


class BlockFacts(NamedTuple):
    """What a block choice's features read (computed by the body reader); a "drop" choice reads
    none of them."""

    rule: str
    good: bool = False
    introduced_list: bool = False
    bulleted: bool = False
    aside: bool = False
    boxed: bool = False
    short: bool = False
    closing: bool = False
    listy: bool = False
    notice: bool = False
    strong: bool = False
    stamped: bool = False
    words: int = 0


def _flag(name: str) -> Callable[[BlockFacts], float]:
    return lambda f: float(getattr(f, name))


#: The signs a kept block is scored by, with their hand weights and reasons.
_SIGNS: Final = (
    ("good", _PROSE, "a paragraph of prose"),
    ("introduced_list", _INTRODUCED, "a bulleted list a paragraph introduces with a colon"),
    ("bulleted", _BOILERPLATE, "opens with a list bullet"),
    ("aside", _BOILERPLATE, "a teaser or a caption said twice"),
    ("boxed", _BOILERPLATE, "inside a box of links in the article"),
    ("short", _BOILERPLATE, "shorter than three characters"),
    ("closing", _BOILERPLATE, "a closing heading (Related articles, Comments)"),
    ("listy", 0.0, "a link list, a menu or another list of short items"),
    ("notice", 0.0, "a cookie, sign-up or legal notice"),
    ("strong", 0.0, "a long paragraph that ends a full sentence"),
    ("stamped", 0.0, "a timestamp with another one close below"),
)

#: The features of a block choice, with their hand weights.
FEATURES: Final[tuple[Feature[BlockFacts], ...]] = (
    Feature("rule_keep", lambda f: float(f.rule == "keep"), _KEEP, "keep the block"),
    Feature("rule_drop", lambda f: float(f.rule == "drop"), 0.0, "drop the block"),
    *(Feature(name, _flag(name), weight, reason) for name, weight, reason in _SIGNS),
    Feature(
        "words",
        lambda f: round(min(math.log2(1 + f.words), _WORDS_TOP), 1),
        0.0,
        "its words (base-2 logarithm of one more)",
        _WORDS_TOP,
    ),
)

#: The first key of a block weights file, which names its form.
_FORMAT: Final = "newsparse boilerplate weights 1"


class BlockWeights(FeatureWeights):
    """One weight per feature of :data:`FEATURES` (in its order), and where they come from.

    >>> w = BlockWeights.from_mapping({**HAND_BLOCKS.as_mapping(), "bulleted": 0.0}, "x")
    >>> w["bulleted"], BlockWeights.from_json(w.to_json()) == w
    (0.0, True)
    """

    NAMES = tuple(f.name for f in FEATURES)
    KIND = "boilerplate"
    FORMAT = _FORMAT

    @classmethod
    def hand(cls) -> BlockWeights:
        """The weights of the rule the reader was written with."""
        return HAND_BLOCKS


#: The file of fitted block weights shipped in the package (the hand weights when absent).
BLOCK_FILE: Final = "boilerplate_weights.json"
#: The boilerplate decision: its features, weights and shipped file.
BLOCK_DECISION: Final[Decision[BlockFacts, BlockWeights, BlockChoice]] = Decision(
    "boilerplate", FEATURES, BlockWeights, BLOCK_FILE
)
#: The weights the rule was written with (the third column of :data:`FEATURES`).
HAND_BLOCKS: Final = BLOCK_DECISION.hand
#: A block's ballot: keep it or drop it.
BlockBallot = Ballot[BlockChoice]


def load_block_weights(path: str | Path) -> BlockWeights:
    """Boilerplate weights from a file written by ``newsparse fit --decision boilerplate``.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "w.json"); _ = Path(p).write_text(HAND_BLOCKS.to_json())
    ...     load_block_weights(p) == HAND_BLOCKS
    True
    """
    return BLOCK_DECISION.load(path)
