"""The interactive page: the networkx form of the graph → one self-contained, offline HTML string.

Made with pyvis (its `Network` holds the node and edge lists and options, `generate_html` renders) but with
our own template: pyvis's templates link bootstrap and tom-select from CDNs and insert the heading and
tooltips as raw HTML. Every script and style is inlined, no `http(s)://` string is left in the page, and
article text travels only as JSON inside `<script type="application/json">`, drawn with textContent.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from pyvis.network import Network

from graph.errors import ResourceError
from graph.render import style
from graph.render.elements import edge_records, node_records
from graph.render.layout import sampled_force_layout

__all__ = ["render_html"]

_ASSETS = Path(__file__).parent / "assets"
_VIS_VERSION = "9.1.2"
_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / f"vis-{_VIS_VERSION}"

# Characters escaped inside embedded JSON: "<" ">" "&" so no "</script>" or comment can close the block,
# "/" so no "http://" survives as text, and the two line separators older JavaScript parsers reject.
_JSON_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "/": "\\/", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def render_html(G: nx.MultiDiGraph, *, title: str = "stancegraph", layout_threshold: int = 300) -> str:
    """The page showing `G` (networkx form of common.md); same graph → same bytes.

    Above `layout_threshold` drawn nodes the layout is computed here and physics is off in the browser.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", kind="Person", label="A <b>", stance_count=1)
    >>> page = render_html(G, title="<i>t</i>")
    >>> "&lt;i&gt;t&lt;/i&gt;" in page and "<i>t</i>" not in page and "http://" not in page
    True
    """
    nodes = node_records(G)
    edges = edge_records(G)
    use_python_layout = len(nodes) > layout_threshold
    if use_python_layout:
        positions = sampled_force_layout([n["id"] for n in nodes], [(e["from"], e["to"]) for e in edges])
        for record in nodes:
            record["x"], record["y"] = positions[record["id"]]
    net = Network(height="100%", width="100%", directed=True, heading=title, bgcolor=style.BACKGROUND,
                  cdn_resources="in_line")
    net.nodes = nodes
    net.edges = edges
    net.options = _options(physics=not use_python_layout)
    net.templateEnv = _environment()
    net.path = "page.html"
    return str(net.generate_html())


def _options(*, physics: bool) -> dict[str, Any]:
    """vis-network options: straight edges (curved ones add a physics body each), hover events on."""
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -90, "springLength": 140, "avoidOverlap": 0.6},
            "stabilization": {"enabled": physics, "iterations": 200, "updateInterval": 50, "fit": True},
        },
        "nodes": {
            "font": {"size": style.LABEL_FONT_SIZE, "color": style.FONT_COLOUR},
            "borderWidth": 1,
            "scaling": {"label": {"enabled": False}},
        },
        "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 1.5},
        "interaction": {
            "hover": True,
            "tooltipDelay": 200,
            "hideEdgesOnDrag": not physics,
            "hideEdgesOnZoom": not physics,
            "navigationButtons": False,
            "keyboard": False,
        },
    }


@functools.cache
def _environment() -> Environment:
    """Our template with autoescaping on, the JSON filter and the inlined vendor and page assets."""
    env = Environment(loader=FileSystemLoader(str(_ASSETS)), autoescape=True, keep_trailing_newline=True)
    env.filters["script_json"] = script_json
    env.globals.update(
        vis_js=Markup(_inline_text(_VIS_DIR / "vis-network.min.js")),
        vis_css=Markup(_inline_text(_VIS_DIR / "vis-network.css")),
        page_js=Markup(_inline_text(_ASSETS / "page.js")),
        page_css=Markup(_inline_text(_ASSETS / "page.css")),
        pyvis_version=pyvis.__version__,
        vis_version=_VIS_VERSION,
        kinds=style.NODE_KINDS,
        shapes=style.NODE_SHAPES,
        node_colours=style.NODE_COLOURS,
        node_legend=style.NODE_LEGEND,
        polarities=style.POLARITIES,
        polarity_colours=style.POLARITY_COLOURS,
        polarity_legend=style.POLARITY_LEGEND,
        relation_legend=style.RELATION_LEGEND,
    )
    return env


def script_json(value: Any) -> Markup:
    """`value` as JSON safe to place inside a `<script>` element (a str is taken as JSON text already).

    >>> str(script_json({"q": "</script><img src=x>", "u": "https://x"}))
    '{"q":"\\\\u003c\\\\/script\\\\u003e\\\\u003cimg src=x\\\\u003e","u":"https:\\\\/\\\\/x"}'
    """
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.translate(_JSON_ESCAPES))


def _inline_text(path: Path) -> str:
    """A script or style file's text, made safe to inline: no closing tag, no "http(s)://" literal.

    `http:\\/\\/` means the same as `http://` inside JavaScript strings, comments and regular expressions,
    the only places a URL can occur in a script; the stylesheets carry none.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        message = f"cannot read {path} ({exc.strerror}): reinstall with `pip install pyvis==0.3.2`"
        raise ResourceError(message) from exc
    if "</script" in text.lower() or "</style" in text.lower():
        raise ResourceError(f"{path} contains a closing script or style tag: reinstall pyvis==0.3.2")
    return text.replace("http://", "http:\\/\\/").replace("https://", "https:\\/\\/")
