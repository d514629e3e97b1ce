"""`stancegraph build`: news text in, stance graph (TriG, Turtle, HTML, store) out, and a summary."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from graph.cli.app import app
from graph.errors import InputError

if TYPE_CHECKING:
    from graph.pipeline import BuildSummary

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SUMMARY_TEXT = 90


@app.command()
def build(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(help="Text files, JSONL files, folders of them, or - for stdin. "
                       "Default: the bundled example article.", show_default=False),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("build"),
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to load (package name or path).")] = None,
    jobs: Annotated[int, typer.Option(min=1, help="Extraction processes.")] = 1,
    dask: Annotated[str | None, typer.Option(help="Run extraction on this Dask scheduler address.")] = None,
    store: Annotated[str | None, typer.Option(
        help="Remote SPARQL 1.1 store URL instead of the embedded one in OUT/store.")] = None,
    fresh: Annotated[bool, typer.Option(
        "--fresh", help="Start the store over instead of adding to it.")] = False,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents extracted and stored per batch.")] = 64,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the counts.")] = False,
) -> None:
    """Build the stance graph of INPUTS into OUT: graph.trig, graph.ttl, graph.html and the store."""
    from graph.pipeline import BuildSettings
    from graph.workflow import BuildOptions, run_build

    names = inputs or [_example()]
    err = Console(stderr=True, highlight=False)
    settings = BuildSettings(model=model, jobs=jobs, dask_address=dask, batch_size=batch_size)
    options = BuildOptions(settings=settings, store_url=store, fresh=fresh,
                           progress=not quiet and err.is_terminal, title=_title(names))
    summary = run_build(names, out, options, warn=lambda msg: err.print(f"Warning: {msg}", markup=False))
    _print_summary(summary, out, quiet=quiet)


def _title(names: list[str]) -> str:
    """The page heading: the input's name when there is one input."""
    if len(names) == 1 and names[0] != "-":
        return f"stancegraph — {Path(names[0]).name}"
    return "stancegraph"


def _example() -> str:
    """The bundled example: the article in examples/ (the package itself names no article)."""
    found = sorted(EXAMPLES.glob("*.txt"))
    if not found:
        raise InputError(f"the bundled example is missing from {EXAMPLES} — give an input file or restore it")
    return str(found[0])


def _print_summary(summary: BuildSummary, out: Path, *, quiet: bool) -> None:
    console = Console(highlight=False, soft_wrap=True, width=200 if not sys.stdout.isatty() else None)
    skipped = f", {len(summary.skipped)} skipped" if summary.skipped else ""
    console.print(
        f"Built {summary.documents} document(s){skipped} into {out}/: {summary.actors} actors, "
        f"{summary.topics} topics, {summary.stances} stances in the graph "
        f"({summary.new_stances} from this build).",
        markup=False,
    )
    if quiet or not summary.rows:
        return
    table = Table(show_lines=False, box=None, pad_edge=False)
    for column in ("holder", "polarity", "target", "evidence"):
        table.add_column(column, overflow="fold")
    for row in summary.rows:
        quote = row.evidence if len(row.evidence) <= SUMMARY_TEXT else row.evidence[: SUMMARY_TEXT - 1] + "…"
        table.add_row(row.holder, row.polarity, row.target, quote)
    console.print(table)
    if summary.new_stances > len(summary.rows):
        console.print(f"… and {summary.new_stances - len(summary.rows)} more: "
                      f"stancegraph query stances --graph {out}", markup=False)
