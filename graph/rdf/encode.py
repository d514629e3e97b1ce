"""Records → RDF: one extraction becomes its document graph and its part of the shared graph.

The data shape is the one of `/work/notes/common.md` (see ontology/stancegraph.ttl); no blank nodes, so
that every node has a stable IRI and output files are byte-identical from run to run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

from rdflib import DCTERMS, PROV, RDF, XSD, Graph, Literal, URIRef

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
from graph.rdf.shared import Contribution, contribution_of, dump_contribution, shared_graph
from graph.records import Document, Extraction, Stance


def encode_extraction(extraction: Extraction, *, software_version: str) -> dict[str, Graph]:
    """Graph IRI → triples: the document's named graph and its part of the shared graph."""
    g, contribution = encode_document(extraction, software_version=software_version)
    doc_graph = document_graph_iri(document_slug(extraction.document.id))
    return {str(doc_graph): g, str(SHARED_GRAPH): shared_graph([contribution])}


def encode_document(extraction: Extraction, *, software_version: str) -> tuple[Graph, Contribution]:
    """The document's named graph, and what it says about its actors and topics (its contribution)."""
    doc_slug = document_slug(extraction.document.id)
    g = Graph()
    _document_triples(g, extraction.document, doc_slug)
    activity = extraction_iri(doc_slug)
    g.add((activity, RDF.type, SG.Extraction))
    g.add((activity, PROV.used, document_iri(doc_slug)))
    g.add((activity, SG.softwareVersion, Literal(software_version)))
    if extraction.model:
        g.add((activity, SG.spacyModel, Literal(extraction.model)))
    contribution = contribution_of(extraction)
    g.add((activity, SG.contribution, Literal(dump_contribution(contribution), datatype=RDF.JSON)))
    for stance in extraction.stances:
        _stance_triples(g, stance, extraction, doc_slug)
    return g, contribution


def _document_triples(g: Graph, document: Document, doc_slug: str) -> None:
    node = document_iri(doc_slug)
    g.add((node, RDF.type, SG.Document))
    g.add((node, DCTERMS.identifier, Literal(document.id)))
    if document.title:
        g.add((node, DCTERMS.title, Literal(document.title)))
    if document.date:
        g.add((node, DCTERMS.date, date_literal(document.date)))
    if document.source:
        g.add((node, DCTERMS.source, Literal(document.source)))
    if document.url:
        g.add((node, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI)))
    g.add((node, SG.contentHash, Literal(document.content_hash)))


def date_literal(text: str) -> Literal:
    """xsd:date or xsd:dateTime when the text is an ISO date, else a plain string (kept, not guessed)."""
    value = text.strip()
    try:
        dt.date.fromisoformat(value)
        return Literal(value, datatype=XSD.date)
    except ValueError:
        pass
    try:
        dt.datetime.fromisoformat(value)
        if "T" in value:
            return Literal(value, datatype=XSD.dateTime)
    except ValueError:
        pass
    return Literal(text)


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


def _target_iri(stance: Stance, extraction: Extraction) -> URIRef:
    actors = {a.key for a in extraction.actors}
    if stance.holder not in actors:
        raise ValidationError(
            f"stance holder {stance.holder!r} of document {extraction.document.id!r} is not one of its "
            f"actors: the extractor must list every holder in Extraction.actors"
        )
    if stance.target_kind == "actor" and stance.target in actors:
        return actor_iri(stance.target)
    if stance.target_kind == "topic" and stance.target in {t.key for t in extraction.topics}:
        return topic_iri(stance.target)
    raise ValidationError(
        f"stance target {stance.target!r} ({stance.target_kind}) of document {extraction.document.id!r} "
        f"is not one of its {stance.target_kind}s: the extractor must list every target in the extraction"
    )


def _stance_triples(g: Graph, stance: Stance, extraction: Extraction, doc_slug: str) -> None:
    digest = stance_digest(stance)
    node, evidence = stance_iri(doc_slug, digest), evidence_iri(doc_slug, digest)
    g.add((node, RDF.type, SG.Stance))
    g.add((node, SG.holder, actor_iri(stance.holder)))
    g.add((node, SG.target, _target_iri(stance, extraction)))
    g.add((node, SG.polarity, SG[stance.polarity]))
    g.add((node, SG.act, Literal(stance.act)))
    g.add((node, SG.confidence, Literal(Decimal(str(round(stance.confidence, 4))), datatype=XSD.decimal)))
    if stance.cue:
        g.add((node, SG.cue, Literal(stance.cue)))
    g.add((node, SG.evidence, evidence))
    g.add((node, PROV.wasGeneratedBy, extraction_iri(doc_slug)))
    g.add((node, PROV.wasDerivedFrom, document_iri(doc_slug)))
    g.add((evidence, RDF.type, SG.Evidence))
    g.add((evidence, SG.quote, Literal(stance.evidence.quote)))
    g.add((evidence, SG.startOffset, Literal(stance.evidence.start)))
    g.add((evidence, SG.endOffset, Literal(stance.evidence.end)))
    g.add((evidence, SG.inDocument, document_iri(doc_slug)))
