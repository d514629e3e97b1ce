"""Benchmark: the named queries on a generated 1M-triple stance graph, Oxigraph vs rdflib's memory store.

    .venv/bin/python benchmarks/bench_sparql.py [--triples 1000000] [--rdflib-timeout 300]

Generates a stance corpus (benchmarks/synthetic.py) until the store holds about --triples quads, ingests
it into an on-disk Oxigraph store with stancegraph's own `ingest`, loads the same quads into
`rdflib.Dataset(default_union=True)`, and runs every named query on both (Oxigraph: median of 5 after a
warm-up, through `run_query`, rows converted to rdflib terms; rdflib: one run, same bound parameters).
Then times a cold `stancegraph query` (a new process) on the corpus build of bench_throughput.
Writes benchmarks/results/sparql.json and prints a table.
Targets: Oxigraph ≥ 10× rdflib; selective queries (one actor, one topic) < 50 ms; corpus-wide < 0.5 s.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_throughput import BUILD_DIR, STANCEGRAPH  # noqa: E402
from machine import ROOT, machine, markdown_table, run_measured, write_results  # noqa: E402
from synthetic import Corpus  # noqa: E402

from graph.rdf.query import query_names, resolve_query, run_query  # noqa: E402
from graph.rdf.remote_sparql import bind_values  # noqa: E402
from graph.rdf.store import OxigraphStore, ingest  # noqa: E402

SELECTIVE = {"stances-of", "positions-on"}
WORK = Path(tempfile.gettempdir()) / "stancegraph-bench"
TRIPLES_PER_DOCUMENT = 150  # measured on the synthetic corpus, shared graph included
RUNS = 5


class Timeout(Exception):
    pass


def build_store(triples: int, path: Path) -> tuple[OxigraphStore, int, float]:
    """An Oxigraph store at `path` holding about `triples` quads; (store, quads, seconds to ingest)."""
    shutil.rmtree(path, ignore_errors=True)
    store = OxigraphStore(path)
    corpus = Corpus()
    started = time.perf_counter()
    ingest(store, corpus.documents(max(1, triples // TRIPLES_PER_DOCUMENT)), software_version="bench")
    seconds = time.perf_counter() - started
    return store, len(store.store), seconds


def load_rdflib(nquads: str) -> tuple[Any, float]:
    from rdflib import Dataset

    started = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.parse(data=nquads, format="nquads")
    return dataset, time.perf_counter() - started


def parameters(store: OxigraphStore) -> dict[str, dict[str, str]]:
    """The bound values of the selective queries: the most talked-about actor and topic."""
    busiest = store.query(
        "PREFIX sg: <https://w3id.org/stancegraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
        " SELECT ?label (COUNT(*) AS ?n) WHERE { ?s sg:holder ?a . ?a rdfs:label ?label }"
        " GROUP BY ?label ORDER BY DESC(?n) LIMIT 1"
    ).rows[0]
    topic = store.query(
        "PREFIX sg: <https://w3id.org/stancegraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
        " SELECT ?label (COUNT(*) AS ?n) WHERE { ?s sg:target ?t . ?t a sg:Topic ; rdfs:label ?label }"
        " GROUP BY ?label ORDER BY DESC(?n) LIMIT 1"
    ).rows[0]
    return {"stances-of": {"actor": str(busiest["label"])}, "positions-on": {"topic": str(topic["label"])}}


def time_oxigraph(store: OxigraphStore, name: str, params: dict[str, str]) -> tuple[float, int]:
    started = time.perf_counter()
    rows = len(run_query(store, name, params))  # warm-up
    times = []
    for _ in range(_runs(time.perf_counter() - started)):
        started = time.perf_counter()
        run_query(store, name, params)
        times.append(time.perf_counter() - started)
    return statistics.median(times), rows


def _runs(warm_up_s: float) -> int:
    """Median of RUNS, or a single run when one takes seconds (a 1M-quad join would take minutes)."""
    return RUNS if warm_up_s < 1.0 else 1


def time_raw(store: OxigraphStore, name: str, params: dict[str, str]) -> float:
    """The query in pyoxigraph alone, rows read as pyoxigraph terms: the store's share of the time."""
    import pyoxigraph as ox

    text = resolve_query(name).text
    substitutions = {ox.Variable(k): ox.Literal(v) for k, v in params.items()} or None
    times = []
    for _ in range(_runs(0.0)):
        started = time.perf_counter()
        list(store.store.query(text, use_default_graph_as_union=True, substitutions=substitutions))
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def time_rdflib(dataset: Any, name: str, params: dict[str, str], timeout: int) -> tuple[float | None, int]:
    from rdflib import Literal

    text = resolve_query(name).text
    if params:
        text = bind_values(text, {k: Literal(v) for k, v in params.items()})

    def expire(*_: object) -> None:
        raise Timeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(timeout)
    started = time.perf_counter()
    try:
        rows = len(list(dataset.query(text)))
        return time.perf_counter() - started, rows
    except Timeout:
        return None, -1
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def cold_start(runs: int = 3) -> list[dict[str, Any]]:
    """`stancegraph query` in a new process on the corpus build (store/), as a user runs it."""
    if not (BUILD_DIR / "store").is_dir():
        print(f"  no corpus build at {BUILD_DIR}: run bench_throughput.py first; cold start skipped",
              file=sys.stderr)
        return []
    out = []
    for name in ("stances", "contested-topics"):
        for attempt in range(runs):
            command = [str(STANCEGRAPH), "query", name, "--graph", str(BUILD_DIR), "--format", "csv"]
            run = run_measured(command)
            out.append({"query": name, "run": attempt + 1, "seconds": round(run.seconds, 3),
                        "rows": max(0, len(run.stdout.splitlines()) - 1), "ok": run.returncode == 0})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rdflib-timeout", type=int, default=300, help="seconds per rdflib query")
    args = parser.parse_args()
    results = run_all(args.triples, args.rdflib_timeout)
    path = write_results("sparql", results)
    print(report(results))
    print(f"\n(results in {path.relative_to(ROOT)})")


