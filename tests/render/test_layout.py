"""The Python layout used for big graphs: deterministic, finite, and it keeps neighbours together."""

from __future__ import annotations

import math

import networkx as nx

from graph.render.layout import sampled_force_layout


def two_communities() -> nx.Graph:
    G = nx.disjoint_union(nx.complete_graph(30), nx.complete_graph(30))
    G.add_edge(0, 30)
    return G


def test_same_input_same_positions() -> None:
    G = nx.path_graph(50)
    first = sampled_force_layout(list(G), list(G.edges()))
    assert first == sampled_force_layout(list(G), list(G.edges()))
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in first.values())


def test_trivial_inputs() -> None:
    assert sampled_force_layout([], []) == {}
    assert sampled_force_layout(["a"], []) == {"a": (0.0, 0.0)}
    two = sampled_force_layout(["a", "b"], [("a", "b"), ("a", "a")])
    assert two["a"] != two["b"]


def test_communities_are_drawn_apart() -> None:
    G = two_communities()
    pos = sampled_force_layout(list(G), list(G.edges()))

    def centre(nodes: range) -> tuple[float, float]:
        return (sum(pos[n][0] for n in nodes) / len(nodes), sum(pos[n][1] for n in nodes) / len(nodes))

    def spread(nodes: range) -> float:
        cx, cy = centre(nodes)
        return max(math.dist(pos[n], (cx, cy)) for n in nodes)

    first, second = range(30), range(30, 60)
    assert math.dist(centre(first), centre(second)) > spread(first) + spread(second)


def test_edges_are_shorter_than_average_distances() -> None:
    G = nx.random_geometric_graph(400, 0.08, seed=3)
    pos = sampled_force_layout(list(G), list(G.edges()))
    edge_mean = sum(math.dist(pos[u], pos[v]) for u, v in G.edges()) / G.number_of_edges()
    nodes = list(G)
    pairs = [(nodes[i], nodes[(i * 7 + 13) % len(nodes)]) for i in range(len(nodes))]
    pair_mean = sum(math.dist(pos[u], pos[v]) for u, v in pairs) / len(pairs)
    assert edge_mean < pair_mean / 3
