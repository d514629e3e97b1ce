"""Deterministic TriG and Turtle of a store: the same quads always give the same bytes.

Quads are sorted (graph, subject, rdf:type first, predicate, object) and written by Oxigraph's streaming
serialiser with fixed prefixes, which is fast enough for thousands of documents.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from graph.rdf.namespace import ID_BASE, ONTOLOGY_IRI
from graph.rdf.results import QuadStore

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

PREFIXES = {
    "sg": ONTOLOGY_IRI + "#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "actor": ID_BASE + "actor/",
    "topic": ID_BASE + "topic/",
    "document": ID_BASE + "document/",
    "extraction": ID_BASE + "extraction/",
    "docgraph": ID_BASE + "graph/document/",
    "graph": ID_BASE + "graph/",
}


def _quads(store: QuadStore) -> list[ox.Quad]:
    quads = ox.parse(store.dump_nquads().encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return sorted(quads, key=_quad_key)


def _quad_key(q: ox.Quad) -> tuple[str, str, bool, str, str]:
    return (
        str(q.graph_name),
        str(q.subject),
        q.predicate.value != RDF_TYPE,
        q.predicate.value,
        str(q.object),
    )


def _serialize(items: Iterable[ox.Quad] | Iterable[ox.Triple], fmt: ox.RdfFormat) -> str:
    data = ox.serialize(items, format=fmt, prefixes=PREFIXES)
    return (data or b"").decode("utf-8")


def to_trig(store: QuadStore) -> str:
    """Every named graph of the store (and the default graph, if any) as TriG."""
    return _serialize(_quads(store), ox.RdfFormat.TRIG)


def to_turtle(store: QuadStore) -> str:
    """Every triple of the store, merged across graphs (each triple once), as Turtle."""
    triples = sorted({q.triple for q in _quads(store)}, key=lambda t: _quad_key(ox.Quad(*t)))
    return _serialize(triples, ox.RdfFormat.TURTLE)
