"""The byline and the dates of a real page dump, between its headline and its body.

:func:`header` reads the lines between the title the real-page reader found and the first body
paragraph; :data:`BYLINE` and :func:`names` also weigh title candidates (a byline under a line
makes it a likely headline).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from newsparse import _cues as cues
from newsparse._authors import (
    BYLINE,
    SEAM_CAPITAL,
    cjk_name,
    cjk_persons,
    cjk_signed,
    cut_names,
    desk_noun,
    glued_piece,
    has_late_label,
    late_byline,
    may_name_several,
    names,
    person,
    role,
    role_word,
    split_persons,
    without_role,
)
from newsparse._authors import agency as _agency
from newsparse._authors import desk as _desk
from newsparse._byline import BYLINE_DECISION, ELSEWHERE, NEAR, Facts, Proposal
from newsparse._comment_zone import name_beside_time
from newsparse._dates import (
    NUMBERS_JOINED,
    UNRESOLVED,
    DayOrder,
    find_date,
    find_page_date,
    find_yearless,
    may_hold_date,
    read_relative,
    time_line,
    update_for_published,
)
from newsparse._lines import comment_heading, date_line, print_line
from newsparse._memo import LIMIT, page_memo
from newsparse._page import same_day
from newsparse._patterns import alternation as _alt
from newsparse._published import (
    DATE_RULES,
    DATES_DECISION,
    LATE_DATE_RULES,
    DateFacts,
    DateProposal,
)
from newsparse._relative import find_relative
from newsparse.vocab import authors as A
from newsparse.vocab import page as V

_person = person  # (the name this module's readers knew it by)

if TYPE_CHECKING:
    from datetime import tzinfo

    from newsparse._page import Page

__all__ = ["BYLINE", "header", "names"]


# --- byline and dates ---------------------------------------------------------------------------

#: The words of a credit of another kind than the writer's before a "by" (``Photo by``,
#: ``Sponsored by``, ``Medically reviewed by``), at the end of the text before it.
_CREDIT_BEFORE: Final = re.compile(rf"(?:{_alt(A.NOT_WRITER_BY)})\s*$", re.IGNORECASE)
_IMAGE_LEAD: Final = re.compile(r"\[[^\]]{0,60}\]\s*")
_AGO_TAIL: Final = re.compile(
    r"\s+[•·|–—-]\s+(?:\d{1,2}\s?(?:h|m|d|hrs?|mins?)|\d{1,2}\s+\w+\s+ago)\s*$", re.IGNORECASE
)
_UNDERSCORE_EMPH: Final = re.compile(r"(?<!\w)_(?=\S)([^_]{1,80}?)(?<=\S)_(?!\w)")
_LIST_LEAD: Final = re.compile(r"(?:[•*□☆◦▪‣●·○■+-]|\d{1,3}\.)\s+")
#: A line that is only the word joining two linked names (bs4: ``Jane Doe`` / ``y`` / ``Luis Gil``).
_JOINER: Final = re.compile(rf"(?:,|{_alt(A.NAME_JOINERS)})", re.IGNORECASE)
_SEPARATOR_LINE: Final = re.compile(r"[-–—|·•/,:]+")
#: What an empty form field is drawn with (``[          ]``, ``[___]``).
_FORM_MARKS: Final = "[] _|"
#: How many lines below the headline an unlabelled byline or a date may sit.
_NEAR: Final = 25


#: A line that names a writer (a portrait's caption, a profile link, an account) is shorter
#: than this ...
_NAME_LINE_CHARS: Final = 80
#: ... and a header's cue line (a labelled date, a byline row with its section and date) than this.
_CUE_LINE_CHARS: Final = 120


def is_cue(text: str) -> bool:
    """Whether a line is a byline or a short line with a date: what stands under a headline.

    >>> is_cue("By Jane Doe"), is_cue("May 2, 2024")
    (True, True)
    >>> is_cue("It rained in Leeds on May 2, 2024, all day long, and then all night long too.")
    False
    >>> is_cue("Ivan вчера в 21:22"), is_cue("Jane Doe yesterday at 9:22 pm")
    (True, True)
    """
    try:
        return _IS_CUE[text]  # type: ignore[return-value]
    except KeyError:
        cue = _IS_CUE[text] = BYLINE.match(text) is not None or (
            len(text) < _CUE_CHARS
            and (find_date(text) is not None or _day_stamp(text) or _labelled_age(text))
        )
        if len(_IS_CUE) > LIMIT:
            _IS_CUE.clear()
        return cue


#: Whether each line of the page being read is a cue (see :mod:`newsparse._memo`): each title
#: candidate asks it of the lines around it, and the comment readers of their heads.
_IS_CUE: Final = page_memo()


def _labelled_age(text: str) -> bool:
    """An age under its label alone (``Updated 2 hrs ago``, ``Aktualisiert vor 2 Stunden``):
    a date line, though with no day (an age alone is read as one where the headline is
    chosen)."""
    m = _AGE_LABEL.match(text)
    return m is not None and _age(text[m.end() :])


#: The longest line read as a byline or a date with nothing else (a headline is longer).
_CUE_CHARS: Final = 60
#: The most words before a day word's time in a stamp: a writer's name, an avatar's brackets.
_STAMP_NAME_WORDS: Final = 4


def _day_stamp(text: str) -> bool:
    """A writer's name, then a day word and a time, ending the line (``Ivan вчера в 21:22``,
    ``Jane yesterday at 9:22 pm``): the stamp a blog sets over its headline.

    >>> _day_stamp("Ivan вчера в 21:22"), _day_stamp("Yesterday at 9:30 the ferry sank")
    (True, False)
    """
    if _DIGIT.search(text) is None:
        return False  # (the cheap test first: a time of day is written in digits)
    found = find_relative(text, digits=True)
    if found is None or found.clock is None or text[found.end :].strip():
        return False
    return len(text[: found.start].split()) <= _STAMP_NAME_WORDS


def bare_byline(text: str, title: str) -> tuple[tuple[str, ...], bool] | None:
    """``(names, sure)`` for an unlabelled byline line: a name alone (or several: ``Jane Doe and
    Omar Farouk``), or a name followed by a handle, a separator or a date (``Jane Doe - Apr 16,
    2015``, ``Jane Doe, @jdoe``, ``Jane Doe | Reuters``, ``Reuters, Washington``), or a date then
    a separator and the name (``Apr 16, 2015 | Jane Doe``). ``sure`` when the line itself
    carries a date, a handle or an agency beside the name. A line that is the headline ``title``,
    or a person the headline names, is no byline (that person is a kicker, not its writer).

    >>> bare_byline("Jane Doe, @jdoe", "Rain at last"), bare_byline("Jane Doe", "Jane Doe wins")
    ((('Jane Doe',), True), None)
    """
    reading: _Reading | None
    try:
        reading = _BARE[text]  # type: ignore[assignment]
    except KeyError:
        reading = _BARE[text] = _bare_reading(text)
        if len(_BARE) > LIMIT:
            _BARE.clear()
    if reading is None:
        return None
    people, sure, checked, plain = reading
    if plain == title or (checked and any(_in_title(p, title) for p in people)):
        return None
    return people, sure


#: How each line of the page being read reads as a bare byline (see :mod:`newsparse._memo`):
#: the headline candidates above a line each ask about it.
_BARE: Final = page_memo()


#: ``(names, sure, whether the names must not be the headline's, the line as compared with it)``
_Reading = tuple[tuple[str, ...], bool, bool, str]


def _bare_reading(text: str) -> _Reading | None:
    """What :func:`bare_byline` reads in ``text`` whatever the headline: ``(names, sure,
    whether the names must not be the headline's, the line as compared with the headline)``."""
    if text[:1] in "—–":
        return None  # an embedded post's signature: "— Jane Doe (@jdoe) May 2, 2024"
    text = _LIST_LEAD.sub("", text, count=1) if _LIST_LEAD.match(text) else text
    if text[:1] == "[":  # an author photo before the name: "[jane-doe] Jane Doe"
        text = _IMAGE_LEAD.sub("", text, count=1)
    portrait = _portrait(text) if len(text) < _NAME_LINE_CHARS else None
    if portrait is not None:  # "jdoe-headshot Jane Doe", "Jane Doe mugshot": an author's box
        text = (text[: portrait.start()] + text[portrait.end() :]).strip()
    if len(text) > 100:
        return None
    section = _section_row(text)
    if section is not None:  # "Politik · Jane Doe, Omar Farouk": a section, then the writers
        return section
    signed = cjk_signed(text)
    if signed is not None:  # "김철수 기자", "山田太郎 記者": a name and its reporter's role
        return signed, True, True, text
    if not text.isascii():  # "谢若含2017-03-01": the date apart from the name
        text = _CJK_THEN_DIGIT.sub(" ", text)
    found = find_date(text)
    if found is not None and found[1] == 0:  # "Apr 16, 2015 | Jane Doe"
        after = _DATE_THEN_NAME.fullmatch(text[found[2] :])
        # (a count or a section may follow: "23.06.2016 - Jane Doe - 91 comments")
        name = _person(_NAME_END.split(after.group(1))[0]) if after is not None else None
        return ((name,), True, True, text) if name is not None else None
    core = text[: found[1]] if found is not None else text
    if found is not None:  # "Jane Doe Updated May 2, 2024", "Jane Doe Publié le 2 mai 2024"
        core = _LABEL_BEFORE_DATE.sub("", core)
    if found is not None and cjk_name(core.strip()):  # "谢若含2017-03-01 14:27": a CJK name
        return (core.strip(),), True, True, text
    sure = (found is not None and found[1] > 0) or portrait is not None
    if found is None:
        ago = _AGO_TAIL.search(core)
        if ago is not None:  # "Jane Doe • 8h", "Jane Doe · 3 hours ago"
            core, sure = core[: ago.start()], True
    link = _profile_link(core) if len(core) < _NAME_LINE_CHARS else None
    if link is not None and link.start() > 0:  # "Jane Doe View More Articles": an author box
        core, sure = core[: link.start()], True
    account = _account(core) if len(core) < _NAME_LINE_CHARS else None
    if account is not None and _person(core[: account.start()]) is not None:
        core, sure = core[: account.start()], True  # "Jane Doe Twitter Staff Writer"
    # (one part alone is read below, as the core)
    parts = split_persons(core.strip(" -–—|·•,")) if _may_list_names(core) else []
    if len(parts) >= 2:
        several = []
        for part in parts:
            person = _person(part)
            if person is None:
                break
            several.append(person)
        else:
            return tuple(several), sure, True, text
    m = _NAME_END.search(core)
    if m is not None:
        rest = core[m.end() :].strip(" -–—|·•,")
        if rest.casefold() in _PICTURE_CREDITS:
            return None  # a photographer's credit: "Jane Doe / Getty Images"
        sure = sure or "@" in core[m.start() :] or _agency(rest) is not None
        core = core[: m.start()]
    core = core.strip(" -–—|·•,")
    seam = SEAM_CAPITAL.search(core)  # (``CAMEL_SEAM.split(core, maxsplit=1)``, found sooner)
    glued = [core] if seam is None else [core[: seam.start()], core[seam.start() :]]
    if (
        len(glued) > 1
        and " " in glued[0]
        and not any(w[:1].islower() for w in glued[1].split())
        and len(glued[1].split()) <= _GLUED_TAIL_WORDS
        and _person(core) != core
    ):
        # "Jane DoeView More Articles": a profile link or a role, in title case ("Tom
        # MacDonald" is a name; a sentence goes on after a brand: "Instead of CloudFlare use …")
        core, sure = glued[0], True
    agency = _agency(core)
    if agency is not None:
        return (agency,), sure, False, text
    unroled = without_role(core)  # "Jane Doe Staff Writer": a name and its role
    if unroled == core:
        unroled = _after_role(core)  # "Staff Writer Jane Doe": a role and its name
    if unroled != core:
        core, sure = unroled, True
    if len(core.split()) > _BARE_NAME_WORDS:
        return None  # (a teaser's headline in title case, not a name)
    name = _person(core)
    return ((name,), sure, True, text) if name is not None else None


def _section_row(text: str) -> _Reading | None:
    """The writers of a row that opens with the article's section before a dot or a bar
    (``Politik · Jane Doe, Omar Farouk``, ``Opinion | Jane Doe``), as many magazines set the
    byline over or under the headline; ``None`` where the first part is a person's name (``Jane
    Doe · Reuters``) or the rest names no one. Sure where the rest is (beside a date) or names
    several (a section and a list of names is a byline's form; a section and one name in title
    case may be a breadcrumb's last step, ``Islands · Harbour Works``, and wants a date near)."""
    m = _SECTION_LEAD.match(text) if _SECTION_MARK.search(text) is not None else None
    if m is None or _person(m.group("section")) is not None:
        return None
    rest = _bare_reading(m.group("rest"))
    if rest is None or not rest[2]:
        return None  # (no person: an agency, or nothing)
    people, sure = rest[0], rest[1]
    return people, sure or len(people) > 1, True, text


#: A section's name (one to three words, no digit) and a dot, bullet or bar between spaces
#: before the rest of a header's row; html2text writes the dot as ``*``.
_SECTION_LEAD: Final = re.compile(
    r"(?P<section>[^\W\d_][^\s\d·•|*]*(?: [^\s\d·•|*]+){0,2}) [·•|*] (?P<rest>\S.*)"
)
#: The mark between spaces that every match of ``_SECTION_LEAD`` holds: the test before it,
#: found from its space (over the 11,947 short lines the dev dumps read as bare bylines, 126
#: have one; the lead's match took 11 ms a pass of them, this search 4 ms).
_SECTION_MARK: Final = re.compile(" [·•|*] ")


#: A name in a list of several names has this many words at most (``Anna-Maria von der Berg``).
_LISTED_NAME_WORDS: Final = 5
#: An unlabelled name line, its role taken off, has this many words at most.
_BARE_NAME_WORDS: Final = 6
#: A profile link or a role glued after a name has this many words at most (``View More
#: Articles``, ``Twitter News & Culture Writer``); more words glued to a capitalised run are a
#: headline in title case with a word set in camel case (``Nuclear UnderWater Drone Capable Of
#: Destroying Coastal Cities``).
_GLUED_TAIL_WORDS: Final = 6
#: Where the names of a list part: a comma, a semicolon, a joining word.
_LIST_SEAM: Final = re.compile(rf"[,;]|\s(?:{_alt(A.NAME_JOINERS)})\s")


def _may_list_names(text: str) -> bool:
    """Whether ``text`` may be a list of several names: :func:`may_name_several`, and no part
    between its commas and joining words longer than a name (a teaser's headline in title
    case: ``Drone Capable Of Destroying Coastal Cities, Pentagon Says``)."""
    return may_name_several(text) and all(
        len(part.split()) <= _LISTED_NAME_WORDS for part in _LIST_SEAM.split(text)
    )


#: The labels of a date run into the name before it (``Jane Doe Last updated on``, ``Jane Doe
#: Publié le``): a label of the name's (``Updated``, ``Published``), then perhaps an opener
#: (``on``, ``le``: only after such a label, since ``Le`` may end a name).
_LABEL_BEFORE_DATE: Final = re.compile(
    rf"(?:\s+(?:{_alt(A.NAME_LABELS)}))+(?:\s+(?:{_alt(V.DATE_OPENERS)}))?\s*[:：]?\s*$",
    re.IGNORECASE,
)
#: Picture agencies and stock libraries after a name and a separator: a photographer's credit
#: under a picture, no byline (the news agencies, which credit writers too, are not among them).
_PICTURE_CREDITS: Final = frozenset(V.CREDIT_SOURCES + A.PICTURE_LIBRARIES) - {
    a.casefold() for a in V.AGENCIES
}
#: Where a name ends on a byline line: a handle, a bar, a spaced dash or bullet, a comma, a
#: bracket.
_NAME_END: Final = re.compile(r"\s*(?:@|\||\s[-–—•·/]\s|,|\s\()")


def _after_role(text: str) -> str:
    """``text`` without the writer's role set before the name (``Reporter Jane Doe``, ``Senior
    Staff Writer Omar Farouk``): the name after words that are a role (see
    :func:`~newsparse._authors.role`); else ``text`` as it is.

    >>> _after_role("Staff Writer Jane Doe"), _after_role("Producer: Jane Doe")
    ('Jane Doe', 'Producer: Jane Doe')
    """
    words = text.split()
    if not words or not role_word(words[0]):
        return text  # (the cheap test first: every role before a name opens with a role word)
    for k in range(1, min(len(words) - 1, _ROLE_WORDS_BEFORE + 1)):
        if words[k - 1].endswith(":"):
            break  # a label ("Producer: Jane Doe"): a credit, read by the labelled reader if any
        if role(" ".join(words[:k])) and _person(" ".join(words[k:])) == " ".join(words[k:]):
            return " ".join(words[k:])
    return text


#: A role before a name has at most this many words (``Senior Staff Writer``).
_ROLE_WORDS_BEFORE: Final = 3


def _in_title(name: str, title: str) -> bool:
    """Whether the headline names the person ``name`` (whole, or by the surname alone: ``Doe's
    apples``): then a name line near it is a kicker, not its writer's byline."""
    if not title:
        return False
    folded = title.casefold()
    if name.casefold() in folded:
        return True
    surname = name.split()[-1].casefold()
    if len(surname) < 4:
        return False
    # the surname as a whole word (a plain search, then a look at the neighbours: a pattern
    # built for each name would be compiled anew for each name)
    at = folded.find(surname)
    while at >= 0:
        end = at + len(surname)
        alone_before = at == 0 or _WORD_CHAR.match(folded, at - 1) is None
        alone_after = end == len(folded) or _WORD_CHAR.match(folded, end) is None
        if alone_before and alone_after:
            return True
        at = folded.find(surname, at + 1)
    return False


_WORD_CHAR: Final = re.compile(r"\w")


#: The name of an author's photo that a converter writes before or after the name, alone:
#: ``jdoe-headshot Jane Doe``, ``Jane Doe mugshot``, ``avatar Jane Doe``.
_PORTRAIT: Final = re.compile(
    rf"^[\w.-]*(?i:{_alt(V.PORTRAIT_WORDS)})[\w.-]*\s+|\s+[\w.-]*(?i:{_alt(V.PORTRAIT_WORDS)})[\w.-]*$"
)

#: A portrait word in lower-cased text, and the letters that the case-blind ``_PORTRAIT`` takes
#: for one of its letters though their lower case is another (``İ``, ``ı``, ``ſ``).
_PORTRAIT_LOWER: Final = re.compile(f"(?:{_alt([w.lower() for w in V.PORTRAIT_WORDS])})")
_PORTRAIT_ODD: Final = re.compile("[\u0130\u0131\u017f]")


def _case_odd(text: str, odd: re.Pattern[str]) -> bool:
    """Whether ``text`` holds one of the letters ``odd`` finds, all outside ASCII: an ASCII
    text is not searched (a search took 0.5 µs on a line of 65 characters, ten times the
    ASCII test; :func:`_names_update` asked it of 9,516 lines of the dev dumps)."""
    return not text.isascii() and odd.search(text) is not None


def _portrait(text: str) -> re.Match[str] | None:
    """``_PORTRAIT.search(text)``, asked only where a portrait word stands (most lines have
    none; the lower-cased search is several times faster than the case-blind one)."""
    if _PORTRAIT_LOWER.search(text.lower()) is None and not _case_odd(text, _PORTRAIT_ODD):
        return None
    return _PORTRAIT.search(text)


#: A Chinese, Japanese or Korean character right before a digit (a name glued to its date).
_CJK_THEN_DIGIT: Final = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])(?=\d)")

