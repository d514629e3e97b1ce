"""Stances whose cue is not a reporting verb: cue nouns ('X's view that …', 'X's support for Y'),
predicate adjectives ('X is committed to Y'), sides ('X is against Y'), announced plans ('X is to
introduce Y'), owned measures ('X's planned road tolls') and experiencers ('unacceptable for X').
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from graph.extract.anaphora import is_generic
from graph.extract.cueframes import pobj
from graph.extract.evaluativewords import NEGATIVE_WORDS
from graph.extract.findings import Found, is_hearsay, make_found
from graph.extract.holders import Context, resolve, subject_of
from graph.extract.lexicon import (
    COMPLEMENT_OPPOSE_VERBS,
    EXPERIENCER_ADJECTIVES,
    IMPLICIT_AGREEMENT_NOUNS,
    LEAD_MEASURE_NOUNS,
    LIGHT_VERBS,
    MEASURE_PARTICIPLES,
    NOUN_CUES,
    PREDICATE_CUES,
    PURPOSE_MEASURE_NOUNS,
)
from graph.extract.objects import clause_of_noun, is_statement, noun_targets
from graph.extract.positions import (
    FLIP,
    Position,
    infinitive_position,
    is_negated,
    partisan_position,
    predicate_position,
    side_taken,
)
from graph.extract.targets import passive_label, topic_label
from graph.records import Polarity


def noun_cue_stances(tok: Token, ctx: Context, sent: Span) -> list[Found]:
    """'X's view that …', 'X's support for Y', and holder-less 'an agreement to …' (the participants)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in NOUN_CUES:
        return []
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:  # "a Tory attempt to change the law", "government plans to introduce X"
        owner = next((c for c in tok.children if c.dep_ in {"compound", "amod"} and tok.i - 3 <= c.i < tok.i
                      and not any(t.is_punct for t in tok.doc[c.i : tok.i]) and resolve(c, ctx)), None)
    holders: tuple[str, ...] = ()
    if owner is not None and owner.pos_ == "PRON" and (kept := _kept_promise(tok)) is not None:
        holders = resolve(kept, ctx)  # "ministers had kept to their pledge to review the law"
    elif owner is not None and owner.pos_ == "PRON":
        if NOUN_CUES[lemma].act in {"propose", "state"}:
            return []  # "its budget plans for the period": a description, not a position
        holders = _sentence_subject(tok, ctx)  # "X was expelled for his opposition to Y": X
    elif owner is not None:
        holders = resolve(owner, ctx)
    elif (by := next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)) is not None:
        agent = pobj(by)  # "a decision by ministers not to change the law"
        holders = resolve(agent, ctx) if agent is not None else ()
        owner = agent
    elif lemma in IMPLICIT_AGREEMENT_NOUNS and not (tok.dep_ == "dobj" and tok.head.lemma_ in LIGHT_VERBS):
        between = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        parties = pobj(between) if between is not None else None
        holders = resolve(parties, ctx) if parties is not None else ctx.participants
    if not holders:
        return []
    targets = clause_of_noun(tok, ctx) or [
        t for t in noun_targets(tok, NOUN_CUES[lemma], ctx) if owner is not None
    ]
    return [make_found(holders, pos, lemma, sent, kind) for pos, kind in targets]


def _kept_promise(noun: Token) -> Token | None:
    """The subject of 'kept (to) / honoured their pledge to V': who stands by the promise."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.lemma_.lower() not in _PROMISE_NOUNS or verb.lemma_.lower() not in _KEEP_VERBS:
        return None
    return subject_of(verb)


_PROMISE_NOUNS = frozenset({"pledge", "promise", "commitment"})


_KEEP_VERBS = frozenset({"keep", "honour", "honor", "fulfil", "fulfill", "meet", "deliver", "stick"})


def _sentence_subject(tok: Token, ctx: Context) -> tuple[str, ...]:
    """The actor who is the subject of the sentence's main clause, for a possessive pronoun."""
    subj = subject_of(tok.sent.root)
    if subj is None or subj.pos_ == "PRON":
        return resolve(subj, ctx) if subj is not None else ()
    return resolve(subj, ctx)


def predicate_cue_stances(tok: Token, ctx: Context, sent: Span) -> list[Found]:
    """'X is committed to Y', 'X is opposed to Y', 'X is ready to Y'."""
    cue = PREDICATE_CUES.get(tok.lower_)
    if cue is None or tok.dep_ not in {"acomp", "ROOT", "ccomp", "conj", "xcomp"}:
        return []
    if not is_statement(tok) or _in_wh_clause(tok) or is_hearsay(tok):
        return []
    subj = subject_of(tok)
    holders = resolve(subj, ctx) if subj is not None else ()
    pos = predicate_position(tok, ctx.refer) if holders else None
    return [make_found(holders, pos, tok.lower_, sent)] if pos else []


