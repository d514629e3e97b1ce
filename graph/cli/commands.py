"""Imports every command module so that each registers its commands on the shared `app`."""

from graph.cli import analysis_cmd, build_cmd, query_cmd, render_cmd  # noqa: F401
