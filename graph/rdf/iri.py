"""Deterministic IRIs for the data: the same names and document ids always mint the same IRIs.

Actor and topic IRIs come from a slug of their normalised key, so that every document naming the same
actor points at the same node. Document slugs must never collide (re-ingesting a document replaces the
graph of its slug), so an id that is not already a clean slug gets a short hash of the raw id appended.

>>> actor_iri("jane doe")
rdflib.term.URIRef('https://w3id.org/stancegraph/id/actor/jane-doe')
>>> document_slug("peace-talks")
'peace-talks'
>>> document_slug("news.jsonl:12")
'news-jsonl-12-e46c13ff'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef

from graph.rdf.namespace import ID_BASE

MAX_SLUG = 80  # long enough to read, short enough for file systems and HTTP endpoints
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_CLEAN_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

SHARED_GRAPH = URIRef(ID_BASE + "graph/shared")
DOCUMENT_GRAPH_PREFIX = ID_BASE + "graph/document/"


def short_hash(text: str, length: int = 8) -> str:
    """The first `length` hex digits of the SHA-256 of `text`."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


@lru_cache(maxsize=65536)  # the same names recur in every document
def slugify(text: str) -> str:
    """Lower-case ASCII words joined by '-'; names with no ASCII letters fall back to a hash."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", folded.lower()).strip("-")
    if not slug:
        return "x-" + short_hash(text)
    if len(slug) > MAX_SLUG:
        # Truncation alone could merge two long names: keep them apart with a hash of the full text.
        return slug[:MAX_SLUG].rstrip("-") + "-" + short_hash(text)
    return slug


def document_slug(doc_id: str) -> str:
    """A slug that is unique per document id (ids that are clean slugs are kept as they are)."""
    if _CLEAN_SLUG.fullmatch(doc_id) and len(doc_id) <= MAX_SLUG:
        return doc_id
    return slugify(doc_id)[:MAX_SLUG].rstrip("-") + "-" + short_hash(doc_id)


def actor_iri(key: str) -> URIRef:
    return URIRef(f"{ID_BASE}actor/{slugify(key)}")


def topic_iri(key: str) -> URIRef:
    return URIRef(f"{ID_BASE}topic/{slugify(key)}")


def document_iri(doc_slug: str) -> URIRef:
    return URIRef(f"{ID_BASE}document/{doc_slug}")


def document_graph_iri(doc_slug: str) -> URIRef:
    return URIRef(DOCUMENT_GRAPH_PREFIX + doc_slug)


def extraction_iri(doc_slug: str) -> URIRef:
    return URIRef(f"{ID_BASE}extraction/{doc_slug}")


def stance_iri(doc_slug: str, digest: str) -> URIRef:
    return URIRef(f"{ID_BASE}stance/{doc_slug}/{digest}")


def evidence_iri(doc_slug: str, digest: str) -> URIRef:
    return URIRef(f"{ID_BASE}evidence/{doc_slug}/{digest}")