#: What follows a date that opens a byline line: a separator, then the name.
_DATE_THEN_NAME: Final = re.compile(r"\s*[|·•–—-]\s*([^|·•–—]{4,60}?)\s*")


def _has_word(text: str) -> bool:
    return any(c.isalnum() for c in text.strip(_FORM_MARKS))


def _plain(text: str) -> str:
    """A header line without ``_emphasis_`` marks and without what is left of a link nested in
    a link (html2text: ``by [Jane Doe](/author/jane-doe) @jdoe``, ``) 谢若含2017-03-01``).

    >>> _plain("by [Jane Doe](/people/jane-doe/index.html) @jdoe"), _plain(") 谢若含2017-03-01")
    ('by Jane Doe @jdoe', '谢若含2017-03-01')
    """
    if "_" in text:
        text = _UNDERSCORE_EMPH.sub(r"\1", text)
    if "](" in text:
        text = _MARKDOWN_LINK.sub(r"\1", text)
    if text[:1] == ")":
        text = text.lstrip(") ")
    return text


#: What sets the parts of a header's row apart: a bar or a dash between spaces.
_ROW_BAR: Final = re.compile(r" [|—–] ")
#: A Markdown link the cleaning left whole, the inner one of two nested links: its text.
_MARKDOWN_LINK: Final = re.compile(r"\[([^\[\]]{1,80})\]\([^()\s]*\)")


def _labelled(texts: list[str], pos: int) -> tuple[str, ...] | None:
    """The names of a labelled byline at ``texts[pos]`` (the names may follow on the next
    lines, one element a line as BeautifulSoup writes them: ``By`` / ``Jane Doe`` / ``and`` /
    ``Omar Farouk``), also as one part of a row (``Home | By Jane Doe | 30 September 2018``)."""
    text = texts[pos]
    if _LIST_LEAD.match(text):
        text = _LIST_LEAD.sub("", text, count=1)  # a byline in a list: "• von: Jane Doe"
    m = BYLINE.match(text)
    if m is None and text[:1] == "[":
        # an image's name before the byline (w3m, lynx): "[jdoe-photo] By Jane Doe"
        m = BYLINE.match(_IMAGE_LEAD.sub("", text, count=1))
    late = False
    if m is None and len(text) < _CUE_LINE_CHARS and _ROW_BAR.search(text) is not None:
        # a row of breadcrumb, byline and date: "Home | By Jane Doe | 30 September 2018", or
        # an outlet before its byline: "CNN — By Jane Doe"
        for part in _ROW_BAR.split(text)[1:]:
            m = BYLINE.match(part.strip())
            if m is not None:
                break
    if m is None and len(text) < _ROW_LONGEST:
        # a byline glued to the section before it: "World NewsEdited by Jane Doe"
        part = glued_piece(text)
        if part is not None:
            m = BYLINE.match(part)
    if m is None and len(text) < _CUE_LINE_CHARS:
        m = late_byline(text)
        if m is None:
            # (a stamp after the names on the row: "All India Edited by Jane Doe Updated: …")
            m = _late_before_stamp(text)
            text = text if m is None else m.string
        late = (
            m is not None
            and (
                _CREDIT_BEFORE.search(text[: m.start()]) is not None
                # a sentence going on after the name: "contacted by Jane Doe's office, which …"
                or _CLAUSE_AFTER.search(m.group("rest")) is not None
                # or running text before it: "… in the third period before goals by Jane Doe"
                or m.start() > 40
                # or a piece of a sentence split over lines (bs4): "… since being" / "sacked by
                # Jane Doe" / "in May."
                or text[:1].islower()
            )
        )
    if m is None or late:
        return None
    rest = m.group("rest")
    k = pos + 1
    if not rest.strip():
        if k >= len(texts):
            return None
        rest, k = texts[k], k + 1
    # "Jane Doe" / "and" / "Omar Farouk": the names go on while a joiner line links them
    while k + 1 < len(texts) and _JOINER.fullmatch(texts[k]) and names(texts[k + 1]):
        rest += " and " + texts[k + 1]
        k += 2
    if not m.group("rest").strip():
        rest += "".join(" and " + t for t in _name_lines(texts, k))
    found = names(rest, labelled=True)
    if not found:
        agency = _agency(cut_names(rest))
        return (agency,) if agency is not None else None
    return found


def _late_before_stamp(text: str) -> re.Match[str] | None:
    """A byline late in a header's row that a stamp ends (``All India Edited by Jane Doe
    Updated: May 2, 2024 09:15 IST``, as a converter that runs a header's elements into one
    line writes it): the late label's match in the row up to the date and its label, where
    only capitalised words (a section's name, a label) stand before the label; else ``None``
    (``Damage caused by Hurricane Otis, May 2, 2024.``, a caption)."""
    if not has_late_label(text):
        return None  # (no late label in the row, none in its head: of the 5,463 dev rows, 67
        # are looked at for a date)
    found = find_date(text)
    if found is None or found[1] == 0:
        return None
    head = _LABEL_BEFORE_DATE.sub("", text[: found[1]]).rstrip(" |·•,;-–—")
    m = late_byline(head)
    if m is None or any(w[:1].islower() for w in head[: m.start()].split()):
        return None
    return m


def _name_lines(texts: Sequence[str], k: int) -> list[str]:
    """The names on the lines from ``texts[k]`` on that go on a byline whose label stood alone
    (BeautifulSoup: ``By`` / ``Jane Doe`` / ``Omar Farouk`` / ``May 2, 2024``): lines that are
    each one person's name, kept only when a date line follows them (a name line followed by
    the headline or the body is no second writer)."""
    run: list[str] = []
    while k < len(texts) and len(run) < _NAME_LINES_MOST:
        found = names(texts[k]) if len(texts[k]) <= _NAME_LINE else ()
        if len(found) != 1 or found[0] != texts[k].strip():
            break
        run.append(found[0])
        k += 1
    return run if run and k < len(texts) and _dated(texts[k]) else []


#: The longest line read as one more writer's name under a byline; the most such lines.
_NAME_LINE: Final = 40
_NAME_LINES_MOST: Final = 5

#: The longest line read as a row of section, byline and date.
_ROW_LONGEST: Final = 160

#: A clause after a name in running text (``, which``, ``, who said``).
_CLAUSE_AFTER: Final = re.compile(
    r",\s+(?:which|who|whose|that|where|when|while|and|but|as|after|before|said|says|told)\b"
)


def _dated(text: str) -> bool:
    """A header line with a date, or wholly a time of day (``1:39 PM ET``, ``09:12 Uhr``)."""
    return len(text) < _DATED_CHARS and (find_date(text) is not None or time_line(text))


#: A header line that holds a date is shorter than this.
_DATED_CHARS: Final = 100


class _Span(NamedTuple):
    """The lines the header reader reads: ``window`` (between the headline and the body start),
    ``where`` (those and a few past the body start), ``texts`` (the lines of ``where`` without
    emphasis marks), the headline ``title`` and the line ``stop`` after the body start."""

    window: list[int]
    where: list[int]
    texts: list[str]
    title: str
    stop: int


def header(
    page: Page,
    cleaned: Sequence[str],
    title_at: int,
    body_start: int,
    dates_before: int = -1,
    names_before: int = -1,
) -> None:
    """Byline and dates between the headline and the body (and a few lines around).

    A labelled byline (``By …``, ``Von …``) is looked for down to a few lines past the start
    of the body; an unlabelled one (a name alone) only near the headline and next to a date,
    a handle or the date on its own line. No date is taken from line ``dates_before`` on (where
    the comments begin: a comment's time is never the article's date), and no byline from line
    ``names_before`` on (``dates_before`` when not given: a commenter is no byline).
    """
    n = len(page.lines)
    if dates_before < 0:
        dates_before = n
    if names_before < 0:
        names_before = dates_before
    span = _span(cleaned, title_at, body_start, min(n, names_before))
    at = _Headline(title_at, body_start)
    byline_at = _writers(page, cleaned, at, span)
    _dates(page, cleaned, at, dates_before, span, byline_at)
    if page.fields.published is None:
        page.fields.published = update_for_published(page.fields.updated, cleaned, page.placement)
    _late_dates(page, cleaned, at, dates_before, span)
    if page.fields.authors is None:
        _byline_fallbacks(page, cleaned, at, span)
    else:
        _bio_over_bare(page, cleaned, span.stop)
    _drop_desks(page, cleaned, title_at)


