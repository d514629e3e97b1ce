"""The shared graph of actors and topics, derived from what each document said about them.

Each extraction records its own descriptions (its "contribution"); the shared graph is a deterministic,
order-independent merge of the contributions of every document in the store. Replacing or removing a
document therefore drops the aliases, roles and entities that only it mentioned.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rdflib import RDF, RDFS, SKOS, Graph

from graph.errors import StoreError
from graph.rdf.iri import actor_iri, topic_iri
from graph.rdf.namespace import SG
from graph.rdf.ntriples import iri, literal, parse_graph, triple
from graph.records import ACTOR_KINDS, Extraction

Contribution = dict[str, Any]

A, LABEL, PREF_LABEL, ALT_LABEL = iri(RDF.type), iri(RDFS.label), iri(SKOS.prefLabel), iri(SKOS.altLabel)
ROLE, AFFILIATION, TOPIC = iri(SG.role), iri(SG.affiliation), iri(SG.Topic)


def contribution_of(extraction: Extraction) -> Contribution:
    """What one extraction says about its actors and topics, as plain JSON-able data.

    An affiliation must name another actor of the same extraction (so that the shared graph never points
    at an actor no document describes); any other affiliation is left out.
    """
    keys = {a.key for a in extraction.actors}
    actors = {
        a.key: {
            "label": a.label,
            "kind": a.kind,
            "aliases": sorted(set(a.aliases)),
            "role": a.role or None,
            "affiliation": a.affiliation if a.affiliation in keys and a.affiliation != a.key else None,
        }
        for a in extraction.actors
    }
    topics = {t.key: {"label": t.label, "alt_labels": sorted(set(t.alt_labels))} for t in extraction.topics}
    return {"actors": actors, "topics": topics}


def dump_contribution(contribution: Contribution) -> str:
    """Canonical JSON (sorted keys, no spaces): the same contribution always gives the same literal."""
    return json.dumps(contribution, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def load_contribution(text: str, *, where: str) -> Contribution:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StoreError(
            f"the actor/topic record of {where} is not valid JSON ({exc.msg}): rebuild with --fresh"
        ) from exc
    if not isinstance(data, dict):
        raise StoreError(f"the actor/topic record of {where} is not a JSON object: rebuild with --fresh")
    return data


def _most_common(counts: Counter[str], order: Iterable[str] = ()) -> str:
    """The most frequent value; ties go to the earliest of `order`, then to the smallest string."""
    rank = {value: i for i, value in enumerate(order)}
    return min(counts, key=lambda v: (-counts[v], rank.get(v, len(rank)), v))


@dataclass
class _Merged:
    labels: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    names: set[str] = field(default_factory=set)
    roles: Counter[str] = field(default_factory=Counter)
    affiliations: Counter[str] = field(default_factory=Counter)


@lru_cache(maxsize=65536)  # every batch walks every contribution: the same keys over and over
def _actor(key: str) -> str:
    return str(actor_iri(key))


@lru_cache(maxsize=65536)
def _topic(key: str) -> str:
    return str(topic_iri(key))


def _merged(found: dict[str, _Merged], iri: str) -> _Merged:
    m = found.get(iri)
    if m is None:
        m = found[iri] = _Merged()
    return m


def _collect(
    contributions: Iterable[Contribution], only: set[str] | None = None
) -> tuple[dict[str, _Merged], dict[str, _Merged]]:
    actors: dict[str, _Merged] = {}
    topics: dict[str, _Merged] = {}
    for contribution in contributions:
        # Merge by IRI, not by key: two keys that differ only in punctuation are one node.
        for key, a in contribution.get("actors", {}).items():
            iri = _actor(key)
            if only is not None and iri not in only:
                continue
            m = _merged(actors, iri)
            m.labels[a["label"]] += 1
            m.kinds[a["kind"]] += 1
            m.names.update([a["label"], *a.get("aliases", [])])
            if a.get("role"):
                m.roles[a["role"]] += 1
            if a.get("affiliation") and _actor(a["affiliation"]) != iri:
                m.affiliations[_actor(a["affiliation"])] += 1
        for key, t in contribution.get("topics", {}).items():
            iri = _topic(key)
            if only is not None and iri not in only:
                continue
            m = _merged(topics, iri)
            m.labels[t["label"]] += 1
            m.names.update([t["label"], *t.get("alt_labels", [])])
    return actors, topics


def shared_graph(contributions: Iterable[Contribution]) -> Graph:
    """The actors and topics of all `contributions`, merged: one type, label and role each, all aliases."""
    return parse_graph(shared_ntriples(contributions))


def entity_iris(contribution: Contribution) -> set[str]:
    """The IRIs of the actors and topics a contribution describes."""
    return {_actor(k) for k in contribution.get("actors", {})} | {
        _topic(k) for k in contribution.get("topics", {})
    }


def shared_descriptions(
    contributions: Iterable[Contribution], only: set[str] | None = None
) -> dict[str, str]:
    """IRI → N-Triples of each merged actor and topic (all of them, or those whose IRI is in `only`)."""
    actors, topics = _collect(contributions, only)
    described: dict[str, str] = {}
    for value, m in actors.items():
        node = iri(value)
        lines = [triple(node, A, iri(SG[_most_common(m.kinds, ACTOR_KINDS)]))]
        _add_labels(lines, node, _most_common(m.labels), m.names)
        if m.roles:
            lines.append(triple(node, ROLE, literal(_most_common(m.roles))))
        if m.affiliations:
            lines.append(triple(node, AFFILIATION, iri(_most_common(m.affiliations))))
        described[value] = "".join(lines)
    for value, m in topics.items():
        node = iri(value)
        lines = [triple(node, A, TOPIC)]
        _add_labels(lines, node, _most_common(m.labels), m.names)
        described[value] = "".join(lines)
    return described


def shared_ntriples(contributions: Iterable[Contribution], only: set[str] | None = None) -> str:
    """N-Triples of the merged actors and topics, in IRI order."""
    described = shared_descriptions(contributions, only)
    return "".join(described[key] for key in sorted(described))


def _add_labels(lines: list[str], node: str, label: str, names: set[str]) -> None:
    lines.append(triple(node, LABEL, literal(label)))
    lines.append(triple(node, PREF_LABEL, literal(label)))
    lines.extend(triple(node, ALT_LABEL, literal(name)) for name in sorted(names) if name and name != label)
