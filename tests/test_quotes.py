"""Tests of the quotation extractor (:func:`newsparse._quotes.find_quotes`).

The fixtures in ``tests/data/quotes/`` are invented articles: ``NAME.txt`` holds the paragraphs
(separated by one blank line) and ``NAME.expected.json`` the quotations a careful reader finds.
"""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse._models import Quote
from newsparse._quotes import find_quotes

DATA = pathlib.Path(__file__).parent / "data" / "quotes"
SEED = pathlib.Path(__file__).parents[2] / "shared" / "seeds" / "000_27a995b42533d3a8.expected.json"
FIXTURES = sorted(p.name.removesuffix(".txt") for p in DATA.glob("*.txt"))


def _paragraphs(name: str) -> list[str]:
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def _expected(name: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(
        (DATA / f"{name}.expected.json").read_text(encoding="utf-8")
    )
    return data


def _norm(text: str) -> str:
    text = " ".join(text.split())
    return text[:-1] if text.endswith((",", ".")) else text


def _fold(name: str | None) -> str | None:
    return None if name is None else " ".join(name.split())


def _check_offsets(paragraphs: list[str], quotes: tuple[Quote, ...]) -> None:
    for q in quotes:
        assert paragraphs[q.paragraph][q.start : q.end] == q.text


# --- the invented articles ----------------------------------------------------------------------


def test_fixtures_are_consistent() -> None:
    assert len(FIXTURES) >= 15
    total = 0
    for name in FIXTURES:
        paragraphs = _paragraphs(name)
        for item in _expected(name):
            assert item["text"] in paragraphs[item["paragraph"]], (name, item)
            total += 1
    assert total >= 60


def test_fixture_scores() -> None:
    """Span precision/recall and speaker accuracy over all invented articles."""
    found = expected_total = matched = speakers_right = cues_right = 0
    misses: list[str] = []
    for name in FIXTURES:
        paragraphs = _paragraphs(name)
        quotes = find_quotes(paragraphs)
        _check_offsets(paragraphs, quotes)
        got = {(q.paragraph, _norm(q.text)): q for q in quotes}
        want = {(e["paragraph"], _norm(e["text"])): e for e in _expected(name)}
        found += len(got)
        expected_total += len(want)
        for key, extra in got.items():
            if key not in want:
                misses.append(f"{name}: extra {key} speaker={extra.speaker!r}")
        for key, e in want.items():
            hit = got.get(key)
            if hit is None:
                misses.append(f"{name}: missed {key}")
                continue
            matched += 1
            if _fold(hit.speaker) == _fold(e["speaker"]):
                speakers_right += 1
            else:
                misses.append(f"{name}: p{key[0]} speaker {hit.speaker!r} != {e['speaker']!r}")
            if hit.cue == e["cue"]:
                cues_right += 1
    precision = matched / found if found else 1.0
    recall = matched / expected_total if expected_total else 1.0
    speaker_acc = speakers_right / matched if matched else 1.0
    print(
        f"\nquotes: {expected_total} expected, {found} found, {matched} matched; "
        f"precision {precision:.3f}, recall {recall:.3f}, speaker accuracy {speaker_acc:.3f}, "
        f"cue accuracy {cues_right / matched if matched else 1.0:.3f}"
    )
    print("\n".join(misses))
    assert precision >= 0.95
    assert recall >= 0.95
    assert speaker_acc >= 0.90


# --- the reference page -------------------------------------------------------------------------


def test_reference_page() -> None:
    if not SEED.exists():
        pytest.skip("the reference page is not available")
    expected = json.loads(SEED.read_text(encoding="utf-8"))
    paragraphs: list[str] = expected["paragraphs"]
    quotes = find_quotes(paragraphs)
    _check_offsets(paragraphs, quotes)
    want = expected["quotes"]
    assert len(quotes) == len(want)
    for q, e in zip(quotes, want, strict=True):
        assert q.paragraph == e["paragraph"]
        assert _norm(q.text) == _norm(e["text"])
        assert q.speaker is not None
        assert e["speaker"].lower() in q.speaker.lower()
        assert q.cue == e["cue"]


# --- patterns, one by one -----------------------------------------------------------------------


def _one(paragraphs: list[str]) -> list[tuple[int, str, str | None, str | None]]:
    return [(q.paragraph, q.text, q.speaker, q.cue) for q in find_quotes(paragraphs)]


def test_cue_after_name() -> None:
    assert _one(["“We will appeal the decision,” Maria Costa said."]) == [
        (0, "We will appeal the decision,", "Maria Costa", "said")
    ]


def test_cue_before_name_and_appositive() -> None:
    got = _one(["“Not today,” said Omar Haddad, a lawyer for the family, on Monday."])
    assert got == [(0, "Not today,", "Omar Haddad", "said")]


def test_colon_intro_and_role_noun() -> None:
    got = _one(["A fire brigade spokesman said: “Nobody was hurt.”"])
    assert got == [(0, "Nobody was hurt.", "A fire brigade spokesman", "said")]


def test_organisation_drops_article_and_abbreviation() -> None:
    got = _one(["“Prices will rise,” the National Grain Board (NGB) said in a note."])
    assert got == [(0, "Prices will rise,", "National Grain Board", "said")]


def test_title_and_surname_resolution() -> None:
    got = _one(
        [
            "“We need more time,” Foreign Minister Ilse Brandt told reporters.",
            "“Time is what we do not have,” Brandt added.",
        ]
    )
    assert [g[2] for g in got] == ["Ilse Brandt", "Ilse Brandt"]
    assert [g[3] for g in got] == ["told", "added"]


def test_pronoun_and_inherited_speaker() -> None:
    got = _one(
        [
            "“It was a long night,” said Dr Leila Amrani.",
            "“We saved them all,” she said. “Every one of them.”",
        ]
    )
    assert got[1:] == [
        (1, "We saved them all,", "Leila Amrani", "said"),
        (1, "Every one of them.", "Leila Amrani", None),
    ]


def test_quoted_as_saying() -> None:
    got = _one(["“We are ready,” coach Pia Lund was quoted as saying by the local paper."])
    assert got == [(0, "We are ready,", "Pia Lund", "was quoted as saying")]


def test_according_to() -> None:
    got = _one(["“The vote was rigged,” according to Samuel Okoro, who monitored it."])
    assert got == [(0, "The vote was rigged,", "Samuel Okoro", "according to")]


def test_partial_quote() -> None:
    got = _one(["Senator Ruth Aldana called the bill “a betrayal of rural voters” on Friday."])
    assert got == [(0, "a betrayal of rural voters", "Ruth Aldana", "called")]


def test_multi_paragraph_quote() -> None:
    got = _one(
        [
            "The mayor, Tom Reyes, said:",
            "“We will rebuild the bridge.",
            "“And we will do it this year,” he said.",
        ]
    )
    assert [(g[0], g[2]) for g in got] == [(1, "Tom Reyes"), (2, "Tom Reyes")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "It was a year of ‘rancorous’ relations.",
        "They opened the so-called “green corridor” on Monday.",
        "Her novel “The Long Winter Road” sold well.",
        "The police launched “Operation Blue Harbour” at dawn.",
        "Fans call him Jonas “The Hammer” Whitfield.",
        "The Pakistanis’ demands and the teachers’ union’s don’t-care attitude.",
        "Un projet « grand bassin » évoqué depuis longtemps.",
    ],
)
def test_not_quotations(paragraph: str) -> None:
    assert find_quotes([paragraph]) == ()


