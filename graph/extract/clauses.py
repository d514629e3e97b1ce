"""Reads the position inside a complement clause: what it is about and whether it is for or against it.

"… that the tariff is categorically unacceptable" → (Oppose, "tariff");
"… that the UN should be involved in the talks" → (Support, "UN involved in talks");
"… that cutting fares would only be possible with subsidies" → (Support, "cutting fares").

The entry point `read_clause`, with the existential readers ('there is disquiet about X', 'there is no need
for X'); evaluative predicates are in `evaluations`, advocacy and commitments in `demands`.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from graph.extract.demands import modals_of, object_of, semi_modal_infinitive, verbal_position
from graph.extract.evaluations import WH_WORDS, copular_position, is_issue
from graph.extract.evaluativewords import FEELING_NOUNS
from graph.extract.lexicon import ADVOCACY_MODALS, EVIDENCE_NOUNS, FUTURE_MODALS
from graph.extract.positions import (
    FLIP,
    ActorAt,
    Position,
    Refer,
    clause_subject,
    infinitive_position,
    is_negated,
    same_token,
    side_taken,
)
from graph.extract.targets import is_pronoun, topic_label
from graph.records import Polarity


def _existential(clause: Token, refer: Refer) -> Position | None:
    """'there should be a strike' → Support 'strike'; 'there is deep disquiet about X' → Oppose X."""
    if not any(c.dep_ == "expl" for c in clause.children):
        return None
    unfeared = _nothing_to_fear(clause, refer)
    if unfeared is not None:
        return unfeared
    attrs = [c for c in clause.children if c.dep_ in {"attr", "dobj"} and c.pos_ in {"NOUN", "PROPN"}]
    attr = max(attrs, key=lambda c: (len(list(c.subtree)), c.i)) if attrs else None
    if attr is not None and attr.lemma_.lower() == "need" and any(c.lower_ == "no" for c in attr.children):
        return _no_need(attr, refer)
    if attr is not None and attr.lemma_.lower() == "case":
        return _case_for(attr, refer)
    if attr is not None and any(c.lower_ == "no" for c in attr.children) and modals_of(clause) & (
            ADVOCACY_MODALS | FUTURE_MODALS):  # "there will be no tax rises", "there should be no tolls"
        label = topic_label(refer(attr))
        return Position("Oppose", label, "pledge", 0.6) if label else None
    if attr is None or any(c.lower_ == "no" for c in attr.children):
        return None
    if attr.lemma_.lower() in EVIDENCE_NOUNS:  # "there is evidence that the plan is failing"
        claim = next((c for c in attr.children if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                      and any(m.lower_ == "that" for m in c.children)), None)
        return read_clause(claim, None, refer=refer) if claim is not None else None
    feeling = FEELING_NOUNS.get(attr.lemma_.lower())
    if feeling is not None:
        about = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ in
                      {"about", "over", "for", "to", "against", "at", "on"}), None)
        obj = next((c for c in about.children if c.dep_ == "pobj"), None) if about is not None else None
        label = topic_label(refer(obj)) if obj is not None else None
        return Position(feeling, label, "evaluate", 0.55) if label else None
    amount = _excess_or_lack(attr)
    if amount is not None:  # "there is too much central control" / "there are too few checks"
        label = _QUANTITY.sub("", topic_label(attr) or "")  # the issue is the thing, not its amount
        pol = FLIP[amount] if is_negated(clause) else amount
        return Position(pol, label, "evaluate", 0.6) if label else None
    if not modals_of(clause) & ADVOCACY_MODALS:
        return None
    label = topic_label(attr)
    return Position("Oppose" if is_negated(clause) else "Support", label, "demand", 0.65) if label else None


_QUANTITY = re.compile(r"^(?:(?:far|much|way) )?too (?:much|many|little|few) ", re.IGNORECASE)


def _excess_or_lack(attr: Token) -> Polarity | None:
    """'too much X' / 'too many X' → against X; 'too little X' / 'too few X' → for (more) X."""
    for mod in attr.children:
        if mod.dep_ == "amod" and any(c.dep_ == "advmod" and c.lower_ == "too" for c in mod.children):
            if mod.lower_ in {"much", "many"}:
                return "Oppose"
            if mod.lower_ in {"little", "few"}:
                return "Support"
    return None


def _nothing_to_fear(clause: Token, refer: Refer) -> Position | None:
    """'there is nothing to fear from the new rules' → Support the new rules (a reassurance about them)."""
    nothing = next((c for c in clause.children if c.dep_ in {"attr", "dobj"} and c.lower_ == "nothing"), None)
    fear = next((c for c in nothing.children if c.lemma_.lower() in {"fear", "worry"}),
                None) if nothing is not None else None
    prep = next((c for c in fear.children if c.dep_ == "prep" and c.lower_ in {"from", "about", "in"}),
                None) if fear is not None else None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    label = topic_label(refer(obj)) if obj is not None else None
    return Position("Support", label, "state", 0.6) if label else None


def _no_need(need: Token, refer: Refer) -> Position | None:
    """'there is no need for an inquiry' → Oppose inquiry; 'no need to raise taxes' → Oppose raising taxes."""
    for child in need.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            label = topic_label(refer(obj)) if obj is not None else None
            return Position("Oppose", label, "reject", 0.6) if label else None
        if child.dep_ in {"acl", "relcl", "xcomp"} and child.pos_ == "VERB":
            return infinitive_position(child, "Oppose", "reject", 0.6)
    return None


def _case_for(case: Token, refer: Refer) -> Position | None:
    """'there is a case for an inquiry', 'a case to tighten the rules' → Support; 'no case': Oppose."""
    pol: Polarity = "Oppose" if any(c.lower_ == "no" for c in case.children) else "Support"
    for child in case.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            label = topic_label(refer(obj)) if obj is not None else None
            return Position(pol, label, "demand", 0.6) if label else None
        if child.dep_ in {"acl", "relcl", "xcomp"} and child.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return infinitive_position(child, pol, "demand", 0.6)
    return None


def _no_actor(i: int) -> str | None:
    return None


def read_clause(
    clause: Token, last_topic: str | None = None, actor_at: ActorAt = _no_actor, refer: Refer = same_token, *,
    reported: bool = False,
) -> Position | None:
    """The position a complement clause states, or None when it states none.

    `actor_at` tells which tokens name actors (a judged actor becomes an actor target); `refer` maps a
    generic noun ("the plans") to the token naming its issue; `reported`: indirect speech, where "would"
    is a shifted "will" ("said the age would be reduced").
    """
    subj = clause_subject(clause)
    if subj is not None and (subj.lower_ in WH_WORDS or any(
            t.lower_ in WH_WORDS and t.head.dep_ != "relcl" for t in subj.subtree)):
        # "What really matters is …": a pseudo-cleft, not a judgement of its subject (a relative clause
        # inside the subject, "proposals, which include X, are unrealistic", is no pseudo-cleft)
        return None
    if subj is not None and subj.lower_ in {"nobody", "none", "noone"}:
        return None  # "nobody should doubt that …": rhetoric, not a position on "doubting"
    if any(c.dep_ == "advmod" and c.lower_ in {"how", "why"} for c in clause.children):
        return None  # "How can it be right that …?": a rhetorical question
    if clause.lemma_ == "be" and (side := side_taken(clause, refer)) is not None:
        if subj is not None and actor_at(subj.i):
            return None  # "said the Greens were against X": the Greens' side, read on its own
        if subj is not None and is_issue(subj) and side.polarity == "Oppose":
            label = topic_label(refer(subj))  # "such attacks are against our interests": the attacks are bad
            return Position("Oppose", label, "evaluate", 0.6) if label else None
        return side
    needed = semi_modal_infinitive(clause)
    passive = needed is not None and any(c.dep_ == "auxpass" for c in [*clause.children, *needed.children])
    if needed is not None and clause.lemma_ == "need" and not passive and not any(  # "X needs to be done"
            c.dep_ in {"dobj", "nsubjpass"} or c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        pos = verbal_position(needed, last_topic, refer, reported)  # "they need to rethink the bill"
        return pos if pos is not None and len(pos.label.split()) > 1 else None  # "need to look": no issue
    return (_existential(clause, refer) or copular_position(clause, last_topic, actor_at, refer)
            or verbal_position(clause, last_topic, refer, reported))


def neutral_topic(clause: Token) -> str | None:
    """The subject or object of a clause, as the topic of a neutral statement."""
    subj = clause_subject(clause)
    if subj is not None and not is_pronoun(subj):
        return topic_label(subj)
    obj = object_of(clause)
    return topic_label(obj) if obj is not None and not is_pronoun(obj) else None