def announced_plan_stances(tok: Token, ctx: Context, sent: Span) -> list[Found]:
    """'Britain is to give a grant', 'Ministers are to introduce a bill': an announced plan of the subject."""
    if tok.lemma_ != "be" or tok.dep_ not in {"ROOT", "conj"} or not is_statement(tok) or is_hearsay(tok):
        return []
    verb = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if verb is None or subj is None or not any(c.dep_ == "dobj" for c in verb.children):
        return []  # "X is to stand down": a personal plan, no issue
    if any(c.dep_ == "auxpass" for c in verb.children):
        return []  # "X is to be offered a slot": something done to X, not X's plan
    holders = resolve(subj, ctx)
    pos = infinitive_position(verb, "Support", "plan", 0.6) if holders else None
    return [make_found(holders, pos, "be to", sent)] if pos else []


def owned_measure_stances(tok: Token, ctx: Context, sent: Span) -> list[Found]:
    """'X's planned road tolls', 'new measures outlined by X': the measure is X's proposal; in a lead
    ('suspects will face curfews under plans unveiled by X') what the clause says the measure does."""
    if tok.pos_ != "NOUN" or not is_statement(tok.head) or is_hearsay(tok):
        return []
    holders: tuple[str, ...] = ()
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is not None and any(c.dep_ == "amod" and c.lemma_.lower() in MEASURE_PARTICIPLES
                                 and c.tag_ in {"VBN", "JJ"} for c in tok.children):
        holders = resolve(owner, ctx)
    for acl in (c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        agent = next((g for a in acl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"),
                     None)
        if agent is not None and acl.lemma_.lower() in MEASURE_PARTICIPLES:
            holders = resolve(agent, ctx)
    lead = _lead_stances(tok, holders, ctx, sent) + _purpose_stances(tok, ctx, sent)
    issue = ctx.refer(tok)
    label = None if not holders or is_generic(issue) else topic_label(issue)
    if label and owner is not None and issue.i == tok.i:  # "X's planned road tolls": not "X planned …"
        marks = [c for c in tok.children if c.dep_ == "amod" and c.lemma_.lower() in MEASURE_PARTICIPLES]
        drop = {t.text.lower() for t in [*owner.subtree, *marks]}
        label = " ".join(w for w in label.split() if w.lower() not in drop) or None
    own = [make_found(holders, Position("Support", label, "propose", 0.65), "plan", sent)] if label else []
    return own + lead


def _purpose_stances(noun: Token, ctx: Context, sent: Span) -> list[Found]:
    """'X's bill to change the law', 'a Green policy to help first-time buyers': X proposes the purpose.
    Only the to-infinitive counts: "the government's policy on asylum" takes no side on asylum."""
    if noun.lemma_.lower() not in PURPOSE_MEASURE_NOUNS or noun.lemma_.lower() in NOUN_CUES:
        return []
    purpose = next((c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    and not any(a.dep_ == "auxpass" for a in c.children)), None)  # "… to be shown": no aim
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"
                  or c.dep_ in {"compound", "amod"} and resolve(c, ctx)), None)
    if purpose is None or owner is None or not (holders := resolve(owner, ctx)):
        return []
    pos = infinitive_position(purpose, "Support", "propose", 0.65)
    return [make_found(holders, pos, "plan", sent)] if pos else []


def _lead_stances(noun: Token, holders: tuple[str, ...], ctx: Context, sent: Span) -> list[Found]:
    """'Teenagers will be able to stand as MPs under plans unveiled by X', 'suspects could face house arrest
    as part of measures outlined by X': the clause the measure governs is what X proposes."""
    if noun.lemma_.lower() not in LEAD_MEASURE_NOUNS:
        return []
    verb = _governing_verb(noun)
    if verb is None:
        return []
    if not holders:  # "under government plans", "under Mr X's proposals"
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"
                      or c.dep_ in {"compound", "amod"} and resolve(c, ctx)), None)
        holders = resolve(owner, ctx) if owner is not None else ()
    pos = _measure_content(verb, ctx) if holders else None
    return [make_found(holders, pos, "plan", sent)] if pos else []


