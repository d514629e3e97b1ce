"""The `stancegraph` command line: each command parses options, makes one library call and prints."""

from __future__ import annotations

from graph.cli import commands  # noqa: F401  (registers the commands on `app`)
from graph.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
