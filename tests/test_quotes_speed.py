"""The fast paths of the quotation finder give what the plain, slower reading gives.

:mod:`newsparse._quotes` takes short cuts for speed (one search for every quote mark of the
article, one regex for a sentence's end, records built without re-running their validators).
Each is checked here against the straightforward reading it replaces, on paragraphs built from
the words the finder reacts to (:mod:`newsparse.vocab.quotes`).
"""

from __future__ import annotations

import pathlib
from unittest import mock

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import _quotes
from newsparse._models import Quote
from newsparse._quotes import find_quotes
from newsparse.vocab import quotes as V

DATA = pathlib.Path(__file__).parent / "data" / "quotes"

_WORDS = sorted(
    V.SPEECH_VERBS
    | set(V.SOURCE_PREPOSITIONS)
    | set(V.PRONOUNS)
    | set(V.TITLE_PREFIXES)
    | V.ROLE_NOUNS
    | V.DETERMINERS
    | V.NAME_PARTICLES
    | {"Ann", "Lind", "Vali", "Nasr", "Pakistan’s", "don’t", "it", "was", "quoted", "as", "saying"}
)
_MARKS = sorted(set(V.QUOTE_PAIRS) | set("".join(V.QUOTE_PAIRS.values())))
_TOKENS = (
    st.sampled_from(_WORDS)
    | st.sampled_from(_MARKS)
    | st.sampled_from(
        [" ", "  ", ", ", ". ", ": ", "? ", "! ", "… ", ".", "\u00a0", " — ", "-", "\n", "’s", "'s"]
    )
)
#: A paragraph of vocabulary words, marks and punctuation, glued without spaces or with them.
paragraphs = st.lists(st.lists(_TOKENS, max_size=40).map("".join), max_size=6)


def _marks_plain(para: str) -> list[int]:
    """The quote marks of one paragraph, found one paragraph and one character at a time."""
    found = []
    for i, ch in enumerate(para):
        if ch not in _MARKS:
            continue
        inside = 0 < i < len(para) - 1 and para[i - 1].isalnum() and para[i + 1].isalnum()
        if ch in "'\u2019\u2018" and inside:
            continue
        found.append(i)
    return found


def _sentence_end_plain(para: str, pos: int, limit: int) -> int:
    for stop in (". ", "? ", "! ", "\u2026 ", "\u201c", "\u201e", "\u00ab", '"'):
        i = para.find(stop, pos, limit)
        while i >= 0 and stop == ". " and _quotes._no_stop(para, i):  # ``Mr. Roe``
            i = para.find(stop, i + 1, limit)
        if i >= 0:
            limit = i
    return limit


@settings(max_examples=300, deadline=None)
@given(paragraphs)
def test_marks_of_the_joined_article_are_those_of_each_paragraph(paras: list[str]) -> None:
    joined: list[int] = []
    base = 0
    for para in paras:
        joined.extend(base + i for i in _marks_plain(para))
        base += len(para) + 1
    assert _quotes._marks("\n".join(paras)) == joined


@settings(max_examples=300, deadline=None)
@given(paragraphs.filter(bool), st.data())
def test_sentence_end_is_the_first_stop(paras: list[str], data: st.DataObject) -> None:
    para = " ".join(paras)
    pos = data.draw(st.integers(0, len(para)))
    limit = data.draw(st.integers(pos, len(para)))
    assert _quotes._sentence_end(para, pos, limit) == _sentence_end_plain(para, pos, limit)


@settings(max_examples=300, deadline=None)
@given(paragraphs.filter(bool), st.data())
def test_cues_read_first_or_backwards_are_the_cues(paras: list[str], data: st.DataObject) -> None:
    para = " ".join(paras)
    lo = data.draw(st.integers(0, len(para)))
    hi = data.draw(st.integers(lo, len(para)))
    cues = [c for m in _quotes._anchors(para, lo, hi) if (c := _quotes._classify(para, m, lo))]
    assert list(_quotes._cues_backwards(para, lo, hi)) == cues[::-1]
    assert _quotes._first_cue(para, lo, hi) == (cues[0] if cues else None)


