"""The page of a hand-made graph in headless Chromium, opened from file:// with the network blocked.

Checks what a reader sees: no console errors, as many nodes and edges as the graph has, evidence on hover
and click, filters that change what is drawn, and article text that runs nothing.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from render_support import IMG, SCRIPT, BrowserPage

from graph.render import render_html

pytestmark = pytest.mark.browser

ALL = {"nodes": 9, "edges": 9}


@pytest.fixture
def sample(
    open_page: Callable[[Path], BrowserPage], sample_graph: nx.MultiDiGraph, tmp_path: Path
) -> BrowserPage:
    path = tmp_path / "graph.html"
    path.write_text(render_html(sample_graph, title="Report " + SCRIPT), encoding="utf-8")
    return open_page(path)


def click(bp: BrowserPage, point: dict[str, float] | None) -> None:
    assert point, "nothing to click"
    bp.page.mouse.click(point["x"], point["y"])


def test_loads_offline_without_errors(sample: BrowserPage) -> None:
    assert sample.errors == [] and sample.requests == [] and sample.dialogs == []
    assert sample.page.text_content("#sg-heading") == "Report " + SCRIPT


def test_draws_every_node_and_edge(sample: BrowserPage, sample_graph: nx.MultiDiGraph) -> None:
    documents = sum(1 for _, kind in sample_graph.nodes(data="kind") if kind == "Document")
    assert sample.drawn() == {"nodes": sample_graph.number_of_nodes() - documents,
                              "edges": sample_graph.number_of_edges()}


def test_hovering_an_edge_shows_its_evidence(sample: BrowserPage) -> None:
    point = sample.edge_point(sample.edge_id("reject"))
    assert point
    sample.page.mouse.move(point["x"], point["y"])
    sample.page.wait_for_function("document.getElementById('sg-details').textContent.includes('envoy')")
    text = sample.details()
    assert "The envoy rejected the ceasefire " + SCRIPT in text
    assert "Talks report doc-a" in text and "2025-02-18" in text and "Example News" in text
    assert "reject" in text and "Oppose" in text and "ceasefire" in text
    assert sample.page.locator("#sg-details script, #sg-details img").count() == 0
    assert sample.dialogs == []


def test_clicking_an_edge_pins_its_evidence(sample: BrowserPage) -> None:
    click(sample, sample.edge_point(sample.edge_id("demand")))
    sample.page.mouse.move(5, 5)  # leave the canvas: the clicked edge stays in the panel
    text = sample.details()
    assert "Washington demanded sanctions " + IMG in text
    assert "https://example.org/doc-b" in text
    assert sample.page.locator("#sg-details img").count() == 0 and sample.dialogs == []


def test_clicking_a_node_lists_its_stances(sample: BrowserPage) -> None:
    click(sample, sample.node_point(sample.node_id("Anna Smith")))
    text = sample.details()
    assert "Foreign Minister" in text and "Smith" in text and "Russia" in text
    assert sample.page.locator("#sg-details .sg-stance").count() == 2  # the ceasefire stance, the criticism


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
    sample: BrowserPage, action: str, expected: dict[str, int]
) -> None:
    verb, selector, *value = action.split(":")
    if verb == "uncheck":
        sample.page.uncheck(selector)
    else:
        sample.page.fill(selector, value[0])
    assert sample.drawn() == expected
    assert sample.page.evaluate("stancegraph.counts()")["nodes"] == expected["nodes"]
    sample.page.click("#sg-reset")
    assert sample.drawn() == ALL
    assert sample.errors == []


def test_neighbourhood_of_the_clicked_node(sample: BrowserPage) -> None:
    click(sample, sample.node_point(sample.node_id("ceasefire")))
    sample.page.check("#sg-neighbourhood")
    # ceasefire, Anna Smith, Bob Jones, Russia; their stances on it, Smith → Jones, Smith's affiliation.
    assert sample.drawn() == {"nodes": 4, "edges": 5}
    shown = "stancegraph.visibleNodeIds().map(id => stancegraph.nodes.get(id).name).sort()"
    labels = sample.page.evaluate(shown)
    assert labels == ["Anna Smith", "Bob Jones " + IMG, "Russia", "ceasefire"]
    sample.page.uncheck("#sg-neighbourhood")
    assert sample.drawn() == ALL


def test_injection_payloads_run_nothing(sample: BrowserPage) -> None:
    for label in ["Bob Jones " + IMG, "sanctions " + SCRIPT]:
        click(sample, sample.node_point(sample.node_id(label)))
        assert label in sample.details()
    for act in ["reject", "demand"]:
        click(sample, sample.edge_point(sample.edge_id(act)))
    sample.page.fill("#sg-search", "<img")
    sample.page.wait_for_timeout(300)  # an injected onerror handler would fire by now
    assert sample.dialogs == [] and sample.errors == []
    assert sample.page.locator("img").count() == 0
    assert sample.page.locator("script").count() == 5  # vis-network, three JSON data blocks, the page script


def test_big_graph_laid_out_in_python(open_page: Callable[[Path], BrowserPage], sample_graph: nx.MultiDiGraph,
                                      tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_text(render_html(sample_graph, layout_threshold=3), encoding="utf-8")
    bp = open_page(path)
    assert bp.page.evaluate("stancegraph.network.physics.options.enabled") is False
    assert bp.drawn() == ALL
    positions = bp.page.evaluate("stancegraph.network.getPositions()")
    expected = {n["id"]: (n["x"], n["y"]) for n in bp.page.evaluate("stancegraph.nodes.get()")}
    # getPositions() rounds to whole pixels
    assert all(math.dist((p["x"], p["y"]), expected[i]) < 1.5 for i, p in positions.items())
    assert bp.errors == [] and bp.requests == []
