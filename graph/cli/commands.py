"""Imports every command module so that each registers its commands on the shared `app`.

The import order is the order `stancegraph --help` lists the commands in: the order of the workflow.
"""

from graph.cli import build_cmd  # noqa: F401, I001
from graph.cli import query_cmd  # noqa: F401
from graph.cli import render_cmd  # noqa: F401
from graph.cli import analysis_cmd  # noqa: F401
