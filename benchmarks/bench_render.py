"""Benchmark: time to interactive of the page of a generated 5,000-node graph in headless Chromium.

    .venv/bin/python benchmarks/bench_render.py [--nodes 5000] [--runs 3]
    .venv/bin/python benchmarks/bench_render.py --page build/graph.html   # time an existing page instead

Prints the figures and writes them to benchmarks/results/render.json (not with --page).
"Interactive" = the page has drawn the graph once with its positions and the filters and hover handlers
are live (`stancegraph.ready`), measured in the page from navigation start (performance.now()).
Target: ≤ 3 s for 5,000 nodes.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx

from graph.render import render_html
from graph.render.elements import drawn_counts

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
RESULTS = Path(__file__).parent / "results" / "render.json"
ID = "https://w3id.org/stancegraph/id/"
WORDS = ("talks agreement ceasefire sanctions minister said would plan support rejected border trade "
         "security meeting proposal energy summit government officials statement deal").split()


def synthetic_graph(n_nodes: int, *, seed: int = 1) -> nx.MultiDiGraph:
    """A corpus-like graph in the networkx form: 20% topics, actors taking 1–4 stances (Zipf-popular topics),
    some actor → actor relations, persons affiliated to organisations or countries, 1–3 quotes per edge."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    n_topics = n_nodes // 5
    kinds = ["Person"] * 5 + ["Organisation"] * 2 + ["Country"] * 1
    topics = [f"{ID}topic/t{i}" for i in range(n_topics)]
    actors = [f"{ID}actor/a{i}" for i in range(n_nodes - n_topics)]
    for iri in topics:
        G.add_node(iri, kind="Topic", label=f"topic {iri[-5:]}", aliases=[], role="", affiliation="",
                   stance_count=0)
    for iri in actors:
        G.add_node(iri, kind=rng.choice(kinds), label=f"Actor {iri[-5:]}", aliases=[f"A{iri[-4:]}"],
                   role="", affiliation="", stance_count=0)
    weights = [1 / (rank + 1) for rank in range(n_topics)]
    stance = 0
    for holder in actors:
        targets = rng.choices(topics, weights=weights, k=rng.randint(1, 4))
        if rng.random() < 0.15:
            targets.append(rng.choice(actors))
        for target in targets:
            stance += 1
            _add_stance(G, rng, holder, target, stance)
    groups = [a for a in actors if G.nodes[a]["kind"] != "Person"]
    for person in (a for a in actors if G.nodes[a]["kind"] == "Person"):
        if rng.random() < 0.6:
            group = rng.choice(groups)
            G.nodes[person]["affiliation"] = group
            G.add_edge(person, group, key="affiliation", relation="affiliation")
    return G


def _add_stance(G: nx.MultiDiGraph, rng: random.Random, holder: str, target: str, n: int) -> None:
    quotes = [" ".join(rng.choices(WORDS, k=18)) + "." for _ in range(rng.randint(1, 3))]
    evidence = [{"quote": q, "start": 0, "end": len(q), "document": f"{ID}document/d{n % 997}",
                 "title": f"Article {n % 997}", "date": "2025-02-18", "source": "Synthetic",
                 "url": ""} for q in quotes]
    G.add_edge(holder, target, key=f"{ID}stance/d/{n}", relation="actor_relation" if "/actor/" in target
               else "stance", polarity=rng.choice(["Support", "Oppose", "Neutral"]), act="state",
               confidence=0.7, evidence=evidence, evidence_count=len(evidence))
    G.nodes[holder]["stance_count"] += 1
    G.nodes[target]["stance_count"] += 1


def time_to_interactive(page_path: Path, runs: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    ready_ms: list[float] = []
    filter_ms: list[float] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                       else route.abort())
            page.goto(page_path.as_uri())
            page.wait_for_function("window.stancegraph && window.stancegraph.ready", timeout=120_000)
            ready_ms.append(page.evaluate("stancegraph.readyAt"))
            filter_ms.append(page.evaluate("""() => {
                const t = performance.now();
                document.getElementById("sg-search").value = "no such name";  // hides everything
                stancegraph.applyFilters();
                stancegraph.network.redraw();
                document.getElementById("sg-search").value = "";  // shows everything again
                stancegraph.applyFilters();
                stancegraph.network.redraw();
                return (performance.now() - t) / 2;
            }"""))
            page.close()
        browser.close()
    return {"ready_ms": ready_ms, "filter_ms": filter_ms}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--page", type=Path, help="time this page instead of a generated graph's")
    args = parser.parse_args()
    if args.page:
        timings = time_to_interactive(args.page.resolve(), args.runs)
        print(f"{args.page}: time to interactive {statistics.median(timings['ready_ms']) / 1000:.2f} s "
              f"(runs {[round(ms / 1000, 2) for ms in timings['ready_ms']]}); "
              f"filter + redraw {statistics.median(timings['filter_ms']):.1f} ms")
        return
    G = synthetic_graph(args.nodes)
    started = time.perf_counter()
    html = render_html(G)
    render_s = time.perf_counter() - started
    nodes, edges = drawn_counts(G)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.html"
        path.write_text(html, encoding="utf-8")
        browser = time_to_interactive(path, args.runs)
    result = {
        "nodes": nodes, "edges": edges, "page_mb": round(len(html.encode()) / 1e6, 2),
        "render_html_s": round(render_s, 2),
        "time_to_interactive_s": round(statistics.median(browser["ready_ms"]) / 1000, 2),
        "time_to_interactive_runs_s": [round(ms / 1000, 2) for ms in browser["ready_ms"]],
        "filter_and_redraw_ms": round(statistics.median(browser["filter_ms"]), 1),
        "target_s": 3.0, "machine": f"{platform.machine()}, {platform.python_version()}",
        "command": f"python benchmarks/bench_render.py --nodes {args.nodes} --runs {args.runs}",
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"{nodes} nodes, {edges} edges, page {result['page_mb']} MB: render_html {render_s:.2f} s; "
          f"time to interactive in headless Chromium {result['time_to_interactive_s']} s "
          f"(runs {result['time_to_interactive_runs_s']}, target ≤ 3 s); "
          f"filter + redraw {result['filter_and_redraw_ms']} ms")


if __name__ == "__main__":
    main()
