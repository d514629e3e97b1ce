"""Named queries: every file parses, declares its columns and runs; every query error is one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import ParameterError, QueryError, QuerySyntaxError, UnknownQueryError
from graph.rdf.namespace import SG
from graph.rdf.query import list_queries, parse_params, resolve_query, run_query
from graph.rdf.store import OxigraphStore, ingest
from graph.resources import queries_dir

from .sample import extraction_a, extraction_b

NAMES = sorted(p.stem for p in queries_dir().glob("*.rq"))
REQUIRED = {"stances", "actors", "topics", "stances-of", "positions-on", "contested-topics", "agreements"}
SAMPLE_PARAMS = {"stances-of": {"actor": "russia"}, "positions-on": {"topic": "ceasefire"}}


@pytest.fixture(scope="module")
def store() -> OxigraphStore:
    s = OxigraphStore(None)
    ingest(s, [extraction_a(), extraction_b()], software_version="1")
    return s


def _rows(store: OxigraphStore, spec: str, **params: str) -> list[tuple[str, ...]]:
    results = run_query(store, spec, params)
    return [tuple(str(row.get(v, "")) for v in results.variables) for row in results]


def test_the_required_queries_exist() -> None:
    assert REQUIRED <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_every_named_query_documents_itself_and_returns_its_columns(store: OxigraphStore, name: str) -> None:
    query = resolve_query(name)
    assert query.description and query.columns, f"{name}.rq needs a description and a Columns: line"
    assert query.declared, f"{name}.rq must declare its parameters (or 'Parameters: none')"
    assert "ORDER BY" in query.text, f"{name}.rq needs a stable ORDER BY"
    results = run_query(store, name, SAMPLE_PARAMS.get(name, {}))
    assert results.variables == query.columns
    assert len(results) > 0 or name in {"relations", "agreements"}  # the sample has neither


def test_stances_columns_follow_the_evaluation_contract() -> None:
    assert resolve_query("stances").columns[:4] == ("holderLabel", "polarity", "topicLabel", "evidence")
    assert resolve_query("actors").columns == (
        "actor",
        "label",
        "type",
        "affiliationLabel",
        "aliases",
        "role",
    )


def test_the_ontology_readme_lists_every_named_query() -> None:
    readme = (queries_dir().parent / "README.md").read_text(encoding="utf-8")
    for name in NAMES:
        assert f"| `{name}` | {resolve_query(name).description} |" in readme


def test_documents(store: OxigraphStore) -> None:
    rows = _rows(store, "documents")
    assert [(r[1], r[2], r[3], r[6]) for r in rows] == [
        ("doc-a", "Talks", "2025-02-18", "3"),
        ("doc-b", "", "", "2"),
    ]


def test_list_queries() -> None:
    listed = dict(list_queries())
    assert sorted(listed) == NAMES
    assert listed["stances"].startswith("Every stance")


def test_stances_of_matches_labels_and_aliases_in_any_case(store: OxigraphStore) -> None:
    by_label = _rows(store, "stances-of", actor="RUSSIA")
    by_alias = _rows(store, "stances-of", actor="moscow")
    assert [r[:-1] for r in by_label] == [r[:-1] for r in by_alias]  # the last column echoes the parameter
    assert [r[:3] for r in by_label] == [("Russia", str(SG.Support), "ceasefire")] * 2
    assert [r[:3] for r in _rows(store, "stances-of", actor="petrov")] == [
        ("Ivan Petrov", str(SG.Oppose), "sanctions"),
        ("Ivan Petrov", str(SG.Oppose), "NATO"),
    ]
    assert _rows(store, "stances-of", actor="nobody") == []


def test_positions_on(store: OxigraphStore) -> None:
    rows = _rows(store, "positions-on", topic="Truce")
    assert [(r[1], r[2], r[3]) for r in rows] == [
        (str(SG.Oppose), "NATO", "1"),
        (str(SG.Support), "Russia", "2"),
    ]


def test_contested_topics(store: OxigraphStore) -> None:
    assert [r[:5] for r in _rows(store, "contested-topics")] == [("ceasefire", "1", "1", "Russia", "NATO")]


def test_agreements(store: OxigraphStore) -> None:
    extra = OxigraphStore(None)
    a = extraction_a()
    ingest(extra, [a, extraction_b()], software_version="1")
    assert _rows(extra, "agreements") == []  # nobody shares a side in the sample
    from dataclasses import replace

    b = extraction_b()
    agree = replace(b, stances=(b.stances[0], replace(b.stances[1], polarity="Support")))
    ingest(extra, [agree], software_version="1")
    assert [r[:4] for r in _rows(extra, "agreements")] == [("NATO", "Russia", str(SG.Support), "ceasefire")]


def test_topics_counts(store: OxigraphStore) -> None:
    rows = _rows(store, "topics")
    assert [(r[1], r[3], r[4], r[5]) for r in rows] == [
        ("ceasefire", "3", "2", "1"),
        ("sanctions", "1", "0", "1"),
    ]


def test_query_from_a_file_and_from_text(store: OxigraphStore, tmp_path: Path) -> None:
    text = (
        "PREFIX sg: <https://w3id.org/stancegraph/ontology#>\n"
        "SELECT ?label WHERE { ?t a sg:Topic ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }\n"
        "ORDER BY ?label"
    )
    path = tmp_path / "mine.rq"
    path.write_text(text, encoding="utf-8")
    assert _rows(store, str(path)) == _rows(store, text) == [("ceasefire",), ("sanctions",)]
    assert resolve_query(str(path)).name == "mine"


def test_text_queries_take_their_projected_variables_as_parameters(store: OxigraphStore) -> None:
    text = "SELECT ?t ?label WHERE { ?t <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    assert _rows(store, text, label="sanctions") == [
        ("https://w3id.org/stancegraph/id/topic/sanctions", "sanctions")
    ]


def test_unknown_named_query() -> None:
    with pytest.raises(UnknownQueryError) as err:
        resolve_query("stance")
    assert str(err.value) == (
        f"no named query 'stance': choose one of {', '.join(NAMES)}, or give a .rq file or a query text"
    )


def test_missing_query_file() -> None:
    with pytest.raises(UnknownQueryError, match="no query file nowhere/q.rq: check the path"):
        resolve_query("nowhere/q.rq")


def test_syntax_error_names_the_line(store: OxigraphStore) -> None:
    with pytest.raises(QuerySyntaxError) as err:
        run_query(store, "SELECT ?s WHERE {\n  ?s ?p ?o .\n  ?s <broken iri> ?o .\n}", {})
    message = str(err.value)
    assert message.startswith(
        "query <query> is not valid SPARQL 1.1 in line 3 `?s <broken iri> ?o .` (error at 3:"
    )
    assert message.endswith("): fix the query text") and "\n" not in message


def test_a_parameter_the_query_does_not_take(store: OxigraphStore) -> None:
    with pytest.raises(ParameterError) as err:
        run_query(store, "stances-of", {"actor": "x", "topic": "y"})
    assert str(err.value) == "query stances-of does not take parameter 'topic': it takes actor"
    with pytest.raises(
        ParameterError, match="query stances does not take parameter 'actor': it takes no parameters"
    ):
        run_query(store, "stances", {"actor": "x"})


def test_a_required_parameter_is_missing(store: OxigraphStore) -> None:
    with pytest.raises(
        ParameterError, match=r"query positions-on needs parameter 'topic' \(.*\): add --param topic=VALUE"
    ):
        run_query(store, "positions-on", {})


def test_parameters_must_be_name_equals_value() -> None:
    assert parse_params(["actor=Russia", "topic=a=b"]) == {"actor": "Russia", "topic": "a=b"}
    for bad in ["actor", "=Russia", "two words=x"]:
        with pytest.raises(
            ParameterError, match=f"--param '{bad}' is not NAME=VALUE: write e.g. --param actor=Russia"
        ):
            parse_params([bad])


def test_parameters_are_bound_not_pasted(store: OxigraphStore) -> None:
    sneaky = '") } SELECT * WHERE { ?s ?p ?o } #'
    assert _rows(store, "stances-of", actor=sneaky) == []


def test_only_select_queries(store: OxigraphStore) -> None:
    with pytest.raises(QueryError, match="only SELECT queries can be run"):
        run_query(store, "ASK { ?s ?p ?o }", {})