def _governing_verb(noun: Token) -> Token | None:
    """The verb a measure noun hangs on through "under" or "as part of (a series of)"."""
    node = noun
    for _ in range(6):
        if node.dep_ not in {"pobj", "prep"} or node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ == "prep" and (node.lower_ == "under" or node.lower_ == "as" and any(
                c.lemma_.lower() == "part" for c in node.children)):
            verb = node.head
            for _ in range(2):  # "retire at 60 | under the plans": the parser hung it on the number
                if verb.pos_ in {"VERB", "AUX"} or verb.dep_ not in {"pobj", "prep", "dobj"}:
                    break
                verb = verb.head
            return verb if verb.pos_ in {"VERB", "AUX"} else None
    return None


def _measure_content(verb: Token, ctx: Context) -> Position | None:
    """What a clause says will happen: its object ("face house arrest"), else its subject and verb."""
    for _ in range(3):  # "will be able to stand", "is to rise", "will have to pass"
        inner = next((g for c in [verb, *(c for c in verb.children if c.dep_ == "acomp")] for g in c.children
                      if g.dep_ == "xcomp" and g.pos_ in {"VERB", "AUX"}), None)
        if inner is None or verb.lemma_.lower() not in {"be", "have", "need", "able"}:
            break
        verb = inner
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and not ctx.index.actor_at(obj.i) and (label := topic_label(obj)):
        opposed = verb.lemma_.lower() in COMPLEMENT_OPPOSE_VERBS  # "would scrap the levy"
        return Position("Oppose" if opposed else "Support", label, "propose", 0.6)
    node = verb
    subj = None
    for _ in range(4):
        subj = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None or node.dep_ not in {"xcomp", "acomp", "conj"}:
            break
        node = node.head
    if subj is None or ctx.index.actor_at(subj.i) or is_generic(subj):
        return None
    label = passive_label(verb, subj, gerund_verb=verb.tag_ != "VBN")
    # the measure is no part of its own content: "teenagers becoming MPs", not "… under plans"
    label = label and re.split(r"\b(?:under|as part of) ", label, flags=re.I)[0].strip()
    if label and label.split()[-1] == "being":
        return None  # "the budget being | under X's rules": the predicate was cut off
    return Position("Support", label, "propose", 0.6) if label else None


def copula_side_stances(tok: Token, ctx: Context, sent: Span) -> list[Found]:
    """'The Greens are against the runway', 'Labour is in favour of the tax', 'X, a critic of Y, …'."""
    if tok.dep_ == "appos" and tok.pos_ in {"NOUN", "NUM"}:
        holders = resolve(tok.head, ctx) if ctx.index.actor_at(tok.head.i) else ()
        pos = partisan_position(tok, ctx.refer) if holders else None
        return [make_found(holders, pos, tok.lemma_.lower(), sent)] if pos else []
    if tok.lemma_ != "be" or tok.dep_ not in {"ROOT", "conj", "ccomp"}:
        return []
    if not is_statement(tok) or is_hearsay(tok):
        return []
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    holders = resolve(subj, ctx) if subj is not None else ()
    pos = side_taken(tok, ctx.refer) if holders else None
    return [make_found(holders, pos, "be", sent)] if pos else []


def _in_wh_clause(tok: Token) -> bool:
    """Inside "how firmly X is prepared to …" or "whether X is ready …": no statement of X's own."""
    for node in [tok, tok.head]:
        if any(t.lower_ in {"how", "whether", "why"} for t in tok.doc[node.left_edge.i : tok.i]):
            return True
        if any(c.dep_ == "mark" and c.lower_ == "if" for c in node.children):  # "declined to say if he was …"
            return True
    return False


def experiencer_stances(tok: Token, ctx: Context, sent: Span) -> list[Found]:
    """'X is unacceptable for Paris', 'relations, which remain important to both A and B'."""
    low = tok.lower_
    if tok.pos_ != "ADJ" or low not in EXPERIENCER_ADJECTIVES:
        return []
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "to"}), None)
    obj = pobj(prep) if prep is not None else None
    holders = resolve(obj, ctx) if obj is not None else ()
    if not holders:
        return []
    pol: Polarity = "Oppose" if low in NEGATIVE_WORDS or low.startswith(("un", "in")) else "Support"
    if is_negated(tok) or is_negated(tok.head):
        pol = FLIP[pol]
    head = tok.head
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "csubj"}), None)
    if subj is not None and subj.lower_ in {"which", "that", "who"} and head.dep_ == "relcl":
        subj = head.head
    label = topic_label(subj) if subj is not None else None
    return [make_found(holders, Position(pol, label, "evaluate", 0.7), low, sent)] if label else []
