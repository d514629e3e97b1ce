"""Every export format re-read (networkx for GraphML / GEXF, csv, rdflib for JSON-LD / N-Quads)."""

from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, XSD

from graph.analysis.convert import DatasetStore, to_networkx
from graph.analysis.export import (
    export_network,
    flatten,
    generate_csv,
    generate_gexf,
    generate_graphml,
    select_network,
)
from graph.analysis.rdf_export import SGA, generate_jsonld, generate_network_nquads
from graph.errors import OptionError

from .fixtures import ALPHA, ANNA, BETA, T2, nx_stances, small_dataset


@pytest.fixture(scope="module")
def store():
    return DatasetStore(small_dataset())


@pytest.fixture(scope="module")
def G(store):
    return to_networkx(store)


def node_table(N):
    return {n: dict(d) for n, d in N.nodes(data=True)}


def edge_table(N):
    return {(u, v, k): dict(d) for u, v, k, d in N.edges(keys=True, data=True)}


@pytest.mark.parametrize("network", ["stances", "congruence", "conflict", "subtract", "two-mode"])
def test_graphml_reads_back_as_written(G, network):
    N = flatten(select_network(G, network, normalise="jaccard"))
    back = nx.read_graphml(io.StringIO(generate_graphml(N)), force_multigraph=N.is_multigraph())
    assert node_table(back) == node_table(N)
    if N.is_multigraph():
        assert edge_table(back) == edge_table(N)
    else:
        assert {frozenset((u, v)): d for u, v, d in back.edges(data=True)} == {
            frozenset((u, v)): d for u, v, d in N.edges(data=True)
        }


def test_graphml_has_no_list_values_and_unique_edge_ids(G):
    text = generate_graphml(G)
    assert "A. Alpha; Alpha" in text and '"quote": "Quote s1."' in text
    assert 'id="affiliation:https://w3id.org/stancegraph/id/actor/anna-alpha"' in text


@pytest.mark.parametrize("network", ["stances", "congruence", "two-mode"])
def test_gexf_reads_back_with_typed_attributes(G, network):
    N = flatten(select_network(G, network, normalise="cosine"))
    text = generate_gexf(N)
    back = nx.read_gexf(io.BytesIO(text.encode()))
    assert node_table(back) == node_table(N)
    if network == "stances":
        assert 'title="stance_count" type="long"' in text and 'title="confidence" type="double"' in text
        ids = {d["id"] for _u, _v, d in back.edges(data=True)}
        assert ids == {k for _u, _v, k in N.edges(keys=True)}
    else:
        got = {frozenset((u, v)): d["weight"] for u, v, d in back.edges(data=True)}
        assert got == {frozenset((u, v)): d["weight"] for u, v, d in N.edges(data=True)}
    assert "lastmodifieddate" not in text


def test_gexf_keeps_parallel_stances():
    P = nx_stances([("A", "T1", "Support"), ("A", "T1", "Oppose")])
    back = nx.read_gexf(io.BytesIO(generate_gexf(P).encode()))
    assert sorted(d["polarity"] for _u, _v, d in back.edges(data=True)) == ["Oppose", "Support"]


def test_csv_tables_read_back(G):
    nodes, edges = generate_csv(G)
    F = flatten(G)
    rows = list(csv.DictReader(io.StringIO(nodes)))
    assert list(rows[0])[:3] == ["id", "label", "kind"]
    assert {r["id"]: r["aliases"] for r in rows}[ANNA] == "A. Alpha; Alpha"
    links = list(csv.DictReader(io.StringIO(edges)))
    assert len(links) == F.number_of_edges()
    assert {(r["source"], r["target"], r["key"]) for r in links} == set(F.edges(keys=True))


def quads(text, fmt):
    ds = Dataset()
    ds.parse(data=text, format=fmt)
    return {(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None))}


def test_nquads_of_the_stances_network_is_the_store(store):
    (text,) = export_network(store, network="stances", fmt="nquads").values()
    assert quads(text, "nquads") == quads(store.dump_nquads(), "nquads")
    assert text == store.dump_nquads()


def test_jsonld_reads_back_as_the_same_quads(store):
    files = export_network(store, network="stances", fmt="jsonld")
    assert list(files) == [".jsonld"]
    assert quads(files[".jsonld"], "json-ld") == quads(store.dump_nquads(), "nquads")


def test_congruence_in_rdf(G, store):
    text = generate_network_nquads(select_network(G, "congruence", level="organisation"), "congruence")
    got = quads(text, "nquads")
    ties = {s for s, p, o, _g in got if p == RDF.type and o == SGA.Tie}
    assert len(ties) == 2
    tie = next(s for s, p, o, _g in got if p == SGA.source and o == URIRef(ALPHA))
    values = {(p, o) for s, p, o, _g in got if s == tie}
    assert (SGA.target, URIRef(BETA)) in values
    assert (SGA.weight, Literal("2.0", datatype=XSD.double)) in values
    assert (SGA.topic, URIRef(T2)) in values
    jsonld = export_network(store, network="congruence", level="organisation", fmt="jsonld")[".jsonld"]
    assert quads(jsonld, "json-ld") == got
    assert generate_jsonld(text) == jsonld


def test_every_export_is_deterministic(store):
    for fmt in ("graphml", "gexf", "csv", "jsonld", "nquads"):
        for network in ("stances", "conflict", "two-mode"):
            first = export_network(store, network=network, fmt=fmt)
            assert first == export_network(store, network=network, fmt=fmt)


def test_unknown_format_or_network(store):
    with pytest.raises(OptionError, match="--format 'pdf' is not valid; choose one of: graphml, gexf"):
        export_network(store, fmt="pdf")
    with pytest.raises(OptionError, match="--network 'all'"):
        export_network(store, network="all")


def test_jsonld_keeps_blank_nodes_languages_and_datatypes():
    nquads = (
        '_:b1 <http://www.w3.org/2000/01/rdf-schema#label> "Hallo"@de <http://e.org/g> .\n'
        "_:b1 <https://w3id.org/stancegraph/ontology#startOffset> "
        '"7"^^<http://www.w3.org/2001/XMLSchema#integer> <http://e.org/g> .\n'
        '<http://e.org/s> <http://www.w3.org/2000/01/rdf-schema#label> "plain" .\n'
    )
    text = generate_jsonld(nquads)
    assert '"@id": "_:b1"' in text
    back = quads(text, "json-ld")
    assert len(back) == 3
    assert {o for _s, _p, o, _g in back} == {
        Literal("Hallo", lang="de"),
        Literal("7", datatype=XSD.integer),
        Literal("plain"),
    }


@pytest.mark.parametrize("network", ["stances", "congruence", "conflict", "subtract", "two-mode"])
def test_csv_cells_are_the_flattened_attributes(G, network):
    N = flatten(select_network(G, network, level="organisation", normalise="average"))
    nodes, edges = generate_csv(N)
    for row in csv.DictReader(io.StringIO(nodes)):
        data = N.nodes[row.pop("id")]
        assert {k: v for k, v in row.items() if v != "" or k in data} == {k: str(v) for k, v in data.items()}
    rows = list(csv.DictReader(io.StringIO(edges)))
    assert len(rows) == N.number_of_edges()
    for row in rows:
        ends = (row.pop("source"), row.pop("target"))
        data = N.edges[(*ends, row.pop("key"))] if N.is_multigraph() else N.edges[ends]
        assert {k: v for k, v in row.items() if v != "" or k in data} == {k: str(v) for k, v in data.items()}
