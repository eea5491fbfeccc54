"""Author names: the one byline recogniser, and the reading of a byline into persons.

A byline is a label and names (``By Jane Doe and Omar Farouk``), or names alone beside a date or
a handle. This module says which lines are labelled bylines (:data:`BYLINE`, :func:`byline`),
splits a byline into persons (:func:`split_persons`: ``and``/``und``/``et``/``y``/``и``, commas,
``&``, names glued without a space), takes off what a page glues to a name (labels, roles,
desks, outlets, addresses, dates: :func:`names`) and says whether a text is a person's name
(:func:`person`). Its words are the tables of :mod:`newsparse.vocab.authors` and
:mod:`newsparse.vocab.page`: a new language is a data change.

Case policy (see ``docs/data-model.md``): a name is kept as written, but a name written wholly in
capitals in a script that has case is given title case, its particles in lower case (``JANE
DOE`` -> ``Jane Doe``, ``ANNA VON BERG`` -> ``Anna von Berg``); a name in a script without case
(Chinese, Japanese, Korean, Arabic, Hebrew) is kept as written.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse._memo import LIMIT, page_memo
from newsparse._patterns import alternation as _alt
from newsparse.vocab import authors as A
from newsparse.vocab import page as V

__all__ = [
    "BYLINE",
    "byline",
    "cjk_persons",
    "cjk_signed",
    "desk",
    "may_name_several",
    "more_words_than_names",
    "names",
    "person",
    "split_persons",
    "title_case",
    "without_role",
]

#: Capital letters of the scripts with case that open a name after a short label.
#: Latin Extended-A (``Ā``–``ſ``) pairs each capital with its small letter (``Łł``, ``Śś``):
#: its capitals and small letters one by one, not as a range.
_EXTENDED_A: Final = [chr(c) for c in range(0x100, 0x180)]
#: The letters of Romanian and Vietnamese beyond Latin Extended-A (``Ș``, ``Ț``, ``Ơ``, ``Ư``, and
#: Latin Extended Additional: ``Ễ``, ``Ậ``), paired the same way.
_EXTENDED_MORE: Final = [*"ȘșȚțƠơƯư", *(chr(c) for c in range(0x1E00, 0x1F00))]
_UPPER: Final = (
    "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED_A + _EXTENDED_MORE if c.isupper()) + "Α-ΩА-ЯЁЂ-ЏҐ"
)
_LOWER: Final = "a-zà-öø-ÿ" + "".join(c for c in _EXTENDED_A + _EXTENDED_MORE if c.islower())

#: The characters of a name in Chinese, Japanese (kanji) or Korean (hangul).
_CJK_LETTERS: Final = "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
#: Letters of the Hebrew, Arabic and Devanagari scripts, which have no capitals (Devanagari's
#: with their vowel signs, not its digits nor its full stop).
_CASELESS_LETTERS: Final = "\u05d0-\u05ea\u0620-\u064a\u0671-\u06d3\u0900-\u0963"

#: At most this many characters of an outlet's name before "reporter" (``新华社记者``).
_OUTLET_CJK_MOST: Final = 8

BYLINE: Final = re.compile(
    rf"(?:(?:{_alt(A.BYLINE_LABELS_LONG)})"
    rf"|(?:{_alt(A.BYLINE_LABELS_COLON)})(?=\s*[:：/／])"
    rf"|(?:[{_CJK_LETTERS}]{{1,{_OUTLET_CJK_MOST}}}?(?:{_alt(A.CJK_REPORTER_LABELS)})"
    rf"|{_alt(A.BYLINE_LABELS_CJK)})(?=\s+[{_CJK_LETTERS}]|\s*$)"
    rf"|(?:{_alt(A.BYLINE_LABELS_CASELESS)})(?=\s*[:：]|\s+[{_CASELESS_LETTERS}]|\s*$)"
    rf"|(?:{_alt(A.BYLINE_LABELS)})"
    rf"(?=\s*[:：]|\s+(?-i:[{_UPPER}])|\s+(?:{_alt(tuple(V.AGENCIES))})\b|\s*$"
    rf"|\s+[{_CJK_LETTERS}])"
    rf"|(?-i:{_alt(A.BYLINE_LABELS_GLUED, ignore_case=False)})(?=(?-i:[A-Z][a-z]+\s[A-Z])))"
    # ("By: Jane Doe", "Auteur : Jane Doe", "Author:Jane Doe": a label glued to the name)
    r"(?:\s*[:：/／]\s*|\s+|$)?(?P<rest>.*)",
    re.IGNORECASE,
)
"""A labelled byline: its label, then the names in group ``rest`` (maybe on the next line).

