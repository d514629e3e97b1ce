"""SHACL validation of a store, or of records before they enter one, against ontology/shapes.ttl.

The ontology's rdfs:subClassOf triples are added to the data (so `sh:class sg:Actor` accepts a
sg:Person) instead of passing the whole ontology to pyshacl, which would copy the data graph first.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from graph.errors import ValidationError
from graph.rdf.encode import encode_document
from graph.rdf.ntriples import parse_graph
from graph.rdf.results import QuadStore
from graph.rdf.shared import shared_ntriples
from graph.rdf.terms import to_rdflib
from graph.records import Extraction
from graph.resources import ontology_path, shapes_path

SHOWN = 3  # violations named in the error message; the rest are counted


@cache
def _shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


@cache
def _hierarchy() -> tuple[tuple[Node, Node, Node], ...]:
    ontology = Graph().parse(ontology_path(), format="turtle")
    return tuple(sorted(ontology.triples((None, RDFS.subClassOf, None))))


def store_graph(store: QuadStore) -> Graph:
    """All triples of the store merged into one rdflib graph (stances refer to shared actors)."""
    g = Graph()
    quads = ox.parse(store.dump_nquads().encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    g.addN((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), g) for q in quads)
    return g


def validate(store: QuadStore) -> None:
    """Raise ValidationError naming the first violations (focus node, path, rule) if a shape is broken."""
    validate_graph(store_graph(store))


def validate_extractions(extractions: Iterable[Extraction], *, software_version: str) -> None:
    """Validate records before they enter a store: their document graphs and shared parts, merged."""
    parts, contributions = [], []
    for extraction in extractions:
        ntriples, contribution = encode_document(extraction, software_version=software_version)
        parts.append(ntriples)
        contributions.append(contribution)
    parts.append(shared_ntriples(contributions))  # merged as the store merges them (one type, one label…)
    validate_graph(parse_graph("".join(parts)))


def validate_build(graph_dir: Path) -> int:
    """`stancegraph validate`: validate a build folder; the number of triples checked."""
    from graph.rdf.store import reading

    with reading(graph_dir) as store:
        data = store_graph(store)
    validate_graph(data)
    return len(data)


def validate_graph(data: Graph) -> None:
    """Raise ValidationError if `data` breaks a shape (the class hierarchy is added to `data`)."""
    for triple in _hierarchy():
        data.add(triple)
    conforms, report, _ = shacl_validate(data, shacl_graph=_shapes(), inference="none", inplace=True)
    if conforms:
        return
    assert isinstance(report, Graph)
    problems = sorted(_describe(report, result) for result in report.subjects(RDF.type, SH.ValidationResult))
    shown = "; ".join(problems[:SHOWN])
    more = f" (and {len(problems) - SHOWN} more)" if len(problems) > SHOWN else ""
    raise ValidationError(
        f"the graph breaks {len(problems)} SHACL rule(s) of ontology/shapes.ttl: {shown}{more}: "
        f"fix the records that produced these nodes and build again"
    )


def _describe(report: Graph, result: Node) -> str:
    focus = report.value(result, SH.focusNode)
    path = report.value(result, SH.resultPath)
    rule = report.value(result, SH.sourceConstraintComponent)
    message = report.value(result, SH.resultMessage)
    rule_name = str(rule).rsplit("#", 1)[-1] if isinstance(rule, URIRef) else str(rule)
    where = f"<{focus}>" + (f" {_short(path)}" if path is not None else "")
    text = " ".join(str(message).split()) if message is not None else ""
    return f"{where} breaks {rule_name}" + (f" ({text})" if text else "")


def _short(term: object) -> str:
    text = str(term)
    for sep in ("#", "/"):
        if sep in text:
            return text.rsplit(sep, 1)[-1]
    return text
