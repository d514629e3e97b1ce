"""Normalised keys and name clean-up (no model)."""

from __future__ import annotations

import pytest

from graph.extract.names import actor_key, strip_honorifics, strip_possessive, topic_key


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
