"""lynx sets headings at the margin and indents the rest of the text by three spaces: a line at
the margin of such a page is likelier its headline than an indented row of tags said twice.
Invented pages. (w3m sets everything at the margin: there the evidence is absent, and the same
page still loses its headline to the repeated row, the family left open.)"""

from __future__ import annotations

import newsparse

_TAGS = "WINTER STORMS 2024 HARBOUR WORKS FERRY TIMES COUNCIL BUDGET"
_HEADLINE = "Council agrees to rebuild the harbour wall"
_BODY = [
    "Crews began work on Monday morning, closing the north path to walkers and",
    "cyclists for the whole of the spring while the ferry keeps to its usual",
    "timetable, the council said in a statement.",
    "",
    "The repairs will cost the town more than it had planned, the council's",
    "treasurer told a meeting on Friday, and the work may run on into the summer",
    "if the weather turns again.",
]


def _page(indent: str, item: str) -> str:
    menu = [f"{item}{name}" for name in ("News", "Sport", "Weather", "Letters")]
    lines = [f"{indent}Harbour Herald", *menu, "", f"{indent}{_TAGS}", "", _HEADLINE, ""]
    lines += [f"{indent}Work on the north path begins", f"{indent}[harbour.jpg]", ""]
    lines += [f"{indent}{line}" if line else "" for line in _BODY]
    lines += ["", f"{indent}{_TAGS}", "", f"{indent}(c) 2024 Harbour Herald"]
    return "\n".join(lines)


def test_lynx_s_headline_at_the_margin_beats_a_repeated_row_of_tags() -> None:
    article = newsparse.parse(_page("   ", "     * "))
    assert article.title == _HEADLINE
    assert article.paragraphs[0].startswith("Crews began work")
