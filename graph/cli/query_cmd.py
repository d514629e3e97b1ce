"""`stancegraph query`, `queries` and `validate`: SPARQL and SHACL on a build folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from graph.cli.app import app

GraphDir = Annotated[
    Path, typer.Option("--graph", metavar="DIR", help="Build folder to read (its store/ or graph.trig).")
]


@app.command("query")
def query_command(
    query: Annotated[
        str,
        typer.Argument(
            metavar="QUERY", help="A named query, a .rq file or a query text.", show_default=False
        ),
    ],
    graph_dir: GraphDir = Path("build"),
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", metavar="FORMAT", help="Output: table, csv, tsv or json (SPARQL 1.1 results)."
        ),
    ] = "table",
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param", "-p", metavar="NAME=VALUE", help="A query parameter, bound as a literal; repeatable."
        ),
    ] = None,
) -> None:
    """Run a SPARQL query on the graph (see `stancegraph queries` for the named ones)."""
    from graph.rdf.query import query_build

    typer.echo(query_build(graph_dir, query, param or [], fmt), nl=False)


@app.command()
def queries() -> None:
    """List the named queries with what each answers."""
    from graph.rdf.query import list_queries

    named = list_queries()
    width = max(len(name) for name, _ in named)
    for name, description in named:
        typer.echo(f"{name.ljust(width)}  {description}")


@app.command()
def validate(graph_dir: GraphDir = Path("build")) -> None:
    """Check the graph against the SHACL shapes of ontology/shapes.ttl."""
    from graph.rdf.validate import validate_build

    triples = validate_build(graph_dir)
    typer.echo(f"Valid: {triples} triples conform to ontology/shapes.ttl.")
