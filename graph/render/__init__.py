"""The interactive HTML page: the networkx form of the graph → one offline, filterable HTML string."""

from graph.render.html import render_html

__all__ = ["render_html"]