>>> BYLINE.match("By Jane Doe").group("rest"), BYLINE.match("Автор: Віра Коваль").group("rest")
('Jane Doe', 'Віра Коваль')
>>> BYLINE.match("By the river") is None, BYLINE.match("ByJane Doe").group("rest")
(True, 'Jane Doe')
>>> BYLINE.match("记者 王小明").group("rest"), BYLINE.match("文/王小明").group("rest")
('王小明', '王小明')
>>> BYLINE.match("本报记者 王小明").group("rest"), BYLINE.match("By 山田太郎").group("rest")
('王小明', '山田太郎')
"""

#: A byline label late in a line (``Photo and text by Jane Doe``).
BYLINE_LATE: Final = re.compile(
    rf"(?<=\s)(?:{_alt(A.BYLINE_LABELS_LATE)})\s+(?P<rest>[{_UPPER}][^\d]{{2,60}})$"
)
#: A late label between spaces, which every match of ``BYLINE_LATE`` holds: found from the
#: space (the engine skips to the spaces; ``BYLINE_LATE`` tries its look-behind at every
#: character), the test before it.
_LATE_LABEL: Final = re.compile(rf"\s(?:{_alt(A.BYLINE_LABELS_LATE)})\s")


def late_byline(text: str) -> re.Match[str] | None:
    """``BYLINE_LATE.search(text)``, asked only where a late label stands between spaces (most
    header lines have none: 0.5 µs against 0.8 µs for a line of prose).

    >>> late_byline("Photo and text by Jane Doe").group("rest"), late_byline("Nearby Town")
    ('Jane Doe', None)
    """
    return BYLINE_LATE.search(text) if has_late_label(text) else None


def has_late_label(text: str) -> bool:
    """Whether a late label stands between spaces in ``text``: ``False`` says that
    :func:`late_byline` finds no byline in ``text`` nor in any part of it.

    >>> has_late_label("Photo by Jane Doe"), has_late_label("Nearby Town")
    (True, False)
    """
    return _LATE_LABEL.search(text) is not None


#: The labels a name never opens with, though a bare name line may keep one (``By Admin``).
LABEL_WORDS: Final = frozenset(A.BYLINE_LABELS)


def label_alternation() -> str:
    """The short byline labels as one regular-expression alternation (for cue patterns).

    >>> re.match(label_alternation(), "von") is not None
    True
    """
    return _alt(A.BYLINE_LABELS)


# --- splitting ------------------------------------------------------------------------------

_MONTH_WORDS: Final = _alt(tuple(V.MONTHS))
_JOINERS_WORDS_ALL: Final = tuple(j for j in A.NAME_JOINERS if j.isalpha() or " " in j)
#: Weekday names of this many letters or more may be glued to a name before a date (``Jane
#: DoeMon, May 2``); shorter ones (``Mo``, ``Do``, ``So``) end too many names.
_WEEKDAY_LEAST: Final = 3
_WEEKDAY_WORDS: Final = _alt(tuple(w for w in V.WEEKDAYS if len(w) >= _WEEKDAY_LEAST))
#: What ends the names of a byline: a handle, a bar, a separator, a bracket, a role after a
#: comma, a digit, a date word, an affiliation or a helper, a contact button.
_NAME_CUT: Final = re.compile(
    r"\s*(?:@|\||\s[-–—•·/]\s|\(|,\s*(?!(?:and|und|et|y)\s)"
    r"(?:[a-z]|Senior|Staff|Contributor|Reporter|Editor|Correspondent)"
    rf"|\d|\b(?:on|am|le|updated|published|last\s+updated)\b|\b(?i:{_MONTH_WORDS})\.?\s+\d"
    # a date glued to the name without a space (inline elements run together: "Jane DoeMay 2")
    rf"|(?<=[{_LOWER}])(?=[{_UPPER}])(?:(?i:{_WEEKDAY_WORDS})\.?,?\s+)?(?i:{_MONTH_WORDS})\.?\s*\d"
    rf"|(?<=[{_LOWER}])(?=[{_UPPER}])(?i:{_WEEKDAY_WORDS})\.?,?\s+\d"
    # an affiliation, a place or a helper after the names: "for The Daily", "in Berlin",
    # "with additional reporting by …"
    rf"|\s(?:{_alt(A.AFFILIATION_WORDS, ignore_case=False)})\s"
    # the same in a byline set in title case or in capitals: "By Jane Doe For The Daily",
    # "… IN BERLIN" (a capital follows), "By JANE DOE FOR DAILYMAIL.COM" (the address is taken
    # off before: "For" ends the text)
    r"|\s(?:For|FOR|With|WITH|In|IN|At|AT)\s(?=[A-Z])|\s(?:[Ff]or|FOR)$"
    # a count of the writers not shown: "Jane Doe and 2 more", "Jane Doe + 3 others", "… et al."
    rf"|,?\s(?:(?i:{_alt(_JOINERS_WORDS_ALL)})|[&+])\s+(?:\d{{1,2}}\s+)?"
    rf"(?i:{_alt(A.MORE_WRITERS_WORDS)})(?!\w)"
    # a contact button after the names: "Jane Doe Email the author", "Jane Doe Follow"
    r"|\s(?i:e-?mail|contact|follow|message)\b).*$"
)


#: A place after one of several names, before the joiner to the next (``Jane Doe in Lisbon and
#: Omar Farouk in Oslo``): one or two capitalised words after ``in``.
_PLACE_BEFORE_JOINER: Final = re.compile(
    rf"\s(?:in|IN|In)\s[{_UPPER}][\w.'’-]*(?:\s[{_UPPER}][\w.'’-]*)?"
    r"(?=\s*,\s|\s(?:and|AND|&|und|et|y|e)\s)"
)


#: An address run into a byline: a web address or an e-mail address.
def cut_names(rest: str) -> str:
    """A byline's text up to the end of its names (no handle, date, role, affiliation, button).

    >>> cut_names("Jane Doe for The Daily Planet | May 2")
    'Jane Doe'
    >>> cut_names("Jane Doe In Porthaven For The Harbour Diary"), cut_names("Jane Doe For")
    ('Jane Doe', 'Jane Doe')
    """
    return _NAME_CUT.sub("", rest).strip(" ,;:-")


_ADDRESS: Final = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\b[\w-]+\.(?:com|org|net)\b", re.IGNORECASE
)

_JOINERS_WORDS: Final = tuple(j for j in A.NAME_JOINERS if len(j) > 1)
_JOINERS_LETTERS: Final = tuple(j for j in A.NAME_JOINERS if len(j) == 1 and j.isalpha())
#: Between the persons of a byline: ``,`` (``, and``), ``;``, a joiner word (any case but the
#: one-letter ones, lower case only: ``Jane Y Doe`` keeps its initial), ``&``, a glued ``/``, the
#: commas of Chinese and Japanese (``王小明、李华``).
_JOINER_BETWEEN: Final = rf"\s(?:(?i:{_alt(_JOINERS_WORDS)})|&|{_alt(_JOINERS_LETTERS)})\s"
_SPLIT_NAMES: Final = re.compile(
    rf"\s*(?:[,;、，](?:\s*(?:(?i:{_alt(_JOINERS_WORDS)})|&)(?=\s))?|{_JOINER_BETWEEN}"
    # (a slash glued between two names: "Jana Berger/Tom Weber"; a spaced one ends the names)
    r"|(?<=\w)/(?=\w))\s*"
)
#: A joiner between spaces alone: where :data:`_SPLIT_NAMES` splits without a comma (found
#: several times faster: its first character is a space, where the engine starts a try).
_JOINER: Final = re.compile(_JOINER_BETWEEN)
#: Where two words are glued without a space: a lower-case letter, then a capital
#: (``Paul WisemanFatima Hussein``, ``Jane DoeContributor``; ``McBride``, ``DiMaggio`` have too
#: short a head, and :func:`split_persons` keeps ``MacDonald`` whole).
CAMEL_SEAM: Final = re.compile(rf"(?<=[{_LOWER}]{{2}})(?=[{_UPPER}])")
#: The capital at a seam of ``CAMEL_SEAM`` (its match starts where the seam is): searched from
#: the capital, the engine skips to the capitals, where the seam's look-behind is tried at
#: every character (0.3 µs against 1.6 µs to find none in a line of prose).
SEAM_CAPITAL: Final = re.compile(rf"[{_UPPER}](?<=[{_LOWER}]{{2}}.)")


def glued_piece(text: str) -> str | None:
    """The part of ``text`` from its first seam to its second (``CAMEL_SEAM.split(text)[1]``),
    or ``None`` without a seam.

    >>> glued_piece("World NewsEdited by Jane DoeUpdated"), glued_piece("Jane Doe")
    ('Edited by Jane Doe', None)
    """
    first = SEAM_CAPITAL.search(text)
    if first is None:
        return None
    second = SEAM_CAPITAL.search(text, first.start() + 1)
    return text[first.start() : len(text) if second is None else second.start()]


_LABELS: Final = frozenset(A.NAME_LABELS)
_GLUED_NOISE: Final = (
    _LABELS | frozenset(A.GLUED_ROLES) | frozenset(V.AUTHOR_ROLES) | frozenset(V.DESK_NOUNS)
)
_SHARE_WORDS: Final = frozenset(V.SHARE_WORDS)
_PARTICLES: Final = frozenset(A.PARTICLES)
#: A particle glued to the name after it (``al-Hakim``, ``d'Ormesson``, ``dell'Orto``).
_GLUED_PARTICLE: Final = re.compile(
    rf"(?:{_alt(A.GLUED_PARTICLES, ignore_case=False)})['’-](?=[{_UPPER}])"
)


def _particle(word: str) -> bool:
    """Whether a word in lower case is a name's particle (``von``, ``de``, ``al-Hakim``)."""
    return word.lower() in _PARTICLES or _GLUED_PARTICLE.match(word) is not None


