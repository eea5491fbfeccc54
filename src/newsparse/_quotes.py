"""Direct quotations in body paragraphs, with their speaker and attribution cue.

Three passes, each linear in the size of the text:

1. **pairing** - the quote marks of a paragraph are found with one regex and paired by a small
   state machine (``“…”``, ``"…"``, ``‘…’``, ``'…'``, ``„…“``, ``«…»``, ``»…«``); apostrophes
   inside words are never marks, and a ``’`` that may be an apostrophe (``Pakistanis’``) only
   closes a single quote when no better (punctuated) closing mark follows. A quotation that runs
   over several paragraphs (opening mark repeated at the start of each one) becomes one piece
   per paragraph, all of one *group*;
2. **filtering** - titles, names and scare quotes are dropped: a quoted phrase right after
   ``so-called``/``titled``/``the film`` ..., a phrase in title case, or a short phrase that
   nobody is said to have said;
3. **attribution** - the speaker and cue come from the words around the quotation
   (``“…,” X said``, ``said X``, ``X said: “…”``, ``according to X``, ``X was quoted as
   saying``, a partial quote inside ``X described it as “…”``), then from the sentences before
   it in the paragraph, the paragraph before it (``X said:``) or an earlier quotation in the
   same paragraph. Pronouns and bare surnames are resolved to the fullest name the article gave.
   When in doubt the speaker is ``None``: a wrong speaker is worse than none.

The words consulted live in :mod:`newsparse.vocab.quotes`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate, islice
from operator import add
from typing import Any, Final, NamedTuple

from newsparse._models import Quote
from newsparse._models import trusted_quote as _quote
from newsparse.vocab import page as _page
from newsparse.vocab import quotes as _v

__all__ = ["find_quotes"]

# --- patterns, built once from the vocabulary ---------------------------------------------------

_QUOTE_PAIRS = _v.QUOTE_PAIRS
_OPENERS = frozenset(_v.QUOTE_PAIRS)
_SINGLE = frozenset("'\u2018\u201a")  # openers whose closing mark may be an apostrophe
_SPACED = frozenset("\u00ab\u00bb\u2039\u203a")  # guillemets: French puts a space inside
_ALL_MARKS = "".join(sorted(set(_v.QUOTE_PAIRS) | set("".join(_v.QUOTE_PAIRS.values()))))
_APOSTROPHES = "'\u2019\u2018"
_ASCII_MARKS = "".join(ch for ch in _ALL_MARKS if ch.isascii())  # all a plain ASCII text can hold
_OPEN_AFTER = frozenset(" \t\n\r\u00a0([{/\u2014\u2013-:" + _ALL_MARKS)
_CLOSE_PUNCT = frozenset(".,!?;:\u2026\u2014\u2013-")  # before a closing mark: surely a quote end
_END_PUNCT = frozenset(".,!?;:\u2026")
_MAX_RESCANS = 3  # per paragraph: re-pairings after an opening mark that never closed


def _alternation(words: Sequence[str]) -> str:
    """A regex matching any of ``words``, written as a trie so that it fails fast.

    A space in a word matches any run of white space; a longer word is preferred to its prefix.

    >>> _alternation(["say", "said", "says"])
    '(?:s(?:a(?:i(?:d)|y(?:s)?)))'
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, dict[str, Any]]) -> str:
        alts = [
            (r"\s+" if ch == " " else re.escape(ch)) + render(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return render(root)


_STOP_PUNCT = r"[^,.;:!?\u201c\u201d\u201e\"\u00ab\u00bb]"
_PRONOUN_ALT = _alternation(sorted(_v.PRONOUNS))
_ANCHORS = sorted(
    _v.SPEECH_VERBS
    | set(_v.SOURCE_PREPOSITIONS)
    | set(_v.FR_PARTICIPLES)
    | set(_v.FR_PRESENT)
    | {_v.QUOTED_AS[0]}
)
# One trie of every word a cue is anchored on; what kind of cue it is, is decided in Python.
_CUE_WORD = (
    rf"(?P<w>{_alternation(_ANCHORS)})"
    rf"(?:-(?:t-)?(?P<inv>{_PRONOUN_ALT})(?![\w’'-])|(?![\w’'-]))"
)
# Searching from the space before a word lets the regex engine skip ahead fast; a cue at the
# very start of the searched range is tried with the second pattern.
_CUE_RE = re.compile(rf"[ \u00a0]{_CUE_WORD}")
_CUE_AT_RE = re.compile(rf"(?<![\w’'-]){_CUE_WORD}")
_AFTER_ONLY_RE = re.compile(rf"(?P<w>{_alternation(sorted(_v.AFTER_ONLY_PREPOSITIONS))})(?!\w)")
# Possessive runs of white space (``\s++``): a long run of spaces is never re-split between
# the parts around it, which would make the match time grow with the cube of its length.
_SAYING = rf"\s++{_alternation([_v.QUOTED_AS[1]])}"
_PASSIVE_TAIL_RE = re.compile(rf"(?:\s++by\s++{_STOP_PUNCT}{{1,60}}?)?{_SAYING}")
_ACTIVE_TAIL_RE = re.compile(rf"\s++(?P<obj>{_STOP_PUNCT}{{1,80}}?){_SAYING}")
_AUX_BEFORE_RE = re.compile(
    rf"(?<![\w’'-])(?P<aux>{_alternation(sorted(_v.PASSIVE_AUXILIARIES))})\s+$"
)
_FR_AUX_BEFORE_RE = re.compile(rf"(?<![\w’'-]){_v.FR_AUXILIARY}(?:-t-(?P<inv>{_PRONOUN_ALT}))?\s+$")
_VERBS = _v.SPEECH_VERBS
_FR_PARTICIPLES = _v.FR_PARTICIPLES
_FR_PRESENT = _v.FR_PRESENT
_PREPS = _v.SOURCE_PREPOSITIONS
# Speech verbs that no earlier rule of _classify reads otherwise -> the cue reported
_PLAIN_VERBS = {
    verb: " ".join(verb.split())
    for verb in _VERBS
    if verb not in _PREPS and verb not in _FR_PARTICIPLES and verb != _v.QUOTED_AS[0]
}
_AFTER_LEAD_RE = re.compile(
    r"[ \t\u00a0]*([,.;:!?]?)[ \t\u00a0]*(?:([\u2014\u2013-])[ \t\u00a0]*)?"
)
_UPPER = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper())
_CHAIN_RE = re.compile(
    rf"[{_UPPER}][\w’'.\-]*(?:[ \u00a0]+(?:(?:{_alternation(sorted(_v.NAME_PARTICLES))})"
    rf"[ \u00a0]+)?[{_UPPER}][\w’'.\-]*)*"
)
_SIMPLE_SUBJECT_RE = re.compile(
    rf"[ \u00a0]*(?:(?P<det>the|The)[ \u00a0]+)?"
    rf"(?P<name>[{_UPPER}][^\W\d_]+(?:-[{_UPPER}][^\W\d_]+)?"
    rf"(?:[ \u00a0]+[{_UPPER}][^\W\d_]+(?:-[{_UPPER}][^\W\d_]+)?){{0,3}})"
    rf"(?P<abbr>[ \u00a0]+\([A-Z][A-Z0-9&]{{0,15}}\))?[ \u00a0]*"
)
_ABBREV_RE = re.compile(r"\([A-Z\u00c0-\u00de0-9][\w.&\-]{0,15}\)")
_POSSESSIVE = ("’s", "'s", "’", "s'")
_TOKEN_STRIP = ',.;:!?\u201c\u201d\u201e"\u00ab\u00bb()[]'
_TITLE_SUFFIXES = tuple(_v.TITLE_SUFFIXES)
_ROLE_LOWER = frozenset(w.lower() for w in _v.ROLE_NOUNS)
_PRONOUN_KEYS = frozenset(_v.PRONOUNS)
_STOP_RE = re.compile(r"[.?!\u2026](?= )")
_REPORTING_RE = re.compile(
    rf"(?<![\w’'-]){_alternation(sorted(_v.SPEECH_VERBS | _v.REPORTING_WORDS))}(?![\w’'-])"
)
_MAX_LEADS = 3  # lead-in clauses before a subject (``At a rally in Salem, Oregon, on Sunday,``)
_MAX_LEAD_IN = 60  # characters of a lead-in clause before the subject (``Shortly after the vote``)
_MAX_APPOSITIVE = 120  # characters of an appositive after the subject (``co-founder of … and …``)
_MAX_LEAD_NAME_WORDS = 7  # ``Harbour Board Press Secretary Ann W. Lind``: offices before the name


# A sentence opening on a name, maybe after lead-ins (``In Salem, Oregon,``), then a verb
def _lead_subject_re(leads: int) -> re.Pattern[str]:
    return re.compile(
        rf"(?P<lead>(?:[^,.;:!?\u201c\u201d\"]{{1,{_MAX_LEAD_IN}}},[ \u00a0]+){{0,{leads}}})"
        rf"(?:(?P<det>the|The)[ \u00a0]+)?"
        rf"(?P<name>(?:(?:{_alternation(sorted(_v.TITLE_PREFIXES))})[ \u00a0]+)?"
        rf"[{_UPPER}][\w’'\-]+(?:[ \u00a0]+[{_UPPER}][\w’'.\-]*){{0,{_MAX_LEAD_NAME_WORDS - 1}}})"
        # a party tag or a place after the name: ``Ann Lind (D)``, ``Sen. Ann Lind of Ohio``
        rf"(?:[ \u00a0]+\((?:[{_v.PARTY_LETTERS}](?:-[{_UPPER}][\w.]*)?|[{_UPPER}][\w.]+)\))?"
        rf"(?:[ \u00a0]+{_v.PLACE_OF}[ \u00a0]+[{_UPPER}][\w’'.\-]*(?:[ \u00a0]+[{_UPPER}][\w’'.\-]*)?)?"
        # an appositive, opening on a lower-case word (no conjunction), an article, an owner or
        # a party tag: ``Ann Lind, a lawyer,``, ``Ann Lind, Ohio’s governor,``, ``Ann Lind, R-Ohio,``
        rf"(?:,[ \u00a0]+(?!{_alternation(sorted(_v.CONJUNCTIONS - {''}))}[ \u00a0,])"
        rf"(?:[a-z\d]|An?[ \u00a0]|The[ \u00a0]|(?:[{_UPPER}][\w.\-]*[ \u00a0]){{0,2}}[{_UPPER}][\w.\-]*[’']s[ \u00a0]"
        rf"|[{_v.PARTY_LETTERS}]-[{_UPPER}])[^,;:\u201c\u201d\"]{{0,{_MAX_APPOSITIVE}}},)?"
        # the verb, maybe after an adverb, maybe negated: ``Lind didn’t``
        rf"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?P<verb>[a-z]{{2,}})(?:n[’']t)?(?![\w’'-])"
    )


# up to two lead-ins (``Shortly after the vote, in Salem,``); none when the lead-in would be the
# subject itself before its appositive (``Ann Roe, Ohio’s governor, said``)
_LEAD_SUBJECT_RE = _lead_subject_re(_MAX_LEADS)
_BARE_SUBJECT_RE = _lead_subject_re(0)
# a participle after a comma, maybe after an adverb: ``…, saying``, ``…, angrily calling``
_REPORTING_PARTICIPLE_RE = re.compile(
    rf",[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?P<w>[a-z]+{_v.PARTICIPLE_ENDING})(?![\w’'-])"
)
# ``…, with Sen. Ann Roe telling reporters …``: the subject of an absolute clause, then a participle
_WITH_CLAUSE_RE = re.compile(
    rf"(?<![\w’'-]){_alternation(sorted(_v.WITH_CLAUSE_WORDS))}[ \u00a0]+"
    rf"(?P<name>(?:(?:{_alternation(sorted(_v.TITLE_PREFIXES))})[ \u00a0]+)?"
    rf"[{_UPPER}][\w’'\-]+(?:[ \u00a0]+[{_UPPER}][\w’'.\-]*){{0,{_MAX_LEAD_NAME_WORDS - 1}}})"
    rf"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?[a-z]{{2,}}{_v.PARTICIPLE_ENDING}(?![\w’'-])"
)
# a comma ending a clause, maybe inside the closing mark of a quotation it ends (``Holding signs
# reading “Go Home,” the crowd …``)
_CLAUSE_COMMA_RE = re.compile(
    f",(?:''|[{re.escape(''.join(sorted(set(''.join(_v.QUOTE_PAIRS.values())))))}])?[ \u00a0]"
)
# a comma and a clause opener: a later clause of the sentence starts after it
_LATER_CLAUSE_RE = re.compile(rf",[ \u00a0]+{_alternation(sorted(_v.CLAUSE_OPENERS))}[ \u00a0]+")
# an office set off by commas before the name opening a sentence, then a verb: ``Ohio’s attorney
# general, Ann Bondi, vowed``
_OFFICE_NAME_RE = re.compile(
    rf"(?P<office>[^,.;:!?\u201c\u201d\"]{{1,{_MAX_LEAD_IN}}}),[ \u00a0]+"
    rf"(?P<name>(?:(?:{_alternation(sorted(_v.TITLE_PREFIXES))})[ \u00a0]+)?"
    rf"[{_UPPER}][\w’'\-]+(?:[ \u00a0]+[{_UPPER}][\w’'.\-]*){{0,3}}),"
    rf"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?P<verb>[a-z]{{2,}})(?![\w’'-])"
)
# A sentence opening on a participle, maybe after a preposition: ``Speaking``, ``In explaining``
_PARTICIPLE_LEAD_RE = re.compile(
    rf"(?:[{_UPPER}][a-z]+[ \u00a0]+)?[A-Za-z][a-z]+{_v.PARTICIPLE_ENDING}[ \u00a0]+[a-z]"
)
# A sentence opening on ``he``/``she`` (maybe after short lead-ins: ``Instead, he``), then a verb
_PRONOUN_SUBJECT_RE = re.compile(
    rf"(?:[^,.;:!?\u201c\u201d\"]{{1,40}},[ \u00a0]+){{0,2}}"
    rf"(?P<pron>{_alternation(sorted(p for p, g in _v.PRONOUNS.items() if g in ('m', 'f')))})"
    rf"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?P<verb>[a-z]{{2,}})(?![\w’'-])",
    re.IGNORECASE,
)
_SIGNATURE_RE = re.compile(
    rf"[ \t\u00a0]*[\u2015\u2014\u2013-][ \t\u00a0]*"
    rf"(?P<name>[{_UPPER}][\w’'.\-]*(?:[ \u00a0]+[{_UPPER}][\w’'.\-]*){{0,3}})"
    # the name ends the paragraph, a line of it (a list with one reply a line) or meets the next
    # quotation
    rf"[ \t\u00a0]*(?=$|\r?\n|[{re.escape(''.join(_OPENERS))}(])"
)
_NOT_VERBS = _v.PREPOSITIONS | _v.CONJUNCTIONS | _v.DETERMINERS | _v.NAME_PARTICLES
# a speaker's name in capitals and a colon opening a quotation, as transcripts set it
_TRANSCRIPT_LABEL_RE = re.compile(r"(?P<label>[A-Z][A-Z’'\-]+(?: [A-Z][A-Z’'\-]+){0,2}):[ \u00a0]+")
# a clause opening on a subject, then a verb and a comma or colon ending the text before a
# quotation: ``…, when a young boy shouted, “``
_VERB_BEFORE_RE = re.compile(
    rf"(?:^|[,;][ \u00a0]+|(?<![\w’'-])(?:{_alternation(sorted(_v.CLAUSE_OPENERS))})[ \u00a0]+)"
    rf"(?P<subj>[^ ,;:\u201c\u201d\"][^,;:\u201c\u201d\"]{{0,80}}?)"
    rf"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?P<verb>[a-z]{{3,}})"
    rf"(?:[ \u00a0]+(?P<part>{_alternation(sorted(_v.VERB_PARTICLES))}))?[ \u00a0]*[,:][ \u00a0]*$"
)
_NAME_VERB_RE = re.compile(
    rf"(?:(?P<det>the|The)[ \u00a0]+)?"
    rf"(?P<name>(?:{_alternation(sorted(_v.COURTESY_TITLES))}[ \u00a0]+)?[{_UPPER}][\w’'\-]+(?:[ \u00a0]+[{_UPPER}][\w’'.\-]*){{0,3}})"
    rf"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?P<verb>[a-z]+(?:ed|es|s)"
    # or any verb before a particle: ``Roe shot back``
    rf"|[a-z]{{3,}}[ \u00a0]+{_alternation(sorted(_v.VERB_PARTICLES))})(?=[ ,.;:!?\u00a0]|$)"
)
_INNER_CLOSERS = "\u2019'\u201d\""  # marks that may close a quotation inside the quotation
_MAX_WORDS_AFTER_CLOSING_CUE = 4  # ``…, Warren said on Tuesday.``: the cue ends the sentence
_MAX_CLAUSE_SUBJECT_WORDS = 8  # ``…, the Ohio senator said``: longer is another clause
_PARTY_TAG_RE = re.compile(rf"\(?[{_v.PARTY_LETTERS}]-[A-Z][\w.\-]*\)?[,.]?")
_OWNER_ENDINGS = ("’s", "'s")
# the nouns of works and of their makers, before ``of`` and a title (``season four of “…”``)
_WORK_NOUNS = _v.TITLE_MARKER_NOUNS | _v.WORK_MAKERS
_AGE = tuple(_v.AGE_ENDINGS)  # ``81-year-old``: an age written before a name
_LONGEST_OWNER = 24  # characters read before a quotation for an owner (``Fox News channel’s``)
_MAX_TITLE_WORDS = 6  # ``“Lifestyles of the Rich and Famous,”``: a longer phrase is speech
_MAX_BARE_ROLE_WORDS = 3  # ``senior administration officials``, with no article
_MAX_ROLE_WORDS = 6  # ``the presumptive Republican presidential nominee``: longer is a clause
_MAX_ROLE_COMPLEMENT_WORDS = 9  # ``a spokesman for the Ohio harbour board``: longer is a clause
_ROLE_WORD_RE = re.compile(r"[^\W_][\w’'-]*")
_ROLE_BREAKERS = _v.ROLE_BREAKERS
_WINDOW = 300  # characters of context looked at around a quotation
_MIN_VERB_LETTERS = 4  # ``adds``, ``vowed``: shorter words ending in -s are ``is``, ``us``
_MAX_LABEL_WORDS = 6  # ``Rep. Ivo W. Marsh Jr.:``: a longer capitalised run is a headline
_LABEL_DASHES = (" - ", " \u2013 ", " \u2014 ", " \u2015 ")
_AGENT_WORDS = _v.AGENT_WORDS
_VERB_PARTICLES = _v.VERB_PARTICLES
_SENTENCE_ENDS = (". ", "? ", "! ", "\u2026 ")
# A sentence ends at a stop before a space (``. ``), or at an opening mark: one character set
# (so the search is fast) and a stop that no space follows within the searched range is none.
_END_CHARS = "".join(stop[0] for stop in _SENTENCE_ENDS)
# a stop, the closing mark of the quotation it ends, a space and no lower-case word (which would
# go on the sentence: ``“Go.” said Roe``): a sentence starts after it (``“Done.” A clerk``)
_QUOTED_STOP_RE = re.compile(
    f"[{re.escape(_END_CHARS)}](?:''|"
    f"[{re.escape(''.join(sorted(set(''.join(_v.QUOTE_PAIRS.values())) - set(_APOSTROPHES))))}]"
    ")[ \u00a0]++(?![a-z])"
)
_SENTENCE_STOP_RE = re.compile(
    f'[{re.escape(_END_CHARS)}\u201c\u201e\u00ab"](?<![{re.escape(_END_CHARS)}](?! ))'
)
# A stop before a line break inside a paragraph (text from another extractor keeps its lines)
# ends the sentence as a stop before a space does: the rules read the break as that space.
_STOP_AT_LINE_END_RE = re.compile(f"(?<=[{re.escape(_END_CHARS)}])[\r\n]")
_ABBREVIATIONS = _v.ABBREVIATIONS
_WORD_OPENERS = frozenset("([{\u2014\u2013/" + _ALL_MARKS)  # a word starts after these too
_INITIALS_RE = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")  # ``E``, ``U.S`` (its last period cut)
_LONGEST_STOP_WORD = 12  # characters read after an initial to see whether a sentence opens
_TITLE_MARKERS = frozenset(_v.TITLE_MARKERS)
_TITLE_WORDS = _TITLE_MARKERS | _v.TITLE_MARKER_NOUNS
_SMALL_TITLE_WORDS = _v.SMALL_TITLE_WORDS
_MAX_CUES = 3  # cues tried, nearest first, in the sentence before a quotation
_MAX_CLAUSES_BEFORE = 4  # clauses tried for the subject of a verb right before a quotation
_PRONOUN_REACH = 3  # paragraphs looked back through for the person a pronoun stands for
_MAX_FULL_NAME_WORDS = 5  # ``Ana María de la Cruz``; a longer run of capitals is a headline
_MAX_PLACE_WORDS = 3  # ``New South Wales``: a longer capitalised piece is a name, not a place
_MAX_SURNAME_SEARCHES = 24  # per article: bounds the work spent resolving bare surnames


# ``_tuple_new(_Who, (name, kind, gender))`` is ``_Who(name, kind, gender)`` without the
# ``__new__`` that NamedTuple writes in Python: half the cost, used where records are made by
# the thousand (tests/test_quotes_speed.py checks those records have all their fields).
_tuple_new = tuple.__new__


class _Piece(NamedTuple):
    paragraph: int
    start: int  # first character of the quoted words
    end: int  # one past the last character
    open_pos: int  # index of the opening mark
    close_pos: int  # index of the closing mark, -1 when the quotation runs into the next paragraph
    continued: bool  # this piece continues a quotation of the paragraph before


class _Who(NamedTuple):
    name: str
    kind: str  # "person", "org", "role" or "pron"
    gender: str  # "m", "f", "pl", "org" or ""


class _Attribution(NamedTuple):
    who: _Who | None
    cue: str | None
    tight: bool  # the cue sits right next to the quotation (not merely in its sentence)
    after: bool = False  # the attribution follows the closing mark


class _Mention(NamedTuple):
    pos: int  # offset of the name in its paragraph
    name: str  # the fullest form of the name
    gender: str  # from a title (``Ms``), else ""
    lead: bool  # the name opens its sentence (the likely subject)
    sentence: int  # where that sentence starts


class _Context:
    """What the article has told so far: speakers in order, genders, surname look-ups."""

    __slots__ = (
        "ends",
        "genders",
        "joined",
        "mentions",
        "paragraphs",
        "quoted",
        "said",
        "searches",
        "speakers",
        "surnames",
    )

    def __init__(self, paragraphs: Sequence[str], joined: str, ends: list[int]) -> None:
        self.paragraphs = paragraphs
        self.joined = joined  # the paragraphs joined by ``\n``
        self.ends = ends  # where each paragraph ends in ``joined`` (at its newline)
        self.speakers: list[str] = []  # full person names, most recent last
        self.genders: dict[str, str] = {}
        self.surnames: dict[str, str | None] = {}
        self.searches = 0
        # paragraph -> (offset, full name) of the persons quoted in it, in order
        self.said: dict[int, list[tuple[int, str]]] = {}
        # paragraph -> (persons named in it, offset read up to, end of the last name); read
        # only when a pronoun needs them
        self.mentions: dict[int, tuple[list[_Mention], int, int]] = {}
        # paragraph -> (opening mark, closing mark) of each quoted span in it
        self.quoted: dict[int, list[tuple[int, int]]] = {}


# --- pass 1: pairing marks ----------------------------------------------------------------------


def _strip_span(para: str, start: int, end: int) -> tuple[int, int]:
    if start < end and (para[start].isspace() or para[end - 1].isspace()):
        span = para[start:end]
        core = span.strip()
        if not core:
            return start, start
        start += span.find(core)
        end = start + len(core)
    return start, end


def _first_mark(para: str) -> str:
    stripped = para.lstrip()
    return stripped[:1]


def _pair(
    para: str,
    index: int,
    next_para: str | None,
    continued: bool,
    marks: list[int],
    k: int,
    stop: int,
    base: int,
) -> list[_Piece]:
    """The quotation pieces of one paragraph, in order, from the positions of its quote marks:
    ``marks[k:stop]``, counted from ``base`` (where the paragraph starts in the joined text).

    The commonest paragraph, two marks that open and close one quotation, is read at once;
    :func:`_pair_marks` reads the others (tests/test_quotes_speed.py checks both agree).
    """
    if stop - k == 2:
        open_pos = marks[k] - base
        close_pos = marks[k + 1] - base
        ch = para[open_pos]
        closer = para[close_pos]
        if ch in _OPENERS and closer in _QUOTE_PAIRS[ch]:
            after = para[close_pos + 1] if close_pos + 1 < len(para) else " "
            if (
                _can_open(ch, para[open_pos - 1] if open_pos else " ", para[open_pos + 1])
                and not after.isalnum()  # it can close (as in _pair_marks)
                and (closer in _SPACED or not para[close_pos - 1].isspace())
            ):
                # closed at once, or (a single quote) for want of a better closing mark
                start, end = open_pos + 1, close_pos  # (_piece, written out)
                if start < end and (para[start].isspace() or para[end - 1].isspace()):
                    start, end = _strip_span(para, start, end)
                if end <= start:
                    return []
                return [_tuple_new(_Piece, (index, start, end, open_pos, close_pos, continued))]
    return _pair_marks(para, index, next_para, continued, marks, k, stop, base)


def _pair_marks(
    para: str,
    index: int,
    next_para: str | None,
    continued: bool,
    marks: list[int],
    k: int,
    stop: int,
    base: int,
) -> list[_Piece]:
    """:func:`_pair`, mark by mark: a small state machine."""
    pieces: list[_Piece] = []
    size = len(para)
    rescans = 0
    first_open = continued
    while k < stop:
        open_k = -1
        open_pos = -1
        opener = ""
        closers = ""
        fallback = -1
        while k < stop:
            pos = marks[k] - base
            ch = para[pos]
            prev = para[pos - 1] if pos else " "
            nxt = para[pos + 1] if pos + 1 < size else " "
            # a closing mark has no letter or digit after it, no space before it (but guillemets)
            if (
                open_k >= 0
                and ch in closers
                and not nxt.isalnum()
                and (ch in _SPACED or not prev.isspace())
            ):
                if opener in _SINGLE and prev not in _CLOSE_PUNCT:
                    if fallback < 0:
                        fallback = pos  # may be an apostrophe: look for a better one first
                    k += 1
                    continue
                pieces.append(_piece(para, index, open_pos, pos, first_open))
                first_open = False
                open_k = -1
                fallback = -1
                k += 1
                continue
            if ch in _OPENERS and _can_open(ch, prev, nxt):
                if open_k >= 0 and fallback >= 0:
                    pieces.append(_piece(para, index, open_pos, fallback, first_open))
                    first_open = False
                    open_k = -1
                    fallback = -1
                if open_k < 0 or ch == opener:
                    open_k, open_pos, opener, closers = k, pos, ch, _QUOTE_PAIRS[ch]
            k += 1
        if open_k < 0:
            break
        if fallback >= 0:
            pieces.append(_piece(para, index, open_pos, fallback, first_open))
            break
        if next_para is not None and _first_mark(next_para) == opener:
            start, end = _strip_span(para, open_pos + 1, size)
            if end > start:
                pieces.append(_Piece(index, start, end, open_pos, -1, first_open))
            break
        first_open = False
        rescans += 1
        if rescans > _MAX_RESCANS:
            break
        k = open_k + 1  # the opening mark never closed: it was not one; pair again
    return [p for p in pieces if p.end > p.start]


def _marks(joined: str) -> list[int]:
    """Positions of the quote marks in ``joined``, the paragraphs joined by ``\\n``, in order
    (apostrophes inside words left out).

    The newline is never a letter or digit, so a paragraph's edges read as they do alone. One
    ``str.find`` per mark character over the whole text is much faster than a regex over prose
    with few marks; plain integers keep the garbage collector out of the way on huge inputs.
    """
    found: list[int] = []
    last = len(joined) - 1
    find = joined.find
    for ch in _ASCII_MARKS if joined.isascii() else _ALL_MARKS:
        i = find(ch)
        if i < 0:
            continue
        if ch in _APOSTROPHES:
            while i >= 0:
                # an apostrophe between two letters or digits (``don’t``) is no mark
                if not (0 < i < last and joined[i - 1].isalnum() and joined[i + 1].isalnum()):
                    found.append(i)
                i = find(ch, i + 1)
        else:
            while i >= 0:
                found.append(i)
                i = find(ch, i + 1)
    found.sort()
    return found


def _pieces(paragraphs: Sequence[str], marks: list[int], ends: list[int]) -> list[_Piece]:
    """The quotation pieces of the article (pass 1), in order, from the positions of the quote
    ``marks`` in the joined paragraphs, which end at ``ends``."""
    pieces: list[_Piece] = []
    continued = False  # the last piece of paragraph ``index - 1`` runs on into the next one
    index = -1
    k = 0
    while k < len(marks):
        after = bisect_right(ends, marks[k])  # the paragraph holding the next mark
        continued = continued and after == index + 1
        index = after
        end = ends[index]
        stop = bisect_left(marks, end, k)
        para = paragraphs[index]
        nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        got = _pair(para, index, nxt, continued, marks, k, stop, end - len(para))
        continued = bool(got) and got[-1].close_pos < 0
        pieces.extend(got)
        k = stop
    return pieces


def _piece(para: str, index: int, open_pos: int, close_pos: int, continued: bool) -> _Piece:
    start, end = _strip_span(para, open_pos + 1, close_pos)
    return _tuple_new(_Piece, (index, start, end, open_pos, close_pos, continued))


def _can_open(ch: str, prev: str, nxt: str) -> bool:
    if ch in _SPACED:
        return not prev.isalnum() and (ch in "\u00ab\u2039" or not nxt.isspace())
    if nxt.isspace():
        return False
    if ch in "'\"\u201d":
        return prev in _OPEN_AFTER
    return not prev.isalnum()


# --- pass 2: quotations that are titles or scare quotes -----------------------------------------


def _title_marker(para: str, open_pos: int) -> bool:
    """Whether the words right before the opening mark make the quotation a name or title."""
    if not open_pos:
        return False
    words = para[max(0, open_pos - 40) : open_pos].split()
    if not words:
        return False
    last = words[-1]
    if last in _TITLE_WORDS or last.lower() in _TITLE_MARKERS:
        return True
    if len(words) > 1 and f"{words[-2]} {last}".lower() in _TITLE_MARKERS:
        return True
    return last == "as" and "known" in words[-6:-1]


def _owned_title(para: str, open_pos: int, text: str) -> bool:
    """Whether a short quotation in title case follows an owner (``CNN’s “State of the
    Union,”``, ``television’s “Scandal,”``): a programme's or a work's title, not speech.

    >>> p = "Speaking on WDOV’s “Morning Ferry,” Roe said it was late."
    >>> _owned_title(p, p.index("“"), "Morning Ferry,")
    True
    """
    if not text[:1].isupper() or text.count(" ") >= _MAX_TITLE_WORDS or not _title_case(text):
        return False  # (cheap first: most quotations are sentences, not titles)
    head = para[max(0, open_pos - _LONGEST_OWNER) : open_pos].rstrip()
    if head.endswith(_OWNER_ENDINGS) and head[-3:-2].isalnum():
        return True
    # a work's noun set off by a comma, or ``of``: ``his memoir, “A Time to Sail,”``, ``season
    # four of “Harbour Lights.”``, ``author of “Ferry Tales,”``
    words = head.split()[-3:]
    return bool(words) and (
        (words[-1].endswith(",") and words[-1][:-1] in _v.TITLE_MARKER_NOUNS)
        or (words[-1] == "of" and any(w in _WORK_NOUNS for w in words[:-1]))
    )


def _title_case(text: str) -> bool:
    if not text.lstrip()[:1].isupper():  # the first word's first letter: no split needed
        return False
    words = text.split()
    return all(
        not w[:1].isalpha() or w[:1].isupper() or w.lower() in _SMALL_TITLE_WORDS for w in words
    )


# --- names --------------------------------------------------------------------------------------

# The vocabulary read most often, bound here once (a module global is found faster than an
# attribute of another module), and the unions the rules test together.
_NAME_STOP_WORDS = _v.NAME_STOP_WORDS
_TITLE_PREFIXES = _v.TITLE_PREFIXES
_TITLES = frozenset(_v.TITLE_PREFIXES) | _v.ROLE_TITLES
_COURTESY = _v.COURTESY_TITLES
_NAME_PARTICLES = _v.NAME_PARTICLES
_CONNECTORS = _v.CONNECTORS
_LINKS = _v.NAME_PARTICLES | _v.CONNECTORS  # words that may join the parts of a name
_ORG_DETERMINERS = _v.ORG_DETERMINERS
_ORG_WORDS = _v.ORG_WORDS
_POST_NOMINALS = _v.POST_NOMINALS
_ROLE_NOUNS = _v.ROLE_NOUNS
_DETERMINERS = _v.DETERMINERS
_INDEFINITE_DETERMINERS = _v.INDEFINITE_DETERMINERS
_PREPOSITIONS = _v.PREPOSITIONS
_SUBORDINATORS = _v.SUBORDINATORS
_APPOSITIVE_STARTERS = _v.APPOSITIVE_STARTERS
_PRONOUNS = _v.PRONOUNS
_CONJUNCTIONS = _v.CONJUNCTIONS
_COORDINATORS = _v.COORDINATORS
# `` and `` before the subject of a second clause (``… and Roe said``)
_COORDINATOR_MARKS = tuple(f" {word} " for word in sorted(_v.COORDINATORS))
# `` who `` after a subject, before its cue: the relative clause is cut (``an aide who …``)
_RELATIVE_SUBJECT_MARKS = tuple(f" {word} " for word in sorted(_v.RELATIVE_SUBJECTS))
# a piece opening on these before the verb has its own subject (``…, and Bo Lind said``)
_OTHER_SUBJECT_OPENERS = _v.CONJUNCTIONS | _v.RELATIVE_SUBJECTS
# Every word that :func:`_clean_rules` may cut, stop at or treat apart (titles, joining words,
# determiners, stop words, post-nominals): a run with none of them is a plain name.
_NAME_BREAKERS = _TITLES | _LINKS | _ORG_DETERMINERS | _NAME_STOP_WORDS | _POST_NOMINALS


def _core(token: str) -> str:
    return token.strip(_TOKEN_STRIP)


def _is_cap(token: str) -> bool:
    core = token.strip(_TOKEN_STRIP)
    return core[:1].isupper() and core not in _NAME_STOP_WORDS


def _is_title(token: str) -> bool:
    if token in _TITLES:
        return True
    low = token.lower()
    return len(low) > 7 and low.endswith(_TITLE_SUFFIXES)


def _name_tokens(chain: list[str]) -> list[str]:
    """The words of a run of capitalised words, punctuation stripped, but an initial keeps its
    period as the article writes it.

    >>> _name_tokens(["Thomas", "E.", "Perez,"])
    ['Thomas', 'E.', 'Perez']
    >>> _name_tokens(["J.M.", "Berger"])
    ['J.M.', 'Berger']
    """
    return [
        core + "." if _is_initials(core, t) else core
        for t in chain
        if (core := t.strip(_TOKEN_STRIP))
    ]


def _is_initials(core: str, token: str) -> bool:
    """Whether ``core`` is an initial or dotted initials whose period ``token`` holds after it
    (``E.``, ``J.M.``)."""
    if len(core) == 1:
        return core.isalpha() and token[1:2] == "."
    return core[1:2] == "." and token.startswith(core + ".") and bool(_INITIALS_RE.fullmatch(core))


def _clean(chain: list[str], pre: str | None, abbr: bool = False) -> _Who | None:
    """The name in a run of capitalised words: titles, possessives and post-nominals cut off.

    Most runs are plain names (``Vali Nasr``): no word of them is one the rules below cut or
    stop at, no apostrophe, no title ending on the first word. They are taken whole at once;
    :func:`_clean_rules` reads the others (tests/test_quotes_speed.py checks both agree).
    """
    tokens = _name_tokens(chain)
    if not tokens:
        return None
    last = tokens[-1]
    if last.endswith(_POSSESSIVE) and last not in _POST_NOMINALS and last not in _LINKS:
        return None  # ``Pakistan’s``: the rules keep the last word, and a possessive is no name
    if _NAME_BREAKERS.isdisjoint(tokens):
        name = " ".join(tokens)
        head = tokens[0].lower()
        if (
            "\u2019" not in name
            and "'" not in name
            and not (len(head) > 7 and head.endswith(_TITLE_SUFFIXES))
        ):
            if abbr or pre in _ORG_DETERMINERS or not _ORG_WORDS.isdisjoint(tokens):
                return _tuple_new(_Who, (name, "org", "org"))
            return _tuple_new(_Who, (name, "person", ""))
    return _clean_rules(tokens, pre, abbr)


def _clean_rules(tokens: list[str], pre: str | None, abbr: bool) -> _Who | None:
    """:func:`_clean` of the stripped, non-empty ``tokens``, rule by rule."""
    org = abbr or pre in _ORG_DETERMINERS
    for i in range(len(tokens) - 2, -1, -1):  # ``Pakistan’s Ambassador ...``: cut the owner
        if tokens[i].endswith(_POSSESSIVE):
            tokens = tokens[i + 1 :]
            break
    gender = ""
    if not org:  # ``Ask Dr Mike``: a title inside the run starts the name
        for i in range(len(tokens) - 2, 0, -1):
            if tokens[i] in _TITLE_PREFIXES and not _is_title(tokens[i + 1]):
                gender = _TITLE_PREFIXES[tokens[i]]
                tokens = tokens[i + 1 :]
                break
    k = 0  # leading links, titles and stop words are cut
    size = len(tokens)
    while k < size and tokens[k] in _LINKS:
        k += 1
    while k < size:
        head = tokens[k]
        if head in _COURTESY and k + 1 < size:
            gender = gender or _TITLE_PREFIXES.get(head, "")
            k += 1  # ``Mr. King``: the word after a courtesy title is a name, even a title
            break
        if head in _ORG_DETERMINERS:
            org = True
        elif _is_title(head):
            gender = gender or _TITLE_PREFIXES.get(head, "")
        elif head not in _NAME_STOP_WORDS:
            break
        k += 1
    if k:
        tokens = tokens[k:]
    while len(tokens) > 1 and tokens[-1] in _POST_NOMINALS:
        tokens.pop()
    while tokens and tokens[-1] in _LINKS:
        tokens.pop()
    if not tokens or tokens[-1].endswith(_POSSESSIVE):
        return None
    if not org and not _ORG_WORDS.isdisjoint(tokens):
        org = True
    if not org:
        for i in range(2, len(tokens)):  # ``Martin Ekwueme of Lagos``: the person, not the place
            if tokens[i] in _CONNECTORS:
                tokens = tokens[:i]
                break
    name = " ".join(tokens)
    if org:
        return _tuple_new(_Who, (name, "org", "org"))
    return _tuple_new(_Who, (name, "person", gender))


def _chain_end(tokens: list[str]) -> int:
    """Index where the run of capitalised words at the end of ``tokens`` starts."""
    size = len(tokens)
    i = size
    while i > 0:
        tok = tokens[i - 1]
        if i < size and tok.endswith((",", ";", ":")):
            break
        if (
            _is_cap(tok)
            or tok in _TITLE_PREFIXES
            or (i < size and i >= 2 and tok in _LINKS and _is_cap(tokens[i - 2]))
        ):
            i -= 1
        else:
            break
    return i


def _has_role(tokens: list[str]) -> bool:
    return not _ROLE_NOUNS.isdisjoint(tokens) or not _ROLE_NOUNS.isdisjoint(
        [t.rstrip(_TOKEN_STRIP) for t in tokens]
    )


def _segment(tokens: list[str]) -> _Who | str | None:
    """Read one comma-separated piece of a subject: a name, a role, an appositive or nothing."""
    abbr = False
    while tokens and tokens[-1][:1] == "(" and _ABBREV_RE.fullmatch(tokens[-1]):
        tokens = tokens[:-1]
        abbr = True
    if not tokens:
        return None
    first = tokens[0]
    if (
        first in _v.CLAUSE_OPENERS
        and len(tokens) > 1
        and (tokens[1][:1].isupper() or tokens[1] in _DETERMINERS)
    ):
        inner = _segment(tokens[1:])  # ``…, when the Ohio senator Ann Roe suggested``
        if isinstance(inner, _Who):
            return inner
    if first[:1].isdigit() and len(tokens) > 1 and _is_cap(tokens[1]) and first.endswith(_AGE):
        tokens = tokens[1:]  # ``81-year-old Parker Eaton``: the age before the name
        first = tokens[0]
    if first.lower() in _APPOSITIVE_STARTERS or first[:1].isdigit():
        return "appos"
    if first in _PREPOSITIONS and first not in _SUBORDINATORS:
        return "appos"  # ``Tom Roe, at a firm called Lakeside Ltd, argues``
    if len(tokens) == 1 and _PARTY_TAG_RE.fullmatch(first):
        return "appos"  # ``Mitch Roe, R-Ky., said``: party and state
    if len(tokens) > 2 and first in _v.ROLE_PROPER_NOUNS and tokens[1] in _v.PLACE_OF_WORDS:
        return "appos"  # ``Ann Roe, Republican of Ohio, said``: her party and state
    if first in _INDEFINITE_DETERMINERS or first.lower() in _INDEFINITE_DETERMINERS:
        role = _role_phrase(tokens) or _role_and_complement(tokens)
        return _Who(role, "role", "") if role is not None else "appos"
    owner = 1 if first in _TITLE_PREFIXES and len(tokens) > 2 else 0  # ``Mrs. Roe’s aide``
    if tokens[owner].endswith(_POSSESSIVE) and _is_cap(tokens[owner]) and len(tokens) > owner + 1:
        role = _role_phrase(tokens)  # ``Roe’s campaign said``: the owner's office, as written
        if role is not None:
            return _Who(role, "role", "")
        if _core(tokens[-1])[:1].islower():
            return "appos"  # ``Ann Lind, Lakeside’s director of sales, said``: her office
    i = _chain_end(tokens)
    if i < len(tokens):
        pre = tokens[i - 1] if i else None
        if (
            i >= 2
            and pre in _ORG_DETERMINERS
            and tokens[i - 2].lower() in _PREPOSITIONS
            and first[:1].islower()
        ):
            return "appos"  # ``president of the Log Cabin Club``: the employer, not the speaker
        if pre is not None and pre.lower() in _PREPOSITIONS and pre.lower() not in _SUBORDINATORS:
            chain = tokens[i:]
            if len(chain) >= 3 and any(map(_is_title, tokens[: i - 1])):
                return _clean(chain[-2:], None)  # ``Ambassador in Washington Jane Doe``
            if first in _DETERMINERS and _has_role(tokens):
                return _Who(" ".join(tokens), "role", "")
            return "appos"
        who = _clean(tokens[i:], pre, abbr)
        if who is not None:
            return who
    if first in _DETERMINERS:
        role = _role_phrase(tokens) or _role_and_complement(tokens)
        if role is not None:
            return _Who(role, "role", "")
    elif len(tokens) <= _MAX_BARE_ROLE_WORDS and _core(tokens[-1]) in _ROLE_NOUNS:
        role = _role_phrase(tokens, bare=True)  # ``administration officials said``
        if role is not None:
            return _Who(role, "role", "")
    if first[:1].islower():
        return "appos"
    return None


def _role_and_complement(tokens: list[str]) -> str | None:
    """A role phrase and its complement after a preposition (``a spokesman for the buyer``, ``a
    narrator in the Lind ad``), as written: the role a phrase of :func:`_role_phrase`, the whole
    at most :data:`_MAX_ROLE_COMPLEMENT_WORDS` words, no clause in it.

    >>> _role_and_complement("a spokesman for the buyer".split())
    'a spokesman for the buyer'
    >>> _role_and_complement("the sum that was owed to the bank".split()) is None
    True
    """
    if len(tokens) > _MAX_ROLE_COMPLEMENT_WORDS:
        return None
    words = [t.strip(_TOKEN_STRIP) for t in tokens]
    prep = next((k for k in range(2, len(words)) if words[k] in _PREPOSITIONS), 0)
    if (
        not prep
        or prep == len(words) - 1
        or words[prep] in _AGENT_WORDS  # ``The email went on to``: a verb's complement
        or (_finite_verb(words[prep - 1]) and words[prep - 1] not in _ROLE_NOUNS)  # ``goes on``
        or f"{words[prep - 1]} {words[prep]}" in _VERBS  # ``went on``
        or _role_phrase(tokens[:prep]) is None
    ):
        return None
    for word in words[prep:]:
        low = word.lower()
        if not word or low in _ROLE_BREAKERS or low in _APPOSITIVE_STARTERS:
            return None
    return " ".join(tokens).strip(_TOKEN_STRIP)


def _role_phrase(tokens: list[str], bare: bool = False) -> str | None:
    """The noun phrase ``tokens`` names a speaker by, as written (``the Texas senator``,
    ``another commenter``, ``the 46-year-old``): a determiner or an owner (none when ``bare``),
    at most :data:`_MAX_ROLE_WORDS` words, no preposition or clause inside, ending in a
    lower-case noun.

    >>> _role_phrase("the Republican lawmaker".split()), _role_phrase("the rally in Ohio".split())
    ('the Republican lawmaker', None)
    """
    words = [t.strip(_TOKEN_STRIP) for t in tokens]
    if not (1 if bare else 2) <= len(words) <= _MAX_ROLE_WORDS or not all(words):
        return None
    last = words[-1]
    if not (
        last[:1].islower() or last[:1].isdigit() or last in _v.ROLE_PROPER_NOUNS
    ) or not _ROLE_WORD_RE.fullmatch(last):
        return None
    for word in words[0 if bare else 1 :]:
        low = word.lower()
        if low in _PREPOSITIONS or low in _APPOSITIVE_STARTERS or low in _ROLE_BREAKERS:
            return None
        if word in _DETERMINERS and word.islower():
            return None  # ``The first taste the crowd gets``: a clause, no noun phrase
    # an acronym inside keeps its period, as written: ``a former U.S. official``
    inner = [
        w + "." if t.endswith(".") and ("." in w or w in _ABBREVIATIONS) else w
        for t, w in zip(tokens[:-1], words[:-1], strict=True)
    ]
    return " ".join([*inner, last])


def _subject(region: str) -> _Who | None:
    """The speaker named before a cue verb (``Jane Doe, a lawyer, said``)."""
    if "\u2014" in region:  # ``Jane Doe — a lawyer — said``: dashes set off an appositive
        region = region.replace("\u2014", ",")
    tokens = region.split()
    # ``Roe jokingly said``, ``Roe has said``: adverbs and auxiliaries before the verb
    while len(tokens) > 1 and (
        tokens[-1] in _ROLE_BREAKERS or (tokens[-1].endswith("ly") and tokens[-1].islower())
    ):
        tokens.pop()
        region = " ".join(tokens)
    if not tokens:
        return None
    last = tokens[-1].strip(_TOKEN_STRIP).lower()
    if last in _PRONOUN_KEYS and (
        len(tokens) == 1
        or tokens[-2].endswith(",")
        or tokens[-2].strip(_TOKEN_STRIP) in _NAME_STOP_WORDS
    ):
        return _tuple_new(_Who, (last, "pron", _PRONOUNS[last]))
    # ``Vali Nasr``, ``the Wall Street Journal (WSJ)``: no parsing needed. The pattern holds at
    # most six words (a determiner, four names, an abbreviation) and no comma.
    if len(tokens) <= 6 and "," not in region:
        simple = _SIMPLE_SUBJECT_RE.fullmatch(region)
        if simple is not None:
            name = simple.group("name").split()
            return _clean(name, simple.group("det"), bool(simple.group("abbr")))
    nearest = region.rsplit(",", 1)[-1].split()
    if len(nearest) > 1 and nearest[0] in _v.RELATIVE_PRONOUNS and all(map(_is_cap, nearest[1:])):
        who = _clean(nearest[1:], None)  # ``the plan, which Roe had called``: Roe
        if who is not None and who.kind == "person":
            return who
    if "," in region:
        opening = _opening_name(region)
        if opening is not None:
            return opening
    role: _Who | None = None
    # the comma-separated pieces, nearest first (a region without a comma is one piece)
    segments = (
        [tokens] if "," not in region else [s.split() for s in reversed(region.rsplit(",", 5))]
    )
    for k, seg_tokens in enumerate(segments):
        if not seg_tokens:
            continue
        if k < len(segments) - 1 and _place_goes_on(
            seg_tokens, segments[k + 1], segments[k + 2 :], k
        ):
            continue  # ``in Cambridge, Mass., said``: the place goes on, set off by commas
        got = _segment(seg_tokens)
        if got == "appos":
            if k == 0 and _noun_phrase(seg_tokens):
                break  # ``…, several friends said``: a subject no table names, not a piece before
            continue
        if not isinstance(got, _Who):
            break
        if got.kind == "role":
            if k == 0:
                return got  # no comma between the role and the verb: it is the subject
            role = role or got
            continue
        if role is not None and not _role_before_name(seg_tokens):
            break  # ``In a letter to The Post, the officer said``: a lead-in, not a name
        return got
    return role


def _opening_name(region: str) -> _Who | None:
    """The person named first in a subject when an appositive follows the name: ``Ivo Vian, the
    editor of the city’s paper, The Star,`` and ``Mr. Roe, whose firm, Lakeside, grew,`` are
    the subject of the verb after them, whatever names the appositive holds. The appositive
    opens on a lower-case word (an article, a relative pronoun, an office) or an owner; the
    rule stands aside when the piece nearest the verb opens on a conjunction or ``who`` (``…,
    and Bo Lind said``, ``…, who said``: another subject).

    >>> _opening_name("Ivo Vian, the editor of the Dover paper, The Star, ")
    _Who(name='Ivo Vian', kind='person', gender='')
    >>> _opening_name("In Dover, Ohio, Ann Roe ") is None
    True
    """
    pieces = region.split(",")
    if len(pieces) < 3 or pieces[-1].strip():
        return None  # the appositive is closed by a comma right before the verb
    first = pieces[0].split()
    second = pieces[1].split()
    if not first or not second or not _appositive_opener(second[0]):
        return None
    nearest = pieces[-2].split()
    if not nearest or nearest[0].lower() in _OTHER_SUBJECT_OPENERS:
        return None
    if not _role_before_name(first) or _chain_end(first) == len(first):
        return None  # a lead-in (``After the vote in Dover``), not a name
    got = _segment(first)
    if isinstance(got, _Who) and got.kind == "person" and _name_like(got.name):
        return got
    return None


def _appositive_opener(word: str) -> bool:
    """Whether ``word`` may open an appositive after a name (``a``, ``the``, ``whose``,
    ``president``, ``Lakeside’s``), not a conjunction or a capitalised name."""
    if word.lower() in _CONJUNCTIONS or word in _PREPOSITIONS:
        return False
    if word[:1].islower() or word[:1].isdigit() or word in _DETERMINERS:
        return True
    return word.endswith(_OWNER_ENDINGS)


def _place_goes_on(tokens: list[str], before: list[str], farther: list[list[str]], k: int) -> bool:
    """Whether the capitalised ``tokens`` (at most :data:`_MAX_PLACE_WORDS`) go on naming the
    place that ends the piece ``before`` them (``in Cambridge, Mass.,``): after a name and its
    place (``Ann Roe of Dover, New Hampshire says``), or set off by commas after an appositive
    of a name read ``farther`` from the verb (``Bo Roe, a baker from Sumter, South Carolina,
    says``), never after a lead-in (``In May, in Dover, Ann Roe, a pilot, said``).

    >>> _place_goes_on(["South", "Carolina"], "Bo Roe of Sumter".split(), [], 0)
    True
    >>> _place_goes_on(["Ann", "Roe"], "in Dover".split(), [["In", "May"]], 2)
    False
    """
    if len(tokens) > _MAX_PLACE_WORDS or not all(map(_is_cap, tokens)):
        return False
    if not _ends_in_place(before):
        return False
    if _chain_end(before) == 0:  # the piece before is a name and its place
        return True
    if k == 0:
        return False
    return len(tokens) == 1 or any(piece and _chain_end(piece) == 0 for piece in farther)


def _noun_phrase(tokens: list[str]) -> bool:
    """Whether the lower-case ``tokens`` right before a verb read as its subject, a noun phrase
    (``several friends``, ``many voters``): two or three words, no preposition, relative pronoun,
    participle or verb form among them.

    >>> _noun_phrase("several friends".split()), _noun_phrase("who is running".split())
    (True, False)
    """
    if not 2 <= len(tokens) <= _MAX_BARE_ROLE_WORDS:
        return False
    for token in tokens:
        word = _core(token)
        low = word.lower()
        if (
            not word.isalpha()
            or not word.islower()
            or low in _PREPOSITIONS
            or low in _APPOSITIVE_STARTERS
            or low in _ROLE_BREAKERS
            or low in _CONJUNCTIONS
            or low.endswith((_v.PARTICIPLE_ENDING, "ed", "ly"))
        ):
            return False
    return True


def _role_before_name(tokens: list[str]) -> bool:
    """Whether ``tokens`` are a name, alone or after its office (``Ivo Roe``, ``Former House
    speaker Ivo Roe``), not a lead-in that ends on a name after a preposition (``In a letter to
    The Post``).

    >>> _role_before_name("former party leader Ivo Roe".split())
    True
    >>> _role_before_name("In a letter to The Post".split())
    False
    """
    i = _chain_end(tokens)
    return i < len(tokens) and not any(_core(t).lower() in _PREPOSITIONS for t in tokens[:i])


def _ends_in_place(tokens: list[str]) -> bool:
    """Whether a piece of a subject ends on a place after a preposition (``retired in Leeds``).

    >>> _ends_in_place("now retired in Leeds".split()), _ends_in_place("Ann Lind".split())
    (True, False)
    """
    return len(tokens) >= 2 and tokens[-2].lower() in _PREPOSITIONS and _is_cap(tokens[-1])


def _name_after_role(tokens: list[str], j: int) -> int | None:
    """Where a name starts right after the role noun ``tokens[j]`` and up to two more lower-case
    words (``union organiser Kieran Doyle``, ``party leader Ann Lind``), else ``None``.

    >>> _name_after_role("union organiser Kieran Doyle.".split(), 0)
    2
    >>> _name_after_role("officials Tuesday.".split(), 0) is None
    True
    """
    for k in range(j, min(j + 3, len(tokens) - 1)):
        if tokens[k][-1:] in ",;:.!?)":
            return None
        nxt = tokens[k + 1]
        if _is_cap(nxt):
            return None if _core(nxt).lower() in _NOT_NAMES else k + 1
        if not nxt[:1].islower():
            return None
    return None


_NOT_NAMES = frozenset(_page.WEEKDAYS) | frozenset(_page.MONTHS)


def _name_after_modifier(tokens: list[str], j: int) -> int | None:
    """Where a name starts after a name used as a modifier and a role (``Lund spokesman Alex
    Crane``, ``Fox News host Ann Roe``): ``tokens[j]`` and at most one more are lower-case
    words (no preposition, conjunction or verb form) and a capitalised word follows.

    >>> _name_after_modifier("Lund spokesman Alex Crane.".split(), 1)
    2
    >>> _name_after_modifier("Lund in New York.".split(), 1) is None
    True
    """
    for k in range(j, min(j + 2, len(tokens) - 1)):
        word = tokens[k]
        low = word.lower()
        if (
            not word[:1].islower()
            or word[-1:] in ",;:.!?)"
            or low in _PREPOSITIONS
            or low in _ROLE_BREAKERS
            or low in _CONJUNCTIONS
            or low in _APPOSITIVE_STARTERS
            or low.endswith(("ed", "ing", "ly"))
            or (low.endswith("s") and not low.endswith("ss"))  # ``who represents``: a verb
        ):
            return None
        nxt = tokens[k + 1]
        if _is_cap(nxt):
            return None if _core(nxt) in _NOT_NAMES else k + 1
    return None


def _who_after(text: str) -> _Who | None:
    """The speaker named after a cue (``said Jane Doe, a lawyer``, ``a déclaré le maire, X``)."""
    tokens = text.split(None, 14)[:14]
    if not tokens:
        return None
    head = tokens[0].strip(_TOKEN_STRIP)
    if head in _PRONOUN_KEYS:
        return _Who(head, "pron", _PRONOUNS[head])
    if head in _DETERMINERS:
        role = _role_after(tokens)
        if role is not None:
            return _Who(role, "role", "")
        described = _name_after_description(tokens)
        if described is not None:
            return described
    skipped: list[str] = []
    size = len(tokens)
    j = 0
    while j < size:
        tok = tokens[j]
        core = tok.strip(_TOKEN_STRIP)
        if core[:1].isupper() and (core not in _NAME_STOP_WORDS or core in _TITLE_PREFIXES):
            # a capitalised word (``_is_cap``) or a capitalised title: a name starts here
            chain = [tok]
            while not chain[-1].endswith((",", ";", ":", ")")) and j + 1 < size:
                nxt = tokens[j + 1]
                if nxt[:1] == "(":
                    break  # ``Jim Roe (D-Ohio)``: party and state, not the name
                if _is_cap(nxt) or (nxt in _LINKS and j + 2 < size and _is_cap(tokens[j + 2])):
                    chain.append(nxt)
                    j += 1
                else:
                    break
            if chain[-1].endswith(".") and len(_core(chain[-1])) > 2:
                chain[-1] = chain[-1][:-1]
            pre = skipped[-1] if skipped else None
            if pre is not None and pre.lower() in _PREPOSITIONS:
                return None
            if chain[-1].endswith(_OWNER_ENDINGS):  # ``said Roe’s top aide Ann Lind``
                return _after_owner(tokens, j + 1, chain)
            if not chain[-1].endswith((",", ";", ":", ")", ".")):
                named = _name_after_modifier(tokens, j + 1)
                if named is not None:
                    j = named
                    skipped.clear()
                    continue  # ``said Lund spokesman Alex Crane``: the name after the role
            return _clean(chain, pre)
        if not core or core in _NAME_STOP_WORDS:
            return None
        if core[:1].islower() or core in _DETERMINERS or (core[:1].isdigit() and not skipped):
            # (a number opening the phrase is a modifier: ``said 9/11 widow Ann Roe``)
            if not skipped and core.lower() in _PREPOSITIONS:
                return None
            skipped.append(core)
            if core in _ROLE_NOUNS:
                nxt_cap = j + 1 < size and _is_cap(tokens[j + 1])
                if tok.endswith(",") and nxt_cap:
                    j += 1
                    skipped.clear()
                    continue  # ``le maire, Bernard Lemaître``
                named = _name_after_role(tokens, j)
                if named is not None:
                    j = named
                    skipped.clear()
                    continue  # ``said union organiser Kieran Doyle``
                return _Who(" ".join(skipped), "role", "")
            if tok.endswith(","):
                if j + 1 < size and _is_cap(tokens[j + 1]):
                    j += 1
                    skipped.clear()
                    continue  # ``selon l’adjointe aux sports, Claire Dufresnoy``
                return None
            if tok.endswith((".", ";", ":")) or len(skipped) > 4:
                return None
            j += 1
            continue
        return None
    return None


def _name_after_description(tokens: list[str]) -> _Who | None:
    """``said another Twitter user, Ann Bayer``, ``said the Ohio governor, Ann Bayer``: a short
    determiner phrase (no preposition in it) set off by a comma before a person's name: the
    name, whatever capitalised words the phrase holds.

    >>> _name_after_description("the Ohio governor, Ann Bayer.".split())
    _Who(name='Ann Bayer', kind='person', gender='')
    """
    for k in range(1, min(len(tokens) - 1, _MAX_ROLE_WORDS)):
        core = _core(tokens[k])
        if core.lower() in _PREPOSITIONS or not core:
            return None
        if tokens[k].endswith(","):
            if not _is_cap(tokens[k + 1]):
                return None
            chain = [tokens[k + 1]]
            for tok in tokens[k + 2 :]:
                if chain[-1].endswith((",", ";", ":", ".")) or not _is_cap(tok):
                    break
                chain.append(tok)
            who = _clean(chain, None)
            if who is not None and who.kind == "person" and _name_like(who.name):
                return who
            return None
    return None


def _ends_sentence(token: str) -> bool:
    """Whether a capitalised word ends its sentence: a period after a word that is no initial,
    dotted acronym or abbreviation (``Hester.``, not ``E.``, ``U.S.``, ``Sen.``).

    >>> _ends_sentence("Hester."), _ends_sentence("E."), _ends_sentence("Sen.")
    (True, False, False)
    """
    if not token.endswith(".") or token.endswith(".."):
        return False
    word = token[:-1].lstrip(_TOKEN_STRIP)
    return word not in _ABBREVIATIONS and _INITIALS_RE.fullmatch(word) is None


def _sentence_of_run(run: str, start: int, pos: int) -> tuple[int, str]:
    """The part of a run of capitalised words (starting at ``start``) that holds ``pos``, cut
    where a word ends a sentence (:func:`_ends_sentence`): its start and its words.

    >>> _sentence_of_run("Ann Hester. Michael Mulgrew", 10, 14)
    (10, 'Ann Hester.')
    >>> _sentence_of_run("Ann Hester. Michael Mulgrew", 10, 22)
    (22, 'Michael Mulgrew')
    """
    begin = 0
    for m in re.finditer(r"\S+", run):
        if _ends_sentence(m.group()):
            if start + m.end() > pos:
                return start + begin, run[begin : m.end()]
            begin = m.end() + 1
            while begin < len(run) and run[begin].isspace():
                begin += 1
    return start + begin, run[begin:]


def _after_owner(tokens: list[str], j: int, owner: list[str]) -> _Who | None:
    """After a cue and an owner (``said Roe’s``): the name that follows the owner's role
    (``top foreign policy aide Ann Lind``), else the role as written (``Roe’s campaign``)."""
    k = j
    while k < len(tokens) and k - j < _MAX_ROLE_WORDS and tokens[k][:1].islower():
        if tokens[k][-1:] in ",;:.!?)":
            k += 1
            break
        k += 1
    if j < k < len(tokens) and _is_cap(tokens[k]) and tokens[k - 1][-1:] not in ",;:.!?)":
        return _who_after(" ".join(tokens[k:]))
    role = _role_phrase([*owner, *tokens[j:k]])
    return _Who(role, "role", "") if role is not None else None


def _role_after(tokens: list[str]) -> str | None:
    """The role phrase right after a cue (``said the 46-year-old``, ``said a senior official
    who …``), up to its comma, stop, clause or preposition; ``None`` when a name follows the
    phrase (``said the union organiser Kieran Doyle``, ``the mayor, Ann Lind``).

    >>> _role_after("a senior official who asked not to be named.".split())
    'a senior official'
    """
    words: list[str] = []
    for k, tok in enumerate(tokens):
        core = tok.strip(_TOKEN_STRIP)
        low = core.lower()
        if words and (low in _PREPOSITIONS or low in _APPOSITIVE_STARTERS or not core):
            break
        words.append(tok)
        if tok[-1:] == "." and (core in _ABBREVIATIONS or _INITIALS_RE.fullmatch(core)):
            continue  # ``a former U.S. official``: the phrase goes on
        if tok[-1:] in ",;:.!?)":
            if tok.endswith(",") and k + 1 < len(tokens) and _is_cap(tokens[k + 1]):
                return None  # ``the mayor, Ann Lind``: the name follows
            break
    return _role_phrase(words)


# --- pass 3: attribution ------------------------------------------------------------------------


class _Cue(NamedTuple):
    start: int  # where the cue phrase starts (the auxiliary of ``was quoted``)
    end: int
    text: str  # the normalised cue
    kind: str  # "verb", "prep", "passive" or "active"
    who: _Who | None  # the speaker the cue itself names (``quoted X as saying``, ``a-t-il``)


def _classify(para: str, m: re.Match[str], lo: int) -> _Cue | None:
    """Turn an anchor word into a cue, or ``None`` when it is no cue here."""
    word = m.group("w")
    inv = m.group("inv")
    if inv is None and word in _PLAIN_VERBS:  # the commonest: ``said``, ``told`` ...
        return _tuple_new(_Cue, (m.start("w"), m.end(), _PLAIN_VERBS[word], "verb", None))
    start, end = m.start("w"), m.end()
    if inv is not None:
        if word not in _FR_PRESENT:
            return None
        return _Cue(start, end, word, "verb", _Who(inv, "pron", _v.PRONOUNS[inv]))
    if word == _v.QUOTED_AS[0]:
        aux = _AUX_BEFORE_RE.search(para, max(lo, start - 12), start)
        if aux is not None:
            tail = _PASSIVE_TAIL_RE.match(para, end)
            if tail is None:
                return None
            text = f"{' '.join(aux.group('aux').split())} {word} {_v.QUOTED_AS[1]}"
            return _tuple_new(_Cue, (aux.start(), tail.end(), text, "passive", None))
        tail = _ACTIVE_TAIL_RE.match(para, end)
        if tail is None:
            return None
        text = f"{word} {_v.QUOTED_AS[1]}"
        return _tuple_new(_Cue, (start, tail.end(), text, "active", _subject(tail.group("obj"))))
    if word in _FR_PARTICIPLES:
        aux = _FR_AUX_BEFORE_RE.search(para, max(lo, start - 12), start)
        if aux is not None:
            who = None
            if aux.group("inv"):
                who = _Who(aux.group("inv"), "pron", _v.PRONOUNS[aux.group("inv")])
            return _Cue(aux.start(), end, f"{_v.FR_AUXILIARY} {word}", "verb", who)
    if word in _PREPS:
        return _tuple_new(_Cue, (start, end, _PREPS[word], "prep", None))
    if word in _VERBS:
        return _tuple_new(_Cue, (start, end, " ".join(word.split()), "verb", None))
    return None


def _anchors(para: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The words cues are anchored on in ``para[lo:hi]``, in order, not yet classified.

    A cue at ``lo`` itself is tried first (the searching pattern wants a space before it).
    """
    found = list(_CUE_RE.finditer(para, lo - 1 if lo else 0, hi))
    if lo == 0 or para[lo - 1] not in " \u00a0":
        m = _CUE_AT_RE.match(para, lo, hi)
        if m is not None:
            found.insert(0, m)
    return found


def _cues_backwards(para: str, lo: int, hi: int) -> Iterator[_Cue]:
    """The cues in ``para[lo:hi]``, nearest ``hi`` first: only those wanted are classified."""
    for m in reversed(_anchors(para, lo, hi)):
        cue = _classify(para, m, lo)
        if cue is not None:
            yield cue


def _first_cue(para: str, lo: int, hi: int) -> _Cue | None:
    """The first cue in ``para[lo:hi]``: the last :func:`_cues_backwards` would give."""
    if lo == 0 or para[lo - 1] not in " \u00a0":
        m = _CUE_AT_RE.match(para, lo, hi)
        if m is not None:
            cue = _classify(para, m, lo)
            if cue is not None:
                return cue
    for m in _CUE_RE.finditer(para, lo - 1 if lo else 0, hi):
        cue = _classify(para, m, lo)
        if cue is not None:
            return cue
    return None


def _cue_speaker(para: str, cue: _Cue, end: int) -> _Who | None:
    """The speaker a cue names after itself (cue first: ``said X``, ``according to X``)."""
    if cue.who is not None or cue.kind in ("active", "passive"):
        return cue.who
    return _who_after(para[cue.end : end])


def _no_stop(para: str, i: int) -> bool:
    """Whether the period at ``para[i]`` ends no sentence: it closes an abbreviation (``Mr.``,
    ``Sen.``), an initial (``Thomas E. Perez``) or a dotted acronym (``U.S.``) and a capitalised
    word that opens no sentence follows (``Mr. Clyburn``, but not ``the U.S. The``).

    >>> _no_stop("Mr. Roe said", 2), _no_stop("in the U.S. The rest", 10)
    (True, False)
    """
    if para[i] != ".":
        return False
    nxt = para[i + 2 : i + 3]
    lower = nxt.islower()
    if not lower and not nxt.isupper():
        return False
    k = i
    while k > 0 and not para[k - 1].isspace() and para[k - 1] not in _WORD_OPENERS:
        k -= 1
    word = para[k:i]
    if lower:  # ``the U.S. law``, ``Sen. and``: a dotted acronym or an abbreviation goes on
        return word in _ABBREVIATIONS or ("." in word and bool(_INITIALS_RE.fullmatch(word)))
    if word in _ABBREVIATIONS:
        return True
    if not word or not word[0].isupper() or not _INITIALS_RE.fullmatch(word):
        return False
    # an initial or an acronym: a stop before the words that open sentences
    j = para.find(" ", i + 2, i + 2 + _LONGEST_STOP_WORD)
    following = para[i + 2 : j] if j > 0 else para[i + 2 : i + 2 + _LONGEST_STOP_WORD]
    return following.rstrip(_TOKEN_STRIP) not in _NAME_STOP_WORDS


def _sentence_end(para: str, pos: int, limit: int) -> int:
    """Where the sentence from ``pos`` ends (a stop before a space, or an opening mark)."""
    m = _SENTENCE_STOP_RE.search(para, pos, limit)
    while m is not None and _no_stop(para, m.start()):
        m = _SENTENCE_STOP_RE.search(para, m.end(), limit)
    return limit if m is None else m.start()


def _sentence_start(para: str, lo: int, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after the last stop and its space), or ``lo``.

    That is after the last of :func:`_stops` that lies in ``para[lo:pos]`` with its space (the
    rules ask this many times about the same paragraph; tests/test_quotes_fast.py checks it
    answers as a backwards search for the stops, from ``pos``, does).
    """
    start, end = lo, pos
    if lo < 0 or pos < 0:  # counted from the end, as ``str.rfind`` reads them
        start, end, _ = slice(lo, pos).indices(len(para))
    stops = _stops(para)
    k = bisect_right(stops, end - 2) - 1  # a stop and its space end by ``end``
    return stops[k] + 2 if k >= 0 and stops[k] >= start else lo


def _stops(para: str) -> list[int]:
    """The offsets of the stops of ``para`` that end a sentence (a ``.``, ``?``, ``!`` or ``…``
    before a space, but not the period of ``Mr. Roe``: :func:`_no_stop`), in order.

    Kept in :data:`_STOPS` while :func:`find_quotes` runs: the rules ask for the sentence
    around many positions of the same paragraph.
    """
    found = _STOPS.get(para)
    if found is None:
        found = [m.start() for m in _STOP_RE.finditer(para)]
        found = [i for i in found if not _no_stop(para, i)]
        if len(_STOPS) >= _MAX_REMEMBERED_TEXTS:
            _STOPS.clear()
        _STOPS[para] = found
    return found


#: The sentence stops of the texts read by the running :func:`find_quotes` (:func:`_stops`),
#: emptied as each call starts and ends.
_STOPS: dict[str, list[int]] = {}
#: The most texts :data:`_STOPS` keeps (then it starts again empty): a bound on its memory.
_MAX_REMEMBERED_TEXTS: Final = 4096


def _start_after_quotation(para: str, lo: int, pos: int) -> int:
    """:func:`_sentence_start`, or after a quotation in that sentence whose closing mark follows
    its stop (``… “Lake Park.” A spokesman said``), where a new sentence starts.

    >>> p = "It is “done.” A clerk said"
    >>> p[_start_after_quotation(p, 0, len(p)) :]
    'A clerk said'
    """
    start = _sentence_start(para, lo, pos)
    found = start
    for m in _QUOTED_STOP_RE.finditer(para, start, pos):
        found = m.end()
    return found


def _after(para: str, piece: _Piece) -> _Attribution | None:
    """Attribution written after the closing mark: ``“…,” X said`` / ``said X`` / ``so X``."""
    close = piece.close_pos + 1
    if para[close : close + 1] == "'" == para[close - 1]:
        close += 1  # the second mark of a doubled ``''``
    signed = _signature(para, close)
    if signed is not None:
        return signed
    lead = _AFTER_LEAD_RE.match(para, close)
    if lead is None:  # pragma: no cover - the pattern matches the empty string
        return None
    pos = lead.end()
    size = len(para)
    if pos >= size:  # nothing after the quotation: no cue, no speaker
        return None
    end = _sentence_end(para, pos, min(size, pos + _WINDOW))
    if end <= pos:  # nothing after the quotation in its sentence
        return None
    first = _first_cue(para, pos, end)  # one pass: the nearest cue of the sentence
    if first is not None and first.start == pos:  # a cue right here: ``said X``
        who = _cue_speaker(para, first, end)
        if who is not None or first.kind != "prep":
            return _tuple_new(_Attribution, (who, first.text, True, True))
    elif first is None or first.end > pos + 24:
        m = _AFTER_ONLY_RE.match(para, pos, end)
        if m is not None and _names_next(para[m.end() : end]):
            who = _who_after(para[m.end() : end])
            if who is not None:
                cue_text = _v.AFTER_ONLY_PREPOSITIONS[m.group("w")]
                return _Attribution(who, cue_text, True, True)
    # (the quoted words are never empty: their last character is ``para[piece.end - 1]``)
    last = para[piece.end - 1]
    if last in _INNER_CLOSERS:  # ``“You said ‘no,’” Lind said``: the inner quotation's comma
        last = para[piece.start : piece.end].rstrip(_INNER_CLOSERS)[-1:]
    joined = lead.group(1) == "," or bool(lead.group(2)) or last in ",?!\u2026"
    if not joined:
        if first is not None and first.kind == "verb":
            return _clause_cue(para, pos, first, end)
        return None
    cue = first
    if cue is None or cue.kind == "prep":
        found = _name_and_verb(para, pos, end)
        text = para[piece.start : piece.end]
        if found is None and (not _title_case(text) or text[-1] in "!?"):
            # (a title's apposition: ``the 1960s series``, ``starred Ann Roe``)
            found = _verb_and_name(para, pos, end) or _role_and_verb(para, pos, end)
        return found
    who = cue.who if cue.kind == "active" else _subject(para[pos : cue.start])
    if who is None:
        return None
    return _tuple_new(_Attribution, (who, cue.text, True, True))


def _names_next(text: str) -> bool:
    """Whether ``text`` opens on a capitalised word or a determiner, as a source after ``so``
    does (``„…“, so Merkel``, ``so der Minister``; nouns are capitalised in German), unlike
    the English conjunction (``…,” so government should help``).

    >>> _names_next(" der Minister."), _names_next(" government should help")
    (True, False)
    """
    words = text.split(None, 1)
    return bool(words) and (words[0][:1].isupper() or words[0] in _DETERMINERS)


def _signature(para: str, close: int) -> _Attribution | None:
    """``“…” ― Ann Roe``: a dash and a name alone after the closing mark, ending the paragraph
    or followed by the next quotation, sign the quotation (lists of readers' replies, epigraphs).
    """
    m = _SIGNATURE_RE.match(para, close)
    if m is None:
        return None
    who = _clean(m.group("name").split(), None)
    if who is None or who.kind != "person" or " " not in who.name or not _name_like(who.name):
        return None  # (one word may be a label: ``“Fix it.” - Update``)
    return _tuple_new(_Attribution, (who, None, True, True))


def _clause_cue(para: str, pos: int, cue: _Cue, end: int) -> _Attribution | None:
    """A cue closing the clause that holds a quotation: ``Any “clear” reading, said Ann Lind,
    …`` or ``A clerk who “steals” is jailed, Warren said.`` (a short subject, the sentence
    ending soon after the cue)."""
    before = para[pos : cue.start]
    if before.endswith(", "):
        who = _cue_speaker(para, cue, end)
        if who is not None and who.kind != "pron":
            return _tuple_new(_Attribution, (who, cue.text, False, True))
        return None
    comma = before.rfind(", ")
    if len(para[cue.end : end].split()) > _MAX_WORDS_AFTER_CLOSING_CUE:
        return None
    if comma < 0:  # ``“….” Roe said.``, ``“…” Roe said after the vote.``: the cue's own sentence
        stop = _sentence_stop(para, cue.end)
        if any(ch in _ALL_MARKS for ch in para[cue.end : stop]):
            return None  # ``“…” Roe called it “…”``: the cue of the next quotation
        if before.strip() and len(before.split()) <= _MAX_CLAUSE_SUBJECT_WORDS:
            who = _subject(before)
            if who is not None and who.kind != "pron":
                return _tuple_new(_Attribution, (who, cue.text, True, True))
        return None
    region = before[comma + 2 :]
    if not region.strip() or len(region.split()) > _MAX_CLAUSE_SUBJECT_WORDS:
        return None
    who = _subject(region)
    if who is None or who.kind == "pron":
        return None
    return _tuple_new(_Attribution, (who, cue.text, False, True))


def _name_and_verb(para: str, pos: int, end: int) -> _Attribution | None:
    """``“…,” Viguerie concludes.``: a name and one verb the vocabulary does not hold, right
    after a quotation joined to them by its comma: the name is the speaker, the verb the cue."""
    m = _NAME_VERB_RE.match(para, pos, end)
    if m is None:
        return None
    who = _clean(m.group("name").split(), m.group("det"))
    if who is None or (who.kind == "person" and not _name_like(who.name)):
        return None
    return _tuple_new(_Attribution, (who, m.group("verb"), True, True))


def _verb_and_name(para: str, pos: int, end: int) -> _Attribution | None:
    """``“…,” scoffed Ann Roe, 22.``: a verb the vocabulary does not hold (``-ed``, ``-s``) and
    a person's full name after it, right after a quotation joined to them by its comma."""
    verb = para[pos:end].split(None, 1)[0] if para[pos:end].strip() else ""
    if not _finite_verb(verb):
        return None
    who = _who_after(para[pos + len(verb) : end])
    if who is None or who.kind != "person" or " " not in who.name or not _name_like(who.name):
        return None
    return _tuple_new(_Attribution, (who, verb, True, True))


def _role_and_verb(para: str, pos: int, end: int) -> _Attribution | None:
    """``“…,” the tired senator vowed.``: a lower-case determiner phrase and a verb the
    vocabulary does not hold, right after a quotation joined to them by its comma. The verb
    (``-ed``, ``-s``) ends the sentence or a comma or a preposition follows it, never ``to``
    or ``by`` (``the number needed to win``: a participle, not the cue)."""
    tokens = para[pos:end].split(None, _MAX_ROLE_WORDS + 2)[: _MAX_ROLE_WORDS + 2]
    if len(tokens) < 3 or tokens[0] not in _DETERMINERS or not tokens[0].islower():
        return None
    for k in range(2, len(tokens)):
        word = tokens[k]
        verb = word.rstrip(_TOKEN_STRIP)
        if not _finite_verb(verb):
            continue
        follower = tokens[k + 1].rstrip(_TOKEN_STRIP) if k + 1 < len(tokens) else ""
        closed = verb != word or (k + 1 == len(tokens) and para[pos:end].rstrip().endswith(word))
        if (
            not closed
            and follower not in _VERB_PARTICLES
            and (follower not in _PREPOSITIONS or follower in _AGENT_WORDS)
        ):
            continue
        # (``a Democratic staffer in the room wondered``: the role and its complement)
        role = _role_phrase(tokens[:k]) or _role_and_complement(tokens[:k])
        if role is None:
            return None
        return _tuple_new(_Attribution, (_Who(role, "role", ""), verb, True, True))
    return None


def _finite_verb(word: str) -> bool:
    """Whether a lower-case word reads as a verb in the past or the third person (``vowed``,
    ``quips``), not a short word (``is``, ``has``) or one that breaks a role phrase."""
    return (
        len(word) >= _MIN_VERB_LETTERS
        and word.isalpha()
        and word.islower()
        and word.endswith(_v.FINITE_VERB_ENDINGS)
        and word not in _ROLE_BREAKERS
        and word not in _NOT_VERBS
    )


def _name_label(para: str, lo: int, open_pos: int) -> _Who | None:
    """``Ada Roe: “…”``, ``TOLLS UP - Ada Roe: “…”``: a name alone before the colon that opens
    the quotation, as transcripts and newsletters set a speaker (a dash or a quotation before
    it ends the label). A single word is a name only when the article names that person."""
    head = para[lo:open_pos].rstrip()
    if not head.endswith(":"):
        return None
    colon = lo + len(head) - 1
    start = max(
        _sentence_start(para, lo, colon), *(para.rfind(m, lo, colon) + 1 for m in _ALL_MARKS)
    )
    label = para[start:colon]
    for dash in _LABEL_DASHES:
        label = label.rpartition(dash)[2]
    tokens = label.split()
    while tokens and _PARTY_TAG_RE.fullmatch(tokens[-1]):
        tokens.pop()  # ``Rep. Ivo Marsh (D-Del.):``
    if len(tokens) > 1 and tokens[0].lower() in _VERBS:
        tokens = tokens[1:]  # ``Said Roe:``: the cue set before its speaker
    if not 0 < len(tokens) <= _MAX_LABEL_WORDS or not all(
        _is_cap(t) or _is_title(t) for t in tokens
    ):
        return None
    return _clean(tokens, None)


def _before(para: str, lo: int, open_pos: int) -> _Attribution | None:
    """Attribution in the sentence before the opening mark: ``X said: “…”``, ``X called it “…”``."""
    start = _start_after_quotation(para, max(lo, open_pos - _WINDOW), open_pos)
    if start >= open_pos:
        return None
    if _unlisted_verb_before(para, start, open_pos):
        # ``Roe said as the heckler yelled: “…”``: the verb right before the quotation is
        # nearer than any cue of the tables
        near = _verb_right_before(para, start, open_pos)
        if near is not None:
            return near
    # the nearest cue that names someone, of the last _MAX_CUES
    for cue in islice(_cues_backwards(para, start, open_pos), _MAX_CUES):
        if cue.kind == "prep":
            who = _who_after(para[cue.end : open_pos])
        elif cue.kind == "active":
            who = cue.who
        else:
            who = _shared_subject(para, start, cue.start)
            if who is None:
                who = _subject(_clause_region(para, start, cue.start)) or cue.who
            inverted = para[start : cue.start].rstrip()[-1:] in ("", ",")
            if who is None and inverted and para[cue.end : open_pos].rstrip().endswith(":"):
                who = _who_after(para[cue.end : open_pos])  # ``…, explained Ann Roe: “…”``
        if who is not None:
            between = para[cue.end : open_pos].strip()
            tight = not between or between.endswith(":") or between == ","
            return _Attribution(who, cue.text, tight)
    return _verb_right_before(para, start, open_pos)


def _clause_region(para: str, start: int, verb: int) -> str:
    """The words before a cue verb that may hold its subject: the sentence from ``start``, less
    a clause opener opening it (``As one employee told the paper,``, ``When the mayor said``)
    and a relative clause after the subject (``a White House official who spoke anonymously
    said``: ``a White House official``).

    >>> _clause_region("As one employee who was there told", 0, 30)
    'one employee '
    """
    region = para[start:verb]
    head = region.split(None, 1)
    if len(head) == 2 and head[0].lower() in _v.CLAUSE_OPENERS:
        region = head[1]
    for coordinator in _COORDINATOR_MARKS:  # ``a woman asked for a photo and Roe said``
        cut = region.rfind(coordinator)
        if cut <= 0:
            continue
        tail = region[cut + len(coordinator) :]
        head = tail.split(None, 1)
        # a clause before (a lower-case word in it), a name after: not ``Ann Roe and Bo Lind``
        # (no comma after it: ``the Ways and Means Committee, said`` is a name holding ``and``)
        if (
            head
            and "," not in tail
            and _is_cap(head[0])
            and any(w[:1].islower() for w in region[:cut].split())
        ):
            region = tail
            break
    # the relative clause in the piece nearest the verb, when it holds a verb of its own
    piece = max(region.rfind(", "), region.rfind(": "), region.rfind("; ")) + 1
    for relative in _RELATIVE_SUBJECT_MARKS:
        cut = region.find(relative, piece)
        if cut <= piece or not region[cut + len(relative) :].strip():
            continue  # ``…, who said``: the relative pronoun is the cue's subject
        before = region[piece:cut].split()
        if before and before[-1].lower() not in _PREPOSITIONS:  # not ``over who won``
            return region[: cut + 1]
    return region


def _shared_subject(para: str, start: int, verb: int) -> _Who | None:
    """``Roe said he was glad and added, “…”``, ``A spokesman declined to comment but said
    “…”``: a cue verb right after a coordinating conjunction shares the subject opening the
    sentence (never a name in the clause before the conjunction).

    >>> p = "Ann Roe called Bo Lind and added"
    >>> _shared_subject(p, 0, p.index("added"))
    _Who(name='Ann Roe', kind='person', gender='')
    """
    before = para[start:verb].rsplit(None, 1)
    if len(before) < 2 or before[1] not in _COORDINATORS:
        return None
    return _main_clause_subject(para, start, verb)


def _unlisted_verb_before(para: str, start: int, open_pos: int) -> bool:
    """Whether a word no table holds ends the text before a quotation with a comma or a colon
    (``yelled:``, not ``said,``): only then may a verb there be nearer than the tables' cues.

    >>> p = "as the heckler yelled: “Go”"
    >>> _unlisted_verb_before(p, 0, p.index("“")), _unlisted_verb_before("Roe said, “Go”", 0, 10)
    (True, False)
    """
    end = open_pos
    while end > start and para[end - 1] in " \u00a0":
        end -= 1
    if end <= start or para[end - 1] not in ",:":
        return False
    word = para[para.rfind(" ", start, end - 1) + 1 : end - 1]
    return word.isalpha() and word.islower() and word not in _VERBS


def _comma_or_colon_ends(para: str, start: int, end: int) -> bool:
    """Whether ``para[start:end]`` ends with a comma or a colon and spaces, as every match of
    :data:`_VERB_BEFORE_RE` does (its ``$`` stands at ``end`` or before a newline there): a
    cheap test that spares the costly search (tests/test_quotes_fast.py checks it is never
    false where the pattern matches).

    >>> _comma_or_colon_ends("Roe yelled: ", 0, 12), _comma_or_colon_ends("Roe yelled ", 0, 11)
    (True, False)
    """
    end = min(end, len(para))  # as the pattern's search reads an end past the text
    if end > start and para[end - 1] == "\n":
        end -= 1
    while end > start and para[end - 1] in " \u00a0":
        end -= 1
    return end > start and para[end - 1] in ",:"


def _verb_right_before(para: str, start: int, open_pos: int) -> _Attribution | None:
    """``…, Mr. Roe yelled, “…”``, ``when a young boy shouted, “…”``, ``Roe shot back: “…”``: a
    name or a role opening a clause, and a verb no table holds (``-ed``, ``-s``, or with a
    particle) right before the comma or colon that opens the quotation."""
    if not _comma_or_colon_ends(para, start, open_pos):
        return None  # what the pattern ends on is missing: it cannot match
    m = _VERB_BEFORE_RE.search(para, start, open_pos)
    if m is None:
        return None
    verb = m.group("verb")
    if not (_finite_verb(verb) or m.group("part")) or verb in _NOT_VERBS:
        return None
    cue = f"{verb} {m.group('part')}" if m.group("part") else verb
    for _ in range(_MAX_CLAUSES_BEFORE):  # the clause nearest the verb that reads as a subject
        who = _clause_subject(m.group("subj").split())
        if who is not None:
            return _tuple_new(_Attribution, (who, cue, True, False))
        m = _VERB_BEFORE_RE.search(para, m.start("subj") + 1, open_pos)
        if m is None:
            return None
    return None


def _clause_subject(tokens: list[str]) -> _Who | None:
    """A role phrase (``a young boy``) or a name (``Mr. Roe``) that is the whole of ``tokens``."""
    if tokens[0] in _DETERMINERS:
        role = _role_phrase(tokens)
        return _Who(role, "role", "") if role is not None else None
    if not all(_is_cap(t) or _is_title(t) for t in tokens):
        return None
    who = _clean(tokens, None)
    if who is not None and who.kind == "person" and not _name_like(who.name):
        return None
    return who


def _earlier_sentences(para: str, lo: int, open_pos: int) -> _Attribution | None:
    """``She said her government … “Better ties …”``: a cue in an earlier sentence."""
    stop = _sentence_start(para, lo, open_pos)
    lo = max(lo, stop - _WINDOW)
    if stop <= lo:
        return None
    last = next(_cues_backwards(para, lo, stop), None)
    if last is not None and last.kind != "prep":
        start = _sentence_start(para, lo, last.start)
        who = last.who if last.kind == "active" else _subject(para[start : last.start])
        if who is not None:
            return _Attribution(who, last.text, False)
    # ``She has cut her hours. “I used to …”``: the sentence before is about a person.
    start = _sentence_start(para, lo, stop - 1)
    words = para[start:stop].split(None, 4)
    if len(words) > 1 and words[0].lower() in _PRONOUN_KEYS:
        pron = words[0].lower()
        return _Attribution(_Who(pron, "pron", _v.PRONOUNS[pron]), None, False)
    return None


def _resolve(who: _Who, ctx: _Context, para_index: int, pos: int) -> str | None:
    """The fullest name for ``who``: pronouns and bare surnames looked up, else as written."""
    if who.kind == "pron":
        return _resolve_pronoun(who.gender, ctx, para_index, pos)
    if who.kind == "person" and " " not in who.name:
        return _full_name(who.name, ctx, para_index) or who.name
    return who.name


def _resolve_pronoun(gender: str, ctx: _Context, para_index: int, pos: int) -> str | None:
    """The person a ``he``/``she`` at ``paragraphs[para_index][pos]`` stands for, or ``None``.

    The sentences before the pronoun are read backwards (this paragraph, then up to three before
    it); the first sentence naming a person who may be of ``gender`` decides: one such person is
    the answer, several are resolved to the sentence's subject or the quoted speaker, else the
    reading is unclear and the answer is ``None``.
    """
    if gender not in ("m", "f"):
        return None
    for k in range(para_index, max(-1, para_index - _PRONOUN_REACH - 1), -1):
        limit = pos if k == para_index else len(ctx.paragraphs[k])
        found = _person_before(ctx, k, limit, gender)
        if found is not None:
            if found:
                ctx.genders.setdefault(found, gender)
            return found or None
    return None


def _person_before(ctx: _Context, para_index: int, limit: int, gender: str) -> str | None:
    """The person of the last sentence before ``limit`` naming one: a name, ``""`` when unclear,
    ``None`` when no sentence there names a person of ``gender``."""
    para = ctx.paragraphs[para_index]
    cands: list[tuple[int, str, bool]] = []  # (sentence start, name, subject or speaker)
    for m in _mentions(ctx, para_index, limit):
        if m.pos >= limit:
            break
        known = ctx.genders.get(m.name) or m.gender
        if not known or known == gender:
            cands.append((m.sentence, m.name, m.lead))
    for qpos, name in ctx.said.get(para_index, ()):
        if qpos < limit and ctx.genders.get(name, gender) == gender:
            cands.append((_sentence_start(para, 0, qpos), name, True))
    if not cands:
        return None
    last = max(c[0] for c in cands)
    names = {c[1] for c in cands if c[0] == last}
    if len(names) == 1:
        return names.pop()
    leads = {c[1] for c in cands if c[0] == last and c[2]}
    return leads.pop() if len(leads) == 1 else ""


def _mentions(ctx: _Context, para_index: int, limit: int) -> list[_Mention]:
    """The persons named in a paragraph before ``limit``, in order (each part read once)."""
    para = ctx.paragraphs[para_index]
    got = ctx.mentions.get(para_index)
    if got is None:
        out: list[_Mention] = []
        done = prev_end = 0
    else:
        out, done, prev_end = got
        if done >= limit:
            return out
    quoted = ctx.quoted.get(para_index, ())
    for m in _CHAIN_RE.finditer(para, done, limit):
        text = m.group()
        if " " not in text and (text in _NAME_STOP_WORDS or text.isupper()):
            continue  # ``She``, ``The``, ``US``: never a name on its own
        start = m.start()
        if any(o < start < c for o, c in quoted):
            continue  # a name inside quoted words (a title, what someone said) is no antecedent
        before = para[max(0, start - 24) : start]
        pre = None  # the word before the name, unless the name starts inside a word
        if not before[-1:].isalnum():
            words = before.split()
            if words:
                pre = words[-1]
                if (
                    pre != "by"  # ``was started by X``: the agent
                    and pre.lower() not in _SUBORDINATORS  # ``after X said``: a subject
                    and (pre.lower() in _PREPOSITIONS or pre in _ORG_DETERMINERS)
                    and " ".join(words[-2:]) not in _PREPS  # ``according to X``
                ):
                    continue
        who = _clean(text.split(), pre)
        if who is None or who.kind != "person" or not _name_like(who.name):
            continue
        name = who.name
        sent = _sentence_start(para, 0, start)
        lead = len(para[sent:start].split()) <= 1
        if " " not in name:
            full = _full_name(name, ctx, para_index)
            if full is None and not who.gender and not _acts(para, m.end(), sent == start):
                continue  # a lone capitalised word may be a place or a thing
            name = full or name
        if out and out[-1].lead and para[prev_end:start].strip(" ,") in _CONJUNCTIONS:
            out[-1] = out[-1]._replace(lead=False)  # ``X and Y spoke``: no single subject
        out.append(_Mention(start, name, who.gender, lead, sent))
        prev_end = m.end()
    ctx.mentions[para_index] = (out, limit, prev_end)
    return out


def _acts(para: str, end: int, opens: bool) -> bool:
    """Whether a lone capitalised word ending at ``end`` is a person by what it does: it opens
    its sentence (``opens``) and a speech verb or a verb by its form follows (``Deacon
    argued``, ``Deacon said``), as a place or a thing seldom does.

    >>> _acts("Deacon argued back.", 6, True), _acts("Ohio is big.", 4, True)
    (True, False)
    """
    if not opens:
        return False
    words = para[end : end + _WINDOW].split(None, 1)
    if not words:
        return False
    word = words[0].rstrip(_TOKEN_STRIP)
    return word in _VERBS or _finite_verb(word)


def _name_like(name: str) -> bool:
    """Whether ``name`` reads as a person's name: no acronyms (``US``), no digits, no
    preposition or number first (``Under Ohio``, ``Two``)."""
    head = name.split(None, 1)[0].lower() if name.strip() else ""
    if head in _PREPOSITIONS or head in _v.NOT_NAME_OPENERS:
        return False
    for word in name.split():
        if word in _NAME_PARTICLES:
            continue
        if word.isupper() and len(word.rstrip(".")) > 1:
            return False
        if not word[0].isupper() or any(map(str.isdigit, word)):
            return False
    return True


def _known_speaker(word: str, ctx: _Context) -> str | None:
    """The most recent speaker whose surname (or first name) is ``word``.

    The surname is what follows the last space (the first name what precedes the first), so
    a ``word`` with a space is neither; else a name has it as surname when it is ``word`` or
    ends with a space and ``word`` (as first name: is it, or starts with it and a space).
    """
    if " " in word:
        return None
    last = " " + word
    for name in reversed(ctx.speakers):
        if name.endswith(last) or name == word:
            return name
    first = word + " "
    for name in reversed(ctx.speakers):
        if name.startswith(first) or name == word:
            return name
    return None


def _full_name(word: str, ctx: _Context, para_index: int) -> str | None:
    """``Nasr`` -> ``Vali Nasr``, ``Aiden`` -> ``Aiden Oduya``: an earlier speaker, else the
    one full name the text gives with that surname (or first name); ``None`` when none or
    several differ."""
    known = _known_speaker(word, ctx)
    if known is not None:
        return known
    if word in ctx.surnames:
        return ctx.surnames[word]
    if ctx.searches >= _MAX_SURNAME_SEARCHES:
        return None
    ctx.searches += 1
    by_last: set[str] = set()
    by_first: set[str] = set()
    size = len(word)
    # One search of the joined text up to the end of ``para_index`` (a word never holds the
    # newline between two paragraphs); each look around an occurrence stays in its paragraph.
    text = ctx.joined
    ends = ctx.ends
    hi = ends[para_index]
    i = text.find(word, 0, hi)
    while i >= 0:
        if not text[i + size : i + size + 1].isalnum() and (i == 0 or not text[i - 1].isalnum()):
            k = bisect_right(ends, i)  # the paragraph of the occurrence
            end = ends[k]
            base = end - len(ctx.paragraphs[k])
            for m in _CHAIN_RE.finditer(text, max(base, i - 80), min(end, i + size + 80)):
                start = m.start()
                if start > i:
                    break  # no later name holds the occurrence
                if i < m.end():
                    chain = m.group()
                    if "." in chain:  # ``Ann Hester. Michael …``: the run ends with its sentence
                        start, chain = _sentence_of_run(chain, start, i)
                    # one word alone (no space in the run) names nobody more fully
                    if " " in chain or "\u00a0" in chain:
                        head = text[max(base, start - 24) : start].split()
                        who = _clean(chain.split(), head[-1] if head else None)
                        if (
                            who is not None
                            and who.kind == "person"
                            and " " in who.name
                            # not a headline's run of words
                            and who.name.count(" ") < _MAX_FULL_NAME_WORDS
                        ):
                            parts = who.name.split()
                            if parts[-1] == word:
                                by_last.add(who.name)
                            elif parts[0] == word:
                                by_first.add(who.name)
                    break
        i = text.find(word, i + 1, hi)
    found = by_last or by_first
    best: str | None = None
    if len(found) == 1:
        best = found.pop()
    elif found:  # ``Nasr`` after ``Vali Nasr`` and ``Vali Reza Nasr``: the longest form
        longest = max(found, key=len)
        if all(
            longest.endswith(n.split()[-1]) and set(n.split()) <= set(longest.split())
            for n in found
        ):
            best = longest
    ctx.surnames[word] = best
    return best


# --- the whole article --------------------------------------------------------------------------


def _accept(text: str, attr: _Attribution | None) -> bool:
    """Whether the quoted ``text`` is speech (after :func:`_title_marker` said it is no title)."""
    if _title_case(text) and (text[-1] not in _END_PUNCT or _short_title(text)):
        # a title (``the film “Night Owls,”`` with the comma inside the marks, as US papers
        # write it), unless someone is said to have said it
        return attr is not None and attr.tight and attr.after
    if text[-1] in _END_PUNCT:
        return True
    if attr is not None and attr.tight:
        return True
    return attr is not None or len(text.split()) >= 4


def _short_title(text: str) -> bool:
    """Whether a title-case quotation ending in punctuation reads as a title: two to
    :data:`_MAX_TITLE_WORDS` words (one word is as likely an exclamation), no sentence inside."""
    words = text.split()
    return 1 < len(words) <= _MAX_TITLE_WORDS and text[-1] in ".," and "." not in text[:-1]


def _sentence_stop(para: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends: its stop (abbreviations read), else the end."""
    m = _STOP_RE.search(para, pos)
    while m is not None and _no_stop(para, m.start()):
        m = _STOP_RE.search(para, m.end())
    return len(para) if m is None else m.start()


def _cued_fragment(para: str, text: str, piece: _Piece) -> bool:
    """Whether a short quoted fragment is a partial quotation: its sentence reports speech
    (``said they were “extremely keen”``, ``calling the plan “a disgrace”``), unlike a scare
    quote, a nickname or a title (``the “Big Five”``), which no word of the sentence attributes.
    """
    if piece.close_pos < 0 or _title_case(text):
        return False
    if para[piece.open_pos] in _SINGLE and _outer_open(para, piece.open_pos) == piece.open_pos:
        return False  # single marks: a quotation inside a quotation, a headline, a scare quote
    start = _sentence_start(para, 0, piece.open_pos)
    if _REPORTING_RE.search(para, start, piece.open_pos) is not None:
        return True
    end = _sentence_stop(para, piece.close_pos + 1)
    return _REPORTING_RE.search(para, piece.close_pos + 1, end) is not None


def _sentence_subject(para: str, lo: int, open_pos: int) -> _Who | None:
    """The subject that opens the sentence of a quotation set inside it (``Ann Lind promised
    to “end” the levy``, ``In May, Mr. Roe called it “a farce”``), when a verb follows it, or
    the subject of the main clause before a reporting participle (``…, saying “…”``)."""
    who = _later_clause_subject(para, lo, open_pos) or _opening_subject(para, lo, open_pos)
    if who is None:
        return _participle_subject(para, lo, open_pos)
    return who


def _later_clause_subject(para: str, lo: int, open_pos: int) -> _Who | None:
    """``Lind signed an order, while Ann Roe, the former governor, proposed we “…”``: the person
    opening the last clause of the sentence (after a comma and a clause opener), before its
    verb, is nearer the quotation than the sentence's subject.

    >>> p = "Lind signed it, while Ann Roe, a judge, proposed we “wait.”"
    >>> _later_clause_subject(p, 0, p.index("“"))
    _Who(name='Ann Roe', kind='person', gender='')
    """
    if para.find(", ", lo, open_pos) < 0:
        return None  # (cheap first: no comma, no later clause)
    start = _sentence_start(para, lo, open_pos)
    clauses = _LATER_CLAUSE_RE.findall(para, start, open_pos)
    if not clauses:
        return None
    m = _BARE_SUBJECT_RE.match(
        para, para.rfind(clauses[-1], start, open_pos) + len(clauses[-1]), open_pos
    )
    if m is None:
        return None
    verb = m.group("verb")
    if verb in _ROLE_LOWER:  # ``…, when the Democratic candidate Ann Roe suggested``
        office = _office_subject(para, m, open_pos)
        return office if office is not None and office.kind == "person" else None
    if verb in _NOT_VERBS or not (_finite_verb(verb) or verb in _VERBS):
        return None
    who = _clean(m.group("name").split(), None)
    if who is None or who.kind != "person" or not _name_like(who.name):
        return None
    return who


def _participle_subject(para: str, lo: int, open_pos: int) -> _Who | None:
    """``The mayor left no doubt of it, saying that “…”``: a reporting participle after a comma
    reports the speech of the main clause's subject, however long its verb phrase."""
    start = _sentence_start(para, lo, open_pos)
    m = _REPORTING_PARTICIPLE_RE.search(para, start, open_pos)
    while m is not None and m.group("w") not in _v.REPORTING_WORDS:
        m = _REPORTING_PARTICIPLE_RE.search(para, m.end(), open_pos)
    return None if m is None else _main_clause_subject(para, start, m.start())


def _main_clause_subject(para: str, start: int, comma: int) -> _Who | None:
    """The subject opening a sentence before the comma at ``comma``: a name before its verb, or
    the longest role phrase ending on a role noun (``The retired judge has given …``)."""
    m = _BARE_SUBJECT_RE.match(para, start, comma) or _LEAD_SUBJECT_RE.match(para, start, comma)
    if m is not None:
        verb = m.group("verb")
        who = _clean(m.group("name").split(), m.group("det"))
        # a verb, or a time between a full name and it: ``Ann Roe on Monday stepped up …``
        if who is not None and (
            _finite_verb(verb)
            or verb in _VERBS
            or verb in _ROLE_BREAKERS
            or (verb in _PREPOSITIONS and " " in who.name)
        ):
            return who if who.kind != "person" or _name_like(who.name) else None
    tokens = para[start:comma].split(None, _MAX_ROLE_WORDS + 1)[: _MAX_ROLE_WORDS + 1]
    if not tokens or tokens[0] not in _DETERMINERS:
        return None
    for k in range(len(tokens) - 1, 1, -1):  # the longest phrase ending on a role noun
        if tokens[k - 1] in _ROLE_NOUNS and tokens[k][:1].islower():
            role = _role_phrase(tokens[:k])
            return _Who(role, "role", "") if role is not None else None
    return None


def _opening_subject(para: str, lo: int, open_pos: int) -> _Who | None:
    """:func:`_sentence_subject` read from the subject opening the sentence."""
    start = _sentence_start(para, lo, open_pos)
    clause = (
        _with_clause(para, start, open_pos)
        or _after_participle(para, start, open_pos)
        or _name_after_office(para, start, open_pos)
    )
    if clause is not None:
        return clause
    m = _LEAD_SUBJECT_RE.match(para, start, open_pos)
    if m is not None and m.group("lead"):
        lead = m.group("lead").rstrip()[:-1]  # (its last comma cut)
        last = m.start("lead") + lead.rfind(",") + 1  # where its last piece starts
        if _names_only(para[last : m.start("lead") + len(lead)]):  # ``Ann Roe, Ohio’s governor,``
            while para[last : last + 1] in (" ", "\u00a0"):
                last += 1
            m = _BARE_SUBJECT_RE.match(para, last, open_pos) or m
    if m is not None and m.group("verb") in _ROLE_LOWER:
        return _office_subject(para, m, open_pos) or _role_subject(para, start, open_pos)
    if m is not None:
        office = _office_after_adjective(para, m, open_pos)
        if office is not None:
            return office
    if m is None or m.group("verb") in _NOT_VERBS:
        return _role_subject(para, start, open_pos) or _pronoun_subject(para, start, open_pos)
    if not m.group("lead") and m.group("name").split(None, 1)[0].endswith(_v.PARTICIPLE_ENDING):
        return None  # ``Holding signs …``: a participle opens the sentence, no name
    who = _clean(m.group("name").split(), m.group("det"))
    if who is None:
        return _role_subject(para, start, open_pos) or _pronoun_subject(para, start, open_pos)
    if who.kind == "person" and not _name_like(who.name):
        return None
    return who


def _name_after_office(para: str, start: int, open_pos: int) -> _Who | None:
    """``Ohio’s attorney general, Ann Bondi, vowed …``: an office set off before the name
    opening the sentence, then the verb: the name (a person's, the office holding a role noun).

    >>> p = "Ohio’s attorney general, Ann Bondi, vowed to act on “the bad actors.”"
    >>> _name_after_office(p, 0, p.index("“"))
    _Who(name='Ann Bondi', kind='person', gender='')
    """
    m = _OFFICE_NAME_RE.match(para, start, open_pos)
    if m is None or m.group("verb") in _NOT_VERBS or not _has_role(m.group("office").split()):
        return None
    who = _clean(m.group("name").split(), None)
    if who is None or who.kind != "person" or not _name_like(who.name):
        return None
    return who


def _with_clause(para: str, start: int, open_pos: int) -> _Who | None:
    """The person of the last absolute clause before the quotation (``Critics were quick to
    react, with Ann Roe calling it “a farce”``), a name-like person only."""
    found: _Who | None = None
    for m in _WITH_CLAUSE_RE.finditer(para, start, open_pos):
        who = _clean(m.group("name").split(), None)
        found = who if who is not None and who.kind == "person" and _name_like(who.name) else None
    return found


def _after_participle(para: str, start: int, open_pos: int) -> _Who | None:
    """``Speaking on Monday in Dover, which hosts the vote, Roe called it “…”``: a sentence
    opening on a participle (maybe after a preposition) holds its subject after a later comma,
    however long the clause before it: after the first comma followed by a person's name and a
    verb, or by a role and a verb."""
    m = _PARTICIPLE_LEAD_RE.match(para, start, open_pos)
    if m is None:
        return None
    for comma in _CLAUSE_COMMA_RE.finditer(para, m.end(), open_pos):
        after = comma.end()
        found = _BARE_SUBJECT_RE.match(para, after, open_pos)
        if found is not None and found.group("verb") not in _NOT_VERBS:
            who = _clean(found.group("name").split(), found.group("det"))
            if who is not None and who.kind == "person" and _name_like(who.name):
                return who
        role = _role_subject(para, after, open_pos)  # ``Holding signs, the crowd chanted``
        if role is not None:
            return role
    return None


def _names_only(lead: str) -> bool:
    """Whether a lead-in holds only capitalised words (the subject itself, before its
    appositive: ``Ann Roe, Ohio’s governor,``), not a clause (``After the vote in Ohio,``)."""
    return any(_is_cap(t) for t in lead.split()) and all(
        _is_cap(t) or _is_title(t) for t in lead.split()
    )


def _office_subject(para: str, m: re.Match[str], open_pos: int) -> _Who | None:
    """A subject whose capitalised words end on an office noun (``Presidential candidate Ann
    Roe often says``, ``The Ohio senator sought``): the name after the office, else the
    determiner phrase as written."""
    pos = m.end("verb")
    while para[pos : pos + 1] in (" ", "\u00a0"):
        pos += 1
    after = _BARE_SUBJECT_RE.match(para, pos, open_pos)
    if after is not None and after.group("verb") not in _NOT_VERBS:
        who = _clean(after.group("name").split(), None)
        if who is not None and who.kind == "person" and _name_like(who.name):
            return who
    if m.group("det") is None:
        # ``Corporate lobbyists describe …``, ``Republican senators said``: a plural office
        # after capitalised words and before a verb is the subject, as written
        words = para[pos:open_pos].split(None, 1)
        verb = words[0] if words else ""
        office = m.group("verb")
        if not m.group("lead") and office.endswith("s") and _plural_verb(verb):
            return _Who(f"{' '.join(m.group('name').split())} {office}", "role", "")
        return None
    role = _role_phrase([m.group("det"), *m.group("name").split(), m.group("verb")])
    return _Who(role, "role", "") if role is not None else None


def _plural_verb(word: str) -> bool:
    """Whether a lower-case ``word`` after a plural subject reads as its verb (``describe``,
    ``said``), not a preposition, a relative pronoun or a participle.

    >>> _plural_verb("describe"), _plural_verb("in"), _plural_verb("who")
    (True, False, False)
    """
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_VERBS
        and word not in _APPOSITIVE_STARTERS
        and not word.endswith((_v.PARTICIPLE_ENDING, "ly"))
    )


def _office_after_adjective(para: str, m: re.Match[str], open_pos: int) -> _Who | None:
    """``Republican presidential candidate Ann Roe has said``: the word read as the verb and at
    most one more are lower-case words before an office noun, and a name and a verb follow it:
    the name (the capitalised word before is an adjective, not the subject)."""
    pos = m.start("verb")
    for _ in range(2):
        end = para.find(" ", pos, open_pos)
        if end < 0:
            return None
        word = para[pos:end]
        if not word.isalpha() or not word.islower() or word in _NOT_VERBS:
            return None
        if word.endswith("ed") or word in _VERBS:
            return None  # a verb, not an adjective: ``Roe attacked billionaire Bo Lind``
        pos = end + 1
        if word in _ROLE_LOWER:
            after = _BARE_SUBJECT_RE.match(para, pos, open_pos)
            if after is None or after.group("verb") in _NOT_VERBS:
                return None
            who = _clean(after.group("name").split(), None)
            if who is not None and who.kind == "person" and _name_like(who.name):
                return who
            return None
    return None


def _pronoun_subject(para: str, start: int, open_pos: int) -> _Who | None:
    """``He pledged to be “the best”``, ``Instead, she was back to “winning”``: a ``he`` or a
    ``she`` opening the sentence of a quotation, before a verb (resolved like any pronoun, from
    the sentences before this one)."""
    m = _PRONOUN_SUBJECT_RE.match(para, start, open_pos)
    if m is None or m.group("verb") in _NOT_VERBS:
        return None
    pron = m.group("pron").lower()
    return _tuple_new(_Who, (pron, "pron", _PRONOUNS[pron]))


def _role_subject(para: str, start: int, open_pos: int) -> _Who | None:
    """A role phrase opening the sentence of a quotation, before a verb in ``-ed``/``-s``
    (``The ad targets a “rigged economy”``), as written."""
    tokens = para[start:open_pos].split(None, _MAX_ROLE_WORDS + 1)[: _MAX_ROLE_WORDS + 1]
    if not tokens or tokens[0] not in _DETERMINERS:
        return None
    for k in range(2, len(tokens)):
        verb = tokens[k]
        if verb.islower() and verb.endswith(("ed", "s")) and verb not in _ROLE_BREAKERS:
            role = _role_phrase(tokens[:k])
            return _Who(role, "role", "") if role is not None else None
    return None


def _attribute(
    ctx: _Context,
    paragraphs: Sequence[str],
    first: _Piece,
    attr: _Attribution | None,
    lo: int,
    inherited: str | None,
    carried: str | None = None,
) -> tuple[str | None, str | None, _Who | None]:
    """Speaker, cue and the reading of the speaker used, trying the rules in order."""
    para = paragraphs[first.paragraph]
    cue = attr.cue if attr is not None else None
    label = _transcript_label(para, first)
    if label is not None:
        return _resolve(label, ctx, first.paragraph, first.open_pos), None, label
    if attr is not None and attr.who is not None:
        # a pronoun before the quotation stands for someone named before the pronoun's
        # sentence (``He said that Roe is “weak.”``: not Roe)
        pos = first.open_pos if attr.after else _start_after_quotation(para, lo, first.open_pos)
        speaker = _resolve(attr.who, ctx, first.paragraph, pos)
        if speaker is not None:
            return speaker, cue, attr.who
    label = _name_label(para, lo, _outer_open(para, first.open_pos))
    if label is not None:
        speaker = _resolve(label, ctx, first.paragraph, first.open_pos)
        if speaker is not None and (" " in speaker or label.kind != "person"):
            return speaker, cue, label
    if attr is None and _nothing_after(para, first):
        # ``“…,” Lind said. Roe disagreed. “…”``: the subject of the sentence before
        subject = _subject_before(para, lo, _outer_open(para, first.open_pos))
        if subject is not None:
            speaker = _resolve(subject, ctx, first.paragraph, first.open_pos)
            if speaker is not None and (" " in speaker or subject.kind != "person"):
                return speaker, cue, subject
    if inherited is not None:
        # ``“…,” Lind said. Roe talked up her “plan.”``: the sentence's own subject first
        subject = _sentence_subject(para, lo, _outer_open(para, first.open_pos))
        if subject is not None and subject.kind != "pron":
            speaker = _resolve(subject, ctx, first.paragraph, first.open_pos)
            if speaker is not None:
                return speaker, cue, subject
        return inherited, None, None
    found = _earlier_sentences(para, lo, _outer_open(para, first.open_pos))
    if (
        found is None
        and not para[lo : _outer_open(para, first.open_pos)].strip()
        and first.paragraph
    ):
        prev = paragraphs[first.paragraph - 1].rstrip()
        if prev.endswith(":"):
            found = _before(prev, 0, len(prev))
    if found is not None and found.who is not None:
        speaker = _resolve(found.who, ctx, first.paragraph, first.open_pos)
        if speaker is not None:
            return speaker, cue or found.cue, found.who
    subject = _sentence_subject(para, lo, _outer_open(para, first.open_pos))
    if subject is not None:
        # a pronoun subject stands for someone named before its sentence
        pos = (
            first.open_pos if subject.kind != "pron" else _sentence_start(para, lo, first.open_pos)
        )
        speaker = _resolve(subject, ctx, first.paragraph, pos)
        if speaker is not None:
            return speaker, cue, subject
    if not para[: _outer_open(para, first.open_pos)].strip():
        if carried is not None:
            return carried, cue, None  # the speaker of the paragraph before goes on
        if first.paragraph and attr is None and _nothing_after(para, first):
            subject = _closing_subject(paragraphs[first.paragraph - 1])
            if subject is not None:
                speaker = _resolve(subject, ctx, first.paragraph, first.open_pos)
                # (one word is a name only when the article names that person in full)
                if speaker is not None and (" " in speaker or subject.kind != "person"):
                    return speaker, cue, subject
    return None, cue, None


def _transcript_label(para: str, piece: _Piece) -> _Who | None:
    """``“PENCE: Well, look …”``: a name in capitals and a colon opening the quoted words, as a
    transcript names its speaker (``Pence``), unless the word names no one (``UPDATE``)."""
    m = _TRANSCRIPT_LABEL_RE.match(para, piece.start, piece.end)
    if m is None or m.group("label") in _v.NOT_SPEAKER_LABELS:
        return None
    return _Who(" ".join(w.capitalize() for w in m.group("label").split()), "person", "")


def _nothing_after(para: str, piece: _Piece) -> bool:
    """Whether no word follows the quotation in its sentence (``“…,” it read.`` has one)."""
    if piece.close_pos < 0:
        return True
    stop = _sentence_stop(para, piece.close_pos + 1)
    return not any(ch.isalnum() for ch in para[piece.close_pos + 1 : stop])


def _closing_subject(prev: str) -> _Who | None:
    """``Roe praised the plan.`` then a paragraph that is a quotation and names no one: the
    subject opening the last sentence of the paragraph before, when that sentence holds no
    quotation (a person, an organisation or a role; a pronoun is too far from its name)."""
    text = prev.rstrip()
    if not text:
        return None
    start = _sentence_start(text, 0, len(text) - 1)
    if any(ch in _ALL_MARKS for ch in text[start:] if ch not in _APOSTROPHES):
        return None
    m = _BARE_SUBJECT_RE.match(text, start)
    if m is None:
        return None
    verb = m.group("verb")  # a verb by its form (``praised``, ``is``, ``had``), no adjective
    if verb in _NOT_VERBS or not (
        verb.endswith(_v.FINITE_VERB_ENDINGS) or verb in _ROLE_BREAKERS or verb in _VERBS
    ):
        return None
    head = m.group("name").split(None, 1)[0]
    if head.endswith(_v.PARTICIPLE_ENDING) or head in _NAME_STOP_WORDS:
        return None  # ``Looking ahead, …``, ``When Roe left, …``: a clause before the subject
    who = _clean(m.group("name").split(), m.group("det"))
    if who is None or (who.kind == "person" and not _name_like(who.name)):
        return None
    return who


def _subject_before(para: str, lo: int, open_pos: int) -> _Who | None:
    """``Bo Lind disagreed. “…”``: a quotation that is a sentence of its own, right after a
    sentence about a person (no quotation in it) in the same paragraph: that sentence's subject
    (read as :func:`_closing_subject` reads the paragraph before).

    >>> _subject_before("Bo Lind disagreed. “No.”", 0, 19)
    _Who(name='Bo Lind', kind='person', gender='')
    """
    k = open_pos
    while k > lo and para[k - 1] in " \u00a0":
        k -= 1
    if k <= lo or para[k - 1] not in _END_CHARS:
        return None  # (cheap: no stop right before the quotation, no sentence before it)
    start = _sentence_start(para, lo, open_pos)
    if start <= lo or para[start:open_pos].strip():
        return None
    return _closing_subject(para[lo:start])


def _carried(
    paragraphs: Sequence[str], index: int, close: int | None, who: str | None
) -> str | None:
    """The speaker a paragraph that opens on a quotation may go on with: the speaker of the
    quotation that ends the paragraph before (``close`` is where it closed), when at most its
    attribution follows it there (``“…,” Lind said.`` then ``“…”``)."""
    if who is None or close is None or not index:
        return None
    prev = paragraphs[index - 1].rstrip()
    return who if _sentence_stop(prev, close) >= len(prev) - 1 else None


def _outer_open(para: str, open_pos: int) -> int:
    """The first mark of a doubled opening ``''`` (some papers write ``''…''``), else ``open_pos``.

    >>> _outer_open("X said: ''Go.''", 9)
    8
    """
    if open_pos and para[open_pos] == "'" == para[open_pos - 1]:
        return open_pos - 1
    return open_pos


def _group_end(pieces: list[_Piece], i: int) -> int:
    j = i
    while pieces[j].close_pos < 0 and j + 1 < len(pieces) and pieces[j + 1].continued:
        j += 1
    return j


def find_quotes(paragraphs: Sequence[str]) -> tuple[Quote, ...]:
    """Find the direct quotations in ``paragraphs`` and who said them.

    For text that is already clean article body (from another extractor): one string per
    paragraph, the title left out. :func:`newsparse.parse` calls this on the body it finds, so
    ``Article.quotes`` is the same answer.

    Quotations come in paragraph order, then in order of offset; ``text`` is exactly
    ``paragraphs[q.paragraph][q.start:q.end]``. ``speaker`` is the fullest name the article gives
    (``Mr. Okafor`` -> ``Ada Okafor`` when she was named in full before; ``he`` -> the person
    named before the pronoun), a role or organisation as written when no name is given (``the
    Republican lawmaker``, ``the White House``), or ``None`` when the text does not say. ``cue``
    is the attribution phrase. How it is found: ``docs/quotes.md``.

    >>> import newsparse
    >>> [(q.text, q.speaker) for q in newsparse.find_quotes([
    ...     "Sen. Ada Okafor opened the hearing.",
    ...     "“We will not wait,” Ms. Okafor said. The panel's chair called it “a good start.”",
    ... ])]
    [('We will not wait,', 'Ada Okafor'), ('a good start.', "The panel's chair")]
    >>> qs = find_quotes([
    ...     "Ann Lind chairs the board.",
    ...     "‘It is a start,’ Lind said. The ‘rancorous’ talks went on.",
    ... ])
    >>> [(q.text, q.speaker, q.cue) for q in qs]
    [('It is a start,', 'Ann Lind', 'said')]
    """
    _STOPS.clear()
    try:
        return _find_quotes(paragraphs)
    finally:
        _STOPS.clear()  # no text is held once the call returns


def _find_quotes(paragraphs: Sequence[str]) -> tuple[Quote, ...]:
    """:func:`find_quotes`, without the emptying of :data:`_STOPS` around it."""
    written = paragraphs  # the quotations' text comes from here, as written
    paragraphs = [_read_as_spaced(p) for p in paragraphs]
    joined = "\n".join(paragraphs)
    marks = _marks(joined)
    if not marks:
        return ()
    # ends[i]: where paragraph i ends in the joined text (its newline), all summed up in C
    ends = list(map(add, accumulate(map(len, paragraphs)), range(len(paragraphs))))
    pieces = _pieces(paragraphs, marks, ends)
    if not pieces:
        return ()

    ctx = _Context(paragraphs, joined, ends)
    for piece in pieces:
        close = piece.close_pos if piece.close_pos >= 0 else len(paragraphs[piece.paragraph])
        ctx.quoted.setdefault(piece.paragraph, []).append((piece.open_pos, close))
    read = _Read(written)
    i = 0
    while i < len(pieces):
        # a quotation running over several paragraphs is one group of pieces
        j = i if pieces[i].close_pos >= 0 else _group_end(pieces, i)
        _read_group(ctx, pieces[i : j + 1], read)
        i = j + 1
    return tuple(read.quotes)


class _Read:
    """The quotations accepted so far, and where the last one of each paragraph ended and
    who said it (a later quotation's speaker may be carried from it)."""

    __slots__ = ("last_close", "last_who", "quotes", "written")

    def __init__(self, written: Sequence[str]) -> None:
        self.written = written  # the paragraphs as written: the quotations' text comes from here
        self.quotes: list[Quote] = []
        self.last_close: dict[int, int] = {}  # paragraph -> end of the last accepted quotation
        self.last_who: dict[int, str | None] = {}  # paragraph -> speaker of the last one


def _read_group(ctx: _Context, group: Sequence[_Piece], read: _Read) -> None:
    """Read one quotation (its pieces, one a paragraph it runs over): left out when it is a
    name or a title, or neither attributed nor cued; else each piece with its speaker."""
    paragraphs = ctx.paragraphs
    first, final = group[0], group[-1]
    index, start, end, open_pos, _, _ = first
    para = paragraphs[index]
    text = para[start:end]
    single = len(group) == 1
    if single and (_title_marker(para, open_pos) or _owned_title(para, open_pos, text)):
        return  # a name or title (``the so-called “…”``), whoever may be said to say it
    lo = read.last_close.get(index, 0)
    attr: _Attribution | None = None
    if final.close_pos >= 0:
        attr = _after(paragraphs[final.paragraph], final)
    if attr is None:
        attr = _before(para, lo, _outer_open(para, open_pos))
    if single and not _accept(text, attr) and not _cued_fragment(para, text, first):
        return
    carried = _carried(
        paragraphs, index, read.last_close.get(index - 1), read.last_who.get(index - 1)
    )
    speaker, cue, used = _attribute(
        ctx, paragraphs, first, attr, lo, read.last_who.get(index), carried
    )
    if speaker is not None and used is not None:
        _remember(ctx, speaker, used, index, open_pos)
    for piece, who, said in _group_speakers(ctx, group, speaker, cue):
        text = read.written[piece.paragraph][piece.start : piece.end]
        read.quotes.append(_quote(text, who, said, piece.paragraph, piece.start, piece.end))
        close = piece.close_pos if piece.close_pos >= 0 else len(paragraphs[piece.paragraph])
        read.last_close[piece.paragraph] = close + 1
        read.last_who[piece.paragraph] = who


def _group_speakers(
    ctx: _Context, group: Sequence[_Piece], speaker: str | None, cue: str | None
) -> Iterator[tuple[_Piece, str | None, str | None]]:
    """Each piece of one quotation (one running over several paragraphs is a group) with its
    speaker and cue: the group's, until a transcript's label in a later piece names a new
    speaker (``VIDEO:`` names none)."""
    for n, piece in enumerate(group):
        p = ctx.paragraphs[piece.paragraph]
        if n > 0 and _TRANSCRIPT_LABEL_RE.match(p, piece.start, piece.end):
            label = _transcript_label(p, piece)
            speaker = None if label is None else _resolve(label, ctx, piece.paragraph, 0)
            cue = None
        yield piece, speaker, cue


def _read_as_spaced(para: str) -> str:
    """``para`` with each line break after a sentence's stop read as a space, the same length.

    >>> _read_as_spaced("said Lind.\\nBo Roe agreed.")
    'said Lind. Bo Roe agreed.'
    """
    if "\n" not in para and "\r" not in para:
        return para
    return _STOP_AT_LINE_END_RE.sub(" ", para)


def _remember(ctx: _Context, speaker: str, used: _Who, index: int, open_pos: int) -> None:
    """Keep a quotation's speaker for the ones after it: a person named in full as the latest
    speaker (a pronoun or a surname later points to them) with where they spoke, and the
    gender the cue gave."""
    if used.kind == "person" and " " in speaker:
        if speaker in ctx.speakers:
            ctx.speakers.remove(speaker)
        ctx.speakers.append(speaker)
        ctx.said.setdefault(index, []).append((open_pos, speaker))
    if used.gender in ("m", "f"):
        ctx.genders.setdefault(speaker, used.gender)
