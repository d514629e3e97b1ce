"""The embedded, persistent Oxigraph store, opening a build's output, and ingesting extractions.

`ingest` stays within the `QuadStore` protocol (results.py), so it works on a remote SPARQL store too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from pathlib import Path

import pyoxigraph as ox
from rdflib.term import Identifier

from graph.errors import GraphNotFoundError, QueryError, QuerySyntaxError, StoreError
from graph.rdf.encode import encode_document
from graph.rdf.iri import SHARED_GRAPH, document_graph_iri, document_slug
from graph.rdf.namespace import SG
from graph.rdf.results import QuadStore, Results
from graph.rdf.shared import Contribution, load_contribution, shared_graph
from graph.rdf.terms import to_oxigraph, to_rdflib
from graph.records import Extraction

INGEST_BATCH = 256  # documents written per transaction: bounded memory, few rewrites of the shared graph


class OxigraphStore:
    """A QuadStore on pyoxigraph: on disk at `path` (created when missing), or in memory when None."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        try:
            if path is None:
                self._store: ox.Store | None = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(
                f"cannot open the store {path} ({_first_line(exc)}): is another stancegraph build "
                f"using it? wait for it to finish, or delete the folder and build again"
            ) from exc

    @property
    def store(self) -> ox.Store:
        if self._store is None:
            raise StoreError("the store was closed: open it again with open_store()")
        return self._store

    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        """One SPARQL UPDATE (one transaction): drop each graph, insert its new triples."""
        if self.read_only:
            raise StoreError(
                f"the store {self.path} was opened read-only: "
                "open it with open_store(DIR, create=True) to write"
            )
        parts = []
        for name in sorted(graphs):
            parts.append(f"DROP SILENT GRAPH <{name}>")
            if graphs[name].strip():
                parts.append(f"INSERT DATA {{ GRAPH <{name}> {{\n{graphs[name]}\n}} }}")
        if not parts:
            return
        try:
            self.store.update(" ;\n".join(parts))
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"cannot write to the store ({_first_line(exc)}): check disk space") from exc

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Results:
        substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
            ox.Variable(k): to_oxigraph(v) for k, v in (bindings or {}).items()
        }
        try:
            solutions = self.store.query(
                sparql, use_default_graph_as_union=True, substitutions=substitutions or None
            )
        except SyntaxError as exc:
            raise QuerySyntaxError(f"the query is not valid SPARQL: {_first_line(exc)}") from exc
        except RuntimeError as exc:  # e.g. a bound variable that the SELECT clause does not project
            raise QueryError(
                f"cannot run the query ({_first_line(exc)}): "
                "a parameter must be a variable of the SELECT clause"
            ) from exc
        except OSError as exc:
            raise StoreError(f"cannot read the store ({_first_line(exc)})") from exc
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError("only SELECT queries can be run: rewrite the query as a SELECT")
        variables = tuple(v.value for v in solutions.variables)
        return Results(variables=variables, rows=tuple(_row(variables, s) for s in solutions))

    def graph_names(self) -> Sequence[str]:
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def dump_nquads(self) -> str:
        data = ox.serialize(self.store.quads_for_pattern(None, None, None, None), format=ox.RdfFormat.N_QUADS)
        lines = sorted((data or b"").decode("utf-8").splitlines())
        return "".join(line + "\n" for line in lines)

    def load_trig(self, path: Path) -> None:
        """Add the quads of a TriG file (used to query a build folder that has no store/)."""
        try:
            self.store.load(path=str(path), format=ox.RdfFormat.TRIG)
        except (OSError, SyntaxError) as exc:
            raise StoreError(
                f"cannot read {path} ({_first_line(exc)}): build again with `stancegraph build --out "
                f"{path.parent}`"
            ) from exc

    def clear(self) -> None:
        self.store.clear()

    def close(self) -> None:
        if self._store is not None and self.path is not None and not self.read_only:
            self._store.flush()
        self._store = None  # dropping the last reference releases the RocksDB lock


def _row(variables: tuple[str, ...], solution: ox.QuerySolution) -> dict[str, Identifier]:
    row = {}
    for i, name in enumerate(variables):
        value = solution[i]
        if value is not None:
            row[name] = to_rdflib(value)
    return row


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def open_store(out_dir: Path, *, create: bool = False) -> QuadStore:
    """The store of a build folder: DIR/store (read-only unless `create`), else DIR/graph.trig in memory."""
    store_dir = out_dir / "store"
    if create:
        return OxigraphStore(store_dir)
    if store_dir.is_dir():
        return OxigraphStore(store_dir, read_only=True)
    trig = out_dir / "graph.trig"
    if trig.is_file():
        memory = OxigraphStore(None)
        memory.load_trig(trig)
        return memory
    raise GraphNotFoundError(
        f"no stancegraph output in {out_dir}: run `stancegraph build … --out {out_dir}` first"
    )


_CONTRIBUTIONS = f"""
SELECT ?g ?contribution WHERE {{
  GRAPH ?g {{ ?activity a <{SG.Extraction}> ; <{SG.contribution}> ?contribution }}
}} ORDER BY ?g"""


def read_contributions(store: QuadStore) -> dict[str, Contribution]:
    """Document graph IRI → what that document said about its actors and topics."""
    return {
        str(row["g"]): load_contribution(str(row["contribution"]), where=str(row["g"]))
        for row in store.query(_CONTRIBUTIONS)
    }


def ingest(store: QuadStore, extractions: Iterable[Extraction], *, software_version: str) -> None:
    """Write each extraction's document graph (replacing one of the same id) and re-derive the shared graph.

    Each batch of documents is one transaction, so an interrupted ingest leaves the store consistent.
    """
    for batch in _batches(iter(extractions), INGEST_BATCH):
        graphs: dict[str, str] = {}
        contributions = read_contributions(store)
        for extraction in batch:
            g, contribution = encode_document(extraction, software_version=software_version)
            name = str(document_graph_iri(document_slug(extraction.document.id)))
            graphs[name] = g.serialize(format="nt")
            contributions[name] = contribution
        shared = shared_graph(contributions[name] for name in sorted(contributions))
        graphs[str(SHARED_GRAPH)] = shared.serialize(format="nt")
        store.replace_graphs(graphs)


def _batches(items: Iterator[Extraction], size: int) -> Iterator[list[Extraction]]:
    while batch := list(islice(items, size)):
        yield batch