def split_persons(text: str) -> list[str]:
    """The parts of a byline's names, one a person (joiners, commas, ``&``, glued names).

    >>> split_persons("Paul WisemanFatima Hussein and Ana Ruiz")
    ['Paul Wiseman', 'Fatima Hussein', 'Ana Ruiz']
    >>> split_persons("Ana Ruiz y Luis Gil"), split_persons("Tom MacDonald")
    (['Ana Ruiz', 'Luis Gil'], ['Tom MacDonald'])
    """
    out: list[str] = []
    for part in _SPLIT_NAMES.split(text):
        out.extend(_unglue(part.strip()))
    return [p for p in out if p]


def may_name_several(text: str) -> bool:
    """Whether :func:`split_persons` can find two persons or more in ``text``: only where a
    comma, a semicolon, a joiner or a glued seam stands (the split reads every part).

    >>> may_name_several("Jane Doe and Ana Ruiz"), may_name_several("Jane Doe")
    (True, False)
    """
    return (
        "," in text
        or ";" in text
        or _JOINER.search(text) is not None
        or SEAM_CAPITAL.search(text) is not None
    )


#: The joiner words between names, in lower case (``and``, ``und``, ``&``).
_JOINER_SET: Final = frozenset(A.NAME_JOINERS)
#: What a name reader may split one written word at (a slash or a semicolon between names,
#: ``&``; an address is taken out too, see ``_ADDRESS``): a line with none keeps its words whole.
_WORD_SPLITTERS: Final = "/;&"


def more_words_than_names(text: str) -> bool:
    """Whether ``text`` surely has more words than :func:`names` can find in it, so that it is
    no line of names only (the headline reader asks it of each candidate). On a line with no
    Chinese, Japanese or Korean letter, no address, no word glued to the next (``DoeOmar``) and
    nothing this reader splits a word at, each name word comes from one word of the line that
    may hold it (a capital or no letter first, a particle): it is so when there are fewer such
    words than words that are no joiners, or (on an ASCII line) more words than one name holds
    and nothing that parts names (no comma, no joiner: one name at most). A headline has words
    in lower case or more than five, and reading its names was a tenth of the headline's time.

    >>> more_words_than_names("Rain falls on the town"), more_words_than_names("Anna von Berg")
    (True, False)
    >>> more_words_than_names("Rain Falls Again On The Old Town")
    True
    >>> more_words_than_names("Jane Doe/Omar Farouk said")
    False
    """
    if any(ch in text for ch in _WORD_SPLITTERS) or not _no_cjk(text):
        return False
    if ("." in text or ":" in text) and _ADDRESS.search(text) is not None:
        return False
    if CAMEL_SEAM.search(text) is not None:
        return False
    words = text.replace(",", " ").split()
    plain = sum(1 for w in words if w.lower() not in _JOINER_SET)
    one_part = plain == len(words) and "," not in text and text.isascii()
    if one_part and plain > _MOST_NAME_WORDS:
        return True
    named = sum(1 for w in words if not w[:1].islower() or _may_be_particle(w))
    return named < plain


