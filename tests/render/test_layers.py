"""The render layer imports pyvis and what lies below it, never spaCy or the CLI."""

from __future__ import annotations

import subprocess
import sys


def test_render_imports_neither_spacy_nor_the_cli() -> None:
    code = (
        "import sys, graph.render, graph.render.page\n"
        "bad = sorted(m for m in sys.modules if m == 'spacy' or m.startswith(('spacy.', 'graph.cli')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
