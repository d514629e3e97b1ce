"""Deterministic TriG and Turtle of a store: the same quads always give the same bytes.

`dump_nquads` gives every quad sorted as text, so subjects come grouped and in order; TriG only needs
a stable regrouping by graph, and Turtle drops the duplicates of a triple held by several graphs (they
are adjacent in that order). Oxigraph's streaming serialiser then writes them with fixed prefixes.
"""

from __future__ import annotations

from collections.abc import Iterator

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


def _sorted_quads(store: QuadStore) -> list[ox.Quad]:
    """The quads in the order of the sorted N-Quads dump (re-sorted here: stores need not sort)."""
    lines = sorted(line for line in store.dump_nquads().split("\n") if line)  # not splitlines(): U+0085
    text = "\n".join(lines).encode("utf-8")
    return list(ox.parse(text, format=ox.RdfFormat.N_QUADS)) if text else []


def _graph_key(quad: ox.Quad) -> tuple[str, str, bool]:
    """Graph, subject, and rdf:type before the other predicates (the rest keeps the dump's order)."""
    graph = quad.graph_name
    name = "" if isinstance(graph, ox.DefaultGraph) else str(graph)
    return name, str(quad.subject), quad.predicate.value != RDF_TYPE


def _serialize(items: list[ox.Quad] | list[ox.Triple], fmt: ox.RdfFormat) -> str:
    if not items:
        return ""
    text = (ox.serialize(items, format=fmt, prefixes=PREFIXES) or b"").decode("utf-8")
    # The serialiser writes the prefixes in the order of its own hash map: sort them ourselves.
    lines = text.split("\n", len(PREFIXES))
    head = [line for line in lines[: len(PREFIXES)] if line.startswith("@prefix ")]
    return "\n".join(sorted(head) + lines[len(head) :])


def to_trig(store: QuadStore) -> str:
    """Every named graph of the store (and the default graph, if any) as TriG, graphs in IRI order."""
    quads = _sorted_quads(store)
    quads.sort(key=_graph_key)  # stable: the predicates and objects of a subject stay in order
    return _serialize(quads, ox.RdfFormat.TRIG)


def _distinct_triples(quads: list[ox.Quad]) -> Iterator[ox.Triple]:
    previous = None
    for quad in quads:
        current = quad.triple
        if current != previous:
            yield current
        previous = current


def to_turtle(store: QuadStore) -> str:
    """Every triple of the store, merged across graphs (each triple once), as Turtle."""
    triples = list(_distinct_triples(_sorted_quads(store)))
    triples.sort(key=lambda t: (str(t.subject), t.predicate.value != RDF_TYPE))
    return _serialize(triples, ox.RdfFormat.TURTLE)
