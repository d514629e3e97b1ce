"""The pages `stancegraph build` writes for real text, in headless Chromium: the bundled example and the
395-article BBC politics corpus (when ../shared/corpus is present).

What each filter should show is worked out here in Python from the page's own node and edge records (the
rules the page's legend and controls describe) and compared with what vis-network draws.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from render_support import BrowserPage
from typer.testing import CliRunner

from graph.cli import app
from graph.render import render_html
from graph.render.elements import drawn_counts, edge_records, node_records

pytestmark = [pytest.mark.browser, pytest.mark.model]

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "bbc-politics.jsonl"
KINDS = frozenset({"Person", "Organisation", "Country", "Topic"})
POLARITIES = frozenset({"Support", "Oppose", "Neutral"})


@dataclass(frozen=True)
class Built:
    page: Path
    graph: nx.MultiDiGraph
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


def build(inputs: list[str], out: Path) -> Built:
    result = CliRunner().invoke(app, ["build", *inputs, "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return read_build(out)


def read_build(out: Path) -> Built:
    from graph.analysis.workflow import load_graph

    G = load_graph(out)
    return Built(out / "graph.html", G, node_records(G), edge_records(G))


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return build([], tmp_path_factory.mktemp("example"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The corpus built here (about 3 minutes), or the build folder named by $STANCEGRAPH_CORPUS_BUILD."""
    if not CORPUS.is_file():
        pytest.skip(f"the development corpus {CORPUS} is not here")
    prebuilt = os.environ.get("STANCEGRAPH_CORPUS_BUILD")
    if prebuilt:  # its graph.html may be older than this code: render the page afresh
        built = read_build(Path(prebuilt))
        page = tmp_path_factory.mktemp("corpus") / "graph.html"
        page.write_text(render_html(built.graph), encoding="utf-8")
        return Built(page, built.graph, built.nodes, built.edges)
    return build([str(CORPUS)], tmp_path_factory.mktemp("corpus"))


# ---- what the page should show (the rules of page.js, restated) --------------------------------------


def passes(edge: dict[str, Any], polarities: frozenset[str], min_evidence: int) -> bool:
    if edge["relation"] == "affiliation":
        return True
    return edge["polarity"] in polarities and edge["linkEvidence"] >= min_evidence


def expected(built: Built, *, kinds: frozenset[str] = KINDS, polarities: frozenset[str] = POLARITIES,
             min_evidence: int = 1, query: str = "", selected: str | None = None) -> dict[str, int]:
    """Nodes and edges drawn under these filter settings."""
    incident: dict[str, list[dict[str, Any]]] = {n["id"]: [] for n in built.nodes}
    for e in built.edges:
        for end in {e["from"], e["to"]}:
            incident[end].append(e)
    active = polarities != POLARITIES or min_evidence > 1

    def keeps_a_stance(node: str) -> bool:
        stances = (e for e in incident[node] if e["relation"] != "affiliation")
        return any(passes(e, polarities, min_evidence) for e in stances)

    visible = {n["id"] for n in built.nodes if n["kind"] in kinds and (not active or keeps_a_stance(n["id"]))}

    def with_neighbours(seeds: set[str], allowed: set[str]) -> set[str]:
        result = set(seeds)
        for node in seeds:
            for e in incident[node]:
                other = e["to"] if e["from"] == node else e["from"]
                if passes(e, polarities, min_evidence) and other in allowed:
                    result.add(other)
        return result

    query = query.strip().lower()  # the search box ignores case and surrounding spaces
    if query:
        names = {n["id"]: "\n".join([n["name"], *n["aliases"]]).lower() for n in built.nodes}
        visible = with_neighbours({i for i in visible if query in names[i]}, visible)
    if selected is not None:
        visible = with_neighbours({selected}, visible | {selected})
    edges = [e for e in built.edges
             if e["from"] in visible and e["to"] in visible and passes(e, polarities, min_evidence)]
    return {"nodes": len(visible), "edges": len(edges)}


# ---- the checks, the same for every real page ------------------------------------------------------


def check_counts(bp: BrowserPage, built: Built) -> None:
    nodes, edges = drawn_counts(built.graph)
    assert nodes > 0 and edges > 0
    assert bp.drawn() == {"nodes": nodes, "edges": edges}
    assert bp.errors == [] and bp.requests == [] and bp.dialogs == []


def check_evidence_on_hover(bp: BrowserPage, built: Built) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout  # the browser tests' optional extra

    for edge in [e for e in built.edges if e["relation"] != "affiliation" and e["evidence"]][:200]:
        point = bp.edge_point(edge["id"])
        if point is None:  # hidden under other edges or nodes, or off screen: try the next one
            continue
        bp.page.mouse.move(point["x"], point["y"])
        shown = "id => document.querySelector(`#sg-details [data-edge='${id}']`)"
        try:  # a node's label drawn over the point takes the hover: try the next edge
            bp.page.wait_for_function(shown, arg=edge["id"], timeout=3000)
        except PlaywrightTimeout:
            continue
        text = bp.details()
        for evidence in edge["evidence"]:
            assert " ".join(evidence["quote"].split()) in " ".join(text.split())
            assert evidence["title"] in text
        return
    pytest.fail("no stance edge could be hovered")


def check_filters(bp: BrowserPage, built: Built) -> None:
    name = max(built.nodes, key=lambda n: (n["stanceCount"], n["id"]))
    query = name["name"][:5]
    settings: list[tuple[Callable[[], None], dict[str, int]]] = [
        (lambda: bp.page.uncheck("#sg-kind-Topic"), expected(built, kinds=KINDS - {"Topic"})),
        (lambda: bp.page.uncheck("#sg-kind-Person"), expected(built, kinds=KINDS - {"Person"})),
        (lambda: bp.page.uncheck("#sg-pol-Support"), expected(built, polarities=POLARITIES - {"Support"})),
        (lambda: bp.page.uncheck("#sg-pol-Oppose"), expected(built, polarities=POLARITIES - {"Oppose"})),
        (lambda: bp.page.fill("#sg-min-evidence", "2"), expected(built, min_evidence=2)),
        (lambda: bp.page.fill("#sg-search", query), expected(built, query=query)),
    ]
    everything = bp.drawn()
    for action, wanted in settings:
        action()
        assert bp.drawn() == wanted
        bp.page.click("#sg-reset")
        assert bp.drawn() == everything
    bp.page.evaluate("id => stancegraph.select(id)", name["id"])
    bp.page.check("#sg-neighbourhood")
    assert bp.drawn() == expected(built, selected=name["id"])
    bp.page.click("#sg-reset")
    assert bp.drawn() == everything and bp.errors == [] and bp.dialogs == []


def test_example_page(example: Built, open_page: Callable[[Path], BrowserPage]) -> None:
    bp = open_page(example.page)
    check_counts(bp, example)
    check_evidence_on_hover(bp, example)
    check_filters(bp, example)


@pytest.mark.slow
def test_corpus_page(corpus: Built, open_page: Callable[[Path], BrowserPage]) -> None:
    bp = open_page(corpus.page)
    check_counts(bp, corpus)
    check_evidence_on_hover(bp, corpus)
    check_filters(bp, corpus)