def _no_cjk(text: str) -> bool:
    """No letter of Chinese, Japanese or Korean (nor anything past them in Unicode) in
    ``text``: its names are read by their own rules."""
    return text.isascii() or max(text) < _CJK_FIRST


#: The first character of the CJK blocks (their radicals).
_CJK_FIRST: Final = "\u2e80"


def _may_be_particle(word: str) -> bool:
    """A word in lower case that a name may hold: a particle, or one glued to the name after
    it by an apostrophe or a hyphen (``al-Hakim``, ``d'Ormesson``, ``d’Ormesson``)."""
    return word.lower() in _PARTICLES or "'" in word or "’" in word or "-" in word


def _unglue(part: str) -> list[str]:
    """A part split where words are glued: a noise word glued to a name goes (``BiographyJane
    Doe``, ``Jane DoeContributor``), two names glued together part (``Jane DoeOmar Farouk``),
    a name glued whole stays (``Tom MacDonald``), and what is glued after a name that is not one
    goes (``Jane DoeBrandFeed UK``)."""
    pieces = CAMEL_SEAM.split(part)
    out = [pieces[0]]
    for tail in pieces[1:]:
        head = out[-1]
        if not head.split() or _noise(tail.split()[0]) or _noise(head.split()[-1]):
            out[-1] = _trim(head, _GLUED_NOISE)
            out.append(_trim(tail, _GLUED_NOISE))
        elif " " in head and " " in tail.strip() and _shape(head) and _shape(_trim(tail)):
            out.append(tail)
        elif _shape(head + tail) or not _shape(head):
            out[-1] = head + tail
        else:
            break  # an outlet or a link glued after the name
    return [t for t in map(_trim, out) if t]


def role(text: str) -> bool:
    """Whether a line is a writer's role alone (``Contributor``, ``Senior Staff Writer``): four
    words at most, each a role, a desk or a title word, one of them a role or a desk.

    >>> role("Senior Staff Writer"), role("Contributor"), role("Healthcare")
    (True, True, False)
    """
    words = [w.strip(".,:") for w in text.casefold().split()]
    return (
        0 < len(words) <= _ROLE_WORDS_MOST
        and all(w in _GLUED_NOISE for w in words)
        and any(w in _ROLES for w in words)
    )


def role_word(word: str) -> bool:
    """Whether ``word`` may stand in a role line (:func:`role`): a role, a desk or a title word.

    >>> role_word("Senior"), role_word("Jane")
    (True, False)
    """
    return word.casefold().strip(".,:") in _GLUED_NOISE


_ROLES: Final = frozenset(V.AUTHOR_ROLES) | frozenset(V.DESK_NOUNS)
#: A role line has at most this many words (``Senior Staff Writer``).
_ROLE_WORDS_MOST: Final = 4


def without_role(name: str) -> str:
    """``name`` without the role set after it with a space (``Jane Doe Senior Writer``, ``Jane
    Doe Opinion Contributor``): the person's name before words that are all roles, titles or
    labels, one of them a writer's role; else ``name`` as it is (a desk stays whole for the
    desk reader: ``Valley Times Staff`` names no writer).

    >>> without_role("Jane Doe Senior Writer"), without_role("Jane Ann Doe")
    ('Jane Doe', 'Jane Ann Doe')
    >>> without_role("Valley Times Staff"), without_role("Senior Valley Correspondent")
    ('Valley Times Staff', 'Senior Valley Correspondent')
    """
    words = name.split()
    if not words or words[-1].casefold().strip(".,:") not in _ROLE_LAST:
        return name  # (a role, a label or a title ends every tail that :func:`_role_tail` takes)
    for k in range(_NAME_WORDS[0], min(len(words), _NAME_WORDS[1] + 1)):
        tail = [w.casefold().strip(".,:") for w in words[k:]]
        if any(map(_noise, words[:k])):
            break  # (a role word in the name: "Jane Doe Senior Valley …", "Senior Valley …")
        if _role_tail(tail) and _shape(" ".join(words[:k])) is not None:
            return " ".join(words[:k])
    return name


def _role_tail(tail: list[str]) -> bool:
    """Whether the last words of a name are a writer's role (``Senior Writer``, ``Political
    Reporter``: beats and ranks, then a role last) or a date's or a profile's labels left on
    the name's line (``Updated``, ``Posted``: the date on the line below)."""
    if not tail or len(tail) > _ROLE_WORDS_MOST:
        return False
    if all(w in _LABELS for w in tail):
        return True
    if all(w in _GLUED_NOISE for w in tail) and any(w in _WRITER_ROLES for w in tail):
        return True
    return tail[-1] in _WRITER_ROLES and all(w in _ROLE_WORDS for w in tail[:-1])


_WRITER_ROLES: Final = frozenset(V.AUTHOR_ROLES) | frozenset(A.MORE_WRITER_ROLES)
#: The words a role tail may end with (labels are among the glued noise words).
_ROLE_LAST: Final = _GLUED_NOISE | _WRITER_ROLES
#: The words a role after a name may hold before its head (``Chief Political Correspondent``,
#: ``AP Business Writer``: an agency's name too).
_ROLE_WORDS: Final = (
    _GLUED_NOISE | frozenset(A.BEAT_WORDS) | frozenset(a for a in V.AGENCIES if " " not in a)
)


def _noise(word: str) -> bool:
    return word.casefold().strip(".:,") in _GLUED_NOISE


