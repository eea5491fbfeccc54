"""The title decision: which line before the article's body is its headline.

A real page shows its headline among menus, teaser cards, section labels and the site's name.
Every heading-like line above the body (within :data:`_REACH` lines of text) that stands apart
is a :class:`Candidate`, and so is a line inside a run of one-element lines (BeautifulSoup's)
that words much as the page's ``<title>``, or, when no line apart has a byline or a date under
it, one with a byline or a date right under it (:func:`_run_headline`); the features of :data:`FEATURES` are read off it (is it html2text's ``#``
heading, does a byline or a date stand under it, does it repeat the page's ``<title>``, is it
one of a list of teasers, …) and its score is their sum weighted by a :class:`TitleWeights`:
the hand weights of the table, or weights fitted across sites by
``benchmarks/leave_site_out.py`` and shipped as ``title_weights.json`` beside this module.

Three steps stand around the score, in this order:

1. the page's ``<title>`` (BeautifulSoup's first line) repeated as a heading settles the
   decision before any score (:func:`_title_repeated`), unless that first line may be the
   logo's name of another converter's dump, repeated with nothing under it, and a candidate
   with a byline or a date under it scores best (:func:`_logo_repeated`);
2. the best-scored candidate wins, or a fuller copy of it a little above it
   (:func:`_fuller_above`), or the headline of the layout the winner stands in: the line over
   a video player or a readers' poll (:func:`_above_player`), the headline under a sticky
   bar's title (:func:`_under_sticky_bar`), an endless page's first headline
   (:func:`_first_article`), the headline over its standfirst above a video's title
   (:func:`_over_standfirst`);
3. when no byline nor date stands under the winner, html2text's top heading further down on a
   page that marks none above it wins instead (:func:`_h1_below`), else a headline with a
   labelled byline (or both a date and a byline) right under it further down
   (:func:`_bylined_heading`).

>>> lines = ["Site name", "", "Rain falls on the town again", "", "By Jane Doe", "",
...          "It rained all day in the town, and the river rose by a metre before noon."]
>>> find_title(lines, lines, [False] * len(lines), 6, -1)
(2, 2)
"""

from __future__ import annotations

import contextlib
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Final

import attrs

from newsparse import _cues as cues
from newsparse import _generic_header as _header
from newsparse._authors import BYLINE, more_words_than_names, names, person
from newsparse._dates import find_date
from newsparse._generic_header import bare_byline, is_cue
from newsparse._lines import fold
from newsparse._patterns import CaseBlindWords
from newsparse._patterns import alternation as _alt
from newsparse._settings import package_file
from newsparse._text import (
    BULLET_LEAD,
    TEASER_HEADING,
    cjk_count,
    is_credit,
    is_long,
    is_notice,
    join_lines,
)
from newsparse._weights import FeatureWeights
from newsparse.vocab import page as V

__all__ = [
    "FEATURES",
    "HAND_WEIGHTS",
    "Ballot",
    "Candidate",
    "Feature",
    "TitleWeights",
    "active_weights",
    "find_title",
    "furniture_first",
    "load_weights",
    "shipped_weights",
    "using_weights",
    "watching",
]


# --- how far the decision looks -----------------------------------------------------------------

#: Lines of text above the body looked at for a candidate (a header with menus, a sticky bar,
#: a box of teasers between the headline and the body fit in it).
_REACH: Final = 150
#: Lines below the body's start where a repeat of the page's ``<title>`` may still stand (a
#: headline found inside the first paragraphs of a run that starts with teasers).
_REPEAT_REACH: Final = 200
#: A repeat of the ``<title>`` settles the decision at once when a byline or a date this strong
#: stands under it (a date eight lines down or nearer, any byline) ...
_REPEAT_CUE: Final = 8.0
#: ... and it has this many words (three words or fewer may be the site's name).
_REPEAT_WORDS: Final = 4
#: A short repeat counts when a byline this strong stands right under it.
_SHORT_REPEAT_CUE: Final = 12.0
#: Lines below a repeat of the ``<title>`` where its byline or date is looked for.
_REPEAT_CUE_LINES: Final = 8
#: How much lines of one or two words (share rows, labels) add to the distance to the body.
_LABEL_STEP: Final = 0.3
#: A fuller copy of the best line counts within this many lines above it ...
_FULLER_REACH: Final = 60
#: ... when it scores at most this much less.
_FULLER_MARGIN: Final = 4.0
#: Marks of a breadcrumb or a share line, which a fuller copy holds none of (``Home › Headline``).
_FULLER_MARKS: Final = "|>»/›→"
#: A video player's controls stand this many lines apart at most (its menus between) ...
_PLAYER_GAP: Final = 24
#: ... and the headline stands this many lines above the player's first control at most.
_ABOVE_PLAYER: Final = 12
#: Under a winner with a weaker byline or date than this, a bylined headline below wins.
_CUE_HOLDS: Final = 8.0
#: A line longer than this is no headline, nor a <title> that gives one ...
_HEADLINE_LINE_CHARS: Final = 300
#: ... a headline said again (a breadcrumb's end, a share line, a comments heading) is longer
#: than this ...
_SAID_AGAIN_CHARS: Final = 20
#: ... and a headline line this long may go on on the next line (a converter wrapped it).
_WRAPPED_LINE_CHARS: Final = 75
#: A byline or a date line under a headline is shorter than this, and stands within this many
#: lines of text under it (a byline within the first few of them).
_CUE_LINE_CHARS: Final = 80
_CUE_LINES: Final = 8
_BYLINE_LINES: Final = 6
#: A line of this many words or fewer said again on the page may be a name (``The Daily
#: Courier`` in the header and the footer): its copies alone are no evidence of a headline.
_NAME_WORDS: Final = 3
#: Candidates with a byline or date of their own under a "Related" heading: a box of teasers.
_BOX_CARDS: Final = 3
#: How many lines of text below the body's start a bylined headline is looked for.
_BYLINED_REACH: Final = 150
#: html2text's top heading below the run is the headline from this many words on (``# Comments
#: Form`` heads a form).
_H1_WORDS: Final = 3
#: The byline that marks a headline below the run: labelled, on the next line of text.
_BYLINED_CUE: Final = 13.0
#: ... or a date and a byline both under it (a page's own stamp: ``May 2, 2024`` / ``By Jane
#: Doe``; a teaser shows one at most), the first within this many lines of text of the headline
#: (a share row between) ...
_STAMP_DEPTH: Final = 2
#: ... looked for this many lines down at most (blank lines and empty share buttons between) ...
_STAMP_REACH: Final = 12
#: ... the one right under the other (a line between at most: ``By`` / ``Jane Doe``).
_STAMP_STEP: Final = 2


# --- what the decision reads --------------------------------------------------------------------


@attrs.frozen
class _Head:
    """The page as the title decision reads it: its lines and the page-wide evidence."""

    lines: Sequence[str]
    cleaned: Sequence[str]
    junk: Sequence[bool]
    body_start: int  # the line before which candidates are looked for
    run_start: int  # where the body's run of long lines starts
    first_at: int  # the first line of text (BeautifulSoup's <title>)
    first_low: str  # that line in lower case
    page_title: str  # that line without a site suffix, in lower case
    site: str  # the site's name that line ends in, in lower case, when the page shows it ("")
    markdown: bool  # an html2text dump (``#`` headings above the body)
    heads: dict[str, int]  # the forms of the <title> as a headline, with their word counts
    repeated: Counter[str]  # how often each headline-sized line occurs
    tails: Counter[str]  # the last parts of breadcrumbs and share lines
    named: frozenset[str]  # headlines quoted in a comments heading
    #: each line's indentation (empty when the caller has none), and whether the page indents
    #: most of its text above the body (lynx: its headings stand at the margin)
    indents: Sequence[int] = ()
    indented: bool = False


@attrs.frozen
class Candidate:
    """A heading-like line above the body, as the title decision sees it.

    ``raw`` is the line as the dump has it (html2text's lone ``#`` joined to the text set under
    it), ``text`` the cleaned line, ``whole`` the line with its wrapped continuation; ``cue`` is
    the kind of byline or date under it (a key of ``CUE_WEIGHTS``, ``""`` when none),
    ``cue_depth`` the lines of text down to it; ``kind`` the first matching row of
    :data:`_KINDS` (``""`` when none); ``boxed`` marks a teaser under a "Related" heading;
    ``rank`` counts the candidates between it and the body; ``shares_cue`` marks a candidate
    whose byline or date is that of a candidate nearer the body; ``under_stamp`` the page's one
    candidate set right under its byline or date, with no headline over that stamp
    (:func:`_stamp_over`).
    """

    at: int
    raw: str
    text: str
    whole: str
    low: str
    words: int
    distance: float
    cue: str
    cue_depth: int
    cue_line: int
    kind: str = ""
    boxed: bool = False
    rank: int = 0
    shares_cue: bool = False
    under_stamp: bool = False


# --- which lines are candidates -----------------------------------------------------------------

#: An image's alt text naming the headline it illustrates (``Image for Headline``).
_IMAGE_FOR: Final = re.compile(rf"(?:{_alt(V.TITLE_IMAGE_FOR)})\s+(?=\S)", re.IGNORECASE)
#: Lines that are never the headline, whatever they score: (reason, test of whole, text, raw).
#: (A line that is no heading, of one word or too long, is none either: :func:`_no_heading`.)
_REJECTS: Final[tuple[tuple[str, Callable[[str, str, str], bool]], ...]] = (
    ("a list item", lambda whole, text, raw: BULLET_LEAD.match(raw) is not None),
    ("a byline or a date", lambda whole, text, raw: _cue_line(text)),
    ("a link's brackets", lambda whole, text, raw: _bracketed(text)),
    ("a row of links", lambda whole, text, raw: _link_row(text)),
    ("a previous / next row", lambda whole, text, raw: _nav_row(whole)),
    ("figures, not words", lambda whole, text, raw: not _lettered(whole)),
    ("a reading time", lambda whole, text, raw: _header.ends_in_reading_time(text)),
    ("an image's alt text", lambda whole, text, raw: _IMAGE_FOR.match(text) is not None),
    ("said twice", lambda whole, text, raw: _said_twice(whole)),
    ("an article's line of tags", lambda whole, text, raw: cues.tag_line(text)),
)


def _said_twice(text: str) -> bool:
    """The same words twice over on one line (``Harbour Herald Harbour Herald``): a logo's
    image named by its alt text beside the name itself, or a photo's alt text beside its
    caption; no headline.

    >>> _said_twice("Harbour Herald Harbour Herald"), _said_twice("Rain, rain and more rain")
    (True, False)
    """
    words = text.split()
    half = len(words) // 2
    return len(words) % 2 == 0 and words[:half] == words[half:]


#: What joins the items of a row of links or tags (``News | Sport | Weather``, ``Style • Tips •
#: Holiday``); a headline holds one at most (``Derek Jarman · The Garden``).
_ROW_JOINTS: Final = (" | ", " • ", " · ")


def _link_row(text: str) -> bool:
    """A row of links or tags: two joints of one kind or more (or two bars, spaced or not)."""
    return text.count("|") > 1 or any(text.count(j) > 1 for j in _ROW_JOINTS[1:])


#: A tag in brackets that a headline may hold (``[Review]``, ``[Update]``): a few letters.
_TAG_IN_BRACKETS: Final = re.compile(r"\[[^\W\d_][^\[\]]{1,24}\](?!\()")
#: What a converter writes in brackets for an image, a frame or a button.
_ARTEFACT_WORDS: Final = frozenset(("image", "img", "icon", "logo", "button", "photo", "video"))


def _bracketed(text: str) -> bool:
    """A link's or an image's brackets in the line (``[image]``, ``[Jane Doe](/jane)``), not
    one tag in brackets that opens or closes a headline (``[Review] Rain at last``)."""
    if "[" not in text and "]" not in text:
        return False
    m = _TAG_IN_BRACKETS.search(text)
    if m is None or text.count("[") > 1 or text.count("]") > 1:
        return True
    if m.start() > 0 and m.end() < len(text):
        return True  # (inside the line: a link's text)
    return m.group()[1:-1].strip().lower() in _ARTEFACT_WORDS or len(text) - len(m.group()) < 10


#: A line opening with a byline's label but naming no one is a headline from this many words
#: on (German ``Von …`` is "by" and "from": ``Von der Quelle bis zum Meer: …``).
_LABELLED_HEADLINE_WORDS: Final = 5


def _cue_line(text: str) -> bool:
    """A byline or a date line (:func:`is_cue`) rather than a headline that opens with a
    byline's word and names no one, or that names a day (``Opening Bell 11.18.19``)."""
    if not is_cue(text) or _dated_headline(text):
        return False
    m = BYLINE.match(text)
    if m is None or text.count(" ") + 1 < _LABELLED_HEADLINE_WORDS:
        return True
    return bool(names(m.group("rest") or "x")) or find_date(text) is not None


#: What else a candidate may be, in order, with the weight of each kind: the first row whose
#: test holds names its kind (a line of two words is a site name or a label, which repeat too:
#: no later row is asked).
_KINDS: Final[tuple[tuple[str, Callable[[_Head, Candidate], bool], float, str], ...]] = (
    ("pager", lambda h, c: cues.page_counter(c.whole), -6.0, "a forum thread's page counter"),
    (
        "credit",
        lambda h, c: (
            is_credit(c.whole)
            or c.whole.count(" > ") >= 2
            or _crumb_opening(c.whole)
            or _credit_tail(c.whole)
            or _copyrighted(c.whole)
        ),
        -6.0,
        "a photo credit, a copyright line or a breadcrumb (which repeat on a page too)",
    ),
    (
        "site",
        lambda h, c: bool(h.site) and c.low == h.site,
        -6.0,
        "the site's name, as the page's <title> gives it after the headline",
    ),
    ("short", lambda h, c: c.words <= 2, 0.0, "a site name or a section label"),
    (
        "teaser_card",
        lambda h, c: _in_teasers(h.cleaned, c.at),
        -3.0,
        "one of a list of teaser cards",
    ),
    ("listed", lambda h, c: _under_marker(h.cleaned, c.at), -6.0, "an item of a numbered list"),
    (
        "repeated_standfirst",
        lambda h, c: c.whole[-1] in ".…" and above_heading(h.cleaned, h.junk, c.at),
        -3.0,
        "a standfirst that the article repeats as its first paragraph",
    ),
    ("call", lambda h, c: _call(c.whole), -6.0, "a call to the reader or a banner"),
    (
        "consent",
        lambda h, c: _consent_box(h.cleaned, c.at),
        -8.0,
        "the heading of a box asking for consent to cookies",
    ),
    (
        "menu_twice",
        lambda h, c: _menu_twice(h, c),
        -6.0,
        "a row of the site's menu in capitals that w3m writes twice (its wide and its narrow "
        "form), the menu's items between the two",
    ),
    (
        "repeated",
        lambda h, c: _repeated(h, c),
        5.0,
        "said again on the page (share text, breadcrumb)",
    ),
    (
        "standfirst",
        lambda h, c: above_heading(h.cleaned, h.junk, c.at),
        -3.0,
        "a standfirst set right under the headline",
    ),
)


