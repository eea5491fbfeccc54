"""One invented article body shared by the header and headline tests (a ferry timetable), and
the hard wrapping w3m and lynx give a paragraph. Nothing here is copied from a real page."""

from __future__ import annotations

#: the article's three paragraphs
PARAGRAPHS = (
    "The ferry between the two islands will run every hour from the first of May, the harbour "
    "board said on Monday, after a summer of long queues on both piers and many complaints.",
    "Two new boats bought from a yard in the north will join the old one, which will be kept "
    "as a spare for the winter storms and for the school trips in the autumn term each year.",
    "Fares stay the same for residents, while visitors will pay a little more in the summer "
    "months to cover the cost of the crews, the fuel and the repairs to the landing stages.",
)
#: the paragraphs as a page's text: a blank line between them, a line end after the last
BODY = "\n\n".join(PARAGRAPHS) + "\n"


def wrap(text: str, width: int, indent: str = "") -> str:
    """``text`` hard-wrapped as w3m and lynx wrap it, each line after ``indent``.

    >>> print(wrap("one two three four", 9, "  "))
      one two
      three
      four
    """
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(indent + line + " " + word) > width:
            lines.append(indent + line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, indent + line])
