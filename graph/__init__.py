"""stancegraph: who stands where on which issue — a stance knowledge graph from news text."""

__version__ = "0.1.0"