#: A photo credit that names the agency before the photographer (``REUTERS/Jane Doe``, ``AP
#: Photo/Jane Doe``), the whole line or its last part.
_AGENCY_FIRST: Final = re.compile(
    rf"(?:^|[.;]\s+)(?:{_alt(V.AGENCIES + V.PHOTO_AGENCIES)})\s?/\s?(?-i:[A-ZÀ-Þ])[\w'’.-]+"
    r"(?:\s(?-i:[A-ZÀ-Þ])[\w'’.-]+){0,3}$",
    re.IGNORECASE,
)
#: Where a caption's last part, its credit, starts (``Rain in Leeds. Photo: Jane Doe``).
_CAPTION_PART: Final = re.compile(r"[.;]\s+(?=\S)")


#: A line opening with a copyright mark (``© Jane Doe``, ``(c) City Archive``, ``Copyright ©
#: The Daily``): a photo's or the page's credit, with or without a year.
_COPYRIGHT_OPENS: Final = re.compile(r"(?:copyright\s*)?(?:©|\(c\)\s)", re.IGNORECASE)


def _copyrighted(text: str) -> bool:
    """A photo's or a page's copyright line: it opens with a copyright mark.

    >>> _copyrighted("© Jane Doe"), _copyrighted("Copyright law is changing in the spring")
    (True, False)
    """
    return text[:1] in cues.COPYRIGHT_FIRST and _COPYRIGHT_OPENS.match(text) is not None


def _credit_tail(text: str) -> bool:
    """A caption ending in its credit: the agency before the photographer (``Rain in Leeds,
    2008. REUTERS/Jane Doe``), or a last part after a full stop or a semicolon that is a
    credit of its own (``Rain in Leeds; Photo: Jane Doe/City Archive``)."""
    if "/" not in text and ":" not in text:
        return False
    if _AGENCY_FIRST.search(text):
        return True
    parts = _CAPTION_PART.split(text)
    return len(parts) > 1 and is_credit(parts[-1])


_CALL_WORDS: Final = frozenset(V.TITLE_CALL_WORDS)
#: A banner about the page (``This article is more than 5 years old``, ``Sponsored content``).
_BANNER: Final = CaseBlindWords(V.TITLE_BANNER_PHRASES)


def _call(text: str) -> bool:
    """A call to the reader (``Continue reading the main story``, ``Sign in to your account``)
    or a banner about the page (``This article is more than 5 years old``): no headline."""
    first = text[: text.find(" ")] if " " in text else text
    return first.lower().strip(":!.") in _CALL_WORDS or _BANNER.found_in(text)


_SECTION_WORDS: Final = frozenset(V.TITLE_SECTION_WORDS)
#: A section's label has this many words at most (``Food and Drink News``).
_SECTION_LABEL_WORDS: Final = 4


def _section_label(text: str) -> bool:
    """A short capitalised line that ends in a word of
    :data:`~newsparse.vocab.page.TITLE_SECTION_WORDS`: the label of a part of the site."""
    words = text.split()
    return (
        len(words) <= _SECTION_LABEL_WORDS
        and words[-1].lower().strip(":.»") in _SECTION_WORDS
        and _capitalised(text)
    )


def _kind(head: _Head, c: Candidate) -> str:
    """The name of the first row of :data:`_KINDS` that the candidate matches (``""``: none)."""
    return next((name for name, test, _, _ in _KINDS if test(head, c)), "")


def _repeated(head: _Head, c: Candidate) -> bool:
    """Whether the candidate stands again on the page or ends a breadcrumb or a share line (a
    line of three words said again on its own is a name: the site's in its header and footer)."""
    if head.tails[c.low] > 0:
        return True
    return (c.words > _NAME_WORDS or _dated_headline(c.whole)) and (
        head.repeated[c.low] > 1 or (c.whole != c.text and head.repeated[c.text.lower()] > 1)
    )


def _menu_twice(head: _Head, c: Candidate) -> bool:
    """Whether the candidate, in capitals, stands again above or below it (the page's first
    line aside) with a list of menu items between the two copies: a row of the site's header
    (tags, sections: ``BUDGET 2024 ELECTIONS FERRIES``) that w3m writes twice, not a headline
    (a headline in mixed case is said above itself often enough, in a top bar over the menu)."""
    if head.repeated[c.low] < 2 or not c.whole.isupper():
        return False
    above = range(c.at - 1, head.first_at, -1)
    below = range(c.at + 1, min(len(head.cleaned), head.body_start))
    for copies in (above, below):
        j = next((j for j in copies if head.cleaned[j].lower() == c.low), -1)
        if j >= 0 and _menu_items(head.lines, min(j, c.at) + 1, max(j, c.at)) >= _MENU_ITEMS:
            return True
    return False


def _menu_items(lines: Sequence[str], start: int, end: int) -> int:
    """How many lines from ``start`` up to ``end`` are a list's items."""
    return sum(1 for k in range(start, end) if BULLET_LEAD.match(lines[k]))


#: A menu between two copies of a line has this many items at least.
_MENU_ITEMS: Final = 3


#: A headline worded a little otherwise than the page's ``<title>`` shares this share of its
#: words with it at least ...
_NEAR_SHARE: Final = 0.6
#: ... and this many words.
_NEAR_WORDS: Final = 3


def _near_title(head: _Head, c: Candidate) -> bool:
    """Whether the candidate words much as the page's first line (BeautifulSoup's ``<title>``)
    does, below it: most of its words stand in it (``Rain falls on the town`` under ``Rain
    falls on our town again | Courier``), or a Chinese or Japanese headline stands in it."""
    if c.at <= head.first_at or _tag_list(c.whole):
        return False
    if _cjk_heading(c.whole):
        return c.low in head.first_low
    if c.words < _REPEAT_WORDS:
        return False  # (three words or fewer may be the site's name)
    words = set(_WORD.findall(c.low))
    shared = words & set(_WORD.findall(head.first_low))
    return len(shared) >= _NEAR_WORDS and len(shared) >= _NEAR_SHARE * len(words)


#: A list of tags has this many items or more, each of a few words (``Rain, Town, Weather``).
_TAG_ITEMS: Final = 3


def _tag_list(text: str) -> bool:
    """A row of tags or topics joined by commas rather than a headline."""
    items = text.split(",")
    return len(items) >= _TAG_ITEMS and all(item.count(" ") <= _TAG_ITEMS for item in items)


def _repeats_title(head: _Head, c: Candidate) -> bool:
    """Whether the candidate is the page's ``<title>`` (three words or fewer may be the site's
    name) or a long part of it, below that first line."""
    return c.at > head.first_at and (
        head.heads.get(_title_key(c.whole), 0) >= _REPEAT_WORDS
        or (head.page_title.count(" ") >= 3 and len(c.low) > 20 and c.low in head.first_low)
    )


# --- the features and their hand weights --------------------------------------------------------


@attrs.frozen
class Feature:
    """One named piece of evidence about a candidate: its test (a number, or a truth counted as
    1), the weight the hand rules gave it and why."""

    name: str
    test: Callable[[_Head, Candidate], float | bool]
    weight: float
    reason: str


def _cjk_few(c: Candidate) -> bool:
    """A Chinese or Japanese headline of few spaced words (its words have no spaces), or one
    that glues Latin names to a few of its words (:func:`_cjk_mixed`)."""
    return c.words < 4 and (_cjk_heading(c.whole) or _cjk_mixed(c.whole))


#: A headline mixing Latin words with Chinese or Japanese ones has this many of their
#: characters at least (``wasm-module - RustのWebAssemblyでDOMを扱う``) ...
_CJK_MIXED_CHARS: Final = 4
#: ... and glues a Latin word to them with no space, as a sentence of those languages does (a
#: label puts the two apart: ``Scan PREMIUM 会員限定記事``).
_CJK_GLUED: Final = re.compile(r"[A-Za-z][\u3040-\u9fff]|[\u3040-\u9fff][A-Za-z]")


def _cjk_mixed(text: str) -> bool:
    """A Japanese or Chinese headline that names things in Latin letters glued to its words,
    fewer than eight of its characters Chinese or Japanese, no full stop or comma at its end.

    >>> _cjk_mixed("wasm-module - RustのWebAssemblyでDOMを扱う"), _cjk_mixed("Scan PREMIUM 会員限定記事")
    (True, False)
    """
    return (
        text[-1] not in _CJK_STOPS
        and cjk_count(text) >= _CJK_MIXED_CHARS
        and _CJK_GLUED.search(text) is not None
    )


def _marked(c: Candidate) -> bool:
    return c.raw.startswith("#")


def _capitalised(text: str) -> bool:
    """Most of the words of the line open with a capital (a title-cased headline, or a name)."""
    words = text.split()
    return sum(w[:1].isupper() for w in words) * 2 > len(words)


def _of_kind(kind: str) -> Callable[[_Head, Candidate], bool]:
    """The test of one row of :data:`_KINDS`: the candidate is of that kind."""
    return lambda h, c: c.kind == kind


#: A subscribers' badge glued after a headline (``Headline Abonnés``).
_BADGE_TAIL: Final = re.compile(rf"\s+({_alt(V.TITLE_BADGES)})$", re.IGNORECASE)
#: A headline before a badge has this many words at least.
_BADGED_WORDS: Final = 3


def _badge_at(text: str) -> int:
    """Where a subscribers' badge glued after a headline starts, -1 when none: the badge is
    capitalised (``… goes premium`` ends a headline in its own words).

    >>> _badge_at("Rain falls on the town Abonnés"), _badge_at("The ferry goes premium")
    (22, -1)
    """
    m = _BADGE_TAIL.search(text)
    if m is None or not m.group(1)[:1].isupper():
        return -1
    return m.start() if text[: m.start()].count(" ") + 1 >= _BADGED_WORDS else -1


#: A headline is this long at most (a longer line is a standfirst or the body's first sentence).
_HEADLINE_CHARS: Final = 110


def _opens_run(h: _Head, c: Candidate) -> bool:
    """Whether the candidate is the headline the body's run opens with rather than its first
    sentence: the run's first line, headline-sized, ending in no sentence's mark (a headline
    with commas reads as a sentence: ``Ferry 2021: timetables, fares, queues and how to book``).
    """
    return c.at == h.run_start and len(c.whole) <= _HEADLINE_CHARS and c.whole[-1] not in ".!?"


#: A headline in title case over its standfirst has more words than a kicker (a kicker of four
#: words in title case stands over a headline in sentence case: ``Island Life And Travel``) ...
_TITLED_WORDS: Final = 5
#: ... and the first line of that standfirst has this many words at least.
_STANDFIRST_LINE_WORDS: Final = 4
#: Lines a wrapped headline spans at most, as a converter wraps it.
_TITLED_LINES: Final = 3
#: Kinds of candidate that may be a headline over its standfirst: a plain line, or one under a
#: kicker (a line said again on the page is as often a teaser with its blurb under it).
_TITLED_KINDS: Final = frozenset(("", "standfirst"))


def _titled_over_standfirst(cleaned: Sequence[str], c: Candidate) -> bool:
    """Whether the candidate is a headline in title case with a standfirst in sentence case as
    the next block under it, one blank line between (``Ferry Will Run Every Hour From May`` /
    ``Queues on both piers led the board to act``): on the shared corpora the upper line of
    such a pair is the title four times as often as the lower one.

    >>> t = "Ferry Will Run Every Hour From the First of May"
    >>> c = Candidate(0, t, t, t, t.lower(), 10, 1.0, "", 0, -1)
    >>> _titled_over_standfirst([t, "", "Queues on both piers led the board to act"], c)
    True
    >>> _titled_over_standfirst([t, "", "By Jane Doe and Omar Farouk"], c)
    False
    """
    if c.words < _TITLED_WORDS or not _capitalised(c.whole) or c.whole.isupper() or "|" in c.whole:
        return False  # (a bar joins a name to its outlet: ``Jane Doe | The Daily``)
    if _names_only(c.whole) or _share_row(c.low) or _section_label(c.whole) or _nav_row(c.whole):
        return False
    if find_date(c.whole) is not None:
        return False  # (a stamp: ``Jane Doe March 12, 2021``, ``Monday, May 3, 2021 Travel``)
    end = c.at
    while end + 1 < len(cleaned) and cleaned[end + 1] and end < c.at + _TITLED_LINES:
        end += 1
    if " ".join(cleaned[c.at : end + 1]) != c.whole or end + 2 >= len(cleaned):
        return False  # (a line of a run of one-element lines, or the page's end)
    under = cleaned[end + 2]
    return (
        not cleaned[end + 1]
        and len(under.split()) >= _STANDFIRST_LINE_WORDS
        and under[:1].isupper()
        and not _capitalised(under)
        and not is_cue(under)
        and not _call(under)  # (an advertisement's label: ``Sponsored by Harbour Tea``)
    )


#: The weight of a line of names only: half a byline's (a headline of two capitalised words,
#: ``Broken Pledge``, reads as a name too).
_NAMES_WEIGHT: Final = -4.0