def _span(cleaned: Sequence[str], title_at: int, body_start: int, n: int) -> _Span:
    """The lines between the headline at ``title_at`` and the body start, and a few past it
    (``n``: where the lines the header may read end)."""
    stop = min(n, body_start + 1)
    # (empty form fields "[          ]" do not count as lines between the headline and a date)
    # (a header is short: of a very long stretch between the headline and the body, its first
    # and last lines are read, not a list of the whole page)
    lines: Iterable[int] = range(title_at + 1, stop)
    if stop - title_at - 1 > 2 * _HEADER_SPAN:
        lines = itertools.chain(
            range(title_at + 1, title_at + 1 + _HEADER_SPAN), range(stop - _HEADER_SPAN, stop)
        )
    window = [i for i in lines if cleaned[i].strip(_FORM_MARKS)]
    # (rows of icons without text, "*" / "•", do not count among the lines past the body start)
    # (the first six such lines, not all of the forty read for them: 19,084 lines were asked
    # in the dev dumps, 4,988 are)
    worded = (i for i in range(stop, min(n, stop + 40)) if _has_word(cleaned[i]))
    beyond = list(itertools.islice(worded, 6))
    # (nor past a heading that ends the body: the bylines of teasers follow "Related")
    end = next((k for k, i in enumerate(beyond) if _ends_body(cleaned[i])), len(beyond))
    where = window + beyond[:end]
    title = cleaned[title_at] if 0 <= title_at < n else ""
    return _Span(window, where, [_plain(cleaned[i]) for i in where], title, stop)


def _writers(page: Page, cleaned: Sequence[str], at: _Headline, span: _Span) -> int:
    """The byline by the headline: the best of the proposals of the rules of
    :data:`~newsparse._byline.NEAR` (a labelled one, a name beside a date or a handle, a name
    linked to a writer's page, a name past the body's start, an author's photo and name, a
    byline above the headline, a name above a reading time). The position in ``span.where`` of
    the byline when it is a labelled one, else -1."""
    if page.fields.authors is not None:
        return -1
    title = span.title
    offers: dict[str, Callable[[], Proposal | None]] = {
        "labelled": lambda: _labelled_byline(span),
        "bare_near": lambda: _bare_near(page, cleaned, span),
        "author_link": lambda: _author_link(page, span),
        "past_start": lambda: _bare_past_start(page, span),
        "portrait": lambda: _portrait_byline(span),
        "above_title": lambda: _byline_above(page, cleaned, at.title_at, title),
        "read_time": lambda: _byline_by_read_time(cleaned, span.stop, title),
    }
    chosen = _elect(page, cleaned, at, title, [(rule, offers[rule]) for rule in NEAR])
    if chosen is None or chosen[0] != "labelled":
        return -1
    return span.where.index(chosen[1].at)


class _Headline(NamedTuple):
    """Where the header reader stands: the headline's line and the body's first line."""

    title_at: int
    body_start: int


def _elect(
    page: Page,
    cleaned: Sequence[str],
    at: _Headline,
    title: str,
    offers: Sequence[tuple[str, Callable[[], Proposal | None]]],
) -> tuple[str, Proposal] | None:
    """The best-scored of the rules' proposals (by the byline weights in force), claimed as the
    byline: its rule and itself, or ``None`` when no rule proposed."""
    chosen = BYLINE_DECISION.elect(
        offers, lambda rule, p: _facts(page, cleaned, at, title, rule, p)
    )
    if chosen is None:
        return None
    rule, proposal = chosen
    page.fields.authors = proposal.names
    if proposal.at >= 0 and page.placement[proposal.at] is None:
        page.place(proposal.at, "authors")
    return rule, proposal


def _facts(
    page: Page, cleaned: Sequence[str], at: _Headline, title: str, rule: str, p: Proposal
) -> Facts:
    """What the features of a rule's proposal read (see :class:`~newsparse._byline.Facts`)."""
    line = _plain(cleaned[p.at]) if p.at >= 0 else ""
    first = p.names[0] if p.names else ""
    beside = [
        _plain(cleaned[j])
        for j in range(max(0, p.at - _BESIDE_FACT), min(len(cleaned), p.at + _BESIDE_FACT + 1))
        if p.at >= 0 and j != p.at and cleaned[j]
    ]
    own = 1 if p.at >= 0 and first in cleaned[p.at] else 0
    return Facts(
        rule=rule,
        at=p.at,
        title_at=at.title_at,
        body_start=at.body_start,
        names=len(p.names),
        named_in_headline=any(n.casefold() in title.casefold() for n in p.names),
        dated_beside=any(_dated(t) or _age(t) for t in beside),
        signed_again=_named_more(cleaned, first, own),
        labelled_line=BYLINE.match(line) is not None,
    )


#: How many lines each way of a proposed byline the ``dated_beside`` feature reads.
_BESIDE_FACT: Final = 2


def _named_more(cleaned: Sequence[str], name: str, times: int) -> bool:
    """Whether more than ``times`` lines of ``cleaned`` hold ``name`` (never, for no name): the
    lines are read until one more than ``times`` is found, not all counted (the byline's own
    line and the one that names it again are mostly near the top of the page).

    >>> _named_more(["Jane Doe", "text", "Jane Doe, Porthaven"], "Jane Doe", 1)
    True
    """
    if not name:
        return False
    holding = (text for text in cleaned if name in text)
    return next(itertools.islice(holding, times, None), None) is not None


def _labelled_byline(span: _Span) -> Proposal | None:
    """A labelled byline (``By Jane Doe``) among the lines of ``span``."""
    for pos, i in enumerate(span.where):
        found = _labelled(span.texts, pos)
        if found:
            return Proposal(i, found)
    return None


def _bare_near(page: Page, cleaned: Sequence[str], span: _Span) -> Proposal | None:
    """An unlabelled byline near the headline: a name (or names) sure by itself, or beside an
    author box's link, a contact address, or a date or an age on the lines around it; or a
    name right under the headline that the page signs again below the body (an author's box:
    ``Jane Doe`` / ``written by Jane Doe``)."""
    texts = span.texts
    near = min(len(span.window), _NEAR)
    copy = _headline_copy(page.lines, cleaned, span, near)
    for pos in range(near):
        if pos in copy:
            continue  # "… Answer Is 'We Had No" / "Choice At All'" under the date
        bare = bare_byline(texts[pos], span.title) or _cjk_over_date(texts, pos)
        if bare is None or _runs_on(cleaned, span.where[pos]):
            continue
        if _topic_line(page.lines[span.where[pos]]):
            continue  # a tag over the date: "[Harbour Works](/tag/harbour-works)"
        found, sure = bare
        # (a wrapped copy of the headline stands between a date and its name: it does not count)
        others = [q for q in range(near) if q != pos and q not in copy]
        at = sum(1 for q in others if q < pos)
        around = [texts[q] for q in others[max(0, at - 2) : at + 3]]
        around = [t for t in around if not _SEPARATOR_LINE.fullmatch(t)][:4]
        around += _past_share_row(texts, pos, near)
        below = texts[pos + 1] if pos + 1 < len(texts) else ""
        linked = (
            _PROFILE_LINK.match(below) is not None
            or role(below)
            or (pos < _CONTACT_NEAR and _CONTACT.fullmatch(below) is not None)
            or _own_account(texts, pos + 1)
        )
        dated = [t for t in around if _dated(t) or _age(t)]
        if not linked and any(found[0].casefold() in t.casefold() for t in dated):
            continue  # a section name the date line repeats: "Daily Digest" / "… 03.02.21"
        if sure or linked or dated or _outlet_credited(texts[pos], texts):
            found = _joined(texts, pos, found, span.title)
            found += _stacked(texts, pos, found, span.title)
            return Proposal(span.where[pos], found)
        if pos < _SIGNED_NEAR and len(found) == 1 and _signed_below(cleaned, found[0], span.stop):
            return Proposal(span.where[pos], found)
    return None


#: A link to the writer's own account after a name (``Jane Doe Twitter``), or alone.
_ACCOUNT: Final = re.compile(rf"(?<=\S)\s+(?i:{_alt(A.AUTHOR_ACCOUNTS)})\b")
#: The last space before an account's word, which every match of ``_ACCOUNT`` holds: found
#: from the space (``_ACCOUNT``'s look-behind is tried at every character).
_ACCOUNT_WORD: Final = re.compile(rf"\s(?i:{_alt(A.AUTHOR_ACCOUNTS)})\b")


def _account(text: str) -> re.Match[str] | None:
    """``_ACCOUNT.search(text)``, asked only where an account's word follows a space (325 of
    the 11,947 short lines the dev dumps read as bare bylines; the test takes two thirds of
    the time of ``_ACCOUNT``'s search)."""
    return _ACCOUNT.search(text) if _ACCOUNT_WORD.search(text) is not None else None


_ACCOUNTS: Final = frozenset(A.AUTHOR_ACCOUNTS)


def _headline_copy(
    lines: Sequence[str], cleaned: Sequence[str], span: _Span, near: int
) -> set[int]:
    """The positions (of the first ``near`` in ``span``) of a copy of the headline that w3m or
    lynx wrapped (many pages set the headline again over the article, under a date or a
    section): its first line again, as long as a wrapped line and stopping on a word, and the
    rest right under it. A title-cased rest (``Choice At All'``) reads like a name, but it is
    no byline."""
    found: set[int] = set()
    key = _headline_key(span.title)
    if len(span.title) < _WRAPPED_CHARS or not span.title[-1].isalnum():
        return found
    for pos in range(near - 1):
        i = span.where[pos]
        if _headline_key(cleaned[i]) == key and span.where[pos + 1] == i + 1:
            found.update((pos, pos + 1))
    return found


def _headline_key(text: str) -> str:
    """A headline's line folded for comparison: case, quote marks and spaces do not count (one
    copy of a headline sets curly quotes, another straight ones)."""
    return "".join(text.translate(_QUOTE_MARKS).casefold().split())


#: The quote marks a copy of a headline may set otherwise.
_QUOTE_MARKS: Final = str.maketrans(dict.fromkeys("\u2018\u2019\u201c\u201d'\"`\u00b4", None))


def _own_account(texts: Sequence[str], pos: int) -> bool:
    """Whether ``texts[pos]`` is a link to a writer's account alone (``Twitter``) and no button
    of a share row (whose next line is another: ``Twitter`` / ``Facebook`` / ``Email``)."""
    if pos >= len(texts) or texts[pos].strip().casefold() not in _ACCOUNTS:
        return False
    after = texts[pos + 1].strip().casefold() if pos + 1 < len(texts) else ""
    return after not in _ACCOUNTS and after not in _SHARE


_SHARE: Final = frozenset(V.SHARE_WORDS)


def _past_share_row(texts: Sequence[str], pos: int, near: int) -> list[str]:
    """The line after the row of share buttons under a name (``Jane Doe`` / ``Twitter`` /
    ``Facebook`` / ``Email`` / ``May 2, 2024``), which the buttons push past the lines read
    around the name; none when no such row stands right under it."""
    q = pos + 1
    while q < near and texts[q].strip().casefold() in _BUTTONS:
        q += 1
    return [texts[q]] if q - pos - 1 >= _SHARE_ROW_LEAST and q < near else []


_BUTTONS: Final = _SHARE | _ACCOUNTS
#: A row of share buttons under a byline has at least this many buttons.
_SHARE_ROW_LEAST: Final = 2


def _bare_past_start(page: Page, span: _Span) -> Proposal | None:
    """An unlabelled byline among the first lines past the body's start (the body reader took
    the standfirst above it for the body's first paragraph): a name sure by itself, or a name
    over a line that is a date (``Jane Doe, Omar Farouk`` / ``November 8 2023, 3:18 p.m.``) or
    a link to the writer's account (``Jane Doe`` / ``Twitter``)."""
    texts = span.texts
    first = len(span.window)
    for pos in range(first, min(len(texts), first + _PAST_START)):
        bare = bare_byline(texts[pos], span.title)
        if bare is None:
            continue
        below = texts[pos + 1] if pos + 1 < len(texts) else ""
        # (a date line is short: a paragraph opening with a date tells of what the name did)
        dated = len(below) <= _DATE_UNDER_NAME and (_dated(below) or _age(below))
        if bare[1] or dated or _own_account(texts, pos + 1):
            found = _joined_around(page, span.where[pos], bare[0], span.title)
            return Proposal(span.where[pos], found)
    return None


#: How many lines past the body's start :func:`_bare_past_start` reads: a standfirst's last
#: line or two, then the byline and its date.
_PAST_START: Final = 4
#: The longest line read as the date under such a byline (``November 8 2023, 3:18 p.m.``).
_DATE_UNDER_NAME: Final = 40


def _cjk_over_date(texts: Sequence[str], pos: int) -> tuple[tuple[str, ...], bool] | None:
    """A name in Chinese, Japanese or Korean characters alone on its line right over a date
    (``谢若含`` / ``2017-03-01 14:27``: BeautifulSoup puts the two on lines of their own), its
    family and given names perhaps apart (``山田　太郎``: one person, see
    :func:`~newsparse._authors.cjk_persons`)."""
    if texts[pos].isascii():
        return None  # (no such character: the date below is not read, 1,606 times in the dev dumps)
    line = texts[pos].strip()
    if pos + 1 >= len(texts) or not _dated(texts[pos + 1]):
        return None
    joined = "".join(line.split())
    if len(joined) <= _CJK_NAME_MOST and not cjk_name(joined):
        return None  # a word spaced out, no names: "関連 記事" (related articles)
    found = tuple(cjk_persons(line)) if joined != line else (line,)
    return (found, True) if found and all(cjk_name(name) for name in found) else None


#: A name in Chinese, Japanese or Korean characters has at most this many of them.
_CJK_NAME_MOST: Final = 4


#: How many lines under the headline a bare name the page signs again below may sit: the
#: first, or the one under a standfirst.
_SIGNED_NEAR: Final = 2
#: The most characters a label may add to that second signature (``written by``, ``Text:``).
_SIGNED_LABEL: Final = 20


