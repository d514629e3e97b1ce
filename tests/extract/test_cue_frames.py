"""Cue frames found in BBC politics news: directives, claims rejected, "critical of", "no need for"."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

# (text, holder label, polarity, a word the topic label must contain)
CASES = [
    ("The Liberal Democrats are critical of the road building plan.", "Liberal Democrats", "Oppose", "road"),
    ("The Greens are deeply suspicious about the nuclear programme.", "Green Party", "Oppose", "nuclear"),
    ("Mr Tom Ridley said there was no need for a public inquiry.", "Tom Ridley", "Oppose", "inquiry"),
    ("Mr Tom Ridley said there was no need to raise fuel duty.", "Tom Ridley", "Oppose", "fuel duty"),
    ("The Trades Union Congress told the government not to raise the pension age.",
     "Trades Union Congress", "Oppose", "pension age"),
    ("Labour rejected claims that it would raise income tax.", "Labour Party", "Oppose", "income tax"),
    ("The Tories spelled out their plans for lower water rates.", "Conservative Party", "Support",
     "water rates"),
    ("Mr Ben Hale said it would be crass to cut the arts budget.", "Ben Hale", "Oppose", "arts budget"),
    ("Mr Ben Hale disagreed with the Tory plans for a flat tax.", "Ben Hale", "Oppose", "flat tax"),
    ('Mr Ben Hale said: "I disagree with the views of the Tories on the flat tax."', "Ben Hale", "Oppose",
     "flat tax"),
    ('Mr Ben Hale said: "It would be devastating to close the mines."', "Ben Hale", "Oppose", "mines"),
    ("Mr Ben Hale praised the Trades Union Congress for backing the minimum wage.",
     "Trades Union Congress", "Support", "minimum wage"),
    ("Mr Ben Hale backed a Tory attempt to change the planning law.", "Conservative Party", "Support",
     "planning law"),
    ("The Liberal Democrats oppose government plans to introduce identity cards.", "Liberal Democrats",
     "Oppose", "identity cards"),
    ("Mr Ben Hale said it was wrong to put farmers under the same quota as fishermen.", "Ben Hale", "Oppose",
     "quota"),
    ("Canada pledged to work towards lifting the ban on seal products.", "Canada", "Oppose", "ban"),
    ("Mr Ben Hale said nurses did not want to go on strike and called for talks with ministers.", "Ben Hale",
     "Support", "talks"),
    ("The Liberal Democrats hit back at the Tory proposals for a flat tax.", "Liberal Democrats", "Oppose",
     "flat tax"),
    ("The Liberal Democrats hit out at the Tories over the tax rise.", "Liberal Democrats", "Oppose",
     "conservative party"),
    ("The Greens have said the Tory figures do not add up.", "Green Party", "Oppose", "figures"),
    ("Mr Ben Hale said there is growing evidence that the bypass is environmentally unsustainable.",
     "Ben Hale", "Oppose", "bypass"),
    ("The Greens called on the government not to build the runway.", "Green Party", "Oppose", "runway"),
    ("Mr Ben Hale called on the prime minister to enter into talks with the unions.", "Ben Hale", "Support",
     "talks"),
    # an announced or introduced measure is the announcer's proposal
    ("The Liberal Democrats announced a new grant for young farmers.", "Liberal Democrats", "Support",
     "grant"),
    ("The Greens will introduce a tax on plastic bags.", "Green Party", "Support", "plastic bags"),
    # wishes: "would like to see X", "wants to see X"
    ("The Greens would like to see a cap on rail fares.", "Green Party", "Support", "rail fares"),
    ("Mr Ben Hale said he would like to see the road tolls scrapped.", "Ben Hale", "Oppose", "road tolls"),
    ("Mr Ben Hale wants to see a ban on fox hunting.", "Ben Hale", "Support", "fox hunting"),
    ("The Greens are keen to see a ban on fox hunting.", "Green Party", "Support", "fox hunting"),
    # criticism of an actor for (not) doing something
    ("Mr Ben Hale accused the Greens of failing to cut rail fares.", "Ben Hale", "Support", "rail fares"),
    ("Mr Ben Hale accused the Greens of planning to close the rural schools.", "Ben Hale", "Oppose",
     "rural schools"),
    ("Mr Ben Hale criticised the Greens for failing to protect the green belt.", "Ben Hale", "Support",
     "green belt"),
    # a sum names no issue: what it is for does; a speaker's own measure in the progressive
    ("The Greens pledged an extra £40m for rural bus services.", "Green Party", "Support", "bus services"),
    ("Mr Ben Hale said he was providing an extra £2m for youth clubs.", "Ben Hale", "Support", "youth clubs"),
    ("Mr Ben Hale denied that he was raising the fuel levy.", "Ben Hale", "Oppose", "fuel levy"),
    # feelings and verdicts as nouns, with a light verb or an owner
    ("The Greens gave a cautious welcome to the new levy.", "Green Party", "Support", "levy"),
    ("Mr Ben Hale voiced reservations about the new levy.", "Ben Hale", "Oppose", "levy"),
    ("Mr Ben Hale expressed scepticism about the new levy.", "Ben Hale", "Oppose", "levy"),
    # backing or rejecting someone's demand takes a position on what is demanded
    ("The Greens rejected the union's calls for a new motorway.", "Green Party", "Oppose", "motorway"),
    ("The Greens backed the union's demand for a new motorway.", "Green Party", "Support", "motorway"),
    ("Mr Ben Hale defended plans to end the road tolls.", "Ben Hale", "Oppose", "road tolls"),
    # carrying out a measure supports it
    ("The Greens are implementing a ban on plastic bags.", "Green Party", "Support", "plastic bags"),
    # a measure marked as someone's plan
    ("Jane Moore's planned congestion charge would raise money for buses.", "Jane Moore", "Support",
     "congestion charge"),
    ("Mr Ben Hale attacked the congestion charge proposed by the Greens.", "Green Party", "Support",
     "congestion charge"),
    # evaluating verbs with a second object
    ("Mr Ben Hale branded the new levy a stealth tax.", "Ben Hale", "Oppose", "levy"),
    # the predicate adjective parsed as a late modifier of the object
    ("Greenpeace branded the incinerator plan unworkable but ministers went ahead.", "Greenpeace", "Oppose",
     "incinerator"),
    ("The Liberal Democrats have branded the fuel duty rise unworkable, but nobody listened.",
     "Liberal Democrats", "Oppose", "fuel duty"),
]

NEGATIVES = [
    # "critical to" means important, not critical of
    "Mr Ben Hale said the bridge was critical to the economy of the town.",
    # proposing an idea is not rejecting a claim
    "The Tories proposed the idea of a flat tax.",
    # an adjective before the object is no verdict on it
    "Greenpeace branded the unworkable incinerator plan a victory for common sense.",
]


@pytest.mark.parametrize(("text", "holder", "polarity", "word"), CASES)
def test_cue_frame(stances_of, text: str, holder: str, polarity: str, word: str) -> None:
    found = stances_of(text)
    assert any(h == holder and p == polarity and word in t for h, p, t in found), found


def test_critical_to_is_no_criticism(stances_of) -> None:
    assert not any(p == "Oppose" for _, p, _ in stances_of(NEGATIVES[0]))


def test_proposed_idea_stays_a_proposal(stances_of) -> None:
    assert all(p == "Support" for _, p, _ in stances_of(NEGATIVES[1]))


def test_surname_is_never_a_first_name(run) -> None:
    ex = run("Mr Howard Fell, the local MP, resigned. Later Mr Howard said the party had lost its way.")
    assert {a.label for a in ex.actors if a.kind == "Person"} >= {"Howard Fell", "Howard"}


def test_government_plans_are_no_actor(stances_of) -> None:
    found = stances_of("The Liberal Democrats oppose government plans to introduce identity cards.")
    assert all(h != "Liberal Democrats" or "identity" in t for h, _, t in found), found


def test_a_key_criterion_is_no_praise(stances_of) -> None:
    found = stances_of("The cost of housing was a key criterion in the review, Mr Ben Hale said.")
    assert not any(p == "Support" for _, p, _ in found), found


def test_chairman_of_a_committee_named_after_it(stances_of) -> None:
    text = ('Chairman of the Health Select Committee Jane Moore MP, said: "The housing policy is an alarming '
            'example of poor thinking."')
    found = stances_of(text)
    assert any(h.startswith("Jane Moore") and p == "Oppose" and "housing" in t for h, p, t in found), found


def test_someone_elses_readiness_is_not_the_speakers(stances_of) -> None:
    found = stances_of("Mr Ben Hale said he believed the president was keen to cut taxes.")
    assert not any(h == "Ben Hale" for h, _, _ in found), found


def test_an_announced_event_is_no_measure(stances_of) -> None:
    found = stances_of("Mr Ben Hale announced his resignation on Monday.")
    assert not any(p == "Support" for _, p, _ in found), found


# a list of measures: one stance per item
LISTS = [
    ("The Greens said they would freeze rail fares, extend the night buses and raise the fuel levy.",
     "Green Party", "Support", ["rail fares", "night buses", "fuel levy"]),
    ("Mr Ben Hale attacked the road tolls and the parking charges.", "Ben Hale", "Oppose",
     ["road tolls", "parking charges"]),
    ("The Greens pledged to scrap the road tolls and abolish the parking charges.", "Green Party", "Oppose",
     ["road tolls", "parking charges"]),
]


@pytest.mark.parametrize(("text", "holder", "polarity", "words"), LISTS)
def test_one_stance_per_listed_measure(stances_of, text: str, holder: str, polarity: str,
                                       words: list[str]) -> None:
    found = stances_of(text)
    for word in words:
        assert any(h == holder and p == polarity and word in t for h, p, t in found), (word, found)


def test_another_subjects_clause_is_no_list_item(stances_of) -> None:
    found = stances_of("Mr Ben Hale said he would cut rail fares and the Tories would raise them.")
    assert not any(h == "Ben Hale" and "rais" in t for h, _, t in found), found


def test_a_negated_list_item_flips(stances_of) -> None:
    found = stances_of("The Greens urged shops to respect the rules and not sell alcohol to children.")
    assert not any(p == "Support" and "alcohol" in t for _, p, t in found), found


def test_an_accusation_of_conduct_names_no_issue(stances_of) -> None:
    found = stances_of("Mr Ben Hale accused the Greens of telling lies.")
    assert {t for _, _, t in found} <= {"green party"}, found


def test_the_predicate_of_a_branding_is_no_target(stances_of) -> None:
    found = stances_of("Mr Ben Hale branded the new levy a stealth tax.")
    assert not any("stealth" in t for _, _, t in found), found


def test_a_sum_is_no_topic(stances_of) -> None:
    found = stances_of("The Greens pledged an extra £40m for rural bus services.")
    assert not any("40m" in t for _, _, t in found), found


def test_an_armed_attack_is_no_criticism(stances_of) -> None:
    found = stances_of("Mr Ben Hale condemned the raid, and the rebels' attack on a power station.")
    assert not any(h != "Ben Hale" and p == "Oppose" for h, p, _ in found), found


def test_wanting_it_to_end_opposes_what_it_stands_for(stances_of) -> None:
    text = ("The arms embargo on the islands was imposed in 1990. The embargo covers all weapons. "
            "Critics say the embargo has failed. Mr Ben Hale said he also wanted it to end.")
    found = stances_of(text)
    assert any(h == "Ben Hale" and p == "Oppose" and "embargo" in t for h, p, t in found), found


def test_an_owner_is_not_part_of_the_measure(stances_of) -> None:
    found = stances_of("Jane Moore's planned congestion charge would raise money for buses.")
    assert not any("moore" in t for _, _, t in found), found


def test_making_a_point_is_no_measure(stances_of) -> None:
    found = stances_of("Mr Ben Hale said he was making the observation that the tolls were high.")
    assert not any(p == "Support" and "observation" in t for _, p, t in found), found


@pytest.mark.parametrize(
    ("text", "holder", "polarity", "word"),
    [
        # "there is a case for X / to V"
        ("The Greens said there was a strong case for an independent review.", "Green Party", "Support",
         "review"),
        ("The Greens said there was a case to tighten the noise rules.", "Green Party", "Support",
         "noise rules"),
        # taking over someone's call; recommending and suggesting an action
        ("Mr Tom Webb joined calls for an independent review.", "Tom Webb", "Support", "review"),
        ("The Greens recommended tightening the noise rules.", "Green Party", "Support", "noise rules"),
        ("Mr Tom Webb suggested scrapping the road toll.", "Tom Webb", "Oppose", "road toll"),
        # "has no intention of V-ing" is against V-ing
        ("Mr Tom Webb has no intention of raising the road toll.", "Tom Webb", "Oppose", "road toll"),
        # a measure that went wrong
        ("Mr Tom Webb said the curfew had backfired.", "Tom Webb", "Oppose", "curfew"),
    ],
)
def test_more_cue_frames(stances_of, text: str, holder: str, polarity: str, word: str) -> None:
    found = stances_of(text)
    assert any(h == holder and p == polarity and word in t for h, p, t in found), found


def test_unwillingness_is_no_acceptance(stances_of) -> None:
    found = stances_of("Mr Tom Webb is not prepared to accept a road toll.")
    assert not any(p == "Support" for _, p, _ in found), found
    assert any(p == "Oppose" and "road toll" in t for _, p, t in found), found


def test_refusing_to_rule_out_takes_no_side(stances_of) -> None:
    found = stances_of("Mr Tom Webb refused to rule out a road toll.")
    assert not any(p != "Neutral" for _, p, _ in found), found


def test_admitting_an_act_is_no_proposal(stances_of) -> None:
    found = stances_of("Mr Tom Webb admitted raising the road toll.")
    assert not any(p == "Support" for _, p, _ in found), found


@pytest.mark.parametrize(
    ("text", "holder", "polarity", "word"),
    [
        # what someone is criticised or praised for doing, or criticised over
        ("The Greens attacked the council for raising the road toll.", "Green Party", "Oppose", "road toll"),
        ("The Greens praised the council for cutting the road toll.", "Green Party", "Support", "road toll"),
        ("The Greens criticised the council over the road toll.", "Green Party", "Oppose", "road toll"),
    ],
)
def test_what_a_criticism_is_for(stances_of, text: str, holder: str, polarity: str, word: str) -> None:
    found = stances_of(text)
    assert any(h == holder and p == polarity and word in t for h, p, t in found), found


def test_criticism_for_a_claim_is_not_about_its_content(stances_of) -> None:
    found = stances_of("The Greens criticised Mr Tom Webb for claiming the road toll was fair.")
    assert not any(h == "Green Party" and "road toll" in t for h, _, t in found), found


@pytest.mark.parametrize(
    ("text", "holder", "polarity", "word"),
    [
        # going on with a measure
        ("The Greens are pressing ahead with plans for a road toll.", "Green Party", "Support", "road toll"),
        ("The Greens will proceed with the road toll.", "Green Party", "Support", "road toll"),
        ("The Greens said it was vital to move ahead with the road toll.", "Green Party", "Support",
         "road toll"),
    ],
)
def test_going_ahead_with_a_measure(stances_of, text: str, holder: str, polarity: str, word: str) -> None:
    found = stances_of(text)
    assert any(h == holder and p == polarity and word in t for h, p, t in found), found


@pytest.mark.parametrize(
    ("text", "holder", "polarity", "word"),
    [
        # being a supporter or a critic of something
        ("Mr Tom Webb has been a leading advocate of the road toll.", "Tom Webb", "Support", "road toll"),
        ("Mr Tom Webb said he was a strong supporter of the road toll.", "Tom Webb", "Support", "road toll"),
        ("Mr Tom Webb, a critic of the road toll, spoke on Monday.", "Tom Webb", "Oppose", "road toll"),
        ("Mr Tom Webb, one of the fiercest opponents of the road toll, spoke on Monday.", "Tom Webb",
         "Oppose", "road toll"),
    ],
)
def test_partisans(stances_of, text: str, holder: str, polarity: str, word: str) -> None:
    found = stances_of(text)
    assert any(h == holder and p == polarity and word in t for h, p, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Mr Tom Webb is a former critic of the road toll.",  # no longer
        "Mr Tom Webb was one of the great advocates of his generation.",  # a lawyer
    ],
)
def test_no_partisan(stances_of, text: str) -> None:
    found = stances_of(text)
    assert not any(p != "Neutral" for _, p, _ in found), found


def test_a_call_for_a_pronoun_to_act_is_for_the_act(stances_of) -> None:
    found = stances_of("Ms Jane Moore called for him to apologise for the remark.")
    assert any(h == "Jane Moore" and p == "Support" and "apologis" in t for h, p, t in found), found


def test_an_act_coordinated_with_an_accusation_is_the_speakers_own(stances_of) -> None:
    found = stances_of("Ms Jane Moore wrote to the mayor accusing him of arrogance and calling for an "
                       "independent review.")
    assert any(h == "Jane Moore" and p == "Support" and "review" in t for h, p, t in found), found


def test_a_claim_inside_an_accusation_stays_hearsay(stances_of) -> None:
    found = stances_of("Ms Jane Moore accused the Greens of planning to scrap the road toll.")
    assert not any(h == "Green Party" and p != "Neutral" for h, p, _ in found), found


@pytest.mark.parametrize(
    ("text", "holder", "polarity", "word"),
    [
        # a welcome or a criticism of what a fact or a piece of news says happens
        ("Mr Tom Webb criticised the fact that millions had been spent on consultants.", "Tom Webb",
         "Oppose", "consultants"),
        ("Mr Tom Webb welcomed news that Norway will put an extra £1bn into the flood fund.", "Tom Webb",
         "Support", "flood fund"),
        ("Mr Tom Webb welcomed the fact that the road toll would be scrapped.", "Tom Webb", "Oppose",
         "road toll"),
    ],
)
def test_what_a_fact_says(stances_of, text: str, holder: str, polarity: str, word: str) -> None:
    found = stances_of(text)
    assert any(h == holder and p == polarity and word in t for h, p, t in found), found


def test_a_call_for_something_to_be_scrapped_opposes_it(stances_of) -> None:
    found = stances_of("Mr Tom Webb called for the road toll to be scrapped.")
    assert ("Tom Webb", "Oppose", "road toll") in found, found
    assert not any(p == "Support" for _, p, _ in found), found


@pytest.mark.parametrize(
    ("text", "holder", "polarity", "word"),
    [
        # a court's ruling states its judgement of what the clause says
        ("The move follows a Supreme Court ruling that the closure of the harbour was unlawful.",
         "Supreme Court", "Oppose", "closure"),
        ("The Supreme Court's judgement that the road toll was lawful angered the Greens.", "Supreme Court",
         "Support", "road toll"),
    ],
)
def test_rulings(stances_of, text: str, holder: str, polarity: str, word: str) -> None:
    found = stances_of(text)
    assert any(h == holder and p == polarity and word in t for h, p, t in found), found


def test_an_adjective_before_the_branded_object_is_no_verdict(stances_of) -> None:
    assert not any(p == "Oppose" for _, p, _ in stances_of(NEGATIVES[2]))
