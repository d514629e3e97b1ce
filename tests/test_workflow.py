"""An interrupted build leaves the previous outputs and a consistent store; running it again completes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import graph.pipeline
from graph.pipeline import BuildSettings
from graph.rdf.store import reading
from graph.workflow import BuildOptions, run_build

TEXTS = [
    "The Labour Party rejected the proposal to raise taxes, its leader said.",
    "The union called for a pay rise for nurses.",
    "France welcomed the agreement on fishing quotas.",
]


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)),
                    encoding="utf-8")
    return path


def _documents(out: Path) -> list[str]:
    with reading(out) as store:
        rows = store.query("PREFIX dcterms: <http://purl.org/dc/terms/> "
                           "SELECT ?id WHERE { ?d dcterms:identifier ?id } ORDER BY ?id").rows
    return [str(r["id"]) for r in rows]


@pytest.mark.model
def test_interrupted_build_keeps_previous_outputs_and_completes_on_rerun(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    first = tmp_path / "first.txt"
    first.write_text("Germany opposed the new budget rules, its finance minister said.", encoding="utf-8")
    options = BuildOptions(settings=BuildSettings(batch_size=1))
    run_build([str(first)], out, options)
    before = {name: (out / name).read_bytes() for name in ("graph.trig", "graph.ttl", "graph.html")}

    real_ingest = graph.pipeline.ingest
    calls = {"n": 0}

    def ingest_then_interrupt(*args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        real_ingest(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(graph.pipeline, "ingest", ingest_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        run_build([str(_corpus(tmp_path))], out, options)
    assert {name: (out / name).read_bytes() for name in before} == before
    assert _documents(out) == ["d0", "first"]  # the batches stored before the interrupt, nothing half-written

    monkeypatch.setattr(graph.pipeline, "ingest", real_ingest)
    run_build([str(_corpus(tmp_path))], out, options)
    assert _documents(out) == ["d0", "d1", "d2", "first"]
    assert (out / "graph.trig").read_bytes() != before["graph.trig"]
