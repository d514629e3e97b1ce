"""SPARQL 1.1 UPDATE text that replaces named graphs (shared by the Oxigraph store and `ingest`)."""

from __future__ import annotations

from collections.abc import Mapping


def replace_operations(graphs: Mapping[str, str]) -> list[str]:
    """Operations that replace each named graph (IRI → N-Triples text); empty text removes the graph."""
    operations = []
    for name in sorted(graphs):
        operations.append(f"DROP SILENT GRAPH <{name}>")
        if graphs[name].strip():
            operations.append(f"INSERT DATA {{ GRAPH <{name}> {{\n{graphs[name]}\n}} }}")
    return operations
