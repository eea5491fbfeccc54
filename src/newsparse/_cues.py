"""Recognisers of the lines every reader looks for, one per concept, built from the vocabulary
tables (so adding a language is a data change): a list's bullets, the comments heading and the
count it declares, the heading that ends an article's body, and the copyright line.

Every reader (the reference layout's, the real page's, the comment zone's) asks these; none
keeps a pattern of its own for the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from newsparse._patterns import alternation as _alt
from newsparse.vocab import authors as A
from newsparse.vocab import comments as C
from newsparse.vocab import page as V

__all__ = [
    "BIO_CHARS",
    "BULLET_MARKS",
    "COPYRIGHT_MARK",
    "COPYRIGHT_YEAR",
    "HEADING_CHARS",
    "Heading",
    "about_writer",
    "closing_count",
    "closing_heading",
    "comment_heading",
    "copyright_line",
    "ends_body",
    "opening",
    "tag_line",
    "writer_bio",
]

#: The marks converters write for a list item's bullet (w3m ``•``, lynx ``*``, ``+`` and ``o``
#: one level down, html2text ``*``, inscriptis ``*``): the readers add the dashes or letters
#: their layouts also use.
BULLET_MARKS: Final = "•*□☆◦▪‣●·○■"

#: The letters that a case-blind pattern takes for another one though their case pairs differ
#: (``ſ`` for ``s``, ``İ`` and ``ı`` for ``i``, the Kelvin and Ångström signs for ``k``, ``å``;
#: the old Cyrillic letter forms U+1C80-1C88 for ``в``, ``д``, ``о``, ``с``, ``т``, ``ъ``, ``ѣ``,
#: ``ꙋ``; Greek symbol forms for ``β``, ``θ``, ``φ``, ``π``, ``κ``, ``ρ``, ``ε``, ``ι``).
_CASE_EXTRA: Final = (
    "ſİı\u212a\u212b"
    + "".join(map(chr, range(0x1C80, 0x1C89)))
    + "\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1fbe\u0345"
)


def bullet_class(extra: str = "") -> str:
    """A regex character class of the bullet marks and ``extra`` marks.

    >>> import re; bool(re.fullmatch(bullet_class("+"), "+"))
    True
    """
    return "[" + re.escape(BULLET_MARKS + extra) + "]"


def opening(phrases: Sequence[str], extra: str = "") -> frozenset[str]:
    """What a case-blind pattern of the ``phrases`` (and ``extra`` openings) can open with: the
    first-character gate a reader tries before the pattern.

    >>> sorted(opening(["Related"]) - set(_CASE_EXTRA))
    ['R', 'r']
    """
    firsts = {p[0] for p in phrases if p} | set(extra)
    return frozenset("".join(c.lower() + c.upper() for c in firsts) + _CASE_EXTRA)


# --- the heading that ends an article's body ---------------------------------------------------

_BODY_END: Final = re.compile(
    rf"(?:{_alt(V.BODY_END_MARKERS)})\b.*|(?:{_alt(V.BODY_END_ALONE)})\s*:?", re.IGNORECASE
)
#: A line set in html2text's emphasis (``_Related_``, ``**Tags:**``): the words inside.
_EMPHASIS: Final = re.compile(r"(\*\*|__|_|\*)(?=\S)(?P<inner>.+?)(?<=\S)\1")
#: What a closing heading can open with (see :func:`opening`; html2text's emphasis too).
END_FIRST: Final = opening((*V.BODY_END_MARKERS, *V.BODY_END_ALONE), "_*")


def ends_body(text: str) -> bool:
    """Whether a line is a heading that closes the article's body (``Related``, ``More
    stories``, ``Kommentare``).

    >>> ends_body("More stories"), ends_body("More than a storm"), ends_body("_Related_")
    (True, False, True)
    """
    if text[:1] not in END_FIRST:
        return False  # (the first character tells for most lines)
    emphasis = _EMPHASIS.fullmatch(text) if text[:1] in "_*" else None
    return _BODY_END.fullmatch(text if emphasis is None else emphasis["inner"]) is not None


# --- the comments heading ----------------------------------------------------------------------

#: Nouns after a count: the page's comment nouns (they also end the body) and a thread's others
#: (``3 answers``, ``12 комментариев``: these do not, a site header shows them over a headline).
_COUNT_NOUNS: Final = tuple(dict.fromkeys((*V.COMMENT_COUNT_NOUNS, *C.COUNT_NOUNS)))
_BODY_ENDING_NOUNS: Final = frozenset(n.casefold() for n in V.COMMENT_COUNT_NOUNS)
_HEADING: Final = re.compile(
    rf"(?:there\s+are\s+)?(?P<n1>\d+)\s+(?P<noun>{_alt(_COUNT_NOUNS)})\b(?P<tail1>.*)"
    rf"|(?:(?P<n0>\d+)\s+)?(?:{_alt(V.COMMENT_HEADINGS)})\b"
    rf"(?:\s*[(\[（]\s*(?P<n2>\d+)\s*(?:{_alt(C.COUNTERS)})?\s*[)\]）])?(?P<tail2>.*)",
    re.IGNORECASE | re.DOTALL,
)
#: What a comments heading can open with, but for its figures (``there are 5 comments``).
COUNT_FIRST: Final = opening(V.COMMENT_HEADINGS, "t")


@attrs.frozen
class Heading:
    """A comments heading: the count it declares (``None``: none), whether the count stands
    before a noun (``24 Comments``, ``3 answers``) rather than after a label (``Comments
    (24)``), whether it closes the article's body, and the text after it."""

    count: int | None
    counted: bool
    closes_body: bool
    tail: str