def _trim(name: str, noise: frozenset[str] = _LABELS) -> str:
    """``name`` without the ``noise`` words at its two ends (``Biography``, ``Updated``; when
    glued, roles too: ``CEO``) and without a label glued before it (``ByJane Doe``)."""
    glued = _GLUED_LABEL.match(name)
    words = (name[glued.end() :] if glued is not None else name).split()
    while words and (
        words[0].casefold().strip(".:,") in noise or words[0].casefold() in LABEL_WORDS
    ):
        words.pop(0)
    while len(words) > 1 and (
        words[-1].casefold().strip(".:,") in noise or words[-1].lower() in _SHARE_WORDS
    ):
        words.pop()
    return " ".join(words)


# --- names ----------------------------------------------------------------------------------


def names(rest: str, *, labelled: bool = False) -> tuple[str, ...]:
    """The person names of a byline's text after its label (``Jane Doe and Omar Farouk``).
    Names in a script without capitals (Arabic, Hebrew) are read only when ``labelled`` (the
    text followed a byline's label): two such words alone may be any phrase of a headline.

    >>> names("Jane Doe and Omar Farouk, Staff Writers")
    ('Jane Doe', 'Omar Farouk')
    >>> names("Erin Cunningham March 18 at 3:57 PM")
    ('Erin Cunningham',)
    >>> names("JANE DOE AND ANNA VON BERG"), names("BiographyJane Doe"), names("谢若含")
    (('Jane Doe', 'Anna von Berg'), ('Jane Doe',), ('谢若含',))
    >>> names("نورا حداد"), names("نورا حداد", labelled=True)
    ((), ('نورا حداد',))
    """
    key = (rest, labelled)
    try:
        return _NAMES[key]  # type: ignore[return-value]
    except KeyError:
        found = _NAMES[key] = _names(rest, labelled=labelled)
        if len(_NAMES) > LIMIT:
            _NAMES.clear()
        return found


#: The names each text of the page being read holds (see :mod:`newsparse._memo`): the title
#: candidates above a byline line each ask it of the line, and the title's tests and the header
#: readers ask it of the same lines again.
_NAMES: Final = page_memo()


def _names(rest: str, *, labelled: bool) -> tuple[str, ...]:
    """:func:`names`, read anew."""
    if "." in rest or ":" in rest:  # (every address has one: most bylines have neither)
        rest = _ADDRESS.sub(" ", rest)
    rest = " ".join(rest.split())
    if not rest.isascii():  # ("作者：王小明 编辑：李华": the editor is no writer)
        rest = _CJK_OTHER_CREDIT.sub("", rest)
    if "/" in rest:  # ("Jana Berger/dpa", "Jana Berger/Hamburg": a wire or a place after a slash)
        rest = _AGENCY_SLASHED.sub("", rest)
        tail = _ONE_WORD_SLASHED.search(rest)
        rest = rest[: tail.start()] if tail is not None and " " in rest[: tail.start()] else rest
    rest = _AGENCY_AFTER.sub("", rest)
    rest = _capital_joiners(rest) if rest.isupper() else rest  # ("ANA SOUSA E JOÃO COSTA")
    rest = cut_names(_PLACE_BEFORE_JOINER.sub("", rest))  # ("Jane Doe in Lisbon and Omar …")
    out = []
    for part in (p for whole in split_persons(rest) for p in cjk_persons(whole)):
        name = _read_part(undouble(part))
        words = name.split()
        if (
            cjk_name(name)
            or (labelled and _caseless_name(name))
            or (
                _looks_like_name(name)
                and " " in name
                and not _sentence_dot(name)
                and all(w[:1].isupper() or _particle(w) for w in words)
            )
        ):
            out.append(name)  # ("von Frankfurt nach Barcelona" is a route, not a name)
    out = [name for name in out if not _aside(name)]
    people = [
        name for name in out if person(name) is not None and agency(name) is None and not desk(name)
    ]
    # beside a person, an agency, a desk or a role is no author ("Jane Doe, Associated Press",
    # "Jane Doe, Washington Bureau Chief"); alone,
    # it still marks the line as a byline (the header reader drops desks and the site's name)
    return tuple(dict.fromkeys(people or out))  # (each person once)


def cjk_persons(part: str) -> list[str]:
    """The names of a part written in Chinese, Japanese or Korean characters and parted by
    spaces or a middle dot (``王小明 李华``, ``김철수·이영희``); a name of four characters at most
    written with a space between its family and given names stays one, without the space
    (``山田 太郎`` -> ``山田太郎``; two names of two characters each read as one, the rarer case).
    Any other part is returned as it is."""
    if part.isascii() or _CJK_CHAR.search(part) is None:
        return [part]
    tokens = [t for t in _CJK_GAP.split(part.strip()) if t not in _CJK_WRITER_ROLES]
    if len(tokens) == 1 and cjk_name(tokens[0]):
        return tokens  # (a role and one name: "王小明 通讯员")
    if len(tokens) < _NAME_WORDS[0] or not all(_CJK_TOKEN.fullmatch(t) for t in tokens):
        return [part]
    joined = "".join(tokens)
    if cjk_name(joined):
        return [joined]
    return tokens if all(cjk_name(t) for t in tokens) else [part]


#: What parts the names of a row in Chinese, Japanese or Korean characters: blanks (an
#: ideographic space too), a middle dot between two such characters (not in a katakana name:
#: ``ジョン・スミス``).
_CJK_GAP: Final = re.compile(rf"\s+|(?<=[{_CJK_LETTERS}])[·・](?=[{_CJK_LETTERS}])")
_CJK_WRITER_ROLES: Final = frozenset(A.CJK_WRITER_ROLES)
#: The other credits of a byline row in Chinese or Japanese after its writers' names, to the
#: row's end (``作者：王小明 编辑：李华``, ``文/王小明 图/李华``): a blank, the label, then a colon,
#: a slash or a blank.
_CJK_OTHER_CREDIT: Final = re.compile(rf"\s(?:{_alt(A.CJK_OTHER_CREDITS)})(?:\s*[:：/／]|\s).*$")
#: A piece of such a row: a family name, a given name or a whole name.
_CJK_TOKEN: Final = re.compile(rf"[{_CJK_LETTERS}]{{1,4}}")


