"""Who holds a stance: group nouns, definite descriptions and quote speakers (needs the model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

# (text, holder label, polarity, a word the topic label must contain)
HOLDER_CASES = [
    # a group noun with a party or body as modifier speaks for it
    ("Labour rebels have demanded a vote on the toll plan.", "Labour Party", "Support", "vote"),
    ("Conservative critics attacked the scheme for road pricing.", "Conservative Party", "Oppose",
     "road pricing"),
    ("Tory frontbenchers warned against the closure of rural schools.", "Conservative Party", "Oppose",
     "closure"),
    # a part or an amount of the group
    ("Dozens of Labour MPs rejected the proposal for identity cards.", "Labour Party", "Oppose",
     "identity cards"),
    ("A group of Labour councillors backed the ban on plastic bags.", "Labour Party", "Support", "ban"),
    # "the committee" is the last organisation of that name
    ("The Transport Select Committee met on Monday. The committee criticised the plan to close the "
     "ferry link.", "Transport Select Committee", "Oppose", "ferry"),
    # "the party" is the last party named; "his party" the party of the person "his" means
    ("The Greens held their conference in Bath. The party said it opposed the new runway.", "Green Party",
     "Oppose", "runway"),
    ("Mr Tom Hale is the leader of the Liberal Democrats. His party rejects the toll on the bridge.",
     "Liberal Democrats", "Oppose", "toll"),
    # a body named by its cause is an actor of its own
    ("Wildlife protection groups have welcomed the ban on snares.", "Wildlife protection groups", "Support",
     "snares"),
    ("Anti-war campaigners condemned the invasion of the island.", "Anti-war campaigners", "Oppose",
     "invasion"),
    # "the group" is a campaign or an association, not a court named after it
    ("The Road Safety Alliance lost its case when the Appeal Court ruled against it. The group said the toll "
     "on the bridge was unfair.", "Road Safety Alliance", "Oppose", "toll"),
    # "the chancellor" is the person named with that office
    ("Ms Ann Ward, the Chancellor, spoke in Leeds. The chancellor backed a freeze on fuel duty.",
     "Ann Ward", "Support", "freeze"),
    # a spokesman for a body named by its head noun
    ("The Welsh Executive met in Cardiff. An executive spokesman said it would reject the toll on the "
     "bridge.", "Welsh Executive", "Oppose", "toll"),
    # a department whose name is also a title word is still a body that speaks
    ("The Treasury dismissed the study of fuel duty as nonsense.", "Treasury", "Oppose", "study"),
    ("A Treasury spokesman rejected the cut in fuel duty.", "Treasury", "Oppose", "cut"),
]

NO_HOLDER_CASES = [
    # no affiliation: nobody in particular
    "Critics say the scheme for road pricing is unfair.",
    "Campaigners warned against the closure of rural schools.",
    # a quantity is no cause: "some groups" are nobody in particular
    "Some groups welcomed the ban on snares.",
    # "Labour's critics" are against Labour, not its voice
    "Labour's critics say the scheme for road pricing is unfair.",
    # "party leaders" are the leaders of every party, not of the last one named
    "The Greens held a rally in Leeds. Party leaders rejected the toll on the bridge.",
    # an indefinite "a committee" points back to nobody
    "The Transport Select Committee met on Monday. A committee criticised the plan to close the ferry link.",
]


@pytest.mark.parametrize(("text", "holder", "polarity", "word"), HOLDER_CASES)
def test_holder_found(stances_of, text: str, holder: str, polarity: str, word: str) -> None:
    found = stances_of(text)
    assert any(h == holder and p == polarity and word in t for h, p, t in found), found


@pytest.mark.parametrize("text", NO_HOLDER_CASES)
def test_no_polar_stance(stances_of, text: str) -> None:
    found = stances_of(text)
    assert not [s for s in found if s[1] != "Neutral"], found


def test_party_is_the_most_recent_one(stances_of) -> None:
    text = ("The Greens held a rally. Labour held a conference in Leeds. "
            "The party said it opposed the new runway.")
    found = stances_of(text)
    assert ("Labour Party", "Oppose", "new runway") in found
    assert not [s for s in found if s[0] == "Green Party" and s[1] != "Neutral"], found


def test_possessor_of_the_subject_is_the_next_he(stances_of) -> None:
    # "Mr X's remarks were …" is about X: a following "he" is X, not the commentator named before
    text = ("Mr Tom Hale spoke in Leeds. Reporter Mr Jim Cole said the speech was long. "
            "Mr Hale's remarks were a reply to his critics. He rejected the toll on the bridge.")
    found = stances_of(text)
    assert ("Tom Hale", "Oppose", "toll on bridge") in found, found
    assert not [s for s in found if s[0] == "Jim Cole" and s[1] != "Neutral"], found


def test_possessor_of_a_spokesman_is_not_the_next_he(stances_of) -> None:
    text = ("Mr Tom Hale spoke in Leeds. Mr Jim Cole's spokesman said the speech was long. "
            "He rejected the toll on the bridge.")
    found = stances_of(text)
    assert not [s for s in found if s[0] == "Jim Cole" and s[1] != "Neutral"], found


def test_they_after_a_group_subject(stances_of) -> None:
    found = stances_of("Labour rebels met in Leeds. They rejected the toll on the bridge.")
    assert ("Labour Party", "Oppose", "toll on bridge") in found, found


def test_they_after_a_group_without_affiliation_is_nobody(stances_of) -> None:
    found = stances_of("Campaigners met in Leeds. They rejected the toll on the bridge.")
    assert not [s for s in found if s[1] != "Neutral"], found


REPORTER_CASES = [
    "BBC political editor Jane Doe said the tax on fuel was unfair.",
    "Jane Doe, the BBC's political correspondent, said the toll on the bridge was wrong.",
    "Mr Tom Hale spoke in Leeds. Reporter Ms Jane Doe spoke too. She said the toll on the bridge was wrong.",
]


@pytest.mark.parametrize("text", REPORTER_CASES)
def test_a_reporter_holds_no_position(stances_of, text: str) -> None:
    found = stances_of(text)
    assert not [s for s in found if s[0] == "Jane Doe" and s[1] != "Neutral"], found


def test_a_reporter_can_be_a_target(stances_of) -> None:
    found = stances_of("Mr Tom Hale accused reporter Jane Doe of lying.")
    assert ("Tom Hale", "Oppose", "jane doe") in found, found


def test_the_person_a_reporter_talks_about_still_holds(stances_of) -> None:
    found = stances_of("BBC correspondent Jane Doe said Mr Tom Hale had rejected the toll on the bridge.")
    assert ("Tom Hale", "Oppose", "toll on bridge") in found, found
    assert not [s for s in found if s[0] == "Jane Doe" and s[1] != "Neutral"], found


def test_a_bill_proposes_for_the_government(stances_of) -> None:
    text = ("Britain's ministers met in London. Britain wants new border rules. "
            "The Border Control Bill proposes identity checks for all visitors.")
    found = stances_of(text)
    assert ("United Kingdom", "Support", "identity checks") in found, found
    assert not [s for s in found if "Bill" in s[0]], found


def test_a_bill_with_no_home_government_holds_nothing(stances_of) -> None:
    found = stances_of("The bill proposes identity checks for all visitors.")
    assert not [s for s in found if s[1] != "Neutral"], found


def test_an_owned_bill_is_its_owners(stances_of) -> None:
    text = ("Britain's ministers met in London. Britain wants new border rules. "
            "Mr Tom Hale's bill proposes identity checks for all visitors.")
    found = stances_of(text)
    assert ("Tom Hale", "Support", "identity checks") in found, found
    assert ("United Kingdom", "Support", "identity checks") not in found, found


def test_an_untitled_minister_is_the_office_named_next(stances_of) -> None:
    # stories name a minister once without a title, then call them by their office
    text = ("Mr Tom Hale spoke in Leeds on Monday. Mr Hale said the economy was strong. "
            "The chancellor also backed a freeze on fuel duty.")
    found = stances_of(text)
    assert ("Tom Hale", "Support", "freeze on fuel duty") in found, found


UNTITLED_NEGATIVES = [
    # a person with a title of their own holds no other office
    "Transport Secretary Tom Hale spoke in Leeds. Mr Hale said the economy was strong. "
    "The chancellor also backed a freeze on fuel duty.",
    # named in the same sentence: the office is someone else
    "Mr Tom Hale spoke in Leeds. Mr Hale said the economy was strong. "
    "The chancellor praised Mr Hale and backed a freeze on fuel duty.",
]


@pytest.mark.parametrize("text", UNTITLED_NEGATIVES)
def test_an_office_is_not_any_last_speaker(stances_of, text: str) -> None:
    found = stances_of(text)
    assert not [s for s in found if s[0] == "Tom Hale" and "freeze" in s[2]], found


def test_a_reopened_quote_paragraph_keeps_its_speaker(stances_of) -> None:
    # news joins paragraphs: the middle one reopens the quote without closing the one before
    text = ('Mr Tom Hale said: "The tax is a disgrace. "We oppose the toll on the bridge. '
            '"And we want a new ferry."')
    found = stances_of(text)
    assert ("Tom Hale", "Oppose", "toll on bridge") in found, found
    assert ("Tom Hale", "Support", "new ferry") in found, found


def test_they_in_the_speakers_words_are_others(stances_of) -> None:
    text = ('The Greens held a rally. "We will show voters how they support the toll on the bridge," '
            'the party said.')
    found = stances_of(text)
    assert not [s for s in found if s[0] == "Green Party" and "toll" in s[2] and s[1] != "Neutral"], found


def test_a_quote_after_reported_speech_lends_its_we(stances_of) -> None:
    text = 'Mr Tom Hale said the plan for the bridge was flawed. "We oppose the toll on the bridge."'
    found = stances_of(text)
    assert ("Tom Hale", "Oppose", "toll on bridge") in found, found


def test_a_new_reporter_between_quotes_takes_the_next_quote(stances_of) -> None:
    text = ('Mr Tom Hale said: "We back the toll on the bridge." Ms Ann Ward admitted there were problems. '
            '"We oppose the new ferry."')
    found = stances_of(text)
    assert ("Ann Ward", "Oppose", "new ferry") in found, found
    assert ("Tom Hale", "Oppose", "new ferry") not in found, found


def test_an_office_of_a_named_place_is_a_person(stances_of) -> None:
    # nobody is named: "the Mayor of X" is the speaker, and the next "he" is the mayor, not Mr Hale
    text = ("Mr Tom Hale spoke in Leeds. Earlier the Mayor of Bristol visited the three parties. "
            "He called on them to scrap the toll on the bridge.")
    found = stances_of(text)
    assert ("Mayor of Bristol", "Oppose", "toll on bridge") in found, found
    assert not [s for s in found if s[0] == "Tom Hale" and s[1] != "Neutral"], found


def test_an_epithet_is_no_new_person(stances_of) -> None:
    found = stances_of("Mr Tom Hale spoke in Leeds. The Leeds MP rejected the toll on the bridge.")
    assert not [s for s in found if "MP" in s[0]], found


def test_one_cause_one_body(run) -> None:
    ex = run("Anti-toll campaigners marched in Leeds. Anti-toll supporters condemned the toll on the bridge.")
    labels = [a.label for a in ex.actors if a.label.lower().startswith("anti-toll")]
    assert len(labels) <= 1, labels


def test_mps_in_a_committee_story_are_the_committee(stances_of) -> None:
    text = ("The new toll on the bridge is unfair, MPs have warned. "
            "The Transport Select Committee published its report on Monday.")
    found = stances_of(text)
    assert ("Transport Select Committee", "Oppose", "new toll on bridge") in found, found


def test_mps_with_two_committees_are_nobody(stances_of) -> None:
    text = ("The new toll on the bridge is unfair, MPs have warned. "
            "The Transport Select Committee and the Treasury Select Committee met.")
    found = stances_of(text)
    assert not [s for s in found if s[1] != "Neutral"], found


def test_a_relative_after_a_name_is_that_actor(stances_of) -> None:
    found = stances_of("Mr Tom Hale, who opposes the toll on the bridge, spoke in Leeds.")
    assert ("Tom Hale", "Oppose", "toll on bridge") in found, found


def test_a_restrictive_relative_is_nobody(stances_of) -> None:
    found = stances_of("People who oppose the toll on the bridge marched in Leeds.")
    assert not [s for s in found if s[1] != "Neutral"], found


@pytest.mark.parametrize("verb", ["responded", "hit back", "countered"])
def test_a_verb_before_a_colon_introduces_its_quote(stances_of, verb: str) -> None:
    text = (f'Mr Tom Hale said: "We back the toll on the bridge." But Mr Jim Cole {verb}: '
            '"We oppose the toll on the bridge."')
    found = stances_of(text)
    assert ("Jim Cole", "Oppose", "toll on bridge") in found, found
    assert ("Tom Hale", "Oppose", "toll on bridge") not in found, found


def test_both_parties_are_the_parties_named(stances_of) -> None:
    text = ("Britain's economy grew. Britain's exports rose. Britain's voters are unsure. "
            "Labour and the Conservatives clashed over tax. Both parties oppose the new tax on fuel.")
    found = stances_of(text)
    assert ("Labour Party", "Oppose", "new tax on fuel") in found, found
    assert ("Conservative Party", "Oppose", "new tax on fuel") in found, found
    assert ("United Kingdom", "Oppose", "new tax on fuel") not in found, found


def test_a_subject_in_capital_initials_is_a_body(stances_of) -> None:
    found = stances_of("The BWTA said it would oppose the toll on the bridge.")
    assert ("BWTA", "Oppose", "toll on bridge") in found, found


def test_an_office_in_capitals_is_no_body(stances_of) -> None:
    found = stances_of("The MSP rejected the toll on the bridge.")
    assert not [s for s in found if s[0] == "MSP"], found


def test_a_second_name_joined_inside_the_first(stances_of) -> None:
    # the parser hangs "BWTA" on "Tolls", inside the first name
    found = stances_of("The League Against Road Tolls and the BWTA rejected the toll on the bridge.")
    assert ("League Against Road Tolls", "Oppose", "toll on bridge") in found, found
    assert ("BWTA", "Oppose", "toll on bridge") in found, found


def test_the_law_lords_are_one_body(stances_of) -> None:
    found = stances_of("The law lords said the curfew for young people was unlawful.")
    assert any(h == "Law Lords" and p == "Oppose" for h, p, _ in found), found