def _signed_below(cleaned: Sequence[str], name: str, stop: int) -> bool:
    """Whether a line below the body's start is ``name`` alone or a labelled byline naming
    it (``Jane Doe`` / ``written by Jane Doe`` in an author's box at the article's end)."""
    key = name.casefold()
    for i in range(stop, len(cleaned)):
        if name not in cleaned[i]:
            continue  # (most lines stop here: a substring test)
        text = _plain(cleaned[i]).strip()
        if len(text) > len(name) + _SIGNED_LABEL:
            continue
        if text.casefold() == key:
            return True
        label = BYLINE.match(text) or late_byline(text)
        if label is not None and label.group("rest").strip().casefold() == key:
            return True
    return False


def _joined(texts: Sequence[str], pos: int, found: tuple[str, ...], title: str) -> tuple[str, ...]:
    """The names ``found`` on line ``pos`` with the names that a joiner line links to them from
    above, one element a line as BeautifulSoup writes them (``Jane Doe`` / ``and`` / ``Omar
    Farouk``), and below."""
    at = pos
    while at >= 2 and _JOINER.fullmatch(texts[at - 1]):
        before = bare_byline(texts[at - 2], title)
        if before is None:
            break
        found, at = before[0] + found, at - 2
    at = pos
    while at + 2 < len(texts) and _JOINER.fullmatch(texts[at + 1]):
        after = bare_byline(texts[at + 2], title)
        if after is None:
            break
        found, at = found + after[0], at + 2
    return found


def _author_link(page: Page, span: _Span) -> Proposal | None:
    """Names linked to writers' pages near the headline (``[Jane Doe](/author/jane-doe)``, as
    html2text keeps a link; ``/autoren/…``, ``/@jdoe``: see
    :data:`~newsparse.vocab.authors.AUTHOR_URL_SEGMENTS`): the first line that holds such a
    link, with the writers linked on it and on the lines right under it."""
    lines = page.lines
    for k, i in enumerate(span.where[:_NEAR]):
        found = _linked_writers(lines[i])
        if not found:
            continue
        for j in span.where[k + 1 : k + 1 + _STACKED_MOST]:
            more = _linked_writers(lines[j])
            if not more:
                break
            found += tuple(name for name in more if name not in found)
        return Proposal(i, found)
    return None


def _linked_writers(line: str) -> tuple[str, ...]:
    """The persons a line links to writers' pages."""
    if "](" not in line:
        return ()
    names = (_person(m.group("name").strip()) for m in _AUTHOR_LINK.finditer(line))
    return tuple(dict.fromkeys(name for name in names if name is not None))


def _topic_line(line: str) -> bool:
    """Whether a line opens with a link to a topic's page (a tag, a category:
    ``[Harbour Works](/tag/harbour-works)``), as html2text keeps a link: its name is no
    writer's."""
    return "](" in line and _TOPIC_LINK.match(line) is not None


#: A Markdown link to a topic's page at a line's start (after a list's mark or emphasis).
_TOPIC_LINK: Final = re.compile(
    r"\s*(?:[*+-]\s+)?[*_]*\[[^\[\]]{1,80}\]\([^)\s]*?/(?i:"
    + _alt(A.TOPIC_URL_SEGMENTS)
    + r")/[^)\s]*\)"
)
#: A Markdown link to a writer's page: its text, and a path with a writer's segment or a handle.
_AUTHOR_LINK: Final = re.compile(
    r"\[(?P<name>[^\[\]]{2,60})\]\([^)\s]*?/(?:(?i:"
    + _alt(A.AUTHOR_URL_SEGMENTS)
    + r")/|@)[^)\s]*\)"
)


def _stacked(texts: Sequence[str], pos: int, found: tuple[str, ...], title: str) -> tuple[str, ...]:
    """The co-writers named one a line under the name on line ``pos`` (other than those
    ``found``: a name link said again), down to the date the names stand over (``Jane Doe`` /
    ``Omar Farouk`` / ``May 2, 2024``: the writers' cards of a byline); none when no date ends
    the lines of names."""
    names: list[str] = []
    seen = {name.casefold() for name in found}
    for q in range(pos + 1, min(len(texts), pos + 1 + _STACKED_MOST + 1)):
        if _dated(texts[q]) or _age(texts[q]):
            return tuple(names)
        bare = bare_byline(texts[q], title)
        if bare is None or len(bare[0]) != 1:
            return ()
        if bare[0][0].casefold() not in seen:
            seen.add(bare[0][0].casefold())
            names.append(bare[0][0])
    return ()


#: The most co-writers named one a line under a byline's first name.
_STACKED_MOST: Final = 3


def _joined_around(page: Page, i: int, found: tuple[str, ...], title: str) -> tuple[str, ...]:
    """:func:`_joined` on the page's lines around line ``i`` (the header's lines past the body
    start leave out the lines without a word, as a joiner ``,`` is)."""
    lines = page.lines
    above = [j for j in range(i - 1, max(-1, i - _JOIN_REACH), -1) if lines[j].strip()][::-1]
    below = [j for j in range(i + 1, min(len(lines), i + _JOIN_REACH)) if lines[j].strip()]
    texts = [_plain(lines[j].strip()) for j in (*above, i, *below)]
    return _joined(texts, len(above), found, title)


#: How far from a name :func:`_joined_around` looks for the names joined to it (a joiner and a
#: name on each side, blank lines between).
_JOIN_REACH: Final = 8


#: A line of contact addresses under a name (``jdoe@example.com``, ``jdoe@example.com
#: jane@example.org``): the author's box.
#: How many lines under the headline a name over its contact address may sit (further down, it
#: is an editor's box of the site, not the byline).
_CONTACT_NEAR: Final = 4
_CONTACT: Final = re.compile(r"(?:[\w.+-]+@[\w-]+\.[\w.-]+\s*){1,3}")


def _outlet_credited(text: str, texts: Sequence[str]) -> bool:
    """Whether a name line credits an outlet after a bar that another line of the header credits
    too (``Jane Doe | The Valley Times`` below a photo's ``Photo: Omar Farouk | The Valley
    Times``): the site's own name, which signs its writers' bylines so."""
    name, bar, outlet = text.partition(" | ")
    outlet = outlet.strip(" .").casefold()
    if not bar or len(outlet) < _OUTLET_LEAST or _person(name) is None:
        return False
    return any(t != text and t.casefold().rstrip(" .").endswith("| " + outlet) for t in texts)


#: An outlet's name has at least this many characters (``The Valley Times``; not ``AP``).
_OUTLET_LEAST: Final = 5


def _portrait_byline(span: _Span) -> Proposal | None:
    """An author's photo and name at the top of the body run (``jdoe-headshot Jane Doe``), or
    a name sure by itself on its first lines (``Jane DoeContributor``, ``Jane Doe, @jdoe``):
    an author's box the body was taken to start with."""
    for pos in range(len(span.window), len(span.where)):
        text = span.texts[pos]
        top = pos - len(span.window) < _BODY_TOP
        if len(text) > _PORTRAIT_LINE or (not top and _portrait(text) is None):
            continue
        bare = bare_byline(text, span.title)
        below = span.texts[pos + 1] if pos + 1 < len(span.texts) else ""
        if bare is not None and (bare[1] or role(below) or _portrait(text) is not None):
            return Proposal(span.where[pos], bare[0])
    return None


#: How many lines at the top of the body run may hold an author's box.
_BODY_TOP: Final = 3


#: The longest line read as an author's photo and name.
_PORTRAIT_LINE: Final = 80


def _dates(
    page: Page,
    cleaned: Sequence[str],
    at: _Headline,
    dates_before: int,
    span: _Span,
    byline_at: int,
) -> None:
    """The page's date of most trust: the best of the proposals of the date rules of
    :data:`~newsparse._published.DATE_RULES` (near the headline, beside the byline, above the
    headline, a labelled date line before the body ends). The lines of the rules up to the one
    chosen are read for the date of an update too, in the rules' order."""
    # (the page's evidence for 05/11/2019, read when a line needs it)
    lines = _DateLines(page, cleaned, at, dates_before, span, byline_at, _DayOrder(cleaned))
    if page.fields.published is not None:
        _dates_in(lines, lines.of("near"))
        return
    offers = [
        (rule, lambda rule=rule: _first_published(lines, lines.of(rule))) for rule in DATE_RULES
    ]
    chosen = DATES_DECISION.elect(offers, lambda rule, p: _date_facts(page, cleaned, at, rule, p))
    for rule in DATE_RULES:
        if chosen is not None and rule == chosen[0]:
            _dates_in(lines, lines.read_by(rule, chosen[1].at))
            return
        _dates_in(lines, lines.of(rule), publish=False)


@attrs.define
class _DateLines:
    """The lines each date rule reads (on ``page`` as ``cleaned``, by the headline and the body
    ``at``, above line ``dates_before``, in the header's ``span``, beside the labelled byline at
    ``byline_at`` of it), found when a rule first asks for them; and each line's date text and
    the page's date on it, read once though several rules read the line (``order``: the page's
    order of numeric dates)."""

    page: Page
    cleaned: Sequence[str]
    at: _Headline
    dates_before: int
    span: _Span
    byline_at: int
    order: _DayOrder
    _found: dict[str, list[int]] = attrs.field(factory=dict)
    _texts: dict[int, str] = attrs.field(factory=dict)
    _days: dict[int, date | None] = attrs.field(factory=dict)

    def text(self, i: int) -> str:
        """Line ``i`` as a date is read from it (:func:`_date_text`)."""
        text = self._texts.get(i)
        if text is None:
            text = self._texts[i] = _date_text(self.cleaned, i)
        return text

    def day(self, i: int) -> date | None:
        """The page's date on line ``i`` (:func:`_published_on`), or ``None``."""
        if i not in self._days:
            self._days[i] = _published_on(self.page, self.cleaned, i, self.order, self.text(i))
        return self._days[i]

    def of(self, rule: str) -> list[int]:
        """The lines ``rule`` reads, in its order."""
        found = self._found.get(rule)
        if found is None:
            found = self._found[rule] = self._lines(rule)
        return found

    def read_by(self, rule: str, taken: int) -> list[int]:
        """The lines ``rule`` reads when it took line ``taken``: all of them (the lines after
        its date may give the update's), but a labelled date line is read alone."""
        lines = self.of(rule)
        return lines[: lines.index(taken) + 1] if rule == "labelled_line" else lines

    def _lines(self, rule: str) -> list[int]:
        # (both lists run down the page: what is left of them is the part above the comments)
        before, span, cleaned = self.dates_before, self.span, self.cleaned
        if rule == "near":
            return [i for i in span.window if i < before][:_NEAR]
        if rule == "beside_byline":
            where = [i for i in span.where if i < before]
            return where[self.byline_at : self.byline_at + 4] if self.byline_at >= 0 else []
        if rule == "above_title":
            return _above_title(cleaned, self.at.title_at, before)
        end = min(len(self.page.lines), self.at.body_start + _LABELLED_REACH, before)
        return [
            i
            for i in range(end)
            if cleaned[i] and len(cleaned[i]) < _CUE_LINE_CHARS and _labelled_date(cleaned[i])
        ]


#: How far below the start of the body a labelled date line is looked for.
_LABELLED_REACH: Final = 300


def _first_published(lines: _DateLines, indices: Sequence[int]) -> DateProposal | None:
    """The first of the lines ``indices`` whose date is the page's (see :func:`_dates_in`)."""
    for i in indices:
        day = lines.day(i)
        if day is not None:
            return DateProposal(i, day)
    return None


def _date_facts(
    page: Page, cleaned: Sequence[str], at: _Headline, rule: str, p: DateProposal
) -> DateFacts:
    """What the features of a date rule's proposal read (see :class:`DateFacts`)."""
    near = range(max(0, p.at - 1), min(len(cleaned), p.at + 2))
    return DateFacts(
        rule=rule,
        at=p.at,
        title_at=at.title_at,
        body_start=at.body_start,
        labelled=_labelled_date(cleaned[p.at]),
        with_time=isinstance(p.day, datetime),
        beside_byline=any(page.placement[j] == "authors" for j in near),
    )


def _late_dates(
    page: Page, cleaned: Sequence[str], at: _Headline, dates_before: int, span: _Span
) -> None:
    """The dates of less trust, when neither the date rules nor an update's date dated the
    page: the best of the proposals of the rules of
    :data:`~newsparse._published.LATE_DATE_RULES` (a date without its year near the headline, a
    date line down to a little past the body's start, a relative time near the headline), by the
    same date weights. A relative time no reference time resolves is recorded as a defect that
    keeps its text, when no rule dated the page."""
    if page.fields.published is not None:
        return
    window = [i for i in span.window if i < dates_before][:_NEAR]
    end = min(len(page.lines), at.body_start + _DATE_LINE_REACH, dates_before)
    order = _DayOrder(cleaned)
    date_lines = functools.cache(lambda: _date_lines(page, cleaned, end, order))  # (both ask)
    proposers: dict[str, Callable[[], DateProposal | None]] = {
        "yearless": lambda: _yearless(page, cleaned, window),
        "nearest_date_line": lambda: _nearest(date_lines(), at.title_at),
        "first_date_line": lambda: next(iter(date_lines()), None),
        "relative": lambda: _relative(page, cleaned, window),
    }
    chosen = DATES_DECISION.elect(
        ((rule, proposers[rule]) for rule in LATE_DATE_RULES),
        lambda rule, p: _date_facts(page, cleaned, at, rule, p),
    )
    if chosen is None:
        _unresolved_relative(page, cleaned, window)
        return
    rule, taken = chosen
    page.fields.published = taken.day
    if page.placement[taken.at] is None:
        page.place(taken.at, "published")
    if rule in _DATE_LINE_RULES and page.fields.authors is None:
        name = _name_before_date(page, cleaned, taken.at, order)
        if name is not None:
            page.fields.authors = (name,)  # the name that leads the date: its byline


