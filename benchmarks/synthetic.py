"""A generated stance corpus of any size, as extraction records: the input of bench_sparql.

Shaped like real output: actors and topics drawn with Zipf-like popularity (a few are everywhere),
persons with roles and affiliations, aliases, 6–14 stances a document, one actor-to-actor relation in
seven, evidence quotes that are real slices of the document text. Deterministic for a seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from graph.records import ACTOR_KINDS, POLARITIES, Actor, Document, Evidence, Extraction, Stance, Topic

ACTS = ("support", "oppose", "propose", "reject", "demand", "agree", "criticise", "negotiate", "state")
WORDS = ("talks agreement ceasefire sanctions minister said would plan support rejected border trade "
         "security meeting proposal energy summit government officials statement deal reform tax "
         "election budget health schools pensions climate migration").split()


class Corpus:
    """Pools of actors and topics, and documents drawn from them."""

    def __init__(self, *, actors: int = 3000, topics: int = 1000, seed: int = 7) -> None:
        actors -= actors % 3  # every person's organisation and country exist
        self.rng = random.Random(seed)
        self.actors = [self._actor(i) for i in range(actors)]
        self.topics = [Topic(f"issue {i}", f"issue {i}", (f"issue number {i}",) if i % 3 == 0 else ())
                       for i in range(topics)]
        self._actor_weights = [1 / (rank + 1) ** 0.9 for rank in range(actors)]
        self._topic_weights = [1 / (rank + 1) ** 0.9 for rank in range(topics)]

    def _actor(self, i: int) -> Actor:
        kind = ACTOR_KINDS[i % 3]
        aliases = (f"A{i}",) if i % 2 == 0 else ()
        if kind == "Person":
            # persons (i % 3 == 0) speak for the organisation i + 1 or the country i + 2 next to them
            return Actor(f"actor {i}", f"Actor {i}", kind, aliases, role="Minister",
                         affiliation=f"actor {i + 1 if i % 2 else i + 2}")
        return Actor(f"actor {i}", f"Actor {i}", kind, aliases)

    def documents(self, count: int) -> Iterator[Extraction]:
        for number in range(count):
            yield self.extraction(number)

    def extraction(self, number: int) -> Extraction:
        rng = self.rng
        doc_id = f"synthetic-{number:06d}"
        sentences: list[str] = []
        stances: list[Stance] = []
        used_actors: dict[str, Actor] = {}
        used_topics: dict[str, Topic] = {}
        offset = 0
        for _ in range(rng.randint(6, 14)):
            holder = rng.choices(self.actors, weights=self._actor_weights)[0]
            other = rng.choices(self.actors, weights=self._actor_weights)[0]
            if rng.random() < 1 / 7 and other.key != holder.key:
                target, kind, target_label = other.key, "actor", other.label
                used_actors[other.key] = other
            else:
                topic = rng.choices(self.topics, weights=self._topic_weights)[0]
                target, kind, target_label = topic.key, "topic", topic.label
                used_topics[topic.key] = topic
            used_actors[holder.key] = holder
            act = rng.choice(ACTS)
            filler = " ".join(rng.choices(WORDS, k=rng.randint(8, 25)))
            sentence = f"{holder.label} said they {act} {target_label}, {filler}."
            sentences.append(sentence)
            evidence = Evidence(sentence, offset, offset + len(sentence), doc_id)
            offset += len(sentence) + 1
            stances.append(Stance(holder.key, target, kind, rng.choice(POLARITIES), act,  # type: ignore[arg-type]
                                  round(rng.uniform(0.5, 0.95), 2), evidence, act))
        for actor in list(used_actors.values()):
            if actor.affiliation:
                used_actors[actor.affiliation] = self.actors[int(actor.affiliation.split()[1])]
        document = Document(doc_id, " ".join(sentences), title=f"Report {number}",
                            date=f"2025-{1 + number % 12:02d}-{1 + number % 28:02d}", source="Synthetic",
                            url=f"https://example.org/news/{number}")
        return Extraction(document, tuple(sorted(used_actors.values(), key=lambda a: a.key)),
                          tuple(sorted(used_topics.values(), key=lambda t: t.key)), tuple(stances),
                          model="synthetic 0")
