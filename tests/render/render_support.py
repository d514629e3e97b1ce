"""Helpers of the render tests (a module of its own: test modules import it; fixtures stay in conftest)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ID = "https://w3id.org/stancegraph/id/"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"

# ---- headless Chromium (browser tests) --------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

# What vis-network itself draws (hidden nodes and edges leave these index lists).
_DRAWN = """() => ({nodes: stancegraph.network.body.nodeIndices.length,
                    edges: stancegraph.network.body.edgeIndices.length})"""

_EDGE_POINT = """id => {
    const net = stancegraph.network, e = stancegraph.edges.get(id);
    const p = net.getPositions([e.from, e.to]);
    const box = document.getElementById("sg-network").getBoundingClientRect();
    for (let i = 1; i < 40; i++) {
        const t = 0.5 + (i % 2 ? 1 : -1) * Math.floor(i / 2) / 40;
        const a = p[e.from], b = p[e.to];
        const dom = net.canvasToDOM({x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y)});
        const inside = dom.x > 0 && dom.y > 0 && dom.x < box.width && dom.y < box.height;
        const x = dom.x + box.left, y = dom.y + box.top;
        const top = inside ? document.elementFromPoint(x, y) : null;  // not under a panel or a control
        const reachable = top !== null && top.closest("#sg-network") !== null;
        if (reachable && net.getEdgeAt(dom) === id && net.getNodeAt(dom) === undefined) {
            return {x, y};
        }
    }
    return null;
}"""

_NODE_POINT = """id => {
    const net = stancegraph.network;
    const dom = net.canvasToDOM(net.getPositions([id])[id]);
    const box = document.getElementById("sg-network").getBoundingClientRect();
    return {x: dom.x + box.left, y: dom.y + box.top};
}"""


@dataclass
class BrowserPage:
    """A stancegraph page open in Chromium, with everything it did that a test may want to forbid."""

    page: Any
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def drawn(self) -> dict[str, int]:
        return dict(self.page.evaluate(_DRAWN))

    def details(self) -> str:
        return str(self.page.text_content("#sg-details"))

    def edge_point(self, edge_id: str) -> dict[str, float] | None:
        """A point on the edge that no node, panel or control covers (vis-network's hit test agrees)."""
        point = self.page.evaluate(_EDGE_POINT, edge_id)
        return dict(point) if point else None

    def node_point(self, node_id: str) -> dict[str, float]:
        return dict(self.page.evaluate(_NODE_POINT, node_id))

    def node_id(self, label: str) -> str:
        found = "l => stancegraph.nodes.get({filter: n => n.name === l})[0].id"
        return str(self.page.evaluate(found, label))

    def edge_id(self, act: str) -> str:
        return str(self.page.evaluate("a => stancegraph.edges.get({filter: e => e.act === a})[0].id", act))
