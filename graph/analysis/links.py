"""Who links to which issue: paths from an actor to a topic, with the evidence of every step.

A path runs through actors only and ends with a stance on a topic. Between actors it follows
affiliations (person → country, or back: country → its member) and actor → actor relations (A criticises
B, or back: B is criticised by A). One hop is a direct stance; `hops=N` allows N - 1 actor steps before it.
Paths come shortest first, then by the actors' labels, so a `limit` always keeps the same paths.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graph.analysis.networks import label_key
from graph.errors import OptionError

ACTOR_KINDS = ("Person", "Organisation", "Country")


@dataclass(frozen=True)
class StanceRef:
    """One stance behind a step: its IRI, polarity, speech act, confidence and quotes."""

    key: str
    polarity: str
    act: str
    confidence: float
    evidence: tuple[Mapping[str, Any], ...]  # {quote, start, end, document, title, date, source, url}


@dataclass(frozen=True)
class Step:
    """One step of a path; `forward` is False when it walks an edge backwards (member of, criticised by)."""

    source: str
    target: str
    source_label: str
    target_label: str
    relation: str  # "stance" | "actor_relation" | "affiliation"
    forward: bool
    stances: tuple[StanceRef, ...]  # empty for an affiliation, which has no quote of its own
    role: str = ""  # the person's role, for an affiliation step


@dataclass(frozen=True)
class LinkPath:
    """How `actor` links to `topic`: the steps from one to the other."""

    actor: str
    topic: str
    steps: tuple[Step, ...]

    @property
    def hops(self) -> int:
        return len(self.steps)


def _refs(G: nx.MultiDiGraph, u: str, v: str, relation: str) -> tuple[StanceRef, ...]:
    refs = [
        StanceRef(key, d["polarity"], d.get("act", ""), d.get("confidence", 0.0), tuple(d["evidence"]))
        for key, d in sorted(G[u][v].items())
        if d.get("relation") == relation
    ]
    return tuple(refs)


class _Index:
    """Actor neighbourhoods and topic stances, sorted once so that the search is deterministic."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G
        self.actors = {n for n, d in G.nodes(data=True) if d.get("kind") in ACTOR_KINDS}
        moves: dict[str, set[tuple[str, str, bool]]] = defaultdict(set)
        topics: dict[str, set[str]] = defaultdict(set)
        for u, v, d in G.edges(data=True):
            relation = d.get("relation")
            if relation == "stance" and u in self.actors:
                topics[u].add(v)
            elif relation in ("affiliation", "actor_relation") and u in self.actors and v in self.actors:
                moves[u].add((v, relation, True))
                moves[v].add((u, relation, False))
        label = self.sort_label
        self.moves = {
            a: sorted(m, key=lambda x: (label(x[0]), x[0], x[1], not x[2])) for a, m in moves.items()
        }
        self.topics = {a: sorted(t, key=lambda x: (label(x), x)) for a, t in topics.items()}

    def label(self, node: str) -> str:
        return str(self.G.nodes[node]["label"])

    def sort_label(self, node: str) -> tuple[str, str]:
        return label_key(self.label(node))

    def step(self, u: str, v: str, relation: str, forward: bool) -> Step:
        src, dst = (u, v) if forward else (v, u)
        stances = () if relation == "affiliation" else _refs(self.G, src, dst, relation)
        role = self.G.nodes[src].get("role", "") if relation == "affiliation" else ""
        return Step(u, v, self.label(u), self.label(v), relation, forward, stances, role)

    def distance_to(self, topic: str) -> dict[str, int]:
        """Fewest hops from each actor to `topic` (its holders are 1 hop away)."""
        frontier = sorted(a for a, ts in self.topics.items() if topic in ts)
        dist = dict.fromkeys(frontier, 1)
        while frontier:
            nxt = []
            for actor in frontier:
                for other, _relation, _forward in self.moves.get(actor, []):
                    if other not in dist:
                        dist[other] = dist[actor] + 1
                        nxt.append(other)
            frontier = nxt
        return dist


def find_links(
    G: nx.MultiDiGraph,
    *,
    actor: str | None = None,
    topic: str | None = None,
    hops: int = 2,
    limit: int | None = None,
) -> list[LinkPath]:
    """Every path of at most `hops` steps from `actor` (or any actor) to `topic` (or any topic).

    `actor` and `topic` are node IRIs (see `graph.analysis.lookup.find_node`); `limit` keeps the first paths.
    """
    if hops < 1:
        raise OptionError(f"--hops {hops} is not valid: give 1 (direct stances only) or more")
    index = _Index(G)
    starts = [actor] if actor is not None else sorted(index.actors, key=lambda a: (index.sort_label(a), a))
    reach = index.distance_to(topic) if topic is not None else None
    found: list[LinkPath] = []
    for length in range(1, hops + 1):
        for start in starts:
            for steps in _walk(index, [start], [], length, topic, reach):
                found.append(LinkPath(start, steps[-1].target, tuple(steps)))
                if limit is not None and len(found) >= limit:
                    return found
    return found


def _walk(
    index: _Index,
    path: list[str],
    steps: list[Step],
    length: int,
    topic: str | None,
    reach: dict[str, int] | None,
) -> Iterator[list[Step]]:
    """Paths of exactly `length` steps that continue `path` (depth-first, in sorted order)."""
    here = path[-1]
    left = length - len(steps)
    if reach is not None and reach.get(here, length + 1) > left:
        return
    if left == 1:
        for target in index.topics.get(here, []):
            if topic is None or target == topic:
                yield [*steps, index.step(here, target, "stance", True)]
        return
    for other, relation, forward in index.moves.get(here, []):
        if other not in path:
            yield from _walk(index, [*path, other], [*steps, index.step(here, other, relation, forward)],
                             length, topic, reach)
