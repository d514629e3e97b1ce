"""The analysis commands on a build folder: open its store, compute, write files atomically.

Each function is the one library call behind a CLI command (`analyze`, `links`, `export`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from graph.analysis.convert import to_networkx
from graph.analysis.export import export_network
from graph.analysis.links import find_links
from graph.analysis.links_text import format_links, links_json
from graph.analysis.lookup import ACTOR_KINDS, find_node
from graph.analysis.report import AnalysisReport, analyze, report_json, report_markdown
from graph.io import write_files
from graph.rdf.store import reading


@dataclass(frozen=True)
class AnalyzeResult:
    report: AnalysisReport
    markdown: str
    paths: tuple[Path, ...]


def load_graph(graph_dir: Path) -> nx.MultiDiGraph:
    """The stance graph of a build folder (its store/, else its graph.trig) in networkx form."""
    with reading(graph_dir) as store:
        return to_networkx(store)


def analyze_build(
    graph_dir: Path,
    *,
    level: str = "person",
    normalise: str = "none",
    out_dir: Path | None = None,
    top: int = 10,
) -> AnalyzeResult:
    """Analyse the graph of `graph_dir`; write analysis.md and analysis.json into `out_dir` (default it)."""
    report = analyze(load_graph(graph_dir), level=level, normalise=normalise, top=top)
    markdown = report_markdown(report)
    files = {"analysis.md": markdown, "analysis.json": report_json(report)}
    paths = write_files(out_dir or graph_dir, files)
    return AnalyzeResult(report, markdown, tuple(paths))


def links_build(
    graph_dir: Path,
    *,
    actor: str | None = None,
    topic: str | None = None,
    hops: int = 2,
    limit: int = 50,
    as_json: bool = False,
) -> str:
    """The paths from `actor` (or any) to `topic` (or any) as text or JSON; names matched by `find_node`."""
    G = load_graph(graph_dir)
    actor_node = find_node(G, actor, kinds=ACTOR_KINDS, what="actor") if actor else None
    topic_node = find_node(G, topic, kinds=("Topic",), what="topic") if topic else None
    paths = find_links(G, actor=actor_node, topic=topic_node, hops=hops, limit=limit + 1)
    render = links_json if as_json else format_links
    return render(paths[:limit], more=len(paths) > limit)


def export_build(
    graph_dir: Path,
    *,
    fmt: str,
    network: str = "stances",
    level: str = "person",
    normalise: str = "none",
    out: Path | None = None,
) -> list[Path]:
    """Export a network of the graph; `out` is the file (CSV: its stem gets .nodes.csv and .edges.csv).

    Default `out`: GRAPH/{network}.{format suffix}.
    """
    with reading(graph_dir) as store:
        files = export_network(store, network=network, fmt=fmt, level=level, normalise=normalise)
    written = []
    for path, text in _targets(files, out, graph_dir / network).items():
        written += write_files(path.parent, {path.name: text})
    return written


def _targets(files: dict[str, str], out: Path | None, default: Path) -> dict[Path, str]:
    if out is not None and len(files) == 1:
        return {out: next(iter(files.values()))}
    base = str(out if out is not None else default)
    if base.lower().endswith(".csv"):
        base = base[: -len(".csv")]  # net.csv → net.nodes.csv + net.edges.csv
    return {Path(base + suffix): text for suffix, text in files.items()}
