"""Ingest extractions into any QuadStore: document graphs replaced by id, the shared graph kept derived.

Each document graph carries its extraction's contribution (what it said about its actors and topics);
the shared graph is the merge of all contributions. A batch touches only the actors and topics that its
documents (new or replaced versions) describe: on a store that runs SPARQL UPDATE only those whose
merged description changed are rewritten, on any other QuadStore the whole shared graph is replaced.
Either way one transaction a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Protocol, runtime_checkable

from graph.rdf.encode import encode_document
from graph.rdf.iri import SHARED_GRAPH, document_graph_iri, document_slug
from graph.rdf.namespace import SG
from graph.rdf.results import QuadStore
from graph.rdf.shared import (
    Contribution,
    entity_iris,
    load_contribution,
    shared_descriptions,
    shared_ntriples,
)
from graph.rdf.update import replace_operations
from graph.records import Extraction

INGEST_BATCH = 64  # documents a transaction: Oxigraph (RocksDB) writes get slower per quad in bigger ones

_CONTRIBUTIONS = f"""
SELECT ?g ?contribution WHERE {{
  GRAPH ?g {{ ?activity a <{SG.Extraction}> ; <{SG.contribution}> ?contribution }}
}} ORDER BY ?g"""


@runtime_checkable
class SupportsUpdate(Protocol):
    """A store that also runs SPARQL 1.1 UPDATE requests (Oxigraph and remote stores do)."""

    def update(self, sparql: str) -> None: ...


@runtime_checkable
class CachesContributions(Protocol):
    """A store only this process writes to (a locked local store) can keep the contributions in memory.

    The store resets the cache to None whenever it is written other than by `ingest`.
    """

    contribution_cache: dict[str, Contribution] | None


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
    before = _contributions(store)
    after = dict(before)
    documents: dict[str, str] = {}
    touched: set[str] = set()
    for extraction in batch:
        ntriples, contribution = encode_document(extraction, software_version=software_version)
        name = str(document_graph_iri(document_slug(extraction.document.id)))
        documents[name] = ntriples
        if name in after:  # a new version: what only the old one said must go
            touched |= entity_iris(after[name])
        touched |= entity_iris(contribution)
        after[name] = contribution
    if isinstance(store, SupportsUpdate):
        old = shared_descriptions(before.values(), only=touched)
        new = shared_descriptions(after.values(), only=touched)
        changed = {iri for iri in touched if old.get(iri) != new.get(iri)}
        inserts = "".join(new[iri] for iri in sorted(changed) if iri in new)
        store.update(" ;\n".join([*replace_operations(documents), *_rewrite_shared(changed, inserts)]))
    else:
        store.replace_graphs({**documents, str(SHARED_GRAPH): shared_ntriples(after.values())})
    if isinstance(store, CachesContributions):
        store.contribution_cache = after


def _contributions(store: QuadStore) -> dict[str, Contribution]:
    if isinstance(store, CachesContributions) and store.contribution_cache is not None:
        return store.contribution_cache
    return read_contributions(store)


def _rewrite_shared(changed: set[str], ntriples: str) -> list[str]:
    """Delete the shared-graph triples of the changed actors and topics, insert their merged ones."""
    if not changed:
        return []
    values = " ".join(f"<{iri}>" for iri in sorted(changed))
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
