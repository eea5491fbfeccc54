"""The byline and the dates of a real page dump, between its headline and its body.

:func:`header` reads the lines between the title the real-page reader found and the first body
paragraph; :data:`BYLINE` and :func:`names` also weigh title candidates (a byline under a line
makes it a likely headline).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from newsparse._dates import find_date
from newsparse._lines import _alt, looks_like_name
from newsparse.vocab import page as V

if TYPE_CHECKING:
    from newsparse._parser import _Page

__all__ = ["BYLINE", "header", "names"]


# --- byline and dates ---------------------------------------------------------------------------

BYLINE: Final = re.compile(
    r"(?:posted\s+by|written\s+by|eine\s+analyse\s+von|by|von|par)(?:\s+|$)(?P<rest>.*)",
    re.IGNORECASE,
)
BYLINE_LATE: Final = re.compile(r"(?<=\s)(?:by|von|par)\s+(?P<rest>[A-ZÀ-Þ][^\d]{2,60})$")
_NAME_CUT: Final = re.compile(
    r"\s*(?:@|\||\s[-–—•·]\s|\(|,\s*(?:[a-z]|Senior|Staff|Contributor|Reporter|Editor|Correspondent)"
    r"|\d|\b(?:on|am|le|updated|published)\b).*$"
)
_SPLIT_NAMES: Final = re.compile(r"\s*(?:,|\sand\s|\s&\s|\sund\s|\set\s)\s*")
_CAMEL_SEAM: Final = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")  # "AltoverosView", not "McBride"


def names(rest: str) -> tuple[str, ...]:
    rest = _NAME_CUT.sub("", rest).strip(" ,;:-")
    out = []
    for part in _SPLIT_NAMES.split(rest):
        name = _CAMEL_SEAM.split(part.strip())[0].strip()
        if name.isupper():
            name = name.title()
        if looks_like_name(name) and " " in name:
            out.append(name)
    return tuple(out)


def header(page: _Page, cleaned: Sequence[str], title_at: int, body_start: int) -> None:
    """Byline and dates between the headline and the body (and a few lines around)."""
    lines = page.lines
    window = [i for i in range(title_at + 1, min(len(lines), body_start + 1)) if cleaned[i]][:25]
    for pos, i in enumerate(window):
        text = cleaned[i]
        if "authors" not in page.fields:
            m = BYLINE.match(text) or (BYLINE_LATE.search(text) if len(text) < 120 else None)
            if m is not None:
                rest = m.group("rest")
                if not rest and pos + 1 < len(window):  # "By" alone, the name below (bs4)
                    rest = cleaned[window[pos + 1]]
                found_names = names(rest)
                if found_names:
                    page.fields["authors"] = found_names
                    page.place(i, "authors")
        if "published" not in page.fields:
            upto = _UPDATED_CUT.split(text, maxsplit=1)[0]
            found = find_date(upto, tz=page.tz) if upto else None
            if found is not None:
                page.fields["published"] = found[0]
                if page.placement[i] is None:
                    page.place(i, "published")
        if "updated" not in page.fields and _UPDATED_CUT.search(text):
            after = _UPDATED_CUT.split(text, maxsplit=1)[-1]
            found = find_date(after, tz=page.tz)
            if found is not None:
                page.fields["updated"] = found[0]
                if page.placement[i] is None:
                    page.place(i, "updated")


_UPDATED_CUT: Final = re.compile(rf"\b(?:{_alt(V.UPDATED_LABELS)})\b", re.IGNORECASE)
