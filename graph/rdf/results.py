"""The store interface every RDF store implements, and the query results they all return.

Stores exchange data as N-Triples / N-Quads text and return rows of rdflib terms, so that the embedded
Oxigraph store, a remote SPARQL 1.1 endpoint and rdflib's memory store are interchangeable.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from rdflib.term import Identifier


@dataclass(frozen=True)
class Results:
    """SELECT results: the projected variables in order, and one mapping a row (unbound → absent)."""

    variables: tuple[str, ...]
    rows: tuple[Mapping[str, Identifier], ...]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[Mapping[str, Identifier]]:
        return iter(self.rows)


class QuadStore(Protocol):
    """What the pipeline, the queries and the analysis need of a store."""

    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        """Replace each named graph (IRI → N-Triples text) in one transaction; new graphs are created."""

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Results:
        """Run a SELECT over the union of all graphs, with variables pre-bound to RDF terms."""

    def graph_names(self) -> Sequence[str]:
        """The IRIs of the named graphs, sorted."""

    def dump_nquads(self) -> str:
        """Every quad of the store as N-Quads, one line each, sorted (deterministic)."""

    def clear(self) -> None:
        """Remove everything (`build --fresh`)."""

    def close(self) -> None:
        """Flush and release the store."""
