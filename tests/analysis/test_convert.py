"""`to_networkx` on the RDF the encoder writes (records → Oxigraph store) and on an rdflib Dataset."""

from __future__ import annotations

import pytest

from graph.analysis.convert import DatasetStore, to_networkx
from graph.records import Actor, Document, Evidence, Extraction, Stance, Topic

from .fixtures import ALPHA, ANNA, DOC1, T1, small_dataset, stance_iri

TEXT = "Ann Lee backed the tariff plan. Ann Lee attacked Mo Park. Mo Park rejected the tariff plan."


def _extraction() -> Extraction:
    def ev(quote: str) -> Evidence:
        start = TEXT.index(quote)
        return Evidence(quote, start, start + len(quote), "n1")

    return Extraction(
        document=Document(
            "n1", TEXT, title="Tariffs", date="2025-03-01", source="Wire", url="https://e.org/n1"
        ),
        actors=(
            Actor(
                "ann lee",
                "Ann Lee",
                "Person",
                aliases=("Lee",),
                role="Trade Minister",
                affiliation="freedonia",
            ),
            Actor("freedonia", "Freedonia", "Country"),
            Actor("mo park", "Mo Park", "Person"),
        ),
        topics=(Topic("tariff plan", "tariff plan", alt_labels=("tariffs",)),),
        stances=(
            Stance(
                "ann lee",
                "tariff plan",
                "topic",
                "Support",
                "support",
                0.9,
                ev("Ann Lee backed the tariff plan."),
            ),
            Stance(
                "ann lee", "mo park", "actor", "Oppose", "criticise", 0.7, ev("Ann Lee attacked Mo Park.")
            ),
            Stance(
                "mo park",
                "tariff plan",
                "topic",
                "Oppose",
                "reject",
                0.8,
                ev("Mo Park rejected the tariff plan."),
            ),
        ),
        model="en_core_web_sm-3.8.0",
    )


@pytest.fixture(scope="module")
def encoded():
    store_module = pytest.importorskip("graph.rdf.store")
    store = store_module.OxigraphStore(None)
    store_module.ingest(store, [_extraction()], software_version="0.1.0")
    return to_networkx(store)


def by_label(G):
    return {d["label"]: n for n, d in G.nodes(data=True)}


def test_encoded_nodes_carry_the_contract_attributes(encoded):
    nodes = by_label(encoded)
    ann = encoded.nodes[nodes["Ann Lee"]]
    assert ann["kind"] == "Person" and ann["role"] == "Trade Minister"
    assert ann["affiliation"] == nodes["Freedonia"] and "Lee" in ann["aliases"]
    assert ann["stance_count"] == 2
    assert encoded.nodes[nodes["tariff plan"]]["kind"] == "Topic"
    assert "tariffs" in encoded.nodes[nodes["tariff plan"]]["aliases"]
    doc = encoded.nodes[nodes["Tariffs"]]
    assert (doc["kind"], doc["date"], doc["source"], doc["url"]) == (
        "Document",
        "2025-03-01",
        "Wire",
        "https://e.org/n1",
    )
    assert doc["software_version"] == "0.1.0" and doc["stance_count"] == 3


def test_encoded_edges_carry_polarity_and_evidence(encoded):
    nodes = by_label(encoded)
    relations = sorted(
        (d["relation"], d.get("polarity", ""), d.get("act", "")) for _u, _v, d in encoded.edges(data=True)
    )
    assert relations == [
        ("actor_relation", "Oppose", "criticise"),
        ("affiliation", "", ""),
        ("stance", "Oppose", "reject"),
        ("stance", "Support", "support"),
    ]
    stances = [d for _u, _v, d in encoded.edges(data=True) if d["relation"] != "affiliation"]
    assert len(stances) == 3
    (support,) = [
        d for u, v, d in encoded.edges(data=True) if u == nodes["Ann Lee"] and v == nodes["tariff plan"]
    ]
    assert support["polarity"] == "Support" and support["confidence"] == pytest.approx(0.9)
    (evidence,) = support["evidence"]
    assert TEXT[evidence["start"] : evidence["end"]] == evidence["quote"] == "Ann Lee backed the tariff plan."
    assert (evidence["title"], evidence["date"], evidence["url"]) == (
        "Tariffs",
        "2025-03-01",
        "https://e.org/n1",
    )
    assert support["evidence_count"] == 1
    assert encoded.has_edge(nodes["Ann Lee"], nodes["Freedonia"], key="affiliation")


def test_oxigraph_and_rdflib_give_the_same_graph():
    store_module = pytest.importorskip("graph.rdf.store")
    store = store_module.OxigraphStore(None)
    ds = small_dataset()
    store.replace_graphs({str(g.identifier): g.serialize(format="nt") for g in ds.graphs() if len(g)})
    from_ox, from_rdflib = to_networkx(store), to_networkx(DatasetStore(ds))
    assert list(from_ox.nodes(data=True)) == list(from_rdflib.nodes(data=True))
    assert list(from_ox.edges(keys=True, data=True)) == list(from_rdflib.edges(keys=True, data=True))


def test_fixture_nodes_and_edges():
    G = to_networkx(small_dataset())
    assert G.nodes[ANNA]["affiliation"] == ALPHA and G.nodes[DOC1]["title"] == "Report d1"
    edge = G.edges[ANNA, T1, stance_iri("d1", "s1")]
    assert (edge["relation"], edge["polarity"], edge["act"], edge["confidence"]) == (
        "stance",
        "Support",
        "propose",
        0.8,
    )
    assert edge["evidence"][0]["document"] == DOC1 and edge["document"] == DOC1


class CappedStore:
    """A store that answers at most `cap` rows per query, like a SPARQL server with a result-row cap."""

    def __init__(self, cap: int) -> None:
        self.inner = DatasetStore(small_dataset())
        self.cap = cap

    def query(self, sparql, bindings=None):
        from graph.rdf.results import Results

        found = self.inner.query(sparql, bindings)
        return Results(found.variables, found.rows[: self.cap])


def test_a_store_that_cuts_long_answers_is_read_page_by_page():
    whole = to_networkx(DatasetStore(small_dataset()))
    paged = to_networkx(CappedStore(cap=4))
    assert list(paged.nodes(data=True)) == list(whole.nodes(data=True))
    assert list(paged.edges(keys=True, data=True)) == list(whole.edges(keys=True, data=True))


def test_a_store_that_returns_nothing_more_is_an_error():
    from graph.errors import StoreError

    class Stuck(CappedStore):
        def query(self, sparql, bindings=None):
            found = super().query(sparql, bindings)
            return found if "OFFSET" not in sparql else type(found)(found.variables, ())

    with pytest.raises(StoreError, match=r"returned 0 of \d+ rows: raise its cap on result rows"):
        to_networkx(Stuck(cap=4))