def _read_part(part: str) -> str:
    """One part of a byline's names in the case policy, without the role, the degrees or the
    licences after the name (``JANE DOE AP BUSINESS WRITER``, ``Jane Doe MD``): the role goes
    before the case is set, as a role in capitals after a name in capitals is no acronym."""
    return _without_credentials(title_case(without_role(part)))


def _without_credentials(name: str) -> str:
    """``name`` without the degrees or licences after it (``Jane Doe MD``, ``Jane Doe RD LDN``),
    read on a byline only: a bare line ``Northern Colorado MD`` is a menu's, not a name's. The
    name keeps two words at least (``Ana Rd``)."""
    words = name.split()
    while len(words) > _NAME_WORDS[0] and words[-1].casefold().rstrip(".") in _CREDENTIALS:
        words.pop()
    return " ".join(words)


_CREDENTIALS: Final = frozenset(A.CREDENTIALS)


def _capital_joiners(text: str) -> str:
    """A byline in capitals with its one-letter joiners in lower case where two names of two
    words or more stand on either side (``ANA SOUSA e JOÃO COSTA``; ``JANE E DOE`` keeps its
    initial), as :data:`_SPLIT_NAMES` splits on them in lower case only."""
    words = text.split()
    for k in range(_NAME_WORDS[0], len(words) - _NAME_WORDS[0]):
        if words[k].lower() in _JOINERS_LETTERS:
            words[k] = words[k].lower()
    return " ".join(words)


#: A news agency of several words (or Reuters) after a byline's names, without a comma
#: (``By Jane Doe and Omar Farouk The Associated Press``): no part of the last name.
_AGENCY_AFTER: Final = re.compile(
    rf"[\s,]+(?:{_alt(tuple(a for a in V.AGENCIES if ' ' in a or a == 'reuters'))})\s*$",
    re.IGNORECASE,
)


#: News agencies after a slash at a byline's end, the slash glued or spaced (``Jana
#: Berger/dpa``, ``Jane Doe / AP``, ``Ana Ruiz/EFE/AFP``): the wires the writer's copy came from.
_AGENCY_SLASHED: Final = re.compile(
    rf"\s*/\s*(?:{_alt(tuple(V.AGENCIES))})(?:\s*/\s*(?:{_alt(tuple(V.AGENCIES))}))*\.?\s*$",
    re.IGNORECASE,
)

#: One word after a slash at a byline's end (``Jana Berger/Hamburg``): beside a name of several
#: words, a place or an outlet, as after a comma (:data:`_ONE_WORD_TAIL`).
_ONE_WORD_SLASHED: Final = re.compile(r"\s*/\s*[^\W\d_][\w.'’-]*\s*$")


def byline(line: str) -> tuple[str, ...] | None:
    """The names of a line that is wholly a labelled byline (``By Jane Doe and Omar Farouk``),
    each name of one to five words, but the desks (``Por Redacción``: a byline naming no writer,
    ``()``); else ``None``.

    >>> byline("By Jane Doe and Omar Farouk"), byline("By the river"), byline("Por Redacción")
    (('Jane Doe', 'Omar Farouk'), None, ())
    """
    m = BYLINE.fullmatch(line)
    if m is None or len(line) > _LINE_MOST:
        return None
    rest = _AFFILIATION.sub("", m["rest"])  # ("By Jeanne Morel avec AFP", "… for The Daily")
    tail = _ONE_WORD_TAIL.search(rest)
    if (
        tail is not None
        and " " in rest[: tail.start()].strip()
        and _CJK_CHAR.search(tail[0]) is None
    ):
        rest = rest[
            : tail.start()
        ]  # a place or an outlet after the name: "Von Jana Berger, Hamburg"
    found = tuple(n for n in (" ".join(p.split()) for p in _SPLIT_NAMES.split(rest)) if n)
    if not found or not all(_looks_like_name(n) for n in found):
        return None
    return tuple(n for n in found if not desk(n))  # ("Por Redacción": a byline naming no writer)


#: An affiliation, a place or a helper after a byline's names, to the line's end.
_AFFILIATION: Final = re.compile(rf"\s(?:{_alt(A.AFFILIATION_WORDS, ignore_case=False)})\s.*$")
#: One word after a comma at a byline's end: beside a name of several words, a place, an outlet
#: or an agency (``By Jane Doe, Hamburg``), not a second writer (``By Madonna, Cher`` keeps it).
_ONE_WORD_TAIL: Final = re.compile(r",\s*[^\W\d_][\w.'’-]*\s*$")
#: A byline line is short; a longer line is running text.
_LINE_MOST: Final = 120
_NAME_WORD: Final = re.compile(r"[^\W\d_][\w.'’-]*")


#: A name has this many words at most.
_MOST_NAME_WORDS: Final = 5


def _looks_like_name(text: str) -> bool:
    """One to five words, the first capitalised, no digits (``Jane Doe``, ``j. von Hettlingen``)."""
    words = text.split()
    if (
        not 1 <= len(words) <= _MOST_NAME_WORDS
        or not words[0][:1].isupper()
        or any(map(str.isdigit, text))
    ):
        return False
    return all(_NAME_WORD.fullmatch(w) for w in words)


def undouble(name: str) -> str:
    """``name`` once where a page writes it twice over (a link's text and its title run
    together: ``Jane Doe Jane Doe``, ``Jane DoeJane Doe``).

    >>> undouble("Jane Doe Jane Doe"), undouble("Jane DoeJane Doe"), undouble("Jane Doe")
    ('Jane Doe', 'Jane Doe', 'Jane Doe')
    """
    half, rest = divmod(len(name), 2)
    if rest and name[half] == " " and name[:half] == name[half + 1 :]:
        return name[:half]
    if not rest and name[:half] == name[half:] and " " in name[:half]:
        return name[:half]
    return name


