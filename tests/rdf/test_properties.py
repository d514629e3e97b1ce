"""Property tests: any text survives encode → store → SPARQL → TriG unchanged; the layer stays spaCy-free."""

from __future__ import annotations

import subprocess
import sys

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.rdf.query import run_query
from graph.rdf.serialize import to_trig, to_turtle
from graph.rdf.store import OxigraphStore, ingest
from graph.rdf.validate import validate
from graph.records import Actor, Document, Evidence, Extraction, Stance, Topic

# Any Unicode a decoded document can hold (no surrogates), quotes, backslashes and line breaks included.
texts = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40).filter(str.strip)


def _extraction(doc_id: str, holder: str, topic: str, quote: str, polarity: str) -> Extraction:
    document = Document(id=doc_id, text=quote + " …", title=quote)
    stance = Stance(
        holder.lower(),
        topic.lower(),
        "topic",
        polarity,
        "state",
        0.5,  # type: ignore[arg-type]
        Evidence(quote, 0, len(quote), doc_id),
    )
    return Extraction(
        document,
        actors=(Actor(holder.lower(), holder, "Person", (holder + " alias",)),),
        topics=(Topic(topic.lower(), topic),),
        stances=(stance,),
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, texts, texts, texts, st.sampled_from(["Support", "Oppose", "Neutral"]))
def test_any_text_round_trips(doc_id: str, holder: str, topic: str, quote: str, polarity: str) -> None:
    store = OxigraphStore(None)
    ingest(store, [_extraction(doc_id, holder, topic, quote, polarity)], software_version="1")
    rows = run_query(store, "stances", {}).rows
    assert [(str(r["holderLabel"]), str(r["topicLabel"]), str(r["evidence"])) for r in rows] == [
        (holder, topic, quote)
    ]
    assert str(rows[0]["polarity"]).endswith("#" + polarity)
    assert [str(r["holderLabel"]) for r in run_query(store, "stances-of", {"actor": holder.upper()})] in (
        [holder],
        [],  # upper/lower case folding is not symmetric for every script (e.g. "ß" → "SS")
    )
    dumped = set(ox.parse(store.dump_nquads().encode(), format=ox.RdfFormat.N_QUADS))
    assert set(ox.parse(to_trig(store).encode(), format=ox.RdfFormat.TRIG)) == dumped
    merged = {q.triple for q in ox.parse(to_turtle(store).encode(), format=ox.RdfFormat.TURTLE)}
    assert merged == {q.triple for q in dumped}


@settings(max_examples=10, deadline=None)
@given(texts, texts, texts)
def test_any_text_validates(holder: str, topic: str, quote: str) -> None:
    store = OxigraphStore(None)
    ingest(store, [_extraction("doc", holder, topic, quote, "Support")], software_version="1")
    validate(store)


def test_the_rdf_layer_does_not_import_spacy() -> None:
    code = (
        "import sys, graph.rdf.store, graph.rdf.query, graph.rdf.validate, graph.rdf.serialize;"
        "import graph.resources; sys.exit('spacy' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