def _above_title(cleaned: Sequence[str], title_at: int, dates_before: int) -> list[int]:
    """The lines of a date set above the headline (kicker, breadcrumb, date bar)."""
    above = [i for i in range(title_at - 1, max(-1, title_at - 30), -1) if cleaned[i]][:4]
    above = [i for i in above if i < dates_before]  # (a headline found among the comments)
    return [i for i in above if len(cleaned[i]) < 80]


def _drop_desks(page: Page, cleaned: Sequence[str], title_at: int) -> None:
    """The writers found without the desks (``Valley Times Staff``, ``Staff Writer``, ``La
    Rédaction``, see :func:`_desk`) and without the site's own name, which a byline may credit
    when no person signs (``von Die Tagespresse`` under the ``Die Tagespresse`` logo, above
    ``© 2023 Die Tagespresse``; see :func:`_site_name`), unless it is an agency's (the wire's
    own pages credit it: ``By Associated Press``). The byline line stays a byline: the
    search for writers ends there, so a teaser's byline further down is not taken instead."""
    found = page.fields.authors
    if not isinstance(found, tuple) or not found:
        return
    found = tuple(_unglued(name, cleaned, title_at) for name in found)
    kept = tuple(
        name
        for name in found
        if not _desk(name)
        and (
            _person(name) is not None
            or _agency(name) is not None
            or not _site_name(name, cleaned, title_at)
        )
    )
    if kept:
        page.fields.authors = kept
    else:
        page.fields.authors = None


def _unglued(name: str, cleaned: Sequence[str], title_at: int) -> str:
    """A person's name run into the desk or the site's name after it on one line (``Jane Doe
    Valley Times``, ``Jane Ann Doe Staff``, ``Jane Doe Valley Times Staff``): the shortest
    person's name followed by desk nouns alone or by the site's name (and desk nouns); else
    ``name`` as it is."""
    words = name.split()
    if len(words) < 3 or _person(name) is not None or _agency(name) is not None:
        return name
    if _site_name(name, cleaned, title_at):
        return name  # the site's name as a whole ("Hill Farms Weekly"), whatever its parts
    for k in range(2, len(words)):
        head, rest = " ".join(words[:k]), words[k:]
        if _person(head) is None or _site_name(head, cleaned, title_at):
            continue  # (the site's name and its desk name no writer: "Valley Times Staff")
        while rest and desk_noun(rest[-1]):
            rest = rest[:-1]  # ("Jane Doe Valley Times Staff")
        if not rest or _site_name(" ".join(rest), cleaned, title_at):
            return head
    return name


def _site_name(name: str, cleaned: Sequence[str], title_at: int) -> bool:
    """Whether the page shows ``name`` as its own: in its copyright line (``© 2023 Name``, or
    ``©`` / ``2023 Name`` one a line as BeautifulSoup splits it), as a logo line above the
    headline (the name alone, or repeated: ``NameName``) or after the last joint of the page's
    <title> on its first line (``Headline - Name``). A person's name is never asked about: a
    blog's owner may sign its posts and its copyright line alike."""
    key = " ".join(name.casefold().split())
    if len(key) < 3:
        return False
    within = re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")
    first = True
    mark_above = False
    for i, line in enumerate(cleaned):
        if not line or len(line) > 300:
            continue
        low = " ".join(line.casefold().split())
        if first:
            first = False
            joint = _LAST_JOINT_TAIL.search(low)
            if joint is not None and joint.group(1) == key:
                return True
        mark = cues.COPYRIGHT_MARK.search(low) is not None
        if (mark or mark_above) and within.search(low) is not None:
            return True
        mark_above = mark and len(low) < 20  # "©" alone: the holder follows on the next line
        if i < title_at and key in low and not low.replace(key, "").strip(" |-–—•·"):
            return True
    return False


#: The last part of a <title> line after a joint (``Headline | Site``), to its end.
_LAST_JOINT_TAIL: Final = re.compile(r"\s(?:[-|–—·»/]|::)\s+([^-|–—·»/:]{3,60})$")


def _ends_body(text: str) -> bool:
    """Whether a short line is a heading that ends an article's body (``Related``, ``More
    stories``, ``Kommentare``)."""
    return len(text) < 40 and cues.ends_body(text.strip(" #*:"))


#: How many lines after the headline, and before the body, the header reader looks at when
#: the two are far apart.
_HEADER_SPAN: Final = 300


def _byline_above(page: Page, cleaned: Sequence[str], title_at: int, title: str) -> Proposal | None:
    """A byline set just above the headline, beside a date or an age (``Jane Doe`` / ``Ideas``
    / ``11.14.2019 09:00 AM`` / headline; ``Jane Doe`` / ``vor 2 Stunden`` / headline)."""
    if title_at <= 0:
        return None
    above = [i for i in range(title_at - 1, max(-1, title_at - 12), -1) if cleaned[i]][:5]
    above.reverse()
    texts = [_plain(cleaned[i]) for i in above]
    found_above = [
        _labelled(texts, pos) if BYLINE.match(text) or " | " in text else None
        for pos, text in enumerate(texts)
    ]
    if len({f for f in found_above if f}) >= 2:
        return None  # bylines of different writers above the headline: a list of teasers
    for pos, i in enumerate(above):
        if _wrapped_piece(cleaned, i):
            continue  # (a "By" inside a teaser's wrapped paragraph)
        labelled = found_above[pos]
        if labelled:
            return Proposal(i, labelled)
        bare = bare_byline(texts[pos], title) or _stamped_name(page, texts[pos])
        if bare is None:
            continue
        found, sure = bare
        if sure or any(_dated(t) or _age(t) for t in texts[pos + 1 : pos + 3]):
            return Proposal(i, found)
    return None


def _stamped_name(page: Page, text: str) -> tuple[tuple[str, ...], bool] | None:
    """A person's name beside a time on one line (``Сегодня в 12:00 Albert Khabibrakhimov``):
    sure, as a byline's reading (see :func:`bare_byline`), or ``None``."""
    name = name_beside_time(page, text)
    found = names(name) if name is not None else ()
    return (found, True) if len(found) == 1 and found[0] == name else None


def _byline_by_read_time(cleaned: Sequence[str], stop: int, title: str) -> Proposal | None:
    """A name set just above a reading time (``Jane Doe`` / ``11 min read``), which blogging
    platforms print in the author's box, anywhere above the body."""
    for i in range(min(stop, len(cleaned))):
        if not _READ_TIME.fullmatch(cleaned[i]):
            continue
        above = [j for j in range(i - 1, max(-1, i - 4), -1) if cleaned[j]][:2]
        for j in above:
            bare = bare_byline(_plain(cleaned[j]), title)
            if bare is not None:
                return Proposal(j, bare[0])
    return None


def _byline_fallbacks(page: Page, cleaned: Sequence[str], at: _Headline, span: _Span) -> None:
    """Where else the writers may be named when no byline sits by the headline: the best of the
    proposals of the rules of :data:`~newsparse._byline.ELSEWHERE` (right above the body, beside
    an author box's link, beside the line that dated the page, in a labelled byline far from the
    headline, in an author's bio or box). None of them reads the reader comments (their line
    ``end`` is found once for all of them): readers describe people too."""
    window, stop, title = span.window, span.stop, span.title
    end = _comments_below(cleaned, stop)
    offers: dict[str, Callable[[], Proposal | None]] = {
        "above_body": lambda: _byline_above_body(cleaned, window, title),
        "profile_link": lambda: _byline_by_profile_link(cleaned, end, title),
        "beside_date": lambda: _byline_beside_date(page, cleaned, title),
        "far": lambda: _byline_far(cleaned, stop, end, at.title_at),
        "post_meta": lambda: _byline_in_post_meta(cleaned, at.title_at + 1, end),
        "bio": lambda: _byline_in_bio(cleaned, 0, end),
        "box": lambda: _byline_in_box(cleaned, end, title),
        "about": lambda: _byline_under_about(cleaned, end),
        "signature": lambda: _signed_at_end(cleaned, at.title_at + 1, end),
    }
    _elect(page, cleaned, at, title, [(rule, offers[rule]) for rule in ELSEWHERE])


def _comments_below(cleaned: Sequence[str], start: int) -> int:
    """The first line from ``start`` on (the body's start) where the reader comments begin: a
    short comments heading (``12 Comments``, ``Reader Comments``); the number of lines when
    none does.

    >>> _comments_below(["12 Comments", "Body.", "12 Comments", "Nice."], 1)
    2
    """
    for i in range(start, len(cleaned)):
        text = cleaned[i]
        if text and len(text) < _HEADING_LONGEST and comment_heading(text) is not False:
            return i
    return len(cleaned)


#: A comments heading the fallbacks stop at is shorter than this.
_HEADING_LONGEST: Final = 40


def _byline_above_body(
    cleaned: Sequence[str], window: Sequence[int], title: str
) -> Proposal | None:
    """An unlabelled byline among the last lines above the body (of the header's ``window``)
    when the headline sits far above them (a tall teaser list between): a name beside a date or
    an age (``8h``)."""
    if len(window) <= _NEAR:
        return None
    last = window[-_LAST:]
    texts = [_plain(cleaned[i]) for i in last]
    for pos, i in enumerate(last):
        bare = bare_byline(texts[pos], title)
        if bare is None or _runs_on(cleaned, i):
            continue
        around = [texts[q] for q in range(max(0, pos - 2), min(len(last), pos + 4)) if q != pos]
        around = [t for t in around if not _SEPARATOR_LINE.fullmatch(t)][:4]
        first = bare[0][0]
        if any(t.startswith(first) and len(t) > len(first) + 2 for t in around):
            continue  # a teaser headline about that person: "Jane Doe's …" / "Jane Doe"
        if bare[1] or any(_dated(t) or _age(t) for t in around):
            return Proposal(i, bare[0])
    return None


#: How many lines right above the body :func:`_byline_above_body` reads.
_LAST: Final = 8
#: A line that is only an age (``8h``, ``3 hours ago``).
_AGO_LINE: Final = re.compile(
    r"(?:\d{1,2}\s?(?:h|m|d|hrs?|mins?)|\d{1,2}\s+\w+\s+ago)", re.IGNORECASE
)


def _age(text: str) -> bool:
    """Whether a line is only an age (``8h``, ``3 hours ago``, ``vor 2 Stunden``, ``il y a 3
    heures``), in the words of the relative-time vocabulary."""
    if len(text) > _AGE_LONGEST:
        return False
    text = _AGE_LABEL.sub("", text, count=1)  # "Updated 2 hrs ago": an age all the same
    return _AGO_LINE.fullmatch(text) is not None or read_relative(text)[1] == UNRESOLVED


#: A publication's or an update's label before an age (``Updated 2 hrs ago``, ``Aktualisiert
#: vor 2 Stunden``, ``Publié il y a 3 heures``).
_AGE_LABEL: Final = re.compile(
    rf"(?:{_alt(V.PUBLISHED_LABELS + V.UPDATED_LABELS)})\s*[:：]?\s+(?=\S)", re.IGNORECASE
)


#: The longest line read as an age.
_AGE_LONGEST: Final = 40


def _byline_beside_date(page: Page, cleaned: Sequence[str], title: str) -> Proposal | None:
    """A name (or an agency) on the line right above or below the line that dated the page
    (``Associated Press`` / ``Published 11:26 pm, May 2, 2024``), past the lines that only go
    on with the date (``4:29 AM EST``, ``Updated an hour ago``: BeautifulSoup splits them)."""
    if "published" not in page.placement:
        return None
    at = page.placement.index("published")
    dated = cleaned[at].casefold()
    for step in (-1, 1):
        j, seen = at + step, 0
        while 0 <= j < len(cleaned) and seen < _BESIDE:
            text = _plain(cleaned[j])
            if not text.strip(_FORM_MARKS):
                j += step
                continue
            seen += 1
            if _dated(text) or _UPDATED_CUT.match(text):
                j += step
                continue  # the date goes on: its time, its update
            if page.placement[j] == "title":
                break  # (the headline, cut at its inline pieces: no byline)
            bare = None if _topic_line(page.lines[j]) else bare_byline(text, title)
            if bare is not None and _runs_on(cleaned, j):
                break  # a caption's last line: "Valley Mill, Porthaven Photo: Lena Ost"
            if bare is not None and not any(n.casefold() in dated for n in bare[0]):
                return Proposal(j, bare[0])  # (a name the dated line repeats is its kicker)
            break
    return None


#: How many lines beside the dated line :func:`_byline_beside_date` looks at, each way.
_BESIDE: Final = 3


def _byline_far(cleaned: Sequence[str], stop: int, end: int, title_at: int) -> Proposal | None:
    """A labelled byline far from the headline the reader chose (that headline may be a teaser
    or a sub-heading): the last one above the body, else the one byline the whole page repeats
    (a page whose labelled bylines name different people is a list of articles; so are
    bylines of different people above the headline, when the last one stands there too). No
    byline under a heading that ends the body (``Related``, ``More stories``) and a teaser's
    headline is read: the teasers' writers are not the article's (``More stories`` / ``By Jane
    Doe`` lists the writer's own)."""
    before: tuple[int, tuple[str, ...]] | None = None
    after: tuple[int, tuple[str, ...]] | None = None
    repeated = True  # (the bylines below the body all name the same people)
    over: set[tuple[str, ...]] = set()  # the names of the bylines above the headline
    n = len(cleaned)
    for i in range(min(n, end)):  # (not the comments: their "Posted by …" lines name readers)
        line = cleaned[i]
        if not line or len(line) > _CUE_LINE_CHARS:
            continue
        if i > stop and _ends_body(line) and not _byline_next(cleaned, i):
            break  # a list of teasers: "Related" / headline / "By Omar Farouk" is a teaser's
        if BYLINE.match(_plain(line)) is None or _wrapped_piece(cleaned, i):
            continue
        # the byline and the few lines after it (bs4 writes "By" / name / "and" / name)
        following = (j for j in range(i, min(n, i + _FAR_LINES * 4)) if cleaned[j])
        texts = [_plain(cleaned[j]) for j in itertools.islice(following, _FAR_LINES)]
        found = _labelled(texts, 0)
        if not found or any(t.lower() in _REPLY_BUTTONS for t in texts[1:5]):
            continue  # (a reader's comment signed "By …" above its Reply button)
        if i < stop:
            before = (i, found)
            if i < title_at:
                over.add(found)
        elif after is None:
            after = (i, found)
        elif after[1] != found:
            repeated = False
    if before is not None and before[0] < title_at and len(over) >= 2:
        before = None
    if before is None and after is not None and repeated:
        before = after
    return None if before is None else Proposal(*before)


