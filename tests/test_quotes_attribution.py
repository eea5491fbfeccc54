"""Who said it: the attribution patterns of issue 18, one invented paragraph each.

Every sentence here is invented; the patterns are those counted on real political news
(abbreviated titles, long noun phrases after the cue, role and pronoun subjects, partial
quotations inside indirect speech, organisations as sources).
"""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._quotes import find_quotes


def _said(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs)]


# --- 1. abbreviated titles are no sentence ends -------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“The bridge will open in May,” Mr. Okafor said.", "Okafor"),
        ("“The bridge will open in May,” said the Rev. Mabel Thorne.", "Mabel Thorne"),
        ("“The bridge will open in May,” Sen. Ilse Varga told reporters.", "Ilse Varga"),
        ("“The bridge will open in May,” said Lt. Gen. Cato Brennan.", "Cato Brennan"),
        ("“The bridge will open in May,” Gov. Ruth Adeyemi said on Friday.", "Ruth Adeyemi"),
        ("“The bridge will open in May,” Dr. Paz said.", "Paz"),
        ("“The bridge will open in May,” said Rep. Tomas W. Lindqvist.", "Tomas W. Lindqvist"),
        ("Mrs. Halloran said: “The bridge will open in May.”", "Halloran"),
        ("''The bridge will open in May,'' Mr. Okafor said.", "Okafor"),
        ("''The bridge will open in May,'' said Mr. Okafor.", "Okafor"),
    ],
)
def test_abbreviated_title_is_no_sentence_end(paragraph: str, speaker: str) -> None:
    [(_, got)] = _said([paragraph])
    assert got is not None and got.endswith(speaker)


def test_an_acronym_before_a_sentence_opener_ends_the_sentence() -> None:
    got = _said(["The firm moved to the U.S. The move was “a gamble,” Ana Brisk said."])
    assert got == [("a gamble,", "Ana Brisk")]


# --- 2. a long noun phrase after the cue: the name it opens with --------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "“Prices will not fall soon,” said Odile K. Marchetti, the head of the port authority"
            " in the northern province, on Monday.",
            "Odile K. Marchetti",
        ),
        (
            "“Prices will not fall soon,” said Wendell Ashby, an economist at a lender in"
            " Leeds who once advised the treasury. “Not this year.”",
            "Wendell Ashby",
        ),
        (
            "“Prices will not fall soon,” Gov. Petra Lund of Idaho, a Republican, told reporters.",
            "Petra Lund",
        ),
    ],
)
def test_the_name_before_an_appositive(paragraph: str, speaker: str) -> None:
    got = _said([paragraph])
    assert got[0][1] == speaker
    assert all(who == speaker for _, who in got)


# --- 3. a role or description as the subject: the phrase as written ----------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "“We will not fold,” the Republican lawmaker told a local radio station.",
            "the Republican lawmaker",
        ),
        ("The veteran negotiator replied, “Nobody has asked me.”", "The veteran negotiator"),
        ("“Nobody has asked me,” said the 58-year-old.", "the 58-year-old"),
        (
            "“Nobody has asked me,” said a senior official who spoke on condition of anonymity.",
            "a senior official",
        ),
        ("“Nobody has asked me,” another commenter wrote.", "another commenter"),
        ("“Nobody has asked me,” Ferreira’s campaign said.", "Ferreira’s campaign"),
    ],
)
def test_role_subject_is_given_as_written(paragraph: str, speaker: str) -> None:
    assert _said([paragraph]) == [(_said([paragraph])[0][0], speaker)]


def test_a_name_after_the_role_wins() -> None:
    got = _said(["“We will not fold,” said the union organiser Kieran Doyle."])
    assert got[0][1] == "Kieran Doyle"


# --- 5. partial quotations inside indirect speech; fragments nobody says are no quotes ----------