def test_apostrophes_inside_single_quotes() -> None:
    got = _one(["‘The teachers’ union won’t back down,’ she said."])
    assert [g[1] for g in got] == ["The teachers’ union won’t back down,"]


def test_german_and_french() -> None:
    assert _one(["„Wir bleiben hart“, sagte Gewerkschaftschefin Anna Beck."]) == [
        (0, "Wir bleiben hart", "Anna Beck", "sagte")
    ]
    assert _one(["« Nous resterons ouverts », a déclaré Paul Girard."]) == [
        (0, "Nous resterons ouverts", "Paul Girard", "a déclaré")
    ]


# --- robustness ---------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "“", "”", "‘", "’", '"', "'", "„", "«", "»", " ", ", ", ". ", ":", "said", "he said",
        "Jane Doe", "don’t", "CIA’s", "Pakistanis’", "according to", "the", "It", "so-called",
        "\n", "\u00a0", "-",
    ]
)  # fmt: skip


@settings(max_examples=120, deadline=None)
@given(st.lists(st.lists(_PIECES | st.text(max_size=8), max_size=30).map("".join), max_size=6))
@example(["“a", "“b", "“c”"])
@example(["‘", "’", "'a' 'b"])
def test_offsets_always_exact(paragraphs: list[str]) -> None:
    quotes = find_quotes(paragraphs)
    for q in quotes:
        assert paragraphs[q.paragraph][q.start : q.end] == q.text
        assert q.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(), max_size=5))
