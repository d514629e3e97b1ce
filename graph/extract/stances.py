"""Finds stances sentence by sentence: a cue, its holder (actors) and its target (a topic or an actor).

Cues are verbs ("proposed a levy", "said that X is unacceptable"), nouns owned by an actor ("X's view
that …", "expressed agreement with …"), predicate adjectives ("is committed to X"), evaluations with an
experiencer ("unacceptable for X") and "according to X".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from graph.extract.anaphora import is_generic
from graph.extract.clauses import read_clause
from graph.extract.cueframes import pobj
from graph.extract.evaluativewords import NEGATIVE_WORDS
from graph.extract.holders import Context, according_to, note_subjects, resolve, subject_of
from graph.extract.lexicon import (
    BELIEF_HEADS,
    COMPLEMENT_OPPOSE_VERBS,
    CRITIC_NOUNS,
    EXPERIENCER_ADJECTIVES,
    HEARSAY_HEADS,
    HEDGED_WHEN_NEGATED,
    IMPLICIT_AGREEMENT_NOUNS,
    LEMMA_FIXES,
    LIGHT_VERBS,
    MEASURE_PARTICIPLES,
    NOUN_CUES,
    PREDICATE_CUES,
    REFUSING_VERBS,
    SUPPORTER_NOUNS,
    VERB_CUES,
)
from graph.extract.objects import clause_of_noun, cue_of, is_statement, noun_targets, verb_targets
from graph.extract.positions import (
    FLIP,
    Position,
    infinitive_position,
    is_negated,
    predicate_position,
    side_taken,
)
from graph.extract.quotes import attribute_quotes
from graph.extract.targets import topic_label
from graph.records import Polarity, TargetKind


@dataclass(frozen=True)
class Found:
    """One stance before it becomes a record: holders are actor keys, target a topic label or actor key."""

    holders: tuple[str, ...]
    target: str
    target_kind: TargetKind
    polarity: Polarity
    act: str
    confidence: float
    cue: str
    start: int  # character offsets of the evidence (the sentence)
    end: int


def _evidence(sent: Span) -> tuple[int, int]:
    text = sent.text
    lead = len(text) - len(text.lstrip())
    return sent.start_char + lead, sent.start_char + len(text.rstrip())


def _found(
    holders: tuple[str, ...], pos: Position, cue: str, sent: Span, kind: TargetKind = "topic"
) -> Found:
    start, end = _evidence(sent)
    return Found(holders, pos.label, kind, pos.polarity, pos.act, pos.confidence, cue, start, end)


def _outer_holders(tok: Token, ctx: Context) -> tuple[str, ...]:
    """Holders of the reporting verb whose complement contains `tok` ("Labour said it would …")."""
    head = tok
    for _ in range(3):
        if head.dep_ not in {"ccomp", "xcomp", "conj", "advcl"} or head.head.i == head.i:
            return ()
        head = head.head
        if head.lemma_.lower() in VERB_CUES:
            subj = subject_of(head)
            return resolve(subj, ctx) if subj is not None else ()
    return ()


def _verb_cue(tok: Token, ctx: Context, sent: Span) -> list[Found]:
    if tok.pos_ != "VERB":
        return []
    cue, phrasal = cue_of(tok)
    # "refused to back that change": a refused position is the opposite one (a refused statement is none)
    refused = cue is not None and not cue.report and tok.dep_ == "xcomp" and tok.head.lemma_ in REFUSING_VERBS
    if cue is None or not (is_statement(tok) or refused) or _hearsay(tok):
        return []
    subj = subject_of(tok)
    misparsed = tok.dep_ == "conj" and tok.tag_ in {"VBD", "VBZ"} and tok.head.tag_ in {"VB", "VBG"}
    if misparsed:
        subj = None  # "said they did not want to go … and called for talks": misparsed main-verb conjunct
    if subj is None and tok.dep_ == "conj" and tok.tag_ in {"VBD", "VBZ", "VBP"}:
        subj = subject_of(tok.sent.root)  # "X said … but argued …": a finite verb shares the main subject
    if subj is None or (subj.dep_ in {"nsubjpass", "csubjpass"} and subj.head == tok):
        return []  # "Britain was criticised": the subject of a passive cue is its target, not its holder
    outer = _outer_holders(tok, ctx)
    holders = resolve(subj, ctx, outer=outer)
    if not holders or (_belief_of_other(tok) and not set(holders) & set(outer) and not misparsed):
        return []
    if (cue.report or cue.act == "pledge") and _predicted(tok, ctx):
        return []  # "Mr X will claim …": the writer's forecast of a statement, not a statement
    negated = is_negated(tok) != refused
    hedged = negated and tok.lemma_.lower() in HEDGED_WHEN_NEGATED  # "did not rule out X": X is possible
    leaning = _leaning(subj)
    out = []
    for pos, kind in verb_targets(tok, cue, phrasal, ctx):
        if negated:
            pol = "Neutral" if hedged else FLIP[pos.polarity]
            pos = Position(pol, pos.label, pos.act, pos.confidence)
        if leaning and pos.polarity == "Neutral" and kind == "topic":
            pos = Position(leaning, pos.label, "criticise" if leaning == "Oppose" else "support", 0.5)
        out.append(_found(holders, pos, tok.lemma_.lower(), sent, kind))
    return out


_EMBEDDING_DEPS = frozenset({"ccomp", "acl", "xcomp", "conj", "advcl", "relcl", "acomp"})


def _hearsay(tok: Token) -> bool:
    """A cue inside a claim about others: "suggesting the rivals planned cuts", "denied claims that"."""
    node = tok
    for _ in range(3):
        if node.dep_ not in _EMBEDDING_DEPS or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in HEARSAY_HEADS:
            return True
    return False


def _belief_of_other(tok: Token) -> bool:
    """The cue sits in someone's hope or belief about another actor ("hope the government will table …")."""
    head = tok.head
    while head.dep_ in {"conj", "xcomp"} and head.head.i != head.i:
        head = head.head
    lemma = LEMMA_FIXES.get(head.lower_, head.lemma_.lower())
    return tok.dep_ in {"ccomp", "conj"} and lemma in BELIEF_HEADS


