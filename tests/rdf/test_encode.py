"""Records → RDF: the golden data shape, compared by isomorphism, and the encoder's own checks."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS, XSD

from graph.errors import ValidationError
from graph.rdf.encode import date_term, encode_extraction
from graph.rdf.namespace import SG

from .sample import extraction_a

GOLDEN = Path(__file__).parent / "golden" / "doc-a.trig"


def _assert_isomorphic(got: Graph, want: Graph) -> None:
    if not isomorphic(got, want):
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        pytest.fail(
            "graphs differ\nonly in the encoder's output:\n"
            + only_got.serialize(format="nt")
            + "\nonly in the golden file:\n"
            + only_want.serialize(format="nt")
        )


def test_encoding_matches_the_golden_file() -> None:
    encoded = encode_extraction(extraction_a(), software_version="9.9.9")
    golden = Dataset()
    golden.parse(GOLDEN, format="trig")
    assert sorted(encoded) == sorted(str(g.identifier) for g in golden.graphs() if len(g))
    for name, g in encoded.items():
        _assert_isomorphic(g, golden.graph(URIRef(name)))


def test_no_blank_nodes() -> None:
    for g in encode_extraction(extraction_a(), software_version="1").values():
        for triple in g:
            assert all(isinstance(t, URIRef | Literal) for t in triple)


def test_same_records_same_triples() -> None:
    one = encode_extraction(extraction_a(), software_version="1")
    two = encode_extraction(extraction_a(), software_version="1")
    assert {k: set(v) for k, v in one.items()} == {k: set(v) for k, v in two.items()}


def test_missing_optional_metadata_is_left_out() -> None:
    e = extraction_a()
    bare = dataclasses.replace(e, document=dataclasses.replace(e.document, title=None, date=None, url=None))
    doc_graph = next(
        g for name, g in encode_extraction(bare, software_version="1").items() if "document" in name
    )
    assert not list(doc_graph.objects(None, DCTERMS.title)) and not list(
        doc_graph.objects(None, DCTERMS.date)
    )


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("2025-02-18", f'"2025-02-18"^^<{XSD.date}>'),
        ("2025-02-18T10:30:00", f'"2025-02-18T10:30:00"^^<{XSD.dateTime}>'),
        ("18 February 2025", '"18 February 2025"'),
    ],
)
def test_dates(text: str, term: str) -> None:
    assert date_term(text) == term


def test_stance_whose_holder_is_not_an_actor_is_refused() -> None:
    e = extraction_a()
    stray = dataclasses.replace(e.stances[0], holder="nobody")
    with pytest.raises(
        ValidationError, match="stance holder 'nobody' of document 'doc-a' is not one of its actors"
    ):
        encode_extraction(dataclasses.replace(e, stances=(stray,)), software_version="1")


def test_stance_whose_target_is_unknown_is_refused() -> None:
    e = extraction_a()
    stray = dataclasses.replace(e.stances[0], target="peace")
    with pytest.raises(ValidationError, match="stance target 'peace' \\(topic\\)"):
        encode_extraction(dataclasses.replace(e, stances=(stray,)), software_version="1")


def test_unknown_polarity_is_refused() -> None:
    e = extraction_a()
    stray = dataclasses.replace(e.stances[0], polarity="Maybe")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="stance polarity 'Maybe' of document 'doc-a' is not one of"):
        encode_extraction(dataclasses.replace(e, stances=(stray,)), software_version="1")


@pytest.mark.parametrize(
    ("value", "lexical"), [(0.8, "0.8"), (1, "1.0"), (0.123456, "0.1235"), (1e-7, "0.0")]
)
def test_confidence_is_a_plain_decimal(value: float, lexical: str) -> None:
    e = extraction_a()
    one = dataclasses.replace(e, stances=(dataclasses.replace(e.stances[0], confidence=value),))
    doc_graph = encode_extraction(one, software_version="1")[
        "https://w3id.org/stancegraph/id/graph/document/doc-a"
    ]
    assert [str(o) for o in doc_graph.objects(None, SG.confidence)] == [lexical]


def test_text_is_escaped() -> None:
    e = extraction_a()
    quote = 'He said "no" \\ then\nleft\r'
    one = dataclasses.replace(
        e,
        stances=(
            dataclasses.replace(
                e.stances[0], evidence=dataclasses.replace(e.stances[0].evidence, quote=quote)
            ),
        ),
    )
    doc_graph = encode_extraction(one, software_version="1")[
        "https://w3id.org/stancegraph/id/graph/document/doc-a"
    ]
    assert [str(o) for o in doc_graph.objects(None, SG.quote)] == [quote]


def test_polarity_is_an_individual_of_the_ontology() -> None:
    doc_graph = encode_extraction(extraction_a(), software_version="1")[
        "https://w3id.org/stancegraph/id/graph/document/doc-a"
    ]
    assert set(doc_graph.objects(None, SG.polarity)) == {SG.Support, SG.Oppose}