#: The evidence, in the order the score adds it up.
FEATURES: Final[tuple[Feature, ...]] = (
    Feature("distance", lambda h, c: c.distance, -0.15, "lines between it and the body"),
    Feature("h1", lambda h, c: c.raw.startswith("# "), 12.0, "html2text's top heading"),
    Feature(
        "heading",
        lambda h, c: _marked(c) and not c.raw.startswith("# "),
        5.0,
        "a lower html2text heading",
    ),
    Feature(
        "unmarked",
        lambda h, c: h.markdown and not _marked(c),
        -3.0,
        "no heading mark on a page that marks its headings",
    ),
    Feature("byline_below", lambda h, c: c.cue == "byline", 14.0, "a byline under it"),
    Feature(
        "bare_byline_below",
        lambda h, c: c.cue == "bare byline",
        12.0,
        "a name marked by a handle, an age or a role under it",
    ),
    Feature("date_below", lambda h, c: c.cue == "date", 10.0, "a date under it"),
    Feature("cue_depth", lambda h, c: c.cue_depth, -1.0, "lines down to that byline or date"),
    Feature("page_title", _repeats_title, 8.0, "the page's <title>, or a long part of it"),
    Feature(
        "near_title",
        lambda h, c: _near_title(h, c) and not _repeats_title(h, c),
        6.0,
        "most of its words in the page's <title>",
    ),
    Feature("named", lambda h, c: c.low in h.named, 8.0, "quoted by the comments heading"),
    *(Feature(kind, _of_kind(kind), weight, reason) for kind, _, weight, reason in _KINDS),
    Feature(
        "under_kicker",
        lambda h, c: c.kind == "standfirst" and _under_kicker(h.cleaned, c),
        3.0,
        "a headline-sized line under a kicker of a few words, not a standfirst under a headline",
    ),
    Feature(
        "under_stamp",
        lambda h, c: c.under_stamp,
        10.0,
        "the one line right under a byline or a date over which no headline stands: "
        "'The Daily' / 'Jane Doe / May 2, 2024' / headline",
    ),
    Feature(
        "section_label",
        lambda h, c: _section_label(c.whole),
        -6.0,
        "the label of a section or a list: 'Food and Drink News', 'Latest Headlines'",
    ),
    Feature("pipe", lambda h, c: "|" in c.whole, -3.0, "a bar inside it: 'Sign in | Join'"),
    Feature("full_stop", lambda h, c: c.whole.endswith("."), -4.0, "a sentence"),
    Feature("bracket_end", lambda h, c: c.whole.endswith(")"), -3.0, "a photo credit"),
    Feature(
        "under_image",
        lambda h, c: c.at > 0 and h.junk[c.at - 1] and h.lines[c.at - 1].startswith("["),
        -6.0,
        "a caption right under an image",
    ),
    Feature("notice", lambda h, c: is_notice(c.whole), -12.0, "'Skip to main content'"),
    Feature("four_words", lambda h, c: c.words >= 4, 3.0, "long enough for a headline"),
    Feature(
        "label",
        lambda h, c: c.words <= 2 and not _marked(c),
        -3.0,
        "a section label, a kicker, a widget title",
    ),
    Feature(
        "long",
        lambda h, c: len(c.whole) > _HEADLINE_CHARS,
        -3.0,
        "a standfirst rather than a headline",
    ),
    Feature(
        "body_sentence",
        lambda h, c: c.at >= h.run_start and is_long(c.whole) and not _opens_run(h, c),
        -4.0,
        "the first sentences of the body",
    ),
    Feature("capitals", lambda h, c: c.whole.isupper(), -2.0, "a label in capitals"),
    Feature(
        "cjk_short",
        lambda h, c: _cjk_few(c) and c.words <= 2 and not _marked(c),
        6.0,
        "a CJK headline: many words without spaces between them",
    ),
    Feature(
        "cjk_few",
        lambda h, c: _cjk_few(c) and not (c.words <= 2 and not _marked(c)),
        3.0,
        "a CJK headline with a few spaces",
    ),
    Feature(
        "byline_itself",
        lambda h, c: _bylined(c.whole) or _stamp_line(c.whole) or _person_line(c.whole),
        -8.0,
        "a byline or a stamp: 'Posted by Name on May 2, 2024'",
    ),
    Feature(
        "names_only",
        lambda h, c: _names_only(c.whole),
        _NAMES_WEIGHT,
        "names and nothing else: 'Jane Doe and Omar Farouk', or a site's name read as one",
    ),
    Feature("share_row", lambda h, c: _share_row(c.low), -8.0, "'Share Tweet Share'"),
    Feature(
        "teaser_box",
        lambda h, c: c.boxed,
        -12.0,
        "a dated teaser under a 'Related' heading between the head and the body",
    ),
    # (evidence that no hand rule weighs: a fit may)
    Feature("nearest", lambda h, c: c.rank == 0, 0.0, "the candidate nearest the body"),
    Feature("first_line", lambda h, c: c.at == h.first_at, 0.0, "the page's first line"),
    Feature(
        "shares_cue",
        lambda h, c: c.shares_cue,
        0.0,
        "its byline or date belongs to a candidate nearer the body",
    ),
    Feature("chars", lambda h, c: len(c.whole) / 100, 0.0, "its length, in hundreds of characters"),
    Feature("capitalised", lambda h, c: _capitalised(c.whole), 0.0, "most words capitalised"),
    Feature(
        "margin",
        lambda h, c: h.indented and c.at < len(h.indents) and h.indents[c.at] == 0,
        4.0,
        "at the margin on a page that indents its text (lynx sets its headings so)",
    ),
    Feature(
        "titled_over_standfirst",
        lambda h, c: c.kind in _TITLED_KINDS and _titled_over_standfirst(h.cleaned, c),
        3.0,
        "a headline in title case over a standfirst in sentence case",
    ),
    Feature(
        "badge",
        lambda h, c: _badge_at(c.whole) >= 0,
        6.0,
        "a subscribers' badge glued after it: 'Headline Abonnés'",
    ),
)


# --- the weights as data ------------------------------------------------------------------------

#: The file of fitted weights shipped in the package (the hand weights when it is absent).
WEIGHTS_FILE: Final = "title_weights.json"
#: The first key of a weights file, which names its form.
_FORMAT: Final = "newsparse title weights 1"


class TitleWeights(FeatureWeights):
    """One weight per feature of :data:`FEATURES` (in its order), and where they come from.

    >>> w = TitleWeights.from_mapping({**HAND_WEIGHTS.as_mapping(), "h1": 10.0}, "mine")
    >>> w["h1"], w.source, TitleWeights.from_json(w.to_json()) == w
    (10.0, 'mine', True)
    """

    NAMES = tuple(f.name for f in FEATURES)
    KIND = "title"
    FORMAT = _FORMAT

    @classmethod
    def hand(cls) -> TitleWeights:
        """The weights the rules were written with: the start of a refit by hand.

        >>> TitleWeights.hand().source, TitleWeights.hand()["capitals"]
        ('hand', -2.0)
        """
        return HAND_WEIGHTS


#: The weights the rules were written with (the third column of :data:`FEATURES`).
HAND_WEIGHTS: Final = TitleWeights(tuple(f.weight for f in FEATURES), "hand")


def load_weights(path: str | Path) -> TitleWeights:
    """Title weights from a file written by ``newsparse fit PAGES_DIR -o PATH`` (or by
    ``benchmarks/leave_site_out.py --fit-all -o PATH``), for ``parse(..., weights=...)``.

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "w.json"); _ = Path(p).write_text(HAND_WEIGHTS.to_json())
    ...     load_weights(p) == HAND_WEIGHTS
    True
    """
    return TitleWeights.from_json(Path(path).read_text(encoding="utf-8"))


@cache
def shipped_weights() -> TitleWeights:
    """The weights in the package (:data:`WEIGHTS_FILE`), read once; the hand weights when the
    package ships none.

    >>> shipped_weights() is shipped_weights()
    True
    """
    text = package_file(WEIGHTS_FILE)
    return HAND_WEIGHTS if text is None else TitleWeights.from_json(text)


_ACTIVE: Final[ContextVar[TitleWeights | None]] = ContextVar("title_weights", default=None)


def active_weights() -> TitleWeights:
    """The weights the title decision uses now: those of the innermost :func:`using_weights`,
    else :func:`shipped_weights`.

    >>> with using_weights(HAND_WEIGHTS):
    ...     active_weights() is HAND_WEIGHTS
    True
    """
    weights = _ACTIVE.get()
    return shipped_weights() if weights is None else weights


@contextlib.contextmanager
def using_weights(weights: TitleWeights) -> Iterator[TitleWeights]:
    """Decide titles with ``weights`` inside the block (in this thread or task only): how a fit
    is judged on whole parses until ``parse`` takes the weights itself."""
    token = _ACTIVE.set(weights)
    try:
        yield weights
    finally:
        _ACTIVE.reset(token)


@attrs.frozen
class Ballot:
    """One page's scored candidates: what a fit learns from, and the line the decision took
    (``chosen``; -1 when it fell back on the parser's guess)."""

    cleaned: Sequence[str]
    candidates: tuple[Candidate, ...]
    vectors: tuple[tuple[float, ...], ...]
    scores: tuple[float, ...]
    chosen: int = -1


_WATCHER: Final[ContextVar[Callable[[Ballot], None] | None]] = ContextVar(
    "title_watcher", default=None
)


@contextlib.contextmanager
def watching(watcher: Callable[[Ballot], None]) -> Iterator[None]:
    """Hand every scored title decision inside the block to ``watcher`` (a fit's feature
    extraction; a decision that the page's ``<title>`` settled has no ballot).

    >>> seen = []
    >>> lines = ["Menu", "", "Rain falls on the town again", "", "By Jane Doe", "",
    ...          "It rained all day in the town, and the river rose by a metre before noon."]
    >>> with watching(seen.append):
    ...     find_title(lines, lines, [False] * len(lines), 6, -1)
    (2, 2)
    >>> [(c.at, c.text) for c in seen[0].candidates], seen[0].chosen
    ([(2, 'Rain falls on the town again')], 2)
    """
    token = _WATCHER.set(watcher)
    try:
        yield
    finally:
        _WATCHER.reset(token)


# --- the decision -------------------------------------------------------------------------------


def find_title(
    lines: Sequence[str],
    cleaned: Sequence[str],
    junk: Sequence[bool],
    body_start: int,
    guess: int,
    run_start: int | None = None,
    weights: TitleWeights | None = None,
    indents: Sequence[int] = (),
) -> tuple[int, int]:
    """The headline's first and last line (a headline that BeautifulSoup split at its inline
    elements spans several): the candidate before ``body_start`` that scores best under
    ``weights`` (default :func:`active_weights`), after the steps of the module's docstring;
    ``(guess, guess)`` when no line qualifies. ``run_start`` is where the body's run of long
    lines starts (default ``body_start``); ``indents`` each line's indentation, when the
    caller has it."""
    n = len(lines)
    first_at = next((i for i in range(n) if cleaned[i] and not junk[i]), -1)
    titled = first_at >= 0 and not furniture_first(cleaned, first_at)
    heads = _page_title_heads(cleaned, first_at) if titled else {}
    settled = _title_repeated(cleaned, junk, body_start, first_at, heads)
    if settled is not None and not _logo_repeated(cleaned, first_at, settled, body_start):
        return settled
    head = _read_head(lines, cleaned, junk, body_start, run_start, first_at, heads, titled)
    if indents:
        head = attrs.evolve(
            head, indents=indents, indented=_indented(cleaned, junk, indents, body_start)
        )
    ballot = _ballot(head, weights or active_weights())
    best = _best(ballot)
    if settled is not None and (best < 0 or cue_below(cleaned, best, body_start) < _CUE_HOLDS):
        return settled  # (a headline with a byline or a date under it outranks the logo's name)
    if best >= 0:
        scored = {c.at: (s, c.whole) for c, s in zip(ballot.candidates, ballot.scores, strict=True)}
        best = _punctuated(scored, _fuller_above(scored, best, scored[best][0]))
        best = _above_player(cleaned, scored, best)
        best = _under_sticky_bar(cleaned, scored, best)
        best = _first_article(cleaned, ballot.candidates, best)
        best = _over_standfirst(lines, cleaned, ballot.candidates, best)
    if best < 0 or cue_below(cleaned, best, body_start) < _CUE_HOLDS:
        # no byline or date under the best line: html2text's top heading further down on a
        # page that marks none above wins, else a headline with a byline right under it
        # further down (the run found may start with teasers above the article)
        later = _h1_below(lines, cleaned, junk, body_start, n) if not head.markdown else -1
        if later < 0:
            later = _bylined_heading(cleaned, junk, body_start, n)
        if later >= 0:
            best = later
    _tell(ballot, best)
    return _with_pieces(cleaned, junk, best) if best >= 0 else (guess, guess)


def _with_pieces(cleaned: Sequence[str], junk: Sequence[bool], at: int) -> tuple[int, int]:
    """The headline at line ``at`` with the pieces BeautifulSoup split it into at an inline
    element (``An Ode to the`` / ``Harbour Ferry as It Sails …``): the line right above when it
    ends in a word no headline ends with, and the line right below when the headline does;
    ``(at, at)`` when neither."""
    above, below = at - 1, at + 1
    first = (
        above if above >= 0 and _open_end(cleaned[above]) and _piece(cleaned, junk, above) else at
    )
    split = below < len(cleaned) and _open_end(cleaned[at]) and _piece(cleaned, junk, below)
    return first, below if split else at


def _under_piece(cleaned: Sequence[str], junk: Sequence[bool], i: int) -> bool:
    """Whether line ``i`` ends a block of two lines whose first is a piece of a headline that
    BeautifulSoup split at an inline element (``An Ode to the`` / ``Harbour Ferry as …``): the
    two lines stand apart as a headline does."""
    above = i - 1
    return (  # (the cheap tests first: :func:`_piece` asks whether the line is a cue)
        above >= 0
        and _open_end(cleaned[above])
        and (above == 0 or not cleaned[above - 1])
        and (i + 1 >= len(cleaned) or not cleaned[i + 1])
        and _piece(cleaned, junk, above)
    )


def _piece(cleaned: Sequence[str], junk: Sequence[bool], i: int) -> bool:
    """Whether line ``i`` may be a piece of a headline split over lines: short text, neither
    a byline nor a date."""
    text = cleaned[i]
    return bool(text) and not junk[i] and len(text) <= _PIECE_CHARS and not is_cue(text)


def _open_end(text: str) -> bool:
    """Whether ``text`` ends in a word no headline ends with (``the``, ``und``, ``de``)."""
    words = text.split()
    return bool(words) and words[-1] in _OPEN_ENDS


_OPEN_ENDS: Final = frozenset(V.TITLE_OPEN_ENDS)
#: A piece of a split headline is at most this long.
_PIECE_CHARS: Final = 120


def _logo_repeated(
    cleaned: Sequence[str], first_at: int, settled: tuple[int, int], body_start: int
) -> bool:
    """Whether the page's first line, repeated with neither byline nor date under the repeat,
    may be the site's logo name said twice in its header rather than its ``<title>``: it has
    no joint (a ``<title>`` names the site after one: ``Headline | Site``)."""
    first = cleaned[first_at]
    return (
        _TITLE_JOINT.search(first) is None
        and _SITE_SUFFIX.search(first) is None
        and cue_below(cleaned, settled[1], max(body_start, settled[1] + _REPEAT_CUE_LINES)) == 0
    )


def furniture_first(cleaned: Sequence[str], first_at: int) -> bool:
    """Whether the page's first line of text is furniture rather than its ``<title>`` (a dump
    other than BeautifulSoup's opens with what the page shows first): a call to the reader
    (``View Issue Subscribe``), an offer of two sentences (``More services? Ask us today.``)
    or the heading of a consent box (:func:`_consent_box`).

    >>> furniture_first(["Your data, our care", "", "We use cookies to measure visits."], 0)
    True
    >>> furniture_first(["Rain at last in the town | The Daily"], 0)
    False
    """
    first = cleaned[first_at]
    if _kicker_stamp(first):
        return True  # (``Politics · Jane Doe``: the head of an article that opens the dump)
    if _TITLE_JOINT.search(first) is not None or _SITE_SUFFIX.search(first) is not None:
        return False  # (``Headline | Site``: a <title>, over a consent box's text in its dump)
    return _call(first) or _offer(first) or _consent_box(cleaned, first_at)


#: A section's name and the writers' names after it (``Politics · Jane Doe, Omar Farouk``): the
#: section has this many words at most.
_SECTION_WORDS_MOST: Final = 3
#: Where a kicker stamp joins the section to the names.
_KICKER_JOINT: Final = re.compile(r"\s[·|–—•]\s")


def _kicker_stamp(text: str) -> bool:
    """A section's name, a joint and the writers' names (``Politics · Jane Doe, Omar Farouk``):
    the stamp over a headline, not one.

    >>> _kicker_stamp("Politics · Jane Doe, Omar Farouk"), _kicker_stamp("Rain · at last in town")
    (True, False)
    """
    parts = _KICKER_JOINT.split(text, maxsplit=1)
    return (
        len(parts) == 2
        and 0 < parts[0].count(" ") + 1 <= _SECTION_WORDS_MOST
        and len(text) <= _STAMP_CHARS
        and _names_only(parts[1])
    )


#: A sentence's end inside a line: a word's last letters, the mark, a letter after it (not an
#: initial or an abbreviation: ``U.S. Climate``), which :func:`_offer` wants a capital.
_INNER_SENTENCE_END: Final = re.compile(r"[^\W\d_]{2}[.!?]\s+([^\W\d_])")


def _offer(text: str) -> bool:
    """An advertiser's line of two sentences or more that ends in a full stop (``Not enough
    storage? Upgrade your plan today.``): no ``<title>`` nor headline reads so.

    >>> _offer("Not enough storage? Upgrade your plan today."), _offer("Is this the end? Not yet")
    (True, False)
    >>> _offer("Мало места? Купите тариф сегодня."), _offer("Rain at last. in town.")
    (True, False)
    """
    return text.endswith(".") and any(
        m.group(1).isupper() for m in _INNER_SENTENCE_END.finditer(text)
    )


_CONSENT: Final = CaseBlindWords(V.TITLE_CONSENT_WORDS)
#: Lines looked at under a heading for the text of a consent box (its first paragraph).
_CONSENT_LINES: Final = 4