def comment_heading(text: str) -> Heading | None:
    """The comments heading a line opens with, if any.

    >>> comment_heading("Reader Comments (24)")
    Heading(count=24, counted=False, closes_body=True, tail='')
    >>> comment_heading("3 answers").closes_body, comment_heading("It rained") is None
    (False, True)
    """
    first = text[:1]
    if first not in COUNT_FIRST and not first.isdecimal():
        return None  # (the first character tells for most lines)
    m = _HEADING.match(text)
    if m is None:
        return None
    if m.group("n1") is not None:
        closes = m.group("noun").casefold() in _BODY_ENDING_NOUNS
        return Heading(int(m.group("n1")), True, closes, m.group("tail1"))
    n = m.group("n0") or m.group("n2")
    return Heading(int(n) if n else None, False, True, m.group("tail2"))


#: A comments heading closes a body when no more than this follows it on its line
#: (``5 Comments on “The headline”``).
_HEADING_TAIL_CHARS: Final = 80


#: A comments heading is a short line.
HEADING_CHARS: Final = 120


def closing_heading(text: str, *, bare: bool = False) -> Heading | None:
    """The comments heading a line is when it closes the article's body (``24 Comments``,
    ``Comments (3)``, ``there are 5 comments on …``; not a count in a site's header,
    ``75 комментариев``), else ``None``. A ``bare`` heading has nothing after its count but a
    colon (``Reader Comments``, ``Kommentare (4):``) and is a short line.

    >>> closing_heading("24 Comments on “Rain”") is not None
    True
    >>> closing_heading("24 Comments on “Rain”", bare=True) is None, closing_heading("3 answers")
    (True, None)
    """
    found = comment_heading(text)
    if found is None or not found.closes_body:
        return None
    if bare:
        return None if found.tail.strip(" :") or len(text) >= HEADING_CHARS else found
    return found if len(found.tail) <= _HEADING_TAIL_CHARS else None


_NOUN_WORDS: Final = frozenset(n.casefold() for n in (*_COUNT_NOUNS, *C.HEADING_NOUNS))
_WORD: Final = re.compile(r"[^\W\d_][\w-]*")


def names_comments(text: str) -> bool:
    """Whether a line names the comments by one of their nouns, whatever words stand around it
    (``Visitor comments``, ``Vos commentaires``, ``3 answers``).

    >>> names_comments("Visitor comments"), names_comments("Most read")
    (True, False)
    """
    return any(w in _NOUN_WORDS for w in _WORD.findall(text.casefold()))


def closing_count(text: str) -> bool:
    """Whether a line is a comments heading that closes the article's body
    (:func:`closing_heading`).

    >>> closing_count("24 Comments"), closing_count("Comments (3)"), closing_count("3 answers")
    (True, True, False)
    """
    return closing_heading(text) is not None


# --- the copyright line ------------------------------------------------------------------------

#: A copyright mark anywhere in a line (``©``, ``(c)``, ``Copyright``).
COPYRIGHT_MARK: Final = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
#: A copyright mark and a year (``© 2024``, ``Copyright (c) 1999``).
COPYRIGHT_YEAR: Final = re.compile(r"(?:copyright\s*)?(?:©|\(c\))\s*\d{4}", re.IGNORECASE)
#: What a copyright line can open with (the cheap test before the pattern).
COPYRIGHT_FIRST: Final = frozenset("cC©(")


def copyright_line(text: str) -> bool:
    """Whether a line opens with a copyright mark and a year (``© 2024 The Daily``).

    >>> copyright_line("© 2024 The Daily"), copyright_line("Copyright (c) 1999"), copyright_line("(c) me")
    (True, True, False)
    """
    return text[:1] in COPYRIGHT_FIRST and COPYRIGHT_YEAR.match(text) is not None


# --- a thread's page counter -------------------------------------------------------------------

