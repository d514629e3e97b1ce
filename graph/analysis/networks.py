"""The networks of discourse network analysis (Leifeld) built from the stance MultiDiGraph of `to_networkx`.

- `two_mode`: actor × topic, each tie counting the actor's supporting, opposing and neutral stances.
- `congruence` / `conflict` / `subtract`: one-mode actor networks; two actors are tied by the topics on
  which they take the same side (congruence) or opposite sides (conflict). Only Support and Oppose are
  sides; a neutral stance is no side. An actor on both sides of a topic counts on both.
- `level="organisation"` counts each person's stances for the organisation or country it is affiliated
  with (persons without an affiliation stay themselves).
- Normalisation of a tie of raw weight w between actors with n_i and n_j (topic, side) positions:
  none: w; average: w / ((n_i + n_j) / 2); jaccard: w / (n_i + n_j - w); cosine: w / sqrt(n_i * n_j).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import combinations
from typing import Any

import networkx as nx

from graph.errors import OptionError

LEVELS: tuple[str, ...] = ("person", "organisation")
NORMALISATIONS: tuple[str, ...] = ("none", "average", "jaccard", "cosine")
ACTOR_KINDS = ("Person", "Organisation", "Country")
SIDES = ("Support", "Oppose")
_OPPOSITE = {"Support": "Oppose", "Oppose": "Support"}

Position = tuple[str, str]  # (topic IRI, side)


def check_choice(value: str, choices: Iterable[str], option: str) -> None:
    """Raise `OptionError` unless `value` is one of `choices`."""
    valid = tuple(choices)
    if value not in valid:
        raise OptionError(f"{option} {value!r} is not valid; choose one of: {', '.join(valid)}")


def label_key(label: str) -> tuple[str, str]:
    """Sort key for labels: case-insensitive first ("appointing" before "European Union"), then exact.

    >>> sorted(["European Union", "appointing", "Appointing"], key=label_key)
    ['Appointing', 'appointing', 'European Union']
    """
    return label.casefold(), label


def is_actor(G: nx.Graph, node: str) -> bool:
    return G.nodes[node].get("kind") in ACTOR_KINDS


def actor_map(G: nx.MultiDiGraph, *, level: str = "person") -> dict[str, str]:
    """Each actor node → the actor it is counted as at `level` (itself, or a person's affiliation)."""
    check_choice(level, LEVELS, "--level")
    mapping = {}
    for node in G:
        if not is_actor(G, node):
            continue
        target, seen = node, {node}
        # Follow affiliations while they lead to persons (a spokesperson of a minister…), never in circles.
        while level == "organisation" and G.nodes[target]["kind"] == "Person":
            parent = G.nodes[target].get("affiliation", "")
            if not parent or parent not in G or parent in seen:
                break
            target = parent
            seen.add(parent)
        mapping[node] = target
    return mapping


def topic_stances(G: nx.MultiDiGraph) -> Iterable[tuple[str, str, str, dict[str, Any]]]:
    """(holder, topic, stance IRI, data) for every stance on a topic, in graph order."""
    for holder, target, key, data in G.edges(keys=True, data=True):
        if data.get("relation") == "stance":
            yield holder, target, key, data


def positions(G: nx.MultiDiGraph, *, level: str = "person") -> dict[str, set[Position]]:
    """Each actor (at `level`) → its set of (topic, side) positions; actors without a side are left out."""
    mapping = actor_map(G, level=level)
    found: dict[str, set[Position]] = defaultdict(set)
    for holder, topic, _key, data in topic_stances(G):
        if data["polarity"] in SIDES and holder in mapping:
            found[mapping[holder]].add((topic, data["polarity"]))
    return dict(sorted(found.items()))


def _copy_node(target: nx.Graph, G: nx.Graph, node: str, **extra: Any) -> None:
    data = G.nodes[node]
    target.add_node(node, kind=data["kind"], label=data["label"], **extra)


def two_mode(G: nx.MultiDiGraph, *, level: str = "person") -> nx.Graph:
    """The actor × topic network: one tie per actor and topic with its stance counts and net polarity.

    Tie attributes: support, oppose, neutral (counts), weight (all stances), score ((s - o) / (s + o), 0 if
    no side), polarity ("Support" | "Oppose" | "Mixed" | "Neutral") and stances (the stance IRIs).
    """
    mapping = actor_map(G, level=level)
    counts: dict[tuple[str, str], dict[str, Any]] = {}
    for holder, topic, key, data in topic_stances(G):
        if holder not in mapping:
            continue
        empty: dict[str, Any] = {"Support": 0, "Oppose": 0, "Neutral": 0, "keys": []}
        tie = counts.setdefault((mapping[holder], topic), empty)
        tie[data["polarity"]] = tie.get(data["polarity"], 0) + 1
        tie["keys"].append(key)
    B = nx.Graph(network="two-mode", level=level)
    for actor, topic in sorted(counts):
        for node, part in ((actor, 0), (topic, 1)):
            if node not in B:
                _copy_node(B, G, node, bipartite=part)
        B.add_edge(actor, topic, **_tie_attributes(counts[actor, topic]))
    return B


def _tie_attributes(tie: Mapping[str, Any]) -> dict[str, Any]:
    support, oppose, neutral = tie["Support"], tie["Oppose"], tie["Neutral"]
    sided = support + oppose
    if support != oppose:
        polarity = "Support" if support > oppose else "Oppose"
    else:
        polarity = "Mixed" if sided else "Neutral"
    return {
        "support": support,
        "oppose": oppose,
        "neutral": neutral,
        "weight": support + oppose + neutral,
        "score": (support - oppose) / sided if sided else 0.0,
        "polarity": polarity,
        "stances": sorted(tie["keys"]),
    }


def normalise_weight(raw: float, n_i: int, n_j: int, normalise: str) -> float:
    """One tie's weight under a normalisation (see the module docstring).

    >>> normalise_weight(1, 2, 1, "jaccard")
    0.5
    """
    if normalise == "none" or raw == 0:
        return float(raw)
    if normalise == "average":
        return raw / ((n_i + n_j) / 2)
    if normalise == "jaccard":
        return raw / (n_i + n_j - raw)
    if normalise == "cosine":
        return raw / math.sqrt(n_i * n_j)
    raise OptionError(f"--normalise {normalise!r} is not valid; choose one of: {', '.join(NORMALISATIONS)}")


def _pair_topics(held: Mapping[str, set[Position]], kind: str) -> dict[tuple[str, str], set[str]]:
    """(actor a, actor b) with a < b → the topics on which they agree (congruence) or clash (conflict).

    Goes through the actors of each topic instead of all pairs of actors: fast on thousands of actors.
    """
    by_position: dict[Position, list[str]] = defaultdict(list)
    for actor in sorted(held):
        for position in held[actor]:
            by_position[position].append(actor)
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (topic, side), actors in by_position.items():
        if kind == "congruence":
            matches: Iterable[tuple[str, str]] = combinations(actors, 2)
        elif side == "Support":
            matches = ((a, b) for a in actors for b in by_position.get((topic, "Oppose"), []))
        else:
            continue  # each clash is counted once, from its Support side
        for a, b in matches:
            pairs[min(a, b), max(a, b)].add(topic)
    return pairs


def one_mode(G: nx.MultiDiGraph, kind: str, *, level: str = "person", normalise: str = "none") -> nx.Graph:
    """The congruence or conflict network of the actors that take a side on some topic.

    Tie attributes: weight (normalised), count (raw number of (topic, side) matches), topics (their IRIs).
    """
    check_choice(kind, ("congruence", "conflict"), "network")
    check_choice(normalise, NORMALISATIONS, "--normalise")
    held = positions(G, level=level)
    M = nx.Graph(network=kind, level=level, normalise=normalise)
    for actor in held:
        _copy_node(M, G, actor, positions=len(held[actor]))
    for (a, b), topics in sorted(_pair_topics(held, kind).items()):
        count = _raw_count(held[a], held[b], kind)
        weight = normalise_weight(count, len(held[a]), len(held[b]), normalise)
        M.add_edge(a, b, weight=weight, count=count, topics=sorted(topics))
    return M


def _raw_count(mine: set[Position], theirs: set[Position], kind: str) -> int:
    if kind == "congruence":
        return len(mine & theirs)
    return len(mine & {(topic, _OPPOSITE[side]) for topic, side in theirs})


def congruence(G: nx.MultiDiGraph, *, level: str = "person", normalise: str = "none") -> nx.Graph:
    """Actors tied by the topics on which they take the same side."""
    return one_mode(G, "congruence", level=level, normalise=normalise)


def conflict(G: nx.MultiDiGraph, *, level: str = "person", normalise: str = "none") -> nx.Graph:
    """Actors tied by the topics on which they take opposite sides."""
    return one_mode(G, "conflict", level=level, normalise=normalise)


def subtract(G: nx.MultiDiGraph, *, level: str = "person", normalise: str = "none") -> nx.Graph:
    """Congruence minus conflict (each normalised first); ties of weight 0 are left out.

    Tie attributes: weight (may be negative), congruence, conflict (the two normalised weights).
    """
    agree = congruence(G, level=level, normalise=normalise)
    disagree = conflict(G, level=level, normalise=normalise)
    S = nx.Graph(network="subtract", level=level, normalise=normalise)
    S.add_nodes_from(agree.nodes(data=True))
    for a, b in sorted({tuple(sorted(e)) for e in list(agree.edges) + list(disagree.edges)}):
        plus = agree.edges[a, b]["weight"] if agree.has_edge(a, b) else 0.0
        minus = disagree.edges[a, b]["weight"] if disagree.has_edge(a, b) else 0.0
        if plus != minus:
            S.add_edge(a, b, weight=plus - minus, congruence=plus, conflict=minus)
    return S


def stance_network(G: nx.MultiDiGraph, *, level: str = "person") -> nx.Graph:
    """Undirected actors + topics, tied by stances on topics and actor → actor relations.

    Tie weight = number of stances between the two ends; used for the actor centralities.
    """
    mapping = actor_map(G, level=level)
    N = nx.Graph(network="stances", level=level)
    ties: dict[tuple[str, str], int] = defaultdict(int)
    for holder, target, data in G.edges(data=True):
        if data.get("relation") not in ("stance", "actor_relation") or holder not in mapping:
            continue
        end = mapping.get(target, target)
        if mapping[holder] != end:
            a, b = sorted((mapping[holder], end))
            ties[a, b] += 1
    for a, b in sorted(ties):
        for node in (a, b):
            if node not in N:
                _copy_node(N, G, node)
        N.add_edge(a, b, weight=ties[a, b])
    return N