def _consent_box(cleaned: Sequence[str], at: int) -> bool:
    """Whether line ``at`` heads a box asking for consent to cookies: the first paragraph under
    it speaks of them (:data:`~newsparse.vocab.page.TITLE_CONSENT_WORDS`), the heading does
    not (a headline about cookies has its own word in it).

    >>> _consent_box(["Your data, our care", "", "We use cookies to measure visits."], 0)
    True
    >>> _consent_box(["Bakers sell out of cookies", "", "The cookies were gone by noon."], 0)
    False
    """
    if _CONSENT.found_in(cleaned[at]):
        return False
    k = at + 1
    while k < len(cleaned) and not cleaned[k] and k <= at + 2:
        k += 1  # (blank lines between the heading and its box)
    block: list[str] = []
    while k < len(cleaned) and cleaned[k] and len(block) < _CONSENT_LINES:
        block.append(cleaned[k])
        k += 1
    return _CONSENT.found_in(" ".join(block))


def _h1_below(
    lines: Sequence[str], cleaned: Sequence[str], junk: Sequence[bool], start: int, n: int
) -> int:
    """html2text's top heading (``# Headline``) below ``start`` (within 150 lines of text),
    on a page that marks no top heading above it: the page's one headline; -1 when none, and
    on a page with no html2text link above ``start`` (``[text](url)``: another converter's
    ``#`` is a comment's number or a list mark)."""
    if not any("](" in line for line in lines[:start]):
        return -1
    seen = 0
    for i in range(start, n):
        if not cleaned[i] or junk[i]:
            continue
        seen += 1
        if seen > _BYLINED_REACH:
            break
        if (
            lines[i].startswith("# ")
            and cleaned[i].count(" ") + 1 >= _H1_WORDS
            and _heading_like(cleaned[i])
            and not is_cue(cleaned[i])
            and _prose_follows(cleaned, i)
        ):
            return i
    return -1


def _tell(ballot: Ballot, chosen: int) -> None:
    """Hand the ballot, with the line chosen, to the watcher if one watches."""
    watcher = _WATCHER.get()
    if watcher is not None:
        watcher(attrs.evolve(ballot, chosen=chosen))


def _title_repeated(
    cleaned: Sequence[str],
    junk: Sequence[bool],
    body_start: int,
    first_at: int,
    heads: dict[str, int],
) -> tuple[int, int] | None:
    """The page's <title> (BeautifulSoup puts it first) repeated as a heading settles the
    decision: of several repeats (a sticky "Currently reading" bar, the headline) the first
    with a byline or a date below wins, else the first above the body; None when none."""
    if not heads:
        return None
    first_repeat = None
    firsts = _key_firsts(heads)
    for i in range(first_at + 1, min(len(cleaned), body_start + _REPEAT_REACH)):
        if not cleaned[i] or junk[i] or not _may_open(cleaned[i], firsts):
            continue
        end, words = _head_at(cleaned, junk, i, heads)
        words_at = _title_words(cleaned, i, end) if end >= 0 else ""
        if end < 0 or not (_heading_like(words_at) or _cjk_heading(words_at)):
            continue
        cue = cue_below(cleaned, end, max(body_start, end + _REPEAT_CUE_LINES))
        if cue >= _REPEAT_CUE and words >= _REPEAT_WORDS:
            return i, end
        if (
            first_repeat is None
            and (words >= _REPEAT_WORDS or cue >= _SHORT_REPEAT_CUE)
            and (i < body_start or cue > 0)
        ):
            # (three words or fewer may be the site's name; so may a repeat below the
            # article with nothing under it: a logo's name again in a sidebar or footer)
            first_repeat = (i, end)
    return first_repeat


def _read_head(
    lines: Sequence[str],
    cleaned: Sequence[str],
    junk: Sequence[bool],
    body_start: int,
    run_start: int | None,
    first_at: int,
    heads: dict[str, int],
    titled: bool,
) -> _Head:
    """The page-wide evidence: the first line (none when it is furniture, ``titled`` false),
    whether html2text marked headings, and the
    lines said again (a headline repeats in share text, a breadcrumb's end, a sticky header or
    the comments heading: ``6 thoughts on “Headline”``)."""
    first_line = cleaned[first_at] if titled else ""
    tails = Counter(
        m.group(1).lower()
        for c in cleaned[: body_start + 1]
        if _SAID_AGAIN_CHARS < len(c) < _HEADLINE_LINE_CHARS
        and (m := _CRUMB_TAIL.search(c) or _shared(c)) is not None
    )
    tails.update(_crumb_ends(cleaned, body_start))
    named = frozenset(
        m.group("title").lower()
        for c in cleaned[body_start:]
        if _SAID_AGAIN_CHARS < len(c) < _HEADLINE_LINE_CHARS
        and c[:1].isdigit()
        and (m := _THOUGHTS_ON.fullmatch(c)) is not None
    )
    copies = _copies(cleaned)
    return _Head(
        lines=lines,
        cleaned=cleaned,
        junk=junk,
        body_start=body_start,
        run_start=body_start if run_start is None else run_start,
        first_at=first_at,
        first_low=first_line.lower(),
        page_title=_SITE_SUFFIX.sub("", first_line).lower(),
        site=_site_name(first_line, copies),
        markdown=any(line.startswith("# ") for line in lines[: body_start + 1]),
        heads=heads,
        repeated=copies,
        tails=tails,
        named=named,
    )


def _crumb_ends(cleaned: Sequence[str], body_start: int) -> Iterator[str]:
    """The last items of lists above the body (in lower case, the bullet or number off): where
    a breadcrumb set as a list (``1. Home`` / ``2. Climate`` / ``3. Headline``) ends."""
    for k in range(1, min(body_start, len(cleaned) - 1)):
        m = BULLET_LEAD.match(cleaned[k])
        if (
            m is not None
            and BULLET_LEAD.match(cleaned[k - 1])
            and not BULLET_LEAD.match(cleaned[k + 1])
        ):
            yield cleaned[k][m.end() :].lower()


def _ballot(head: _Head, weights: TitleWeights) -> Ballot:
    """The candidates with their scores under ``weights``, and their feature vectors when a
    watcher (a fit) will read them (else none: :func:`_weighed`)."""
    candidates = _candidates(head)
    if _WATCHER.get() is None:
        terms = _weighed(weights)
        scores = tuple(sum(w * float(test(head, c)) for test, w in terms) for c in candidates)
        return Ballot(head.cleaned, candidates, (), scores)
    vectors = tuple(tuple(float(f.test(head, c)) for f in FEATURES) for c in candidates)
    w = weights.values
    # (summed in the order of the table: the hand weights give the very sums of the old rules)
    scores = tuple(sum(map(operator.mul, w, v)) for v in vectors)
    return Ballot(head.cleaned, candidates, vectors, scores)


def _weighed(
    weights: TitleWeights,
) -> tuple[tuple[Callable[[_Head, Candidate], float | bool], float], ...]:
    """The tests of the features ``weights`` weigh, with their weights, in the order of the
    table: a feature of weight 0 adds nothing to a score (adding 0 to a sum leaves it as it
    is), so a decision no one watches does not read it (five of the hand weights are 0, and
    building each candidate's whole vector was a sixth of the headline's time)."""
    return tuple((f.test, w) for f, w in zip(FEATURES, weights.values, strict=True) if w != 0.0)


def _best(ballot: Ballot) -> int:
    """The line of the best-scored candidate (of equals, the lowest on the page), -1: none."""
    best, best_score = -1, float("-inf")
    for c, score in zip(ballot.candidates, ballot.scores, strict=True):
        if score > best_score:  # (candidates run up the page: the first of equals is lowest)
            best, best_score = c.at, score
    return best


def _candidates(head: _Head) -> tuple[Candidate, ...]:
    """The heading-like lines above the body, nearest first (within :data:`_REACH` lines of
    text), with a teaser box's dated cards marked."""
    cleaned, junk, lines = head.cleaned, head.junk, head.lines
    found: list[Candidate] = []
    in_run: list[Candidate] = []  # (lines inside a run of one-element lines: :func:`_run_headline`)
    seen = 0
    distance = 0.0
    box_top = -1  # a "Related" heading between the head and the body
    for i in range(min(head.body_start, len(lines)) - 1, -1, -1):
        text = cleaned[i]
        if not text or junk[i]:
            continue
        seen += 1
        if seen > _REACH:
            break
        raw = lines[i]
        if i >= 2 and not lines[i - 1] and lines[i - 2] in ("#", "##"):
            raw = lines[i - 2] + " " + raw  # html2text set the heading's text under its mark
        # distance to the body: share rows and one-word labels in between count little
        distance += _LABEL_STEP if text.count(" ") < 2 and not BULLET_LEAD.match(raw) else 1.0
        if box_top < 0 and text.count(" ") < 5 and TEASER_HEADING.fullmatch(text):
            box_top = i  # "Related", "More stories": the dated headlines under it are teasers
        alone = _alone(cleaned, i)
        split = not alone and _under_piece(cleaned, junk, i)
        if (text[0].islower() and not _named_lower(text) and not split) or not (
            alone or split or _own_element(cleaned, i)
        ):
            continue
        whole = fold(cleaned[i - 1] + " " + text) if split else text
        whole = _wrapped(cleaned, i) if alone else whole
        alone = alone or split
        if _no_heading(cleaned, i, whole) or any(test(whole, text, raw) for _, test in _REJECTS):
            continue
        # (the line's own reading first: its byline or date and its kind are read only for a
        # line that may be kept)
        c = _line_candidate(i, raw, text, whole, distance)
        if alone or _near_title(head, c):
            found.append(_kinded(head, _cued(head, c)))
        elif _in_run(cleaned, i):
            c = _cued(head, c, most=_RUN_CUE_DEPTH)
            if c.cue in _RUN_CUES and _run_headline(head, c := _kinded(head, c)):
                in_run.append(c)
    if in_run and not any(c.cue for c in found):
        # (no line standing apart has a byline or a date under it: the headline is in the run)
        found = sorted([*found, *in_run], key=lambda c: -c.at)
    return _boxed(_stamp_over(head.cleaned, _ranked(found)), box_top)


#: A line inside a run of one-element lines is a candidate with a byline or a date this many
#: lines of text under it at most (``Politics`` / headline / ``By`` / ``Jane Doe``).
_RUN_CUE_DEPTH: Final = 2
#: The cues that mark such a line: a labelled byline or a date (an unlabelled name under a line
#: of a run is as often a teaser's writer).
_RUN_CUES: Final = frozenset(("byline", "date"))


def _in_run(cleaned: Sequence[str], i: int) -> bool:
    """Whether line ``i`` stands inside a run of lines, text right above and right below it
    (BeautifulSoup writes one element a line, with no blank line between them)."""
    return 0 < i < len(cleaned) - 1 and bool(cleaned[i - 1]) and bool(cleaned[i + 1])


def _run_headline(head: _Head, c: Candidate) -> bool:
    """Whether a line inside a run of one-element lines above the body's run (or the line it
    opens with, :func:`_heads_run`) may be the headline that the page's ``<title>`` words otherwise (``Politics`` / headline / ``By`` /
    ``Jane Doe``): a byline or a date right under it, four words or more, a plain line or one
    said again, and no name, credit, stamp or date itself."""
    return (
        c.cue in _RUN_CUES
        and c.cue_depth <= _RUN_CUE_DEPTH
        and (c.at < head.run_start or _heads_run(head, c))
        and c.words >= _REPEAT_WORDS
        and c.kind in _ARTICLE_HEAD_KINDS
        and not _no_headline(c.whole)
        and find_date(c.whole) is None
    )


def _heads_run(head: _Head, c: Candidate) -> bool:
    """Whether the candidate is the headline the body's run opens with, a line of its own
    (BeautifulSoup writes a header and its article with no blank line between them: the run
    starts at the headline), not the first line of a caption or a paragraph that w3m or lynx
    wrapped (``… reacts as he visits the Wall on`` / ``March 18 …``)."""
    return _opens_run(head, c) and not broken_for_width(head.lines, c.at)


def _no_heading(cleaned: Sequence[str], i: int, whole: str) -> bool:
    """Whether line ``i`` is no heading: one word or too many (a Chinese or Japanese headline
    aside), unless it is one capitalised word with a labelled byline as the next line of text
    (``Loft`` / ``By Jane Doe — May 2, 2024``: a headline of one word)."""
    if _heading_like(whole) or _cjk_heading(whole):
        return False
    return not _signed_word(cleaned, i, whole)


def _signed_word(cleaned: Sequence[str], i: int, whole: str) -> bool:
    """A headline of one word: a capitalised word of letters (no section's label, no call),
    a labelled byline on the next line of text.

    >>> _signed_word(["Loft", "", "By Jane Doe — May 2, 2024"], 0, "Loft")
    True
    >>> _signed_word(["News", "", "By Jane Doe — May 2, 2024"], 0, "News")
    False
    """
    if " " in whole or not whole.isalpha() or not whole[:1].isupper() or len(whole) < 3:
        return False
    if _section_label(whole) or _call(whole) or whole.lower() in _TEASER_HEADING_LOWS:
        return False
    kind, depth, _ = cue_found(cleaned, i, i + _STAMP_REACH, most=1, unlabelled=False)
    return kind == "byline" and depth == 1


def _named_lower(text: str) -> bool:
    """A headline opening with a name written in lower case (``iPhone 16 review``, ``eBay
    sells …``, ``wasm-module - Rust の …``): a capital or a hyphen inside the first word."""
    first = text.split(" ", 1)[0]
    return any(ch.isupper() for ch in first[1:]) or "-" in first.strip("-")


def _line_candidate(i: int, raw: str, text: str, whole: str, distance: float) -> Candidate:
    """Line ``i`` as a candidate, as the line alone reads: no byline or date under it yet
    (:func:`_cued`), no kind (:func:`_kinded`)."""
    return Candidate(
        at=i,
        raw=raw,
        text=text,
        whole=whole,
        low=whole.lower(),
        words=whole.count(" ") + 1,
        distance=distance,
        cue="",
        cue_depth=0,
        cue_line=-1,
    )


def _cued(head: _Head, c: Candidate, most: int = _CUE_LINES) -> Candidate:
    """The candidate with the byline or the date under it (:func:`cue_found`), if any; a
    caller that keeps the candidate only when its cue stands within ``most`` lines of text
    passes ``most`` (a line inside a run, :data:`_RUN_CUE_DEPTH`): the cue is the same then,
    and the lines further down are not read (their unlabelled bylines were a fifth of a
    parse's bare readings: the candidates read 0.94 times as long)."""
    cue, depth, cue_line = cue_found(head.cleaned, c.at, head.body_start, most=most)
    return attrs.evolve(c, cue=cue, cue_depth=depth, cue_line=cue_line) if cue else c


def _kinded(head: _Head, c: Candidate) -> Candidate:
    """The candidate with its kind (:func:`_kind`)."""
    kind = _kind(head, c)
    return attrs.evolve(c, kind=kind) if kind else c  # (most are of no kind: no copy)


def _ranked(found: list[Candidate]) -> list[Candidate]:
    """The candidates (nearest the body first) with their rank and whether a nearer one has
    the same byline or date under it."""
    cues: set[int] = set()
    ranked = []
    for k, c in enumerate(found):
        ranked.append(attrs.evolve(c, rank=k, shares_cue=c.cue_line in cues))
        if c.cue:
            cues.add(c.cue_line)
    return ranked


