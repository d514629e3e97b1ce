"""How the page draws the graph: colours, shapes, sizes and legend text (data, no logic).

Colours come from Paul Tol's colour-blind safe palettes; polarity colours are chosen apart from the node
colours so an edge never reads as a node type.
"""

from __future__ import annotations

from typing import Final

# Node kinds drawn on the page (Document nodes are not drawn: their metadata goes into the evidence).
NODE_KINDS: Final[tuple[str, ...]] = ("Person", "Organisation", "Country", "Topic")

# vis-network shapes whose size follows `size` (so that size can encode the number of stances).
NODE_SHAPES: Final[dict[str, str]] = {
    "Person": "dot",
    "Organisation": "square",
    "Country": "triangle",
    "Topic": "diamond",
}

NODE_COLOURS: Final[dict[str, str]] = {
    "Person": "#4477AA",
    "Organisation": "#EE7733",
    "Country": "#AA3377",
    "Topic": "#CCBB44",
}

NODE_LEGEND: Final[dict[str, str]] = {
    "Person": "Person (circle)",
    "Organisation": "Organisation (square)",
    "Country": "Country (triangle)",
    "Topic": "Topic / issue (diamond)",
}

POLARITIES: Final[tuple[str, ...]] = ("Support", "Oppose", "Neutral")

POLARITY_COLOURS: Final[dict[str, str]] = {
    "Support": "#228833",
    "Oppose": "#CC3311",
    "Neutral": "#888888",
}

POLARITY_LEGEND: Final[dict[str, str]] = {
    "Support": "supports / proposes / agrees",
    "Oppose": "opposes / rejects / criticises",
    "Neutral": "neutral (negotiates, states)",
}

# Edge relations of the networkx form and how each is drawn (dashes: vis-network dash pattern or False).
RELATION_DASHES: Final[dict[str, list[int] | bool]] = {
    "stance": False,
    "actor_relation": [8, 6],
    "affiliation": [2, 4],
}

RELATION_LEGEND: Final[dict[str, str]] = {
    "stance": "actor → topic stance (solid arrow)",
    "actor_relation": "actor → actor relation (dashed arrow)",
    "affiliation": "affiliation: person → organisation or country (thin grey)",
}

AFFILIATION_COLOUR: Final[str] = "#BBBBBB"
AFFILIATION_WIDTH: Final[float] = 0.8

# Node size: base + step * sqrt(stances), capped so a hub does not hide its neighbours.
NODE_SIZE_BASE: Final[float] = 9.0
NODE_SIZE_STEP: Final[float] = 5.0
NODE_SIZE_MAX: Final[float] = 45.0

# Edge width: base + step * log2(1 + quotes), capped.
EDGE_WIDTH_BASE: Final[float] = 1.0
EDGE_WIDTH_STEP: Final[float] = 1.5
EDGE_WIDTH_MAX: Final[float] = 8.0

# Extra curvature per parallel edge between the same two nodes (static curves add no physics bodies).
PARALLEL_ROUNDNESS: Final[float] = 0.18

# Canvas and panel look.
BACKGROUND: Final[str] = "#ffffff"
FONT_COLOUR: Final[str] = "#222222"
LABEL_FONT_SIZE: Final[int] = 14
# Longer names are cut on the canvas (the details panel shows them whole).
LABEL_MAX_CHARS: Final[int] = 36