def _wrapped_piece(cleaned: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is a piece of a paragraph that w3m or lynx wrapped, holding a "By" by
    chance (a teaser's ``… Quay Closed`` / ``By Storm, Traders Wait …``): the line and one
    right above or below it run near the wrapping width."""
    if len(cleaned[i].strip()) < _WRAPPED_CHARS:
        return False
    return any(
        0 <= j < len(cleaned) and len(cleaned[j].strip()) >= _WRAPPED_CHARS for j in (i - 1, i + 1)
    )


#: A line at least this long, under another as long, is a piece of a wrapped paragraph (w3m and
#: lynx wrap at 100 columns; a byline is far shorter).
_WRAPPED_CHARS: Final = 80


def _byline_in_post_meta(cleaned: Sequence[str], start: int, end: int) -> Proposal | None:
    """A blog's post-meta sentence that names the writer after a "by" word inside it (``Posted
    in News by Jane Doe on May 2, 2024``, ``This entry was posted in News on May 2, 2024 by
    Jane Doe.``), the first between the headline (line ``start``) and the comments (``end``)."""
    for i in range(max(0, start), min(len(cleaned), end)):
        text = cleaned[i]
        if not text or len(text) > _POST_META_CHARS:
            continue
        m = _POST_META.match(_plain(text))
        name = _person(m.group("name").strip()) if m is not None else None
        if name is not None:
            return Proposal(i, (name,))
    return None


#: A post-meta sentence: its opener, then (not far) a "by" word and the name, up to the date's
#: or the category's word, a mark or the line's end.
_POST_META: Final = re.compile(
    rf"(?i:{_alt(A.POST_META_OPENERS)})\b.{{0,120}}?\s(?i:{_alt(A.POST_META_BY)})\s+"
    rf"(?P<name>[^\W\d_][^.,|;:\d]{{1,50}}?)"
    rf"(?=\s+(?i:{_alt(A.POST_META_AFTER)})\b|\s*[.,|;]|\s*$)"
)
#: The longest line read as a post-meta sentence.
_POST_META_CHARS: Final = 240


def _byline_next(cleaned: Sequence[str], i: int) -> bool:
    """Whether the first line after ``cleaned[i]`` that is not blank is a labelled byline."""
    nxt = next((t for t in itertools.islice(cleaned, i + 1, None) if t), "")
    return BYLINE.match(_plain(nxt)) is not None


_REPLY_BUTTONS: Final = frozenset(V.COMMENT_BUTTONS + V.BUTTON_LABELS)
#: How many non-blank lines a byline's names may run over (``By`` / name / ``and`` / name …).
_FAR_LINES: Final = 8


def _byline_by_profile_link(cleaned: Sequence[str], end: int, title: str) -> Proposal | None:
    """A name beside a link of an author's box, anywhere on the page above the comments (line
    ``end``: readers have profile links too): ``Jane DoeView More Articles`` (glued), ``Jane
    Doe`` / ``View Profile`` (one a line)."""
    prev = -1
    for i in range(min(len(cleaned), end)):
        line = cleaned[i]
        if not line:
            continue
        m = _profile_link(line) if len(line) < _NAME_LINE_CHARS else None
        if m is not None:
            core = line[: m.start()].strip()
            j = i
            if not core and prev >= 0:
                core, j = cleaned[prev], prev  # the name on the line above the link
            bare = bare_byline(_plain(core), title) if core else None
            if bare is not None:
                return Proposal(j, bare[0])
        prev = i
    return None


#: A link of an author's box ending a line, glued to a name or alone.
_PROFILE_LINK: Final = re.compile(rf"(?:(?<=[a-z])|(?<!\S))(?i:{_alt(V.AUTHOR_BOX_LINKS)})\s*$")
#: The longest link: how far before a line's last non-space character one can start.
_LINK_REACH: Final = max(map(len, V.AUTHOR_BOX_LINKS))
#: What the case-blind ``_PROFILE_LINK`` takes for a link's last letter (``ſ`` is an ``s``).
LINK_LAST: Final = frozenset(
    "".join(c.lower() + c.upper() for c in {link[-1] for link in V.AUTHOR_BOX_LINKS}) + "ſ"
)


def _profile_link(text: str) -> re.Match[str] | None:
    """``_PROFILE_LINK.search(text)``, begun where a link can start: the link's last letter is
    the text's last non-space character (one of ``LINK_LAST``), so it starts at most
    ``_LINK_REACH`` characters before (the look-behind still sees the characters before that;
    no try at every character)."""
    end = len(text.rstrip())
    if end == 0 or text[end - 1] not in LINK_LAST:
        return None
    return _PROFILE_LINK.search(text, max(0, end - _LINK_REACH))


def _byline_in_bio(cleaned: Sequence[str], start: int, end: int) -> Proposal | None:
    """The writers an author's bio names (see :func:`_bio_names`), on no one line (the bio
    stays where it is: it is no byline line)."""
    found = _bio_names(cleaned, start, end)
    return Proposal(-1, found) if found else None


def _bio_over_bare(page: Page, cleaned: Sequence[str], stop: int) -> None:
    """An author's bio naming other people than an unlabelled byline (a name beside a date,
    which may belong to a teaser) wins over it: the bio says outright who wrote."""
    if "authors" not in page.placement:
        return
    at = page.placement.index("authors")
    prev = next((j for j in range(at - 1, max(-1, at - 3), -1) if cleaned[j]), -1)
    if BYLINE.match(cleaned[at]) or (prev >= 0 and BYLINE.match(cleaned[prev])):
        return
    # (an author's box follows the byline it names)
    bio = _bio_names(cleaned, at + 1, _comments_below(cleaned, max(at + 1, stop)))
    current = page.fields.authors or ()
    have = [a.casefold() for a in current] if isinstance(current, tuple) else []
    if bio and not any(b.casefold() in a or a in b.casefold() for b in bio for a in have):
        page.fields.authors = bio


def _bio_names(cleaned: Sequence[str], start: int, end: int) -> tuple[str, ...]:
    """The writers an author's box names below the article (``Jane Doe is a staff writer at
    …``, ``Jane Doe (@jdoe) is the science editor …``): a line opening with a person's name and
    a role of :data:`~newsparse.vocab.page.AUTHOR_ROLES`; the boxes of co-authors follow it.
    The comments (from line ``end`` on) are not read: readers describe people too."""
    found: list[str] = []
    last = -1
    for i in range(start, min(len(cleaned), end)):
        if last >= 0 and i > last + _BIO_SPAN:
            break
        text = cleaned[i]
        if ("is" not in text and "est" not in text) or not _bio_verb_early(text):
            continue
        if i > 0 and cleaned[i - 1] and _BIO_REST.match(text):
            text = cleaned[i - 1] + " " + text  # "Jane Doe" / "is a staff writer …" (bs4)
        name = _bio_name(_plain(_LIST_LEAD.sub("", text, count=1)))
        if name is not None and name not in found:
            found.append(name)  # (the line stays where it is: a bio is no byline line)
            last = i
            if len(found) >= _BIO_MOST:
                break
    return tuple(found)


def _byline_in_box(cleaned: Sequence[str], end: int, title: str) -> Proposal | None:
    """An author's box in any language: a name on a line of its own, and under it a bio that
    opens with that name and a verb in lower case (``Jane Doe`` / ``Jane Doe teaches history
    at …``, ``… lehrt …``, ``… enseigne …``). Read only when nothing else named the writers,
    above the comments (line ``end``)."""
    n = len(cleaned)
    for i in range(min(n - 2, end)):
        text = cleaned[i]
        if not 3 < len(text) <= _BOX_NAME or " " not in text:
            continue
        # (the next line that is not blank, of the two below: ``i + 2 < n``)
        nxt = i + 1 if cleaned[i + 1] else i + 2 if cleaned[i + 2] else -1
        if nxt < 0 or len(cleaned[nxt]) < _BOX_BIO:
            continue  # (no bio under the line)
        text = _LIST_LEAD.sub("", text, count=1)  # (the box may be a list item)
        if not cleaned[nxt].startswith(text + " "):
            continue
        if not cleaned[nxt][len(text) + 1 : len(text) + 2].islower():
            continue  # (a teaser's headline about the person goes on in capitals)
        bare = bare_byline(_plain(text), title)
        if bare is not None and len(bare[0]) == 1:
            return Proposal(i, bare[0])
    return None


def _byline_under_about(cleaned: Sequence[str], end: int) -> Proposal | None:
    """An author's box at the article's foot: a heading of
    :data:`~newsparse.vocab.authors.ABOUT_AUTHOR_HEADINGS` (``About the Author``, ``Über die
    Autorin``) and the writer's name on the next line. Read only when nothing else named the
    writers, above the comments (line ``end``)."""
    for i in range(min(len(cleaned), end)):
        text = cleaned[i]
        if len(text) > _ABOUT_LONGEST or not _about(text):
            continue
        nxt = next((j for j in range(i + 1, min(len(cleaned), i + 3)) if cleaned[j]), -1)
        name = _person(_plain(cleaned[nxt])) if nxt >= 0 else None
        if name is not None:
            return Proposal(nxt, (name,))
    return None


def _signed_at_end(cleaned: Sequence[str], start: int, end: int) -> Proposal | None:
    """A writer's signature under the article's last paragraph (columns, letters, blog posts):
    a dash and a name alone on a line (``— Jane Doe``, ``-- Jane Doe, Porthaven``) after a
    paragraph of prose and followed by none, between the headline (line ``start``) and the
    comments (line ``end``). A quotation's source (``"…"`` / ``— Mark Twain``) is followed by
    the article; an embedded post's signature carries a handle and a date."""
    last = min(len(cleaned), end)
    for i in range(last - 1, start - 1, -1):
        if _SIGNING_DASH.search(cleaned[i]) is None:
            continue  # (no dash: no signature, and ``_plain`` adds none)
        name = _signature(_plain(cleaned[i]))
        if name is None:
            continue
        above, below = _block(cleaned, i, -1, start), _block(cleaned, i, 1, last)
        if _prose(above) and not _prose(below):
            return Proposal(i, (name,))
    return None


def _signature(text: str) -> str | None:
    """The name a signature line signs (``— Jane Doe``, ``-- Jane Doe, Porthaven``), else
    ``None``: a dash, a name, and at most a place after a comma."""
    m = _SIGNED.fullmatch(text.strip())
    return _person(m.group("name").strip()) if m is not None else None


def _block(cleaned: Sequence[str], i: int, step: int, bound: int) -> str:
    """The lines of the block next to line ``i`` (above it for ``step`` -1, below for 1, past
    the blank lines between, not past line ``bound``), joined in the page's order: a
    paragraph a text browser wrapped over several lines."""
    j = i + step
    inside = range(bound, i) if step < 0 else range(i + 1, bound)
    while j in inside and not cleaned[j]:
        j += step
    lines: list[str] = []
    while j in inside and cleaned[j] and len(lines) < _BLOCK_LINES:
        lines.append(cleaned[j])
        j += step
    return " ".join(reversed(lines) if step < 0 else lines)


#: A writer's signature line: a dash, a name, perhaps a place after a comma (no digit, no
#: handle).
_SIGNED: Final = re.compile(
    r"(?:[—–―]|--?)\s*(?P<name>[^\W\d_][^,@\d()]{1,50}?)(?:,\s*[^\W\d_][^@\d()]{0,40})?"
)
#: The most lines of the paragraph above a signature that are read.
_BLOCK_LINES: Final = 12
#: The dashes a signature opens with (those of ``_SIGNED``): the cheap test before it (18,918
#: of the 20,930 lines the signature rule read in the dev dumps have none).
_SIGNING_DASH: Final = re.compile("[—–―-]")


def _prose(text: str) -> bool:
    """Whether a block reads as a paragraph of the article: long, and ending a sentence."""
    text = text.rstrip(" *_")
    return len(text) >= _PROSE_CHARS and text.endswith(_SENTENCE_ENDS) and text[:1] not in _QUOTED


#: A paragraph a signature stands under is at least this long.
_PROSE_CHARS: Final = 80
#: Marks that open a quotation: a paragraph that opens with one is a quotation, whose source
#: a dash may follow.
_QUOTED: Final = "\"“„«'‘"


def _about(text: str) -> bool:
    """Whether a line is an author box's heading (``About the Author``, ``## Über die Autorin:``)."""
    if not _about_letters(text):
        return False
    plain = _plain(_LIST_LEAD.sub("", text, count=1)).strip(_HEADING_MARKS).casefold()
    return " ".join(plain.split()) in _ABOUT


#: The longest line read as an author box's heading; the headings; the marks around one.
_ABOUT_LONGEST: Final = 40
_ABOUT: Final = frozenset(A.ABOUT_AUTHOR_HEADINGS)
_HEADING_MARKS: Final = "#*_: "
#: The letters every heading of ``_ABOUT`` holds (``a``, ``r``, ``t``, ``u``).
_ABOUT_LETTERS: Final = tuple(sorted(frozenset.intersection(*map(frozenset, _ABOUT))))


def _about_letters(text: str) -> bool:
    """Whether ``text`` holds every letter of ``_ABOUT_LETTERS`` (case-blind): the cheap test
    before :func:`_about`, whose heading is ``text`` less some characters, case-folded (case
    folding goes character by character). 24,106 of the 25,159 short lines of the dev dumps
    that the ``about`` rule reads fail it, in a sixth of the time :func:`_about` took."""
    folded = text.casefold()
    for letter in _ABOUT_LETTERS:  # noqa: SIM110 (a loop: all() over a generator took twice as long)
        if letter not in folded:
            return False
    return True


