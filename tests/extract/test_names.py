"""Normalised keys and name clean-up (no model)."""

from __future__ import annotations

import pytest

from graph.extract.names import actor_key, strip_honorifics, strip_possessive, topic_key
from graph.extract.topicids import canonical_keys


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("The United States", "united states"),
        ("U.S.", "us"),
        ("Jane  Doe’s", "jane doe"),
        ("Émile Zola", "emile zola"),
        ("Lib-Dems", "lib dems"),
    ],
)
def test_actor_key(label: str, key: str) -> None:
    assert actor_key(label) == key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("normalisation of relations", "normalizing relations"),
        ("the moratorium on strikes", "moratorium on strike"),
        ("Favour", "favor"),
        ("privatisation", "privatization"),
        ("the war in Iraq", "Iraq war"),
        ("quotas on asylum", "asylum quotas"),
    ],
)
def test_topic_key_folds_variants(a: str, b: str) -> None:
    assert topic_key(a) == topic_key(b)


@pytest.mark.parametrize(("a", "b"), [("tax rise", "tax cut"), ("promise", "prize")])
def test_topic_key_keeps_different_issues_apart(a: str, b: str) -> None:
    assert topic_key(a) != topic_key(b)


def test_strip_honorifics_and_possessive() -> None:
    assert strip_honorifics("Mr John Smith") == "John Smith"
    assert strip_honorifics("Mr") == "Mr"
    assert strip_possessive("Smith’s") == "Smith"
    assert strip_possessive("Jones'") == "Jones"


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("university fees", "university tuition fees"),
        ("return of prisoners", "return of four prisoners"),
        ("minimum wage", "£6 minimum wage"),
        # a bare head noun is the one fuller label of the story with that head
        ("ban", "ban on fireworks in parks"),
        ("quota", "catch quota for trawlers"),
        ("levy", "proposed airport levy"),
    ],
)
def test_a_variant_joins_its_fuller_label(short: str, full: str) -> None:
    keys = canonical_keys([short, full, "road pricing"])
    assert keys[topic_key(short)] == topic_key(full)
    assert keys[topic_key("road pricing")] == topic_key("road pricing")


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("whaling", "ban on whaling"),  # a frame that changes the position
        ("road tolls", "abolishing road tolls"),
        ("human rights", "human rights movement"),  # another head: another issue
        ("water rates", "new water rates rebate for pensioners"),
        ("tax", "tax cuts"),  # one word fits too many issues
        ("focus on child care", "focus on climate and child care"),  # two issues, not a variant
        ("ban", "lifting the ban on whaling"),  # a bare head never joins a label that frames it
        ("hunts", "monitoring hunts"),
        ("schools", "50 village schools"),  # a count names some of them
        ("levy", "levy and toll on lorries"),
    ],
)
def test_a_different_issue_stays_apart(short: str, full: str) -> None:
    assert canonical_keys([short, full])[topic_key(short)] == topic_key(short)


def test_a_label_fitting_several_fuller_ones_stays_apart() -> None:
    keys = canonical_keys(["school meals", "free school meals", "healthy school meals"])
    assert keys[topic_key("school meals")] == topic_key("school meals")
    keys = canonical_keys(["ban", "ban on whaling", "ban on sealing"])
    assert keys[topic_key("ban")] == topic_key("ban")
