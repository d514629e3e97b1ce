"""Ingest into the Oxigraph store: round trips through the named queries, re-ingest, the shared graph."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from graph.errors import GraphNotFoundError, StoreError
from graph.rdf.iri import SHARED_GRAPH
from graph.rdf.namespace import SG
from graph.rdf.query import run_query
from graph.rdf.serialize import to_trig
from graph.rdf.store import OxigraphStore, ingest, open_store, read_contributions

from .sample import extraction_a, extraction_b

ACTOR = "https://w3id.org/stancegraph/id/actor/"


def _store(*extractions: object) -> OxigraphStore:
    store = OxigraphStore(None)
    ingest(store, extractions, software_version="1")  # type: ignore[arg-type]
    return store


def _count(store: OxigraphStore, cls: URIRef) -> int:
    rows = store.query(f"SELECT (COUNT(?x) AS ?n) WHERE {{ ?x a <{cls}> }}").rows
    return int(rows[0]["n"])


def _values(store: OxigraphStore, spec: str, column: str, **params: str) -> list[str]:
    return [str(row[column]) for row in run_query(store, spec, params) if column in row]


def test_round_trip_stances() -> None:
    store = _store(extraction_a())
    rows = run_query(store, "stances", {})
    assert [(str(r["holderLabel"]), r["polarity"], str(r["topicLabel"])) for r in rows] == [
        ("Russia", SG.Support, "ceasefire"),
        ("Ivan Petrov", SG.Oppose, "sanctions"),
    ]
    assert str(rows.rows[1]["evidence"]) == "Ivan Petrov rejected sanctions"
    assert rows.rows[0]["confidence"] == Literal(
        "0.9", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal")
    )


def test_round_trip_actors() -> None:
    rows = {str(r["label"]): r for r in run_query(_store(extraction_a()), "actors", {})}
    assert sorted(rows) == ["Ivan Petrov", "NATO", "Russia"]
    petrov = rows["Ivan Petrov"]
    assert (str(petrov["type"]), str(petrov["affiliationLabel"]), str(petrov["role"])) == (
        "Person",
        "Russia",
        "Foreign Minister",
    )
    assert str(rows["Russia"]["type"]) == "Country" and "affiliationLabel" not in rows["Russia"]


def test_relations_are_actor_targets_only() -> None:
    rows = run_query(_store(extraction_a()), "relations", {})
    assert [(str(r["holderLabel"]), str(r["targetLabel"]), str(r["act"])) for r in rows] == [
        ("Ivan Petrov", "NATO", "criticise")
    ]


def test_aliases_merge_across_documents() -> None:
    store = _store(extraction_a(), extraction_b())
    aliases = dict(zip(_values(store, "actors", "label"), _values(store, "actors", "aliases"), strict=True))
    assert aliases["Russia"] == "Moscow|Russian Federation"
    assert aliases["NATO"] == "North Atlantic Treaty Organization"
    assert _values(store, "topics", "altLabels")[0] == "truce"  # ceasefire first: three stances


def test_reingest_replaces_the_document_graph() -> None:
    store = _store(extraction_a(), extraction_b())
    before = store.dump_nquads()
    ingest(store, [extraction_a()], software_version="1")
    assert store.dump_nquads() == before  # no duplicate stances, same shared graph
    assert _count(store, SG.Stance) == 5


def test_reingest_drops_what_only_the_old_version_said() -> None:
    store = _store(extraction_a(), extraction_b())
    a = extraction_a()
    smaller = dataclasses.replace(a, actors=a.actors[:1], topics=a.topics[:1], stances=a.stances[:1])
    ingest(store, [smaller], software_version="1")
    labels = _values(store, "actors", "label")
    assert labels == ["NATO", "Russia"]  # Petrov is gone; NATO stays, doc-b still names it
    assert dict(zip(labels, _values(store, "actors", "aliases"), strict=True))["Russia"] == (
        "Moscow|Russian Federation"
    )
    assert _values(store, "topics", "label") == ["ceasefire"]  # sanctions only came from doc-a
    assert _count(store, SG.Stance) == 3


def test_ingest_in_any_order_gives_the_same_store() -> None:
    one = _store(extraction_a(), extraction_b())
    two = _store(extraction_b())
    ingest(two, [extraction_a()], software_version="1")
    assert one.dump_nquads() == two.dump_nquads()


def test_conflicting_types_and_labels_resolve_deterministically() -> None:
    a, b = extraction_a(), extraction_b()
    b2 = dataclasses.replace(b, actors=(dataclasses.replace(b.actors[0], kind="Organisation"), b.actors[1]))
    store = _store(a, b2)
    types = dict(zip(_values(store, "actors", "label"), _values(store, "actors", "type"), strict=True))
    assert types["Russia"] == "Organisation"  # one vote each: the tie goes to the first of ACTOR_KINDS
    assert len(_values(store, "actors", "label")) == 3  # one row per actor, never one per type


def test_contributions_are_kept_per_document() -> None:
    store = _store(extraction_a(), extraction_b())
    contributions = read_contributions(store)
    assert sorted(contributions) == [
        "https://w3id.org/stancegraph/id/graph/document/doc-a",
        "https://w3id.org/stancegraph/id/graph/document/doc-b",
    ]
    assert contributions["https://w3id.org/stancegraph/id/graph/document/doc-b"]["actors"]["nato"][
        "aliases"
    ] == ["North Atlantic Treaty Organization"]


def test_graph_names() -> None:
    assert _store(extraction_a()).graph_names() == [
        "https://w3id.org/stancegraph/id/graph/document/doc-a",
        str(SHARED_GRAPH),
    ]


def test_persistent_store_reopens(tmp_path: Path) -> None:
    store = open_store(tmp_path, create=True)
    ingest(store, [extraction_a()], software_version="1")
    dump = store.dump_nquads()
    store.close()
    again = open_store(tmp_path)
    assert again.dump_nquads() == dump
    again.close()


def test_open_store_falls_back_to_graph_trig(tmp_path: Path) -> None:
    (tmp_path / "graph.trig").write_text(to_trig(_store(extraction_a())), encoding="utf-8")
    store = open_store(tmp_path)
    assert _values(store, "stances", "holderLabel") == ["Russia", "Ivan Petrov"]


def test_open_store_without_output(tmp_path: Path) -> None:
    with pytest.raises(GraphNotFoundError) as err:
        open_store(tmp_path)
    assert (
        str(err.value)
        == f"no stancegraph output in {tmp_path}: run `stancegraph build … --out {tmp_path}` first"
    )


def test_broken_graph_trig(tmp_path: Path) -> None:
    (tmp_path / "graph.trig").write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot read .*graph.trig"):
        open_store(tmp_path)


def test_store_locked_by_another_writer(tmp_path: Path) -> None:
    first = open_store(tmp_path, create=True)
    try:
        with pytest.raises(StoreError, match="is another stancegraph build using it"):
            open_store(tmp_path, create=True)
    finally:
        first.close()


def test_closed_store() -> None:
    store = _store()
    store.close()
    with pytest.raises(StoreError, match="the store was closed"):
        store.graph_names()


def test_clear() -> None:
    store = _store(extraction_a())
    store.clear()
    assert store.dump_nquads() == "" and store.graph_names() == []


def test_replace_graphs_with_empty_text_removes_the_graph() -> None:
    store = _store(extraction_a())
    store.replace_graphs({"https://w3id.org/stancegraph/id/graph/document/doc-a": ""})
    assert store.graph_names() == [str(SHARED_GRAPH)]
    assert ACTOR in store.dump_nquads()


def test_a_store_opened_for_reading_refuses_writes(tmp_path: Path) -> None:
    open_store(tmp_path, create=True).close()
    reader = open_store(tmp_path)
    with pytest.raises(StoreError, match="was opened read-only"):
        ingest(reader, [extraction_a()], software_version="1")


class _ReplaceOnlyStore:
    """A QuadStore without SPARQL UPDATE: ingest must fall back to rewriting the whole shared graph."""

    def __init__(self) -> None:
        self.inner = OxigraphStore(None)
        self.replace_graphs = self.inner.replace_graphs
        self.query = self.inner.query
        self.graph_names = self.inner.graph_names
        self.dump_nquads = self.inner.dump_nquads
        self.clear = self.inner.clear
        self.close = self.inner.close


def test_stores_without_update_end_up_the_same() -> None:
    a, b = extraction_a(), extraction_b()
    smaller = dataclasses.replace(a, actors=a.actors[:1], topics=a.topics[:1], stances=a.stances[:1])
    plain, full = _ReplaceOnlyStore(), OxigraphStore(None)
    for store in (plain, full):
        ingest(store, [a], software_version="1")  # type: ignore[arg-type]
        ingest(store, [b], software_version="1")  # type: ignore[arg-type]
        ingest(store, [smaller], software_version="1")  # type: ignore[arg-type]
    assert not hasattr(plain, "update")
    assert plain.dump_nquads() == full.dump_nquads()


def test_clear_forgets_what_ingest_remembered() -> None:
    store = _store(extraction_a())
    store.clear()
    ingest(store, [extraction_b()], software_version="1")
    assert _values(store, "actors", "label") == ["NATO", "Russia"]
    assert store.dump_nquads() == _store(extraction_b()).dump_nquads()


def test_other_writes_forget_what_ingest_remembered() -> None:
    store = _store(extraction_a(), extraction_b())
    store.replace_graphs({"https://w3id.org/stancegraph/id/graph/document/doc-a": ""})
    b = extraction_b()
    renamed = dataclasses.replace(b, actors=(dataclasses.replace(b.actors[0], aliases=("RF",)), b.actors[1]))
    ingest(store, [renamed], software_version="1")
    aliases = dict(zip(_values(store, "actors", "label"), _values(store, "actors", "aliases"), strict=True))
    assert aliases["Russia"] == "RF"  # doc-a's "Moscow" is gone: re-derived from what the store holds


def test_a_damaged_store_folder(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    with pytest.raises(StoreError, match="it is damaged or not an Oxigraph store: delete it and build again"):
        open_store(tmp_path)