#: The longest name line over an author's box, and the shortest bio under it.
_BOX_NAME: Final = 40
_BOX_BIO: Final = 60


_BIO_VERBS: Final = frozenset(("is", "ist", "est"))


def _bio_verb_early(text: str) -> bool:
    """Whether ``is``/``ist``/``est`` stands among the first seven words of a line (underscores
    of emphasis aside): a bio line has it after a name of four words at most, a handle and a
    bullet, or first (its name on the line above); the cheap test before :data:`_BIO`.

    The words are looked up all at once, and one by one without their underscores only when
    the line has one (a third of the time over the 9,360 lines of the dev dumps it reads)."""
    words = text.split(None, 7)[:7]
    if not _BIO_VERBS.isdisjoint(words):
        return True
    return "_" in text and any(word.strip("_") in _BIO_VERBS for word in words)


def _bio_name(text: str) -> str | None:
    """The person an author's bio line is about, or None."""
    m = _BIO.match(text)
    if m is None or len(text) > 600:
        return None
    if not _BIO_ROLES.intersection(re.findall(r"\w+", m.group("role").lower())):
        return None
    words = m.group("name").split()
    if len(words) > 2 and words[-1] == words[0]:  # "Jane Doe Jane is …": a first name repeated
        words.pop()
    return _person(" ".join(words))


#: An author's bio: a name (a handle may follow), then ``is a`` / ``is the`` / ``ist`` and what
#: the person does, up to the end of the sentence.
_BIO: Final = re.compile(
    r"(?P<name>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){1,3})(?:\s\(@\w{1,40}\))?"
    r"\s(?:is|ist|est)\s(?P<role>[^.;!?]{1,100})"
)
#: The rest of a bio whose name link BeautifulSoup set on the line above.
_BIO_REST: Final = re.compile(r"(?:\(@\w{1,40}\)\s)?(?:is|ist|est)\s")
_BIO_ROLES: Final = frozenset(V.AUTHOR_ROLES)
#: How many lines below one author's bio a co-author's may follow.
_BIO_SPAN: Final = 6
#: The most co-authors' bios read (a page of profiles is no byline).
_BIO_MOST: Final = 6


#: A reading time (``11 min read``, ``Lesezeit: 4 Min.``, ``11 минут на прочтение``), in the
#: words of :data:`newsparse.vocab.page.READ_TIME_LABELS` and its neighbours.
_READ_TIME: Final = re.compile(
    rf"(?:(?:{_alt(V.READ_TIME_LABELS)})\s*:?\s*)?"
    rf"\d{{1,3}}\s*(?:{_alt(V.READ_TIME_UNITS)})\.?(?:\s+(?:{_alt(V.READ_TIME_AFTER)}))?",
    re.IGNORECASE,
)


#: Marks a reading time may open with (``~ 4 min``, ``⏱ 4 min``).
_READ_TIME_MARKS: Final = "~≈±⏱🕑 "


def is_reading_time(text: str) -> bool:
    """Whether the line is a reading time and nothing else.

    >>> is_reading_time("~ 10 Minuten"), is_reading_time("Lesezeit: 4 Min."), is_reading_time("4 min to go")
    (True, True, False)
    >>> is_reading_time("11 минут на прочтение"), is_reading_time("lecture 5 min")
    (True, True)
    """
    return _READ_TIME.fullmatch(text.lstrip(_READ_TIME_MARKS)) is not None


#: A reading time in words that ends a line, after a space or an image's brackets: with its
#: label or its word after the minutes (``Lesezeit 4 Min.``, ``11 минут на прочтение``; a bare
#: ``20 minutes`` may end a headline).
_READ_TIME_END: Final = re.compile(
    rf"(?:(?<=\s)|(?<=\]))(?:(?:{_alt(V.READ_TIME_LABELS)})\s*:?\s*"
    rf"\d{{1,3}}\s*(?:{_alt(V.READ_TIME_UNITS)})\.?"
    rf"|\d{{1,3}}\s*(?:{_alt(V.READ_TIME_UNITS)})\.?\s+(?:{_alt(V.READ_TIME_AFTER)}))\s*$",
    re.IGNORECASE,
)
#: The most words before a reading time in a row of page data (an avatar, a name, a section).
_READ_TIME_ROW_WORDS: Final = 4


def ends_in_reading_time(text: str) -> bool:
    """Whether the line is a row of page data that ends in a reading time: a reading time
    alone, or a few words (the writer's name, the section) then a reading time.

    >>> ends_in_reading_time("[avatar] ivan Science 11 минут на прочтение")
    True
    >>> ends_in_reading_time("Why the ferry crossing now takes 20 minutes")
    False
    """
    if _DIGIT.search(text) is None:
        return False  # (the cheap test first: a reading time counts its minutes in digits)
    if is_reading_time(text):
        return True
    m = _READ_TIME_END.search(text)
    return m is not None and len(text[: m.start()].split()) <= _READ_TIME_ROW_WORDS


_DayOrder = DayOrder  # (the names this module's readers knew them by)
_NUMBERS_JOINED: Final = NUMBERS_JOINED


def _first_date(
    text: str, tz: tzinfo | None, order: _DayOrder | None
) -> tuple[date, int, int] | None:
    """:func:`find_date` with the page's day order, when ``text`` needs it."""
    return find_page_date(text, tz=tz) if order is None else order.page_date(text, tz)


def _dates_in(lines: _DateLines, indices: Sequence[int], publish: bool = True) -> None:
    """The first published date (unless not to ``publish``) and the updated date on the lines
    ``indices`` (of ``lines``'s page); the lines after the published date's that say it again
    are placed with it."""
    page = lines.page
    for i in indices:
        text = lines.text(i)
        if page.fields.published is None:
            day = lines.day(i) if publish else None
            if day is not None:
                page.fields.published = day
                if page.placement[i] is None:
                    page.place(i, "published")
        elif page.placement[i] is None and _says_published_again(page, text):
            page.place(i, "published")
        if (
            page.fields.updated is None
            and may_hold_date(text)  # (no date in the line: none after an update label in it)
            and _names_update(text)
            and _UPDATED_CUT.search(text)
        ):
            after = _UPDATED_CUT.split(text, maxsplit=1)[-1]
            found = _first_date(after, page.tz, lines.order)
            if found is not None:
                page.fields.updated = found[0]
                if page.placement[i] is None:
                    page.place(i, "updated")


def _published_on(
    page: Page,
    cleaned: Sequence[str],
    i: int,
    order: _DayOrder | None,
    text: str | None = None,
) -> date | None:
    """The page's date on line ``i`` (``text``: the line with its label and a year below), or
    ``None``. A date inside running text (a caption, a quote: ``… at the Town Hall on May 2,
    2024. / Jane Doe``) or in an embedded post's signature (``— Jane Doe (@jdoe) May 2,
    2024``) is not the page's date. ``order`` is the page's order of numeric dates
    (:class:`_DayOrder`)."""
    if text is None:
        text = _date_text(cleaned, i)
    if not may_hold_date(text):
        return None  # (no date in the text, none in its part before an update label)
    upto = _before_update(text)
    found = _first_date(upto, page.tz, order) if upto else None
    if found is None:
        return None
    if (
        (_in_passing(upto, found[1], found[2]) and not _opens_line(cleaned, i, found[1]))
        or _wrapped_on(cleaned, i)
        or _listed(cleaned, i)
    ):
        return None
    return found[0]


def _date_text(cleaned: Sequence[str], i: int) -> str:
    """Line ``i`` as a date is read from it: with its label above (:func:`_with_label`), the
    month or the day a converter broke off above (:func:`_with_month_above`), the year it
    wrapped below (:func:`_with_year_below`)."""
    return _with_year_below(cleaned, i, _with_month_above(cleaned, i, _with_label(cleaned, i)))


def _with_month_above(cleaned: Sequence[str], i: int, text: str) -> str:
    """``text`` (line ``i``) after the line right above when BeautifulSoup broke a date at an
    inline element: between its month and its day (``Sep`` / ``30, 2016 7:00 AM``), or between
    its day and its month (``30`` / ``Sep 2016``); as it is otherwise. Only a month or a day
    alone above (a sentence wrapped after a month keeps its words to itself).

    >>> _with_month_above(["Sep", "30, 2016 7:00 AM"], 1, "30, 2016 7:00 AM")
    'Sep 30, 2016 7:00 AM'
    >>> _with_month_above(["seen in Sep", "30, 2016 they met"], 1, "30, 2016 they met")
    '30, 2016 they met'
    """
    if i == 0 or not cleaned[i - 1] or len(cleaned[i - 1]) > _BROKEN_PIECE_CHARS:
        return text
    above = cleaned[i - 1]
    month_first = _MONTH_ALONE.fullmatch(above) and _DAY_YEAR_OPENS.match(text)
    day_first = _DAY_ALONE.fullmatch(above) and _MONTH_YEAR_OPENS.match(text)
    return f"{above} {text}" if month_first or day_first else text


#: A piece of a date broken off above its rest is short (``Sept.``, ``30``).
_BROKEN_PIECE_CHARS: Final = 12
#: A month alone on its line (``Sep``, ``Sept.``, ``März``).
_MONTH_ALONE: Final = re.compile(rf"(?:{_alt(list(V.MONTHS))})\.?", re.IGNORECASE)
#: A day alone on its line (``30``, ``30.``).
_DAY_ALONE: Final = re.compile(r"(?:[1-9]|[12]\d|3[01])\.?")
#: A day and a year opening a line (``30, 2016``).
_DAY_YEAR_OPENS: Final = re.compile(r"(?:[1-9]|[12]\d|3[01]),?\s+(?:19|20)\d\d(?!\d)")
#: A month and a year opening a line (``Sep 2016``).
_MONTH_YEAR_OPENS: Final = re.compile(
    rf"(?:{_alt(list(V.MONTHS))})\.?,?\s+(?:19|20)\d\d(?!\d)", re.IGNORECASE
)


def _with_year_below(cleaned: Sequence[str], i: int, text: str) -> str:
    """``text`` (line ``i``) with the year that opens the next line when the converter wrapped a
    labelled date between its day and its year (lynx, w3m: ``By Jane Doe Last updated Nov 8,``
    / ``2023 Share``); as it is otherwise. Only after a date's label: a caption or a sentence
    wrapped so (``… in Porthaven on October 7,`` / ``2023.``) keeps its date to itself.

    >>> _with_year_below(["By Jane Doe Last updated Nov 8,", "2023 Share"], 0, "By Jane Doe Last updated Nov 8,")
    'By Jane Doe Last updated Nov 8, 2023'
    >>> _with_year_below(["seen in Porthaven on Nov 8,", "2023."], 0, "seen in Porthaven on Nov 8,")
    'seen in Porthaven on Nov 8,'
    """
    if i + 1 >= len(cleaned) or not text.endswith(",") or _LABELLED_TAIL.search(text) is None:
        return text
    year = _YEAR_OPENS.match(cleaned[i + 1])
    return f"{text} {year.group(1)}" if year is not None else text


#: A date's label, then a month and a day at the end of a line (``Last updated Nov 8,``).
_LABELLED_TAIL: Final = re.compile(
    rf"\b(?:{_alt(V.PUBLISHED_LABELS + V.UPDATED_LABELS)})\s*[:：]?\s+"
    rf"(?:{_alt(list(V.MONTHS))})\.?\s+\d{{1,2}},$",
    re.IGNORECASE,
)
#: A year opening a line (the rest of a wrapped date).
_YEAR_OPENS: Final = re.compile(r"\s*((?:19|20)\d\d)(?!\d)")


def _says_published_again(page: Page, text: str) -> bool:
    """Whether a line is a date line giving the published day already read (a header that
    says it twice: ``Published: May 2, 2024`` over ``Published: May 2, 2024``), not the print
    edition's line (``Published in The Daily, May 2nd, 2024.``: the tail's)."""
    if print_line(text, tz=page.tz) is not None:
        return False
    dated = date_line(text, tz=page.tz, reference=page.reference)
    published = page.fields.published
    return (
        dated is not None
        and dated[0] == "published"
        and dated[1] is not None
        and published is not None
        and same_day(published, dated[1])
    )


_LABELS: Final = _alt(tuple(w for w in V.PUBLISHED_LABELS if len(w) > 4))
_LABELLED_DATE: Final = re.compile(rf"(?:{_LABELS})\b\s*[:：]?\s*\S", re.IGNORECASE)
#: Words a labelled date line may open with before its label.
_LABEL_LEAD_WORDS: Final = 3
#: A labelled date line whose label follows a few words, its date right after it (``Story
#: published on Oct 5, 2022.``; not ``Originally published at example.com on …``, another
#: site's date).
_LED_LABEL: Final = re.compile(
    rf"(?:[^\W\d_]+\s+){{1,{_LABEL_LEAD_WORDS}}}(?:{_LABELS})\b\s*[:：]?\s*", re.IGNORECASE
)


#: A word that may open a date (``on``, ``le``, ``am``) at the start of a text.
_OPENER_LEAD: Final = re.compile(rf"^(?:{_alt(V.DATE_OPENERS)})\s+", re.IGNORECASE)


def _labelled_date(text: str) -> bool:
    """Whether a line is a labelled date line (``Published: June 25, 2024``)."""
    if _LABELLED_DATE.match(text):
        return True
    if not may_hold_date(text):
        return False  # (no date after a label led by words: 15,969 of the 17,474 dev lines)
    led = _LED_LABEL.match(text)
    if led is None:
        return False
    rest = _OPENER_LEAD.sub("", text[led.end() :])  # ("first published on 5 October")
    found = find_date(rest)
    return found is not None and found[1] == 0


