"""SHACL validation: the encoder's output conforms; hand-broken graphs name the node and the rule."""

from __future__ import annotations

import dataclasses

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from graph.errors import ValidationError
from graph.rdf.encode import encode_extraction
from graph.rdf.namespace import SG
from graph.rdf.store import OxigraphStore, ingest
from graph.rdf.validate import validate, validate_extractions, validate_graph

from .sample import extraction_a, extraction_b

STANCE = "https://w3id.org/stancegraph/id/stance/doc-a/"


def _graph() -> Graph:
    g = Graph()
    for part in encode_extraction(extraction_a(), software_version="1").values():
        g += part
    return g


def _first(g: Graph, cls: URIRef) -> URIRef:
    node = sorted(g.subjects(None, cls))[0]
    assert isinstance(node, URIRef)
    return node


def test_a_built_store_conforms() -> None:
    store = OxigraphStore(None)
    ingest(store, [extraction_a(), extraction_b()], software_version="1")
    validate(store)
    validate_extractions([extraction_a(), extraction_b()], software_version="1")


def _broken(message_part: str, g: Graph) -> str:
    with pytest.raises(ValidationError) as err:
        validate_graph(g)
    text = str(err.value)
    assert "\n" not in text and message_part in text
    return text


def test_confidence_out_of_range() -> None:
    g = _graph()
    stance = _first(g, SG.Stance)
    g.set((stance, SG.confidence, Literal("1.5", datatype=XSD.decimal)))
    text = _broken("MaxInclusiveConstraintComponent", g)
    assert f"<{stance}> confidence" in text


def test_unknown_polarity() -> None:
    g = _graph()
    g.set((_first(g, SG.Stance), SG.polarity, SG.Neutral))
    validate_graph(g)  # Neutral is fine …
    g.set((_first(g, SG.Stance), SG.polarity, URIRef(str(SG.Neutral) + "ish")))
    _broken("InConstraintComponent", g)  # … anything else is not


def test_offsets_must_be_ordered() -> None:
    g = _graph()
    evidence = _first(g, SG.Evidence)
    g.set((evidence, SG.startOffset, Literal(500)))
    text = _broken("LessThanConstraintComponent", g)
    assert f"<{evidence}> startOffset" in text


def test_negative_offset() -> None:
    g = _graph()
    g.set((_first(g, SG.Evidence), SG.startOffset, Literal(-1)))
    _broken("MinInclusiveConstraintComponent", g)


def test_actor_without_label() -> None:
    g = _graph()
    g.remove((URIRef("https://w3id.org/stancegraph/id/actor/nato"), RDFS.label, None))
    _broken("<https://w3id.org/stancegraph/id/actor/nato> label breaks MinCountConstraintComponent", g)


def test_two_types() -> None:
    g = _graph()
    g.add((URIRef("https://w3id.org/stancegraph/id/actor/nato"), RDF.type, SG.Country))
    _broken("QualifiedMaxCountConstraintComponent", g)


def test_many_violations_are_counted_not_listed() -> None:
    g = _graph()
    for stance in g.subjects(None, SG.Stance):
        g.set((stance, SG.confidence, Literal("7", datatype=XSD.decimal)))
        g.remove((stance, SG.act, None))
    assert "(and 3 more)" in _broken("breaks 6 SHACL rule(s)", g)


def test_bad_records_are_caught_before_the_store() -> None:
    e = extraction_a()
    bad = dataclasses.replace(e.stances[0], confidence=2.0)
    with pytest.raises(ValidationError, match="confidence breaks MaxInclusiveConstraintComponent"):
        validate_extractions([dataclasses.replace(e, stances=(bad,))], software_version="1")
