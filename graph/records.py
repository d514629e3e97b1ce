"""Frozen records passed between the stages: text → extract → rdf → analysis → render.

They hold plain data only (strings, offsets, numbers), never spaCy spans or RDF terms, so that every
stage can be tested on its own and records can cross process boundaries (pickling for --jobs / Dask).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

ActorKind = Literal["Person", "Organisation", "Country"]
Polarity = Literal["Support", "Oppose", "Neutral"]
TargetKind = Literal["topic", "actor"]

ACTOR_KINDS: tuple[ActorKind, ...] = ("Person", "Organisation", "Country")
POLARITIES: tuple[Polarity, ...] = ("Support", "Oppose", "Neutral")


@dataclass(frozen=True)
class Document:
    """One input text with its metadata. `id` is stable: given, or derived from the content."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""  # where it was read from (file path, "file.jsonl:12", "<stdin>"), for messages

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Evidence:
    """The quote that shows a stance: `text[start:end]` of the document `doc_id`."""

    quote: str
    start: int
    end: int
    doc_id: str


@dataclass(frozen=True)
class Actor:
    """A person, organisation or country, identified across documents by `key`.

    `key` is the normalised canonical name (see `graph.extract.names.actor_key`); `affiliation` is the key
    of another actor of the same extraction (the country, party or organisation a person speaks for).
    """

    key: str
    label: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True)
class Topic:
    """An issue, proposal or policy; `key` is the normalised canonical label."""

    key: str
    label: str
    alt_labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stance:
    """`holder` (an actor key) takes a position on `target` (a topic key, or an actor key)."""

    holder: str
    target: str
    target_kind: TargetKind
    polarity: Polarity
    act: str  # the speech act: propose, demand, agree, reject, criticise, negotiate, state…
    confidence: float
    evidence: Evidence
    cue: str = ""  # the word that signalled it (lemma), for reading and error analysis


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    actors: tuple[Actor, ...] = ()
    topics: tuple[Topic, ...] = ()
    stances: tuple[Stance, ...] = ()
    model: str = ""  # spaCy pipeline name and version, for provenance
    meta: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
