"""The analysis report: who is central, which topics are contested, who stands together and where the lines
of conflict run — built from the stance graph as a dataclass, written as Markdown or JSON (deterministic).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx

from graph.analysis.measures import (
    BETWEENNESS_SAMPLE,
    EXACT_BETWEENNESS_NODES,
    ActorScore,
    Coalition,
    ConflictLine,
    ContestedTopic,
    TopicSalience,
    actor_centrality,
    coalitions,
    conflict_lines,
    contested_topics,
    topic_salience,
)
from graph.analysis.networks import LEVELS, NORMALISATIONS, check_choice, label_key, stance_network

DIGITS = 4  # decimals of every score in the report: enough to rank, stable across platforms
NAMES_SHOWN = 12  # actor names per coalition in Markdown (the JSON lists them all)
UNALIGNED_SHOWN = 20


@dataclass(frozen=True)
class GraphCounts:
    """What the graph holds."""

    documents: int
    actors: int
    topics: int
    stances: int  # on topics
    actor_relations: int


@dataclass(frozen=True)
class AnalysisReport:
    """Everything `stancegraph analyze` reports; lists are cut to the `top` entries, coalitions are not."""

    level: str
    normalise: str
    counts: GraphCounts
    actors: tuple[ActorScore, ...]
    topics: tuple[TopicSalience, ...]
    contested: tuple[ContestedTopic, ...]
    coalitions: tuple[Coalition, ...]  # two or more members
    unaligned: tuple[str, ...]  # labels of actors with a side but no congruence tie to a coalition
    conflict_lines: tuple[ConflictLine, ...]
    notes: tuple[str, ...] = field(default=())


def count_graph(G: nx.MultiDiGraph) -> GraphCounts:
    kinds = [d.get("kind") for _n, d in G.nodes(data=True)]
    relations = [d.get("relation") for _u, _v, d in G.edges(data=True)]
    return GraphCounts(
        documents=kinds.count("Document"),
        actors=sum(kind in ("Person", "Organisation", "Country") for kind in kinds),
        topics=kinds.count("Topic"),
        stances=relations.count("stance"),
        actor_relations=relations.count("actor_relation"),
    )


def analyze(
    G: nx.MultiDiGraph, *, level: str = "person", normalise: str = "none", top: int = 10
) -> AnalysisReport:
    """The report of the stance graph `G` (the `to_networkx` form) at `level` with `normalise`."""
    check_choice(level, LEVELS, "--level")
    check_choice(normalise, NORMALISATIONS, "--normalise")
    found = coalitions(G, level=level, normalise=normalise)
    groups = tuple(c for c in found if len(c.members) > 1)
    lines = conflict_lines(G, found, level=level, normalise=normalise)
    kept = {c.index for c in groups}
    scores = actor_centrality(G, level=level)
    return AnalysisReport(
        level=level,
        normalise=normalise,
        counts=count_graph(G),
        actors=tuple(scores[:top]),
        topics=tuple(topic_salience(G, level=level)[:top]),
        contested=tuple(contested_topics(G, level=level)[:top]),
        coalitions=groups,
        unaligned=tuple(
            sorted((label for c in found if len(c.members) == 1 for label in c.labels), key=label_key)
        ),
        conflict_lines=tuple(line for line in lines if line.first in kept and line.second in kept)[:top],
        notes=_notes(G, level, scores),
    )


def _notes(G: nx.MultiDiGraph, level: str, scores: list[ActorScore]) -> tuple[str, ...]:
    """What a reader must know to read the scores right."""
    notes = []
    nodes = stance_network(G, level=level).number_of_nodes()
    if nodes > EXACT_BETWEENNESS_NODES:
        notes.append(
            f"Betweenness is estimated from {BETWEENNESS_SAMPLE} sampled source nodes of {nodes} "
            "(exact betweenness takes minutes on a network this size)."
        )
    outside = sum(score.eigenvector is None for score in scores)
    if outside:
        notes.append(
            f"Eigenvector centrality is given for the {len(scores) - outside} actors of the largest "
            f"connected part of the network only; {outside} actors outside it show —."
        )
    return tuple(notes)


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, DIGITS)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return value


def report_json(report: AnalysisReport) -> str:
    """The report as JSON (scores rounded to 4 decimals, keys in a fixed order)."""
    return json.dumps(_rounded(asdict(report)), ensure_ascii=False, indent=2) + "\n"


def _names(labels: tuple[str, ...], shown: int) -> str:
    more = len(labels) - shown
    return ", ".join(labels[:shown]) + (f" and {more} more" if more > 0 else "")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.{DIGITS}f}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    cells = [[cell.replace("|", "\\|") for cell in row] for row in rows]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return lines + ["| " + " | ".join(row) + " |" for row in cells] + [""]


def report_markdown(report: AnalysisReport) -> str:
    """The report as Markdown: counts, then tables of actors, topics, contested topics and coalitions."""
    c = report.counts
    holds = ", ".join(
        _plural(n, word)
        for n, word in ((c.documents, "document"), (c.actors, "actor"), (c.topics, "topic"))
    )
    out = [
        "# Stance network analysis",
        "",
        f"Level: {report.level}; normalisation: {report.normalise}. The graph holds {holds}, "
        f"{_plural(c.stances, 'stance')} on topics and "
        f"{_plural(c.actor_relations, 'actor → actor relation')}.",
        "",
    ]
    out += _actors_section(report) + _topics_section(report) + _coalition_section(report)
    if report.notes:
        out += ["## Notes", "", *(f"- {note}" for note in report.notes), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _actors_section(report: AnalysisReport) -> list[str]:
    out = ["## Central actors", ""]
    if not report.actors:
        return out + ["No actor holds a stance.", ""]
    rows = [
        [a.label, a.kind, str(a.degree), str(a.stances), _number(a.pagerank), _number(a.betweenness),
         _number(a.eigenvector)]
        for a in report.actors
    ]
    header = ["actor", "kind", "degree", "stances", "PageRank", "betweenness", "eigenvector"]
    return out + _table(header, rows)


def _topics_section(report: AnalysisReport) -> list[str]:
    out = ["## Salient topics", ""]
    rows = [
        [t.label, *(str(n) for n in (t.actors, t.stances, t.support, t.oppose, t.neutral, t.documents))]
        for t in report.topics
    ]
    header = ["topic", "actors", "stances", "support", "oppose", "neutral", "documents"]
    out += _table(header, rows) if rows else ["No topic has a stance.", ""]
    out += ["## Contested topics", ""]
    if not report.contested:
        return out + ["No topic has actors on both sides.", ""]
    rows = [
        [t.label, _number(t.polarisation), ", ".join(t.supporters), ", ".join(t.opponents)]
        for t in report.contested
    ]
    return out + _table(["topic", "polarisation", "for", "against"], rows)


def _coalition_section(report: AnalysisReport) -> list[str]:
    out = ["## Coalitions", ""]
    if not report.coalitions:
        out += ["No two actors take the same side on a topic.", ""]
    for group in report.coalitions:
        shared = "; ".join(f"{'for' if side == 'Support' else 'against'} {topic} ({n})"
                           for topic, side, n in group.shared_positions[:5])
        members = _names(group.labels, NAMES_SHOWN)
        out.append(f"{group.index}. {members}" + (f" — {shared}" if shared else ""))
    if report.unaligned:
        count = _plural(len(report.unaligned), "actor")
        out += ["", f"Not in a coalition ({count}): " + _names(report.unaligned, UNALIGNED_SHOWN) + "."]
    out += ["", "## Lines of conflict", ""]
    if not report.conflict_lines:
        return out + ["No conflict between coalitions.", ""]
    rows = [
        [f"{line.first} × {line.second}", _number(line.weight), str(line.ties), ", ".join(line.topics[:5])]
        for line in report.conflict_lines
    ]
    return out + _table(["coalitions", "conflict weight", "ties", "topics"], rows)
