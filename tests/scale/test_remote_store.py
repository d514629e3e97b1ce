"""The remote SPARQL store against a real Virtuoso: same quads and same named-query answers as Oxigraph."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pytest

from graph import __version__
from graph.errors import StoreError
from graph.rdf.query import resolve_query, run_query
from graph.rdf.remote import RemoteStore, open_remote
from graph.rdf.store import OxigraphStore, ingest
from graph.records import Document, Extraction

pytestmark = [pytest.mark.slow, pytest.mark.virtuoso]

G = "https://w3id.org/stancegraph/id/graph/"
XSD = "http://www.w3.org/2001/XMLSchema#"
ID = "https://w3id.org/stancegraph/id/"
SG = "https://w3id.org/stancegraph/ontology#"
DOC_A = f"""<{ID}evidence/a/1> <{SG}quote> "« Présidént » – \\"no\\"\\n😀" .
<{ID}stance/a/1> <{SG}confidence> "0.85"^^<{XSD}decimal> .
<{ID}document/a> <http://purl.org/dc/terms/date> "2025-02-18"^^<{XSD}date> .
<{ID}actor/x> <http://www.w3.org/2004/02/skos/core#altLabel> "Moskau"@de .
"""
SHARED = '<https://w3id.org/stancegraph/id/actor/x> <http://www.w3.org/2000/01/rdf-schema#label> "X" .\n'


@pytest.fixture
def remote(virtuoso: object) -> Iterator[RemoteStore]:
    store = open_remote(virtuoso.store_url)  # type: ignore[attr-defined]
    store.clear()
    yield store
    store.clear()
    store.close()


def _both(graphs: Mapping[str, str], remote: RemoteStore) -> OxigraphStore:
    embedded = OxigraphStore(None)
    for store in (embedded, remote):
        store.replace_graphs(graphs)
    return embedded


def test_replaced_graphs_dump_like_the_embedded_store(remote: RemoteStore) -> None:
    embedded = _both({G + "document/a": DOC_A, G + "shared": SHARED}, remote)
    assert remote.graph_names() == [G + "document/a", G + "shared"]
    assert remote.dump_nquads() == embedded.dump_nquads()


def test_replacing_a_graph_leaves_no_duplicates(remote: RemoteStore) -> None:
    _both({G + "document/a": DOC_A}, remote)
    embedded = _both({G + "document/a": SHARED}, remote)
    assert remote.dump_nquads() == embedded.dump_nquads()
    assert len(remote.dump_nquads().splitlines()) == 1


def test_clear_leaves_other_graphs_alone(remote: RemoteStore) -> None:
    theirs = '<http://example.org/a> <http://example.org/p> "1"'
    remote.update(f"INSERT DATA {{ GRAPH <http://example.org/theirs> {{ {theirs} }} }}")
    remote.replace_graphs({G + "shared": SHARED})
    remote.clear()
    assert remote.graph_names() == []
    left = remote.query("SELECT ?o WHERE { GRAPH <http://example.org/theirs> { ?s ?p ?o } }")
    assert [str(row["o"]) for row in left] == ["1"]
    remote.update("DROP SILENT GRAPH <http://example.org/theirs>")


def test_a_large_graph_goes_in_one_request(remote: RemoteStore) -> None:
    lines = "".join(f'<{G}s{i}> <{G}p> "quote {i}" .\n' for i in range(12000))
    embedded = _both({G + "document/big": lines}, remote)
    assert remote.dump_nquads() == embedded.dump_nquads()


def test_wrong_password_is_refused(virtuoso: object) -> None:
    url = virtuoso.store_url.replace(virtuoso.password, "wrong")  # type: ignore[attr-defined]
    refused = "refused the .* check the user and password"
    with open_remote(url) as store, pytest.raises(StoreError, match=refused):
        store.replace_graphs({G + "shared": SHARED})


def test_unreachable_server() -> None:
    with open_remote("http://127.0.0.1:9/sparql") as store, pytest.raises(StoreError, match="cannot reach"):
        store.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1")


def _rows(results: object) -> list[dict[str, str]]:
    # GROUP_CONCAT over no values is "" on Virtuoso and unbound on Oxigraph: both read as "no aliases".
    return [
        {name: term.n3() for name, term in row.items() if term.n3() != '""'}
        for row in results  # type: ignore[attr-defined]
    ]


def _parameters(embedded: OxigraphStore) -> Iterator[tuple[str, dict[str, str]]]:
    """Every named query, with the parameters it needs taken from the graph (two values each)."""
    actors = [str(r["label"]) for r in run_query(embedded, "actors")][:2]
    topics = [str(r["label"]) for r in run_query(embedded, "topics")][:2]
    values = {"actor": actors, "topic": topics}
    from graph.rdf.query import query_names

    for name in query_names():
        required = [p.name for p in resolve_query(name).parameters if p.required]
        if not required:
            yield name, {}
        for i in range(2):
            if required and all(len(values.get(p, [])) > i for p in required):
                yield name, {p: values[p][i] for p in required}


@pytest.mark.model
def test_named_queries_answer_the_same(remote: RemoteStore, extractions: list[Extraction]) -> None:
    embedded = OxigraphStore(None)
    for store in (embedded, remote):
        ingest(store, extractions[:10], software_version=__version__)
        ingest(store, extractions, software_version=__version__)  # re-ingest: replaced, not doubled
    assert remote.dump_nquads() == embedded.dump_nquads()
    checked = 0
    for name, params in _parameters(embedded):
        expected = _rows(run_query(embedded, name, params))
        assert _rows(run_query(remote, name, params)) == expected, (name, params)
        checked += bool(expected)
    assert checked >= 6


@pytest.fixture(scope="module")
def extractions(documents: list[Document]) -> list[Extraction]:
    from graph.parallel import extract_parallel

    return list(extract_parallel(documents, model=None))


@pytest.mark.model
def test_build_into_the_remote_store_writes_the_same_files(
    remote: RemoteStore, virtuoso: object, tmp_path: object
) -> None:
    from pathlib import Path

    from graph.workflow import BuildOptions, run_build

    from .conftest import EXAMPLE

    local, far = Path(str(tmp_path)) / "local", Path(str(tmp_path)) / "remote"
    run_build([str(EXAMPLE)], local, BuildOptions(), warn=lambda _: None)
    summary = run_build([str(EXAMPLE)], far, BuildOptions(store_url=virtuoso.store_url),  # type: ignore[attr-defined]
                        warn=lambda _: None)
    assert summary.stances > 0 and not (far / "store").exists()
    for name in ("graph.trig", "graph.ttl"):
        assert (far / name).read_bytes() == (local / name).read_bytes(), name


@pytest.mark.model
def test_reading_commands_follow_a_build_into_the_remote_store(
    virtuoso: object, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    from graph.rdf.store import reading
    from graph.workflow import BuildOptions, run_build

    from .conftest import EXAMPLE

    local, far = Path(str(tmp_path)) / "local", Path(str(tmp_path)) / "remote"
    run_build([str(EXAMPLE)], local, BuildOptions(), warn=lambda _: None)
    run_build([str(EXAMPLE)], far, BuildOptions(store_url=virtuoso.store_url),  # type: ignore[attr-defined]
              warn=lambda _: None)
    pointer = (far / "store.url").read_text(encoding="utf-8")
    assert virtuoso.password not in pointer and pointer.startswith("http://dba@127.0.0.1:")  # type: ignore[attr-defined]
    (far / "graph.trig").unlink()  # nothing local to fall back on: the answers come from the server
    monkeypatch.setenv("STANCEGRAPH_STORE_PASSWORD", virtuoso.password)  # type: ignore[attr-defined]
    answers = {}
    for folder in (local, far):
        with reading(folder) as store:
            answers[folder] = {name: _rows(run_query(store, name, {})) for name in ("stances", "topics")}
    assert answers[far] == answers[local] and answers[far]["stances"]