@pytest.mark.parametrize(
    ("paragraph", "fragment", "speaker"),
    [
        (
            "Ilse Varga said the voters were “deeply tired” of the feud.",
            "deeply tired",
            "Ilse Varga",
        ),
        ("Mr. Okafor vowed to “fix it” before winter.", "fix it", "Okafor"),
        (
            "Ruth Adeyemi dismissed the plan, calling it “a fairy tale.”",
            "a fairy tale.",
            "Ruth Adeyemi",
        ),
        (
            "In March, Cato Brennan promised a “clean sweep” of the board.",
            "clean sweep",
            "Cato Brennan",
        ),
    ],
)
def test_partial_quotation_in_reported_speech(paragraph: str, fragment: str, speaker: str) -> None:
    assert _said([paragraph]) == [(fragment, speaker)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The “Big Five” firms own most of the valley.",
        "Locals still call the ferry “the old lady” out of habit.",
        "Fans of the “Night Owls” filled the hall on Friday.",
    ],
)
def test_fragment_no_sentence_attributes_is_no_quote(paragraph: str) -> None:
    assert _said([paragraph]) == []


def test_a_name_and_an_unlisted_verb_after_a_joined_quotation() -> None:
    got = _said(["Cato Brennan left early.", "“The count is not over,” Brennan fumed on Tuesday."])
    assert got == [("The count is not over,", "Cato Brennan")]
    assert find_quotes(["“The count is not over,” Brennan fumed."])[0].cue == "fumed"


def test_the_subject_of_a_sentence_holding_a_quotation() -> None:
    got = _said(["Ruth Adeyemi endorsed the mayor, saying she had “the grit to do it.”"])
    assert got == [("the grit to do it.", "Ruth Adeyemi")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Gale Mbeki, head of the Lakeside Tenants Union, said: “We will march.”", "Gale Mbeki"),
        ("Ivo Marsh, now 70 and living in Dover, Del., said: “We will march.”", "Ivo Marsh"),
        ("“We will march,” said Lakeside spokesman Alex Crane.", "Alex Crane"),
        ("Ivo Marsh jokingly said, “We will march.”", "Ivo Marsh"),
        ("Any “peaceful” protest, said Ivo Marsh, is welcome.", "Ivo Marsh"),
        (
            "Ivo Marsh, a retired pilot, stood by his claim that the plan was “a farce.”",
            "Ivo Marsh",
        ),
    ],
)
def test_appositives_places_and_modifiers_around_the_name(paragraph: str, speaker: str) -> None:
    assert [who for _, who in _said([paragraph])] == [speaker]


def test_party_and_state_after_the_name_are_not_part_of_it() -> None:
    got = _said(["“We will march,” said Rep. Ivo Marsh (D-Del.), a member of the panel."])
    assert got == [("We will march,", "Ivo Marsh")]


# --- 4. pronoun subjects: the person named before the pronoun's sentence ------------------------


def test_a_pronoun_before_the_quotation_is_not_the_person_named_after_it() -> None:
    got = _said(["Cato Brennan spoke last.", "He said that Ilse Varga was “not ready.”"])
    assert got == [("not ready.", "Cato Brennan")]


def test_a_pronoun_after_the_quotation() -> None:
    got = _said(["Ruth Adeyemi runs the depot.", "“We are full,” she said."])
    assert got == [("We are full,", "Ruth Adeyemi")]


# --- properties ----------------------------------------------------------------------------------

_DATA = pathlib.Path(__file__).parent / "data" / "quotes"
_ARTICLES = sorted(p.name for p in _DATA.glob("*.txt"))
# words that name nobody, report nothing and mark no quotation
_PLAIN = ["the", "river", "rose", "slowly", "over", "a", "week", "and", "fields", "flooded", "in"]
_UNRELATED = st.lists(st.sampled_from(_PLAIN), min_size=1, max_size=12).map(
    lambda words: " ".join(words).capitalize() + "."
)


def _article(name: str) -> list[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_ARTICLES), _UNRELATED, st.booleans())
def test_an_unrelated_sentence_never_changes_a_speaker(
    name: str, sentence: str, at_start: bool
) -> None:
    paragraphs = _article(name)
    before = [(q.text, q.speaker) for q in find_quotes(paragraphs)]
    grown = [sentence, *paragraphs] if at_start else [*paragraphs, sentence]
    assert [(q.text, q.speaker) for q in find_quotes(grown)] == before


def test_a_name_after_a_clause_opener_is_a_subject() -> None:
    got = _said(["It began after Ilse Varga called the plan “a mirage.” She also said “no.”"])
    assert got == [("a mirage.", "Ilse Varga"), ("no.", "Ilse Varga")]


