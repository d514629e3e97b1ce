"""Screenshot of a stancegraph page with one stance's evidence open in the details panel (docs/graph.png).

    .venv/bin/stancegraph build --out build
    .venv/bin/python docs/screenshot.py build/graph.html docs/graph.png

Opens the page in Debian's headless Chromium with the network blocked, clicks the stance edge with the most
evidence quotes (ties: the first in page order), and saves a 1400×900 PNG.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

PICK_EDGE = """() => {
    const edges = stancegraph.edges.get({filter: e => e.relation === "stance"});
    edges.sort((a, b) => b.evidenceCount - a.evidenceCount);
    return edges.length ? edges[0].id : null;
}"""

CLICK_EDGE = """id => {
    stancegraph.network.selectEdges([id]);
    stancegraph.network.emit("click", {nodes: [], edges: [id], pointer: {DOM: {x: 0, y: 0}}});
}"""


def main(page_path: Path, out: Path) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page.goto(page_path.resolve().as_uri())
        page.wait_for_function("window.stancegraph && window.stancegraph.ready", timeout=60_000)
        edge = page.evaluate(PICK_EDGE)
        if edge:
            page.evaluate(CLICK_EDGE, edge)
        page.screenshot(path=str(out))
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
