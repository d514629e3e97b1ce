"""`write_page` and `stancegraph render`: the page of a build folder, from its store or its graph.trig."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.errors import GraphNotFoundError
from graph.rdf.store import ingest, open_store
from graph.records import Actor, Document, Evidence, Extraction, Stance, Topic
from graph.render.page import write_page

IMG = "<img src=x onerror=alert(1)>"


def extraction() -> Extraction:
    text = "Anna Smith proposed a ceasefire. Ruritania rejected sanctions."
    document = Document(id="doc-1", text=text, title="Talks " + IMG, date="2025-01-01", source="Wire",
                        url="https://example.org/1")
    return Extraction(
        document,
        actors=(Actor("anna smith", "Anna Smith", "Person", role="Minister", affiliation="ruritania"),
                Actor("ruritania", "Ruritania", "Country")),
        topics=(Topic("ceasefire", "ceasefire"), Topic("sanctions", "sanctions")),
        stances=(
            Stance("anna smith", "ceasefire", "topic", "Support", "propose", 0.8,
                   Evidence(text[:32], 0, 32, "doc-1"), "propose"),
            Stance("ruritania", "sanctions", "topic", "Oppose", "reject", 0.8,
                   Evidence(text[33:], 33, len(text), "doc-1"), "reject"),
        ),
        model="test",
    )


@pytest.fixture
def build_dir(tmp_path: Path) -> Path:
    out = tmp_path / "build"
    store = open_store(out, create=True)
    ingest(store, [extraction()], software_version="test")
    store.close()
    return out


def test_writes_graph_html_into_the_build_folder(build_dir: Path) -> None:
    summary = write_page(build_dir)
    assert summary.path == build_dir / "graph.html"
    assert (summary.nodes, summary.edges) == (4, 3)  # 2 actors, 2 topics; 2 stances, 1 affiliation
    page = summary.path.read_text(encoding="utf-8")
    assert "Anna Smith proposed a ceasefire." in page and IMG not in page
    assert not list(build_dir.glob("*.tmp")) and not list(build_dir.glob(".graph.html.*"))


def test_same_store_same_page(build_dir: Path, tmp_path: Path) -> None:
    first = write_page(build_dir, tmp_path / "a.html").path.read_bytes()
    assert write_page(build_dir, tmp_path / "b.html").path.read_bytes() == first


def test_folder_without_output_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GraphNotFoundError, match="stancegraph build"):
        write_page(tmp_path)


def test_cli_render(build_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    result = CliRunner().invoke(app, ["render", "--graph", str(build_dir), "--out", str(out), "--title", "T"])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Wrote {out}: 4 nodes, 3 edges.\n"
    assert "<title>T</title>" in out.read_text(encoding="utf-8")


def test_cli_render_without_build(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["render", "--graph", str(tmp_path)])
    assert result.exit_code == 1 and result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: no stancegraph output in {tmp_path}: run `stancegraph build")
    assert not (tmp_path / "graph.html").exists()


def test_cli_render_help() -> None:
    result = CliRunner().invoke(app, ["render", "--help"])
    assert result.exit_code == 0 and "--graph" in result.output and "--out" in result.output


def test_out_folder_gets_graph_html(build_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    assert write_page(build_dir, folder).path == folder / "graph.html"
