"""Cue frames with a fixed shape: directives ('urged X to drop Y'), object control ('want the levy to
be capped'), seeing ('would like to see X'), accusations ('accused X of failing to Y'), evaluating verbs
('called X unjustified'), sums ('pledged £1bn for X') and passive demands ('X should be introduced').
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.anaphora import is_generic, speech_participle
from graph.extract.holders import Context, resolve
from graph.extract.lexicon import (
    COMPLEMENT_OPPOSE_VERBS,
    DIRECTIVE_VERBS,
    EVALUATING_VERBS,
    FAILURE_VERBS,
    INTENT_VERBS,
    PHRASAL_CUES,
    SEE_VERBS,
    VERB_CUES,
    Cue,
)
from graph.extract.positions import FLIP, Position, evaluation, infinitive_position, is_negated
from graph.extract.targets import passive_label, topic_label
from graph.records import Polarity, TargetKind

Targets = list[tuple[Position, TargetKind]]


def pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)


def directive_targets(tok: Token, ctx: Context) -> Targets | None:
    """'told the unions not to strike', 'urged ministers to drop the plan': for (against) the action asked."""
    lemma = tok.lemma_.lower()
    if lemma not in DIRECTIVE_VERBS or lemma == "want":
        return None
    hearer = next((c for c in tok.children if c.dep_ == "dobj"), None)
    on = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"}), None)
    if hearer is None and on is not None and lemma == "call":
        hearer = pobj(on)  # "called on the minister to resign"
    action = next((c for c in tok.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    addressed = on is not None and hearer is not None and hearer.head == on  # "call on" names its addressee
    if hearer is None or action is None or action.i < hearer.i or not (addressed or resolve(hearer, ctx)):
        return None  # only a named hearer: "asked the committee to …", not "wanted the levy to …"
    if action.lemma_.lower() in VERB_CUES and not VERB_CUES[action.lemma_.lower()].report:
        return []  # "urged X to back Y": the inner cue carries the position
    pos = infinitive_position(action, "Oppose" if is_negated(action) else "Support", "demand", 0.75)
    return [(pos, "topic")] if pos else []


def _is_amount(tok: Token) -> bool:
    """'£5m', 'an extra £1bn', '2,000 officers': a sum or a number, which names no issue itself."""
    return tok.ent_type_ in {"MONEY", "CARDINAL", "QUANTITY", "PERCENT"} or tok.like_num or tok.lower_ in {
        "m", "bn", "million", "billion", "pounds"}


def spent_on(verb: Token, obj: Token) -> Token:
    """'pledged £5m for security': what a sum is for names the issue; else the object itself."""
    if not _is_amount(obj):
        return obj
    for prep in [*obj.children, *(c for c in verb.children if c.i > obj.i)]:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "on", "in", "towards", "to"}:
            target = pobj(prep)
            if target is not None and not _is_amount(target):
                return target
    return obj


def second_object(verb: Token) -> Token | None:
    """The predicate of "branded the levy a stealth tax": a second noun object of an evaluating verb."""
    if verb.lemma_.lower() not in EVALUATING_VERBS:
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return objs[1] if len(objs) > 1 else None


def blamed_for(prep: Token, cue: Cue) -> Targets:
    """'accused X of failing to cut taxes' → for cutting taxes; '… of planning to close schools' → against."""
    act = pobj(prep) if prep.lower_ in {"of", "for"} and cue.act in {"criticise", "praise"} else None
    if act is None or act.pos_ != "VERB":
        return []
    lemma = act.lemma_.lower()
    inner = next((c for c in act.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    after = act.doc[act.i + 1] if act.i + 1 < len(act.doc) else None
    if inner is None and after is not None and after.lower_ == "to" and after.head.pos_ == "VERB":
        inner = after.head  # "of planning | to close X": the infinitive misattached to the main verb
    if lemma in FAILURE_VERBS and inner is not None:
        pos = infinitive_position(inner, FLIP[cue.polarity], cue.act, 0.7)
    elif lemma in INTENT_VERBS and inner is not None:
        pos = infinitive_position(inner, cue.polarity, cue.act, 0.7)
    elif lemma in INTENT_VERBS and (obj := next((c for c in act.children if c.dep_ == "dobj"), None)):
        label = topic_label(obj)  # "accused them of plotting cuts"
        pos = Position(cue.polarity, label, cue.act, 0.7) if label else None
    elif prep.lower_ == "for" and not (lemma in VERB_CUES and VERB_CUES[lemma].report) and any(
            c.dep_ == "dobj" for c in act.children):
        pos = infinitive_position(act, cue.polarity, cue.act, 0.7)  # "praised X for cutting the levy"
    else:
        return []  # "accused X of telling lies": conduct, not an issue
    return [(pos, "topic")] if pos else []


def judged_polarity(verb: Token) -> Polarity | None:
    """The evaluation in "called X unjustified" / "dismissed X as desperate" / "saw X as a step forward"."""
    second = second_object(verb)
    if second is not None and (pol := evaluation(second)):
        return pol  # "branded the levy a stealth tax"
    for child in verb.children:
        # "branded the plan unworkable": the parser hangs the predicate on the object as a late modifier
        late = [m for m in child.children if m.dep_ == "amod" and m.i > child.i and child.dep_ == "dobj"]
        if late and (pol := evaluation(late[0])):
            return pol
        if child.dep_ in {"oprd", "acomp", "ccomp", "xcomp"} and child.pos_ in {"ADJ", "NOUN", "VERB"}:
            pol = evaluation(child)
            if pol:
                return pol
        # "described X as Y": the parser hangs "as Y" on the verb or on its object
        under = [child] if child.dep_ == "prep" else list(child.children) if child.dep_ == "dobj" else []
        for prep in (p for p in under if p.dep_ == "prep" and p.lower_ == "as"):
            for grand in prep.children:
                pol = evaluation(grand)
                if pol:
                    return pol
    return None


def object_control(verb: Token, obj: Token, cue: Cue, inner: Token | None = None,
                    ctx: Context | None = None) -> Targets | None:
    """'want the levy to be capped' → (Support, 'levy capped …'); 'want the levy to end' → Oppose."""
    if inner is None:
        inner = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                      and c.i > obj.i), None)
    if inner is None or cue.report or any(speech_participle(g) for g in obj.children):
        return None  # "rejected that idea saying X is …": the clause is what the participle says
    if verb.lemma_.lower() in DIRECTIVE_VERBS:  # "challenged the Treasury to open its books"
        cue = Cue("Support", "demand", 0.75)
    vlemma = inner.lemma_.lower()
    ends = vlemma in {"end", "stop", "go", "disappear", "fall"} or any(
        t.lower_ == "end" for t in inner.subtree)
    patient = next((c for c in inner.children if c.dep_ == "dobj"), None)
    if vlemma in COMPLEMENT_OPPOSE_VERBS and patient is not None and (label := topic_label(patient)):
        # "wants tagging to replace short sentences": against the jail, for the controller
        out: Targets = [(Position(FLIP[cue.polarity], label, cue.act, cue.confidence), "topic")]
        named = ctx is None or ctx.index.actor_at(obj.i) is not None or bool(resolve(obj, ctx))
        own = topic_label(obj) if not (named or is_generic(obj)) else None  # "wants the council to …": no
        return out + ([(Position(cue.polarity, own, cue.act, cue.confidence), "topic")] if own else [])
    if vlemma in COMPLEMENT_OPPOSE_VERBS or ends:
        # "wanted it to end": the issue "it" stands for
        issue = ctx.refer(obj) if ctx is not None and obj.lower_ in {"it", "this"} else obj
        label = topic_label(issue)
        return [(Position(FLIP[cue.polarity], label, cue.act, cue.confidence), "topic")] if label else []
    label = passive_label(inner, obj, gerund_verb=inner.tag_ != "VBN")  # "courts having facilities"
    return [(Position(cue.polarity, label, cue.act, cue.confidence), "topic")] if label else []


def xcomp_targets(verb: Token, cue: Cue) -> Targets:
    """'agreed to establish X' → Support 'establishing X'; 'vowed to scrap X' → Oppose X."""
    vlemma = verb.lemma_.lower()
    phrasal = any((vlemma, c.lower_) in PHRASAL_CUES for c in verb.children if c.dep_ in {"prt", "prep"})
    if vlemma in VERB_CUES and not VERB_CUES[vlemma].report or phrasal:
        return []  # the inner cue is read on its own, with the same holder ("refused to rule out X")
    if vlemma in SEE_VERBS:
        return _seen(verb, cue)
    pos = infinitive_position(verb, cue.polarity, cue.act, cue.confidence)
    return [(pos, "topic")] if pos else []


def _seen(verb: Token, cue: Cue) -> Targets:
    """'(want) to see a cap on bonuses' → the cap; '(would like) to see the levy scrapped' → against it."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    clause = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd"} and c.pos_ == "VERB"),
                  None)
    subj = None if clause is None else next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if obj is not None and clause is not None and clause.i > obj.i:
        return object_control(verb, obj, cue, clause) or []
    if subj is not None and clause is not None:
        return object_control(verb, subj, cue, clause) or []
    label = topic_label(obj) if obj is not None and obj.pos_ != "PRON" else None
    return [(Position(cue.polarity, label, cue.act, cue.confidence), "topic")] if label else []


