"""Bodies a stance's subject names that the entity recogniser left out: capital initials ("the XYZA
said") and a second name the parser hung inside the first
("the League Against Road Tolls and the XYZA")."""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import gazetteer
from graph.extract.context import Context, add_actor
from graph.extract.personwords import TITLE_WORDS

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "conj"})


def initials(tok: Token, ctx: Context) -> str | None:
    """'The XYZA said …': a subject in capital initials the recogniser missed is an organisation."""
    word = tok.text
    if not (tok.pos_ == "PROPN" and word.isalpha() and word.isupper() and len(word) >= 3):
        return None
    if word.lower() in TITLE_WORDS or gazetteer.country_of(word) or tok.dep_ not in _SUBJECT_DEPS:
        return None  # "the MSP said": an office; "the UK": a country the recogniser knows anyway
    return add_actor(ctx, word, "Organisation")


def conjuncts(tok: Token) -> list[Token]:
    """A noun and the nouns joined to it by "and"."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out += conjuncts(child)
    return out


def name_conjuncts(subject: Token, ctx: Context) -> list[Token]:
    """The conjuncts of a subject, also those the parser hangs on a word inside its name ("the League
    Against Road Tolls and the XYZA": "XYZA" is a conjunct of "Tolls", inside the first name)."""
    out = conjuncts(subject)
    key = ctx.index.actor_at(subject.i)
    if key is None:
        return out
    for tok in subject.subtree:
        if tok.i != subject.i and ctx.index.actor_at(tok.i) == key:
            out += [c for k in tok.children if k.dep_ == "conj" and ctx.index.actor_at(k.i) != key
                    for c in conjuncts(k)]
    return out
