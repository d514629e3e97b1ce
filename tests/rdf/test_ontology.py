"""The ontology documents every term it mints and reuses the standard vocabularies it promises to."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef
from rdflib.namespace import FOAF, PROV, SH, SKOS

from graph.rdf.namespace import ORG, SG
from graph.resources import ontology_path, shapes_path

TERMS = sorted(SG.__annotations__)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


@pytest.mark.parametrize("term", TERMS)
def test_every_term_has_a_label_and_a_comment(ontology: Graph, term: str) -> None:
    node = SG[term]
    assert ontology.value(node, RDFS.label) is not None, f"sg:{term} needs an rdfs:label"
    assert ontology.value(node, RDFS.comment) is not None, f"sg:{term} needs an rdfs:comment"
    assert ontology.value(node, RDF.type) is not None, f"sg:{term} needs a type"


def test_the_ontology_mints_nothing_the_namespace_lacks(ontology: Graph) -> None:
    minted = {s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(str(SG._NS))}
    assert minted == {SG[t] for t in TERMS}


@pytest.mark.parametrize(
    ("term", "relation", "reused"),
    [
        (SG.Person, RDFS.subClassOf, FOAF.Person),
        (SG.Organisation, RDFS.subClassOf, ORG.Organization),
        (SG.Topic, RDFS.subClassOf, SKOS.Concept),
        (SG.Document, RDFS.subClassOf, PROV.Entity),
        (SG.Stance, RDFS.subClassOf, PROV.Entity),
        (SG.Extraction, RDFS.subClassOf, PROV.Activity),
        (SG.affiliation, RDFS.subPropertyOf, ORG.memberOf),
        (SG.Person, RDFS.subClassOf, SG.Actor),
        (SG.Country, RDFS.subClassOf, SG.Actor),
    ],
)
def test_standard_vocabularies_are_reused(
    ontology: Graph, term: URIRef, relation: URIRef, reused: URIRef
) -> None:
    assert (term, relation, reused) in ontology


def test_polarities_are_the_three_individuals(ontology: Graph) -> None:
    assert set(ontology.subjects(RDF.type, SG.Polarity)) == {SG.Support, SG.Oppose, SG.Neutral}
    assert (SG.Polarity, RDF.type, OWL.Class) in ontology


def test_every_shape_targets_an_ontology_class(ontology: Graph) -> None:
    shapes = Graph().parse(shapes_path(), format="turtle")
    targets = set(shapes.objects(None, SH.targetClass))
    assert targets == {
        SG.Person,
        SG.Organisation,
        SG.Country,
        SG.Topic,
        SG.Stance,
        SG.Evidence,
        SG.Document,
        SG.Extraction,
    }
    for target in targets:
        assert (target, RDF.type, OWL.Class) in ontology
    shape_ns = Namespace("https://w3id.org/stancegraph/shapes#")
    assert all(str(s).startswith(str(shape_ns)) for s in shapes.subjects(RDF.type, SH.NodeShape))