@settings(max_examples=300, deadline=None)
@given(paragraphs)
def test_records_are_the_validated_ones(paras: list[str]) -> None:
    for q in find_quotes(paras):
        attrs.validate(q)
        same = Quote(**attrs.asdict(q))
        assert same == q and hash(same) == hash(q) and repr(same) == repr(q)


def test_records_of_the_fixtures_are_the_validated_ones() -> None:
    count = 0
    for path in sorted(DATA.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paras = [p.strip() for p in text.split("\n\n") if p.strip()]
        for q in find_quotes(paras):
            attrs.validate(q)
            assert Quote(**attrs.asdict(q)) == q
            count += 1
    assert count > 50


_NAME_WORDS = sorted(
    set(V.TITLE_PREFIXES)
    | V.ROLE_TITLES
    | V.NAME_PARTICLES
    | V.CONNECTORS
    | V.ORG_DETERMINERS
    | V.ORG_WORDS
    | V.POST_NOMINALS
    | set(list(V.NAME_STOP_WORDS)[:20])
    | {"Vali", "Nasr", "Ann", "Lind", "Ambassador", "Secretary-General", "Commissioner"}
    | {"Pakistan’s", "Reuters'", "O'Brien", "Jones’", "Smith's", "de", "(WSJ)", "US", ""}
)
_chains = st.lists(
    st.tuples(st.sampled_from(_NAME_WORDS), st.sampled_from(["", ",", ".", "“", ")", ":"])).map(
        "".join
    ),
    max_size=6,
)


@settings(max_examples=500, deadline=None)
@given(_chains, st.none() | st.sampled_from(_NAME_WORDS), st.booleans())
def test_plain_names_read_as_the_rules_read_them(
    chain: list[str], pre: str | None, abbr: bool
) -> None:
    tokens = _quotes._name_tokens(chain)
    assert _quotes._clean(chain, pre, abbr) == _quotes._clean_rules(tokens, pre, abbr)


_two_marks = st.tuples(
    st.lists(_TOKENS, max_size=4).map("".join),
    st.sampled_from(_MARKS),
    st.lists(_TOKENS, max_size=4).map("".join),
    st.sampled_from(_MARKS),
    st.lists(_TOKENS, max_size=4).map("".join),
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_two_marks | st.lists(_TOKENS, max_size=30).map("".join), st.booleans(), _TOKENS)
def test_two_marks_pair_as_the_state_machine_pairs_them(
    para: str, continued: bool, following: str
) -> None:
    marks = _quotes._marks(para)
    args = (para, 0, following, continued, marks, 0, len(marks), 0)
    assert _quotes._pair(*args) == _quotes._pair_marks(*args)


def test_records_built_directly_have_all_their_fields() -> None:
    paras = [
        "“It is a start,” said Ann Lind, who was quoted as saying “more” by Reuters. "
        "‘It is,’ Lind said. «Oui», selon le maire. “No,” according to the Wall Street Journal.",
        "She said: “We will see.” The US (WSJ) was quoted as saying “maybe”.",
    ]
    seen = set()
    joined = "\n".join(paras)
    for piece in _quotes._pieces(paras, _quotes._marks(joined), [len(paras[0]), len(joined)]):
        assert len(piece) == len(piece._fields)
        attr = _quotes._after(paras[piece.paragraph], piece)
        for record in (attr, attr and attr.who):
            if record is not None:
                assert len(record) == len(record._fields)
                seen.add(type(record).__name__)
        for cue in _quotes._cues_backwards(paras[piece.paragraph], 0, len(paras[piece.paragraph])):
            assert len(cue) == len(cue._fields)
            seen.add(cue.kind)
    assert {"_Attribution", "_Who", "verb", "prep", "passive"} <= seen


_regions = st.lists(
    st.sampled_from(_NAME_WORDS) | st.sampled_from(["the", "The", "(WSJ)", "Jean-Luc", ","]),
    max_size=9,
).flatmap(lambda words: st.sampled_from([" ", "  ", "\u00a0"]).map(lambda sep: sep.join(words)))


@settings(max_examples=500, deadline=None)
@given(_regions)
def test_simple_subjects_hold_six_words_and_no_comma(region: str) -> None:
    """``_subject`` tries its one-pattern reading only on regions that could match it."""
    if _quotes._SIMPLE_SUBJECT_RE.fullmatch(region) is not None:
        assert len(region.split()) <= 6 and "," not in region


def _known_speaker_plain(word: str, speakers: list[str]) -> str | None:
    for name in reversed(speakers):
        if name.rsplit(" ", 1)[-1] == word:
            return name
    for name in reversed(speakers):
        if name.split(" ", 1)[0] == word:
            return name
    return None


_name_parts = st.text(alphabet="AaN \u00a0", max_size=7)


@settings(max_examples=500, deadline=None)
@given(st.lists(_name_parts, max_size=5), _name_parts)
def test_known_speakers_are_found_by_their_surname_or_first_name(
    speakers: list[str], word: str
) -> None:
    ctx = _quotes._Context([], "", [])
    ctx.speakers.extend(speakers)
    assert _quotes._known_speaker(word, ctx) == _known_speaker_plain(word, speakers)


# --- the whole finder, with and without its short cuts ------------------------------------------

_PEOPLE = ["Ann Lind", "Lind", "Vali Nasr", "Nasr", "Ms Wren", "Dr Tove Brandt", "Brandt"]
_SOURCES = ["the Wall Street Journal (WSJ)", "Reuters", "Pakistan’s Ambassador Sherry Rehman"]
_SPEAKERS = st.sampled_from(_PEOPLE + _SOURCES + ["she", "he", "officials", "a lawyer"])
_VERBS = st.sampled_from(["said", "told reporters", "added", "was quoted as saying", "wrote"])
_WORDS_SAID = st.lists(
    st.sampled_from([*_WORDS, "it", "is", "a", "start", "the", "plan"]), min_size=1, max_size=6
)
_SENTENCES = st.one_of(
    st.builds("“{},” {} {}.".format, _WORDS_SAID.map(" ".join), _SPEAKERS, _VERBS),
    st.builds("{} {}: “{}.”".format, _SPEAKERS, _VERBS, _WORDS_SAID.map(" ".join)),
    st.builds("‘{}’ {} {}.".format, _WORDS_SAID.map(" ".join), _VERBS, _SPEAKERS),
    st.builds("{} {} it was “{}”.".format, _SPEAKERS, _VERBS, _WORDS_SAID.map(" ".join)),
    st.builds("«{}», selon {}.".format, _WORDS_SAID.map(" ".join), _SPEAKERS),
    st.builds("{} met {} on Monday.".format, _SPEAKERS, _SPEAKERS),
    st.builds("the so-called “{}”".format, _WORDS_SAID.map(" ".join)),
)
articles = st.lists(st.lists(_SENTENCES, min_size=1, max_size=3).map(" ".join), max_size=6)


def _clean_by_rules(chain: list[str], pre: str | None, abbr: bool = False) -> object:
    return _quotes._clean_rules(_quotes._name_tokens(chain), pre, abbr)


def _first_cue_backwards(para: str, lo: int, hi: int) -> object:
    return ([None, *_quotes._cues_backwards(para, lo, hi)])[-1]


def _known_speaker_by_split(word: str, ctx: _quotes._Context) -> str | None:
    return _known_speaker_plain(word, ctx.speakers)


def _validated(
    text: str, speaker: str | None, cue: str | None, paragraph: int, start: int, end: int
) -> Quote:
    return Quote(text=text, speaker=speaker, cue=cue, paragraph=paragraph, start=start, end=end)


@settings(max_examples=300, deadline=None)
@given(articles)
def test_the_finder_reads_as_it_does_without_its_short_cuts(paras: list[str]) -> None:
    fast = find_quotes(paras)
    with mock.patch.multiple(
        _quotes,
        _pair=_quotes._pair_marks,
        _clean=_clean_by_rules,
        _first_cue=_first_cue_backwards,
        _sentence_end=_sentence_end_plain,
        _known_speaker=_known_speaker_by_split,
        _quote=_validated,
    ):
        slow = find_quotes(paras)
    assert fast == slow
