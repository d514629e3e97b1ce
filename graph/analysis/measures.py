"""Measures on the stance networks: actor centralities, topic salience, contested topics, coalitions and
the lines of conflict between coalitions. Each takes the `to_networkx` MultiDiGraph and returns records.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import networkx as nx

from graph.analysis.networks import (
    conflict,
    congruence,
    is_actor,
    label_key,
    positions,
    stance_network,
    two_mode,
)

COALITION_SEED = 42  # Louvain is randomised; a fixed seed makes the coalitions the same on every run
# Exact betweenness costs O(nodes × ties); above this many nodes it is estimated from a seeded sample of
# source nodes (networkx's `k`), which keeps `analyze` within seconds on a corpus of thousands of articles.
EXACT_BETWEENNESS_NODES = 1000
BETWEENNESS_SAMPLE = 150


@dataclass(frozen=True)
class ActorScore:
    """Centralities of one actor in the undirected actor + topic stance network.

    degree: distinct actors and topics it is tied to; stances: stances held or received; betweenness:
    normalised, unweighted (estimated from a seeded sample on very large graphs); pagerank: weighted by
    stances; eigenvector: weighted, only for the actors of the largest connected component (None
    elsewhere, where it is not defined).
    """

    node: str
    label: str
    kind: str
    degree: int
    stances: int
    betweenness: float
    pagerank: float
    eigenvector: float | None


@dataclass(frozen=True)
class TopicSalience:
    """How much attention a topic gets: distinct actors, stances and documents, stances by polarity."""

    node: str
    label: str
    actors: int
    stances: int
    support: int
    oppose: int
    neutral: int
    documents: int


@dataclass(frozen=True)
class ContestedTopic:
    """A topic with actors on both sides; polarisation = 1 - |S - O| / (S + O) (1 = evenly split).

    An actor's side is the sign of its supporting minus opposing stances on the topic. Topics are ranked
    by the size of their smaller side (a 3-against-3 dispute before a 1-against-1), then polarisation.
    """

    node: str
    label: str
    supporters: tuple[str, ...]  # labels, sorted
    opponents: tuple[str, ...]
    polarisation: float


@dataclass(frozen=True)
class Coalition:
    """A Louvain community of the congruence network, with the positions at least two members share."""

    index: int
    members: tuple[str, ...]  # node IRIs, the most agreeing first (congruence strength), then by label
    labels: tuple[str, ...]
    shared_positions: tuple[tuple[str, str, int], ...]  # (topic label, side, members holding it)


@dataclass(frozen=True)
class ConflictLine:
    """Conflict between two coalitions: summed conflict weight of the ties between their members."""

    first: int  # coalition indices, first < second
    second: int
    weight: float
    ties: int
    topics: tuple[str, ...]  # topic labels, most disputed first


def actor_centrality(G: nx.MultiDiGraph, *, level: str = "person") -> list[ActorScore]:
    """Centralities of every actor that holds or receives a stance, highest PageRank first."""
    N = stance_network(G, level=level)
    if N.number_of_nodes() == 0:
        return []
    sample = None if N.number_of_nodes() <= EXACT_BETWEENNESS_NODES else BETWEENNESS_SAMPLE
    betweenness = nx.betweenness_centrality(N, k=sample, seed=COALITION_SEED)
    pagerank = nx.pagerank(N, weight="weight")
    eigenvector = _eigenvector(N)
    scores = [
        ActorScore(
            node=node,
            label=N.nodes[node]["label"],
            kind=N.nodes[node]["kind"],
            degree=N.degree(node),
            stances=int(N.degree(node, weight="weight")),
            betweenness=betweenness[node],
            pagerank=pagerank[node],
            eigenvector=eigenvector.get(node),
        )
        for node in N
        if is_actor(N, node)
    ]
    return sorted(scores, key=lambda s: (-round(s.pagerank, 12), label_key(s.label), s.node))


def _eigenvector(N: nx.Graph) -> dict[str, float]:
    """Eigenvector centrality on the largest connected component (undefined across components)."""
    components = sorted(nx.connected_components(N), key=lambda c: (-len(c), min(c)))
    if not components or len(components[0]) < 2:
        return {}
    core = N.subgraph(components[0])
    if core.number_of_nodes() > 2:  # scipy's sparse solver is fast but needs three nodes or more
        return dict(nx.eigenvector_centrality_numpy(core, weight="weight"))
    try:
        # Power iteration (networkx shifts it by the identity, so bipartite graphs converge too).
        return dict(nx.eigenvector_centrality(core, weight="weight", max_iter=1000, tol=1e-9))
    except nx.PowerIterationFailedConvergence:
        return {}


def topic_salience(G: nx.MultiDiGraph, *, level: str = "person") -> list[TopicSalience]:
    """Every topic with a stance, the most actors first (then most stances, then label)."""
    B = two_mode(G, level=level)
    documents: dict[str, set[str]] = defaultdict(set)
    for _holder, topic, data in G.edges(data=True):
        if data.get("relation") == "stance":
            documents[topic].update(e["document"] for e in data["evidence"])
            if data.get("document"):
                documents[topic].add(data["document"])
    found = []
    for topic in B:
        if B.nodes[topic]["bipartite"] != 1:
            continue
        ties = [B.edges[actor, topic] for actor in B[topic]]
        found.append(
            TopicSalience(
                node=topic,
                label=B.nodes[topic]["label"],
                actors=len(ties),
                stances=sum(t["weight"] for t in ties),
                support=sum(t["support"] for t in ties),
                oppose=sum(t["oppose"] for t in ties),
                neutral=sum(t["neutral"] for t in ties),
                documents=len(documents[topic]),
            )
        )
    return sorted(found, key=lambda t: (-t.actors, -t.stances, label_key(t.label), t.node))


def contested_topics(G: nx.MultiDiGraph, *, level: str = "person") -> list[ContestedTopic]:
    """Topics with at least one supporter and one opponent, the most contested first (see ContestedTopic)."""
    B = two_mode(G, level=level)
    found = []
    for topic in B:
        if B.nodes[topic]["bipartite"] != 1:
            continue
        score = {actor: B.edges[actor, topic]["score"] for actor in B[topic]}
        pro = tuple(sorted((B.nodes[a]["label"] for a, s in score.items() if s > 0), key=label_key))
        contra = tuple(sorted((B.nodes[a]["label"] for a, s in score.items() if s < 0), key=label_key))
        if pro and contra:
            polarisation = 1 - abs(len(pro) - len(contra)) / (len(pro) + len(contra))
            found.append(ContestedTopic(topic, B.nodes[topic]["label"], pro, contra, polarisation))
    return sorted(
        found,
        key=lambda t: (-min(len(t.supporters), len(t.opponents)), -t.polarisation, label_key(t.label)),
    )


def coalitions(
    G: nx.MultiDiGraph, *, level: str = "person", normalise: str = "none", seed: int = COALITION_SEED
) -> list[Coalition]:
    """Louvain communities of the congruence network, largest first; isolated actors are singletons."""
    M = congruence(G, level=level, normalise=normalise)
    if M.number_of_nodes() == 0:
        return []
    communities = nx.community.louvain_communities(M, weight="weight", seed=seed)
    label = M.nodes
    strength = dict(M.degree(weight="weight"))

    def rank(node: str) -> tuple[float, tuple[str, str], str]:
        return -round(strength[node], 12), label_key(label[node]["label"]), node

    ordered = sorted(
        (sorted(c, key=rank) for c in communities),
        key=lambda members: (-len(members), label_key(label[members[0]]["label"]), members[0]),
    )
    held = positions(G, level=level)
    return [
        Coalition(
            index=i,
            members=tuple(members),
            labels=tuple(label[n]["label"] for n in members),
            shared_positions=_shared_positions(G, members, held),
        )
        for i, members in enumerate(ordered, start=1)
    ]


def _shared_positions(
    G: nx.MultiDiGraph, members: list[str], held: dict[str, set[tuple[str, str]]]
) -> tuple[tuple[str, str, int], ...]:
    counts = Counter(position for member in members for position in held.get(member, ()))
    shared = [(G.nodes[topic]["label"], side, n) for (topic, side), n in counts.items() if n >= 2]
    return tuple(sorted(shared, key=lambda p: (-p[2], label_key(p[0]), p[1])))


def conflict_lines(
    G: nx.MultiDiGraph, found: list[Coalition], *, level: str = "person", normalise: str = "none"
) -> list[ConflictLine]:
    """The conflict ties that run between coalitions, summed per pair of coalitions, heaviest first."""
    M = conflict(G, level=level, normalise=normalise)
    member_of = {node: c.index for c in found for node in c.members}
    weights: dict[tuple[int, int], float] = defaultdict(float)
    ties: Counter[tuple[int, int]] = Counter()
    topics: dict[tuple[int, int], Counter[str]] = defaultdict(Counter)
    for a, b, data in M.edges(data=True):
        ca, cb = member_of.get(a), member_of.get(b)
        if ca is None or cb is None or ca == cb:
            continue
        pair = (min(ca, cb), max(ca, cb))
        weights[pair] += data["weight"]
        ties[pair] += 1
        topics[pair].update(G.nodes[t]["label"] for t in data["topics"])
    lines = [
        ConflictLine(pair[0], pair[1], weights[pair], ties[pair], _most_common(topics[pair]))
        for pair in weights
    ]
    return sorted(lines, key=lambda line: (-round(line.weight, 12), line.first, line.second))


def _most_common(counter: Counter[str]) -> tuple[str, ...]:
    ordered = sorted(counter.items(), key=lambda item: (-item[1], label_key(item[0])))
    return tuple(label for label, _n in ordered)
