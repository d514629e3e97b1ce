"""People named again by their office: "the foreign secretary", "the prime minister", "the cardinal".

After roles are known ("Foreign Secretary Jane Doe"), a later "the foreign secretary" is a mention of
that person, when exactly one person of the story holds that office.
"""

from __future__ import annotations

from spacy.tokens import Doc

from graph.extract.actors import ActorIndex
from graph.extract.lexicon import HONORIFICS, ROLE_HEADS
from graph.extract.mentions import Mention

_MAX_WORDS = 4


def _titles(doc: Doc, index: ActorIndex) -> dict[str, set[str]]:
    """Lower-case office phrases → keys of the people who hold them (full role and its head nouns)."""
    titles: dict[str, set[str]] = {}
    for mention, key in index.mentions:
        info = index.actors.get(key)
        if info is None or info.kind != "Person":
            continue
        phrases = set()
        if info.role:
            words = info.role.lower().split()
            phrases.add(" ".join(words))
            phrases |= {w for w in words if w in ROLE_HEADS}
        before = doc[mention.start - 1].lower_ if mention.start else ""
        first = mention.text.split()[0].lower()
        phrases |= {w for w in (before, first) if w in HONORIFICS and w in ROLE_HEADS}
        for phrase in phrases:
            titles.setdefault(phrase, set()).add(key)
    return titles


def add_role_mentions(doc: Doc, index: ActorIndex) -> None:
    """Mark "the <office>" phrases as mentions of the one person holding that office."""
    titles = {phrase: keys.pop() for phrase, keys in _titles(doc, index).items() if len(keys) == 1}
    if not titles:
        return
    i = 0
    while i < len(doc) - 1:
        if doc[i].lower_ != "the":
            i += 1
            continue
        for size in range(_MAX_WORDS, 0, -1):
            span = doc[i + 1 : i + 1 + size]
            if len(span) < size or any(index.actor_at(t.i) for t in span):
                continue
            key = titles.get(span.text.lower())
            if key and (span.end >= len(doc) or doc[span.end].pos_ != "PROPN"):
                index.add(Mention(span.start, span.end, "Person", index.actors[key].label, span.text),
                          index.actors[key])
                i = span.end - 1
                break
        i += 1