def _predicted(tok: Token, ctx: Context) -> bool:
    """'Mr X will claim …', 'the party will promise …' in the writer's own words (not in a quote)."""
    modal = any(c.dep_ == "aux" and c.lower_ in {"will", "'ll", "would"} for c in tok.children)
    return modal and tok.i not in ctx.quote_speaker


def _leaning(subj: Token) -> Polarity | None:
    """'Critics, including X, say …' leans against what they talk about; 'supporters' for it."""
    lemma = subj.lemma_.lower()
    if lemma in CRITIC_NOUNS:
        return "Oppose"
    if lemma in SUPPORTER_NOUNS:
        return "Support"
    return None


def _noun_cue(tok: Token, ctx: Context, sent: Span) -> list[Found]:
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
    return [_found(holders, pos, lemma, sent, kind) for pos, kind in targets]


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


def _predicate_cue(tok: Token, ctx: Context, sent: Span) -> list[Found]:
    """'X is committed to Y', 'X is opposed to Y', 'X is ready to Y'."""
    cue = PREDICATE_CUES.get(tok.lower_)
    if cue is None or tok.dep_ not in {"acomp", "ROOT", "ccomp", "conj", "xcomp"}:
        return []
    if not is_statement(tok) or _in_wh_clause(tok) or _hearsay(tok):
        return []
    subj = subject_of(tok)
    holders = resolve(subj, ctx) if subj is not None else ()
    pos = predicate_position(tok, ctx.refer) if holders else None
    return [_found(holders, pos, tok.lower_, sent)] if pos else []


