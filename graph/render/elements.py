"""The networkx form of the graph (see `graph.analysis.convert`) as vis-network node and edge records.

Pure data: plain dicts in a fixed order, so the page built from them is byte-for-byte deterministic.
Document nodes are not drawn; their metadata already travels with each evidence quote.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

import networkx as nx

from graph.render import style

__all__ = ["drawn_counts", "edge_records", "node_records"]

VisRecord = dict[str, Any]

_EVIDENCE_TEXT_FIELDS = ("quote", "document", "title", "date", "source", "url")


def node_records(G: nx.MultiDiGraph) -> list[VisRecord]:
    """One vis node per actor or topic of `G`, sorted by IRI.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("t", kind="Topic", label="Ceasefire", stance_count=4)
    >>> G.add_node("d", kind="Document", label="doc")
    >>> [(n["id"], n["shape"], n["label"]) for n in node_records(G)]
    [('t', 'diamond', 'Ceasefire')]
    """
    drawable = (item for item in G.nodes(data=True) if item[1].get("kind") in style.NODE_KINDS)
    return [_node_record(str(node), data) for node, data in sorted(drawable, key=_node_key)]


def edge_records(G: nx.MultiDiGraph) -> list[VisRecord]:
    """One vis edge per stance, actor relation or affiliation between drawn nodes, sorted by (from, to, key).

    Edge ids are "e0", "e1"… in that order; parallel edges after the first get increasing curvature.
    """
    drawn = {node for node, data in G.nodes(data=True) if data.get("kind") in style.NODE_KINDS}
    keyed = sorted(
        (str(u), str(v), str(key), data)
        for u, v, key, data in G.edges(keys=True, data=True)
        if u in drawn and v in drawn
    )
    records: list[VisRecord] = []
    seen_pairs: dict[tuple[str, str], int] = defaultdict(int)
    for index, (u, v, key, data) in enumerate(keyed):
        record = _edge_record(f"e{index}", u, v, key, data)
        pair = (min(u, v), max(u, v))
        if seen_pairs[pair]:
            roundness = style.PARALLEL_ROUNDNESS * seen_pairs[pair]
            record["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(roundness, 3)}
        seen_pairs[pair] += 1
        records.append(record)
    _add_link_evidence(records)
    return records


def _add_link_evidence(records: list[VisRecord]) -> None:
    """`linkEvidence`: the quotes of every stance with the same holder, target and polarity.

    Each stance usually carries one quote; what shows how firmly a holder stands is how often it was seen
    taking that position, which the minimum-evidence filter uses.
    """
    totals: dict[tuple[str, str, str], int] = defaultdict(int)
    stances = [r for r in records if r["relation"] != "affiliation"]
    for record in stances:
        totals[record["from"], record["to"], record["polarity"]] += record["evidenceCount"]
    for record in stances:
        record["linkEvidence"] = totals[record["from"], record["to"], record["polarity"]]


def drawn_counts(G: nx.MultiDiGraph) -> tuple[int, int]:
    """How many nodes and edges the page draws for `G` (what `node_records` / `edge_records` return)."""
    drawn = {node for node, kind in G.nodes(data="kind") if kind in style.NODE_KINDS}
    return len(drawn), sum(1 for u, v in G.edges() if u in drawn and v in drawn)


def _node_key(item: tuple[Any, Mapping[str, Any]]) -> str:
    return str(item[0])


def _node_record(node_id: str, data: Mapping[str, Any]) -> VisRecord:
    kind = str(data.get("kind", ""))
    name = str(data.get("label") or node_id)
    stances = int(data.get("stance_count", 0) or 0)
    size = min(style.NODE_SIZE_MAX, style.NODE_SIZE_BASE + style.NODE_SIZE_STEP * math.sqrt(stances))
    return {
        "id": node_id,
        "name": name,
        "label": _short(name),
        "kind": kind,
        "shape": style.NODE_SHAPES[kind],
        "color": style.NODE_COLOURS[kind],
        "size": round(size, 2),
        "aliases": sorted(str(alias) for alias in data.get("aliases") or ()),
        "role": str(data.get("role") or ""),
        "affiliation": str(data.get("affiliation") or ""),
        "stanceCount": stances,
    }


def _short(name: str) -> str:
    """The label drawn on the canvas: long topic phrases cut at a word, with an ellipsis."""
    if len(name) <= style.LABEL_MAX_CHARS:
        return name
    cut = name[: style.LABEL_MAX_CHARS].rsplit(" ", 1)[0] or name[: style.LABEL_MAX_CHARS]
    return cut.rstrip(" ,;:-") + "…"


def _edge_record(edge_id: str, u: str, v: str, key: str, data: Mapping[str, Any]) -> VisRecord:
    relation = str(data.get("relation", "stance"))
    record: VisRecord = {"id": edge_id, "from": u, "to": v, "key": key, "relation": relation}
    record["dashes"] = style.RELATION_DASHES.get(relation, False)
    if relation == "affiliation":
        colour = style.AFFILIATION_COLOUR
        record.update(width=style.AFFILIATION_WIDTH, arrows={"to": {"enabled": True, "scaleFactor": 0.4}})
    else:
        evidence = [_evidence_record(item) for item in data.get("evidence") or ()]
        count = int(data.get("evidence_count", len(evidence)) or 0)
        polarity = str(data.get("polarity", "Neutral"))
        colour = style.POLARITY_COLOURS.get(polarity, style.POLARITY_COLOURS["Neutral"])
        width = style.EDGE_WIDTH_BASE + style.EDGE_WIDTH_STEP * math.log2(1 + count)
        record.update(
            polarity=polarity,
            act=str(data.get("act") or ""),
            confidence=round(float(data.get("confidence", 0.0) or 0.0), 3),
            evidence=evidence,
            evidenceCount=count,
            width=round(min(style.EDGE_WIDTH_MAX, width), 2),
            arrows="to",
        )
    record["color"] = {"color": colour, "highlight": colour, "hover": colour}
    return record


def _evidence_record(item: Mapping[str, Any]) -> VisRecord:
    record: VisRecord = {name: str(item.get(name) or "") for name in _EVIDENCE_TEXT_FIELDS}
    record["start"] = int(item.get("start") or 0)
    record["end"] = int(item.get("end") or 0)
    return record
