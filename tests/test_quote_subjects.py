"""Sixth round of speaker rules (#18), read on the train split's failures: the subject of a cue
behind an appositive that holds other names, a place set off by commas, lead-ins. Every
sentence is invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._quotes import find_quotes


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in find_quotes(paragraphs)]


# --- a name opening the subject, then an appositive holding other names -------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Ivo Vian, the editor of the city’s paper, The Dover Star, said every mayor was "
            "“both good and bad.”",
            "Ivo Vian",
        ),
        (
            "Cato Brennan, whose newest firm, Lakeside, sells maps, said the plan was "
            "“a start-up kind of idea.”",
            "Cato Brennan",
        ),
        (
            "Ohio delegate Ada Okafor, dressed in a cape that spelled the name Marsh, said the "
            "vote could be a “failure” this year.",
            "Ada Okafor",
        ),
        (
            "“It is a math problem,” Ann Roe, who runs a cafe near Lakeside Park, said.",
            "Ann Roe",
        ),
    ],
)
def test_the_name_before_an_appositive_is_the_subject(paragraph: str, speaker: str) -> None:
    assert _speakers([paragraph]) == [speaker]


def test_a_clause_with_its_own_subject_before_the_verb_keeps_it() -> None:
    # the piece nearest the verb opens on ``and``: it has a subject of its own
    paragraph = "Ann Roe, the mayor, met Ivo Marsh, and Marsh said the deal was “done.”"
    assert _speakers([paragraph]) == ["Ivo Marsh"]


def test_a_lead_in_opening_the_sentence_is_no_name() -> None:
    paragraph = "After the vote in Dover, Ada Okafor, the mayor, said it was “a fair result.”"
    assert _speakers([paragraph]) == ["Ada Okafor"]


_NAMES = st.sampled_from(["Ann Roe", "Ivo Marsh", "Cato Brennan", "Ada Okafor"])
_INNER = st.sampled_from(["Bo Lind", "The Dover Star", "Lakeside Park", "Ohio"])
_APPOSITIVES = st.sampled_from(
    ["the editor of a paper, {inner},", "whose firm, {inner}, grew,", "a friend of {inner},"]
)


@given(_NAMES, _INNER, _APPOSITIVES)
def test_names_inside_an_appositive_never_speak(name: str, inner: str, appositive: str) -> None:
    paragraph = f"{name}, {appositive.format(inner=inner)} said the levy was “too high.”"
    assert _speakers([paragraph]) == [name]


# --- a place set off by commas goes on naming the place -----------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ann Roe, a 55-year-old baker from Dover, New Hampshire, says the town will “hold on.”",
        "Ann Roe of Dover, New Hampshire says the town will “hold on.”",
    ],
)
def test_a_state_after_a_town_is_no_speaker(paragraph: str) -> None:
    assert _speakers([paragraph]) == ["Ann Roe"]


def test_a_name_after_a_lead_in_ending_on_a_place_speaks() -> None:
    paragraph = "Alarmed by the floods in Ohio, Senator Ivo Marsh, the whip, said it was “a test.”"
    assert _speakers([paragraph]) == ["Ivo Marsh"]


# --- three lead-ins before the subject ----------------------------------------------------------


def test_three_lead_ins_before_the_subject() -> None:
    paragraph = (
        "At a rally in Dover, Ohio, on Monday, Ann Lind tried to explain her plan, saying that "
        "the state should “lead the way on water.”"
    )
    assert _speakers([paragraph]) == ["Ann Lind"]


# --- a sentence starts after a quotation that ends with its stop --------------------------------


def test_a_sentence_after_a_quoted_title_has_its_own_subject() -> None:
    paragraph = (
        "The sign will read “Lake Park.” A spokesman for the buyer said there was a promise "
        "“to keep the trees.”"
    )
    assert _speakers([paragraph]) == ["A spokesman for the buyer"]


# --- a quotation that is a sentence of its own, after a sentence about a person -----------------


def test_the_subject_of_the_sentence_before_speaks() -> None:
    paragraph = "“We won,” Ann Roe said on Monday. Bo Lind disagreed. “We lost.”"
    assert _speakers([paragraph]) == ["Ann Roe", "Bo Lind"]


def test_a_pronoun_sentence_before_keeps_the_speaker() -> None:
    paragraph = "“We won,” Ann Roe said on Monday. She smiled. “We lost.”"
    assert _speakers([paragraph]) == ["Ann Roe", "Ann Roe"]


def test_an_office_and_name_agreeing_speak_next() -> None:
    paragraph = "Dover College's Ann Roe agreed. “It is a good plan.”"
    assert _speakers([paragraph]) == ["Ann Roe"]


# --- a cue verb after a conjunction shares the sentence's subject -------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "In a long interview with Ivo Marsh last year, Bo Lind said he welcomed the move to "
            "the United States and added, “I will plead guilty.”",
            "Bo Lind",
        ),
        (
            "A spokesman for the mill declined to comment but said in a statement that "
            "“the plant is safe.”",
            "A spokesman",
        ),
    ],
)
def test_a_coordinated_cue_shares_the_subject(paragraph: str, speaker: str) -> None:
    assert _speakers([paragraph]) == [speaker]


# --- a lone surname that acts is a person a pronoun may stand for -------------------------------


def test_a_surname_opening_a_sentence_with_a_verb_is_a_person() -> None:
    paragraphs = ["Okafor argued back at the meeting.", "“We are not the problem,” she said."]
    assert _speakers(paragraphs) == ["Okafor"]


def test_a_place_opening_a_sentence_is_still_no_person() -> None:
    paragraphs = ["Ohio is big.", "“We are not the problem,” she said."]
    assert _speakers(paragraphs) == [None]


# --- more role nouns ----------------------------------------------------------------------------


def test_a_role_subject_before_a_reporting_participle() -> None:
    paragraph = (
        "The retired surgeon has given no details of the plan, saying only that he was "
        "“refining the practice.”"
    )
    assert _speakers([paragraph]) == ["The retired surgeon"]


_SUBJECTS = st.sampled_from(["Bo Lind", "Ann Roe", "Cato Brennan"])
_UNRELATED = st.sampled_from(
    ["", "Ivo Marsh left Dover in May. ", "The weather in Ohio was bad. ", "Prices rose. "]
)


@given(_SUBJECTS, _UNRELATED)
def test_an_unrelated_sentence_before_never_changes_the_speaker(
    subject: str, unrelated: str
) -> None:
    # the sentence about the speaker comes right before the quotation; what precedes it is noise
    paragraph = f"{unrelated}{subject} disagreed. “We lost.”"
    expected = subject
    assert _speakers([paragraph]) == [expected]


# --- after a quotation: a verb and its particle, a name after a description ---------------------


def test_a_name_and_a_verb_with_its_particle_after_a_quotation() -> None:
    paragraphs = ["Ann Lind attacked the plan.", "“No way,” Ivo Roe shot back with a laugh."]
    assert _speakers(paragraphs) == ["Ivo Roe"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We are anxious,” said another Dover user, Ann Bayer.",
        "“We are anxious,” said the Ohio governor, Ann Bayer.",
    ],
)
def test_the_name_after_a_description_speaks(paragraph: str) -> None:
    assert _speakers([paragraph]) == ["Ann Bayer"]


def test_an_english_so_after_a_quotation_names_no_one() -> None:
    paragraph = "The senator’s answer was that “the family comes first,” so government should help."
    assert _speakers([paragraph]) == [None]


def test_a_german_so_after_a_quotation_names_the_source() -> None:
    paragraph = "„Wir bauen die Brücke“, so Bürgermeister Jan Roth."
    assert _speakers([paragraph]) == ["Jan Roth"]


# --- subjects that are no name ------------------------------------------------------------------


def test_a_clause_is_no_role_phrase() -> None:
    paragraph = (
        "The first taste the Dover crowd gets of Bo Lind is his face on a giant bill, calling "
        "them “losers.”"
    )
    assert _speakers([paragraph]) == [None]


def test_a_participle_opening_the_sentence_before_a_quoted_comma() -> None:
    paragraph = (
        "Holding signs calling Roe “Ohio’s Worst,” the protesters chanted “Roe is bad for Ohio.”"
    )
    assert _speakers([paragraph])[-1] == "the protesters"


def test_a_plural_office_after_capitalised_words_is_the_subject() -> None:
    paragraph = "Corporate lobbyists describe such work as “a different cup of tea” entirely."
    assert _speakers([paragraph]) == ["Corporate lobbyists"]


def test_a_lower_case_subject_before_the_verb_hides_the_pieces_before_it() -> None:
    paragraphs = [
        "Ann Roe lives in Dover, Del., and travels often, several friends said. "
        "Bo Lind called it “a good life.”"
    ]
    assert _speakers(paragraphs) == ["Bo Lind"]


def test_a_state_in_brackets_after_a_name() -> None:
    paragraph = "Sen. Ann Roe (Maine) joined the group, publishing an essay on his “lack of care.”"
    assert _speakers([paragraph]) == ["Ann Roe"]


def test_a_headline_holding_a_surname_gives_no_full_name() -> None:
    paragraphs = [
        "UPDATE 4 PM The Review Crowd Does Not Like Bo Lind",
        "Bo Lind spoke at noon.",
        "“It is a fine day,” Lind said.",
    ]
    assert _speakers(paragraphs) == ["Bo Lind"]


# --- documents as sources, clause openers and relative clauses before a cue ---------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“Our fight is here,” read the email. “We grow stronger.”", "the email"),
        ("“Welcome, neighbours!” a message on the website reads.", "a message on the website"),
        ("The town’s notice reads: “The ferry stops at noon.”", "The town’s notice"),
    ],
)
def test_a_document_that_reads_is_the_source(paragraph: str, speaker: str) -> None:
    assert _speakers([paragraph])[0] == speaker


def test_a_clause_opener_before_the_subject_is_cut() -> None:
    paragraph = "As one worker told the Dover Weekly, “It was a mess.”"
    assert _speakers([paragraph]) == ["one worker"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Though nothing was settled, a harbour official who spoke on condition of anonymity "
            "said on Monday, “Talks go on.”",
            "a harbour official",
        ),
        ("The vote grew so close over who backed the toll that Ann Roe said, “Enough.”", "Ann Roe"),
        ("Ivo Marsh, a Dover native who writes “short plays,” has been busy.", "Ivo Marsh"),
        (
            "Some who backed the toll sounded doubtful: Ann Roe called it “the least bad.”",
            "Ann Roe",
        ),
    ],
)
def test_a_relative_clause_after_the_subject_is_cut(paragraph: str, speaker: str) -> None:
    assert _speakers([paragraph]) == [speaker]


# --- offices and owners around the name, later clauses, verbs nearer than the tables' cues ------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ann Roe, New Jersey’s sitting governor, repeated that Lind was “a talented guy.”",
        "Ann Roe, Ivo Lind’s fired campaign manager, ripped the mayor for acting as “the judge.”",
        "And Ohio’s Republican attorney general, Ann Roe, vowed to go after “the bad actors.”",
    ],
)
def test_an_owner_or_office_around_the_name(paragraph: str) -> None:
    assert _speakers([paragraph]) == ["Ann Roe"]


def test_the_subject_of_a_later_clause_is_nearer() -> None:
    paragraph = (
        "Bo Lind signed an order on Monday, while Ann Roe, the former Ohio governor, proposed "
        "we “pause all of it.”"
    )
    assert _speakers([paragraph]) == ["Ann Roe"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("At one point, a woman asked for a photo and Roe said, “as long as it is legal.”", "Roe"),
        ("Ann Roe and Bo Lind said the toll was “too high.”", "Ann Roe"),
        ("Bo Lind, chairman of the Ways and Means Committee, said it was “a pause.”", "Bo Lind"),
    ],
)
def test_a_second_clause_after_and_has_its_own_subject(paragraph: str, speaker: str) -> None:
    assert _speakers([paragraph]) == [speaker]


def test_a_verb_right_before_the_quotation_is_nearer_than_a_cue() -> None:
    paragraph = "“There is a man with some problems,” Roe said as the heckler yelled: “Go home!”"
    assert _speakers([paragraph]) == ["Roe", "the heckler"]


# --- titles of works and programmes are no quotations -------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Speaking on WDOV’s “Morning Ferry,” Ann Roe said the toll would go.",
        "In his memoir, “A Time to Sail,” Ivo Marsh describes the harbour.",
        "A trailer for season four of “Harbour Lights.” came out on Monday.",
        "Bo Lind, author of “Ferry Tales,” put it plainly.",
    ],
)
def test_a_work_or_programme_title_is_no_quotation(paragraph: str) -> None:
    assert find_quotes([paragraph]) == ()


def test_speech_after_an_owner_is_still_a_quotation() -> None:
    paragraph = "Ann Roe’s “We will not wait another winter,” was the line of the night."
    assert [q.text for q in find_quotes([paragraph])] == ["We will not wait another winter,"]


# --- an age before a name, a longer subject after a quotation -----------------------------------


def test_an_age_before_a_name_is_cut() -> None:
    paragraphs = [
        "81-year-old Ivo Marsh, a lifelong sailor who voted for both, said of the field:",
        "“There is only one: Roe.”",
    ]
    assert _speakers(paragraphs) == ["Ivo Marsh"]


def test_a_long_office_and_name_after_a_quotation() -> None:
    paragraph = "“We wrote what he told us.” the Star's senior harbour editor Ann Roe replied."
    assert _speakers([paragraph]) == ["Ann Roe"]


# --- a number before an office, more reporting participles, adverbs, clauses after ``when`` -----


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“They are wrong,” said 9/11 widow Ann Roe.", "Ann Roe"),
        ("Bo Lind, a former party chairman, poked at the mayor, tweeting, “Notice it.”", "Bo Lind"),
        (
            "The row grew after the debate, when the Democratic candidate Ann Roe boldly "
            "suggested that Lind “pays nothing.”",
            "Ann Roe",
        ),
        (
            "Bo Lind, a doctor, then appeared on air and began by saying he would “never” do it.",
            "Bo Lind",
        ),
        (
            "Roe, Ohio’s former governor, also attacked billionaire Bo Lind, with whom he clashed "
            "at the debate, calling him a “loser.”",
            "Roe",
        ),
    ],
)
def test_more_subjects_around_the_verb(paragraph: str, speaker: str) -> None:
    assert _speakers([paragraph]) == [speaker]


def test_a_role_and_its_complement_before_an_unlisted_verb() -> None:
    paragraph = "“Where is the money?” a harbour clerk in the room wondered."
    assert _speakers([paragraph]) == ["a harbour clerk in the room"]
