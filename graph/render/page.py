"""The page of a build folder: read its graph (store or graph.trig), render it, write it atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from graph.analysis.workflow import load_graph
from graph.io import write_file
from graph.render.elements import drawn_counts
from graph.render.html import render_html

__all__ = ["PageSummary", "write_page"]


@dataclass(frozen=True)
class PageSummary:
    """What `write_page` wrote: the file and the number of nodes and edges drawn on it."""

    path: Path
    nodes: int
    edges: int


def write_page(graph_dir: Path, out: Path | None = None, *, title: str = "stancegraph") -> PageSummary:
    """Render the graph of `graph_dir` (a `stancegraph build` folder) to `out` (default DIR/graph.html).

    An existing folder as `out` gets a graph.html inside it.

    Raises `GraphNotFoundError` when the folder holds no store and no graph.trig.
    """
    nx_graph = load_graph(graph_dir)
    target = out or graph_dir
    if target.is_dir():
        target = target / "graph.html"
    path = write_file(target, render_html(nx_graph, title=title))
    return PageSummary(path, *drawn_counts(nx_graph))
