"""Positions inside direct quotes and the speakers they belong to (round five; needs the model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_speaker_named_after_a_quote_of_several_sentences(stances_of) -> None:
    text = ('Mr Tom Hale, the Green spokesman, spoke on Monday. "The council has failed. The parking charge '
            'is unfair. It must be scrapped," he said.')
    assert ("Tom Hale", "Oppose", "parking charge") in stances_of(text)


def test_quote_paragraph_after_an_attributed_one_opens_with_its_speaker(stances_of) -> None:
    text = ('Green leader Ann Ward spoke in Leeds.\n\n"We have listened to people. The toll is unfair," she '
            'said.\n\n"We oppose the bypass. It will harm the valley."')
    found = stances_of(text)
    assert ("Ann Ward", "Oppose", "bypass") in found, found


def test_speaker_after_the_quote_is_not_someone_inside_it(stances_of) -> None:
    text = '"Mr Tom Hale has failed. The toll is unfair," said Ann Ward.'
    found = stances_of(text)
    assert ("Ann Ward", "Oppose", "toll") in found
    assert not [s for s in found if s[0] == "Tom Hale" and s[1] != "Neutral"], found


def test_questions_and_hypotheses_in_quotes_take_no_side(stances_of) -> None:
    for text in ('"Is the toll fair? Who knows," said Ann Ward.',
                 '"If the council were to raise the toll, we would fight it," said Ann Ward.'):
        assert not [s for s in stances_of(text) if s[1] != "Neutral"], text


BARE_SPOKESMAN_CASES = [
    # "a spokesman" speaks for the body that was the main subject just before
    ("The Road Safety Alliance published its report on Monday. A spokesman said the toll on the bridge was "
     "unfair.", "Road Safety Alliance"),
    # "the spokesman" is the last spokesman's body, even when another body spoke in between
    ("A Green Earth Trust spokesman backed the ban on snares. The Road Safety Alliance stayed silent. "
     "The spokesman said the toll on the bridge was unfair.", "Green Earth Trust"),
]


@pytest.mark.parametrize(("text", "holder"), BARE_SPOKESMAN_CASES)
def test_bare_spokesman_speaks_for_the_body_before(stances_of, text: str, holder: str) -> None:
    assert (holder, "Oppose", "toll on bridge") in stances_of(text)


def test_bare_spokesman_with_no_body_before_is_nobody(stances_of) -> None:
    text = "A spokesman said the toll on the bridge was unfair."
    assert not stances_of(text)


def test_a_journalists_quote_is_not_the_previous_speakers(stances_of) -> None:
    text = ('Green leader Ann Ward said: "The toll on the bridge is unfair." Tom Hale, political editor of '
            'the Daily Courier, said: "In my view the ban on snares was a silly idea."')
    found = stances_of(text)
    assert ("Ann Ward", "Oppose", "toll on bridge") in found
    assert not [s for s in found if "snares" in s[2]], found


def test_a_chain_of_they_keeps_the_body(stances_of) -> None:
    text = ("The Greens insisted they would fight the toll. They said they would press the council. "
            "And they pledged to scrap the parking charge.")
    assert ("Green Party", "Oppose", "parking charge") in stances_of(text)


def test_they_after_a_sentence_with_no_body_is_nobody(stances_of) -> None:
    text = "It rained in Leeds all week. They pledged to scrap the parking charge."
    assert not stances_of(text)


def test_he_after_an_unnamed_spokesman_is_the_spokesmans_body(stances_of) -> None:
    text = ("Mr Tom Hale criticised the bypass. A Green Earth Trust spokesman said the group was worried. "
            "He urged the council to scrap the parking charge.")
    found = stances_of(text)
    assert ("Green Earth Trust", "Oppose", "parking charge") in found, found
    assert not [s for s in found if s[0] == "Tom Hale" and "parking" in s[2]], found


def test_she_after_a_spokesman_is_someone_else(stances_of) -> None:
    text = ("Ms Ann Ward criticised the bypass. A Green Earth Trust spokesman said the group was worried. "
            "She urged the council to scrap the parking charge.")
    assert ("Ann Ward", "Oppose", "parking charge") in stances_of(text)


def test_a_quote_inside_a_cue_phrase_is_the_cue_subjects(stances_of) -> None:
    text = 'Ann Ward said: "The toll is unfair." Tom Hale pledged that "we will scrap the parking charge".'
    found = stances_of(text)
    assert ("Tom Hale", "Oppose", "parking charge") in found
    assert ("Ann Ward", "Oppose", "parking charge") not in found


SOURCE_CASES = [
    "Sources close to Green Earth Trust said the toll on the bridge was unfair.",
    "A source within Green Earth Trust said the toll on the bridge was unfair.",
    "Green Earth Trust officials said the toll on the bridge was unfair.",
]


@pytest.mark.parametrize("text", SOURCE_CASES)
def test_sources_and_officials_speak_for_their_body(stances_of, text: str) -> None:
    assert ("Green Earth Trust", "Oppose", "toll on bridge") in stances_of(text)


DOCUMENT_CASES = [
    ("A statement from Green Earth Trust said the toll on the bridge was unfair.", "Green Earth Trust"),
    ("The Green Earth Trust's letter said the toll on the bridge was unfair.", "Green Earth Trust"),
    # "the report" is the report named before with its author
    ("A report by the Harbour Committee was published on Monday. The report said the toll on the bridge "
     "was unfair.", "Harbour Committee"),
]


@pytest.mark.parametrize(("text", "holder"), DOCUMENT_CASES)
def test_a_document_speaks_for_its_author(stances_of, text: str, holder: str) -> None:
    assert (holder, "Oppose", "toll on bridge") in stances_of(text)


def test_a_report_with_no_author_is_nobodys(stances_of) -> None:
    text = "Green Earth Trust held a rally. The report said the toll on the bridge was unfair."
    assert not [s for s in stances_of(text) if s[1] != "Neutral"]


def test_it_after_a_body_is_that_body(stances_of) -> None:
    text = ("The Road Safety Alliance published its findings on Monday. It said the toll on the bridge was "
            "unfair.")
    assert ("Road Safety Alliance", "Oppose", "toll on bridge") in stances_of(text)


def test_it_of_a_judgement_or_inside_a_quote_is_no_body(stances_of) -> None:
    for text in ("The Road Safety Alliance met in May. It is vital that the toll on the bridge is scrapped.",
                 'The Road Safety Alliance met. Ann Ward said: "They want to scrap the toll on the bridge."'):
        assert not [s for s in stances_of(text) if s[0] == "Road Safety Alliance"], text


def test_it_after_the_committee_said_is_the_committee(stances_of) -> None:
    text = ("The Harbour Select Committee met in May. The department suffered from poor leadership, said "
            "the committee. It said the toll on the bridge was unfair.")
    assert ("Harbour Select Committee", "Oppose", "toll on bridge") in stances_of(text)


def test_the_chancellor_is_not_the_shadow_chancellor(stances_of) -> None:
    text = ("Mr Ian Rowe spoke in Leeds. The cuts proposed by shadow chancellor Tom Hale were attacked. "
            "The chancellor pledged to scrap the toll on the bridge.")
    found = stances_of(text)
    assert not [s for s in found if s[0] == "Tom Hale" and "toll" in s[2]], found


def test_a_demand_on_another_is_the_speakers_only(stances_of) -> None:
    text = "The Road Safety Alliance should back the toll on the bridge, Green leader Ann Ward said."
    found = stances_of(text)
    assert not [s for s in found if s[0] == "Road Safety Alliance"], found


def test_he_in_a_speakers_quote_is_not_the_speaker(stances_of) -> None:
    text = 'Mr Tom Hale said: "He promised to scrap the toll on the bridge, but he has failed."'
    assert not [s for s in stances_of(text) if s[0] == "Tom Hale" and "toll" in s[2]]


QUOTED_NON_POSITIONS = [
    # a forecast about others is no pledge of the speaker's
    '"Those drivers will certainly use the toll bridge every day," said Ann Ward.',
    # a promise on a condition
    '"If the council pays, we will build the bypass next year," said Ann Ward.',
]


@pytest.mark.parametrize("text", QUOTED_NON_POSITIONS)
def test_quoted_forecasts_and_conditions_take_no_side(stances_of, text: str) -> None:
    assert not [s for s in stances_of(text) if s[1] != "Neutral"]


def test_quoted_first_person_pledge_is_the_speakers(stances_of) -> None:
    text = '"We will build the bypass next year," said Ann Ward.'
    assert ("Ann Ward", "Support", "building bypass") in stances_of(text)


def test_he_after_a_quote_about_someone_is_the_speaker(stances_of) -> None:
    text = ('Mr Ian Rowe spoke in Leeds. "The council did well," he said. "Mr Tom Hale has led it well." '
            "He also attacked the toll on the bridge.")
    found = stances_of(text)
    assert [s for s in found if s[0] == "Ian Rowe" and s[1] == "Oppose" and "toll" in s[2]], found
    assert not [s for s in found if s[0] == "Tom Hale"], found


def test_the_spokesman_is_not_a_spokesman_named_only_later(stances_of) -> None:
    text = ('A spokesman for Green Earth Trust said the group was worried. "We oppose the toll on the '
            'bridge," said the spokesman. Later Tom Hale, spokesman for the Road Safety Alliance, said it '
            "backed the toll.")
    found = stances_of(text)
    assert ("Green Earth Trust", "Oppose", "toll on bridge") in found, found
    assert not [s for s in found if s[0] == "Tom Hale" and s[1] == "Oppose"], found


def test_a_quote_ending_its_sentence_is_not_the_next_speakers(stances_of) -> None:
    text = ('Ann Ward, the Green leader, warned of "trouble". "What will happen to the valley? We oppose '
            'the bypass." The Road Safety Alliance said the toll on the bridge was fair.')
    found = stances_of(text)
    assert ("Ann Ward", "Oppose", "bypass") in found, found
    assert not [s for s in found if s[0] == "Road Safety Alliance" and "bypass" in s[2]], found


def test_a_shortened_name_is_the_body_named_before(stances_of) -> None:
    text = ("The Northland Island Assembly Government met in May. The assembly government said the toll on "
            "the bridge was unfair.")
    found = stances_of(text)
    assert [s for s in found if s[0].endswith("Assembly Government") and s[1] == "Oppose"], found
