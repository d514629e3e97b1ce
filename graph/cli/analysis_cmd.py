"""`stancegraph analyze`, `links` and `export`: network analysis of a build folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graph.cli.app import app

GraphDir = Annotated[Path, typer.Option("--graph", help="Build folder to read (its store/ or graph.trig).")]
Level = Annotated[
    str, typer.Option("--level", help="person, or organisation: persons counted for their affiliation.")
]
Normalise = Annotated[
    str,
    typer.Option("--normalise", help="Tie weights of the actor networks: none, average, jaccard, cosine."),
]


@app.command()
def analyze(
    graph_dir: GraphDir = Path("build"),
    level: Level = "person",
    normalise: Normalise = "none",
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Folder for analysis.md and analysis.json (default: GRAPH).",
                     show_default=False),
    ] = None,
    top: Annotated[int, typer.Option(min=1, help="Rows per table.")] = 10,
) -> None:
    """Central actors, salient and contested topics, coalitions and lines of conflict."""
    from graph.analysis.workflow import analyze_build

    result = analyze_build(graph_dir, level=level, normalise=normalise, out_dir=out, top=top)
    typer.echo(result.markdown)
    typer.echo("Wrote " + ", ".join(str(p) for p in result.paths) + ".")


@app.command()
def links(
    graph_dir: GraphDir = Path("build"),
    actor: Annotated[str | None, typer.Option(help="Actor name, alias or IRI.", show_default=False)] = None,
    topic: Annotated[str | None, typer.Option(help="Topic name, alias or IRI.", show_default=False)] = None,
    hops: Annotated[int, typer.Option(help="Longest path: 1 = direct stances only.")] = 2,
    limit: Annotated[int, typer.Option(min=1, help="Most paths to print.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print the paths as JSON.")] = False,
) -> None:
    """Who links to which issue: direct stances and paths via affiliations and actor relations."""
    from graph.analysis.workflow import links_build

    text = links_build(graph_dir, actor=actor, topic=topic, hops=hops, limit=limit, as_json=as_json)
    typer.echo(text, nl=False)


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="graphml, gexf, csv, jsonld or nquads.", show_default=False)
    ],
    graph_dir: GraphDir = Path("build"),
    network: Annotated[
        str, typer.Option(help="stances, congruence, conflict, subtract or two-mode.")
    ] = "stances",
    level: Level = "person",
    normalise: Normalise = "none",
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="File to write (default: GRAPH/NETWORK.SUFFIX; CSV writes "
                     "NAME.nodes.csv and NAME.edges.csv).", show_default=False),
    ] = None,
) -> None:
    """Export a network for Gephi, visone, spreadsheets or RDF tools."""
    from graph.analysis.workflow import export_build

    paths = export_build(graph_dir, fmt=fmt, network=network, level=level, normalise=normalise, out=out)
    typer.echo("Wrote " + ", ".join(str(p) for p in paths) + ".")
