"""Invented pages for the title fit: a known rule decides which line is the headline.

Every page has a site name, a section label, a headline set in capitals and, nearer the
body, a sentence-cased line that looks like a headline too (a decoy), then a byline and the
body. The rule: the headline is the line in capitals. The hand weights count capitals
against a line (a label in capitals), so they take the decoy; a fit on these pages must learn
the rule. Nothing here is copied from a real page.
"""

from __future__ import annotations

from pathlib import Path

_TOWNS = (
    "Millbrook",
    "Eastwick",
    "Harrowgate",
    "Lindenfeld",
    "Saltmarsh",
    "Brackenby",
    "Oakhurst",
    "Fennick",
    "Westerby",
    "Corrow",
    "Dunmere",
    "Pellbridge",
)
_THINGS = (
    "bridge",
    "library",
    "market hall",
    "ferry",
    "bus station",
    "orchard",
    "mill",
    "lighthouse",
    "school",
    "museum",
    "harbour wall",
    "park",
)
_NAMES = (
    "Petra Lindqvist",
    "Omar Haddad",
    "Greta Moss",
    "Ian Coyle",
    "Lena Brandt",
    "Tom Achebe",
    "Mia Santos",
    "Karl Voss",
    "Nora Healy",
    "Ravi Menon",
    "Sara Kolb",
    "Jon Ekberg",
)


def title(k: int) -> str:
    """The headline of page ``k`` (in capitals: the rule the fit must find)."""
    return f"{_TOWNS[k].upper()} VOTES TO SAVE ITS OLD {_THINGS[k].upper()}"


def page(k: int) -> str:
    """Page ``k`` of the invented site ``k``: the headline, a decoy nearer the body, a byline."""
    town, thing = _TOWNS[k], _THINGS[k]
    header = (
        f"{town} Courier\n\n"
        "Local news\n\n"
        f"{title(k)}\n\n"
        f"Residents of {town} crowd the council chamber for the vote\n\n"
        f"By {_NAMES[k]}\n\n"
    )
    body = (
        f"The council of {town} voted on Tuesday to keep the old {thing} for another ten "
        "years, after a petition signed by thousands of residents asked it to think again.\n\n"
        f"Repairs to the {thing} will cost a great deal of money, which the council said it "
        "would take from a fund set aside for old buildings in the whole of the district.\n\n"
        f"The {thing} was first opened in the last century and is still used every day by "
        "people who say that the town would not be the same town without it, by a long way.\n"
    )
    return header + body


def write(folder: Path, k: int) -> Path:
    """Page ``k`` written as a dump under ``folder``."""
    path = folder / f"page-{k}.txt"
    path.write_text(page(k), encoding="utf-8")
    return path


PAGES = len(_TOWNS)