_TIME_WORDS = frozenset({"spring", "summer", "autumn", "winter", "end", "time", "year", "month", "week",
                         "day", "deadline", "election"})


def has_agent(verb: Token) -> bool:
    """A "by" agent that is not a deadline ("introduced by the spring of 2006")."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        obj = next((g for g in agent.children if g.dep_ == "pobj"), None)
        if obj is None or not (obj.ent_type_ in {"DATE", "TIME"} or obj.lemma_.lower() in _TIME_WORDS):
            return True
    return False


def stranded_subject(clause: Token, ctx: Context) -> Position | None:
    """'said individual registration … should be introduced' misparsed with the subject as the reporting
    verb's object: a passive "should/must" clause without a subject demands something of that object."""
    obj = next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i and c.pos_ == "NOUN"),
               None)
    modal = any(c.dep_ == "aux" and c.lower_ in {"should", "must", "ought"} for c in clause.children)
    if obj is None or not modal or clause.tag_ != "VBN" or ctx.index.actor_at(obj.i):
        return None
    negated = is_negated(clause)
    if clause.lemma_.lower() in COMPLEMENT_OPPOSE_VERBS:
        label = topic_label(obj)
        return Position("Support" if negated else "Oppose", label, "demand", 0.6) if label else None
    label = passive_label(clause, obj)
    return Position("Oppose" if negated else "Support", label, "demand", 0.6) if label else None


def passive_issue(clause: Token, ctx: Context) -> bool:
    """A passive cue about an issue with no agent: "the levy must be scrapped" demands it be scrapped."""
    subj = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and subj.pos_ != "PRON" and not resolve(subj, ctx) and not has_agent(clause)
