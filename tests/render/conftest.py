"""Hand-made graphs in the networkx form of common.md, shared by the render tests."""

from __future__ import annotations

import networkx as nx
import pytest

ID = "https://w3id.org/stancegraph/id/"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


def _actor(G: nx.MultiDiGraph, slug: str, kind: str, label: str, **extra: object) -> str:
    iri = f"{ID}actor/{slug}"
    G.add_node(iri, kind=kind, label=label, aliases=sorted(extra.pop("aliases", [])),  # type: ignore[call-overload]
               role=extra.pop("role", ""), affiliation=extra.pop("affiliation", ""), stance_count=0)
    return iri


def _topic(G: nx.MultiDiGraph, slug: str, label: str) -> str:
    iri = f"{ID}topic/{slug}"
    G.add_node(iri, kind="Topic", label=label, aliases=[], role="", affiliation="", stance_count=0)
    return iri


def _stance(G: nx.MultiDiGraph, n: int, holder: str, target: str, polarity: str, act: str,
            quotes: list[str], doc: str = "doc-a") -> None:
    relation = "actor_relation" if "/actor/" in target else "stance"
    evidence = [
        {"quote": q, "start": 10 * i, "end": 10 * i + len(q), "document": f"{ID}document/{doc}",
         "title": f"Talks report {doc}", "date": "2025-02-18", "source": "Example News",
         "url": f"https://example.org/{doc}"}
        for i, q in enumerate(quotes)
    ]
    G.add_edge(holder, target, key=f"{ID}stance/{doc}/{n:04d}", relation=relation, polarity=polarity,
               act=act, confidence=0.8, evidence=evidence, evidence_count=len(evidence))
    for node in (holder, target):
        G.nodes[node]["stance_count"] += 1


def make_sample_graph() -> nx.MultiDiGraph:
    """9 drawn nodes, 1 document node, 9 edges (7 stances/relations, 2 affiliations); has XSS payloads."""
    G = nx.MultiDiGraph()
    ru = _actor(G, "russia", "Country", "Russia")
    us = _actor(G, "united-states", "Country", "United States", aliases=["US", "USA"])
    un = _actor(G, "united-nations", "Organisation", "United Nations", aliases=["UN"])
    minister = _actor(G, "anna-smith", "Person", "Anna Smith", role="Foreign Minister", affiliation=ru,
                      aliases=["Smith"])
    envoy = _actor(G, "bob-jones", "Person", "Bob Jones " + IMG, role="Special Envoy", affiliation=us)
    ceasefire = _topic(G, "ceasefire", "ceasefire")
    sanctions = _topic(G, "sanctions", "sanctions " + SCRIPT)
    summit = _topic(G, "summit", "summit")
    _topic(G, "lonely-topic", "lonely topic")
    G.add_node(f"{ID}document/doc-a", kind="Document", label="Talks report " + SCRIPT,
               title="Talks report " + SCRIPT, date="2025-02-18", source="Example News",
               url="https://example.org/doc-a", aliases=[], role="", affiliation="", stance_count=0)
    _stance(G, 1, minister, ceasefire, "Support", "propose", ["We propose a ceasefire now.",
                                                                "A second quote."])
    _stance(G, 2, envoy, ceasefire, "Oppose", "reject", ["The envoy rejected the ceasefire " + SCRIPT])
    _stance(G, 3, us, sanctions, "Support", "demand", ["Washington demanded sanctions " + IMG], doc="doc-b")
    _stance(G, 4, ru, sanctions, "Oppose", "reject", ["Moscow rejects sanctions.", "Again.", "And again."])
    _stance(G, 5, un, summit, "Neutral", "state", ["The UN said a summit was possible."])
    _stance(G, 6, minister, envoy, "Oppose", "criticise", ["Smith criticised Jones."])
    _stance(G, 7, ru, ceasefire, "Neutral", "negotiate", ["Russia negotiated on the ceasefire."], doc="doc-b")
    G.add_edge(minister, ru, key="affiliation", relation="affiliation")
    G.add_edge(envoy, us, key="affiliation", relation="affiliation")
    return G


@pytest.fixture
def sample_graph() -> nx.MultiDiGraph:
    return make_sample_graph()
