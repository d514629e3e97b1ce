"""`stancegraph analyze`, `links` and `export` on a build folder holding the fixture as graph.trig."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from typer.testing import CliRunner

from graph.cli import app

from .fixtures import TRIG

runner = CliRunner()


@pytest.fixture()
def build(tmp_path):
    folder = tmp_path / "build"
    folder.mkdir()
    (folder / "graph.trig").write_text(TRIG, encoding="utf-8")
    return folder


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_every_command_has_help():
    for command in ("analyze", "links", "export"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "--graph" in result.output


def test_analyze_prints_and_writes_the_report(build, tmp_path):
    out = tmp_path / "report"
    result = run("analyze", "--graph", build, "--out", out)
    assert result.exit_code == 0, result.output
    assert "## Central actors" in result.output and "| Ben Beta | Person | 3 | 3 |" in result.output
    assert "1. Alphaland, Betaland — against sanctions (2)" in result.output
    markdown = (out / "analysis.md").read_text(encoding="utf-8")
    assert markdown in result.output
    data = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert data["counts"]["stances"] == 9 and data["contested"][0]["label"] == "sanctions"
    again = run("analyze", "--graph", build, "--out", out)
    assert again.output == result.output


def test_analyze_at_organisation_level_with_normalisation(build):
    result = run("analyze", "--graph", build, "--level", "organisation", "--normalise", "jaccard")
    assert result.exit_code == 0, result.output
    assert "Level: organisation; normalisation: jaccard" in result.output
    assert (build / "analysis.json").is_file()


def test_bad_option_values_are_one_line_errors(build):
    result = run("analyze", "--graph", build, "--normalise", "max")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "Error: --normalise 'max' is not valid; choose one of: none, average, jaccard, cosine"
    ]
    result = run("export", "--graph", build, "--format", "pdf")
    assert "Error: --format 'pdf' is not valid" in result.stderr and result.exit_code == 1


def test_missing_graph_folder(tmp_path):
    result = run("analyze", "--graph", tmp_path / "nothing")
    assert result.exit_code == 1 and result.stderr.startswith("Error: no stancegraph output in")


def test_links_of_an_actor(build):
    result = run("links", "--graph", build, "--actor", "anna alpha", "--hops", "2")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Anna Alpha → trade deal  (direct)\n")
    assert "Anna Alpha → Alphaland → sanctions  (2 hops)" in result.output
    assert "    Anna Alpha (Foreign Minister) belongs to Alphaland" in result.output
    assert "    Alphaland opposes sanctions (reject, confidence 0.80)" in result.output
    assert '      "Quote s3." — Report d1, 2025-02-11' in result.output


def test_links_limit_and_topic(build):
    result = run("links", "--graph", build, "--topic", "sanctions", "--limit", "2")
    assert result.output.count("(direct)") == 2 and "… more paths than the 2 shown" in result.output


def test_unknown_actor_lists_close_matches(build):
    result = run("links", "--graph", build, "--actor", "Ana Alpha")
    assert result.exit_code == 1
    assert "Error: no actor named 'Ana Alpha'; close matches: Anna Alpha\n" == result.stderr


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_writes_files_networkx_reads(build, fmt):
    result = run("export", "--graph", build, "--format", fmt, "--network", "conflict")
    assert result.exit_code == 0, result.output
    path = build / f"conflict.{fmt}"
    assert f"Wrote {path}." in result.output
    reader = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    assert reader(io.BytesIO(path.read_bytes())).number_of_edges() == 4


def test_export_csv_to_a_named_file(build, tmp_path):
    result = run("export", "--graph", build, "--format", "csv", "--network", "two-mode",
                 "--out", tmp_path / "net.csv")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "net.nodes.csv").read_text().startswith("id,label,kind,")
    assert (tmp_path / "net.edges.csv").read_text().startswith("source,target,")


def test_export_nquads_to_out(build, tmp_path):
    out = tmp_path / "all.nq"
    result = run("export", "--graph", build, "-f", "nquads", "--out", out)
    assert result.exit_code == 0, result.output
    assert "<https://w3id.org/stancegraph/id/graph/shared>" in out.read_text()


def test_links_as_json(build):
    result = run("links", "--graph", build, "--actor", "Anna Alpha", "--hops", "2", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["more"] is False and len(data["paths"]) == 5
    second = data["paths"][1]
    assert second["hops"] == 2 and second["steps"][0]["relation"] == "affiliation"
    assert second["steps"][1]["stances"][0]["evidence"][0]["quote"] == "Quote s8."


def test_gexf_edges_are_labelled_for_gephi(build):
    assert run("export", "--graph", build, "--format", "gexf").exit_code == 0
    assert 'label="Support (propose)"' in (build / "stances.gexf").read_text(encoding="utf-8")
