"""One parsed document → one `Extraction`: actors, topics and stances, deduplicated and sorted.

`extract` is pure (everything comes from the Doc); `extract_documents` runs the spaCy pipeline over many.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from graph.errors import InputError
from graph.extract.actors import ActorIndex, build_index
from graph.extract.anaphora import make_resolver
from graph.extract.findings import Found
from graph.extract.holders import Context, home_country, participants
from graph.extract.lede import central_issue
from graph.extract.mentions import find_mentions
from graph.extract.names import actor_key, strip_honorifics, topic_key
from graph.extract.nlp import model_id
from graph.extract.quotes import quote_spans
from graph.extract.rolenouns import add_role_mentions
from graph.extract.roles import assign_roles, home_affiliations, sentence_fallback
from graph.extract.stances import sentence_stances
from graph.extract.targets import split_label
from graph.extract.topicids import canonical_keys
from graph.records import Actor, Document, Evidence, Extraction, Stance, Topic


def _stances(found: list[Found], document: Document, canon: dict[str, str]) -> list[Stance]:
    """One record per holder, target, polarity and act; the most confident evidence wins."""
    best: dict[tuple[str, str, str, str], Stance] = {}
    for f in found:
        target = canon[topic_key(f.target)] if f.target_kind == "topic" else f.target
        for holder in f.holders:
            if f.target_kind == "actor" and holder == target:
                continue
            quote = document.text[f.start : f.end]
            stance = Stance(holder, target, f.target_kind, f.polarity, f.act, round(f.confidence, 2),
                            Evidence(quote, f.start, f.end, document.id), f.cue)
            key = (holder, target, f.polarity, f.target_kind)
            old = best.get(key)
            if old is None or (stance.confidence, -f.start) > (old.confidence, -old.evidence.start):
                best[key] = stance
    return sorted(best.values(), key=lambda s: (s.holder, s.target, s.polarity, s.evidence.start, s.act))


def _topics(found: list[Found], keys: set[str], canon: dict[str, str]) -> list[Topic]:
    """Topics labelled by the first-seen fullest label, the other variants as alternatives."""
    labels: dict[str, list[str]] = {}
    for f in found:
        if f.target_kind == "topic":
            key = canon[topic_key(f.target)]
            if key in keys and f.target not in labels.setdefault(key, []):
                labels[key].append(f.target)
    topics = []
    for key, variants in labels.items():
        pref = next((v for v in variants if topic_key(v) == key), variants[0])
        topics.append(Topic(key, pref, tuple(sorted(v for v in variants if v != pref))))
    return sorted(topics, key=lambda t: t.key)


def _names_an_actor(index: ActorIndex) -> Callable[[str], bool]:
    """Whether a topic label is only the name of an actor of the story ("Mr Smith", "the Greens")."""
    names = {actor_key(strip_honorifics(name))
             for info in index.actors.values() for name in {info.label, *info.aliases}}
    return lambda label: actor_key(strip_honorifics(label)) in names


def _agents(doc: Doc, index: ActorIndex) -> set[str]:
    """Actors named as the subject of a clause somewhere: they act in the story, not just host it."""
    return {
        key for mention, key in index.mentions
        if any(doc[i].dep_ in {"nsubj", "nsubjpass", "agent"} for i in range(mention.start, mention.end))
    }


def _actors(doc: Doc, index: ActorIndex, stances: list[Stance]) -> list[Actor]:
    """Actors taking part (holding, receiving, affiliating, acting), plus every person and organisation."""
    used = {s.holder for s in stances} | {s.target for s in stances if s.target_kind == "actor"}
    keep = used | _agents(doc, index)
    for key, info in index.actors.items():
        if info.kind in {"Person", "Organisation"} or info.count >= 3:
            keep.add(key)
    for key in list(keep):
        aff = index.actors[key].affiliation
        if aff:
            keep.add(aff)
    return sorted((index.actors[k].freeze() for k in keep), key=lambda a: a.key)


def extract(doc: Doc, document: Document, *, model: str = "") -> Extraction:
    """Everything stancegraph reads from one parsed document."""
    if doc.text != document.text:
        raise InputError(f"document {document.id!r}: the parsed text differs from the document text; "
                         "parse document.text itself")
    index = build_index(doc, find_mentions(doc))
    assign_roles(doc, index)
    add_role_mentions(doc, index)
    ctx = Context(doc, index, participants=participants(index), home=home_country(doc, index))
    sentence_fallback(doc, index)  # a country named before the person in the sentence, then the home country
    home_affiliations(index, ctx.home)
    ctx.quotes = quote_spans(doc)

    def is_actor(i: int) -> bool:
        return index.actor_at(i) is not None

    ctx.refer = make_resolver(doc, is_actor, lambda: ctx.topic_tokens, central_issue(doc, is_actor))
    found: list[Found] = []
    for sent in doc.sents:
        found += sentence_stances(sent, ctx)
    found = [replace(f, target=label) for f in found
             for label in (split_label(f.target) if f.target_kind == "topic" else [f.target])]
    is_name = _names_an_actor(index)  # an actor is a relation's target, never a topic
    found = [f for f in found if f.target_kind == "actor" or topic_key(f.target) and not is_name(f.target)]
    canon = canonical_keys(f.target for f in found if f.target_kind == "topic")
    stances = _stances(found, document, canon)
    topic_keys = {s.target for s in stances if s.target_kind == "topic"}
    return Extraction(
        document=document,
        actors=tuple(_actors(doc, index, stances)),
        topics=tuple(_topics(found, topic_keys, canon)),
        stances=tuple(stances),
        model=model,
    )


def extract_documents(documents: Iterable[Document], nlp: Language, *, batch_size: int = 64,
                      n_process: int = 1) -> Iterator[Extraction]:
    """Parse and extract many documents, in input order."""
    name = model_id(nlp)
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield extract(doc, document, model=name)
