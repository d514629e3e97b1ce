"""RDF forms of the analysis networks: N-Quads of a network, and deterministic JSON-LD of any N-Quads.

A derived network (congruence, conflict, subtract, two-mode) goes into its own named graph
`…/id/graph/analysis/{network}`: the network as a `sga:Network`, its nodes with type and label, and one
`sga:Tie` per tie with its source, target and attributes.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Literal, Namespace, URIRef
from rdflib.namespace import DefinedNamespace
from rdflib.term import Node

from graph.rdf.namespace import ID, ID_BASE, SG

ANALYSIS_IRI = "https://w3id.org/stancegraph/analysis#"

PREFIXES = {
    "sg": "https://w3id.org/stancegraph/ontology#",
    "sga": ANALYSIS_IRI,
    "id": ID_BASE,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class SGA(DefinedNamespace):
    """Terms for the networks derived by the analysis (not part of the stance ontology itself)."""

    _NS = Namespace(ANALYSIS_IRI)
    _fail = True

    Network: URIRef
    Tie: URIRef
    network: URIRef
    source: URIRef
    target: URIRef
    level: URIRef
    normalisation: URIRef
    weight: URIRef
    count: URIRef
    congruence: URIRef
    conflict: URIRef
    support: URIRef
    oppose: URIRef
    neutral: URIRef
    score: URIRef
    polarity: URIRef
    positions: URIRef
    bipartite: URIRef
    topic: URIRef
    stance: URIRef


# Tie attributes holding IRIs (lists) → the property each IRI gets.
_IRI_LISTS = {"topics": SGA.topic, "stances": SGA.stance}
_KIND_CLASSES = {
    "Person": SG.Person,
    "Organisation": SG.Organisation,
    "Country": SG.Country,
    "Topic": SG.Topic,
}


def _literal(value: Any) -> Literal:
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if isinstance(value, float):
        return Literal(repr(value), datatype=XSD.double)
    return Literal(str(value))


def network_quads(N: nx.Graph, name: str) -> list[tuple[Node, Node, Node, URIRef]]:
    """The quads of a derived network `N` called `name` (congruence, conflict, subtract, two-mode)."""
    context = ID[f"graph/analysis/{name}"]
    network = ID[f"network/{name}"]
    quads: list[tuple[Node, Node, Node, URIRef]] = [
        (network, RDF.type, SGA.Network, context),
        (network, RDFS.label, Literal(name), context),
    ]
    for key, prop in (("level", SGA.level), ("normalise", SGA.normalisation)):
        if key in N.graph:
            quads.append((network, prop, Literal(N.graph[key]), context))
    for node, data in N.nodes(data=True):
        subject = URIRef(node)
        quads.append((subject, RDFS.label, Literal(data["label"]), context))
        if data.get("kind") in _KIND_CLASSES:
            quads.append((subject, RDF.type, _KIND_CLASSES[data["kind"]], context))
        for attr in ("positions", "bipartite"):
            if attr in data:
                quads.append((subject, SGA[attr], _literal(data[attr]), context))
    for a, b, data in N.edges(data=True):
        tie = ID[f"tie/{name}/{hashlib.sha256(f'{a} {b}'.encode()).hexdigest()[:16]}"]
        quads += [
            (tie, RDF.type, SGA.Tie, context),
            (tie, SGA.network, network, context),
            (tie, SGA.source, URIRef(a), context),
            (tie, SGA.target, URIRef(b), context),
        ]
        for attr, value in sorted(data.items()):
            if attr in _IRI_LISTS:
                quads += [(tie, _IRI_LISTS[attr], URIRef(iri), context) for iri in value]
            else:
                quads.append((tie, SGA[attr], _literal(value), context))
    return quads


def generate_network_nquads(N: nx.Graph, name: str) -> str:
    """N-Quads of a derived network, one quad a line, sorted (deterministic)."""
    lines = {" ".join(term.n3() for term in quad) + " ." for quad in network_quads(N, name)}
    return "".join(line + "\n" for line in sorted(lines))


def _compact(iri: str) -> str:
    for prefix, base in PREFIXES.items():
        if iri.startswith(base) and len(iri) > len(base) and not iri[len(base):].startswith("//"):
            return f"{prefix}:{iri[len(base):]}"
    return iri


_RDF_TYPE = str(RDF.type)
_XSD_STRING = str(XSD.string)


def _value(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"@id": _compact(term.value)}
    if isinstance(term, ox.BlankNode):
        return {"@id": f"_:{term.value}"}
    if isinstance(term, ox.Triple):  # RDF-star: not produced by stancegraph; kept readable rather than lost
        return {"@value": str(term)}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype.value != _XSD_STRING:
        return {"@value": term.value, "@type": _compact(term.datatype.value)}
    return {"@value": term.value}


def generate_jsonld(nquads: str) -> str:
    """JSON-LD of N-Quads text: one `@graph` object per named graph, nodes and values sorted.

    Parsed with pyoxigraph: rdflib takes seconds per megabyte here.
    """
    graphs: dict[str, dict[str, dict[str, list[dict[str, str]]]]] = defaultdict(lambda: defaultdict(dict))
    for quad in ox.parse(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS):
        g = quad.graph_name
        name = g.value if isinstance(g, ox.NamedNode | ox.BlankNode) else ""
        s = quad.subject
        subject = _compact(s.value) if isinstance(s, ox.NamedNode) else str(s)  # str of a blank node: _:id
        o = quad.object
        key = "@type" if quad.predicate.value == _RDF_TYPE and isinstance(o, ox.NamedNode) else (
            _compact(quad.predicate.value)
        )
        graphs[name][subject].setdefault(key, []).append(_value(o))
    document: dict[str, Any] = {"@context": dict(sorted(PREFIXES.items())), "@graph": []}
    for name in sorted(graphs):
        nodes = [_node(subject, props) for subject, props in sorted(graphs[name].items())]
        document["@graph"].extend(nodes if not name else [{"@id": _compact(name), "@graph": nodes}])
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def _node(subject: str, props: dict[str, list[dict[str, str]]]) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": subject}
    for key in sorted(props):
        values = sorted(props[key], key=lambda v: json.dumps(v, sort_keys=True))
        node[key] = [v["@id"] for v in values] if key == "@type" else values
    return node
