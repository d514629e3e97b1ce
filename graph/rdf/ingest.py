"""Ingest extractions into any QuadStore: document graphs replaced by id, the shared graph kept derived.

Each document graph carries its extraction's contribution (what it said about its actors and topics);
the shared graph is the merge of all contributions. A batch touches only the actors and topics that its
documents (new or replaced versions) describe: on a store that runs SPARQL UPDATE only those are
rewritten, on any other QuadStore the whole shared graph is replaced. Either way one transaction a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Protocol, runtime_checkable

from graph.rdf.encode import encode_document
from graph.rdf.iri import SHARED_GRAPH, document_graph_iri, document_slug
from graph.rdf.namespace import SG
from graph.rdf.results import QuadStore
from graph.rdf.shared import Contribution, entity_iris, load_contribution, shared_ntriples
from graph.rdf.update import replace_operations
from graph.records import Extraction

INGEST_BATCH = 256  # documents a transaction: bounded memory, and few passes over the contributions

_CONTRIBUTIONS = f"""
SELECT ?g ?contribution WHERE {{
  GRAPH ?g {{ ?activity a <{SG.Extraction}> ; <{SG.contribution}> ?contribution }}
}} ORDER BY ?g"""


@runtime_checkable
class SupportsUpdate(Protocol):
    """A store that also runs SPARQL 1.1 UPDATE requests (Oxigraph and remote stores do)."""

    def update(self, sparql: str) -> None: ...


def read_contributions(store: QuadStore) -> dict[str, Contribution]:
    """Document graph IRI → what that document said about its actors and topics."""
    return {
        str(row["g"]): load_contribution(str(row["contribution"]), where=str(row["g"]))
        for row in store.query(_CONTRIBUTIONS)
    }


def ingest(store: QuadStore, extractions: Iterable[Extraction], *, software_version: str) -> None:
    """Write each extraction's document graph (replacing one of the same id) and update the shared graph."""
    for batch in _batches(iter(extractions), INGEST_BATCH):
        _ingest_batch(store, batch, software_version)


def _ingest_batch(store: QuadStore, batch: list[Extraction], software_version: str) -> None:
    contributions = read_contributions(store)
    documents: dict[str, str] = {}
    touched: set[str] = set()
    for extraction in batch:
        ntriples, contribution = encode_document(extraction, software_version=software_version)
        name = str(document_graph_iri(document_slug(extraction.document.id)))
        documents[name] = ntriples
        if name in contributions:  # a new version: what only the old one said must go
            touched |= entity_iris(contributions[name])
        touched |= entity_iris(contribution)
        contributions[name] = contribution
    merged = [contributions[name] for name in sorted(contributions)]
    if isinstance(store, SupportsUpdate):
        shared = shared_ntriples(merged, only=touched)
        store.update(" ;\n".join([*replace_operations(documents), *_rewrite_shared(touched, shared)]))
    else:
        store.replace_graphs({**documents, str(SHARED_GRAPH): shared_ntriples(merged)})


def _rewrite_shared(touched: set[str], ntriples: str) -> list[str]:
    """Delete the shared-graph triples of the touched actors and topics, insert their merged ones."""
    if not touched:
        return []
    values = " ".join(f"<{iri}>" for iri in sorted(touched))
    operations = [
        f"DELETE {{ GRAPH <{SHARED_GRAPH}> {{ ?e ?p ?o }} }} "
        f"WHERE {{ VALUES ?e {{ {values} }} GRAPH <{SHARED_GRAPH}> {{ ?e ?p ?o }} }}"
    ]
    if ntriples:
        operations.append(f"INSERT DATA {{ GRAPH <{SHARED_GRAPH}> {{\n{ntriples}}} }}")
    return operations


def _batches(items: Iterator[Extraction], size: int) -> Iterator[list[Extraction]]:
    while batch := list(islice(items, size)):
        yield batch
