"""Records → RDF: one extraction becomes its document graph and its part of the shared graph.

The data shape is the one of ontology/stancegraph.ttl (see the README's ontology table); no blank nodes,
so every node has a stable IRI and output files are byte-identical from run to run. The document graph
is written directly as N-Triples (what the store loads); `encode_extraction` gives rdflib Graphs.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from rdflib import Graph
from rdflib.namespace import DCTERMS, PROV, RDF, XSD

from graph.errors import ValidationError
from graph.rdf.iri import (
    SHARED_GRAPH,
    actor_iri,
    document_graph_iri,
    document_iri,
    document_slug,
    evidence_iri,
    extraction_iri,
    stance_iri,
    topic_iri,
)
from graph.rdf.namespace import SCHEMA, SG
from graph.rdf.ntriples import decimal, integer, iri, literal, parse_graph, triple, typed
from graph.rdf.shared import Contribution, contribution_of, dump_contribution, shared_graph
from graph.records import POLARITIES, Document, Extraction, Stance

# Rendered once: DefinedNamespace look-ups and IRI checks cost more than writing the triples.
A = iri(RDF.type)
P = {name: iri(SG[name]) for name in SG.__annotations__}
DC_IDENTIFIER, DC_TITLE, DC_DATE, DC_SOURCE = (
    iri(t) for t in (DCTERMS.identifier, DCTERMS.title, DCTERMS.date, DCTERMS.source)
)
SCHEMA_URL = iri(SCHEMA.url)
PROV_USED, PROV_GENERATED_BY, PROV_DERIVED_FROM = (
    iri(t) for t in (PROV.used, PROV.wasGeneratedBy, PROV.wasDerivedFrom)
)


def encode_extraction(extraction: Extraction, *, software_version: str) -> dict[str, Graph]:
    """Graph IRI → triples: the document's named graph and its part of the shared graph."""
    ntriples, contribution = encode_document(extraction, software_version=software_version)
    doc_graph = document_graph_iri(document_slug(extraction.document.id))
    return {str(doc_graph): parse_graph(ntriples), str(SHARED_GRAPH): shared_graph([contribution])}


def encode_document(extraction: Extraction, *, software_version: str) -> tuple[str, Contribution]:
    """The N-Triples of the document's named graph, and what it says about its actors and topics."""
    doc_slug = document_slug(extraction.document.id)
    contribution = contribution_of(extraction)
    activity = iri(extraction_iri(doc_slug))
    lines = _document_lines(extraction.document, doc_slug)
    lines += [
        triple(activity, A, P["Extraction"]),
        triple(activity, PROV_USED, iri(document_iri(doc_slug))),
        triple(activity, P["softwareVersion"], literal(software_version)),
        triple(activity, P["contribution"], typed(dump_contribution(contribution), RDF.JSON)),
    ]
    if extraction.model:
        lines.append(triple(activity, P["spacyModel"], literal(extraction.model)))
    targets = _targets(extraction)
    for stance in extraction.stances:
        lines += _stance_lines(stance, extraction, targets, doc_slug)
    return "".join(lines), contribution


def _document_lines(document: Document, doc_slug: str) -> list[str]:
    node = iri(document_iri(doc_slug))
    lines = [triple(node, A, P["Document"]), triple(node, DC_IDENTIFIER, literal(document.id))]
    if document.title:
        lines.append(triple(node, DC_TITLE, literal(document.title)))
    if document.date:
        lines.append(triple(node, DC_DATE, date_term(document.date)))
    if document.source:
        lines.append(triple(node, DC_SOURCE, literal(document.source)))
    if document.url:
        lines.append(triple(node, SCHEMA_URL, typed(document.url, XSD.anyURI)))
    lines.append(triple(node, P["contentHash"], literal(document.content_hash)))
    return lines


def date_term(text: str) -> str:
    """xsd:date or xsd:dateTime when the text is an ISO date, else a plain string (kept, not guessed)."""
    value = text.strip()
    try:
        dt.date.fromisoformat(value)
        return typed(value, XSD.date)
    except ValueError:
        pass
    try:
        dt.datetime.fromisoformat(value)
        if "T" in value:
            return typed(value, XSD.dateTime)
    except ValueError:
        pass
    return literal(text)


def stance_digest(stance: Stance) -> str:
    """16 hex digits identifying a stance within its document (same fields → same IRI)."""
    fields = (
        stance.holder,
        stance.target_kind,
        stance.target,
        stance.polarity,
        stance.act,
        stance.cue,
        str(stance.evidence.start),
        str(stance.evidence.end),
    )
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()[:16]


def _targets(extraction: Extraction) -> dict[tuple[str, str], str]:
    """(kind, key) → rendered IRI of every actor and topic of the extraction."""
    found = {("actor", a.key): iri(actor_iri(a.key)) for a in extraction.actors}
    found.update({("topic", t.key): iri(topic_iri(t.key)) for t in extraction.topics})
    return found


def _stance_lines(
    stance: Stance, extraction: Extraction, targets: dict[tuple[str, str], str], doc_slug: str
) -> list[str]:
    holder = targets.get(("actor", stance.holder))
    if holder is None:
        raise ValidationError(
            f"stance holder {stance.holder!r} of document {extraction.document.id!r} is not one of its "
            f"actors: the extractor must list every holder in Extraction.actors"
        )
    target = targets.get((stance.target_kind, stance.target))
    if target is None:
        raise ValidationError(
            f"stance target {stance.target!r} ({stance.target_kind}) of document {extraction.document.id!r} "
            f"is not one of its {stance.target_kind}s: the extractor must list every target in the extraction"
        )
    if stance.polarity not in POLARITIES:
        raise ValidationError(
            f"stance polarity {stance.polarity!r} of document {extraction.document.id!r} is not one of "
            f"{', '.join(POLARITIES)}: fix the extractor"
        )
    digest = stance_digest(stance)
    node, evidence = iri(stance_iri(doc_slug, digest)), iri(evidence_iri(doc_slug, digest))
    document = iri(document_iri(doc_slug))
    lines = [
        triple(node, A, P["Stance"]),
        triple(node, P["holder"], holder),
        triple(node, P["target"], target),
        triple(node, P["polarity"], P[stance.polarity]),
        triple(node, P["act"], literal(stance.act)),
        triple(node, P["confidence"], decimal(stance.confidence)),
        triple(node, P["evidence"], evidence),
        triple(node, PROV_GENERATED_BY, iri(extraction_iri(doc_slug))),
        triple(node, PROV_DERIVED_FROM, document),
        triple(evidence, A, P["Evidence"]),
        triple(evidence, P["quote"], literal(stance.evidence.quote)),
        triple(evidence, P["startOffset"], integer(stance.evidence.start)),
        triple(evidence, P["endOffset"], integer(stance.evidence.end)),
        triple(evidence, P["inDocument"], document),
    ]
    if stance.cue:
        lines.append(triple(node, P["cue"], literal(stance.cue)))
    return lines
