"""Reads the position inside a complement clause: what it is about and whether it is for or against it.

"… that the presence of troops is categorically unacceptable" → (Oppose, "presence of troops");
"… that the EU should be involved in discussions" → (Support, "EU involved in discussions");
"… that ending hostilities would only be possible with consent" → (Support, "ending hostilities").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from graph.extract.lexicon import (
    ADVOCACY_MODALS,
    COMPLEMENT_OPPOSE_VERBS,
    COMPLEMENT_SUPPORT_VERBS,
    FUTURE_MODALS,
    NEGATIONS,
    NEGATIVE_WORDS,
    POSITIVE_WORDS,
)
from graph.extract.targets import is_pronoun, passive_label, topic_label
from graph.records import Polarity

FLIP: dict[Polarity, Polarity] = {"Support": "Oppose", "Oppose": "Support", "Neutral": "Neutral"}


@dataclass(frozen=True)
class Position:
    """A polarity on a topic label, with the speech act and how sure the rule is."""

    polarity: Polarity
    label: str
    act: str
    confidence: float


def is_negated(tok: Token) -> bool:
    """A negation on the token or its auxiliaries ("not ready", "would never"), but not "not only"."""
    for child in tok.children:
        if child.dep_ == "neg" or child.lower_ in {"never"}:
            nxt = tok.doc[child.i + 1] if child.i + 1 < len(tok.doc) else None
            if child.lower_ == "not" and nxt is not None and nxt.lower_ in {"only", "just", "merely"}:
                continue
            return True
    return False


def _word_polarity(tok: Token) -> Polarity | None:
    for form in (tok.lower_, tok.lemma_.lower()):
        if form in POSITIVE_WORDS:
            return "Support"
        if form in NEGATIVE_WORDS:
            return "Oppose"
    return None


def evaluation(tok: Token) -> Polarity | None:
    """Polarity of an evaluative word or phrase ("a crucial step", "unacceptable", "not useful")."""
    pol = _word_polarity(tok)
    if pol is None:
        for child in tok.children:
            if child.dep_ in {"amod", "advmod", "conj"} and child.lower_ not in NEGATIONS:
                pol = pol or _word_polarity(child)
    if pol is None:
        return None
    return FLIP[pol] if is_negated(tok) else pol


def _subject(clause: Token) -> Token | None:
    for child in clause.children:
        if child.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass"}:
            return child
    if clause.dep_ == "relcl":  # "relations, which remain important" → the noun the clause modifies
        return clause.head
    return None


def _subject_label(clause: Token, last_topic: str | None) -> str | None:
    subj = _subject(clause)
    if subj is None:
        return None
    if subj.lower_ == "it":
        # "it is wrong to X" / "it was a mistake to X": the extraposed clause is the topic
        for child in clause.children:
            if child.dep_ in {"xcomp", "ccomp"}:
                return topic_label(child)
        for child in clause.children:
            if child.dep_ in {"acomp", "attr"}:
                for grand in child.children:
                    if grand.dep_ in {"xcomp", "ccomp", "relcl", "acl"}:
                        return topic_label(grand)
        return last_topic
    if is_pronoun(subj) and subj.lower_ in {"this", "that"}:
        return last_topic
    return topic_label(subj)


def _modals(verb: Token) -> set[str]:
    mods = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD" or c.lower_ == "going"}
    if verb.dep_ == "xcomp" and verb.head.lemma_ in {"need", "have"}:
        mods.add(verb.head.lemma_)
    return mods


def _copular(clause: Token, last_topic: str | None) -> Position | None:
    """'X is unacceptable', 'X was a crucial step', 'X were not only useful but also productive'."""
    for child in clause.children:
        if child.dep_ in {"acomp", "attr", "oprd"}:
            pol = evaluation(child)
            if pol is None:
                continue
            if is_negated(clause):
                pol = FLIP[pol]
            label = _subject_label(clause, last_topic)
            if label:
                return Position(pol, label, "evaluate", 0.7)
    return None


def _verbal(clause: Token, last_topic: str | None) -> Position | None:
    """Advocacy and commitment: 'X should be involved', 'we will scrap X', 'X would open opportunities'."""
    modals = _modals(clause)
    negated = is_negated(clause)
    lemma = clause.lemma_.lower()
    subj = _subject(clause)
    if lemma in COMPLEMENT_OPPOSE_VERBS or _is_put_an_end(clause):
        obj = _end_object(clause) if _is_put_an_end(clause) else _object(clause)
        label = topic_label(obj) if obj is not None else None
        if label and (modals or subj is None or is_pronoun(subj)):
            pol: Polarity = "Support" if negated else "Oppose"
            return Position(pol, label, "reject", 0.65)
    advocacy = modals & ADVOCACY_MODALS
    if advocacy or (modals & FUTURE_MODALS and subj is not None and is_pronoun(subj)):
        if subj is not None and clause.tag_ == "VBN" and subj.dep_ == "nsubjpass":
            label = passive_label(clause, subj)
        else:
            label = topic_label(clause)
        if label:
            act = "demand" if advocacy else "pledge"
            return Position("Oppose" if negated else "Support", label, act, 0.65)
    if lemma in COMPLEMENT_SUPPORT_VERBS and subj is not None and not is_pronoun(subj):
        label = _subject_label(clause, last_topic)
        if label:
            return Position("Oppose" if negated else "Support", label, "evaluate", 0.55)
    word_pol = _word_polarity(clause)
    if word_pol and clause.tag_ == "VBN":  # "it was misdirected"
        label = _subject_label(clause, last_topic)
        if label:
            return Position(FLIP[word_pol] if negated else word_pol, label, "evaluate", 0.6)
    return None


def _object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            return child
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _end_object(verb: Token) -> Token | None:
    """The X of "put an end to X"."""
    for tok in verb.subtree:
        if tok.dep_ == "prep" and tok.lower_ == "to" and tok.head.lower_ in {"end", "put"}:
            return next((c for c in tok.children if c.dep_ == "pobj"), None)
    return None


def _is_put_an_end(verb: Token) -> bool:
    return verb.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "end" for c in verb.children)


def read_clause(clause: Token, last_topic: str | None = None) -> Position | None:
    """The position a complement clause states, or None when it states none."""
    return _copular(clause, last_topic) or _verbal(clause, last_topic)


def neutral_topic(clause: Token) -> str | None:
    """The subject or object of a clause, as the topic of a neutral statement."""
    subj = _subject(clause)
    if subj is not None and not is_pronoun(subj):
        return topic_label(subj)
    obj = _object(clause)
    return topic_label(obj) if obj is not None and not is_pronoun(obj) else None
