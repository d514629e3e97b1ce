"""Extraction in worker processes and on a Dask cluster gives what in-process extraction gives, in order."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future

import pytest

from graph import parallel
from graph.errors import OptionError
from graph.parallel import extract_parallel
from graph.records import Document, Extraction


def _done(value: list[int]) -> Future[list[int]]:
    future: Future[list[int]] = Future()
    future.set_result(value)
    return future


def test_chunks_keep_order_and_size() -> None:
    docs = [Document(id=str(i), text="x") for i in range(7)]
    assert [[d.id for d in c] for c in parallel._chunks(docs, 3)] == [["0", "1", "2"], ["3", "4", "5"], ["6"]]


def test_results_come_back_in_submission_order_with_a_bounded_window() -> None:
    submitted: list[int] = []

    def futures() -> Iterator[Future[list[int]]]:
        for i in range(10):
            submitted.append(i)
            yield _done([i, i])

    out = parallel._in_order(futures(), window=3)  # type: ignore[arg-type]
    assert next(out) == 0 and len(submitted) == 3  # never more than the window in flight
    assert list(out) == [0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"jobs": 0}, "--jobs must be 1 or more"),
        ({"batch_size": 0}, "--batch-size must be 1 or more"),
        ({"backend": "threads"}, "unknown extraction backend"),
    ],
)
def test_bad_options(options: dict[str, object], message: str) -> None:
    with pytest.raises(OptionError, match=message):
        extract_parallel([], model=None, **options)  # type: ignore[arg-type]


@pytest.mark.slow
def test_unreachable_dask_scheduler(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "DASK_CONNECT_TIMEOUT", "1s")
    docs = [Document(id="a", text="Labour backed the plan.")]
    with pytest.raises(OptionError, match="cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'"):
        list(extract_parallel(docs, model=None, dask_address="tcp://127.0.0.1:9"))


@pytest.fixture(scope="module")
def in_process(documents: list[Document]) -> list[Extraction]:
    return list(extract_parallel(documents, model=None, batch_size=4))


@pytest.mark.model
def test_extraction_streams(documents: list[Document]) -> None:
    pulled: list[str] = []

    def feed() -> Iterator[Document]:
        for doc in documents * 4:
            pulled.append(doc.id)
            yield doc

    first = next(extract_parallel(feed(), model=None, batch_size=2))
    assert first.document == documents[0]
    assert len(pulled) < len(documents)


@pytest.mark.slow
@pytest.mark.model
@pytest.mark.parametrize("backend", ["pool", "spacy"])
def test_two_jobs_equal_one(documents: list[Document], in_process: list[Extraction], backend: str) -> None:
    two = list(extract_parallel(documents, model=None, jobs=2, batch_size=4, backend=backend))  # type: ignore[arg-type]
    assert [e.document.id for e in two] == [d.id for d in documents]
    assert two == in_process
    assert sum(len(e.stances) for e in two) > 0


@pytest.mark.slow
@pytest.mark.model
def test_dask_cluster_equals_in_process(documents: list[Document], in_process: list[Extraction]) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0"
    ) as cluster:
        assert len(cluster.workers) == 2
        on_dask = list(extract_parallel(documents, model=None, dask_address=cluster.scheduler_address,
                                        batch_size=4))
    assert on_dask == in_process
