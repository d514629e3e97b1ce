"""`stancegraph query`, `queries` and `validate` on a build folder made from hand-made records."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.rdf.serialize import to_trig
from graph.rdf.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from rdf.sample import extraction_a, extraction_b  # noqa: E402

runner = CliRunner()


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build folder with a store/ (as `stancegraph build` leaves it)."""
    from graph.rdf.store import ingest

    out = tmp_path_factory.mktemp("build")
    store = open_store(out, create=True)
    ingest(store, [extraction_a(), extraction_b()], software_version="1")
    (out / "graph.trig").write_text(to_trig(store), encoding="utf-8")
    store.close()
    return out


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _error(args: list[str], expected: str) -> None:
    code, out, err = _run(*args)
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [f"Error: {expected}"]


def test_query_json_follows_the_evaluation_contract(build_dir: Path) -> None:
    code, out, _ = _run("query", "stances", "--graph", str(build_dir), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["head"]["vars"][:4] == ["holderLabel", "polarity", "topicLabel", "evidence"]
    first = data["results"]["bindings"][0]
    assert (first["holderLabel"]["value"], first["polarity"]["value"].rsplit("#")[-1]) == (
        "Russia",
        "Support",
    )


def test_query_actors_csv(build_dir: Path) -> None:
    code, out, _ = _run("query", "actors", "--graph", str(build_dir), "--format", "csv")
    assert code == 0
    assert out.splitlines()[0] == "actor,label,type,affiliationLabel,aliases,role"
    assert (
        "https://w3id.org/stancegraph/id/actor/ivan-petrov,Ivan Petrov,Person,Russia,Petrov,Foreign Minister"
        in out
    )


def test_query_table_with_a_parameter(build_dir: Path) -> None:
    code, out, _ = _run("query", "stances-of", "--graph", str(build_dir), "--param", "actor=petrov")
    assert code == 0
    assert out.splitlines()[-1] == "(2 rows)" and "Ivan Petrov" in out


def test_query_reads_graph_trig_when_there_is_no_store(build_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "graph.trig").write_text(
        (build_dir / "graph.trig").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert (
        _run("query", "topics", "--graph", str(tmp_path))[1]
        == _run("query", "topics", "--graph", str(build_dir))[1]
    )


def test_queries_lists_every_named_query() -> None:
    code, out, _ = _run("queries")
    assert code == 0
    names = [line.split()[0] for line in out.splitlines()]
    assert {
        "stances",
        "actors",
        "topics",
        "stances-of",
        "positions-on",
        "contested-topics",
        "agreements",
    } <= set(names)


def test_validate(build_dir: Path) -> None:
    code, out, _ = _run("validate", "--graph", str(build_dir))
    assert code == 0 and out.startswith("Valid: ") and "triples conform to ontology/shapes.ttl" in out


def test_unknown_named_query(build_dir: Path) -> None:
    code, _, err = _run("query", "stancez", "--graph", str(build_dir))
    assert code == 1 and err.startswith("Error: no named query 'stancez': choose one of actors, agreements,")


def test_syntax_error(build_dir: Path) -> None:
    code, _, err = _run("query", "SELECT ?s WHERE { ?s ?p }", "--graph", str(build_dir))
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert err.startswith(
        "Error: query <query> is not valid SPARQL 1.1 in line 1 `SELECT ?s WHERE { ?s ?p }`"
    )


def test_param_the_query_does_not_take(build_dir: Path) -> None:
    _error(
        ["query", "positions-on", "--graph", str(build_dir), "--param", "actor=x"],
        "query positions-on does not take parameter 'actor': it takes topic",
    )


def test_param_without_equals(build_dir: Path) -> None:
    _error(
        ["query", "stances-of", "--graph", str(build_dir), "--param", "petrov"],
        "--param 'petrov' is not NAME=VALUE: write e.g. --param actor=Russia",
    )


def test_missing_required_param(build_dir: Path) -> None:
    code, _, err = _run("query", "stances-of", "--graph", str(build_dir))
    assert code == 1 and err.startswith("Error: query stances-of needs parameter 'actor'")
    assert err.strip().endswith("add --param actor=VALUE")


def test_unknown_format(build_dir: Path) -> None:
    _error(
        ["query", "stances", "--graph", str(build_dir), "--format", "xml"],
        "unknown result format 'xml': choose one of table, csv, tsv, json",
    )


def test_no_build_output(tmp_path: Path) -> None:
    for command in (["query", "stances"], ["validate"]):
        _error(
            [*command, "--graph", str(tmp_path)],
            f"no stancegraph output in {tmp_path}: run `stancegraph build … --out {tmp_path}` first",
        )


def test_validate_names_the_broken_node(tmp_path: Path, build_dir: Path) -> None:
    trig = (build_dir / "graph.trig").read_text(encoding="utf-8")
    (tmp_path / "graph.trig").write_text(
        trig.replace("sg:confidence 0.9", "sg:confidence 1.9"), encoding="utf-8"
    )
    code, _, err = _run("validate", "--graph", str(tmp_path))
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "confidence breaks MaxInclusiveConstraintComponent" in err


@pytest.mark.parametrize("command", ["query", "queries", "validate"])
def test_every_command_has_help(command: str) -> None:
    code, out, _ = _run(command, "--help")
    assert code == 0 and "Usage:" in out and len(out.splitlines()) > 3