def title_case(name: str) -> str:
    """``name`` in title case when it is written wholly in capitals, its particles in lower case;
    a surname set in capitals after a given name in mixed case given title case too (``Marie
    DUPONT``), but not initials (``AJ Hinch``) nor an outlet's acronym that opens (``CNN Wire``);
    else as written.

    >>> title_case("ANNA VON BERG"), title_case("Jane McBride"), title_case("O'NEIL")
    ('Anna von Berg', 'Jane McBride', "O'Neil")
    >>> title_case("Marie DUPONT"), title_case("AJ Hinch"), title_case("CNN Wire")
    ('Marie Dupont', 'AJ Hinch', 'CNN Wire')
    >>> title_case("Martin Luther King III"), title_case("JANE DOE III")
    ('Martin Luther King III', 'Jane Doe III')
    """
    if cjk_name(name):
        return name
    if not name.isupper():
        words = name.split()
        if words[0].isupper() or not any(_capital_part(w) for w in words[1:]):
            return name  # (an outlet's acronym opens: "CNN Wire")
        return " ".join([words[0], *(w.title() if _capital_part(w) else w for w in words[1:])])
    words = name.title().split()
    return " ".join(
        w.upper()
        if k and w.lower() in _GENERATIONS
        else w.lower()
        if k and w.lower() in _PARTICLES
        else w
        for k, w in enumerate(words)
    )


def _capital_part(word: str) -> bool:
    """A surname set in capitals after a given name (``DUPONT``), not initials (``AJ``) nor a
    generation's numeral (``III``)."""
    return len(word) >= _CAPITAL_PART and word.isupper() and word.lower() not in _GENERATIONS


_GENERATIONS: Final = frozenset(A.GENERATIONS)


#: A part of a name in capitals of this many letters or more is a surname set in capitals
#: (``DUPONT``); a shorter one is initials (``AJ``, ``TJ``).
_CAPITAL_PART: Final = 3


def _sentence_dot(name: str) -> bool:
    """A word ending in a full stop that is no initial (``Slate. Photo``; not ``J.K.``)."""
    return any(
        w.endswith(".")
        and len(w) > 3
        and w not in ("Jr.", "Sr.")
        and w.casefold() not in _HONORIFICS
        and not _INITIALS.fullmatch(w)
        for w in name.split()
    )


_HONORIFICS: Final = frozenset(A.HONORIFICS)


_INITIALS: Final = re.compile(r"(?:[A-Z]\.-?){1,3}")
#: A name in Chinese, Japanese or Korean characters: two to four of them, no space (``谢若含``).
_CJK_CHAR: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_CJK_NAME: Final = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,4}")


def cjk_signed(text: str) -> tuple[str, ...] | None:
    """The names of a line that is one name or several in Chinese, Japanese or Korean
    characters and a reporter's role after them (``김철수 기자``, ``山田太郎 記者``, ``王小明 报道``,
    ``김철수·이영희 기자``, ``王小明、李华 报道``; an address may follow: ``김철수 기자
    kim@example.com``), else ``None``.

    >>> cjk_signed("김철수 기자"), cjk_signed("김철수·이영희 기자"), cjk_signed("記者会見")
    (('김철수',), ('김철수', '이영희'), None)
    """
    if text.isascii():
        return None  # (no Chinese, Japanese or Korean character: most lines)
    m = _CJK_SIGNED.fullmatch(text.strip())
    if m is None:
        return None
    found = tuple(_CJK_NAMES_APART.split(m.group(1)))
    return found if all(cjk_name(name) for name in found) else None


#: What sets names in Chinese, Japanese or Korean characters apart on a byline (``·``, ``、``).
_CJK_NAMES_APART: Final = re.compile(r"\s?[·・、，,]\s?")
_CJK_SIGNED: Final = re.compile(
    rf"((?:[{_CJK_LETTERS}]{{2,4}}?\s?[·・、，,]\s?){{0,3}}[{_CJK_LETTERS}]{{2,4}}?)\s?"
    rf"(?:{_alt(A.CJK_ROLES_AFTER)})\s*[=＝]?(?:\s+[\w.+-]+@[\w-]+\.[\w.-]+)?"
)


def _caseless_name(text: str) -> bool:
    """Whether ``text`` can be a name in Arabic or Hebrew letters: two to four words of them."""
    return _CASELESS_NAME.fullmatch(text) is not None


_CASELESS_NAME: Final = re.compile(
    rf"[{_CASELESS_LETTERS}]{{2,}}(?: [{_CASELESS_LETTERS}]{{2,}}){{1,3}}"
)


def cjk_name(text: str) -> bool:
    """Whether ``text`` can be a name in Chinese, Japanese or Korean characters: two to four of
    them, no label or heading word of :data:`~newsparse.vocab.authors.CJK_NOT_NAMES`. Words
    of that shape are common, so a caller asks only beside a byline label or a date.

    A word that holds a reporter's role is none either (``記者会見``, a press conference).

    >>> cjk_name("谢若含"), cjk_name("関連記事"), cjk_name("記者会見"), cjk_name("Jane")
    (True, False, False, False)
    """
    return (
        _CJK_NAME.fullmatch(text) is not None
        and text not in _CJK_NOT_NAMES
        and _CJK_ROLE_INSIDE.search(text) is None
    )


_CJK_NOT_NAMES: Final = frozenset(A.CJK_NOT_NAMES)
#: A reporter's role inside a word of a name's length (``記者会見``): no name holds one.
_CJK_ROLE_INSIDE: Final = re.compile(_alt(A.CJK_REPORTER_LABELS + A.CJK_ROLES_AFTER))


_AGENCIES: Final = frozenset(V.AGENCIES)
_OFFICES: Final = frozenset(A.OFFICE_WORDS)
_NOT_NAME: Final = (
    frozenset(V.NOT_NAME_WORDS) | frozenset(A.NOT_NAME_WORDS) | frozenset(V.SHARE_WORDS) | _OFFICES
)


