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
from typing import Any

from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from graph.errors import StoreError
from graph.rdf.iri import actor_iri, topic_iri
from graph.rdf.namespace import SG
from graph.records import ACTOR_KINDS, Extraction

Contribution = dict[str, Any]


def contribution_of(extraction: Extraction) -> Contribution:
    """What one extraction says about its actors and topics, as plain JSON-able data."""
    actors = {
        a.key: {
            "label": a.label,
            "kind": a.kind,
            "aliases": sorted(set(a.aliases)),
            "role": a.role or None,
            "affiliation": a.affiliation or None,
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


def _collect(contributions: Iterable[Contribution]) -> tuple[dict[str, _Merged], dict[str, _Merged]]:
    actors: dict[str, _Merged] = {}
    topics: dict[str, _Merged] = {}
    for contribution in contributions:
        # Merge by IRI, not by key: two keys that differ only in punctuation are one node.
        for key, a in contribution.get("actors", {}).items():
            iri = str(actor_iri(key))
            m = actors.setdefault(iri, _Merged())
            m.labels[a["label"]] += 1
            m.kinds[a["kind"]] += 1
            m.names.update([a["label"], *a.get("aliases", [])])
            if a.get("role"):
                m.roles[a["role"]] += 1
            if a.get("affiliation"):
                affiliation = str(actor_iri(a["affiliation"]))
                if affiliation != iri:
                    m.affiliations[affiliation] += 1
        for key, t in contribution.get("topics", {}).items():
            m = topics.setdefault(str(topic_iri(key)), _Merged())
            m.labels[t["label"]] += 1
            m.names.update([t["label"], *t.get("alt_labels", [])])
    return actors, topics


def shared_graph(contributions: Iterable[Contribution]) -> Graph:
    """The actors and topics of all `contributions`, merged: one type, label and role each, all aliases."""
    actors, topics = _collect(contributions)
    g = Graph()
    for iri, m in sorted(actors.items()):
        node = URIRef(iri)
        label = _most_common(m.labels)
        g.add((node, RDF.type, SG[_most_common(m.kinds, ACTOR_KINDS)]))
        _add_labels(g, node, label, m.names)
        if m.roles:
            g.add((node, SG.role, Literal(_most_common(m.roles))))
        known = [k for k in m.affiliations if k in actors]
        if known:
            chosen = _most_common(Counter({k: m.affiliations[k] for k in known}))
            g.add((node, SG.affiliation, URIRef(chosen)))
    for iri, m in sorted(topics.items()):
        node = URIRef(iri)
        g.add((node, RDF.type, SG.Topic))
        _add_labels(g, node, _most_common(m.labels), m.names)
    return g


def _add_labels(g: Graph, node: Any, label: str, names: set[str]) -> None:
    g.add((node, RDFS.label, Literal(label)))
    g.add((node, SKOS.prefLabel, Literal(label)))
    for name in names:
        if name and name != label:
            g.add((node, SKOS.altLabel, Literal(name)))
