"""Polarity from negation and modality: "no desire to", "did not rule out", "not against"."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

# (text, holder label, polarity, a word the topic label must contain)
CASES = [
    ("Mr Tom Ridley said he had no desire to raise income tax.", "Tom Ridley", "Oppose", "income tax"),
    ("The Liberal Democrats have no plans to close the rural schools.", "Liberal Democrats", "Oppose",
     "rural schools"),
    ("Mr Tom Ridley ruled out a rise in the pension age.", "Tom Ridley", "Oppose", "pension age"),
    ("The Greens said the new motorway must be scrapped.", "Green Party", "Oppose", "motorway"),
    ("The Greens said the cycle lanes should be extended.", "Green Party", "Support", "cycle lanes"),
    # an opposing noun or a negated infinitive flips the clause it owns
    ("The Greens voiced their refusal to pay the road tolls.", "Green Party", "Oppose", "road tolls"),
    ("Mr Tom Ridley repeated his pledge not to raise the road tolls.", "Tom Ridley", "Oppose", "road tolls"),
    ("The Greens announced a deal to suspend the road tolls.", "Green Party", "Oppose", "road tolls"),
    # a demand whose subject the parser hung on the reporting verb
    ("Mr Tom Ridley said individual voter registration, as opposed to registration by household, should be "
     "quickly introduced.", "Tom Ridley", "Support", "registration"),
    # replacing or dismissing something opposes it
    ("Mr Tom Ridley said the road tolls should be replaced with a congestion charge.", "Tom Ridley", "Oppose",
     "road tolls"),
    ("The Greens want the council to replace the road tolls with a congestion charge.", "Green Party",
     "Oppose", "road tolls"),
    ("Mr Tom Ridley dismissed the new curfew as complete rubbish.", "Tom Ridley", "Oppose", "curfew"),
    # "the aim is to V"
    ("Mr Tom Ridley said the aim was to preserve the rural schools.", "Tom Ridley", "Support",
     "rural schools"),
    ("Mr Tom Ridley said the intention was not to close the rural schools.", "Tom Ridley", "Oppose",
     "rural schools"),
    # a refused position is the opposite one
    ("Mr Tom Ridley refused to back the new curfew.", "Tom Ridley", "Oppose", "curfew"),
    ("Mr Tom Ridley declined to support the new curfew.", "Tom Ridley", "Oppose", "curfew"),
    # hyphenated judgements the tokenizer splits
    ("Mr Tom Ridley said Jane Moore's comment was ill-advised.", "Tom Ridley", "Oppose", "comment"),
    ("Mr Tom Ridley said the new curfew was an ill-judged idea.", "Tom Ridley", "Oppose", "curfew"),
    # feelings about an issue
    ("Mr Tom Ridley was worried about extending the curfew to children.", "Tom Ridley", "Oppose", "curfew"),
    ("The Greens are concerned about the new motorway.", "Green Party", "Oppose", "motorway"),
    ("The Greens said they were pleased with the deal on fishing quotas.", "Green Party", "Support",
     "fishing quotas"),
    # a cause judged by its effect
    ("Mr Tom Ridley said the road tolls would cause chaos.", "Tom Ridley", "Oppose", "road tolls"),
    ("Mr Tom Ridley said the road tolls would lead to job losses.", "Tom Ridley", "Oppose", "road tolls"),
    ("The Greens warned that lasting damage would be caused by the new motorway.", "Green Party", "Oppose",
     "motorway"),
    # a bare action that is an issue by itself, and a bare verb with a state
    ("The Greens called on the minister to resign.", "Green Party", "Support", "resign"),
    ("The Greens want the islands to remain British.", "Green Party", "Support", "remain"),
    # "X needs to V": advocacy of the action, and of each listed action
    ('Mr Tom Ridley said: "They need to rethink the curfew, and build more youth clubs."', "Tom Ridley",
     "Support", "curfew"),
    ('Mr Tom Ridley said: "They need to rethink the curfew, and build more youth clubs."', "Tom Ridley",
     "Support", "youth clubs"),
    ("The Greens said ministers needed to change the planning law.", "Green Party", "Support",
     "planning law"),
    # "it is time to X" is a demand
    ("Mr Tom Ridley said it was time to scrap the road tolls.", "Tom Ridley", "Oppose", "road tolls"),
    ("Mr Tom Ridley said it was time for a ban on fox hunting.", "Tom Ridley", "Support", "fox hunting"),
    ("Mr Tom Ridley said it was high time the road tolls were scrapped.", "Tom Ridley", "Oppose",
     "road tolls"),
    # evaluative words beyond the first lists
    ("Mr Tom Ridley said the ban on fox hunting was long overdue.", "Tom Ridley", "Support", "fox hunting"),
    ("Mr Tom Ridley said the road tolls were illiberal and disproportionate.", "Tom Ridley", "Oppose",
     "road tolls"),
    ("Mr Tom Ridley described the new curfew as pragmatic.", "Tom Ridley", "Support", "curfew"),
    ("Mr Tom Ridley said the Green proposals were uncosted.", "Tom Ridley", "Oppose", "green proposals"),
    ("Mr Tom Ridley said the road tolls were incompatible with basic fairness.", "Tom Ridley", "Oppose",
     "road tolls"),
    ("The Greens called the new curfew an abuse of power.", "Green Party", "Oppose", "curfew"),
    ("Mr Tom Ridley said the new curfew was lawful.", "Tom Ridley", "Support", "curfew"),
    # a court's ruling is a statement, read through its clause ("ruled out" stays a rejection)
    ("The Supreme Court ruled that the road tolls were lawful.", "Supreme Court", "Support", "road tolls"),
    ("The Supreme Court ruled that the road tolls were unlawful.", "Supreme Court", "Oppose", "road tolls"),
    # an issue that must go or stop is opposed; talks that must not stop are wanted
    ("Mr Tom Ridley said the road tolls should go.", "Tom Ridley", "Oppose", "road tolls"),
    ('Mr Tom Ridley said: "This curfew must stop."', "Tom Ridley", "Oppose", "curfew"),
    ("Mr Tom Ridley said the trade talks must not stop.", "Tom Ridley", "Support", "trade talks"),
    # a passive of giving: the thing given is the issue
    ("Cyclists should be afforded greater protection from lorries, the Greens say.", "Green Party",
     "Support", "protection"),
    ("Pupils would be offered free music lessons by a Green government, the Greens have said.",
     "Green Party", "Support", "music lessons"),
    # judging the ending or withholding of something judges that thing the other way
    ("Mr Tom Ridley said it would be wrong to scrap the road tolls.", "Tom Ridley", "Support", "road tolls"),
    ("Mr Tom Ridley said it was right to abolish the road tolls.", "Tom Ridley", "Oppose", "road tolls"),
    ("Mr Tom Ridley said it was wrong to deny pensioners the free museum tickets.", "Tom Ridley", "Support",
     "museum tickets"),
    # lifting a ban or an embargo is against it
    ("Canada called for the fishing ban to be lifted.", "Canada", "Oppose", "fishing ban"),
    ("Canada pledged to work towards lifting the fishing ban.", "Canada", "Oppose", "fishing ban"),
    # "there will be no X" pledges against X; "not going to V" is "will not V"
    ("Mr Tom Ridley said there would be no new road tolls.", "Tom Ridley", "Oppose", "road tolls"),
    ("Mr Tom Ridley said there should be no road tolls.", "Tom Ridley", "Oppose", "road tolls"),
    ("Mr Tom Ridley said he was not going to introduce road tolls.", "Tom Ridley", "Oppose", "road tolls"),
    # a relative clause inside the judged subject is no pseudo-cleft
    ("Mr Tom Ridley said the road tolls, which include a charge for lorries, were unworkable.", "Tom Ridley",
     "Oppose", "road tolls"),
    # an issue "against" an interest is judged, not the interest
    ("Mr Tom Ridley said such strikes were against the national interest.", "Tom Ridley", "Oppose",
     "strikes"),
    # set phrases judge what they are said of; the longest phrase wins over its single words
    ("Greenpeace said the incinerator plan was a recipe for disaster.", "Greenpeace", "Oppose",
     "incinerator"),
    ("Greenpeace described the waste review as a step backwards.", "Greenpeace", "Oppose", "waste review"),
    ("Greenpeace said the landfill tax was a step in the right direction.", "Greenpeace", "Support",
     "landfill tax"),
    ("Greenpeace said the landfill tax was a step in the wrong direction.", "Greenpeace", "Oppose",
     "landfill tax"),
    ("Greenpeace said the new waste law was the antithesis of the nanny state.", "Greenpeace", "Support",
     "waste law"),
    # endangering something, or posing a threat, judges the cause
    ("Greenpeace said the incinerator plan would put lives at risk.", "Greenpeace", "Oppose", "incinerator"),
    ("Greenpeace said the new dam would not put the wetlands at risk.", "Greenpeace", "Support", "dam"),
    ("Greenpeace said the nuclear programme posed a serious threat to the region.", "Greenpeace", "Oppose",
     "nuclear programme"),
    # more judging words: a concern, a danger, misplaced, corrosive
    ("Greenpeace said the spread of incinerators was a real concern.", "Greenpeace", "Oppose",
     "incinerators"),
    ("Greenpeace said the focus on nuclear power was misplaced.", "Greenpeace", "Oppose", "nuclear power"),
    # the effect a cause has judges it
    ("Greenpeace said the recycling scheme had no effect on waste.", "Greenpeace", "Oppose", "recycling"),
    ("Greenpeace said the landfill tax had an adverse effect on councils.", "Greenpeace", "Oppose",
     "landfill tax"),
    # faulted for excess, whatever the adjective
    ("Greenpeace said the recycling targets were far too modest.", "Greenpeace", "Oppose", "recycling"),
    ("Greenpeace said the waste grants were too generous.", "Greenpeace", "Oppose", "waste grants"),
    ("Greenpeace said there was far too much waste in landfill sites.", "Greenpeace", "Oppose", "waste"),
    ("Greenpeace said there were too few recycling centres.", "Greenpeace", "Support", "recycling centres"),
    # more feelings about an issue
    ("Greenpeace said it was satisfied with the new recycling targets.", "Greenpeace", "Support",
     "recycling targets"),
    ("Greenpeace said it was dissatisfied with the recycling targets.", "Greenpeace", "Oppose",
     "recycling targets"),
]

# (text, a word of the topic that must get no Support/Oppose stance)
NO_SIDE = [
    # "too X to V" and matters of timing are no verdict
    ('Greenpeace said the "risks are too high" to ignore the incinerator.', "risks"),
    ("Greenpeace said the recycling vote was too close to call.", "recycling"),
    # a big impact is no verdict
    ("Greenpeace said the landfill tax would have a big impact on councils.", "landfill tax"),
    # a stir about the thing is no judgement of the thing
    ("Greenpeace said the incinerator report was all a silly fuss.", "incinerator"),
    # a question posed is no threat; putting something on the agenda endangers nothing
    ("Greenpeace said the new waste law posed a question for councils.", "waste law"),
    ("Greenpeace said the new waste law would put recycling at the top of the agenda.", "waste law"),
    # a possibility left open is no support
    ("Mr Tom Ridley did not rule out a rise in the pension age.", "pension age"),
    ("Mr Tom Ridley would not exclude a rise in the pension age.", "pension age"),
    # no objection is not yet support
    ("Mr Tom Ridley said he was not against the new motorway.", "motorway"),
    ("Mr Tom Ridley said he was not opposed to the new motorway.", "motorway"),
    # a bare action names no issue
    ("The Greens said they will look at the plans.", "looking"),
    ("Mr Tom Ridley wants to continue.", "continu"),
    # "ill" alone is health, not a judgement
    ("Mr Tom Ridley said the new curfew was wrong for Jane Moore, who is ill.", "jane moore"),
    # a statement one declined to make
    ("Mr Tom Ridley declined to say whether he backed the new curfew.", "curfew"),
    # a feeling one declined to state
    ("Mr Tom Ridley declined to say if he was pleased with the deal on fishing quotas.", "fishing quotas"),
    # "the first time" is no "time to"
    ("Mr Tom Ridley said it was the first time the road tolls had been raised.", "road tolls"),
    # a limit on a measure is no call for it
    ("Mr Tom Ridley said the curfew should only be used in extreme cases.", "curfew"),
    # being given nothing is no measure
    ("Mr Tom Ridley said the adviser would be given no formal title.", "title"),
    # a fact stated with "no" is no pledge
    ("Mr Tom Ridley said there was no road toll on the bridge.", "road toll"),
    # a pseudo-cleft judges no subject
    ("Mr Tom Ridley said what mattered most was a fair road toll.", "what"),
    # the verb "abuse" says the thing was harmed, not that it is bad
    ("Mr Tom Ridley said the fishing quotas were being abused.", "fishing quotas"),
]


@pytest.mark.parametrize(("text", "holder", "polarity", "word"), CASES)
def test_polarity(stances_of, text: str, holder: str, polarity: str, word: str) -> None:
    found = stances_of(text)
    assert any(h == holder and p == polarity and word in t for h, p, t in found), found


@pytest.mark.parametrize(("text", "word"), NO_SIDE)
def test_no_side_taken(stances_of, text: str, word: str) -> None:
    found = stances_of(text)
    assert not any(p in {"Support", "Oppose"} and word in t for _, p, t in found), found


def test_a_passive_cue_with_an_agent_is_no_demand(stances_of) -> None:
    found = stances_of("Mr Tom Ridley said the new motorway had been rejected by the council.")
    assert not any(h == "Tom Ridley" and p == "Oppose" for h, p, _ in found), found


def test_a_passive_cue_about_an_actor_is_read_on_its_own(stances_of) -> None:
    found = stances_of("Mr Tom Ridley argued that the Liberal Democrats were committed to lower taxes.")
    judged = [t for h, p, t in found if h == "Tom Ridley" and p != "Neutral"]
    assert "liberal democrats" not in judged, found


def test_a_prediction_of_need_is_no_demand(stances_of) -> None:
    found = stances_of("Mr Tom Ridley predicted the Greens would have to raise the fuel levy.")
    assert not any(h == "Tom Ridley" and p == "Support" and "fuel levy" in t for h, p, t in found), found


def test_a_cause_with_an_unknown_referent_is_no_pledge(stances_of) -> None:
    found = stances_of("Mr Tom Ridley said it would create havoc.")
    assert not any(p == "Support" for _, p, _ in found), found


def test_an_owned_refusal_is_never_support(stances_of) -> None:
    found = stances_of("The Greens voiced their refusal to pay the road tolls.")
    assert not any(p == "Support" for _, p, _ in found), found


def test_a_passive_plan_is_not_the_subjects(stances_of) -> None:
    found = stances_of("The Greens are to be offered a slot on the channel.")
    assert not any(p in {"Support", "Oppose"} for _, p, _ in found), found


def test_a_reported_side_is_not_the_reporters(stances_of) -> None:
    found = stances_of("Mr Tom Ridley said the Greens were against the road toll.")
    assert ("Green Party", "Oppose", "road toll") in found, found
    assert not any(h == "Tom Ridley" and p != "Neutral" for h, p, _ in found), found


def test_an_interest_something_is_against_is_not_opposed(stances_of) -> None:
    found = stances_of("Mr Tom Ridley said such strikes were against the national interest.")
    assert not any(p == "Oppose" and "interest" in t for _, p, t in found), found



def test_a_misattached_extraposed_clause_is_no_back_reference(stances_of) -> None:
    text = ("Plans to build a new road toll have been unveiled. Mr Tom Ridley said: \"It would be totally "
            "unacceptable in my view for a minister to say sorry.\"")
    found = stances_of(text)
    assert not any(h == "Tom Ridley" and "toll" in t for h, _, t in found), found


def test_an_amount_is_not_part_of_the_issue(stances_of) -> None:
    found = stances_of("Greenpeace said there were too many incinerators in the county.")
    assert any(p == "Oppose" and t.startswith("incinerators") for _, p, t in found), found
