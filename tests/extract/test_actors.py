"""Actors: typing, alias merging, metonymy, roles and affiliations (needs the model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_surname_and_titled_mentions_merge_into_the_full_name(actors_of) -> None:
    actors = actors_of("Mr Peter Lund said taxes must fall. Lund added that Mr Lund's plan was fair.")
    people = [a for a in actors.values() if a.kind == "Person"]
    assert [a.label for a in people] == ["Peter Lund"]


def test_capital_as_agent_is_the_country(actors_of) -> None:
    actors = actors_of("Ottawa rejected the fishing quota, and Canberra welcomed it.")
    assert actors["Canada"].kind == "Country"
    assert "Ottawa" in actors["Canada"].aliases
    assert "Australia" in actors


def test_side_and_seat_metonymy(actors_of) -> None:
    actors = actors_of("The French delegation opposed the levy. The Elysee said the levy was unfair.")
    assert set(actors) >= {"France"}
    assert len([a for a in actors.values() if a.kind == "Country"]) == 1


@pytest.mark.parametrize(
    ("text", "person", "role", "affiliation"),
    [
        ("Brazilian Foreign Minister Lia Souza rejected the tariff.", "Lia Souza", "Foreign Minister",
         "brazil"),
        ("Tory leader Mark Doyle said the plan was wrong.", "Mark Doyle", "leader", "conservative party"),
        ("Labour's Anne Fry backed the bill.", "Anne Fry", None, "labour party"),
        ("Kate Bell, the Trade Secretary, said the deal was good.", "Kate Bell", "Trade Secretary",
         "government"),
    ],
)
def test_roles_and_affiliations(
    actors_of, text: str, person: str, role: str | None, affiliation: str | None
) -> None:
    actor = actors_of(text)[person]
    if role:
        assert actor.role == role
    assert actor.affiliation == affiliation


def test_parties_by_nickname(actors_of) -> None:
    actors = actors_of("The Tories and the Lib Dems attacked the budget.")
    assert {"Conservative Party", "Liberal Democrats"} <= set(actors)


def test_places_and_bylines_are_not_actors(actors_of) -> None:
    actors = actors_of("Photo: Example.com\nThe mayor of Leeds opened the bridge in Leeds.")
    assert "Leeds" not in actors
    assert not any("Example" in label for label in actors)


def test_full_name_read_as_organisation_joins_the_titled_surname(actors_of) -> None:
    actors = actors_of("Oona Pelling said boat owners paid too much. Ms Pelling spoke in Leeds.")
    pellings = [(a.label, a.kind) for a in actors.values() if "Pelling" in a.label]
    assert pellings == [("Oona Pelling", "Person")]


def test_place_or_paper_sharing_a_word_with_a_person_stays_apart(actors_of) -> None:
    text = "Ms Green spoke in Leeds. The Daily Herald and Bethnal Green council backed Mr Herald."
    actors = actors_of(text)
    assert all(a.kind != "Person" or a.label in {"Green", "Herald"} for a in actors.values())


def test_a_partys_campaign_and_headquarters_are_the_party(actors_of) -> None:
    text = ("Labour campaign spokesman Ian Dorr said the rivals were in disarray. Tory campaign headquarters "
            "said the claim was absurd. The Green Belt campaign said nothing.")
    actors = actors_of(text)
    assert {"Labour Party", "Conservative Party"} <= set(actors)
    assert not {"Labour campaign", "Tory campaign", "Tory campaign headquarters"} & set(actors)
    assert actors["Ian Dorr"].affiliation == "labour party"


def test_campaign_names_with_an_inner_article(actors_of) -> None:
    text = ("The Save the Village Greens campaigners said the plan was wrong. Stop the Levy campaigners "
            "agreed.")
    assert {"Save the Village Greens campaigners", "Stop the Levy campaigners"} <= set(actors_of(text))


def test_letters_after_a_name_belong_to_the_person(actors_of, stances_of) -> None:
    text = 'Rural Affairs Minister, Ann Lowrie MSP, said: "I back the new ferry subsidy."'
    actors = actors_of(text)
    assert "Ann Lowrie" in actors and "MSP" not in actors
    assert ("Ann Lowrie", "Support", "new ferry subsidy") in stances_of(text)
    assert "Dan Pryce" in actors_of("Dan Pryce QC said the ruling was wrong. Mr Pryce will appeal.")


def test_constituency_after_mp_for_is_no_person(actors_of) -> None:
    actors = actors_of("Jo Pike, the Labour MP for Newtown North, said taxes were too high.")
    assert "Newtown North" not in actors


def test_acronym_without_the_head_noun_joins_the_body(actors_of) -> None:
    text = ("The Harbour and Coastal Workers Union said pay was too low. The HCW leader Jo Pike "
            "said members would strike.")
    actors = actors_of(text)
    assert "HCW" not in actors
    assert actors["Jo Pike"].affiliation == "harbour and coastal workers union"


def test_a_party_name_is_one_actor_not_also_its_first_word(actors_of) -> None:
    text = 'Ann Lowe said: "We will win." The Liberal Democrat parliamentary chairman Jo Pike agreed.'
    assert "Liberal" not in actors_of(text)


def test_one_word_name_after_the_full_name_is_that_body(actors_of) -> None:
    text = ("Greenpeace International criticised the tariff. A spokesman for Greenpeace said the tariff "
            "would hurt farmers.")
    actors = actors_of(text)
    assert "Greenpeace" not in actors
    assert "Greenpeace International" in actors


def test_one_word_name_stays_apart_from_its_sub_body(actors_of) -> None:
    actors = actors_of("The Greenpeace Board met on Monday. Greenpeace said the tariff would hurt farmers.")
    assert "Greenpeace" in actors


def test_the_police_in_a_story_naming_one_force_is_that_force(stances_of) -> None:
    text = "Westshire Police arrested two men. Police said they opposed the early release of the suspects."
    assert {h for h, _, _ in stances_of(text)} == {"Westshire Police"}


def test_the_police_stay_generic_when_two_forces_are_named(stances_of) -> None:
    text = ("Westshire Police arrested two men and Eastshire Police charged them. Police said they opposed "
            "the early release of the suspects.")
    assert {h for h, _, _ in stances_of(text)} == {"Police"}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The law lords said the detention rules were unlawful.", "Law Lords"),
        ("Peers rejected the plan to close rural courts.", "House of Lords"),
        ("Tory peers rejected the plan to close rural courts.", "Conservative Party"),
    ],
)
def test_chambers_named_by_their_members(stances_of, text: str, holder: str) -> None:
    assert {h for h, _, _ in stances_of(text)} == {holder}


def test_the_upper_chamber_handing_down_a_ruling_is_its_law_lords(actors_of) -> None:
    actors = actors_of("Ministers accepted the House of Lords ruling on detention. They said it was fair.")
    assert "House of Lords" not in actors
    assert "Law Lords" in actors
    text = "There was a long debate in the House of Lords. Ministers said the bill was fair."
    assert "Law Lords" not in actors_of(text)


def test_members_read_as_a_name_are_the_one_committee_of_the_story(stances_of) -> None:
    text = ("The Transport Select Committee published its report on Monday. Rail fares should be frozen, "
            "MPs said.")
    assert {h for h, _, _ in stances_of(text)} == {"Transport Select Committee"}


def test_members_stay_apart_when_two_committees_are_named(stances_of) -> None:
    text = ("The Transport Select Committee and the Health Select Committee met on Monday. Rail fares "
            "should be frozen, MPs said.")
    assert {h for h, _, _ in stances_of(text)} == {"MPs"}
