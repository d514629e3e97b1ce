"""The page in headless Chromium, opened from file:// with every network request aborted.

Checks what a reader sees: no console errors, as many nodes and edges as the graph has, evidence on hover
and click, filters that change what is drawn, and article text that runs nothing.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graph.render import render_html

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"

# What vis-network itself draws (hidden nodes and edges leave these index lists).
DRAWN = """() => ({nodes: stancegraph.network.body.nodeIndices.length,
                   edges: stancegraph.network.body.edgeIndices.length})"""


class PageLog:
    """Everything the page did that a test may want to forbid."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium (`make system-deps` installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (test extra)")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_page(browser: Any, path: Path) -> tuple[Any, PageLog]:
    log = PageLog()
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.on("console", lambda msg: log.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: log.errors.append(str(exc)))
    page.on("dialog", lambda dialog: (log.dialogs.append(dialog.message), dialog.dismiss()))

    def block(route: Any) -> None:
        if route.request.url != path.as_uri():
            log.requests.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    page.route("**/*", block)
    page.goto(path.as_uri())
    page.wait_for_function("window.stancegraph && window.stancegraph.ready", timeout=30_000)
    return page, log


@pytest.fixture
def sample_page(browser: Any, sample_graph: nx.MultiDiGraph, tmp_path: Path) -> Iterator[tuple[Any, PageLog]]:
    path = tmp_path / "graph.html"
    path.write_text(render_html(sample_graph, title="Report " + SCRIPT), encoding="utf-8")
    page, log = open_page(browser, path)
    yield page, log
    page.close()


def edge_id(page: Any, act: str) -> str:
    return str(page.evaluate("act => stancegraph.edges.get({filter: e => e.act === act})[0].id", act))


def edge_point(page: Any, edge: str) -> dict[str, float]:
    """A page point on `edge` that no node covers (vis-network's own hit test agrees)."""
    point = page.evaluate(
        """id => {
            const net = stancegraph.network, e = stancegraph.edges.get(id);
            const p = net.getPositions([e.from, e.to]);
            const box = document.getElementById("sg-network").getBoundingClientRect();
            for (let i = 1; i < 40; i++) {
                const t = 0.5 + (i % 2 ? 1 : -1) * Math.floor(i / 2) / 40;
                const a = p[e.from], b = p[e.to];
                const dom = net.canvasToDOM({x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y)});
                if (net.getEdgeAt(dom) === id && net.getNodeAt(dom) === undefined) {
                    return {x: dom.x + box.left, y: dom.y + box.top};
                }
            }
            return null;
        }""",
        edge,
    )
    assert point, f"no free point on edge {edge}"
    return dict(point)


def node_point(page: Any, label: str) -> dict[str, float]:
    return dict(page.evaluate(
        """label => {
            const net = stancegraph.network, n = stancegraph.nodes.get({filter: n => n.label === label})[0];
            const dom = net.canvasToDOM(net.getPositions([n.id])[n.id]);
            const box = document.getElementById("sg-network").getBoundingClientRect();
            return {x: dom.x + box.left, y: dom.y + box.top};
        }""",
        label,
    ))


def details(page: Any) -> str:
    return str(page.text_content("#sg-details"))


def test_loads_offline_without_errors(sample_page: tuple[Any, PageLog]) -> None:
    page, log = sample_page
    assert log.errors == [] and log.requests == [] and log.dialogs == []
    assert page.text_content("#sg-heading") == "Report " + SCRIPT


def test_draws_every_node_and_edge(sample_page: tuple[Any, PageLog], sample_graph: nx.MultiDiGraph) -> None:
    page, _ = sample_page
    documents = sum(1 for _, kind in sample_graph.nodes(data="kind") if kind == "Document")
    assert page.evaluate(DRAWN) == {"nodes": sample_graph.number_of_nodes() - documents,
                                    "edges": sample_graph.number_of_edges()}


def test_hovering_an_edge_shows_its_evidence(sample_page: tuple[Any, PageLog]) -> None:
    page, log = sample_page
    point = edge_point(page, edge_id(page, "reject"))
    page.mouse.move(point["x"], point["y"])
    page.wait_for_function("document.getElementById('sg-details').textContent.includes('envoy rejected')")
    text = details(page)
    assert "The envoy rejected the ceasefire " + SCRIPT in text
    assert "Talks report doc-a" in text and "2025-02-18" in text and "Example News" in text
    assert "reject" in text and "Oppose" in text and "ceasefire" in text
    assert page.locator("#sg-details script, #sg-details img").count() == 0
    assert log.dialogs == []


