"""Finding ontology/ files, and the error when one is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import ResourceError
from graph.resources import ENV_VAR, ontology_dir, ontology_path, query_path, shapes_path


def test_the_checkout_ontology_is_found() -> None:
    assert ontology_dir() == Path(__file__).resolve().parents[2] / "ontology"
    assert ontology_path().name == "stancegraph.ttl" and shapes_path().name == "shapes.ttl"
    assert query_path("stances").is_file()


def test_a_missing_file_names_the_path_and_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    with pytest.raises(ResourceError) as err:
        shapes_path()
    assert str(err.value).startswith(f"{tmp_path / 'shapes.ttl'} is missing: restore it from the repository")


def test_a_missing_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "nowhere"))
    with pytest.raises(ResourceError, match=f"the ontology folder {tmp_path / 'nowhere'} is missing"):
        ontology_dir()
