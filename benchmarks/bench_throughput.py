"""Benchmark: extraction throughput and peak memory on the BBC corpus, next to bare spaCy.

    .venv/bin/python benchmarks/bench_throughput.py [--corpus PATH] [--limit N] [--jobs 1 2]

Each measurement runs in a fresh process (model loading included, peak RSS summed over the process and
its workers): bare spaCy `nlp.pipe` over the same texts with the same model and processes; stancegraph's
extraction alone (`extract_parallel`, both multi-process backends); and the whole `stancegraph build`
(extraction, RDF, store, TriG/Turtle/HTML). Writes benchmarks/results/throughput.json and prints a table.
Targets: build ≥ 0.85 × bare spaCy at one job; 2 jobs ≥ 1.7 × 1 job; peak memory ≤ 1.5 GB.
The 1-job build folder is kept (see BUILD_DIR) for bench_sparql's cold-start measurement.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import CORPUS, ROOT, machine, markdown_table, run_measured, write_results  # noqa: E402

BUILD_DIR = Path(tempfile.gettempdir()) / "stancegraph-bench" / "bbc-build"
STANCEGRAPH = Path(sys.executable).parent / "stancegraph"


def read_texts(corpus: Path, limit: int | None) -> list[dict[str, Any]]:
    items = []
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                items.append(json.loads(line))
            if limit and len(items) >= limit:
                break
    return items


def _documents(items: list[dict[str, Any]]) -> Iterator[Any]:
    from graph.records import Document

    for item in items:
        yield Document(id=item["id"], text=item["text"], title=item.get("title"), source=item.get("source"))


def worker(mode: str, corpus: Path, limit: int | None, jobs: int, backend: str) -> dict[str, float]:
    """One measurement inside a fresh process: load the model, then time the pass over the corpus."""
    items = read_texts(corpus, limit)
    started = time.perf_counter()
    if mode == "bare":
        from graph.extract import load_model

        nlp = load_model(None)
        loaded = time.perf_counter()
        for _ in nlp.pipe((item["text"] for item in items), batch_size=64, n_process=jobs):
            pass
    else:
        from graph.parallel import _model, extract_parallel

        if jobs == 1 or backend == "spacy":
            _model(None)  # load first, as bare spaCy does, so the pass time compares like with like
        loaded = time.perf_counter()
        for _ in extract_parallel(_documents(items), model=None, jobs=jobs, backend=backend):  # type: ignore[arg-type]
            pass
    done = time.perf_counter()
    return {"load_s": loaded - started, "pass_s": done - loaded}


def measure(label: str, command: list[str], words: int, docs: int) -> dict[str, Any]:
    run = run_measured(command)
    if run.returncode != 0:
        raise SystemExit(f"{label} failed:\n{run.stdout[-2000:]}")
    row: dict[str, Any] = {"label": label, "wall_s": round(run.seconds, 2), "peak_mb": round(run.peak_mb),
                           "load": round(run.load, 1)}
    inner = _last_json(run.stdout)
    if inner:
        row |= {k: round(v, 2) for k, v in inner.items()}
    row["words_per_s"] = round(words / run.seconds)
    row["docs_per_s"] = round(docs / run.seconds, 1)
    if "pass_s" in row:
        row["pass_words_per_s"] = round(words / row["pass_s"])
    print(f"  {label}: {run.seconds:.1f} s, peak {run.peak_mb:.0f} MB, load {run.load:.1f}", file=sys.stderr)
    return row


def _last_json(stdout: str) -> dict[str, float] | None:
    for line in reversed(stdout.splitlines()):
        if line.startswith("{"):
            return json.loads(line)  # type: ignore[no-any-return]
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--worker", choices=["bare", "extract"], help=argparse.SUPPRESS)
    parser.add_argument("--backend", default="pool", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.corpus, args.limit, args.jobs[0], args.backend)))
        return
    if not args.corpus.is_file():
        raise SystemExit(f"no corpus at {args.corpus}: give --corpus PATH (JSONL with a text field)")
    results = run_all(args.corpus, args.limit, args.jobs)
    path = write_results("throughput", results)
    print(report(results))
    print(f"\n(results in {path.relative_to(ROOT)})")


def run_all(corpus: Path, limit: int | None, all_jobs: list[int]) -> dict[str, Any]:
    items = read_texts(corpus, limit)
    words, docs = sum(len(item["text"].split()) for item in items), len(items)
    me = [sys.executable, __file__, "--corpus", str(corpus)] + (["--limit", str(limit)] if limit else [])
    rows = []
    for jobs in all_jobs:
        rows.append(measure(f"bare spaCy nlp.pipe, {jobs} process(es)",
                            [*me, "--worker", "bare", "--jobs", str(jobs)], words, docs))
        for backend in ["pool", "spacy"] if jobs > 1 else ["pool"]:
            rows.append(measure(f"extract_parallel, {jobs} job(s), backend {backend}",
                                [*me, "--worker", "extract", "--jobs", str(jobs), "--backend", backend],
                                words, docs))
        rows.append(measure(f"stancegraph build, {jobs} job(s)", _build_command(corpus, limit, jobs),
                            words, docs))
    return {"machine": machine(), "corpus": str(corpus.name), "documents": docs, "words": words,
            "rows": rows, "ratios": _ratios(rows)}


def _build_command(corpus: Path, limit: int | None, jobs: int) -> list[str]:
    out = BUILD_DIR if jobs == 1 else BUILD_DIR.with_name(f"bbc-build-{jobs}")
    shutil.rmtree(out, ignore_errors=True)
    source = corpus
    if limit:
        source = BUILD_DIR.parent / f"first-{limit}.jsonl"
        source.parent.mkdir(parents=True, exist_ok=True)
        with corpus.open(encoding="utf-8") as lines:
            source.write_text("".join(line for line, _ in zip(lines, range(limit), strict=False)), "utf-8")
    return [str(STANCEGRAPH), "build", str(source), "--out", str(out), "--jobs", str(jobs), "--quiet"]


def _ratios(rows: list[dict[str, Any]]) -> dict[str, float]:
    by = {row["label"]: row for row in rows}
    ratios: dict[str, float] = {}
    bare1, build1 = by.get("bare spaCy nlp.pipe, 1 process(es)"), by.get("stancegraph build, 1 job(s)")
    if bare1 and build1:
        ratios["build_1_job_vs_bare_spacy_wall"] = round(bare1["wall_s"] / build1["wall_s"], 3)
    extract1 = by.get("extract_parallel, 1 job(s), backend pool")
    if bare1 and extract1:
        ratios["extract_1_job_vs_bare_spacy_pass"] = round(bare1["pass_s"] / extract1["pass_s"], 3)
    build2 = by.get("stancegraph build, 2 job(s)")
    if build1 and build2:
        ratios["build_2_jobs_vs_1_job"] = round(build1["wall_s"] / build2["wall_s"], 3)
    for backend in ("pool", "spacy"):
        two = by.get(f"extract_parallel, 2 job(s), backend {backend}")
        if extract1 and two:
            ratios[f"extract_2_jobs_{backend}_vs_1_job"] = round(extract1["wall_s"] / two["wall_s"], 3)
    bare2 = by.get("bare spaCy nlp.pipe, 2 process(es)")
    if bare1 and bare2:
        ratios["bare_spacy_2_vs_1"] = round(bare1["wall_s"] / bare2["wall_s"], 3)
    return ratios


def report(results: dict[str, Any]) -> str:
    m = results["machine"]
    head = (f"Throughput on {results['corpus']} ({results['documents']} documents, "
            f"{results['words']:,} words) — "
            f"{m['nproc']} CPUs ({m['cpu']}), {m['ram_gb']} GB RAM, Python {m['python']}, spaCy {m['spacy']}")
    table = markdown_table(
        ["run", "wall s", "words/s", "docs/s", "peak MB", "model load s", "pass s", "load avg"],
        [[r["label"], r["wall_s"], f"{r['words_per_s']:,}", r["docs_per_s"], r["peak_mb"],
          r.get("load_s", ""), r.get("pass_s", ""), r.get("load", "")] for r in results["rows"]],
    )
    ratios = markdown_table(["ratio", "value"], sorted(results["ratios"].items()))
    return f"{head}\n\n{table}\n\n{ratios}"


if __name__ == "__main__":
    main()
