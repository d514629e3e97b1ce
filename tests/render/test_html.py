"""The page as a string: offline, escaped, deterministic, and carrying exactly the graph's nodes and edges."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from graph.render import render_html
from graph.render.elements import drawn_counts, edge_records, node_records

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


def embedded(page: str, element_id: str) -> object:
    """The JSON inside `<script type="application/json" id=element_id>` (the way the page's JS reads it)."""
    match = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', page, re.S)
    assert match, f"no #{element_id} data block"
    return json.loads(match.group(1))


def test_no_http_resource_anywhere(sample_graph: nx.MultiDiGraph) -> None:
    page = render_html(sample_graph)
    assert "http://" not in page and "https://" not in page
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", page, re.I)
    assert "@import" not in page


def test_every_script_and_style_is_inline(sample_graph: nx.MultiDiGraph) -> None:
    page = render_html(sample_graph)
    assert "vis.Network" in page  # our page script
    assert "vis-network" in page and len(page) > 400_000  # the vendor script itself, not a link to it
    assert page.count("<style>") == 2


@pytest.mark.parametrize("payload", [SCRIPT, IMG])
def test_payloads_never_appear_as_markup(sample_graph: nx.MultiDiGraph, payload: str) -> None:
    page = render_html(sample_graph, title="Report " + payload)
    assert payload not in page
    assert "onerror=alert(1)>" not in page and "alert(1)</script>" not in page


def test_heading_is_escaped(sample_graph: nx.MultiDiGraph) -> None:
    page = render_html(sample_graph, title="Report " + SCRIPT)
    assert "<h1 id=\"sg-heading\">Report &lt;script&gt;alert(1)&lt;/script&gt;</h1>" in page
    assert "<title>Report &lt;script&gt;alert(1)&lt;/script&gt;</title>" in page


def test_article_text_survives_escaping_unchanged(sample_graph: nx.MultiDiGraph) -> None:
    page = render_html(sample_graph)
    nodes = embedded(page, "sg-nodes")
    edges = embedded(page, "sg-edges")
    assert isinstance(nodes, list) and isinstance(edges, list)
    assert "Bob Jones " + IMG in {n["name"] for n in nodes}
    quotes = {ev["quote"] for e in edges for ev in e.get("evidence", [])}
    assert "The envoy rejected the ceasefire " + SCRIPT in quotes
    assert "Washington demanded sanctions " + IMG in quotes
    urls = {ev["url"] for e in edges for ev in e.get("evidence", [])}
    assert urls == {"https://example.org/doc-a", "https://example.org/doc-b"}


def test_embedded_counts_equal_the_graph(sample_graph: nx.MultiDiGraph) -> None:
    page = render_html(sample_graph)
    nodes = embedded(page, "sg-nodes")
    edges = embedded(page, "sg-edges")
    assert isinstance(nodes, list) and isinstance(edges, list)
    # 10 nodes in the graph, one of them a Document (not drawn); 9 edges (7 stances + 2 affiliations).
    assert len(nodes) == 9 and len(edges) == 9
    assert drawn_counts(sample_graph) == (9, 9)
    assert nodes == node_records(sample_graph)
    assert edges == edge_records(sample_graph)
    assert not any(n["kind"] == "Document" for n in nodes)


def test_same_graph_same_bytes(sample_graph: nx.MultiDiGraph) -> None:
    reordered = nx.MultiDiGraph()
    reordered.add_nodes_from(reversed(list(sample_graph.nodes(data=True))))
    reordered.add_edges_from(reversed(list(sample_graph.edges(keys=True, data=True))))
    assert render_html(sample_graph) == render_html(sample_graph)
    assert render_html(sample_graph) == render_html(reordered)


def test_render_does_not_change_its_input(sample_graph: nx.MultiDiGraph) -> None:
    before = nx.node_link_data(sample_graph, edges="links")
    render_html(sample_graph, layout_threshold=1)
    assert nx.node_link_data(sample_graph, edges="links") == before


def test_small_graph_uses_browser_physics(sample_graph: nx.MultiDiGraph) -> None:
    page = render_html(sample_graph)
    options = embedded(page, "sg-options")
    assert isinstance(options, dict)
    assert options["physics"]["enabled"] is True
    assert options["edges"]["smooth"] is False  # curved edges would add a physics body each
    assert not any("x" in n for n in embedded(page, "sg-nodes"))  # type: ignore[union-attr]


def test_big_graph_is_laid_out_in_python(sample_graph: nx.MultiDiGraph) -> None:
    page = render_html(sample_graph, layout_threshold=5)
    options = embedded(page, "sg-options")
    nodes = embedded(page, "sg-nodes")
    assert isinstance(options, dict) and isinstance(nodes, list)
    assert options["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes)
    assert page == render_html(sample_graph, layout_threshold=5)


def test_empty_graph_renders() -> None:
    page = render_html(nx.MultiDiGraph())
    assert embedded(page, "sg-nodes") == [] and embedded(page, "sg-edges") == []


def test_same_bytes_across_processes(tmp_path: Path) -> None:
    """Set and dict order must not leak into the page: two interpreters with different hash seeds agree."""
    code = (
        "import hashlib, networkx as nx; from graph.render import render_html\n"
        "G = nx.MultiDiGraph()\n"
        "for i in range(40):\n"
        "    G.add_node(f'a{i}', kind='Person', label=f'A{i}', aliases={f'x{i}', f'y{i}'}, stance_count=1)\n"
        "    G.add_node(f't{i % 7}', kind='Topic', label=f'T{i % 7}', stance_count=1)\n"
        "    G.add_edge(f'a{i}', f't{i % 7}', key=f's{i}', relation='stance', polarity='Support')\n"
        "print(hashlib.sha256(render_html(G, layout_threshold=10).encode()).hexdigest())\n"
    )
    digests = {
        subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": seed},
                       capture_output=True, text=True, check=True).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


def test_content_security_policy_forbids_any_fetch(sample_graph: nx.MultiDiGraph) -> None:
    """Defence in depth: even injected markup could load nothing, as the page allows no source at all."""
    page = render_html(sample_graph)
    match = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert match
    policy = dict(part.strip().split(" ", 1) for part in match.group(1).split(";"))
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == "'unsafe-inline'" and policy["style-src"] == "'unsafe-inline'"
    assert "http" not in match.group(1)