_PAGE_COUNTER: Final = re.compile(
    rf"[\s\[(]*(?:{_alt(C.PAGE_WORDS)})\s+\d{{1,5}}\s+(?:{_alt(C.PAGE_OF)})\s+\d{{1,5}}(?!\d)",
    re.IGNORECASE,
)


def page_counter(text: str) -> bool:
    """Whether a line opens with a thread's page counter (``Page 34 of 40``, ``Seite 2 von 5
    Erste ... Letzte``): the posts of a forum page stand above it.

    >>> page_counter("Seite 34 von 40"), page_counter("Page 2 of 5 First Next"), page_counter("Page 2 was torn")
    (True, True, False)
    """
    return _PAGE_COUNTER.match(text) is not None


# --- an author's box under the article ---------------------------------------------------------

#: A person's name: one to four capitalised words (``Julius``, ``Jane van Doe`` has a joiner).
_NAME: Final = (
    r"[^\W\d_a-zà-ÿ][\w'’.-]*(?:\s(?:[^\W\d_a-zà-ÿ][\w'’.-]*|van|von|de|da|del|der|di|le|la)){0,3}"
)
_BIO_OPEN: Final = re.compile(
    rf"(?P<name>{_NAME})\s(?:{_alt(V.AUTHOR_BIO_VERBS)})\s(?P<role>[^.;!?]{{1,120}})"
)
_ROLES: Final = frozenset(V.AUTHOR_ROLES)
_ROLE_WORD: Final = re.compile(r"\w+")
_ABOUT_NAME: Final = re.compile(rf"(?i:{_alt(V.AUTHOR_BOX_ABOUT)})\s+(?P<name>{_NAME})")
_ABOUT_HEADINGS: Final = frozenset(A.ABOUT_AUTHOR_HEADINGS)
#: The longest heading of an author's box without a name (every paragraph of the body is asked
#: whether it is one: a longer one is not folded).
_ABOUT_HEADING_CHARS: Final = max(map(len, _ABOUT_HEADINGS))
#: An author's bio is this short at most (a longer block that opens so is a paragraph).
BIO_CHARS: Final = 400


def writer_bio(text: str) -> str | None:
    """The writer an author's box describes when the text opens so (``Jane Doe is a staff
    writer at …``, ``Julius is an entertainment reporter.``: a name, a verb of
    :data:`~newsparse.vocab.page.AUTHOR_BIO_VERBS`, then a role of
    :data:`~newsparse.vocab.page.AUTHOR_ROLES` in the same sentence), else ``None``.

    >>> writer_bio("Jane Doe is a staff writer at the Gazette."), writer_bio("Rain is a worry.")
    ('Jane Doe', None)
    """
    if len(text) > BIO_CHARS:
        return None
    m = _BIO_OPEN.match(text)
    if m is None or not _ROLES.intersection(_ROLE_WORD.findall(m.group("role").lower())):
        return None
    return m.group("name")


def about_writer(text: str) -> str | None:
    """The heading of an author's box: the name it gives (``About Jane Doe`` gives ``Jane
    Doe``), ``""`` for a heading without one (``About the author``), else ``None``.

    >>> about_writer("About Jane Doe"), about_writer("About the author"), about_writer("About us")
    ('Jane Doe', '', None)
    """
    plain = text.strip(" #*_:")
    # (no letter folds to nothing: a text longer than every heading is none, unfolded)
    if len(plain) <= _ABOUT_HEADING_CHARS and plain.casefold() in _ABOUT_HEADINGS:
        return ""
    m = _ABOUT_NAME.fullmatch(plain)
    if m is None or " " not in m.group("name"):
        return None  # (a name of one word after "About" is a site's page: "About us")
    return m.group("name")


# --- an article's line of tags -----------------------------------------------------------------

#: A tag label, then a colon, a space, or the first tag glued to it in capitals (``TopicsIsrael``).
_TAG_LINE: Final = re.compile(rf"(?i:{_alt(V.TAG_LABELS)})(?:\s*:|\s|(?=[A-Z]))")
#: A line of tags is this short at most (a longer block that opens so is a paragraph).
TAG_LINE_CHARS: Final = 400


def tag_line(text: str) -> bool:
    """Whether a block is an article's line of tags: a label of
    :data:`~newsparse.vocab.page.TAG_LABELS`, then the tags, and no sentence's end (``Tags are
    sewn into every jacket.`` is a sentence).

    >>> tag_line("Tags: ferries, harbours"), tag_line("Filed under Islands | Transport")
    (True, True)
    >>> tag_line("Tags are sewn into every life jacket on board."), tag_line("Tagline")
    (False, False)
    """
    return (
        len(text) <= TAG_LINE_CHARS
        and text[-1:] not in ".!?…"
        and _TAG_LINE.match(text) is not None
    )
