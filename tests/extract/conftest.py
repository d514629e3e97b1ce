"""Shared fixtures of the extractor tests: the spaCy pipeline, loaded once per test session."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graph.extract.document import extract
from graph.records import Actor, Document, Extraction


@pytest.fixture(scope="session")
def nlp() -> Language:
    from graph.extract.nlp import load_model, model_id

    model = load_model()
    assert model_id(model).endswith(" 3.8.0"), f"tests pin the 3.8.0 pipeline, got {model_id(model)}"
    return model


@pytest.fixture(scope="session")
def run(nlp: Language):
    """Extract from a short text: `run("Labour backed the plan.")` → Extraction."""

    def _run(text: str) -> Extraction:
        return extract(nlp(text), Document(id="t", text=text), model="test")

    return _run


@pytest.fixture(scope="session")
def actors_of(run):
    """Every actor found in a short text, by label: `actors_of("Mr X said …")["X"].affiliation`."""

    def _actors(text: str) -> dict[str, Actor]:
        return {a.label: a for a in run(text).actors}

    return _actors


@pytest.fixture(scope="session")
def stances_of(run):
    """(holder label, polarity, lower-cased target label) of every stance found in a short text."""

    def _stances(text: str) -> set[tuple[str, str, str]]:
        ex = run(text)
        actors = {a.key: a.label for a in ex.actors}
        topics = {t.key: t.label for t in ex.topics}
        return {(actors[s.holder], s.polarity, topics.get(s.target, actors.get(s.target, "")).lower())
                for s in ex.stances}

    return _stances
