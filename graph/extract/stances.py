"""Finds stances sentence by sentence: a cue, its holder (actors) and its target (a topic or an actor).

Cues are verbs ("proposed a moratorium", "said that X is unacceptable"), nouns owned by an actor ("X's view
that …", "expressed agreement with …"), predicate adjectives ("is committed to X"), evaluations with an
experiencer ("unacceptable for X") and "according to X".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from graph.extract.clauses import FLIP, Position, evaluation, is_negated, neutral_topic, read_clause
from graph.extract.holders import Context, according_to, note_subjects, resolve, subject_of
from graph.extract.lexicon import (
    COMPLEMENT_OPPOSE_VERBS,
    CRITIC_NOUNS,
    EVALUATING_VERBS,
    IMPLICIT_AGREEMENT_NOUNS,
    LIGHT_VERBS,
    NEGATIVE_HEADS,
    NEGATIVE_WORDS,
    NON_STATEMENT_HEADS,
    NOUN_CUES,
    PHRASAL_CUES,
    POSITIVE_HEADS,
    POSITIVE_WORDS,
    PREDICATE_CUES,
    RELATION_VERBS,
    SPECULATIVE_MODALS,
    SUPPORTER_NOUNS,
    VERB_CUES,
    Cue,
)
from graph.extract.quotes import attribute_quotes
from graph.extract.targets import passive_label, topic_label
from graph.records import Polarity, TargetKind

Targets = list[tuple[Position, TargetKind]]


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


def _cue_of(tok: Token) -> tuple[Cue | None, Token | None]:
    """The cue of a verb, and the particle/preposition/noun that made it phrasal ("call for", "rule out")."""
    for child in tok.children:
        key = (tok.lemma_.lower(), child.lower_)
        if child.dep_ in {"prep", "prt", "dobj", "advmod"} and key in PHRASAL_CUES:
            return PHRASAL_CUES[key], child
    lemma = tok.lemma_.lower()
    if lemma in LIGHT_VERBS:  # "repeated his call for …", "expressed agreement with …"
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in NOUN_CUES), None)
        if obj is not None:
            return VERB_CUES.get(lemma) or NOUN_CUES[obj.lemma_.lower()], None
    return VERB_CUES.get(lemma) or RELATION_VERBS.get(lemma), None


def _is_statement(tok: Token) -> bool:
    """False for possibilities and non-statements: "could oppose", "declined to say", "expected to back"."""
    if any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_MODALS for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in NON_STATEMENT_HEADS:
        return False
    if tok.dep_ == "xcomp" and head.dep_ == "xcomp" and head.head.lemma_.lower() in NON_STATEMENT_HEADS:
        return False  # "is expected to try and win over …"
    return not any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in tok.children)


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


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)


def _target(obj: Token, pol: Polarity, act: str, conf: float, ctx: Context) -> Targets:
    """An object as an actor (relation) or a topic."""
    key = ctx.index.actor_at(obj.i)
    if key:
        return [(Position(pol, key, act, conf), "actor")]
    label = topic_label(ctx.refer(obj))
    return [(Position(pol, label, act, conf), "topic")] if label else []


def _noun_targets(noun: Token, cue: Cue, ctx: Context) -> Targets:
    """What a cue noun is about: "agreement with X's view that …", "interest in resuming …"."""
    out: Targets = []
    for child in noun.children:
        if child.dep_ == "prep" and (obj := _pobj(child)) is not None:
            if obj.lemma_.lower() in NOUN_CUES:  # agreement with [someone's] view that …
                for pos, _kind in _clause_of_noun(obj, ctx):
                    pol = pos.polarity if cue.polarity == "Support" else FLIP[pos.polarity]
                    out.append((Position(pol, pos.label, cue.act, cue.confidence), "topic"))
                owner = next((c for c in obj.children if c.dep_ == "poss"), None)
                if owner is not None and ctx.index.actor_at(owner.i):
                    out += _target(owner, cue.polarity, cue.act, cue.confidence, ctx)
            else:
                out += _target(obj, cue.polarity, cue.act, cue.confidence, ctx)
            return out
    for pos, kind in _clause_of_noun(noun, ctx):
        out.append((Position(cue.polarity if cue.polarity != "Neutral" else pos.polarity, pos.label, cue.act,
                             cue.confidence), kind))
    return out


def _clause_of_noun(noun: Token, ctx: Context) -> Targets:
    """The clause of "view that X should …" or "agreement to appoint …"."""
    for child in noun.children:
        if child.dep_ in {"acl", "ccomp", "relcl"} and child.pos_ in {"VERB", "AUX"}:
            marked = any(c.lower_ == "that" and c.dep_ == "mark" for c in child.children)
            if marked:
                pos = read_clause(child, ctx.last_topic)
                if pos:
                    return [(pos, "topic")]
            elif any(c.lower_ == "to" and c.dep_ == "aux" for c in child.children):
                label = topic_label(child)
                if label:
                    return [(Position("Support", label, "agree", 0.7), "topic")]
    return []


def _verb_targets(tok: Token, cue: Cue, phrasal: Token | None, ctx: Context) -> Targets:
    """Positions a cue verb takes on its objects and complements."""
    out: Targets = []
    if phrasal is not None and phrasal.dep_ == "prep" and (obj := _pobj(phrasal)) is not None:
        return _target(obj, cue.polarity, cue.act, cue.confidence, ctx)
    if phrasal is not None and phrasal.dep_ == "dobj":  # "drew attention to X"
        prep = next((c for c in phrasal.children if c.dep_ == "prep"), None)
        obj = _pobj(prep) if prep is not None else None
        return _target(obj, cue.polarity, cue.act, cue.confidence, ctx) if obj is not None else []
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "with" and (obj := _pobj(child)) is not None:
            if ctx.index.actor_at(obj.i) and lemma in RELATION_VERBS:
                rel = RELATION_VERBS[lemma]
                out += _target(obj, rel.polarity, rel.act, rel.confidence, ctx)
            elif lemma == "agree":
                out += _noun_or_topic(obj, cue, ctx)
        elif child.dep_ == "dobj":
            out += _object_targets(tok, child, cue, ctx)
        elif child.dep_ == "xcomp" and child.pos_ == "VERB" and not cue.report:
            out += _xcomp_targets(child, cue)
        elif child.dep_ == "ccomp" or (child.dep_ == "xcomp" and cue.report):
            out += _ccomp_targets(child, cue, ctx)
    return out


def _noun_or_topic(obj: Token, cue: Cue, ctx: Context) -> Targets:
    if obj.lemma_.lower() in NOUN_CUES:
        return _noun_targets(obj, NOUN_CUES[obj.lemma_.lower()], ctx) or _target(
            obj, cue.polarity, cue.act, cue.confidence, ctx)
    return _target(obj, cue.polarity, cue.act, cue.confidence, ctx)


def _object_targets(tok: Token, obj: Token, cue: Cue, ctx: Context) -> Targets:
    lemma, olemma = tok.lemma_.lower(), obj.lemma_.lower()
    control = _object_control(tok, obj, cue)
    if control is not None:
        return control
    if lemma in EVALUATING_VERBS:
        judged = _judgement(tok)
        if judged is not None:
            return _target(obj, judged, "criticise" if judged == "Oppose" else "praise", 0.75, ctx)
        if lemma == "call":
            return []
    if ctx.index.actor_at(obj.i):
        rel = RELATION_VERBS.get(lemma)
        if rel is not None:
            return _target(obj, rel.polarity, rel.act, rel.confidence, ctx)
        return [] if cue.report else _target(obj, cue.polarity, cue.act, cue.confidence, ctx)
    if lemma in LIGHT_VERBS and olemma in NOUN_CUES:
        return _noun_targets(obj, NOUN_CUES[olemma], ctx)
    if cue.report:
        if olemma in POSITIVE_HEADS or olemma in NEGATIVE_HEADS:
            pol: Polarity = "Support" if olemma in POSITIVE_HEADS else "Oppose"
            return _target(obj, pol, "endorse" if pol == "Support" else "warn", 0.7, ctx)
        return []
    return _target(obj, cue.polarity, cue.act, cue.confidence, ctx)


def _judgement(verb: Token) -> Polarity | None:
    """The evaluation in "called X unjustified" / "dismissed X as desperate" / "saw X as a step forward"."""
    for child in verb.children:
        if child.dep_ in {"oprd", "acomp", "ccomp", "xcomp"} and child.pos_ in {"ADJ", "NOUN", "VERB"}:
            pol = evaluation(child)
            if pol:
                return pol
        if child.dep_ == "prep" and child.lower_ == "as":
            for grand in child.children:
                pol = evaluation(grand)
                if pol:
                    return pol
    return None


def _object_control(verb: Token, obj: Token, cue: Cue, inner: Token | None = None) -> Targets | None:
    """'want the budget to be capped' → (Support, 'budget capped …'); 'want the rebate to end' → Oppose."""
    if inner is None:
        inner = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                      and c.i > obj.i), None)
    if inner is None or cue.report:
        return None
    vlemma = inner.lemma_.lower()
    ends = vlemma in {"end", "stop", "go", "disappear", "fall"} or any(
        t.lower_ == "end" for t in inner.subtree)
    if vlemma in COMPLEMENT_OPPOSE_VERBS or ends:
        label = topic_label(obj)
        return [(Position(FLIP[cue.polarity], label, cue.act, cue.confidence), "topic")] if label else []
    label = passive_label(inner, obj) if inner.tag_ == "VBN" else topic_label(inner)
    return [(Position(cue.polarity, label, cue.act, cue.confidence), "topic")] if label else []


def _xcomp_targets(verb: Token, cue: Cue) -> Targets:
    """'agreed to establish X' → Support 'establishing X'; 'vowed to scrap X' → Oppose X."""
    vlemma = verb.lemma_.lower()
    if vlemma in VERB_CUES and not VERB_CUES[vlemma].report:
        return []  # the inner cue is read on its own, with the same holder
    if vlemma in COMPLEMENT_OPPOSE_VERBS:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        label = topic_label(obj) if obj is not None else None
        return [(Position(FLIP[cue.polarity], label, cue.act, cue.confidence), "topic")] if label else []
    label = topic_label(verb)
    return [(Position(cue.polarity, label, cue.act, cue.confidence), "topic")] if label else []


def _ccomp_targets(clause: Token, cue: Cue, ctx: Context) -> Targets:
    """A that-clause: the position it states, or a neutral statement about its subject."""
    out: Targets = []
    clauses = [clause] + [c for c in clause.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    for cl in clauses:
        if cl.lemma_.lower() in VERB_CUES or not _is_statement(cl):
            continue  # an inner cue is read on its own; "whether …" states nothing
        subj = next((c for c in cl.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        infinitive = any(c.lower_ == "to" for c in cl.children if c.dep_ == "aux")
        if not cue.report and subj is not None and infinitive:
            out += _object_control(cl.head, subj, cue, cl) or []  # "want the budget to be capped"
            continue
        pos = read_clause(cl, ctx.last_topic, ctx.index.actor_at, ctx.refer)
        if pos is not None:
            pol = pos.polarity if cue.polarity != "Oppose" else FLIP[pos.polarity]
            act = pos.act if cue.report else cue.act
            out.append((Position(pol, pos.label, act, min(pos.confidence, cue.confidence)), pos.target_kind))
        elif not (cl.lemma_.lower() in VERB_CUES or cl.lemma_.lower() in RELATION_VERBS):
            label = neutral_topic(cl)
            if label:
                pol = cue.polarity if not cue.report else "Neutral"
                out.append((Position(pol, label, cue.act, 0.4), "topic"))
    return out


def _verb_cue(tok: Token, ctx: Context, sent: Span) -> list[Found]:
    if tok.pos_ != "VERB":
        return []
    cue, phrasal = _cue_of(tok)
    if cue is None or not _is_statement(tok):
        return []
    subj = subject_of(tok)
    if subj is None:
        return []
    holders = resolve(subj, ctx, outer=_outer_holders(tok, ctx))
    if not holders:
        return []
    negated = is_negated(tok)
    leaning = _leaning(subj)
    out = []
    for pos, kind in _verb_targets(tok, cue, phrasal, ctx):
        if negated:
            pos = Position(FLIP[pos.polarity], pos.label, pos.act, pos.confidence)
        if leaning and pos.polarity == "Neutral" and kind == "topic":
            pos = Position(leaning, pos.label, "criticise" if leaning == "Oppose" else "support", 0.5)
        out.append(_found(holders, pos, tok.lemma_.lower(), sent, kind))
    return out


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
    holders: tuple[str, ...] = ()
    if owner is not None and owner.pos_ == "PRON":
        holders = _clause_subject_holders(tok, ctx)  # "X repeated his call for …": X
    elif owner is not None:
        holders = resolve(owner, ctx)
    elif lemma in IMPLICIT_AGREEMENT_NOUNS and not (tok.dep_ == "dobj" and tok.head.lemma_ in LIGHT_VERBS):
        between = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        parties = _pobj(between) if between is not None else None
        holders = resolve(parties, ctx) if parties is not None else ctx.participants
    if not holders:
        return []
    targets = _clause_of_noun(tok, ctx) or [
        t for t in _noun_targets(tok, NOUN_CUES[lemma], ctx) if owner is not None
    ]
    return [_found(holders, pos, lemma, sent, kind) for pos, kind in targets]


def _clause_subject_holders(tok: Token, ctx: Context) -> tuple[str, ...]:
    """Holders of the clause a noun sits in: the subject of its nearest verb."""
    head = tok
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    subj = subject_of(head) if head.pos_ in {"VERB", "AUX"} else None
    return resolve(subj, ctx) if subj is not None and subj.pos_ != "PRON" else ()


def _predicate_cue(tok: Token, ctx: Context, sent: Span) -> list[Found]:
    """'X is committed to Y', 'X is opposed to Y', 'X is ready to Y'."""
    cue = PREDICATE_CUES.get(tok.lower_)
    if cue is None or tok.dep_ not in {"acomp", "ROOT", "ccomp", "conj", "xcomp"}:
        return []
    if not _is_statement(tok) or _in_wh_clause(tok):
        return []
    subj = subject_of(tok)
    holders = resolve(subj, ctx) if subj is not None else ()
    if not holders:
        return []
    target = None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "for"}:
            target = _pobj(child)
        elif child.dep_ == "xcomp":
            target = child
    label = topic_label(target) if target is not None else None
    if not label:
        return []
    negated = is_negated(tok) or (tok.dep_ == "acomp" and is_negated(tok.head))
    pol = FLIP[cue.polarity] if negated else cue.polarity
    return [_found(holders, Position(pol, label, cue.act, cue.confidence), tok.lower_, sent)]


def _in_wh_clause(tok: Token) -> bool:
    """Inside "how firmly X is prepared to …" or "whether X is ready …": no statement of X's own."""
    for node in [tok, *list(tok.ancestors)[:3]]:
        if any(c.lower_ in {"how", "whether", "why"} for c in node.children if c.dep_ in {"advmod", "mark"}):
            return True
    return False


def _experiencer(tok: Token, ctx: Context, sent: Span) -> list[Found]:
    """'X is unacceptable for Moscow', 'relations, which remain important to both A and B'."""
    low = tok.lower_
    if tok.pos_ != "ADJ" or (low not in POSITIVE_WORDS and low not in NEGATIVE_WORDS):
        return []
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"for", "to"}), None)
    obj = _pobj(prep) if prep is not None else None
    holders = resolve(obj, ctx) if obj is not None else ()
    if not holders:
        return []
    pol: Polarity = "Support" if low in POSITIVE_WORDS else "Oppose"
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
    pos = read_clause(tok, ctx.last_topic, ctx.index.actor_at, ctx.refer)
    if pos is None:
        return []
    pos = Position(pos.polarity, pos.label, pos.act, round(pos.confidence * 0.9, 2), pos.target_kind)
    return [_found((speaker,), pos, "quote", sent, pos.target_kind)]


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
        found += _experiencer(tok, ctx, sent)
        topics = [f.target for f in found if f.target_kind == "topic"]
        ctx.last_topic = topics[-1] if topics else None
    holders = according_to(tokens, ctx)
    if holders:
        found += _according(sent, holders, ctx)
    note_subjects(tokens, ctx)
    return found