#: A stamp over a headline is a line this long at most (``Jane Doe / May 2, 2024``).
_STAMP_CHARS: Final = 80
#: Blank lines between a stamp and the headline under it, at most.
_STAMP_GAP: Final = 2
#: A candidate over a stamp whose byline or date stands this many lines above the stamp at most
#: is its owner (a stamp split over two lines: ``Jane Doe/`` over ``May 2, 2024``).
_STAMP_LINES: Final = 3
#: Kinds of candidate over a stamp that are no headline owning it: a photo's credit, a line of
#: two words (a link home, a section's name: ``Back home`` / ``Jane Doe 12 May 2024``).
_NOT_OWNERS: Final = frozenset(("credit", "short"))
#: Lines of counters between a stamp and the headline under it, at most (``lozga`` / ``1142``
#: / ``37``: a blog entry's views, likes and comments under its writer's name and date, each a
#: line of its own in BeautifulSoup's dump).
_COUNTER_LINES: Final = 10
#: Kinds of line that are no headline under a stamp: a photo's credit, a call, a list's item.
_NOT_UNDER_STAMP: Final = frozenset(("credit", "call", "listed"))
#: A headline under a stamp is this long at most (a longer line is the standfirst or the body).
_STAMP_HEADLINE_CHARS: Final = 110
#: What a split stamp's first part ends in (``Jane Doe/`` over ``May 2, 2024``).
_STAMP_JOINTS: Final = " /|·•-–—"


def _stamp_over(cleaned: Sequence[str], found: list[Candidate]) -> list[Candidate]:
    """The candidates, the one under a stamp marked (:func:`_under_stamp`) when no candidate
    over that stamp, whose byline or date it is, reads as a headline. Several under stamps are
    a list of teaser cards (``Section`` / ``May 2, 2024`` / ``Headline`` …): none is marked."""
    under = [(k, s) for k, c in enumerate(found) if (s := _under_stamp(cleaned, c.at)) >= 0]
    if len(under) != 1:
        return found
    k, stamp = under[0]
    if not _headline_under_stamp(found[k]):
        return found
    owners = (c for c in found if c.at < stamp and stamp - _STAMP_LINES <= c.cue_line <= stamp)
    if any(not _no_headline(c.whole) and c.kind not in _NOT_OWNERS for c in owners):
        return found
    found[k] = attrs.evolve(found[k], under_stamp=True)
    return found


def _headline_under_stamp(c: Candidate) -> bool:
    """Whether a candidate under a stamp may be the headline: no byline or date of its own
    under it (else the stamp over it is the date of the day, or a kicker's), not too long, and
    no photo credit, call or list item (``Jane Doe, 2024 (Photo by City Archive)``), no stamp
    or name itself (a second stamp: ``Jane Doe 27/03/2021``)."""
    if c.cue or c.kind in _NOT_UNDER_STAMP or len(c.whole) > _STAMP_HEADLINE_CHARS:
        return False
    if _no_headline(c.whole) or _bylined(c.whole) or _stamp_line(c.whole):
        return False
    opening = c.whole.rfind("(")
    return not (c.whole.endswith(")") and opening >= 0 and is_credit(c.whole[opening + 1 : -1]))


def _under_stamp(cleaned: Sequence[str], at: int) -> int:
    """The line of a byline or a date right above line ``at`` with no headline above it in
    turn (the site's name, a photo's copyright, a name, the stamp's first part, or nothing): a
    page that sets its stamp over its headline (``The Daily`` / ``Jane Doe / May 2, 2024`` /
    ``Headline``); -1 when none.

    >>> _under_stamp(["The Daily", "", "Jane Doe / May 2, 2024", "", "Rain at last in town"], 4)
    2
    >>> _under_stamp(["Rain at last in town", "", "May 2, 2024", "", "Photo of the river"], 4)
    -1
    """
    k = _text_above(cleaned, at, _STAMP_GAP)
    for _ in range(_COUNTER_LINES):
        if k < 0 or not _counter(cleaned[k]):
            break
        k = _text_above(cleaned, k, _STAMP_GAP)  # (counters between the stamp and the headline)
    if k < 0 or len(cleaned[k]) > _STAMP_CHARS:
        return -1
    if not is_cue(cleaned[k]):
        return k if _kicker_stamp(cleaned[k]) else -1
    j = _text_above(cleaned, k, len(cleaned))
    return k if j < 0 or _no_headline(cleaned[j].strip(_STAMP_JOINTS)) else -1


#: What a converter writes for a button or an image: no words of the page.
_ARTEFACT: Final = re.compile(r"\(BUTTON\)|\[[^\]]*\]")


def _counter(text: str) -> bool:
    """A line of counters, buttons or an image's name (``37``, ``(BUTTON) 11 (BUTTON) 42``,
    ``[avatar]``) or one word (the writer's handle): what a blog sets between an entry's stamp
    and its headline.

    >>> _counter("(BUTTON) 11 (BUTTON) 42"), _counter("lozga"), _counter("Rain at last")
    (True, True, False)
    """
    rest = _ARTEFACT.sub("", text).strip()
    return " " not in rest or not any(ch.isalpha() for ch in rest)


def _text_above(cleaned: Sequence[str], at: int, gap: int) -> int:
    """The line of text above line ``at`` with ``gap`` blank lines between at most (-1: none)."""
    for k in range(at - 1, max(at - gap - 2, -1), -1):
        if cleaned[k]:
            return k
    return -1


def _no_headline(text: str) -> bool:
    """A line over a stamp that is no headline: no heading, names only (the site's or the
    writer's), a credit, a copyright line, or a byline or a date itself."""
    return (
        not text
        or not (_heading_like(text) or _cjk_heading(text))
        or _names_only(text)
        or is_credit(text)
        or _copyrighted(text)
        or is_cue(text)
        or _header.ends_in_reading_time(text)
    )


def _boxed(found: list[Candidate], box_top: int) -> tuple[Candidate, ...]:
    """The candidates, those with a byline or a date of their own under a "Related" heading
    marked as a box of teaser cards when three lines or more are cues of them."""
    teasers = [k for k, c in enumerate(found) if c.cue and c.at > box_top] if box_top >= 0 else []
    if len({found[k].cue_line for k in teasers}) < _BOX_CARDS:
        return tuple(found)
    for k in teasers:
        found[k] = attrs.evolve(found[k], boxed=True)
    return tuple(found)


# --- the line tests of the title decision --------------------------------------------------------


def _site_name(first: str, copies: Counter[str]) -> str:
    """The site's name the page's first line (BeautifulSoup's <title>) ends in after a joint, in
    lower case, when the page shows it on a line of its own (``copies``: :func:`_copies`);
    ``""`` when not.

    >>> _site_name("Rain falls on the town | The Harbour Herald", Counter(["the harbour herald"]))
    'the harbour herald'
    >>> _site_name("Rain falls on the town | The Harbour Herald", Counter())
    ''
    """
    m = _LAST_JOINT.match(first)
    if m is None or first[: m.start(1)].count(" ") < _SITE_HEAD_SPACES:
        return ""
    name = first[m.end(1) :].strip().lower()
    return name if name.count(" ") <= _SITE_SPACES and copies.get(name, 0) > 0 else ""


#: The headline before a site's name in a <title> has three words at least ...
_SITE_HEAD_SPACES: Final = 2
#: ... and the name five at most (as :func:`without_site_name` judges them).
_SITE_SPACES: Final = 4


_SITE_SUFFIX: Final = re.compile(r"(?<=\S)\s+(?:[-|–—:·»]|::)\s+(?=\S)[^-|–—]{1,60}$")


def _lettered(text: str) -> bool:
    """Words rather than figures: letters make up almost half of the line or more (a stock
    ticker, ``ATX3078.02-0.24%ANDRITZ43.14…``, is no headline)."""
    return sum(map(str.isalpha, text)) * 20 >= (len(text) - text.count(" ")) * 9


def _heading_like(text: str) -> bool:
    words = text.count(" ") + 1
    return 2 <= words <= 30 and len(text) <= 250 and not text.endswith((",", ";"))


#: where a page's <title> joins the headline to the site's name and sections
_TITLE_JOINT: Final = re.compile(r"(?<!\s)\s+(?:[-|–—·»/]|::)\s+")


#: where a Chinese or Japanese <title> joins the headline to the site's name, with no spaces
#: around (``見出し：新聞``, ``标题_栏目_网站``)
_CJK_JOINT: Final = re.compile(r"[：｜_]|(?<=[^\x00-\x7f])\|(?=[^\x00-\x7f])")


def _page_title_heads(cleaned: Sequence[str], first_at: int) -> dict[str, int]:
    """The forms the page's <title> (the first line) may take as the headline, with their word
    counts: the whole line without the site's name, and every part before a joint
    (``Headline | Section | Site``, ``Headline - Site-Name``). A <title> that BeautifulSoup
    broke over two or three lines is joined first."""
    if first_at < 0:
        return {}
    end = first_at + 1
    while end < len(cleaned) and cleaned[end] and end - first_at < 3:
        end += 1
    first = fold(" ".join(cleaned[first_at:end]))
    if (
        len(first) > _HEADLINE_LINE_CHARS
        or (end < len(cleaned) and cleaned[end])
        or BULLET_LEAD.match(first)
    ):
        first = cleaned[first_at]  # a menu or a list opens the page, not a <title>
    if len(first) > _HEADLINE_LINE_CHARS or BULLET_LEAD.match(first) or _share_row(first.lower()):
        return {}
    forms = [_SITE_SUFFIX.sub("", first)]
    forms += [first[: m.start()] for m in _TITLE_JOINT.finditer(first)]
    cjk = _cjk_heading(first)
    if cjk:
        forms += [first[: m.start()] for m in _CJK_JOINT.finditer(first)]
    heads: dict[str, int] = {}
    for form in forms:
        words = form.count(" ") + 1
        if cjk and _cjk_heading(form):
            words = max(words, _REPEAT_WORDS)  # (its words have no spaces between them)
        if (
            len(form) > 12
            and 3 <= words <= 30
            and _lettered(form)
            and not is_notice(form)
            and not is_credit(form)
        ):
            heads[_title_key(form)] = words
    return heads


def _head_at(
    cleaned: Sequence[str], junk: Sequence[bool], i: int, heads: dict[str, int]
) -> tuple[int, int]:
    """Where a form of the page's <title> that starts at line ``i`` ends (a headline split at
    its inline elements goes on over the next lines, single blank lines between), and its word
    count; ``(-1, 0)`` when none starts there."""
    key = _title_key(cleaned[i])
    if not key or not any(h.startswith(key) for h in heads):
        return -1, 0
    end = i
    while key not in heads:
        j = end + 1
        if j < len(cleaned) and not cleaned[j]:
            j += 1  # one blank line between the parts
        if j >= len(cleaned) or j - i > 16 or not cleaned[j] or junk[j]:
            return -1, 0
        part = _title_key(cleaned[j])
        key += part
        if not part or not any(h.startswith(key) for h in heads):
            return -1, 0
        end = j
    return end, heads[key]


def _key_firsts(heads: dict[str, int]) -> frozenset[str]:
    """The first characters of the forms of the page's <title> (for :func:`_may_open`)."""
    return frozenset(h[:1] for h in heads)


def _may_open(text: str, firsts: frozenset[str]) -> bool:
    """False when a line cannot open a form of the page's <title> (:func:`_head_at`): the cheap
    test before its key. When the line opens with two ASCII characters, the first neither a
    space nor a quote mark, its key opens with the first in lower case (normalising changes no
    other ASCII character nor joins two); another line is always tried."""
    if not text[:2].isascii() or text[:1].isspace() or text[0] in _ASCII_QUOTES:
        return True
    return text[0].translate(_KEY_MARKS).lower() in firsts


#: The ASCII quote marks a key leaves out (a line that opens with one is always tried).
_ASCII_QUOTES: Final = "'\"`"


_LONE_BULLETS: Final = frozenset(cues.BULLET_MARKS + "+-")


def _copies(cleaned: Sequence[str]) -> Counter[str]:
    """How often each headline-sized line occurs (bullets aside). An item inside a menu list
    (a bullet, or text set under an empty bullet) with more items under it is no copy of the
    headline; the last item of a breadcrumb is."""
    counts: Counter[str] = Counter()
    for k, c in enumerate(cleaned):
        if not 12 < len(c) < 250:
            continue
        m = BULLET_LEAD.match(c)
        listed = m is not None or (k > 0 and cleaned[k - 1] in _LONE_BULLETS)
        if listed and k + 1 < len(cleaned) and BULLET_LEAD.match(cleaned[k + 1]):
            continue
        key = (c[m.end() :] if m else c).lower()
        alt = _IMAGE_FOR.match(key)  # (an image's alt text copies the headline it illustrates)
        key = key[alt.end() :] if alt else key
        counts[key] = counts.get(key, 0) + 1  # (no call of a missing key's default)
    return counts


def _fuller_above(scored: dict[int, tuple[float, str]], best: int, best_score: float) -> int:
    """A headline printed whole, then in parts (the subject's name, then the rest), or shortened
    in a video player or a teaser further down: the whole one, above the best line (within 60
    lines) and scored close to it, holds every word of it."""
    if best < 0:
        return best
    words = set(_WORD.findall(scored[best][1].lower()))
    for k in range(best - _FULLER_REACH, best):
        if k not in scored:
            continue
        score, text = scored[k]
        if (
            score > best_score - _FULLER_MARGIN
            and len(text) > len(scored[best][1])
            and not any(mark in text for mark in _FULLER_MARKS)
            and words <= set(_WORD.findall(text.lower()))
        ):
            return k
    return best


def _above_player(cleaned: Sequence[str], scored: dict[int, tuple[float, str]], best: int) -> int:
    """The headline over a video player, not the player's title that stands under its controls
    (``Unmute``, ``End of dialog window.``) with the article's byline under it, nor a poll's
    question or options under its heading (``Poll``): the best-scored candidate close above
    the player's first control or the poll's heading, when there is one."""
    top = _player_top(cleaned, best)
    if top < 0:
        top = _poll_top(cleaned, best)
    if top < 0:
        return best
    above = [k for k in scored if top - _ABOVE_PLAYER <= k < top]
    return max(above, key=lambda k: scored[k][0]) if above else best


def _player_top(cleaned: Sequence[str], at: int) -> int:
    """The first line of the video player whose controls stand close above line ``at`` (-1:
    none): controls are followed up the page while each stands close to the next."""
    top, k = -1, at - 1
    while k >= 0 and k >= (at if top < 0 else top) - _PLAYER_GAP:
        if _PLAYER_CONTROL.fullmatch(cleaned[k]) is not None:
            top = k
        k -= 1
    return top


#: An endless page's articles follow each other, each under its headline and its stamp: the
#: first one's stamp stands this many lines of text under its headline at most (a name, a date, a
#: headline wrapped over two lines) ...
_ENDLESS_STAMP_DEPTH: Final = 3
#: ... and this many paragraphs of prose stand between that stamp and the later headline.
_ENDLESS_PARAGRAPHS: Final = 4
#: Kinds of a candidate that may head an article over a later headline (no label, no teaser
#: card, no credit: a plain line or one said again on the page).
_ARTICLE_HEAD_KINDS: Final = frozenset(("", "repeated"))


