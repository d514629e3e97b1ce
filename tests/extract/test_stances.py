"""Stance rules on short hand-written sentences: holder, polarity, a word of the topic (needs the model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

# (text, holder label, polarity, a word the topic label must contain)
POSITIVE_CASES = [
    ("The Greens proposed a ban on plastic bags.", "Green Party", "Support", "ban"),
    ("Labour has pledged to cut hospital waiting lists.", "Labour Party", "Support", "waiting lists"),
    ("The Tories dismissed the housing plan as desperate.", "Conservative Party", "Oppose", "housing plan"),
    ("Ms Jane Porter, the Transport Secretary, said the new toll road was a vital project.",
     "Jane Porter", "Support", "toll road"),
    ('"We will scrap the road tax," said Mr Tom Ridley.', "Tom Ridley", "Oppose", "road tax"),
    ("Mr Alan Grey said the government should raise the minimum wage.", "Alan Grey", "Support",
     "minimum wage"),
    ("The Liberal Democrats oppose the new airport runway.", "Liberal Democrats", "Oppose", "runway"),
    ("Canada called for a ceasefire in the region.", "Canada", "Support", "ceasefire"),
    ("Ottawa rejected the proposed fishing quota.", "Canada", "Oppose", "fishing quota"),
    ("The Kenyan delegation insisted that the tariff was unacceptable.", "Kenya", "Oppose", "tariff"),
    ("Norway and Sweden welcomed the climate agreement.", "Norway", "Support", "climate agreement"),
    ("Norway and Sweden welcomed the climate agreement.", "Sweden", "Support", "climate agreement"),
    ("Finance Minister Ana Duarte warned against raising interest rates.", "Ana Duarte", "Oppose",
     "interest"),
    ("The Dutch government is not ready to accept the new border rules.", "Netherlands", "Oppose", "border"),
    ("Mr Paul Stone urged ministers to publish the report.", "Paul Stone", "Support", "publishing"),
    ("According to Mr Ben Hale, the merger would be a disaster.", "Ben Hale", "Oppose", "merger"),
    ("Mr Ian Moss, the party's health spokesman, said he backed the smoking ban.", "Ian Moss", "Support",
     "smoking ban"),
    # "that idea" stands for the action advocated just before; the participle's clause is not the target
    ("The Greens believe the council should allow cycling in parks. Mr Tom Webb has rejected that idea "
     "saying parks are only a small part of the city.", "Tom Webb", "Oppose", "cycling in parks"),
    # a reassurance about something is a position for it
    ("Mr Tom Webb said there was nothing to fear from the new trade rules.", "Tom Webb", "Support",
     "trade rules"),
    # keeping a promise is standing by what was promised
    ("The Greens have honoured their promise to scrap the toll.", "Green Party", "Oppose", "toll"),
    # a bare title conjunct ("and Archbishop of …") misparsed: the person named after it
    ("Cardinal John Roe spoke on the radio. Both the Cardinal and Archbishop of York Dr Jane Doe appealed "
     "for the inspectors to be given more time before the war started.", "Jane Doe", "Support", "inspectors"),
    # being "the opposition on X" is opposing X
    ("Mr Tom Webb said his party was the only opposition on road tolls.", "Tom Webb", "Oppose", "road tolls"),
    # a named person's views are a topic ("his views" are not)
    ('Mr Tom Webb said: "Whilst I disagree with Ann Lee\'s views, it seems odd to sack her."', "Tom Webb",
     "Oppose", "ann lee"),
    # "human rights groups" speak as one collective actor
    ("The plan to build the dam was condemned by human rights groups.", "Human rights groups", "Oppose",
     "dam"),
    # "decided (that) …" states a position; "no X is needed" is against X
    ("Ministers have decided no new runway is needed.", "Government", "Oppose", "runway"),
    ("Mr Tom Webb said no change was needed.", "Tom Webb", "Oppose", "change"),
    # a plural demonym the recogniser misses is its country (territories are in the country table)
    ("Greenlanders rejected the new fishing quota.", "Greenland", "Oppose", "fishing quota"),
    # hitting back at a claim is against what the claim says
    ("Mr Tom Webb hit back at Mr Ben Hale's claim that a regional assembly would improve transport links.",
     "Tom Webb", "Oppose", "assembly"),
]

NEGATIVE_CASES = [
    # a reporting verb with no position
    "Mr Tom Webb said the meeting took place on Tuesday.",
    # a pronoun subject with nobody to stand for
    "He rejected the proposal.",
    # a possibility, not a position
    "Up to 20 Labour MPs could oppose the bill.",
    # declining to take a position
    "A spokesman for Mr Dan Price declined to say whether he backed the plans.",
]


@pytest.mark.parametrize(("text", "holder", "polarity", "word"), POSITIVE_CASES)
def test_stance_found(stances_of, text: str, holder: str, polarity: str, word: str) -> None:
    found = stances_of(text)
    assert any(h == holder and p == polarity and word in t for h, p, t in found), found


@pytest.mark.parametrize("text", NEGATIVE_CASES)
def test_no_polar_stance(stances_of, text: str) -> None:
    found = stances_of(text)
    assert not [s for s in found if s[1] != "Neutral"], found


def test_negated_cue_flips(stances_of) -> None:
    found = stances_of("Spain did not support the fishing ban.")
    assert ("Spain", "Oppose", "fishing ban") in found


def test_pronoun_resolves_to_last_speaking_person(stances_of) -> None:
    found = stances_of("Mr Carl Dent spoke in Leeds. He rejected the toll plan.")
    assert ("Carl Dent", "Oppose", "toll plan") in found


def test_collective_subject_means_the_main_participants(stances_of) -> None:
    text = ("Chile and Peru met in Lima. Chile wants a new treaty. Peru has doubts. "
            "Both sides agreed to continue the fishing talks.")
    found = stances_of(text)
    assert ("Chile", "Support", "continuing fishing talks") in found
    assert ("Peru", "Support", "continuing fishing talks") in found


def test_actor_relation(run) -> None:
    ex = run("Mr Sam Reed criticised Mr Lee Park over the delays.")
    rel = [s for s in ex.stances if s.target_kind == "actor"]
    assert rel and rel[0].polarity == "Oppose"


def test_quote_speaker_gets_quoted_position(stances_of) -> None:
    text = 'Ms Ruth Kerr said: "The fuel duty rise is wrong. We will fight it."'
    found = stances_of(text)
    assert ("Ruth Kerr", "Oppose", "fuel duty rise") in found


def test_office_noun_is_a_later_mention_of_its_holder(stances_of) -> None:
    text = "Finance Minister Ana Duarte spoke on Monday. The finance minister rejected the fuel levy."
    assert ("Ana Duarte", "Oppose", "fuel levy") in stances_of(text)


def test_side_taking_copula(stances_of) -> None:
    found = stances_of("The Greens are against the new runway. Labour is in favour of the toll.")
    assert ("Green Party", "Oppose", "new runway") in found
    assert ("Labour Party", "Support", "toll") in found


def test_generic_target_resolves_to_the_fuller_mention(stances_of) -> None:
    text = ("Labour unveiled a childcare plan on Monday. The plan would cost £2bn. "
            "The Tories oppose the plan.")
    found = stances_of(text)
    assert any(h == "Conservative Party" and p == "Oppose" and "childcare" in t for h, p, t in found), found


def test_speaker_after_the_quote(stances_of) -> None:
    found = stances_of('"The new tax is unfair," said Mr Owen Price.')
    assert ("Owen Price", "Oppose", "new tax") in found


def test_hearsay_is_not_the_accused_actors_stance(stances_of) -> None:
    found = stances_of("Labour claimed the Tories planned to cut schools spending.")
    assert not any(h == "Conservative Party" for h, _, _ in found), found


def test_belief_about_another_actor_is_not_that_actors_stance(stances_of) -> None:
    found = stances_of("Mr Tom Hale said he hoped the government would scrap the toll.")
    assert not any(h != "Tom Hale" for h, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "holder", "polarity", "word"),
    [
        ("Norway is to give a £5m grant to the flood fund.", "Norway", "Support", "grant"),
        ("The Greens called for a change in the planning law. Their demands were backed by Mr Ian Roe.",
         "Ian Roe", "Support", "change in"),
        ("Canada and Peru agreed to suspend the fishing quota.", "Peru", "Oppose", "fishing quota"),
        ("Mr Hal Dean said the council's transport plan was unworkable.", "Hal Dean", "Oppose",
         "transport plan"),
    ],
)
def test_more_stance_forms(stances_of, text: str, holder: str, polarity: str, word: str) -> None:
    found = stances_of(text)
    assert any(h == holder and p == polarity and word in t for h, p, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Mr Ned Ash will claim the new levy is unfair.",  # the writer's forecast of a statement
        "Norway was criticised over the fishing quota.",  # the subject of a passive cue is no holder
    ],
)
def test_more_non_statements(stances_of, text: str) -> None:
    found = stances_of(text)
    assert not [s for s in found if s[1] != "Neutral" and s[0] in {"Ned Ash", "Norway"}], found


@pytest.mark.parametrize(
    ("text", "holder", "polarity", "word"),
    [
        # a lead sentence: what the clause says the measure does is the owner's proposal
        ("Pupils will have to learn a second language under plans unveiled by the Greens.", "Green Party",
         "Support", "second language"),
        ("Drivers could face a road toll as part of a series of measures outlined by Norway.", "Norway",
         "Support", "road toll"),
        ("Shop workers will be able to take more paid leave under Labour plans.", "Labour Party",
         "Support", "paid leave"),
        ("Shop workers will get more paid leave under Labour plans.", "Labour Party", "Support",
         "paid leave"),
        ("The road tax would be scrapped under proposals announced by the Greens.", "Green Party", "Support",
         "road tax"),
    ],
)
def test_measure_in_a_lead(stances_of, text: str, holder: str, polarity: str, word: str) -> None:
    found = stances_of(text)
    assert any(h == holder and p == polarity and word in t for h, p, t in found), found


def test_a_measure_without_an_owner_is_nobodys_proposal(stances_of) -> None:
    found = stances_of("Drivers could face a road toll under the new rules.")
    assert not [s for s in found if s[1] != "Neutral"], found


def test_an_owned_measure_proposes_its_purpose(stances_of) -> None:
    found = stances_of("Tory MP Jane Moore's private member's bill to change the planning law received a "
                       "first reading.")
    assert ("Jane Moore", "Support", "changing planning law") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Greens' policy on fishing is unclear.",  # a policy on X takes no side on X
        "The Greens' programme to be shown on Sunday is about farming.",  # a passive infinitive is no aim
    ],
)
def test_an_owned_measure_without_a_purpose(stances_of, text: str) -> None:
    found = stances_of(text)
    assert not any(p != "Neutral" for _, p, _ in found), found
