"""`build`: documents → extraction → RDF → store, in batches, and the output files made from the store.

No disk access of its own: documents come in as an iterable (from `graph.io`), the store is given, and
the output files are returned as strings for the caller to write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from graph import __version__
from graph.analysis.convert import to_networkx
from graph.errors import InputError
from graph.io import Skipped
from graph.parallel import extract_parallel
from graph.rdf.results import QuadStore
from graph.rdf.serialize import to_trig, to_turtle
from graph.rdf.store import ingest
from graph.rdf.validate import validate_extractions
from graph.records import Document, Extraction
from graph.render.html import render_html

SUMMARY_ROWS = 40  # stances listed in the printed summary; the rest are a query away


@dataclass(frozen=True)
class BuildSettings:
    """How to build: the spaCy pipeline, parallelism and batching."""

    model: str | None = None
    jobs: int = 1
    dask_address: str | None = None
    batch_size: int = 64
    validate: bool = True


@dataclass(frozen=True)
class StanceRow:
    """One line of the summary table."""

    holder: str
    polarity: str
    target: str
    evidence: str
    document: str


@dataclass
class BuildSummary:
    """What a build did: documents built and skipped, and what the graph now holds."""

    documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    actors: int = 0
    topics: int = 0
    stances: int = 0
    new_stances: int = 0
    rows: list[StanceRow] = field(default_factory=list)


Progress = Callable[[int, int], None]  # (documents done, documents skipped) after each batch


def build(
    items: Iterable[Document | Skipped],
    store: QuadStore,
    settings: BuildSettings,
    *,
    on_batch: Progress | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
) -> BuildSummary:
    """Extract every document and add it to the store, replacing earlier versions of the same document."""
    summary = BuildSummary()

    def documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, Skipped):
                summary.skipped.append(item)
                if on_skip:
                    on_skip(item)
            else:
                yield item

    extractions = extract_parallel(
        documents(),
        model=settings.model,
        jobs=settings.jobs,
        dask_address=settings.dask_address,
        batch_size=settings.batch_size,
    )
    for batch in _batched(extractions, settings.batch_size):
        if settings.validate:
            _validate(batch)
        ingest(store, batch, software_version=__version__)
        summary.documents += len(batch)
        summary.new_stances += sum(len(e.stances) for e in batch)
        summary.rows.extend(_rows(batch, SUMMARY_ROWS - len(summary.rows)))
        if on_batch:
            on_batch(summary.documents, len(summary.skipped))
    if summary.documents == 0:
        reasons = "; ".join(s.reason for s in summary.skipped[:3]) or "the inputs hold no documents"
        raise InputError(f"nothing to build: {reasons}")
    summary.actors, summary.topics, summary.stances = graph_counts(store)
    return summary


def _validate(batch: list[Extraction]) -> None:
    validate_extractions(batch, software_version=__version__)


def _batched(items: Iterable[Extraction], size: int) -> Iterator[list[Extraction]]:
    batch: list[Extraction] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _rows(batch: list[Extraction], room: int) -> list[StanceRow]:
    rows: list[StanceRow] = []
    for extraction in batch:
        labels = {a.key: a.label for a in extraction.actors} | {t.key: t.label for t in extraction.topics}
        for stance in extraction.stances:
            if len(rows) >= room:
                return rows
            rows.append(
                StanceRow(
                    holder=labels.get(stance.holder, stance.holder),
                    polarity=stance.polarity,
                    target=labels.get(stance.target, stance.target),
                    evidence=" ".join(stance.evidence.quote.split()),
                    document=extraction.document.id,
                )
            )
    return rows


_COUNTS = """
PREFIX sg: <https://w3id.org/stancegraph/ontology#>
SELECT (COUNT(DISTINCT ?a) AS ?actors) (COUNT(DISTINCT ?t) AS ?topics) (COUNT(DISTINCT ?s) AS ?stances)
WHERE { { ?a a ?kind . VALUES ?kind { sg:Person sg:Organisation sg:Country } }
        UNION { ?t a sg:Topic } UNION { ?s a sg:Stance } }
"""


def graph_counts(store: QuadStore) -> tuple[int, int, int]:
    """Actors, topics and stances the store holds."""
    row = store.query(_COUNTS).rows[0]
    return int(row["actors"]), int(row["topics"]), int(row["stances"])


def output_files(store: QuadStore, *, title: str = "stancegraph") -> dict[str, str]:
    """The files of the output folder, made from the store: TriG, merged Turtle and the HTML page."""
    return {
        "graph.trig": to_trig(store),
        "graph.ttl": to_turtle(store),
        "graph.html": render_html(to_networkx(store), title=title),
    }