def _first_article(cleaned: Sequence[str], found: Sequence[Candidate], best: int) -> int:
    """The first headline of an endless page, whose next articles follow it each under its
    own headline and stamp: when the best line has a byline or a date right under it and a
    candidate above it has one too, with paragraphs of prose between that stamp and the best
    line (an article, not a teaser's line of text), the first such candidate; else the best."""
    by_line = {c.at: c for c in found}
    won = by_line.get(best)
    if won is None or not won.cue or won.cue_depth > _ENDLESS_STAMP_DEPTH:
        return best
    for c in sorted(found, key=lambda c: c.at):
        if c.at >= best:
            break
        if (
            c.cue
            and c.cue_depth <= _ENDLESS_STAMP_DEPTH
            and not c.boxed
            and c.kind in _ARTICLE_HEAD_KINDS
            and _paragraphs(cleaned, c.cue_line + 1, best) >= _ENDLESS_PARAGRAPHS
        ):
            return c.at
    return best


def _paragraphs(cleaned: Sequence[str], start: int, end: int) -> int:
    """The blocks of prose between lines ``start`` and ``end`` (a block holds a long line)."""
    count, in_block, counted = 0, False, False
    for k in range(start, end):
        if not cleaned[k]:
            in_block = counted = False
            continue
        if not in_block:
            in_block, counted = True, False
        if not counted and is_long(cleaned[k]):
            count += 1
            counted = True
    return count


#: A media block between a headline's standfirst and the article's stamp (a video's title,
#: its player's marks) holds this many short lines at most (``IFRAME: …``, ``MP4MP3``) ...
_MEDIA_LINES: Final = 2
#: ... each of fewer words than this (``MP4MP3``, ``IFRAME: //video.example/1``) ...
_MEDIA_MARK_WORDS: Final = 3
#: ... where a block of this many words or more under the best line is its own standfirst.
_MEDIA_WORDS: Final = 8
#: A standfirst is a block of prose this long at least (a sentence or two).
_STANDFIRST_CHARS: Final = 80
#: ... or this many words without a sentence's marks (``Fears grow as the river rises``).
_STANDFIRST_WORDS: Final = 15
#: Candidates this many lines above the best one at most are looked at as its headline.
_STANDFIRST_REACH: Final = 20
#: What a sentence ends in (a blurb, a standfirst), which a headline over a standfirst does not.
_SENTENCE_MARKS: Final = ".!"


def _over_standfirst(
    lines: Sequence[str], cleaned: Sequence[str], found: Sequence[Candidate], best: int
) -> int:
    """The headline over its standfirst, not the title of a video set between the standfirst
    and the article's byline or date (``Headline`` / a paragraph / ``MP4MP3`` / ``Remarks as
    delivered`` / ``May 2, 2024``): a candidate a little above the best line, with one block of
    prose and a few short lines between them (no menu: a teaser's card over the site's menu is
    no headline over its standfirst) and no byline nor date of its own over the best line; else
    the best line."""
    won = next((c for c in found if c.at == best), None)
    if won is None or not won.cue or _texts_between(cleaned, best, won.cue_line):
        return best  # (a headline with a standfirst of its own over its stamp)
    for c in sorted(found, key=lambda c: -c.at):
        if c.at >= best:
            continue
        if c.at < best - _STANDFIRST_REACH:
            break
        if (
            c.words >= _REPEAT_WORDS
            and c.kind in _ARTICLE_HEAD_KINDS
            and _ARTEFACT.search(c.whole) is None
            and c.whole[-1] not in _SENTENCE_MARKS
            and (not c.cue or c.cue_line >= best)
            and _standfirst_between(cleaned, c.at, best)
            and _menu_items(lines, c.at + 1, best) < _MENU_ITEMS
        ):
            return c.at
    return best


def _texts_between(cleaned: Sequence[str], top: int, at: int) -> list[str]:
    """The blocks of text between lines ``top`` and ``at`` that are longer than a media
    block's short lines (a standfirst, a paragraph)."""
    blocks = _blocks(cleaned, top, at)
    return [t for t in blocks if t.count(" ") >= _MEDIA_WORDS]


def _blocks(cleaned: Sequence[str], top: int, at: int) -> list[str]:
    """The blocks of text between lines ``top`` and ``at`` (blank lines between blocks), each
    joined into one text, and ``[]`` when a block opens with a list item (a menu)."""
    blocks: list[list[str]] = []
    for k in range(top + 1, at):
        if not cleaned[k]:
            if blocks and blocks[-1]:
                blocks.append([])
            continue
        if not blocks:
            blocks.append([])
        blocks[-1].append(cleaned[k])
    if any(BULLET_LEAD.match(b[0]) for b in blocks if b):
        return []
    return [" ".join(b) for b in blocks if b]


def _standfirst(text: str) -> bool:
    """A block of prose: a sentence or two, or many words without a sentence's marks."""
    return len(text) >= _STANDFIRST_CHARS and (
        is_long(text) or text.count(" ") >= _STANDFIRST_WORDS
    )


def _standfirst_between(cleaned: Sequence[str], top: int, at: int) -> bool:
    """Whether the blocks of text between the headline at ``top`` and line ``at`` are one block
    of prose (a standfirst) and a few short lines (a banner, a media block's marks)."""
    texts = _blocks(cleaned, top, at)
    first = next((k for k, t in enumerate(texts) if not _call(t)), len(texts))
    if first == len(texts) or not _standfirst(texts[first]):
        return False  # (no standfirst right under the headline, a banner between at most)
    marks = texts[first + 1 :]
    return len(marks) <= _MEDIA_LINES and all(t.count(" ") < _MEDIA_MARK_WORDS for t in marks)


#: The label of a sticky bar naming the article read (``Now Reading``), a colon after it or not.
_NOW_READING: Final = re.compile(rf"(?:{_alt(V.TITLE_NOW_READING)})\s*:?", re.IGNORECASE)
#: Lines of text under a sticky bar's title where the headline is looked for (a row of
#: buttons between, as lynx writes them).
_STICKY_BELOW: Final = 3
#: Blank lines between a sticky bar's label and its title, at most.
_STICKY_GAP: Final = 2


def _under_sticky_bar(
    cleaned: Sequence[str], scored: dict[int, tuple[float, str]], best: int
) -> int:
    """The headline under a sticky bar that names the article (``Now Reading`` / its short
    title): when the best line is that bar's title, the first candidate below it (within three
    lines of text) that is no sentence, whatever it scores; else the best line."""
    if best < 0:
        return best
    label = _text_above(cleaned, best, _STICKY_GAP)
    if label < 0 or _NOW_READING.fullmatch(cleaned[label]) is None:
        return best
    seen = 0
    for k in range(best + 1, len(cleaned)):
        if not cleaned[k]:
            continue
        seen += 1
        if seen > _STICKY_BELOW:
            break
        if k in scored and not scored[k][1].endswith("."):
            return k
    return best


def _poll_top(cleaned: Sequence[str], at: int) -> int:
    """The heading of a readers' poll close above line ``at``, or line ``at`` itself (-1: none)."""
    for k in range(at, max(at - _PLAYER_GAP, -1), -1):
        if cleaned[k] and _POLL_HEADING.fullmatch(cleaned[k]) is not None:
            return k
    return -1


#: The heading of a readers' poll (``Poll``, ``Umfrage:``).
_POLL_HEADING: Final = re.compile(rf"(?:{_alt(V.TITLE_POLL_HEADINGS)})\s*:?", re.IGNORECASE)
#: A control of a video player, lynx's ``(BUTTON)`` before it.
_PLAYER_CONTROL: Final = re.compile(
    rf"(?:\(BUTTON\)\s*)?(?:{_alt(V.TITLE_PLAYER_CONTROLS)})", re.IGNORECASE
)


#: A kicker glued to its headline has this many words at most (``Linde``, ``New York``).
_GLUED_KICKER_WORDS: Final = 3


def _punctuated(scored: dict[int, tuple[float, str]], best: int) -> int:
    """The headline with the colon that the page's style sheet sets between its kicker and the
    rest, where the dump glues the two (``Harbour Ferries run every hour``): another candidate
    that says the best line with that colon (``Harbour: Ferries run every hour``, the
    breadcrumb's last item or the ``<title>``), wherever it stands and whatever it scores."""
    if best < 0:
        return best
    text = scored[best][1]
    for k, (_, other) in scored.items():
        if k != best and len(other) == len(text) + 1 and _colon_added(other, text):
            return k
    return best


def _colon_added(punctuated: str, glued: str) -> bool:
    """Whether ``punctuated`` is ``glued`` with a colon after its first words (a kicker).

    >>> _colon_added("Harbour: Ferries run every hour", "Harbour Ferries run every hour")
    True
    >>> _colon_added("Ferries run: every hour", "Ferries run every hour")
    True
    >>> _colon_added("Harbour Ferries: run every hour today", "Harbour Ferries run every hour today")
    True
    """
    i = punctuated.find(": ")
    return (
        i > 0
        and punctuated[:i].count(" ") < _GLUED_KICKER_WORDS
        and punctuated[:i] + punctuated[i + 1 :] == glued
    )


def _bylined_heading(cleaned: Sequence[str], junk: Sequence[bool], start: int, n: int) -> int:
    """The first headline-like line from ``start`` on (within 150 lines of text) with a
    labelled byline as the next line of text under it (``By Jane Doe``), else -1."""
    seen = 0
    for i in range(start, n):
        text = cleaned[i]
        if not text or junk[i]:
            continue
        seen += 1
        if seen > _BYLINED_REACH:
            break
        if (
            _alone(cleaned, i)
            and text.count(" ") >= 3
            and _heading_like(text)
            and text[-1] not in ".,;:"
            and text.count(",") < 2  # a list of tags above an author box
            and not _link_row(text)
            and not is_cue(text)
            and not BULLET_LEAD.match(text)
            and _signed_below(cleaned, i)
            and _prose_follows(cleaned, i)  # and the article under that, not a reader's note
            and not _under_teaser_heading(cleaned, i)
        ):
            return i
    return -1


_TEASER_HEADING_LOWS: Final = frozenset(V.TITLE_TEASER_HEADINGS)


def _under_teaser_heading(cleaned: Sequence[str], at: int) -> bool:
    """Whether the line of text above line ``at`` (a blank line between at most) heads a box
    of teasers (``Related``, ``Read also``): the headline under it is another article's."""
    above = next((cleaned[i] for i in (at - 1, at - 2) if i >= 0 and cleaned[i]), "")
    if not above or above.count(" ") >= 5:
        return False
    low = above.lower().rstrip(":. ")
    return low in _TEASER_HEADING_LOWS or TEASER_HEADING.fullmatch(above) is not None


def _signed_below(cleaned: Sequence[str], at: int) -> bool:
    """Whether a labelled byline stands on the next line of text under line ``at``
    (:data:`_BYLINED_CUE`), or both a date and a byline (:func:`_stamped`)."""
    if not _may_be_signed(cleaned, at):
        return False
    # (no cue further down than a labelled byline or a stamp's first part counts)
    most = max(_STAMP_DEPTH, int(CUE_WEIGHTS["byline"] - _BYLINED_CUE))
    found = cue_found(cleaned, at, at + _STAMP_REACH, most=most)
    kind, depth, _ = found
    if kind == "byline" and CUE_WEIGHTS[kind] - depth >= _BYLINED_CUE:
        return True
    return _stamped(cleaned, at, found)


#: A stamp's date stands within this many lines of text under its headline: its first part
#: within :data:`_STAMP_DEPTH` of them, its second within :data:`_STAMP_STEP` of the first.
_STAMP_DATE_DEPTH: Final = _STAMP_DEPTH + _STAMP_STEP


def _may_be_signed(cleaned: Sequence[str], at: int) -> bool:
    """False when :func:`_signed_below` is surely false: the next line of text (as
    :func:`cue_found` counts them) is no labelled byline and none of the
    :data:`_STAMP_DATE_DEPTH` next is a short date, which a byline on the next line or a stamp
    needs. The cheap test first: the lines under a heading below the body are prose, whose
    unlabelled bylines :func:`cue_found` would read (the bylined heading read 0.47 times as
    long)."""
    seen = 0
    for i in range(at + 1, len(cleaned)):
        text = cleaned[i]
        if not text or (len(text) < 3 and not text.isalnum()):
            continue  # (skipped as cue_found skips them)
        seen += 1
        if seen > _STAMP_DATE_DEPTH:
            break
        if seen == 1 and BYLINE.match(text) is not None:
            return True
        if len(text) < _CUE_LINE_CHARS and find_date(text) is not None:
            return True
    return False


def _stamped(cleaned: Sequence[str], at: int, found: tuple[str, int, int]) -> bool:
    """Whether both a date and a byline (a labelled or a bare one) stand under line ``at``,
    the first (``found``, :func:`cue_found`'s) within :data:`_STAMP_DEPTH` lines of text of
    it, in either order (``May 2, 2024`` / ``By`` / ``Jane Doe``, ``Jane Doe, Reuters`` /
    ``May 2, 2024``)."""
    first, depth, line = found
    if not first or depth > _STAMP_DEPTH:
        return False
    above = next((cleaned[i] for i in (at - 1, at - 2) if i >= 0 and cleaned[i]), "")
    if above and is_cue(above):
        return False  # (under another headline's stamp: a list of stamped teasers)
    second, step, end = cue_found(cleaned, line, line + _STAMP_REACH, most=_STAMP_STEP)
    if not second or step > _STAMP_STEP or (first == "date") == (second == "date"):
        return False
    return not _stamped_next(cleaned, end)


#: A teaser's headline under another's stamp: this many lines of text down to its own cue.
_NEXT_STAMP_DEPTH: Final = 2


def _stamped_next(cleaned: Sequence[str], end: int) -> bool:
    """Whether the line of text after a stamp ending on line ``end`` is a headline-sized line
    with a byline or a date of its own right under it: a list of teasers, each stamped
    (``Headline`` / ``May 2, 2024`` / ``By Jane Doe`` / ``Headline`` / ``May 1, 2024`` …)."""
    k = next((i for i in range(end + 1, min(end + 4, len(cleaned))) if cleaned[i]), -1)
    if k < 0 or is_long(cleaned[k]) or not _heading_like(cleaned[k]):
        return False
    kind, depth, _ = cue_found(cleaned, k, k + _NEXT_STAMP_DEPTH * 2, most=_NEXT_STAMP_DEPTH)
    return bool(kind) and depth <= _NEXT_STAMP_DEPTH


#: Lines of text between a headline and its body at most: its byline and date, the tags, a
#: comment count, a photo with its caption and credit.
_PROSE_REACH: Final = 12


def _prose_follows(cleaned: Sequence[str], at: int) -> bool:
    """Whether a body-like line (long, with sentences) stands within :data:`_PROSE_REACH` lines
    of text below line ``at``: an article under its headline and byline, not a comment or a
    teaser."""
    seen = 0
    for i in range(at + 1, len(cleaned)):
        if len(cleaned[i]) < 3 and not cleaned[i].isalnum():
            continue  # a blank line or an empty share button ("•")
        if is_long(cleaned[i]):
            return True
        seen += 1
        if seen >= _PROSE_REACH:
            break
    return False


_SHARE_WORDS: Final = frozenset(V.SHARE_WORDS)


def _share_row(low: str) -> bool:
    """A row of share or follow buttons: at least half of its words are button words."""
    words = [w.strip("•·|,.:!") for w in low.split()]
    return sum(w in _SHARE_WORDS for w in words) * 2 >= max(len(words), 2)