def _announced_plan(tok: Token, ctx: Context, sent: Span) -> list[Found]:
    """'Britain is to give a grant', 'Ministers are to introduce a bill': an announced plan of the subject."""
    if tok.lemma_ != "be" or tok.dep_ not in {"ROOT", "conj"} or not is_statement(tok) or _hearsay(tok):
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
    return [_found(holders, pos, "be to", sent)] if pos else []


def _owned_measure(tok: Token, ctx: Context, sent: Span) -> list[Found]:
    """'X's planned control orders', 'new measures outlined by X': the measure is X's proposal."""
    if tok.pos_ != "NOUN" or not is_statement(tok.head) or _hearsay(tok):
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
    issue = ctx.refer(tok)
    label = None if not holders or is_generic(issue) else topic_label(issue)
    if label and owner is not None and issue.i == tok.i:  # "X's planned control orders": not "X planned …"
        marks = [c for c in tok.children if c.dep_ == "amod" and c.lemma_.lower() in MEASURE_PARTICIPLES]
        drop = {t.text.lower() for t in [*owner.subtree, *marks]}
        label = " ".join(w for w in label.split() if w.lower() not in drop) or None
    return [_found(holders, Position("Support", label, "propose", 0.65), "plan", sent)] if label else []


def _copula_side(tok: Token, ctx: Context, sent: Span) -> list[Found]:
    """'The Greens are against the runway', 'Labour is in favour of the tax'."""
    if tok.lemma_ != "be" or tok.dep_ not in {"ROOT", "conj", "ccomp"}:
        return []
    if not is_statement(tok) or _hearsay(tok):
        return []
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    holders = resolve(subj, ctx) if subj is not None else ()
    pos = side_taken(tok, ctx.refer) if holders else None
    return [_found(holders, pos, "be", sent)] if pos else []


def _in_wh_clause(tok: Token) -> bool:
    """Inside "how firmly X is prepared to …" or "whether X is ready …": no statement of X's own."""
    for node in [tok, tok.head]:
        if any(t.lower_ in {"how", "whether", "why"} for t in tok.doc[node.left_edge.i : tok.i]):
            return True
        if any(c.dep_ == "mark" and c.lower_ == "if" for c in node.children):  # "declined to say if he was …"
            return True
    return False


def _experiencer(tok: Token, ctx: Context, sent: Span) -> list[Found]:
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
    return [_found(holders, Position(pol, label, "evaluate", 0.7), low, sent)] if label else []


def _according(sent: Span, holders: tuple[str, ...], ctx: Context) -> list[Found]:
    """'According to X, Y must be durable': X holds the position of the main clause."""
    root = sent.root
    subj = subject_of(root)
    if subj is not None and (ctx.index.actor_at(subj.i) or subj.pos_ == "PRON"):
        return []
    pos = read_clause(root, ctx.last_topic, ctx.index.actor_at, ctx.refer)
    return [_found(holders, pos, "according", sent, pos.target_kind)] if pos else []


def _quoted_clause(tok: Token, ctx: Context, sent: Span) -> list[Found]:
    """A position stated inside a direct quote belongs to the quote's speaker ("We will scrap X")."""
    speaker = ctx.quote_speaker.get(tok.i)
    if speaker is None or tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() in VERB_CUES:
        return []
    if tok.dep_ not in {"ROOT", "ccomp", "conj"}:
        return []
    if tok.dep_ == "conj" and tok.head.pos_ not in {"VERB", "AUX"}:
        return []
    subj = subject_of(tok)
    if subj is not None and ctx.index.actor_at(subj.i):
        return []  # a claim about another actor, not the speaker's own position
    if any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might"} for c in tok.children) and not (
        tok.lemma_ == "be" and subj is not None and subj.lower_ == "it"
    ):
        return []  # "we would pay" is a hypothesis; "it would be wrong to pay" is a judgement
    pos = read_clause(tok, ctx.last_topic, ctx.index.actor_at, ctx.refer)
    if pos is None:
        return []
    pos = Position(pos.polarity, pos.label, pos.act, round(pos.confidence * 0.9, 2), pos.target_kind)
    return [_found((speaker,), pos, "quote", sent, pos.target_kind)]