def run_all(triples: int, rdflib_timeout: int) -> dict[str, Any]:
    store, quads, ingest_s = build_store(triples, WORK / "sparql-store")
    print(f"  Oxigraph: {quads:,} quads ingested in {ingest_s:.1f} s", file=sys.stderr)
    dataset, load_s = load_rdflib(store.dump_nquads())
    print(f"  rdflib: loaded in {load_s:.1f} s", file=sys.stderr)
    bound = parameters(store)
    rows = []
    for name in query_names():
        params = bound.get(name, {})
        ox_s, ox_rows = time_oxigraph(store, name, params)
        raw_s = time_raw(store, name, params) if ox_s < 1.0 else ox_s
        rdf_s, rdf_rows = time_rdflib(dataset, name, params, rdflib_timeout)
        rows.append({"query": name, "kind": "selective" if name in SELECTIVE else "corpus-wide",
                     "rows": ox_rows, "oxigraph_s": round(ox_s, 4), "oxigraph_raw_s": round(raw_s, 4),
                     "rdflib_s": None if rdf_s is None else round(rdf_s, 3), "rdflib_rows": rdf_rows,
                     "speedup": None if rdf_s is None else round(rdf_s / ox_s, 1)})
        print(f"  {name}: oxigraph {ox_s * 1000:.1f} ms, rdflib {rdf_s if rdf_s is not None else 'timeout'}",
              file=sys.stderr)
    store.close()
    return {"machine": machine(), "quads": quads, "ingest_s": round(ingest_s, 1),
            "rdflib_load_s": round(load_s, 1), "rdflib_timeout_s": rdflib_timeout, "parameters": bound,
            "queries": rows, "cold_start": cold_start()}


def report(results: dict[str, Any]) -> str:
    m = results["machine"]
    head = (f"Named queries on {results['quads']:,} quads (Oxigraph ingest {results['ingest_s']} s, rdflib "
            f"load {results['rdflib_load_s']} s) — {m['nproc']} CPUs ({m['cpu']}), {m['ram_gb']} GB RAM, "
            f"pyoxigraph {m['pyoxigraph']}, rdflib {m['rdflib']}")
    timeout = f"> {results['rdflib_timeout_s']} s"
    table = markdown_table(
        ["query", "kind", "rows", "Oxigraph ms", "of which pyoxigraph ms", "rdflib s", "speed-up"],
        [[q["query"], q["kind"], q["rows"], round(q["oxigraph_s"] * 1000, 1),
          round(q["oxigraph_raw_s"] * 1000, 1),
          timeout if q["rdflib_s"] is None else q["rdflib_s"],
          f"> {round(results['rdflib_timeout_s'] / q['oxigraph_s'])}×" if q["speedup"] is None
          else f"{q['speedup']}×"] for q in results["queries"]],
    )
    cold = markdown_table(["cold `stancegraph query`", "run", "seconds", "rows"],
                          [[c["query"], c["run"], c["seconds"], c["rows"]] for c in results["cold_start"]])
    return f"{head}\n\n{table}\n\n{cold if results['cold_start'] else '(no cold-start figures)'}"


if __name__ == "__main__":
    main()