def test_clicking_an_edge_pins_its_evidence(sample_page: tuple[Any, PageLog]) -> None:
    page, log = sample_page
    point = edge_point(page, edge_id(page, "demand"))
    page.mouse.click(point["x"], point["y"])
    page.mouse.move(5, 5)  # leave the canvas: the clicked edge stays in the panel
    text = details(page)
    assert "Washington demanded sanctions " + IMG in text
    assert "https://example.org/doc-b" in text
    assert page.locator("#sg-details img").count() == 0 and log.dialogs == []


def test_clicking_a_node_lists_its_stances(sample_page: tuple[Any, PageLog]) -> None:
    page, _ = sample_page
    point = node_point(page, "Anna Smith")
    page.mouse.click(point["x"], point["y"])
    text = details(page)
    assert "Foreign Minister" in text and "Smith" in text and "Russia" in text
    assert page.locator("#sg-details .sg-stance").count() == 2  # the ceasefire stance, the criticism


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ("uncheck:#sg-kind-Topic", {"nodes": 5, "edges": 3}),
        ("uncheck:#sg-kind-Person", {"nodes": 7, "edges": 4}),
        ("uncheck:#sg-pol-Oppose", {"nodes": 7, "edges": 5}),
        ("uncheck:#sg-pol-Support", {"nodes": 7, "edges": 6}),
        ("fill:#sg-min-evidence:2", {"nodes": 4, "edges": 3}),
        ("fill:#sg-search:usa", {"nodes": 3, "edges": 2}),
        ("fill:#sg-search:CEASE", {"nodes": 4, "edges": 5}),
        ("fill:#sg-search:no such actor", {"nodes": 0, "edges": 0}),
    ],
)
def test_each_filter_changes_what_is_drawn(
    sample_page: tuple[Any, PageLog], action: str, expected: dict[str, int]
) -> None:
    page, log = sample_page
    verb, selector, *value = action.split(":")
    if verb == "uncheck":
        page.uncheck(selector)
    else:
        page.fill(selector, value[0])
    assert page.evaluate(DRAWN) == expected
    assert page.evaluate("stancegraph.counts()")["nodes"] == expected["nodes"]
    page.click("#sg-reset")
    assert page.evaluate(DRAWN) == {"nodes": 9, "edges": 9}
    assert log.errors == []


def test_neighbourhood_of_the_clicked_node(sample_page: tuple[Any, PageLog]) -> None:
    page, _ = sample_page
    point = node_point(page, "ceasefire")
    page.mouse.click(point["x"], point["y"])
    page.check("#sg-neighbourhood")
    # ceasefire, Anna Smith, Bob Jones, Russia; their stances on it, Smith → Jones, Smith's affiliation.
    assert page.evaluate(DRAWN) == {"nodes": 4, "edges": 5}
    labels = page.evaluate("stancegraph.nodes.get({filter: n => !n.hidden}).map(n => n.label).sort()")
    assert labels == ["Anna Smith", "Bob Jones " + IMG, "Russia", "ceasefire"]
    page.uncheck("#sg-neighbourhood")
    assert page.evaluate(DRAWN) == {"nodes": 9, "edges": 9}


def test_injection_payloads_run_nothing(sample_page: tuple[Any, PageLog]) -> None:
    page, log = sample_page
    for label in ["Bob Jones " + IMG, "sanctions " + SCRIPT]:
        point = node_point(page, label)
        page.mouse.click(point["x"], point["y"])
        assert label in details(page)
    for act in ["reject", "demand"]:
        point = edge_point(page, edge_id(page, act))
        page.mouse.click(point["x"], point["y"])
    page.fill("#sg-search", "<img")
    page.wait_for_timeout(300)  # an injected onerror handler would fire by now
    assert log.dialogs == [] and log.errors == []
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 5  # vis-network, three JSON data blocks, the page script


def test_big_graph_laid_out_in_python(browser: Any, sample_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_text(render_html(sample_graph, layout_threshold=3), encoding="utf-8")
    page, log = open_page(browser, path)
    try:
        assert page.evaluate("stancegraph.network.physics.options.enabled") is False
        assert page.evaluate(DRAWN) == {"nodes": 9, "edges": 9}
        positions = page.evaluate("stancegraph.network.getPositions()")
        expected = {n["id"]: (n["x"], n["y"]) for n in page.evaluate("stancegraph.nodes.get()")}
        # getPositions() rounds to whole pixels
        assert all(math.dist((p["x"], p["y"]), expected[i]) < 1.5 for i, p in positions.items())
        assert log.errors == [] and log.requests == []
    finally:
        page.close()
