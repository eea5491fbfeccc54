"""Write an article back in the reference layout (the inverse of :func:`newsparse.parse`).

For every article in the renderable domain (single-line, white-space-normalised fields; see the
documentation) ``parse(render(article)) == article``, and rendering is idempotent.
"""

from __future__ import annotations

from datetime import date, datetime

from newsparse._models import Article, Comment
from newsparse.vocab.page import MONTH_NAMES

__all__ = ["render"]


def _day(value: date) -> str:
    return f"{MONTH_NAMES[value.month - 1]} {value.day}, {value.year}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _clock(value: datetime) -> str:
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d}{'AM' if value.hour < 12 else 'PM'}"


def _moment(value: date) -> str:
    if isinstance(value, datetime):
        offset = value.strftime(" %z") if value.tzinfo is not None else ""
        return f"{_day(value)} {_clock(value)}{offset}"
    return _day(value)


def _stamp(value: date) -> str:
    if isinstance(value, datetime):
        offset = value.strftime(" %z") if value.tzinfo is not None else ""
        return f"{MONTH_NAMES[value.month - 1][:3]} {value.day}, {value.year} - {_clock(value)}{offset}"
    return f"{MONTH_NAMES[value.month - 1][:3]} {value.day}, {value.year}"


def _comment(comment: Comment) -> list[str]:
    head = comment.author or ""
    out: list[str] = []
    if comment.author is None and comment.posted is not None:
        out.append(f"  • {_stamp(comment.posted)}")
    else:
        out.append(f"  • {head}".rstrip())
        if comment.posted is not None:
            out.append(f"    {_stamp(comment.posted)}")
    out.append("")
    for passage in comment.quoted:
        out.append(f"    “{passage}”")
        out.append("")
    for block in comment.text.split("\n\n") if comment.text else []:
        out.extend(f"    {line}" for line in block.split("\n"))
        out.append("")
    out.append("")
    return out


def render(article: Article) -> str:
    """Render ``article`` as text in the reference layout.

    >>> from datetime import date
    >>> print(render(Article(title="Rain at last", published=date(2024, 5, 2),
    ...                      paragraphs=("It rained.",), source="The Daily")))
    Rain at last
    <BLANKLINE>
    Published: May 2, 2024
    <BLANKLINE>
    <BLANKLINE>
    It rained.
    <BLANKLINE>
    Published in The Daily, May 2nd, 2024.
    <BLANKLINE>
    """
    out = [article.title, ""]
    header = []
    if article.published is not None:
        header.append(f"Published: {_moment(article.published)}")
    if article.updated is not None:
        header.append(f"Updated: {_moment(article.updated)}")
    if article.authors:
        header.append("By " + " and ".join(article.authors))
    if article.subtitle is not None:
        if not header:  # no cue line to stand beside: the standfirst goes under the headline
            out.pop()
        header.append(article.subtitle)
    out.extend(header)
    out.extend(["", ""])
    for paragraph in article.paragraphs:
        out.extend([paragraph, ""])
    if article.source is not None:
        when = article.published
        if when is not None:
            out.append(
                f"Published in {article.source}, {MONTH_NAMES[when.month - 1]} "
                f"{_ordinal(when.day)}, {when.year}."
            )
        else:
            out.append(f"Published in {article.source}.")
        out.append("")
    if article.comment_count is not None or article.comments:
        count = article.comment_count
        out.extend(["Reader Comments" + (f" ({count})" if count is not None else ""), ""])
        for comment in article.comments:
            out.extend(_comment(comment))
    if article.section is not None:
        out.extend([f"More in {article.section}", ""])
    return "\n".join(out)
