"""The analysis package keeps to its layer, and its docstring examples run."""

from __future__ import annotations

import ast
import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import graph.analysis

MODULES = sorted(m.name for m in pkgutil.iter_modules(graph.analysis.__path__, "graph.analysis."))


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("name", MODULES)
def test_analysis_imports_neither_spacy_nor_the_cli_nor_the_renderer(name):
    module = importlib.import_module(name)
    imported = _imports(Path(module.__file__))
    forbidden = {n for n in imported if n.split(".")[0] in {"spacy", "pyvis"} or n.startswith("graph.cli")}
    forbidden |= {n for n in imported if n.startswith(("graph.extract", "graph.render"))}
    assert not forbidden


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
