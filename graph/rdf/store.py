"""The embedded, persistent Oxigraph store, and opening the store of a build folder.

`ingest` (graph/rdf/ingest.py, re-exported here) works on any `QuadStore`, a remote SPARQL store too.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from rdflib.term import Identifier

from graph.errors import GraphNotFoundError, QueryError, QuerySyntaxError, StoreError
from graph.rdf.results import QuadStore, Results
from graph.rdf.shared import Contribution
from graph.rdf.terms import to_oxigraph, to_rdflib
from graph.rdf.update import replace_operations


class OxigraphStore:
    """A QuadStore on pyoxigraph: on disk at `path` (created when missing), or in memory when None."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        # What each document said about its actors and topics, kept by `ingest` between batches: only
        # valid while nothing else writes, so every other write forgets it.
        self.contribution_cache: dict[str, Contribution] | None = None
        try:
            if path is None:
                self._store: ox.Store | None = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            fix = (
                "it is damaged or not an Oxigraph store: delete it and build again"
                if read_only
                else "is another stancegraph build using it? wait for it to finish, or delete it and build "
                "again"
            )
            raise StoreError(f"cannot open the store {path} ({_first_line(exc)}): {fix}") from exc

    @property
    def store(self) -> ox.Store:
        if self._store is None:
            raise StoreError("the store was closed: open it again with open_store()")
        return self._store

    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        """One SPARQL UPDATE (one transaction): drop each graph, insert its new triples."""
        operations = replace_operations(graphs)  # the same operations ingest sends
        if operations:
            self.update(" ;\n".join(operations))

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 UPDATE request as one transaction."""
        if self.read_only:
            raise StoreError(
                f"the store {self.path} was opened read-only: "
                "open it with open_store(DIR, create=True) to write"
            )
        self.contribution_cache = None
        try:
            self.store.update(sparql)
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
        return Results(variables=variables, rows=_rows(variables, solutions))

    def graph_names(self) -> Sequence[str]:
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def dump_nquads(self) -> str:
        data = ox.serialize(self.store.quads_for_pattern(None, None, None, None), format=ox.RdfFormat.N_QUADS)
        # split on "\n" only: literals may hold U+0085 or U+2028, which str.splitlines() would split on
        lines = sorted(line for line in (data or b"").split(b"\n") if line)
        return b"".join(line + b"\n" for line in lines).decode("utf-8")

    def load_trig(self, path: Path) -> None:
        """Add the quads of a TriG file (used to query a build folder that has no store/)."""
        try:
            self.contribution_cache = None
            self.store.load(path=str(path), format=ox.RdfFormat.TRIG)
        except (OSError, SyntaxError) as exc:
            raise StoreError(
                f"cannot read {path} ({_first_line(exc)}): build again with `stancegraph build --out "
                f"{path.parent}`"
            ) from exc

    def clear(self) -> None:
        self.contribution_cache = None
        self.store.clear()

    def close(self) -> None:
        if self._store is not None and self.path is not None and not self.read_only:
            self._store.flush()
        self._store = None  # dropping the last reference releases the RocksDB lock


def _rows(variables: tuple[str, ...], solutions: ox.QuerySolutions) -> tuple[dict[str, Identifier], ...]:
    """Solutions as rows of rdflib terms; each distinct term is converted once (labels, IRIs recur)."""
    converted: dict[object, Identifier] = {}
    rows = []
    for solution in solutions:
        row = {}
        for i, name in enumerate(variables):
            value = solution[i]
            if value is not None:
                term = converted.get(value)
                if term is None:
                    term = converted[value] = to_rdflib(value)
                row[name] = term
        rows.append(row)
    return tuple(rows)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


STORE_POINTER = "store.url"  # written by a build into a remote store; holds its URL without the password


def open_store(out_dir: Path, *, create: bool = False) -> QuadStore:
    """The store of a build folder: the remote store DIR/store.url names (password from
    $STANCEGRAPH_STORE_PASSWORD), else DIR/store (read-only unless `create`), else DIR/graph.trig in memory.
    """
    store_dir = out_dir / "store"
    if create:
        return OxigraphStore(store_dir)
    pointer = out_dir / STORE_POINTER
    if pointer.is_file():  # built with --store URL: the remote store is the source of truth
        from graph.rdf.remote import open_remote

        return open_remote(pointer.read_text(encoding="utf-8").strip())
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


@contextmanager
def reading(out_dir: Path) -> Iterator[QuadStore]:
    """The store of a build folder opened for reading (see `open_store`), closed afterwards."""
    store = open_store(out_dir)
    try:
        yield store
    finally:
        store.close()


# Re-exported: the pipeline imports `ingest` from here, next to `open_store`.
from graph.rdf.ingest import ingest, read_contributions  # noqa: E402

__all__ = ["OxigraphStore", "ingest", "open_store", "read_contributions", "reading"]