def test_never_raises_on_any_text(paragraphs: list[str]) -> None:
    for q in find_quotes(paragraphs):
        assert paragraphs[q.paragraph][q.start : q.end] == q.text


def test_many_unbalanced_marks_complete() -> None:
    """200 000 unclosed marks, deep nesting and stray apostrophes: processed, nothing raised."""
    marks = "“‘«„\"'" * 33_334  # about 200 000 opening marks, none closed
    nested = "“a ‘b «c „d " * 5_000 + "’»“”" * 5_000
    apostrophes = "Pakistanis’ don’t ’90s " * 5_000
    paragraphs = [marks, nested, apostrophes, "”’»“" * 2_000]
    for q in find_quotes(paragraphs):
        assert paragraphs[q.paragraph][q.start : q.end] == q.text


def test_pronoun_takes_person_named_before_not_last_speaker() -> None:
    got = _one(
        [
            "“We will fight on,” said Corin Drummond, the rival candidate.",
            "The appeal was drafted by Elspeth Voss, a retired clerk. She called it “overdue”.",
        ]
    )
    assert got[1] == (1, "overdue", "Elspeth Voss", "called")


def test_pronoun_unclear_between_two_people_is_none() -> None:
    got = _one(["Ilsa Marr and Tove Brandt spoke first. She said it was “a fair result”."])
    assert got == [(0, "a fair result", None, "said")]


def test_pronoun_respects_title_gender() -> None:
    got = _one(["Ms Wren and Mr Castell met the board. He called the deal “a bargain”."])
    assert got == [(0, "a bargain", "Castell", "called")]


def test_first_name_resolves_to_full_name() -> None:
    got = _one(
        [
            "Tobias Venn, 12, won the junior title. His uncle, Edgar Venn, watched.",
            "Tobias said he liked fast games. “You cannot overthink it,” he said.",
        ]
    )
    assert got == [(1, "You cannot overthink it,", "Tobias Venn", "said")]


def test_role_noun_before_name_is_a_title() -> None:
    got = _one(["Landlord Petra Dunn said trade was slow. “People stay home,” she said."])
    assert got == [(0, "People stay home,", "Petra Dunn", "said")]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("said union organiser Kieran Doyle.", "Kieran Doyle"),
        ("said the party leader Ines Barto on Monday.", "Ines Barto"),
        ("said chief executive Lena Moor.", "Lena Moor"),
        ("said officials Tuesday.", "officials"),
        ("said the union.", "the union"),
    ],
)
def test_role_words_then_name_after_the_cue(after: str, speaker: str) -> None:
    """``said ROLE Name``: the name is the speaker; a role alone (or before a day) stays a role."""
    got = _one([f"“We will hold them to it,” {after}"])
    assert got == [(0, "We will hold them to it,", speaker, "said")]


def test_many_quoted_paragraphs_complete() -> None:
    """10 000 paragraphs each with a quotation and a pronoun: processed, one quote each."""
    paragraphs = [f"Ann Lee spoke. “Item {i} is fine,” she said." for i in range(10_000)]
    quotes = find_quotes(paragraphs)
    assert len(quotes) == 10_000
    assert {q.speaker for q in quotes} == {"Ann Lee"}
