"""The build as users run it: read the inputs, open the store, run the pipeline, write the outputs.

This is the one library call behind `stancegraph build`; the disk is touched only through `graph.io`
and the store.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from graph.io import Skipped, check_inputs, count_documents, read_documents, write_files
from graph.pipeline import BuildSettings, BuildSummary, build, output_files
from graph.rdf.remote import public_url
from graph.rdf.results import QuadStore
from graph.rdf.store import STORE_POINTER

STORE_DIR = "store"


@dataclass(frozen=True)
class BuildOptions:
    """Options of `stancegraph build` beyond its inputs and output folder."""

    settings: BuildSettings = field(default_factory=BuildSettings)
    store_url: str | None = None
    fresh: bool = False
    progress: bool = False
    title: str = "stancegraph"


def run_build(
    inputs: Sequence[str], out_dir: Path, options: BuildOptions, *, warn: Callable[[str], None] = print
) -> BuildSummary:
    """Build the inputs into out_dir (graph.trig, graph.ttl, graph.html and the store) and summarise."""
    check_inputs(inputs)
    items = read_documents(inputs)
    first = next(items, None)  # reads every file named directly: a bad one fails before the store opens
    items = itertools.chain([first] if first else [], items)
    with _open(out_dir, options) as store, _progress(options.progress, inputs) as tick:
        if options.fresh:
            store.clear()
        warnings = _Warnings(warn)
        summary = build(items, store, options.settings, on_batch=warnings.after(tick), on_skip=warnings.skip)
        warnings.flush()
        files = output_files(store, title=options.title)
        if options.store_url:
            files[STORE_POINTER] = public_url(options.store_url) + "\n"
        write_files(out_dir, files)
    return summary


class _Warnings:
    """Skip warnings wait until a first batch is built: if nothing is, the one-line error says it all."""

    def __init__(self, warn: Callable[[str], None]) -> None:
        self._warn = warn
        self._held: list[str] | None = []

    def skip(self, skipped: Skipped) -> None:
        reason = skipped.reason
        message = f"skipped {reason}" if reason.startswith(skipped.origin) else (
            f"skipped {skipped.origin}: {reason}")
        if self._held is None:
            self._warn(message)
        else:
            self._held.append(message)

    def flush(self) -> None:
        for message in self._held or []:
            self._warn(message)
        self._held = None

    def after(self, tick: Callable[[int, int], None]) -> Callable[[int, int], None]:
        def on_batch(done: int, skipped: int) -> None:
            self.flush()
            tick(done, skipped)

        return on_batch


@contextmanager
def _open(out_dir: Path, options: BuildOptions) -> Iterator[QuadStore]:
    """The store to build into; one this build created is removed again if the build fails."""
    if options.store_url:
        from graph.rdf.remote import open_remote

        store: QuadStore = open_remote(options.store_url)
        try:
            yield store
        finally:
            store.close()
        return
    from graph.rdf.store import open_store

    created = [p for p in (out_dir, out_dir / STORE_DIR) if not p.exists()]
    store = open_store(out_dir, create=True)
    try:
        yield store
    except BaseException:
        store.close()
        for path in reversed(created):
            shutil.rmtree(path, ignore_errors=True)
        raise
    store.close()


@contextmanager
def _progress(enabled: bool, inputs: Sequence[str]) -> Iterator[Callable[[int, int], None]]:
    if not enabled:
        yield lambda done, skipped: None
        return
    columns = (
        TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(), TextColumn("left"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("build", total=count_documents(inputs), rate="-")

        def tick(done: int, skipped: int) -> None:
            elapsed = bar.tasks[0].elapsed or 0.0
            bar.update(task, completed=done + skipped, rate=f"{done / elapsed:.1f}" if elapsed else "-")

        yield tick
