"""The import direction of the package: every import points down the floors, none back up.

Floors, top to bottom: cli → workflow → pipeline → render, analysis → rdf, parallel → extract → records,
errors, io. Checked on the source (AST), so it holds for imports inside functions too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "graph"

# layer → modules it must never import (prefix match on dotted names)
FORBIDDEN = {
    "graph.extract": ("rdflib", "pyoxigraph", "pyvis", "networkx", "graph.rdf", "graph.analysis",
                      "graph.render", "graph.pipeline", "graph.workflow", "graph.cli"),
    "graph.rdf": ("spacy", "pyvis", "graph.extract", "graph.analysis", "graph.render", "graph.pipeline",
                  "graph.workflow", "graph.cli"),
    "graph.analysis": ("spacy", "pyvis", "graph.extract", "graph.render", "graph.pipeline", "graph.workflow",
                       "graph.cli"),
    "graph.render": ("spacy", "graph.extract", "graph.pipeline", "graph.workflow", "graph.cli"),
    "graph.records": ("spacy", "rdflib", "pyoxigraph", "networkx", "pyvis", "graph."),
    "graph.errors": ("graph.",),
    "graph.io": ("spacy", "rdflib", "graph.extract", "graph.rdf", "graph.cli"),
    "graph.pipeline": ("graph.cli", "graph.workflow"),
    "graph.workflow": ("graph.cli",),
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[_module_name(p) for p in MODULES])
def test_imports_point_down(path: Path) -> None:
    name = _module_name(path)
    for layer, forbidden in FORBIDDEN.items():
        if name == layer or name.startswith(layer + "."):
            bad = sorted(i for i in _imports(path) for f in forbidden if i == f.rstrip(".") or
                         i.startswith(f if f.endswith(".") else f + ".") or i == f)
            assert not bad, f"{name} imports {bad}, which sits above or beside it"


def test_nothing_imports_the_cli() -> None:
    for path in MODULES:
        name = _module_name(path)
        if not name.startswith("graph.cli"):
            assert not any(i.startswith("graph.cli") for i in _imports(path)), name
