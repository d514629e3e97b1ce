"""The one place that finds the files of `ontology/`: the ontology, the SHACL shapes, the named queries.

They live in `<repo>/ontology` (a checkout, or an editable install of it); the environment variable
STANCEGRAPH_ONTOLOGY may point to another copy of that folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from graph.errors import ResourceError

ENV_VAR = "STANCEGRAPH_ONTOLOGY"
ONTOLOGY_FILE = "stancegraph.ttl"
SHAPES_FILE = "shapes.ttl"
QUERIES_DIR = "queries"


def ontology_dir() -> Path:
    """The `ontology/` folder: $STANCEGRAPH_ONTOLOGY, else the one beside the `graph` package."""
    override = os.environ.get(ENV_VAR)
    folder = Path(override) if override else Path(__file__).resolve().parent.parent / "ontology"
    if not folder.is_dir():
        how = f"point {ENV_VAR} at a copy of the repository's ontology/ folder"
        raise ResourceError(
            f"the ontology folder {folder} is missing: {how}, or reinstall with `pip install -e .`"
        )
    return folder


def resource_path(*parts: str) -> Path:
    """A file below `ontology/`; ResourceError naming the path when it is missing."""
    path = ontology_dir().joinpath(*parts)
    if not path.is_file():
        raise ResourceError(
            f"{path} is missing: restore it from the repository (git checkout -- ontology/) "
            f"or set {ENV_VAR} to a complete ontology/ folder"
        )
    return path


def ontology_path() -> Path:
    return resource_path(ONTOLOGY_FILE)


def shapes_path() -> Path:
    return resource_path(SHAPES_FILE)


def queries_dir() -> Path:
    folder = ontology_dir() / QUERIES_DIR
    if not folder.is_dir():
        raise ResourceError(f"the named-query folder {folder} is missing: restore ontology/queries/")
    return folder


def query_path(name: str) -> Path:
    return resource_path(QUERIES_DIR, f"{name}.rq")