def _aside(name: str) -> bool:
    """Whether a byline's name is what a sentence says rather than who wrote it: a possessive
    (``Amazon's Alexa``) or an office (``President-elect Jane Doe``)."""
    return any(w.endswith(("'s", "’s")) or w.casefold() in _OFFICES for w in name.split())


_PLACES: Final = frozenset(V.PLACE_NAMES)
#: Bounds of a person's name standing alone: characters, and words.
_NAME_CHARS: Final = (4, 40)
_NAME_WORDS: Final = (2, 4)
#: An acronym of this many capitals among capitalised words is a brand, not a name part.
_ACRONYM: Final = 4


def person(core: str) -> str | None:
    """``core`` when it reads as a person's name standing alone (``Jane Doe``, ``JANIE HAR``,
    ``Anna von Berg``), in the case policy of :func:`title_case`: two to four words, each
    capitalised or a name particle, no menu, organisation or office word, no acronym, no
    possessive. (A name in Chinese, Japanese or Korean characters has no such shape: see
    :func:`cjk_name`, which needs a label or a date beside it.)

    >>> person("Jane Doe"), person("JANIE HAR"), person("Older Article"), person("Sony's Play")
    ('Jane Doe', 'Janie Har', None, None)
    >>> person("Jane DoeView More"), person("Instead of CloudFlare use this")
    ('Jane Doe', None)
    """
    core = undouble(" ".join(core.split()))  # (no-break spaces: "Jane Doe\xa0 \xa0")
    seam = SEAM_CAPITAL.search(core)
    if seam is not None:
        if _sentence_after(core[seam.start() :]):
            return None  # a brand in a sentence: "Instead of CloudFlare you may use …"
        parts = _unglue(core)  # ("Jane DoeContributor"; "Jane DoeOmar Farouk" is two persons)
        if len(parts) != 1:
            return None
        core = parts[0]
    return _shape(core)


def _sentence_after(tail: str) -> bool:
    """Whether what follows a seam goes on as a sentence: a word in lower case that is no
    name particle (a link or a role glued after a name is in title case: ``View More``)."""
    return any(w[:1].islower() and w not in _PARTICLES for w in tail.split())


def _shape(core: str) -> str | None:
    """``core`` when it has the shape of a person's name (see :func:`person`), seams and all."""
    core = undouble(core)
    if not _NAME_CHARS[0] <= len(core) <= _NAME_CHARS[1]:
        return None
    if core.isupper() and len(core.split()) > _NAME_WORDS[1]:
        return None
    glued = _GLUED_LABEL.match(core)
    name = core[glued.end() :] if glued is not None else core  # ("ByJane Doe")
    name = title_case(name) if name.isupper() else name  # (a brand in capitals stays: "Jane NASA")
    words = name.split()
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]:
        return None
    if _CJK_CHAR.search(name) is not None:
        return None  # (a brand run into Japanese text: "Brandname Japanで")
    if not _looks_like_name(name) or _sentence_dot(name) or name.casefold() in _PLACES:
        return None  # (a dateline: "Hong Kong" / "March 2, 2021")
    if words[0].lower() in LABEL_WORDS:
        return None  # a byline's label and a handle: "By Admin", "Von Redaktion"
    return name if all(_name_word(w) for w in words) else None


#: A byline label glued to the name after it (``ByJane Doe``).
_GLUED_LABEL: Final = re.compile(
    rf"(?:{_alt(A.BYLINE_LABELS_GLUED, ignore_case=False)})(?=[A-Z][a-z])"
)


def _name_word(word: str) -> bool:
    if _INITIALS.fullmatch(word):
        return True  # "Dana A. Ford", "James S.A. Corey"
    low = word.lower().strip(".")
    if low in _NOT_NAME or low.endswith(("'s", "’s")):
        return False
    if not word[:1].isupper() and not _particle(word):
        return False
    return not (len(word) >= _ACRONYM and word.isupper())  # a brand or a league: no person


def agency(core: str) -> str | None:
    """``core`` when it names a news agency (``Reuters``, ``AFP``), else ``None``."""
    return core if core.lower().strip(" .") in _AGENCIES else None


def desk(name: str) -> bool:
    """Whether ``name`` names a desk or a bare role, not a writer: its head noun, last in
    English (``Valley Times Staff``, ``Staff Writer``, ``Online-Redaktion``) or first in the
    Romance languages and German (``La Rédaction``, ``Redaktion Wien``), is a desk noun. An
    agency is no desk (``Reuters``).

    >>> desk("TMZ Staff"), desk("National Desk"), desk("La Rédaction"), desk("Jane Doe")
    (True, True, True, False)
    >>> desk("Sponsored Content"), desk("Press Release"), desk("Team Valley")
    (True, True, True)
    """
    if agency(name) is not None:
        return False
    words = [w for w in _DESK_SPLIT.split(name.casefold()) if w]
    if words and words[0] in _ARTICLES:
        words = words[1:]
    return bool(words) and (words[-1] in _DESK_NOUNS or words[0] in _DESK_NOUNS_FIRST)


def desk_noun(word: str) -> bool:
    """Whether ``word`` is a desk noun that heads a desk's name from the end (``Staff``)."""
    return word.casefold() in _DESK_NOUNS


_DESK_SPLIT: Final = re.compile(r"[\s\-‐–’']+")
_DESK_NOUNS: Final = frozenset(V.DESK_NOUNS) | frozenset(A.MORE_DESK_NOUNS)
_DESK_NOUNS_FIRST: Final = frozenset(V.DESK_NOUNS_FIRST) | frozenset(A.MORE_DESK_NOUNS_FIRST)
_ARTICLES: Final = frozenset("the die der das la le l les el los las lo il de het o a".split())
