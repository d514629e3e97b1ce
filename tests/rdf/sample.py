"""Small hand-made extractions shared by the RDF tests (no spaCy: records are built by hand)."""

from __future__ import annotations

from graph.records import Actor, Document, Evidence, Extraction, Stance, Topic

TEXT_A = (
    "Russia supports the ceasefire. The Foreign Minister Ivan Petrov rejected sanctions and criticised NATO."
)
TEXT_B = "The Russian Federation backs the ceasefire, while NATO opposes it."


def _evidence(text: str, quote: str, doc_id: str) -> Evidence:
    start = text.index(quote)
    return Evidence(quote=quote, start=start, end=start + len(quote), doc_id=doc_id)


def extraction_a(doc_id: str = "doc-a") -> Extraction:
    """Two countries-ish actors, a person affiliated to one, two topics, a topic and an actor relation."""
    document = Document(
        id=doc_id, text=TEXT_A, title="Talks", date="2025-02-18", source="Wire", url="https://example.org/a"
    )
    actors = (
        Actor("russia", "Russia", "Country", ("Moscow",)),
        Actor(
            "ivan petrov", "Ivan Petrov", "Person", ("Petrov",), role="Foreign Minister", affiliation="russia"
        ),
        Actor("nato", "NATO", "Organisation"),
    )
    topics = (Topic("ceasefire", "ceasefire"), Topic("sanctions", "sanctions", ("economic sanctions",)))
    stances = (
        Stance(
            "russia",
            "ceasefire",
            "topic",
            "Support",
            "support",
            0.9,
            _evidence(TEXT_A, "Russia supports the ceasefire.", doc_id),
            "support",
        ),
        Stance(
            "ivan petrov",
            "sanctions",
            "topic",
            "Oppose",
            "reject",
            0.8,
            _evidence(TEXT_A, "Ivan Petrov rejected sanctions", doc_id),
            "reject",
        ),
        Stance(
            "ivan petrov",
            "nato",
            "actor",
            "Oppose",
            "criticise",
            0.7,
            _evidence(TEXT_A, "criticised NATO", doc_id),
            "criticise",
        ),
    )
    return Extraction(document, actors, topics, stances, model="en_core_web_sm-3.8.0")


def extraction_b(doc_id: str = "doc-b") -> Extraction:
    """A second document: the same country under another alias, and an opponent of the same topic."""
    document = Document(id=doc_id, text=TEXT_B)
    actors = (
        Actor("russia", "Russia", "Country", ("Russian Federation",)),
        Actor("nato", "NATO", "Organisation", ("North Atlantic Treaty Organization",)),
    )
    topics = (Topic("ceasefire", "ceasefire", ("truce",)),)
    stances = (
        Stance(
            "russia",
            "ceasefire",
            "topic",
            "Support",
            "back",
            0.85,
            _evidence(TEXT_B, "The Russian Federation backs the ceasefire", doc_id),
            "back",
        ),
        Stance(
            "nato",
            "ceasefire",
            "topic",
            "Oppose",
            "oppose",
            0.75,
            _evidence(TEXT_B, "NATO opposes it", doc_id),
            "oppose",
        ),
    )
    return Extraction(document, actors, topics, stances, model="en_core_web_sm-3.8.0")
