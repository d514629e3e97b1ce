"""TriG and Turtle output: byte-identical for the same records, and faithful to the store."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Dataset, Graph

from graph.rdf.serialize import to_trig, to_turtle
from graph.rdf.store import OxigraphStore, ingest

from .sample import extraction_a, extraction_b


def _store(order: str = "ab") -> OxigraphStore:
    store = OxigraphStore(None)
    records = {"a": extraction_a, "b": extraction_b}
    for name in order:
        ingest(store, [records[name]()], software_version="1")
    return store


def test_same_records_same_bytes() -> None:
    assert to_trig(_store()) == to_trig(_store())
    assert to_turtle(_store()) == to_turtle(_store())


def test_ingest_order_does_not_change_the_bytes() -> None:
    assert to_trig(_store("ab")) == to_trig(_store("ba"))
    assert to_turtle(_store("ab")) == to_turtle(_store("ba"))


def test_trig_holds_every_quad() -> None:
    store = _store()
    quads = set(ox.parse(to_trig(store).encode(), format=ox.RdfFormat.TRIG))
    assert quads == set(ox.parse(store.dump_nquads().encode(), format=ox.RdfFormat.N_QUADS))


def test_trig_and_turtle_parse_with_rdflib() -> None:
    store = _store()
    dataset = Dataset()
    dataset.parse(data=to_trig(store), format="trig")
    merged = Graph().parse(data=to_turtle(store), format="turtle")
    assert len(merged) == len({(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))})
    assert "@prefix sg: <https://w3id.org/stancegraph/ontology#> ." in to_turtle(store)


def test_empty_store() -> None:
    assert to_trig(OxigraphStore(None)) == "" and to_turtle(OxigraphStore(None)) == ""


def test_prefixes_are_sorted_and_types_come_first() -> None:
    text = to_trig(_store())
    prefixes = [line for line in text.splitlines() if line.startswith("@prefix")]
    assert prefixes == sorted(prefixes) and len(prefixes) > 5
    assert "\tdocument:doc-a a sg:Document ;\n\t\tdcterms:date" in text
