"""How nodes and edges are drawn: shape and colour by kind, size by stances, edge style by relation."""

from __future__ import annotations

import networkx as nx

from graph.render import style
from graph.render.elements import edge_records, node_records

ID = "https://w3id.org/stancegraph/id/"


def by_label(G: nx.MultiDiGraph) -> dict[str, dict]:
    return {n["name"]: n for n in node_records(G)}


def test_shape_and_colour_follow_the_kind(sample_graph: nx.MultiDiGraph) -> None:
    nodes = by_label(sample_graph)
    for label, kind in [("Anna Smith", "Person"), ("United Nations", "Organisation"),
                        ("Russia", "Country"), ("ceasefire", "Topic")]:
        assert nodes[label]["kind"] == kind
        assert nodes[label]["shape"] == style.NODE_SHAPES[kind]
        assert nodes[label]["color"] == style.NODE_COLOURS[kind]
    assert len({style.NODE_SHAPES[k] for k in style.NODE_KINDS}) == 4


def test_size_grows_with_the_number_of_stances(sample_graph: nx.MultiDiGraph) -> None:
    nodes = by_label(sample_graph)
    assert nodes["ceasefire"]["stanceCount"] == 3 and nodes["summit"]["stanceCount"] == 1
    assert nodes["lonely topic"]["size"] < nodes["summit"]["size"] < nodes["ceasefire"]["size"]


def test_details_carry_aliases_role_and_affiliation(sample_graph: nx.MultiDiGraph) -> None:
    smith = by_label(sample_graph)["Anna Smith"]
    assert smith["aliases"] == ["Smith"]
    assert smith["role"] == "Foreign Minister"
    assert smith["affiliation"] == f"{ID}actor/russia"
    assert by_label(sample_graph)["United States"]["aliases"] == ["US", "USA"]


def test_stance_edges_coloured_by_polarity_and_wide_by_evidence(sample_graph: nx.MultiDiGraph) -> None:
    edges = [e for e in edge_records(sample_graph) if e["relation"] == "stance"]
    assert {e["polarity"] for e in edges} == {"Support", "Oppose", "Neutral"}
    for e in edges:
        assert e["color"]["color"] == style.POLARITY_COLOURS[e["polarity"]]
        assert e["arrows"] == "to" and e["dashes"] is False
        assert e["evidenceCount"] == len(e["evidence"])
    widths = {e["evidenceCount"]: e["width"] for e in edges}
    assert widths[1] < widths[2] < widths[3]


def test_actor_relations_are_dashed_and_affiliations_thin_grey(sample_graph: nx.MultiDiGraph) -> None:
    edges = edge_records(sample_graph)
    relations = [e for e in edges if e["relation"] == "actor_relation"]
    affiliations = [e for e in edges if e["relation"] == "affiliation"]
    assert len(relations) == 1 and relations[0]["dashes"] == style.RELATION_DASHES["actor_relation"]
    assert len(affiliations) == 2
    for e in affiliations:
        assert e["color"]["color"] == style.AFFILIATION_COLOUR
        assert e["width"] < min(x["width"] for x in edges if x["relation"] != "affiliation")


def test_evidence_carries_its_document(sample_graph: nx.MultiDiGraph) -> None:
    edge = next(e for e in edge_records(sample_graph) if e.get("act") == "demand")
    (evidence,) = edge["evidence"]
    assert evidence["title"] == "Talks report doc-b"
    assert evidence["date"] == "2025-02-18" and evidence["source"] == "Example News"
    assert evidence["document"] == f"{ID}document/doc-b"
    assert evidence["start"] == 0 and evidence["end"] == len(evidence["quote"])


def test_edge_ids_are_stable_and_unique(sample_graph: nx.MultiDiGraph) -> None:
    ids = [e["id"] for e in edge_records(sample_graph)]
    assert ids == [f"e{i}" for i in range(len(ids))]


def test_parallel_edges_are_curved_apart() -> None:
    G = nx.MultiDiGraph()
    G.add_node("a", kind="Person", label="A", stance_count=2)
    G.add_node("t", kind="Topic", label="T", stance_count=2)
    for n, polarity in enumerate(["Support", "Oppose", "Neutral"]):
        G.add_edge("a", "t", key=f"s{n}", relation="stance", polarity=polarity, act="state", evidence=[])
    edges = edge_records(G)
    assert "smooth" not in edges[0]
    assert [e["smooth"]["roundness"] for e in edges[1:]] == [0.18, 0.36]


def test_edges_to_undrawn_nodes_are_dropped() -> None:
    G = nx.MultiDiGraph()
    G.add_node("a", kind="Person", label="A")
    G.add_node("d", kind="Document", label="D")
    G.add_edge("a", "d", key="x", relation="stance", polarity="Support")
    assert [n["id"] for n in node_records(G)] == ["a"]
    assert edge_records(G) == []


def test_link_evidence_counts_every_stance_of_a_holder_on_a_target_with_a_polarity() -> None:
    G = nx.MultiDiGraph()
    G.add_node("a", kind="Person", label="A", stance_count=4)
    G.add_node("t", kind="Topic", label="T", stance_count=4)
    quote = {"quote": "q", "start": 0, "end": 1}
    for n, polarity in enumerate(["Support", "Support", "Support", "Oppose"]):
        G.add_edge("a", "t", key=f"s{n}", relation="stance", polarity=polarity, act="state",
                   evidence=[quote] * (2 if n == 0 else 1))
    edges = edge_records(G)
    assert [(e["polarity"], e["evidenceCount"], e["linkEvidence"]) for e in edges] == [
        ("Support", 2, 4), ("Support", 1, 4), ("Support", 1, 4), ("Oppose", 1, 1)]


def test_long_names_are_cut_on_the_canvas_only() -> None:
    G = nx.MultiDiGraph()
    name = "Moscow and Washington relations built on the basis of national interests"
    G.add_node("t", kind="Topic", label=name)
    (node,) = node_records(G)
    assert node["name"] == name
    assert node["label"] == "Moscow and Washington relations…"
    assert len(node["label"]) <= style.LABEL_MAX_CHARS + 1
