"""`analyze`, `links` and `export` on the bundled example, built with the real pipeline (needs the model)."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from rdflib import Dataset
from typer.testing import CliRunner

from graph.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("example")
    result = runner.invoke(app, ["build", "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.model
def test_analyze_finds_the_two_delegations_central(built):
    result = runner.invoke(app, ["analyze", "--graph", str(built), "--level", "organisation"])
    assert result.exit_code == 0, result.output
    data = json.loads((built / "analysis.json").read_text(encoding="utf-8"))
    top = {actor["label"] for actor in data["actors"][:2]}
    assert top == {"Russia", "United States"}
    assert any({"Russia", "United States"} <= set(c["labels"]) for c in data["coalitions"])


@pytest.mark.model
def test_links_from_a_minister_through_his_country(built):
    result = runner.invoke(app, ["links", "--graph", str(built), "--actor", "Lavrov", "--hops", "2"])
    assert result.exit_code == 0, result.output
    assert "Sergey Lavrov → Russia → " in result.output and "belongs to Russia" in result.output


@pytest.mark.model
def test_every_export_of_the_example_reads_back(built):
    for fmt in ("graphml", "gexf", "jsonld", "nquads"):
        result = runner.invoke(app, ["export", "--graph", str(built), "--format", fmt])
        assert result.exit_code == 0, result.output
    G = nx.read_gexf(io.BytesIO((built / "stances.gexf").read_bytes()))
    H = nx.read_graphml(built / "stances.graphml", force_multigraph=True)
    assert G.number_of_edges() == H.number_of_edges() > 30
    a, b = Dataset(), Dataset()
    a.parse(built / "stances.jsonld", format="json-ld")
    b.parse(built / "stances.nq", format="nquads")
    assert set(a.quads((None, None, None, None))) == set(b.quads((None, None, None, None)))
