"""Finds stances sentence by sentence: a cue, its holder (actors) and its target (a topic or an actor).

Cues are verbs ("proposed a levy", "said that X is unacceptable"), nouns owned by an actor ("X's view
that …", "expressed agreement with …"), predicate adjectives ("is committed to X"), evaluations with an
experiencer ("unacceptable for X") and "according to X". Verb cues, quotes, "according to" and lists
are read here; the other cues in `predicatecues.py`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graph.extract.anaphora import is_generic
from graph.extract.clauses import read_clause
from graph.extract.findings import Found, is_hearsay, make_found
from graph.extract.holders import Context, according_to, note_subjects, resolve, subject_of
from graph.extract.lexicon import (
    BELIEF_HEADS,
    COMPLEMENT_OPPOSE_VERBS,
    CRITIC_NOUNS,
    HEDGED_WHEN_NEGATED,
    LEMMA_FIXES,
    REFUSING_VERBS,
    SUPPORTER_NOUNS,
    VERB_CUES,
)
from graph.extract.objects import cue_of, is_statement, verb_targets
from graph.extract.positions import FLIP, Position, infinitive_position, is_negated
from graph.extract.predicatecues import (
    announced_plan_stances,
    copula_side_stances,
    experiencer_stances,
    noun_cue_stances,
    owned_measure_stances,
    predicate_cue_stances,
)
from graph.extract.quotes import attribute_quotes
from graph.extract.targets import topic_label
from graph.records import Polarity


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
    if cue is None or not (is_statement(tok) or refused) or is_hearsay(tok):
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
    if outer and not set(holders) & set(outer) and _deontic(tok):
        return []  # "X said Y should drop the toll": X's demand (read on X's verb), not Y's stance
    if (cue.report or cue.act == "pledge") and _predicted(tok, ctx):
        return []  # "Mr X will claim …": the writer's forecast of a statement, not a statement
    negated = is_negated(tok) != refused
    hedged = negated and tok.lemma_.lower() in HEDGED_WHEN_NEGATED  # "did not rule out X": X is possible
    leaning = _leaning(subj)
    quoted = next((c for c in tok.children if c.dep_ == "ccomp" and c.i in ctx.quote_speaker), None)
    out = []
    for pos, kind in verb_targets(tok, cue, phrasal, ctx):
        if quoted is not None and pos.act == "pledge" and not _own_promise(quoted):
            continue  # '"They will be delighted," he said': a forecast about others, no pledge
        if negated:
            pol = "Neutral" if hedged else FLIP[pos.polarity]
            pos = Position(pol, pos.label, pos.act, pos.confidence)
        if leaning and pos.polarity == "Neutral" and kind == "topic":
            pos = Position(leaning, pos.label, "criticise" if leaning == "Oppose" else "support", 0.5)
        out.append(make_found(holders, pos, tok.lemma_.lower(), sent, kind))
    return out


def _belief_of_other(tok: Token) -> bool:
    """The cue sits in someone's hope or belief about another actor ("hope the government will table …")."""
    head = tok.head
    while head.dep_ in {"conj", "xcomp"} and head.head.i != head.i:
        head = head.head
    lemma = LEMMA_FIXES.get(head.lower_, head.lemma_.lower())
    return tok.dep_ in {"ccomp", "conj"} and lemma in BELIEF_HEADS


def _deontic(tok: Token) -> bool:
    """'should/must/ought to V': what someone says another ought to do."""
    return any(c.dep_ == "aux" and c.lower_ in {"should", "must", "ought"} for c in tok.children)


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


def _according(sent: Span, holders: tuple[str, ...], ctx: Context) -> list[Found]:
    """'According to X, Y must be durable': X holds the position of the main clause."""
    root = sent.root
    subj = subject_of(root)
    if subj is not None and (ctx.index.actor_at(subj.i) or subj.pos_ == "PRON"):
        return []
    pos = read_clause(root, ctx.last_topic, ctx.index.actor_at, ctx.refer)
    return [make_found(holders, pos, "according", sent, pos.target_kind)] if pos else []


def _quoted_clause(tok: Token, ctx: Context, sent: Span) -> list[Found]:
    """A position stated inside a direct quote belongs to the quote's speaker ("We will scrap X")."""
    speaker = ctx.quote_speaker.get(tok.i)
    if speaker is None or tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() in VERB_CUES:
        return []
    if tok.dep_ not in {"ROOT", "ccomp", "conj"}:
        return []
    if tok.dep_ == "conj" and tok.head.pos_ not in {"VERB", "AUX"}:
        return []
    if any(t.text == "?" for t in tok.doc[tok.i : tok.sent.end] if t.i in ctx.quote_speaker or t.i == tok.i):
        return []  # "Is the toll fair?": a question states no position
    subj = subject_of(tok)
    if subj is not None and ctx.index.actor_at(subj.i):
        return []  # a claim about another actor, not the speaker's own position
    if any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might"} for c in tok.children) and not (
        tok.lemma_ == "be" and subj is not None and subj.lower_ == "it"
    ):
        return []  # "we would pay" is a hypothesis; "it would be wrong to pay" is a judgement
    pos = read_clause(tok, ctx.last_topic, ctx.index.actor_at, ctx.refer)
    if pos is None or pos.act == "pledge" and not _own_promise(tok):
        return []  # "those drivers will be delighted": a forecast, not the speaker's pledge
    pos = Position(pos.polarity, pos.label, pos.act, round(pos.confidence * 0.9, 2), pos.target_kind)
    return [make_found((speaker,), pos, "quote", sent, pos.target_kind)]


def _own_promise(clause: Token) -> bool:
    """A quoted "will" is the speaker's pledge when said of "I/we" or of a measure ("the old tolls will be
    scrapped"), on no condition ("If the council pays, we will build it" promises nothing outright)."""
    subj = subject_of(clause)
    own = subj is not None and (subj.lower_ in {"i", "we"} or subj.dep_ == "nsubjpass")
    return own and not _conditional(clause)


def _conditional(clause: Token) -> bool:
    """The clause, or the one it is joined to, holds an "if"/"unless" condition."""
    heads = [clause, clause.head] if clause.dep_ == "conj" else [clause]
    marks = [m for head in heads for c in head.children if c.dep_ == "advcl" for m in c.children]
    return any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in marks)


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
                out.append(make_found(f.holders, pos, f.cue, sent))
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
        found += noun_cue_stances(tok, ctx, sent)
        found += predicate_cue_stances(tok, ctx, sent)
        found += copula_side_stances(tok, ctx, sent)
        found += announced_plan_stances(tok, ctx, sent)
        found += owned_measure_stances(tok, ctx, sent)
        found += experiencer_stances(tok, ctx, sent)
        topics = [f.target for f in found if f.target_kind == "topic"]
        ctx.last_topic = topics[-1] if topics else None
    holders = according_to(tokens, ctx)
    if holders:
        found += _according(sent, holders, ctx)
    found += _conjunct_stances(found, sent, ctx)
    note_subjects(tokens, ctx)
    return found