def _bylined(text: str) -> bool:
    """A byline or a dateline rather than a headline: a credit label with a short name after
    it, or text that ends in a full date (``Posted by Name on May 2, 2024``)."""
    m = BYLINE.match(text)
    if m is not None and 0 < len(m.group("rest").split()) <= 4:
        return True
    found = find_date(text)
    return (
        found is not None
        and found[2] >= len(text.rstrip(" ."))
        and found[1] <= 40
        and not _dated_headline(text)
    )


_CJK_STOPS: Final = "。，、；：！？,;:"


def _cjk_heading(text: str) -> bool:
    """A Chinese or Japanese headline, which has no spaces between its words: eight of their
    characters or more, not too long, no full stop or comma at its end."""
    return len(text) <= 120 and text[-1] not in _CJK_STOPS and cjk_count(text) >= 8


#: A time of day ending a line, with its time zone or a publication word after it
#: (``… Today at 6am``, ``… 18:45配信``, ``… 10:05 AM EST``).
_CLOCK_TAIL: Final = re.compile(
    r"(?<![\d:.,])(?:[01]?\d|2[0-3])(?::[0-5]\d|\s?[ap]\.?m\b\.?)"
    rf"(?:\s?(?:{_alt(list(V.TIMEZONES))})\b\.?)?"
    rf"(?:\s?(?:{_alt(V.STAMP_CLOSERS + V.TIME_CLOSERS)}))?\s*$",
    re.IGNORECASE,
)


#: A day before a stamp's time: a numeric date (``3/9``, ``12.03.``, ``10月14日``) or a day word.
_SLOT_DAYS: Final = [*V.DAY_WORDS, *V.SLOT_DAY_WORDS, *(w for w in V.WEEKDAYS if len(w) > 3)]


_SLOT_DAY: Final = re.compile(
    rf"\d{{1,4}}[/.-]\d{{1,2}}|\d\s?[月日]|(?<!\w)(?:{_alt(_SLOT_DAYS)})(?!\w)", re.IGNORECASE
)


def _stamp_line(text: str) -> bool:
    """A broadcast or publication stamp rather than a headline: a few words that end in a day
    and a time of day (a schedule slot ``Channel 4 Today at 6am``, ``Daily Wire 3/9(Thu)
    18:45配信``; not ``Mayor to speak at 6pm``)."""
    m = _CLOCK_TAIL.search(text) if any(c.isdigit() for c in text[-12:]) else None
    if m is None or text[: m.start()].count(" ") > 6:
        return False
    return _SLOT_DAY.search(text, 0, m.start()) is not None


_DATE_LABEL_WORDS: Final = frozenset(
    word
    for label in V.PUBLISHED_LABELS + V.UPDATED_LABELS + V.DATE_OPENERS + V.BYLINE_PREFIXES
    for word in label.split()
) | frozenset(V.WEEKDAYS)


_WORD: Final = re.compile(r"\w+")


def _dated_headline(text: str) -> bool:
    """A headline that names a day (``Opening Bell 11.18.19``) rather than a date line: two
    words or more before the date, none of them a date label, no separator or handle."""
    found = find_date(text)
    if found is None or found[2] < len(text.rstrip(" .")):
        return False  # (words after the date: a byline row's section, "Name 03/11/2020 Travel")
    before = text[: found[1]]
    if any(mark in before for mark in "·•|:@,/") or not before[:1].isupper():
        return False  # (a mark joins a name and its date: "Jane Doe/May 2, 2024")
    words = [w for w in _WORD.findall(before) if w.lower() not in _DATE_LABEL_WORDS]
    return len(words) >= 2 and len(words) == len(before.split())


_THOUGHTS_ON: Final = re.compile(
    rf"\d+\s+(?:{_alt(V.COMMENT_COUNT_NOUNS)})\s+(?:{_alt(V.COMMENT_ON)})\s+"
    r"[“\"«„‘']\s*(?P<title>[^“”\"«»„]{10,250}?)\s*[”\"»“’']\s*:?",
    re.IGNORECASE,
)


_SHARE_TAIL: Final = re.compile(r"[^:]{1,60}:\s+(\S.{10,250})$")


def _shared(text: str) -> re.Match[str] | None:
    """A share button that names the article (``Share All sharing options for: Headline``)."""
    if text[: text.find(" ")].lower() not in _SHARE_WORDS:
        return None
    return _SHARE_TAIL.match(text)


#: A breadcrumb's first item and its mark (``Home › Headline``, ``Politics > Headline``): a
#: few words, then a spaced arrow that no headline sets.
_CRUMB_OPENING: Final = re.compile(r"[^›>»]{1,25}\s[›>»]\s+\S")


def _crumb_opening(text: str) -> bool:
    """A breadcrumb ending in the headline (``Home › Rain at last``), not the headline.

    >>> _crumb_opening("Home › Rain at last in the town"), _crumb_opening("Rain at last")
    (True, False)
    """
    return _CRUMB_OPENING.match(text) is not None


_CRUMB_TAIL: Final = re.compile(r"\s(?:>|»|›|/|\|)\s+([^>»›/|]{12,250})$")


_NAV_MARKS: Final = re.compile(r"[«»‹›]|^[<>]|[<>]$")


def _nav_row(text: str) -> bool:
    """A previous / next row (``« Previous | Next »``, ``Next »``): arrows around a few words
    (guillemets quoting a phrase in a longer headline are no arrows)."""
    return _NAV_MARKS.search(text) is not None and ("|" in text or text.count(" ") < 3)


def above_heading(cleaned: Sequence[str], junk: Sequence[bool], i: int) -> bool:
    """True when the block right above line ``i`` (one blank line between) is a headline-like
    line of four words or more (ending in a word, a question or exclamation mark or a closing
    quote): line ``i`` is then a standfirst under it."""
    k = i - 2
    if k < 0 or cleaned[i - 1] or not cleaned[k] or junk[k]:
        return False
    if k > 0 and cleaned[k - 1]:  # a wrapped headline: its first line sits above
        k -= 1
        if k > 0 and cleaned[k - 1]:
            return False
    text = _wrapped(cleaned, k) if k < i - 2 else cleaned[k]
    dated = _dated_headline(text)  # "Opening Bell 11.18.19": a daily column's headline
    return (
        (sum(w.isalpha() for w in text.split()) >= 4 or dated)
        and (text[-1].isalnum() or text[-1] in '?!"”’»')
        and "|" not in text
        and _heading_like(text)
        and text[-1] not in ".:"
        and (dated or not is_cue(text))
        and not _kicker_stamp(text)
        and not is_notice(text)
        and not _call(text)  # (a banner or a section's label above the headline: no headline
        and not _section_label(text)  # over a standfirst)
        and not BULLET_LEAD.match(text)
        and len(text) < len(cleaned[i]) + 20
        and not text.isupper()  # a kicker or a row of topics in capitals
        and text.lower() not in cleaned[i].lower()  # line i is the headline said in full
    )


#: A kicker above a headline has this many words at most (``Appeasement is always wrong``).
_KICKER_WORDS: Final = 4
#: A headline under a kicker has this many times its words at least (a line as short as the
#: kicker is a label or a date under a headline).
_KICKER_RATIO: Final = 2
#: A headline under a kicker is this long at most; a longer line is a standfirst.
_KICKER_HEADLINE: Final = 120


def _under_kicker(cleaned: Sequence[str], c: Candidate) -> bool:
    """Whether the candidate, set one blank line under a heading-like line, is a headline under
    a kicker (that line of a few words, the candidate no sentence) rather than a standfirst."""
    kicker_words = cleaned[c.at - 2].count(" ") + 1
    return (
        kicker_words <= _KICKER_WORDS
        and c.words >= kicker_words * _KICKER_RATIO
        and not c.whole.endswith(".")
        and len(c.whole) <= _KICKER_HEADLINE
    )


def _doubled(cleaned: Sequence[str], i: int) -> int:
    """The line where line ``i`` is doubled one blank line away (above or below), else -1."""
    if not cleaned[i]:
        return -1
    if i >= 2 and not cleaned[i - 1] and cleaned[i - 2] == cleaned[i]:
        return i - 2
    if i + 2 < len(cleaned) and not cleaned[i + 1] and cleaned[i + 2] == cleaned[i]:
        return i + 2
    return -1


def _in_teasers(cleaned: Sequence[str], i: int) -> bool:
    """True when line ``i`` is one of a list of teaser cards: each links its headline twice
    (an image, then text), so the line is doubled and another doubled line sits next to it."""
    other = _doubled(cleaned, i)
    if other < 0:
        return False
    top, bottom = min(i, other), max(i, other)
    for k in (*range(top - 4, top), *range(bottom + 1, bottom + 5)):
        if 0 <= k < len(cleaned) and cleaned[k] != cleaned[i] and _doubled(cleaned, k) >= 0:
            return True
    return False


#: A numbered list item's marker with no text of its own (``3.``, ``3. 3.``; an empty bullet
#: may end a row of share buttons above the headline).
_LONE_MARKER: Final = re.compile(r"\d{1,3}\.(?:\s\d{1,3}\.)?")


def _under_marker(cleaned: Sequence[str], i: int) -> bool:
    """True when line ``i`` is set under a list item's number that stands alone on the line
    above (one blank line between at most): the text of an item in a list of teasers."""
    k = i - 1 if i > 0 and cleaned[i - 1] else i - 2
    return k >= 0 and _LONE_MARKER.fullmatch(cleaned[k]) is not None


def _wrapped(cleaned: Sequence[str], i: int) -> str:
    """A line with its continuation when a converter hard-wrapped it."""
    if len(cleaned[i]) >= _WRAPPED_LINE_CHARS and i + 1 < len(cleaned) and cleaned[i + 1]:
        return fold(cleaned[i] + " " + cleaned[i + 1])
    return cleaned[i]


#: A rule under a heading (lynx draws a heading's border with underscores).
_RULE: Final = re.compile(r"[_━─=-]{8,}")


def _alone(cleaned: Sequence[str], i: int) -> bool:
    """A headline stands in a block of its own (two lines when a long one was wrapped; a rule
    may underline it)."""
    above = i > 0 and bool(cleaned[i - 1])
    below = i + 1 < len(cleaned) and bool(cleaned[i + 1]) and not _RULE.fullmatch(cleaned[i + 1])
    if not above and not below:
        return True
    if above:
        return False
    # a long line continued by the next one: a wrapped headline
    # (not one set twice, an image's name over its link: a teaser card)
    return (
        len(cleaned[i]) >= _WRAPPED_LINE_CHARS
        and cleaned[i + 1] != cleaned[i]
        and not (i + 2 < len(cleaned) and cleaned[i + 2])
    )


#: A line this long in a run of lines may be a piece of text wrapped by the converter.
_WRAP_WIDTH: Final = 75
#: A label above a headline in a run of lines has this many words at most (a section, a menu item).
_LABEL_WORDS: Final = 4


#: The quotation marks a headline may open with.
_OPENING_QUOTES: Final = "\"'‘“„«‹「『"


def _own_element(cleaned: Sequence[str], i: int) -> bool:
    """A line that is an element of its own inside a run of lines (BeautifulSoup writes one
    element a line, with no blank line between them): the line above is a label of a few
    words or ends a sentence, and the line below does not go on with it."""
    text = cleaned[i]
    if not (text[0].isalnum() or text[0] in _OPENING_QUOTES):
        return False  # (a piece of a sentence split at a link: ", the mayor said")
    above = cleaned[i - 1] if i > 0 else ""
    below = cleaned[i + 1] if i + 1 < len(cleaned) else ""
    if above and not (
        above[-1] in ".!?:»”\"'" or (above.count(" ") < _LABEL_WORDS and len(above) < _WRAP_WIDTH)
    ):
        return False
    if len(above) >= _WRAP_WIDTH or text[-1] in ",;-–(":
        return False
    return not below or not (below[0].islower() or below[0] in ",.;:)")


#: How a headline's key folds its marks: quote marks go (a <title> quotes a name its heading
#: sets in italics: ``‘Fantastic Beasts’: …`` over ``Fantastic Beasts`` / ``: …``), dashes are
#: one dash.
_KEY_MARKS: Final = str.maketrans(
    {
        **dict.fromkeys(
            "\u2018\u2019\u201a\u201b`\u00b4\u02bc'\u201c\u201d\u201e\u00ab\u00bb\"", None
        ),
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2010": "-",
        "\u2011": "-",
    }
)


def _title_key(text: str) -> str:
    """A headline folded for comparison: case, quote marks, dash styles and spaces do not
    count."""
    if text.isascii():  # (normalising changes no ASCII text, and its case folds as it lowers)
        return "".join(text.translate(_KEY_MARKS).lower().split())
    return "".join(unicodedata.normalize("NFKC", text).translate(_KEY_MARKS).casefold().split())


_LAST_JOINT: Final = re.compile(r".*\S(\s+(?:[-|–—·»/]|::)\s+)(?=\S)")


def without_site_name(title: str, lines: Sequence[str], at: int) -> str:
    """The headline without the site's name that the page's <title> adds after a separator
    (``Headline — Site``, ``Headline | Site Name``), when the page shows that the rest is a
    name: the headline part stands alone on another line, or the name does (a logo line) or
    in the copyright line. A headline that merely has a dash in it stays whole, and so does
    one whose last part is in lower case (``… - explained``; a domain may be: ``www.site.com``)."""
    if len(title) >= _HEADLINE_LINE_CHARS:
        return title
    if at >= 0 and not any(lines[:at]):
        shown = _shown_part(title, lines, at)
        if shown:
            return shown
    m = _LAST_JOINT.match(title)
    if m is None:
        return title
    head, tail = title[: m.start(1)], title[m.end(1) :]
    if head.count(" ") < 2 or len(head) <= 12 or tail.count(" ") > 4 or len(tail) > 40:
        return title
    if tail[0].islower() and "." not in tail:
        return title  # "Headline - explained": a name is capitalised, or a domain
    head_key, tail_key = _title_key(head), _title_key(tail)
    name = tail.casefold()
    for i, line in enumerate(lines):
        if i == at or not line or len(line) > _HEADLINE_LINE_CHARS:
            continue
        key = _title_key(line)
        if key in (head_key, tail_key) or (
            cues.COPYRIGHT_YEAR.search(line) is not None and name in line.casefold()
        ):
            return head
    return title


#: Where a page's <title> joins the headline to the site's and the section's names, a colon
#: too (``Section: Headline``, ``Headline : forum``).
_ANY_JOINT: Final = re.compile(r"\s+(?:[-|–—·»/:]|::)\s+|(?<=\w):\s+")
#: A part of the <title> shown on its own is the headline when it has this many characters
#: (two words, or a short Chinese or Japanese headline) ...
_SHOWN_LEAST: Final = 10
#: ... is said on its own no more than this many times (the headline, a sticky bar's copy) ...
_SHOWN_TIMES: Final = 2
#: ... and the <title> is cut at no more than this many joints.
_SHOWN_JOINTS: Final = 4


