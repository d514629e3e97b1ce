"""Shared by the render tests: hand-made graphs in the networkx form of common.md, and headless Chromium."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from render_support import CHROMIUM, CHROMIUM_ARGS, ID, IMG, SCRIPT, BrowserPage


def _actor(G: nx.MultiDiGraph, slug: str, kind: str, label: str, **extra: object) -> str:
    iri = f"{ID}actor/{slug}"
    G.add_node(iri, kind=kind, label=label, aliases=sorted(extra.pop("aliases", [])),  # type: ignore[call-overload]
               role=extra.pop("role", ""), affiliation=extra.pop("affiliation", ""), stance_count=0)
    return iri


def _topic(G: nx.MultiDiGraph, slug: str, label: str) -> str:
    iri = f"{ID}topic/{slug}"
    G.add_node(iri, kind="Topic", label=label, aliases=[], role="", affiliation="", stance_count=0)
    return iri


def _stance(G: nx.MultiDiGraph, n: int, holder: str, target: str, polarity: str, act: str,
            quotes: list[str], doc: str = "doc-a") -> None:
    relation = "actor_relation" if "/actor/" in target else "stance"
    evidence = [
        {"quote": q, "start": 10 * i, "end": 10 * i + len(q), "document": f"{ID}document/{doc}",
         "title": f"Talks report {doc}", "date": "2025-02-18", "source": "Example News",
         "url": f"https://example.org/{doc}"}
        for i, q in enumerate(quotes)
    ]
    G.add_edge(holder, target, key=f"{ID}stance/{doc}/{n:04d}", relation=relation, polarity=polarity,
               act=act, confidence=0.8, evidence=evidence, evidence_count=len(evidence))
    for node in (holder, target):
        G.nodes[node]["stance_count"] += 1


def make_sample_graph() -> nx.MultiDiGraph:
    """9 drawn nodes, 1 document node, 9 edges (7 stances/relations, 2 affiliations); has XSS payloads."""
    G = nx.MultiDiGraph()
    ru = _actor(G, "russia", "Country", "Russia")
    us = _actor(G, "united-states", "Country", "United States", aliases=["US", "USA"])
    un = _actor(G, "united-nations", "Organisation", "United Nations", aliases=["UN"])
    minister = _actor(G, "anna-smith", "Person", "Anna Smith", role="Foreign Minister", affiliation=ru,
                      aliases=["Smith"])
    envoy = _actor(G, "bob-jones", "Person", "Bob Jones " + IMG, role="Special Envoy", affiliation=us)
    ceasefire = _topic(G, "ceasefire", "ceasefire")
    sanctions = _topic(G, "sanctions", "sanctions " + SCRIPT)
    summit = _topic(G, "summit", "summit")
    _topic(G, "lonely-topic", "lonely topic")
    G.add_node(f"{ID}document/doc-a", kind="Document", label="Talks report " + SCRIPT,
               title="Talks report " + SCRIPT, date="2025-02-18", source="Example News",
               url="https://example.org/doc-a", aliases=[], role="", affiliation="", stance_count=0)
    _stance(G, 1, minister, ceasefire, "Support", "propose", ["We propose a ceasefire now.",
                                                                "A second quote."])
    _stance(G, 2, envoy, ceasefire, "Oppose", "reject", ["The envoy rejected the ceasefire " + SCRIPT])
    _stance(G, 3, us, sanctions, "Support", "demand", ["Washington demanded sanctions " + IMG], doc="doc-b")
    _stance(G, 4, ru, sanctions, "Oppose", "reject", ["Moscow rejects sanctions.", "Again.", "And again."])
    _stance(G, 5, un, summit, "Neutral", "state", ["The UN said a summit was possible."])
    _stance(G, 6, minister, envoy, "Oppose", "criticise", ["Smith criticised Jones."])
    _stance(G, 7, ru, ceasefire, "Neutral", "negotiate", ["Russia negotiated on the ceasefire."], doc="doc-b")
    G.add_edge(minister, ru, key="affiliation", relation="affiliation")
    G.add_edge(envoy, us, key="affiliation", relation="affiliation")
    return G


@pytest.fixture
def sample_graph() -> nx.MultiDiGraph:
    return make_sample_graph()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium (`make system-deps` installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (test extra)")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser: Any) -> Iterator[Callable[[Path], BrowserPage]]:
    """Opens a page from file:// with every other request aborted; waits until it is interactive."""
    opened: list[Any] = []

    def open_(path: Path) -> BrowserPage:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        opened.append(page)
        result = BrowserPage(page)
        page.on("console", lambda msg: result.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: result.errors.append(str(exc)))
        page.on("dialog", lambda dialog: (result.dialogs.append(dialog.message), dialog.dismiss()))

        def block(route: Any) -> None:
            if route.request.url == path.as_uri():
                route.continue_()
            else:
                result.requests.append(route.request.url)
                route.abort()

        page.route("**/*", block)
        page.goto(path.as_uri())
        page.wait_for_function("window.stancegraph && window.stancegraph.ready", timeout=60_000)
        return result

    yield open_
    for page in opened:
        page.close()
