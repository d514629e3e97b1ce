"""The world-knowledge tables (no model)."""

from __future__ import annotations

import pytest

from graph.extract import gazetteer


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Paris", "France"),
        ("the Kremlin", "Russia"),
        ("Downing Street", "United Kingdom"),
        ("British", "United Kingdom"),
        ("U.S.", "United States"),
        ("Britain", "United Kingdom"),
        ("Canberra", "Australia"),
        ("Kenyan", "Kenya"),
    ],
)
def test_country_of(text: str, country: str) -> None:
    assert gazetteer.country_of(text) == country


def test_every_country_row_is_complete() -> None:
    rows = gazetteer.countries()
    assert len(rows) > 190
    assert all(row.name for row in rows)
    assert len({row.name for row in rows}) == len(rows)


def test_parties_and_organisations() -> None:
    assert gazetteer.party_names()["tories"] == "Conservative Party"
    assert gazetteer.party_names()["lib dems"] == "Liberal Democrats"
    assert gazetteer.organisation_names()["nato"] == "NATO"
    assert gazetteer.country_of("Atlantis") is None


def test_given_names_are_lower_case_words() -> None:
    names = gazetteer.given_names()
    assert {"jane", "david", "vincent"} <= names
    assert all(n == n.lower() and " " not in n for n in names)


def test_document_heads_name_laws_not_bodies() -> None:
    assert {"bill", "act", "budget", "treaty"} <= gazetteer.DOCUMENT_HEADS
    assert not {"party", "union", "council", "commission"} & gazetteer.DOCUMENT_HEADS


@pytest.mark.parametrize(
    ("name", "department"),
    [
        ("the Home Office", True),
        ("Department for Transport", True),
        ("Ministry of Defence", True),
        ("Treasury", True),
        ("National Audit Office", False),
        ("Office for National Statistics", False),
        ("Fire Brigades Union", False),
    ],
)
def test_government_departments(name: str, department: bool) -> None:
    assert gazetteer.is_department(name) is department


def test_nation_nouns_are_no_people() -> None:
    from graph.extract.mentions import _resolve

    assert _resolve("Englishman", "PERSON") is None
    assert _resolve("Frenchwomen", "PERSON") is None
    assert _resolve("Welsh Fusiliers", "PERSON") is None
    assert _resolve("Jane Newman", "PERSON") == ("Person", "Jane Newman")
