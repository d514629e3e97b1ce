"""Result formats: the standard SPARQL 1.1 CSV, TSV and JSON results, and the readable table."""

from __future__ import annotations

import json

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from graph.errors import OptionError
from graph.rdf.formats import format_results
from graph.rdf.results import Results

RESULTS = Results(
    variables=("s", "label", "n"),
    rows=(
        {
            "s": URIRef("https://w3id.org/stancegraph/ontology#Support"),
            "label": Literal('say "hi",\nbye', lang="en"),
            "n": Literal("2", datatype=XSD.integer),
        },
        {"s": BNode("b0"), "label": Literal("tab\there")},
    ),
)


def test_json_is_sparql_results_json() -> None:
    data = json.loads(format_results(RESULTS, "json"))
    assert data == {
        "head": {"vars": ["s", "label", "n"]},
        "results": {
            "bindings": [
                {
                    "s": {"type": "uri", "value": "https://w3id.org/stancegraph/ontology#Support"},
                    "label": {"type": "literal", "value": 'say "hi",\nbye', "xml:lang": "en"},
                    "n": {"type": "literal", "value": "2", "datatype": str(XSD.integer)},
                },
                {"s": {"type": "bnode", "value": "b0"}, "label": {"type": "literal", "value": "tab\there"}},
            ]
        },
    }


def test_csv_is_sparql_results_csv() -> None:
    assert format_results(RESULTS, "csv") == (
        "s,label,n\r\n"
        'https://w3id.org/stancegraph/ontology#Support,"say ""hi"",\nbye",2\r\n'
        "_:b0,tab\there,\r\n"
    )


def test_tsv_is_sparql_results_tsv() -> None:
    assert format_results(RESULTS, "tsv") == (
        "?s\t?label\t?n\n"
        '<https://w3id.org/stancegraph/ontology#Support>\t"say \\"hi\\",\\nbye"@en\t'
        '"2"^^<http://www.w3.org/2001/XMLSchema#integer>\n'
        '_:b0\t"tab\\there"\t\n'
    )


def test_table_is_readable() -> None:
    assert format_results(RESULTS, "table").splitlines() == [
        "s           label          n",
        "----------  -------------  -",
        'sg:Support  say "hi", bye  2',
        "b0          tab here",
        "(2 rows)",
    ]


def test_long_cells_are_shortened_in_tables_only() -> None:
    long = Results(("q",), ({"q": Literal("x" * 100)},))
    assert "x" * 59 + "…" in format_results(long, "table")
    assert "x" * 100 in format_results(long, "csv")


def test_unknown_format() -> None:
    with pytest.raises(OptionError, match="unknown result format 'xml': choose one of table, csv, tsv, json"):
        format_results(RESULTS, "xml")