def _conjunct_stances(found: list[Found], sent: Span, ctx: Context) -> list[Found]:
    """'attacked red tape and debt', 'pledged to freeze X, extend Y and raise Z': one stance per item."""
    polar = [f for f in found if f.target_kind == "topic" and f.polarity != "Neutral" and f.cue != "quote"]
    if not polar:
        return []
    heads: dict[str, tuple[Token, bool]] = {}  # label → coordinated head, and whether the label is flipped
    for tok in sent:
        if tok.pos_ not in {"NOUN", "PROPN", "VERB"} or not tok.conjuncts:
            continue
        label = topic_label(tok)
        if label is not None:
            heads.setdefault(label, (tok, False))
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None) if tok.pos_ == "VERB" else None
        if obj is not None and tok.lemma_.lower() in COMPLEMENT_OPPOSE_VERBS and (label := topic_label(obj)):
            heads.setdefault(label, (tok, True))  # "vowed to scrap X and abolish Y": the label is X
    out: list[Found] = []
    for f in polar:
        if f.target not in heads:
            continue
        head, flipped = heads[f.target]
        pol = FLIP[f.polarity] if flipped else f.polarity
        base = Position(pol, f.target, f.act, round(f.confidence * 0.9, 2))
        for item in head.conjuncts:
            pos = _conjunct_position(head, item, base, ctx)
            if pos is not None:
                out.append(_found(f.holders, pos, f.cue, sent))
    return out


def _conjunct_position(head: Token, item: Token, base: Position, ctx: Context) -> Position | None:
    """The same position on a coordinated item: a noun beside a noun, a subjectless verb beside a verb."""
    if ctx.index.actor_at(item.i) or is_generic(item):
        return None  # "backed the plan and the minister": an actor is no item of the list
    if head.pos_ == "VERB":
        if item.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in item.children):
            return None  # "he will cut taxes and the rivals will raise them": another clause
        head_cue, phrasal = cue_of(head)
        if cue_of(item)[0] is not None or phrasal is not None or (head_cue is not None and head_cue.report):
            return None  # "did not want to strike and called for talks": each cue is read on its own
        if not any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in item.children):
            return None  # "… and grow up": no measure named
        pol = FLIP[base.polarity] if is_negated(item) else base.polarity
        return infinitive_position(item, pol, base.act, base.confidence)
    if item.pos_ not in {"NOUN", "PROPN"}:
        return None
    label = topic_label(item)
    return Position(base.polarity, label, base.act, base.confidence) if label else None


def sentence_stances(sent: Span, ctx: Context) -> list[Found]:
    """Every stance of one sentence; updates the context (last person, last topic)."""
    tokens = list(sent)
    attribute_quotes(sent, ctx)
    ctx.last_topic = None  # "it" and "this" refer back only within the sentence
    found: list[Found] = []
    for tok in tokens:
        found += _quoted_clause(tok, ctx, sent)
        found += _verb_cue(tok, ctx, sent)
        found += _noun_cue(tok, ctx, sent)
        found += _predicate_cue(tok, ctx, sent)
        found += _copula_side(tok, ctx, sent)
        found += _announced_plan(tok, ctx, sent)
        found += _owned_measure(tok, ctx, sent)
        found += _experiencer(tok, ctx, sent)
        topics = [f.target for f in found if f.target_kind == "topic"]
        ctx.last_topic = topics[-1] if topics else None
    holders = according_to(tokens, ctx)
    if holders:
        found += _according(sent, holders, ctx)
    found += _conjunct_stances(found, sent, ctx)
    note_subjects(tokens, ctx)
    return found
