"""The bundled example gives the key actors, affiliations and stances (needs the model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.extract.document import extract
from graph.records import Document, Extraction

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "riyadh-talks.txt"

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def example(nlp) -> Extraction:
    text = EXAMPLE.read_text(encoding="utf-8")
    return extract(nlp(text), Document(id="riyadh-talks", text=text), model="test")


def _labels(ex: Extraction) -> dict[str, str]:
    return {a.key: a.label for a in ex.actors}


def _has(ex: Extraction, holder: str, polarity: str, word: str) -> bool:
    labels = _labels(ex)
    topics = {t.key: t.label for t in ex.topics}
    return any(
        labels[s.holder] == holder and s.polarity == polarity and word in topics.get(s.target, "").lower()
        for s in ex.stances
    )


def test_actors_are_merged_and_typed(example: Extraction) -> None:
    by_label = {a.label: a for a in example.actors}
    assert by_label["Russia"].kind == "Country"
    assert "Moscow" in by_label["Russia"].aliases
    assert "White House" in by_label["United States"].aliases
    assert by_label["Sergey Lavrov"].kind == "Person"
    assert "Lavrov" in by_label["Sergey Lavrov"].aliases
    assert by_label["NATO"].kind == "Organisation"
    assert len([a for a in example.actors if "lavrov" in a.key]) == 1


def test_roles_and_affiliations(example: Extraction) -> None:
    by_label = {a.label: a for a in example.actors}
    assert by_label["Sergey Lavrov"].role == "Foreign Minister"
    assert by_label["Sergey Lavrov"].affiliation == "russia"
    assert by_label["Marco Rubio"].role == "Secretary of State"
    assert by_label["Marco Rubio"].affiliation == "united states"


@pytest.mark.parametrize(
    ("holder", "polarity", "word"),
    [
        ("United States", "Support", "moratorium"),
        ("Russia", "Oppose", "nato troops"),
        ("Russia", "Support", "escalation"),
        ("United States", "Support", "escalation"),
        ("United States", "Support", "european union"),
        ("Donald Trump", "Support", "settlement"),
    ],
)
def test_key_stances(example: Extraction, holder: str, polarity: str, word: str) -> None:
    assert _has(example, holder, polarity, word)


def test_evidence_offsets_index_the_text(example: Extraction) -> None:
    text = example.document.text
    for s in example.stances:
        assert text[s.evidence.start : s.evidence.end] == s.evidence.quote


def test_references_are_closed(example: Extraction) -> None:
    actors = {a.key for a in example.actors}
    topics = {t.key for t in example.topics}
    for s in example.stances:
        assert s.holder in actors
        assert s.target in (actors if s.target_kind == "actor" else topics)
    assert all(a.affiliation in actors for a in example.actors if a.affiliation)


def test_deterministic(nlp) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    doc = Document(id="x", text=text)
    assert extract(nlp(text), doc) == extract(nlp(text), doc)