_UPDATED_CUT: Final = re.compile(rf"\b(?:{_alt(V.UPDATED_LABELS)})\b", re.IGNORECASE)
#: An update label in lower-cased text, and the letters that the case-blind ``_UPDATED_CUT``
#: takes for one of its letters though their lower case is another (``İ``, ``ı``, ``ſ``).
_UPDATED_LOWER: Final = re.compile(f"(?:{_alt([w.lower() for w in V.UPDATED_LABELS])})")
_UPDATED_ODD: Final = re.compile("[\u0130\u0131\u017f]")


def _names_update(text: str) -> bool:
    """False when ``_UPDATED_CUT`` finds no update label in ``text``: none stands in the
    lower-cased text (a search several times faster than the case-blind one)."""
    return _UPDATED_LOWER.search(text.lower()) is not None or _case_odd(text, _UPDATED_ODD)


def _before_update(text: str) -> str:
    """The text before its first update label (all of it without one)."""
    return _UPDATED_CUT.split(text, maxsplit=1)[0] if _names_update(text) else text


_UPDATED_ALONE: Final = re.compile(rf"\(?(?:{_alt(V.UPDATED_LABELS)})\s*[:：]?", re.IGNORECASE)


def _with_label(cleaned: Sequence[str], i: int) -> str:
    """Line ``i``, after the update label on the line above when that line is the label alone
    (BeautifulSoup: ``Last Updated:`` / ``January 7, 2025``): that date is an update's."""
    for j in range(i - 1, max(-1, i - 3), -1):
        if cleaned[j]:
            if len(cleaned[j]) < 30 and _UPDATED_ALONE.fullmatch(cleaned[j]):
                return f"{cleaned[j]} {cleaned[i]}"
            break
    return cleaned[i]


def _yearless(page: Page, cleaned: Sequence[str], indices: Sequence[int]) -> DateProposal | None:
    """A date line without a year near the headline (``By Jane Doe`` / ``Nov 18``), completed
    with the year of the page's copyright line, the one evidence of the year the page shows;
    ``None`` when the page has none."""
    for i in indices:
        text = _with_label(cleaned, i)
        if len(text) > 60 or _UPDATED_CUT.match(text):
            continue
        found = find_yearless(text, after=date(2000, 1, 1), tz=page.tz)
        if found is None or len(text[: found[1]].split()) > 4:
            continue
        year = _copyright_year(cleaned)
        if year is None:
            return None
        try:
            return DateProposal(i, found[0].replace(year=year))
        except ValueError:
            return None  # 29 February in a year without one
    return None


def _relative(page: Page, cleaned: Sequence[str], indices: Sequence[int]) -> DateProposal | None:
    """A relative time near the headline, alone or after a label (``Published: 3 hours ago``,
    ``Yesterday at 4:45 PM``), resolved against the reference time as a comment's time is;
    ``None`` when the first one is not resolved (see :func:`_unresolved_relative`)."""
    first = _first_relative(page, cleaned, indices)
    return None if first is None or first[1] is None else DateProposal(first[0], first[1])


def _unresolved_relative(page: Page, cleaned: Sequence[str], indices: Sequence[int]) -> None:
    """A defect that keeps the text of the first relative time near the headline when no
    reference time resolves it."""
    first = _first_relative(page, cleaned, indices)
    if first is not None and first[1] is None and page.placement[first[0]] is None:
        page.unresolved(first[0], UNRESOLVED)


def _first_relative(
    page: Page, cleaned: Sequence[str], indices: Sequence[int]
) -> tuple[int, date | None] | None:
    """The first of the lines ``indices`` that gives the page's time as a relative one, and
    its value (``None`` when no reference time resolves it)."""
    for i in indices:
        text = cleaned[i]
        dated = date_line(text, tz=page.tz, reference=page.reference)
        if dated is not None:
            kind, value, problem = dated
        else:
            kind, (value, problem) = (
                "published",
                read_relative(text, reference=page.reference, tz=page.tz),
            )
        if kind == "published" and (value is not None or problem == UNRESOLVED):
            return i, value
    return None


def _copyright_year(cleaned: Sequence[str]) -> int | None:
    """The latest year on the page's last copyright line (``© 2005–2019 Gazette``)."""
    for text in reversed(cleaned):
        if text and len(text) < 300 and cues.COPYRIGHT_MARK.search(text) is not None:
            years = [int(y) for y in _YEAR.findall(text)]
            if years:
                return max(years)
    return None


_DIGIT: Final = re.compile(r"\d")
_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


#: The late rules that read a date line (whose leading name is its byline).
_DATE_LINE_RULES: Final = frozenset({"nearest_date_line", "first_date_line"})


def _date_lines(
    page: Page, cleaned: Sequence[str], stop: int, order: _DayOrder | None = None
) -> list[DateProposal]:
    """The page's date lines above ``stop`` (a date alone or beside a label: ``Wednesday 20
    November 2019 11:42``; or after a name: ``Jane Doe 27/09/2018 Comment! Tags, …``), read
    when the headline found has no date near it (a wrong headline, or a date bar far above
    it). Not an update's date, not a copyright line, and nothing from the comments heading
    on."""
    found: list[DateProposal] = []
    for i in range(stop):
        text = cleaned[i]
        if not text or len(text) > _CUE_LINE_CHARS or cues.COPYRIGHT_MARK.search(text) is not None:
            continue
        if text.count(" ") < 12 and cues.closing_count(text):
            break  # the comments begin
        if _DIGIT.search(text) is None:
            continue  # (every date has a digit: most lines stop here)
        read = _date_on_line(page, cleaned, i, order)
        if read is None or _SIGNATURE.match(read.upto) is not None or _listed(cleaned, i):
            continue
        if (
            _wrapped_on(cleaned, i)
            or _runs_on(cleaned, i)
            or _CREDIT_AFTER.search(read.upto, read.end) is not None
        ):
            continue  # a caption's date (or a piece of a paragraph the converter wrapped)
        before = read.upto[: read.start]
        beside = len(before.split()) + len(read.upto[read.end :].split())
        after = read.upto[read.end :].strip(_BESIDE_DATE)
        if (
            beside > _DATE_LINE_WORDS
            and _person(before.strip(_BESIDE_DATE)) is None
            and BYLINE.match(after) is None
        ):
            continue  # (a name and its date, or a date and its byline, lead a post's line)
        found.append(DateProposal(i, read.day))
    return found


def _nearest(lines: Sequence[DateProposal], title_at: int) -> DateProposal | None:
    """The date line nearest the headline on line ``title_at`` (the upper of two as near)."""
    return min(lines, key=lambda p: abs(p.at - title_at), default=None)


class _DateOnLine(NamedTuple):
    """A line's text up to its update's date, and the first date in it: its value and span."""

    upto: str
    day: date
    start: int
    end: int


def _date_on_line(
    page: Page, cleaned: Sequence[str], i: int, order: _DayOrder | None
) -> _DateOnLine | None:
    """The first date on line ``i`` (with its label), before an update's date, or ``None``."""
    upto = _before_update(_with_label(cleaned, i))
    found = _first_date(upto, page.tz, order) if upto.strip() else None
    return None if found is None else _DateOnLine(upto, *found)


def _name_before_date(
    page: Page, cleaned: Sequence[str], i: int, order: _DayOrder | None
) -> str | None:
    """The person's name that leads the date on the date line ``i`` (``Jane Doe 27/09/2018``)."""
    read = _date_on_line(page, cleaned, i, order)
    before = read.upto[: read.start].strip(_BESIDE_DATE) if read is not None else ""
    return _person(before) if before else None


#: What separates a date from the words beside it on a date line.
_BESIDE_DATE: Final = " -–—|·•,"


#: How far below the start of the body a date line is looked for.
_DATE_LINE_REACH: Final = 40
#: At most this many words beside the date on a date line.
_DATE_LINE_WORDS: Final = 6


def _listed(cleaned: Sequence[str], i: int) -> bool:
    """Whether the date line ``i`` is one of a list of teasers: two more lines of the same shape
    but other dates (``May 15, 2017`` / ``October 19, 2018``) within a screen above or below it,
    and no paragraph between (the teasers under a short article are not its header's).
    (The page's own date repeated, published and modified, is no list.)"""
    text = cleaned[i]
    shape = _shape(text)
    figures = "0" in shape  # (a line of the same shape has figures too, or none: cheap first)
    same = 0
    for reach in (
        range(i - 1, max(-1, i - _LIST_REACH - 1), -1),
        range(i + 1, i + _LIST_REACH + 1),
    ):
        for j in reach:
            if j >= len(cleaned) or len(cleaned[j]) >= _PARAGRAPH_CHARS:
                break
            other = cleaned[j]
            if (
                other
                and other != text
                and len(other) < 80
                and (_DIGITS.search(other) is not None) == figures
                and _shape(other) == shape
            ):
                same += 1
                if same >= 2:
                    return True
    return False


#: A line this long is a paragraph (a converter that writes one a line): no list runs across it.
_PARAGRAPH_CHARS: Final = 160


def _shape(text: str) -> str:
    """A line with its words, numbers and runs of words folded (``Oct 19, 2018`` -> ``a 0, 0``;
    ``• Ferry times change · May 2, 2024`` -> ``• a · a 0, 0``)."""
    return _WORD_RUN.sub("a", _DIGITS.sub("0", _LETTERS.sub("a", text)))


_LIST_REACH: Final = 16
_LETTERS: Final = re.compile(r"[^\W\d_]+")
_DIGITS: Final = re.compile(r"\d+")
_WORD_RUN: Final = re.compile(r"a(?: a)+")


def _in_passing(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is mentioned in passing: running text around it
    (more than ten words), or an embedded post's signature. A date on a byline line or after a
    separator or a label (``Jane Doe, Staff Writer, The Gazette | Published May 2, 2024``) is
    the line's own."""
    if _SIGNATURE.match(text) is not None or _CREDIT_AFTER.search(text, end) is not None:
        return True
    if BYLINE.match(text) is not None or _LEAD_IN.search(text, 0, start) is not None:
        return False
    return len(text[:start].split()) + len(text[end:].split()) > _PASSING_WORDS


def _opens_line(cleaned: Sequence[str], i: int, start: int) -> bool:
    """Whether the date at ``start`` opens line ``i`` of its own: a meta row however long it is
    (``Mittwoch, 7. März 2018 21 Kommentare Reisen, Inseln …``: date, comment count, tags) or a
    dateline, not a caption or a paragraph the converter wrapped onto the line (a long line
    above that stops mid-sentence).

    >>> _opens_line(["", "__May 2, 2024 __ 21 comments Travel, Islands, Ferries, Harbours"], 1, 2)
    True
    >>> _opens_line(["The first boat leaves the pier at dawn on its maiden trip, seen here on", "May 2, 2024 with its crew"], 1, 0)
    False
    """
    text = cleaned[i]
    above = cleaned[i - 1].rstrip() if i > 0 else ""
    continued = len(above) >= _WRAPPED_WIDTH and not above.endswith(_SENTENCE_ENDS)
    return not continued and not text[:start].strip(_OPENING_MARKS)


def _wrapped_on(cleaned: Sequence[str], i: int) -> bool:
    """Whether line ``i`` goes on with the sentence of a long line just above it: a caption or a
    paragraph wrapped by the converter (``… fighting between the two sides`` / ``continues on
    May 2, 2024.``), so the date on it is mentioned in passing. A byline or a label that opens
    the line in lower case (``by Jane Doe``, ``updated May 2, 2024``) is the line's own."""
    text = cleaned[i]
    above = cleaned[i - 1] if i > 0 else ""
    return (
        text[:1].islower()
        and len(above) >= _WRAPPED_WIDTH
        and not above.rstrip().endswith(_SENTENCE_ENDS)
        and BYLINE.match(text) is None
        and not _names_update(text)
    )


def _runs_on(cleaned: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is a piece of a caption or a paragraph, not a byline of its own: it
    carries a photo's credit (a caption's last line: ``Valley Mill, Porthaven Photo: Lena Ost``),
    it goes on with the sentence of a long line above that stops on a word, and ends it or is
    long itself (``… at the Valley`` / ``Mill, Porthaven, Monday, May 2, 2024.``), or it is
    long and the line right below goes on in lower case (``Affected Kent, Essex and Surrey,
    with snow above 400`` / ``metres.``)."""
    text = cleaned[i]
    if _CREDIT_AFTER.search(text) is not None:
        return True
    above = cleaned[i - 1] if i > 0 else ""
    wrapped_onto = len(above) >= _WRAPPED_WIDTH and above[-1:].isalpha()
    if wrapped_onto and (text.endswith(".") or len(text) >= _WRAPPED_WIDTH):
        return True  # a sentence going on from the line above: "… at the Valley" / "Mill."
    below = cleaned[i + 1] if i + 1 < len(cleaned) else ""
    return len(text) >= _WRAPPED_WIDTH and below[:1].islower()


#: A line this long or longer was wrapped by the converter when the next one goes on with it.
_WRAPPED_WIDTH: Final = 60
#: What ends a sentence (or a heading's label) at the end of a line.
_SENTENCE_ENDS: Final = (".", "!", "?", ":", '"', "”", "»", ")")


#: What ends the text before a byline line's date: a separator or a publication label.
_LEAD_IN: Final = re.compile(
    rf"(?:[|•·—–:]|\b(?:{_alt(tuple(w for w in V.PUBLISHED_LABELS if len(w) > 4))}))\s*$",
    re.IGNORECASE,
)


#: A photo credit after the date: the line is a caption (``May 2, 2024. Photo: Jane Doe/Agency``).
_CREDIT_AFTER: Final = re.compile(
    r"\b(?:photo|photograph|image|illustration|foto|bild|credit)s?\s*:", re.IGNORECASE
)
#: What may stand before a date that opens its line: html2text's icons and emphasis, bullets.
_OPENING_MARKS: Final = " _*•·|>"
#: More words than this beside a date make the line running text.
_PASSING_WORDS: Final = 10
#: An embedded post's signature: ``— Jane Doe (@jdoe) May 2, 2024``.
_SIGNATURE: Final = re.compile(r"[—–]\s*[^()]{0,60}\(@\w{1,30}\)")
