"""Extraction at corpus scale: in-process, in N worker processes, or on a Dask cluster.

Whatever runs it, extraction streams: documents are cut into chunks of `batch_size`, at most a few chunks
are in flight, and extractions come back in input order, so the output does not depend on how it was run.
"""

from __future__ import annotations

import gc
import multiprocessing
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING, Any, Literal, Protocol

from graph.errors import OptionError
from graph.records import Document, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

Backend = Literal["pool", "spacy"]
# Chunks queued per worker beyond the one it is working on: keeps every worker busy while the memory
# held by the parent stays a few chunks, however long the input.
CHUNKS_AHEAD = 2
DASK_CONNECT_TIMEOUT = "20s"
# Texts spaCy parses at once. It pads a batch to its longest text, so peak memory grows with the batch:
# on BBC articles 600 MB at 64 and 290 MB at 16, at the same speed (measured on this 2-core machine).
PIPE_BATCH = 16

_models: dict[str | None, Language] = {}
_models_lock = threading.Lock()


class _Pending(Protocol):
    """A chunk's result to come: a `concurrent.futures.Future` or a `distributed.Future`."""

    def result(self) -> list[Extraction]: ...


def extract_parallel(
    documents: Iterable[Document],
    *,
    model: str | None,
    jobs: int = 1,
    dask_address: str | None = None,
    batch_size: int = 64,
    backend: Backend = "pool",
) -> Iterator[Extraction]:
    """Extract every document, yielding one `Extraction` per document in input order.

    `jobs=1` extracts in this process; `jobs>1` in that many worker processes, each loading the model
    once (`backend="pool"`: each worker runs the whole extraction on chunks of documents;
    `backend="spacy"`: spaCy's `nlp.pipe(n_process=…)` parses in workers, the rules run here).
    `dask_address` sends chunks to the Dask scheduler at that address instead (its workers need
    stancegraph and the model installed). `batch_size` documents make a chunk, a worker's unit of work;
    spaCy parses them `PIPE_BATCH` at a time.
    """
    if jobs < 1:
        raise OptionError(f"--jobs must be 1 or more, not {jobs}: give the number of extraction processes")
    if batch_size < 1:
        raise OptionError(f"--batch-size must be 1 or more, not {batch_size}")
    if backend not in ("pool", "spacy"):
        raise OptionError(f"unknown extraction backend {backend!r}: choose 'pool' or 'spacy'")
    if dask_address:
        return _extract_dask(documents, model, dask_address, batch_size)
    if jobs == 1 or backend == "spacy":
        return _extract_here(documents, model, batch_size, n_process=jobs)
    return _extract_pool(documents, model, jobs, batch_size)


def extract_chunk(model: str | None, documents: list[Document], batch_size: int = 64) -> list[Extraction]:
    """Extract one chunk in this process with the model cached per process (the unit workers run)."""
    from graph.extract import extract_documents

    extractions = list(extract_documents(documents, _model(model), batch_size=_pipe_batch(batch_size)))
    gc.collect()  # see COLLECT_WHY
    return extractions


# COLLECT_WHY: parsed Docs stay alive in reference cycles (spaCy's parser state, the extractor's mention
# objects) until a full garbage collection, which Python runs rarely: without one a chunk, a process
# grew from 150 MB to 560 MB over 700 BBC articles; with one it stays at 165 MB (measured).


def _model(name: str | None) -> Language:
    """The pipeline `name`, loaded once per process (Dask workers may run tasks on several threads)."""
    with _models_lock:
        if name not in _models:
            from graph.extract import load_model

            _models[name] = load_model(name)
        return _models[name]


def _extract_here(
    documents: Iterable[Document], model: str | None, batch_size: int, *, n_process: int
) -> Iterator[Extraction]:
    from graph.extract import extract_documents

    extractions = extract_documents(
        documents, _model(model), batch_size=_pipe_batch(batch_size), n_process=n_process
    )
    for count, extraction in enumerate(extractions, 1):
        yield extraction
        if count % batch_size == 0:
            gc.collect()  # see COLLECT_WHY


def _pipe_batch(batch_size: int) -> int:
    return min(batch_size, PIPE_BATCH)


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _in_order(pending: Iterator[_Pending], window: int) -> Iterator[Extraction]:
    """Keep up to `window` chunks in flight and yield their extractions in submission order."""
    queue: deque[_Pending] = deque()
    for future in pending:
        queue.append(future)
        if len(queue) >= window:
            yield from _collected(queue.popleft().result())
    while queue:
        yield from _collected(queue.popleft().result())


def _collected(extractions: list[Extraction]) -> Iterator[Extraction]:
    yield from extractions
    gc.collect()  # the consumer's garbage of a chunk (RDF, validation), for the reason of COLLECT_WHY


def _mp_context() -> Any:
    # Not fork: the parent may run threads (progress bar, Dask client) that a forked child would inherit
    # half-way; forkserver starts workers from a clean single-threaded process, faster than spawn.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _extract_pool(
    documents: Iterable[Document], model: str | None, jobs: int, batch_size: int
) -> Iterator[Extraction]:
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_mp_context())
    try:
        futures = (
            pool.submit(extract_chunk, model, chunk, batch_size) for chunk in _chunks(documents, batch_size)
        )
        yield from _in_order(futures, jobs * (1 + CHUNKS_AHEAD))
    finally:
        # An interrupted build (Ctrl-C, consumer stopped early) must not wait for queued chunks.
        pool.shutdown(wait=True, cancel_futures=True)


def _extract_dask(
    documents: Iterable[Document], model: str | None, address: str, batch_size: int
) -> Iterator[Extraction]:
    client = _dask_client(address)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        futures: Iterator[Future[list[Extraction]]] = (
            client.submit(extract_chunk, model, chunk, batch_size, pure=False)
            for chunk in _chunks(documents, batch_size)
        )
        yield from _in_order(futures, workers * (1 + CHUNKS_AHEAD))
    finally:
        client.close()


def _dask_client(address: str) -> Any:
    try:
        from distributed import Client
    except ImportError as exc:
        raise OptionError(
            "--dask needs dask.distributed, which is not installed: pip install 'stancegraph[dask]'"
        ) from exc
    try:
        return Client(address, timeout=DASK_CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise OptionError(
            f"cannot reach the Dask scheduler at {address!r} ({type(exc).__name__}): start one "
            "(`dask scheduler`, then `dask worker ADDRESS`) or fix --dask, e.g. tcp://127.0.0.1:8786"
        ) from exc
