"""What the stance rules know about a document while reading it, and the document-wide facts they use:
its main participants ("both sides") and its home country ("the government", "ministers").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from graph.extract import gazetteer
from graph.extract.actors import ActorIndex, ActorInfo
from graph.extract.mentions import Mention
from graph.extract.names import actor_key
from graph.records import ActorKind


@dataclass
class Context:
    """What the stance rules know about a document while reading it sentence by sentence."""

    doc: Doc
    index: ActorIndex
    participants: tuple[str, ...] = ()
    home: str | None = None  # the country whose government "the government" and "ministers" mean
    refer: Callable[[Token], Token] = lambda tok: tok  # generic "the plans" → the issue they stand for
    topic_tokens: list[Token] = field(default_factory=list)  # heads of the topics stances were taken on
    last_person: str | None = None
    recent_people: list[str] = field(default_factory=list)  # person subjects, most recent last
    last_group: str | None = None  # the organisation or country that was the main subject just before
    spokes_body: str | None = None  # the body the last spokesman named with one spoke for
    spoken_by: tuple[str, str] | None = None  # (body, "spokesman") when an unnamed spokesman spoke last
    authors: dict[str, str] = field(default_factory=dict)  # "report" → who wrote the last one named
    last_topic: str | None = None
    quotes: list[tuple[int, int]] = field(default_factory=list)  # token ranges of direct quotes
    quote_speaker: dict[int, str] = field(default_factory=dict)  # token index inside a quote → speaker
    reporters: set[str] | None = None  # people introduced as journalists, found when first needed
    continued: list[tuple[int, int]] | None = None  # quote paragraphs reopened without a closing mark
    voices: dict[int, str] = field(default_factory=dict)  # token in such a paragraph → who "I"/"we" is


def participants(index: ActorIndex) -> tuple[str, ...]:
    """The two countries or organisations mentioned most: the sides of "both sides" and "the parties"."""
    ranked = sorted(
        (info for info in index.actors.values() if info.kind != "Person" and info.count >= 2),
        key=lambda info: (-info.count, info.first),
    )
    return tuple(info.key for info in ranked[:2])


def _weight(doc: Doc, mention: Mention) -> float:
    """How much a mention says "this story's government": seats and parties much, places little."""
    low = mention.text.lower().removeprefix("the ")
    if low in gazetteer.GOVERNMENT_SEATS:
        return 3.0
    if mention.kind == "Organisation":
        return 2.0
    head = doc[mention.end - 1]
    if head.dep_ == "pobj" and head.head.lower_ in {"in", "into", "from", "to", "across", "around", "inside"}:
        return 0.3  # "troops in Chad": a place
    return 1.0


def home_country(doc: Doc, index: ActorIndex) -> str | None:
    """The country a story is set in: its most named country, counting seats and parties for theirs.

    Adds the country to the index when only its parties are named (British politics without "Britain").
    """
    votes: dict[str, float] = {}
    for mention, key in index.mentions:
        info = index.actors[key]
        country = info.label if info.kind == "Country" else gazetteer.PARTY_COUNTRY.get(info.label)
        country = gazetteer.PART_OF.get(country or "", country)
        if country:
            votes[country] = votes.get(country, 0.0) + _weight(doc, mention)
    if not votes:
        return None
    country = max(sorted(votes), key=lambda c: votes[c])
    if votes[country] < 2:
        return None
    key = actor_key(country)
    if key not in index.actors:
        index.actors[key] = ActorInfo(label=country, kind="Country", first=len(index.token_actor))
    return key


def add_actor(ctx: Context, label: str, kind: ActorKind) -> str:
    """An actor named by a common noun, added to the document's actors when first used."""
    key = actor_key(label)
    if key not in ctx.index.actors:
        ctx.index.actors[key] = ActorInfo(label=label, kind=kind, first=len(ctx.doc))
    return key
