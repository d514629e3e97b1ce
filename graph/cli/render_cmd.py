"""`stancegraph render`: the interactive HTML page of a build folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graph.cli.app import app


@app.command()
def render(
    graph_dir: Annotated[
        Path, typer.Option("--graph", help="Build folder to read (store/ or graph.trig).")
    ] = Path("build"),
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="HTML file to write, or a folder (default: GRAPH/graph.html).",
                     show_default=False),
    ] = None,
    title: Annotated[str, typer.Option(help="Heading of the page.")] = "stancegraph",
) -> None:
    """Write the interactive, offline HTML page of the graph: filters, legend, evidence on hover."""
    from graph.render.page import write_page

    summary = write_page(graph_dir, out, title=title)
    typer.echo(f"Wrote {summary.path}: {summary.nodes} nodes, {summary.edges} edges.")