def test_a_name_after_an_opening_clause_with_a_place() -> None:
    got = _said(["To win more votes than Varga, Okafor said, “we need the towns.”"])
    assert got == [("we need the towns.", "Okafor")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“You promised ‘no new tolls,’” Okafor said.", "Okafor"),
        ("A driver who “skips a toll” is fined, Okafor said. Hauliers are not.", "Okafor"),
    ],
)
def test_attribution_after_an_inner_quotation_or_a_clause(paragraph: str, speaker: str) -> None:
    assert [who for _, who in _said([paragraph])][:1] == [speaker]


def test_a_role_without_an_article() -> None:
    assert _said(["“The road stays shut,” county officials said."]) == [
        ("The road stays shut,", "county officials")
    ]


def test_a_lead_in_with_a_place_before_the_subject() -> None:
    got = _said(["In Tarrow, North Dakota, Okafor went after Varga, calling him “a quitter.”"])
    assert got == [("a quitter.", "Okafor")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "“It is over,” said a former U.S. trade official who asked not to be named.",
            "a former U.S. trade official",
        ),
        ("“It is over,” Senate Majority Leader Mitch Roe, R-Ky., said.", "Mitch Roe"),
        (
            "“It is over,” Cato Brennan said. Ilse Varga talked up her “fresh start.”",
            "Cato Brennan",
        ),
    ],
)
def test_acronyms_party_tags_and_a_sentence_of_its_own(paragraph: str, speaker: str) -> None:
    assert _said([paragraph])[0][1] == speaker


def test_a_later_sentence_keeps_its_own_subject() -> None:
    got = _said(["“It is over,” Cato Brennan said. Ilse Varga talked up her “fresh start.”"])
    assert got[1] == ("fresh start.", "Ilse Varga")


def test_a_quotation_paragraph_goes_on_with_the_speaker_before_it() -> None:
    got = _said(["“The dam held,” Ruth Adeyemi said.", "“Next year it may not.”"])
    assert got == [("The dam held,", "Ruth Adeyemi"), ("Next year it may not.", "Ruth Adeyemi")]


def test_a_quotation_paragraph_after_other_news_is_not_carried() -> None:
    got = _said(["“The dam held,” Ruth Adeyemi said. Rain is due on Sunday.", "“It may not.”"])
    assert got[1] == ("It may not.", None)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "In a letter to The Courier, the officer said the gate was “never locked.”",
            "the officer",
        ),
        ("Varga, a senior aide said, “is very confident.”", "a senior aide"),
        ("Ilse Varga, a senior aide, said the gate was “never locked.”", "Ilse Varga"),
    ],
)
def test_a_role_next_to_the_verb_is_its_subject(paragraph: str, speaker: str) -> None:
    assert _said([paragraph])[0][1] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "She spoke to the show “Morning Lake Report,” on Sunday.",
        "The signs will read “Harbour View Towers.” from May.",
    ],
)
def test_a_title_with_its_comma_inside_the_marks_is_no_quotation(paragraph: str) -> None:
    assert _said([paragraph]) == []


def test_a_title_case_sentence_attributed_right_after_is_a_quotation() -> None:
    assert _said(["“Thank You, Everyone,” Okafor said."]) == [("Thank You, Everyone,", "Okafor")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“It is over,” said Lind’s top foreign policy aide Jake Roe.", "Jake Roe"),
        ("“It is over,” said Lind’s campaign.", "Lind’s campaign"),
        ("Jason Sims — a teacher from Dover — says the vote was “a big deal.”", "Jason Sims"),
    ],
)
def test_owners_and_dashes_around_the_name(paragraph: str, speaker: str) -> None:
    assert _said([paragraph])[0][1] == speaker


def test_a_role_opening_the_sentence_of_a_quotation() -> None:
    got = _said(["The new ad targets a “rigged system that keeps wages low.”"])
    assert got == [("rigged system that keeps wages low.", "The new ad")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“No,” said Sen. Ivo Marsh who represents Dover Harbour.", "Ivo Marsh"),
        ("Tom Reyes, at a firm called Lakeside Partners, argues it will “fail.”", "Tom Reyes"),
    ],
)
def test_clauses_and_prepositions_after_the_name(paragraph: str, speaker: str) -> None:
    assert _said([paragraph])[0][1] == speaker


def test_mixed_curly_and_straight_marks_pair() -> None:
    got = _said(['“The guns come from out of state," Okafor said.', '"Not from here,” she added.'])
    assert [text for text, _ in got] == ["The guns come from out of state,", "Not from here,"]
