"""Fixtures of the corpus-scale tests: a private Virtuoso server and a small real corpus, once a session."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from graph.records import Document

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "riyadh-talks.txt"
POLITICS = ROOT.parent / "shared" / "corpus" / "bbc-politics.jsonl"
CORPUS_SIZE = 24  # BBC articles added to the example: enough shared actors, still a few seconds


def _virtuoso_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("virtuoso_script", ROOT / "scripts" / "virtuoso.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A Virtuoso server on 127.0.0.1 with its own database and dba password, stopped afterwards."""
    script = _virtuoso_script()
    if not script.available():
        pytest.skip("virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource)")
    server = script.start(tmp_path_factory.mktemp("virtuoso"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def documents() -> list[Document]:
    """The bundled example and, when ../shared is there, the first BBC politics articles."""
    docs = [Document(id="riyadh-talks", text=EXAMPLE.read_text(encoding="utf-8"), title="Example")]
    if POLITICS.is_file():
        with POLITICS.open(encoding="utf-8") as lines:
            for line, _ in zip(lines, range(CORPUS_SIZE), strict=False):
                item = json.loads(line)
                docs.append(Document(id=item["id"], text=item["text"], title=item.get("title"),
                                     source=item.get("source")))
    return docs