def _shown_part(title: str, lines: Sequence[str], at: int) -> str:
    """The longest run of the parts of the page's <title> (the first line, ``at``) that the page
    shows again as a line of its own (the headline over the article): ``Section: Headline |
    Site`` -> ``Headline``; ``""`` when no part but the whole is shown."""
    cuts = [(m.start(), m.end()) for m in _ANY_JOINT.finditer(title)][:_SHOWN_JOINTS]
    if not cuts:
        return ""
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), len(title)]
    runs = sorted(
        (title[starts[a] : ends[b]] for a in range(len(starts)) for b in range(a, len(ends))),
        key=len,
        reverse=True,
    )[1:]  # (not the whole title)
    runs = [r for r in runs if len(r) >= _SHOWN_LEAST and (" " in r or cjk_count(r) >= len(r) // 2)]
    if not runs:
        return ""
    shown_at: dict[str, int] = {}
    times: Counter[str] = Counter()
    for i, line in enumerate(lines):
        if i != at and 0 < len(line) < _HEADLINE_LINE_CHARS:
            key = _title_key(line)
            shown_at.setdefault(key, i)
            times[key] += 1
    # (a part said three times or more is the site's name: in the header, a sidebar, the footer)
    shown = [
        (r, shown_at[k])
        for r in runs
        if (k := _title_key(r)) in shown_at and times[k] <= _SHOWN_TIMES
    ]
    if not shown:
        return ""
    # (the site's name may stand alone too, in its logo: the headline has its byline or date
    # nearest under it; of equals, the longest)
    cues = [cue_below(lines, i, len(lines) - 1) for _, i in shown]
    stamped = [r for r, i in shown if r.count(" ") >= _REPEAT_WORDS - 1 and _date_over(lines, i)]
    if len(stamped) == 1:
        return stamped[0]  # (a blog's stamp over its headline, the logo far above the stamp)
    if max(cues) > 0:
        return shown[cues.index(max(cues))][0]
    # (with no byline nor date under it, a part of a few words may be the site's logo)
    return next((r for r, _ in shown if r.count(" ") >= _REPEAT_WORDS - 1 or _cjk_heading(r)), "")


def _title_words(cleaned: Sequence[str], start: int, end: int) -> str:
    return join_lines([cleaned[k] for k in range(start, end + 1) if cleaned[k]])


_MD_ITALIC: Final = re.compile(r"(?<!\w)([*_])(?=\S)([^*_]{1,200}?)(?<=\S)\1(?!\w)")
#: html2text's space between a closing emphasis mark and the punctuation after it
#: (``_Fantastic Voyage_ : a review``, ``_Sing, play_ _:_ a review``): the page had none.
_EMPHASIS_GAP: Final = re.compile(r"(?<=\S[*_]) (?:([*_])([:;,!?])\1|([:;,!?]))(?=\s|$)")


#: lynx writes a right single quote as the modifier letter apostrophe (``Trumpʼs``); in Latin
#: script that letter is the quote (Ukrainian writes it between Cyrillic letters: left alone).
_LYNX_APOSTROPHE: Final = re.compile(r"(?<=[A-Za-z])\u02bc(?![^\W\d_A-Za-z])")


#: html2text writes an em dash as two hyphens (``comeback--but``); between two Latin letters
#: they are that dash (a spaced ``--`` may be the headline's own: left alone).
_ASCII_DASH: Final = re.compile(r"(?<=[A-Za-z])--(?=[A-Za-z])")


def title_text(cleaned: Sequence[str], start: int, end: int) -> str:
    """The headline's text from its lines (Markdown emphasis marks removed, lynx's apostrophe
    letter and html2text's two hyphens read as the quote and the dash they stand for).

    >>> title_text(["Trump\u02bcs week", "", "\u0441\u0456\u043c\u02bc\u044f"], 0, 2)
    'Trump’s week сімʼя'
    >>> title_text(["Growth is back--but slow", "Prince -- a verdict"], 0, 1)
    'Growth is back—but slow Prince -- a verdict'
    >>> title_text(["_Harbour Days_ : a review", "_Sing, play_ _:_ a day out"], 0, 1)
    'Harbour Days: a review Sing, play: a day out'
    """
    text = _title_words(cleaned, start, end)
    badge = _badge_at(text)
    if badge >= 0:
        text = text[:badge]
    if "_ " in text or "* " in text:
        text = _EMPHASIS_GAP.sub(r"\2\3", text)
    text = _MD_ITALIC.sub(r"\2", text)
    if "\u02bc" in text:
        text = _LYNX_APOSTROPHE.sub("\u2019", text)
    if "--" in text:
        text = _ASCII_DASH.sub("\u2014", text)
    return fold(text)


_ROLE_WORDS: Final = frozenset(V.AUTHOR_ROLES)


_PROFILE_TAIL: Final = re.compile(rf"\s*(?:{_alt(V.AUTHOR_BOX_LINKS)})$", re.IGNORECASE)


#: Initials or a nickname inside a name (``Jane (J.D.) Doe``, ``Jane "JD" Doe``).
_NICKNAME: Final = re.compile(r"\s(?:\((?:[A-Z]\.){1,3}\)|[\"“][A-Z][\w.]{1,14}[\"”])(?=\s)")


#: A handle ending a byline (``Jane Doe @jdoe``, ``News reporter (@jdoe)``).
_HANDLE_TAIL: Final = re.compile(r"\s\(?@\w{1,30}\)?$")


#: Between a name and its role (``Jane Doe, news reporter``, ``Jane Doe | Staff Writer``).
_ROLE_JOINT: Final = re.compile(r",\s|\s[|–—·-]\s")


def _person_line(text: str) -> bool:
    """A byline without a label rather than a headline: a person's name with a role after a
    comma or a separator (``Jane Doe, news reporter``), with initials or a nickname inside it
    (``Jane (J.D.) Doe``), with the link of an author's box after it (``Jane Doe View More
    Articles``), or a name or a role with a handle (``Jane Doe @jdoe``, ``Reporter @jdoe``)."""
    if len(text) > _CUE_LINE_CHARS:
        return False
    handle = _HANDLE_TAIL.search(text) if "@" in text else None
    core = text[: handle.start()] if handle is not None else text
    # (a link's last letter ends the line: the cheap test first)
    tail = (
        _PROFILE_TAIL.search(core)
        if core[-1:] in _header.LINK_LAST or core.endswith("\n")
        else None
    )
    if tail is not None and tail.start() > 0:
        return person(core[: tail.start()]) is not None
    parts = _ROLE_JOINT.split(core, maxsplit=1)
    if len(parts) == 2:
        return _role(parts[1]) and person(parts[0]) is not None
    if handle is not None:
        return person(core) is not None or _role(core)
    bare = _NICKNAME.sub("", core)
    return bare != core and person(bare) is not None


_JOINERS: Final = frozenset(V.NAME_JOINERS)


def _names_only(text: str) -> bool:
    """A line of writers' names and nothing else (``Jane Doe``, ``Jane Doe and Omar Farouk``):
    an unlabelled byline, not a headline."""
    if len(text) > _CUE_LINE_CHARS or more_words_than_names(text):
        return False
    found = names(text)
    words = [w for w in text.replace(",", " ").split() if w.lower() not in _JOINERS]
    return bool(found) and sum(len(n.split()) for n in found) == len(words)


#: Particles that a name may hold in lower case (``Anna von Berg``).
def _role(text: str) -> bool:
    """What a writer is (``news reporter``, ``Senior Staff Writer``): four words at most, one
    of them a role of :data:`~newsparse.vocab.page.AUTHOR_ROLES`."""
    words = text.lower().split()
    return len(words) <= 4 and not _ROLE_WORDS.isdisjoint(words)


#: The weight of a byline, an unlabelled byline and a date under a title candidate (from which
#: the lines down to it are taken off).
CUE_WEIGHTS: Final = {"byline": 14.0, "bare byline": 12.0, "date": 10.0}


#: html2text's marks of emphasis around a name (``_Jane Doe_``, ``**Jane Doe**``).
_EMPHASIS: Final = "_*"


def cue_found(
    cleaned: Sequence[str], at: int, stop: int, most: int = _CUE_LINES, unlabelled: bool = True
) -> tuple[str, int, int]:
    """A byline (an unlabelled one too when a handle, an age or a role marks it) within six
    lines or a date within eight lines below a title candidate (a standfirst and a photo caption
    may sit between the headline and its date): its kind (a key of :data:`CUE_WEIGHTS`, ``""``
    when none), the lines of text down to it and the line it stands on (-1 when none).

    A caller that wants a cue within fewer lines of text passes ``most`` (a byline on the next
    line): the answer is the same whenever the cue stands that near, and no line further down
    is read (each is an unlabelled byline's costly reading); one that wants a labelled byline
    or a date only passes ``unlabelled`` false, and no line is read as an unlabelled byline."""
    seen = 0
    for i in range(at + 1, min(stop + 1, len(cleaned))):
        if not cleaned[i] or (len(cleaned[i]) < 3 and not cleaned[i].isalnum()):
            continue  # a blank line or an empty share button ("•")
        seen += 1
        if seen > most:
            return "", 0, -1
        if cleaned[i][:1] in "—–":
            continue  # an embedded post's signature: "— Jane Doe (@jdoe) May 2, 2024"
        byline_match = BYLINE.match(cleaned[i]) if seen <= _BYLINE_LINES else None
        if byline_match:
            rest = byline_match.group("rest")
            if not rest:
                rest = _next_text(cleaned, i)  # "By" / "Jane Doe" on lines of their own
            if names((rest or "x").strip(_EMPHASIS)):  # (html2text's "_Jane Doe_" too)
                return "byline", seen, i
        if len(cleaned[i]) < _CUE_LINE_CHARS and find_date(cleaned[i]) is not None:
            return "date", seen, i
        if unlabelled and len(cleaned[i]) < _CUE_LINE_CHARS:
            bare = bare_byline(cleaned[i], cleaned[at])
            if bare is not None and (bare[1] or _person_line(cleaned[i])):
                return "bare byline", seen, i  # "Jane Doe, @jdoe", "Jane Doe • 8h", "… reporter"
    return "", 0, -1


def _next_text(cleaned: Sequence[str], i: int) -> str:
    """The line of text after line ``i``, one blank line between at most (``""``: none)."""
    for k in (i + 1, i + 2):
        if k < len(cleaned) and cleaned[k]:
            return cleaned[k]
    return ""


def _cue_at(cleaned: Sequence[str], at: int, stop: int) -> tuple[float, int]:
    """The weight of :func:`cue_found`'s byline or date (0 when none) and its line."""
    kind, seen, line = cue_found(cleaned, at, stop)
    return (CUE_WEIGHTS[kind] - seen, line) if kind else (0.0, -1)


def cue_below(cleaned: Sequence[str], at: int, stop: int) -> float:
    """The weight of :func:`_cue_at`: a byline's or a date's under a title candidate."""
    return _cue_at(cleaned, at, stop)[0]


def _date_over(cleaned: Sequence[str], at: int) -> bool:
    """Whether a date line stands among the few lines of text right above line ``at``."""
    k = at
    for _ in range(_DATED_ABOVE_LINES):
        k = _text_above(cleaned, k, _STAMP_GAP)
        if k < 0:
            return False
        if len(cleaned[k]) <= _STAMP_CHARS and find_date(cleaned[k]) is not None:
            return True
    return False


def broken_for_width(lines: Sequence[str], at: int) -> bool:
    """Whether the converter broke line ``at`` because the next line's first word would not
    have fitted on it (w3m and lynx wrap at a width): on a page that is wrapped, the line and
    that word are longer together than the width its lines fill. A page whose text runs on in
    long lines (html2text, inscriptis, resiliparse, BeautifulSoup) wraps none: a short line
    under a headline there is a line of its own (``Nachricht``, ``This article is more than 5
    years old``) unless it goes on in lower case.

    >>> text = ["x " * 49] * 5
    >>> broken_for_width(["Ferry to run every hour from May", "Notice", *text], 0)
    False
    >>> broken_for_width(["a " * 48, "harbour", *text], 0), broken_for_width(["a " * 48, "X"], 0)
    (True, False)
    """
    if at + 1 >= len(lines) or not lines[at + 1].split():
        return False
    width = _wrap_width(lines)
    word = lines[at + 1].split()[0]
    if width == 0:
        return word[:1].islower()  # (no width to go by: a rest in lower case goes on)
    return len(lines[at].rstrip()) + 1 + len(word) > width


def _wrap_width(lines: Sequence[str]) -> int:
    """The width a page's text was wrapped at, 0 when the page is not wrapped: it has several
    lines of prose longer than any converter's wrapping width. The width is the middle length
    of the page's longest tenth of lines of words (a wrapped paragraph's lines fill the width;
    a few run past it, a long word or a link that could not be broken)."""
    lengths = [len(line.rstrip()) for line in lines if " " in line.strip()]
    prose = [line for line in lines if len(line) > _WRAP_WIDEST and "   " not in line.strip()]
    wide = sum(1 for n in lengths if _WRAP_LEAST <= n <= _WRAP_WIDEST)
    if len(prose) > _UNWRAPPED_LINES or wide < _WRAPPED_LINES:
        return 0
    longest = sorted(n for n in lengths if n <= _WRAP_WIDEST)[-max(1, len(lengths) // 10) :]
    return longest[len(longest) // 2]


#: No converter wraps at more columns than this (w3m and lynx at 100 here).
_WRAP_WIDEST: Final = 110
#: A wrapped page has at most this many longer lines of prose (w3m's rows of a wide table are
#: set apart by runs of spaces) ...
_UNWRAPPED_LINES: Final = 2
#: ... and this many lines at least that run near the width (no converter wraps narrower than
#: this many columns).
_WRAPPED_LINES: Final = 5
_WRAP_LEAST: Final = 70


def dated_above(cleaned: Sequence[str], at: int, first: int) -> bool:
    """Whether a date line stands among the few lines of text right above line ``at`` (a blog
    sets its entry's stamp over the headline: ``May 2, 2024 · 09:15`` / ``↓ Jump to the
    comments`` / headline), vouching for it as a byline or a date under it would, on a page
    whose first line (``first``) names no site after a joint as a ``<title>`` does (that
    first line is the headline's best witness then).

    >>> page = ["Harbour Notes", "", "May 2, 2024 · 09:15", "Jump to the comments", "", "Rain"]
    >>> dated_above(page, 5, 0), dated_above(["Rain | Harbour Notes", *page[1:]], 5, 0)
    (True, False)
    >>> dated_above(["Rain at last", "", "May 2, 2024"], 0, 0)
    False
    """
    if 0 <= first < len(cleaned) and (
        _TITLE_JOINT.search(cleaned[first]) or _SITE_SUFFIX.search(cleaned[first])
    ):
        return False
    return _date_over(cleaned, at)


#: A date over the headline stands within this many lines of text above it.
_DATED_ABOVE_LINES: Final = 2


def cue_holds(cleaned: Sequence[str], at: int, stop: int) -> bool:
    """Whether a byline or a date under line ``at`` (before ``stop``) vouches for it as the
    headline (as strongly as the title decision asks of a winner)."""
    return cue_below(cleaned, at, stop) >= _CUE_HOLDS


#: A page indents its text when at least this share of its lines of text above the body stand
#: at one indentation, not the margin (lynx's three spaces; a page indented by nesting varies).
_INDENTED_SHARE: Final = 0.5


def _indented(
    cleaned: Sequence[str], junk: Sequence[bool], indents: Sequence[int], stop: int
) -> bool:
    """Whether most lines of text above line ``stop`` stand at one indentation off the margin
    (lynx indents its text, not its headings).

    >>> _indented(["Rain", "Jo Lee", "It rained."], [False] * 3, [0, 3, 3], 3)
    True
    >>> _indented(["Rain", "Jo Lee", "It rained."], [False] * 3, [0, 2, 6], 3)
    False
    """
    texts = [indents[i] for i in range(min(stop, len(indents))) if cleaned[i] and not junk[i]]
    if not texts:
        return False
    depth, count = Counter(texts).most_common(1)[0]
    return depth > 0 and count >= _INDENTED_SHARE * len(texts)
