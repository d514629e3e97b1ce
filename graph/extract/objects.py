"""What a stance cue is about: its object, complement clause or the content of a cue noun.

"proposed a ban on trawling" → the ban; "expressed agreement with X's view that Y should …" →
the clause; "want the budget to be capped" → "budget capped"; "vowed to scrap X" → against X.
The fixed-shape frames (directives, object control, accusations, evaluating verbs) are in `cueframes.py`.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.anaphora import is_generic, speech_participle
from graph.extract.clauses import neutral_topic, read_clause
from graph.extract.cueframes import (
    Targets,
    blamed_for,
    directive_targets,
    has_agent,
    judged_polarity,
    object_control,
    passive_issue,
    pobj,
    second_object,
    spent_on,
    stranded_subject,
    xcomp_targets,
)
from graph.extract.demands import is_soundness_phrase
from graph.extract.holders import Context, resolve
from graph.extract.lexicon import (
    ANNOUNCED_NON_MEASURES,
    ANNOUNCING_VERBS,
    CLAIM_NOUNS,
    COMPLEMENT_OPPOSE_VERBS,
    EVALUATING_VERBS,
    EVIDENCE_NOUNS,
    FACT_NOUNS,
    LEMMA_FIXES,
    LIGHT_VERBS,
    NEGATIVE_HEADS,
    NON_STATEMENT_HEADS,
    NOUN_CUES,
    PHRASAL_CUES,
    POSITIVE_HEADS,
    RELATION_VERBS,
    SPECULATIVE_MODALS,
    SUGGESTING_VERBS,
    UNWILLING_NEGATED,
    VERB_CUES,
    WISH_VERBS,
    Cue,
)
from graph.extract.positions import FLIP, Position, infinitive_position, is_negated, is_on_hold
from graph.extract.targets import passive_label, topic_label
from graph.records import Polarity

# Prepositions that introduce what a cue noun is about ("support for", "opposition to", "concern over").
_NOUN_PREPS = frozenset({"for", "to", "in", "on", "of", "with", "about", "over", "against", "towards"})


def cue_of(tok: Token) -> tuple[Cue | None, Token | None]:
    """The cue of a verb, and the particle/preposition/noun that made it phrasal ("call for", "rule out")."""
    for child in tok.children:
        key = (tok.lemma_.lower(), child.lower_)
        if child.dep_ in {"prep", "prt", "dobj", "advmod"} and key in PHRASAL_CUES:
            return PHRASAL_CUES[key], child
    for child in tok.children:  # "appealed for the talks to be given more time": a for-to clause
        marks = [m for m in child.children if m.dep_ == "mark" and m.i < child.i]
        key = (tok.lemma_.lower(), marks[0].lower_) if marks else ("", "")
        if child.dep_ in {"advcl", "ccomp"} and key in PHRASAL_CUES:
            return PHRASAL_CUES[key], child
    lemma = LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())
    if lemma in EVALUATING_VERBS and lemma not in VERB_CUES and judged_polarity(tok) is not None:
        return Cue("Neutral", "criticise", 0.75), None  # "called the levy unjustified"
    if lemma in LIGHT_VERBS:  # "repeated his call for …", "expressed agreement with …"
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in NOUN_CUES), None)
        if obj is not None:
            return VERB_CUES.get(lemma) or NOUN_CUES[obj.lemma_.lower()], None
    if lemma in WISH_VERBS and any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in tok.children):
        return Cue("Support", "demand", 0.75), None  # "would like to see X"
    return VERB_CUES.get(lemma) or RELATION_VERBS.get(lemma), None


def is_statement(tok: Token) -> bool:
    """False for possibilities and non-statements: "could oppose", "declined to say", "expected to back"."""
    if any(c.dep_ == "aux" and c.lower_ in SPECULATIVE_MODALS for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in NON_STATEMENT_HEADS:
        return False
    if tok.dep_ == "xcomp" and head.dep_ == "xcomp" and head.head.lemma_.lower() in NON_STATEMENT_HEADS:
        return False  # "is expected to try and win over …"
    if tok.dep_ == "xcomp" and head.lower_ in UNWILLING_NEGATED and (
            is_negated(head) or head.dep_ == "acomp" and is_negated(head.head)):
        return False  # "is not prepared to accept X": the predicate reader states it (against X)
    return not any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in tok.children)


def _target(obj: Token, pol: Polarity, act: str, conf: float, ctx: Context) -> Targets:
    """An object as an actor (relation) or a topic."""
    key = ctx.index.actor_at(obj.i)
    if key is None and obj.pos_ != "PRON":
        named = resolve(obj, ctx)  # "attacked the government", "praised the unions"
        key = named[0] if len(named) == 1 else None
    if key:
        return [(Position(pol, key, act, conf), "actor")]
    issue = ctx.refer(obj)
    label = None if is_generic(issue) else topic_label(issue)  # an unresolved "the idea" names nothing
    if label:
        ctx.topic_tokens.append(issue)
    return [(Position(pol, label, act, conf), "topic")] if label else []


def _noun_preps(noun: Token) -> list[Token]:
    """Prepositions of a noun, and one the parser hung on the verb right after it ("interest | in X")."""
    preps = [c for c in noun.children if c.dep_ == "prep"]
    nxt = noun.right_edge.i + 1
    if not preps and nxt < len(noun.doc) and noun.doc[nxt].dep_ in {"prep", "dative"} and (
            noun.doc[nxt].head == noun.head):  # "gave a cautious welcome | to X": the dative names X
        preps.append(noun.doc[nxt])
    return preps


def noun_targets(noun: Token, cue: Cue, ctx: Context) -> Targets:
    """What a cue noun is about: "agreement with X's view that …", "interest in resuming …"."""
    out: Targets = []
    for child in _noun_preps(noun):
        if child.lower_ in _NOUN_PREPS and (obj := pobj(child)) is not None:
            if child.lower_ == "of" and ctx.index.actor_at(obj.i):
                continue  # "the views of the Tories on X": the owner, not the issue
            if obj.lemma_.lower() in NOUN_CUES:  # agreement with [someone's] view that …
                for pos, _kind in clause_of_noun(obj, ctx):
                    pol = pos.polarity if cue.polarity == "Support" else FLIP[pos.polarity]
                    out.append((Position(pol, pos.label, cue.act, cue.confidence), "topic"))
            else:
                out += _target(obj, cue.polarity, cue.act, cue.confidence, ctx)
            return out
    for pos, kind in clause_of_noun(noun, ctx):  # "his pledge not to do deals": against deals
        out.append((Position(pos.polarity, pos.label, cue.act, cue.confidence), kind))
    return out


def clause_of_noun(noun: Token, ctx: Context) -> Targets:
    """The clause of "view that X should …" or "agreement to appoint …"; an opposing noun flips it
    ("refusal to pay the levy" → against paying it)."""
    cue = NOUN_CUES.get(noun.lemma_.lower())
    flip = cue is not None and cue.polarity == "Oppose"
    return [(Position(FLIP[p.polarity], p.label, p.act, p.confidence, p.target_kind) if flip else p, k)
            for p, k in _noun_clause(noun, ctx)]


def _noun_clause(noun: Token, ctx: Context) -> Targets:
    for child in noun.children:
        if child.dep_ in {"acl", "ccomp", "relcl"} and child.pos_ in {"VERB", "AUX"}:
            marked = any(c.lower_ == "that" and c.dep_ == "mark" for c in child.children)
            if marked:
                pos = read_clause(child, ctx.last_topic)
                if pos:
                    return [(pos, "topic")]
            elif any(c.lower_ == "to" and c.dep_ == "aux" for c in child.children):
                # "an agreement to build X"; "a decision not to change X" / "to put X on hold": against X
                pol: Polarity = "Oppose" if is_negated(child) else "Support"
                cue = NOUN_CUES.get(noun.lemma_.lower())
                pos = infinitive_position(child, pol, cue.act if cue is not None else "agree", 0.7)
                if pos:
                    return [(pos, "topic")]
    return []


def verb_targets(tok: Token, cue: Cue, phrasal: Token | None, ctx: Context) -> Targets:
    """Positions a cue verb takes on its objects and complements."""
    out: Targets = []
    directed = directive_targets(tok, ctx)
    if directed is not None:
        return directed
    if phrasal is not None and phrasal.dep_ == "prep" and (obj := pobj(phrasal)) is not None:
        return _target(obj, cue.polarity, cue.act, cue.confidence, ctx)
    if phrasal is not None and phrasal.dep_ in {"advcl", "ccomp"}:  # "called for X to be Y"
        subj = next((c for c in phrasal.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and subj.pos_ == "PRON" and phrasal.tag_ == "VB":  # "called for him to resign"
            pos = infinitive_position(phrasal, cue.polarity, cue.act, cue.confidence)
            return [(pos, "topic")] if pos else []
        ending = phrasal.lemma_.lower() in COMPLEMENT_OPPOSE_VERBS or is_on_hold(phrasal)  # "X to be shelved"
        if subj is not None and ending and phrasal.tag_ == "VBN" and (label := topic_label(ctx.refer(subj))):
            return [(Position(FLIP[cue.polarity], label, cue.act, cue.confidence), "topic")]
        label = passive_label(phrasal, subj, gerund_verb=phrasal.tag_ != "VBN") if subj is not None else None
        return [(Position(cue.polarity, label, cue.act, cue.confidence), "topic")] if label else []
    if phrasal is not None and phrasal.dep_ == "dobj":  # "drew attention to X"
        prep = next(iter(_noun_preps(phrasal)), None)
        obj = pobj(prep) if prep is not None else None
        return _target(obj, cue.polarity, cue.act, cue.confidence, ctx) if obj is not None else []
    if phrasal is not None and phrasal.dep_ in {"prt", "advmod"}:  # "hit out at X", "pressed ahead with X"
        preps = {"at", "against", "over", "with"} if phrasal.lower_ == "ahead" else {"at", "against", "over"}
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps), None)
        if prep is not None and (obj := pobj(prep)) is not None:
            return _claim_targets(obj, cue, ctx) or _backed_demand(obj, cue, ctx) or _target(
                obj, cue.polarity, cue.act, cue.confidence, ctx)
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "with" and (obj := pobj(child)) is not None:
            if ctx.index.actor_at(obj.i) and lemma in RELATION_VERBS:
                rel = RELATION_VERBS[lemma]
                out += _target(obj, rel.polarity, rel.act, rel.confidence, ctx)
            elif lemma in {"agree", "disagree"}:
                out += _noun_or_topic(obj, cue, ctx)
        elif child.dep_ == "dobj" and child.i != getattr(second_object(tok), "i", -1):
            out += _object_targets(tok, child, cue, ctx)
            for prep in (c for c in child.children if c.dep_ == "prep"):
                out += blamed_for(prep, cue)  # "accused [the Greens of planning to …]"
        elif child.dep_ == "prep" and cue.act in {"criticise", "praise"}:
            out += blamed_for(child, cue)
            issue = pobj(child) if child.lower_ == "over" else None  # "criticised the council over X"
            if issue is not None and issue.pos_ in {"NOUN", "PROPN"} and not ctx.index.actor_at(issue.i):
                out += _target(issue, cue.polarity, cue.act, cue.confidence, ctx)
        elif child.dep_ == "xcomp" and child.pos_ == "VERB" and not cue.report:
            if not any(c.dep_ == "dobj" and c.i < child.i for c in tok.children):  # else: object control
                out += xcomp_targets(child, cue)
        elif child.dep_ == "xcomp" and child.tag_ == "VBG" and lemma in SUGGESTING_VERBS:
            pos = infinitive_position(child, "Support", "propose", 0.7)  # "suggested scrapping the levy"
            out += [(pos, "topic")] if pos else []
        elif child.dep_ == "ccomp" and not cue.report and _after_speech(tok, child):
            continue  # "rejected that idea saying X is …": X is what the participle says, not the rejected
        elif child.dep_ == "ccomp" or (child.dep_ == "xcomp" and cue.report):
            out += _ccomp_targets(child, cue, ctx)
    if not out and not cue.report:
        out += _shared_object(tok, cue, ctx)
    patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if not out and patient is not None and any(c.dep_ == "agent" for c in tok.children):
        out += _object_targets(tok, patient, cue, ctx)  # "X was backed by Y": Y backs X
    return out


def _after_speech(verb: Token, clause: Token) -> bool:
    """The clause follows an object's speech participle ("that idea, saying …"): a misattached complement."""
    return any(c.dep_ == "dobj" and c.i < clause.i and any(speech_participle(g) for g in c.children)
               for c in verb.children)


def _shared_object(tok: Token, cue: Cue, ctx: Context) -> Targets:
    """'did not want or need an assembly': the object of the second verb belongs to both."""
    for conj in tok.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children
        ):
            obj = next((c for c in conj.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return _object_targets(tok, obj, cue, ctx)
    return []


def _noun_or_topic(obj: Token, cue: Cue, ctx: Context) -> Targets:
    if obj.lemma_.lower() in NOUN_CUES:
        # "agreed with X's plans for Y": for Y; "disagreed with …": against Y
        found = [(Position(FLIP[cue.polarity] if p.polarity == "Oppose" else cue.polarity, p.label, cue.act,
                           cue.confidence), k)
                 for p, k in noun_targets(obj, NOUN_CUES[obj.lemma_.lower()], ctx)]
        return found or _target(
            obj, cue.polarity, cue.act, cue.confidence, ctx)
    return _target(obj, cue.polarity, cue.act, cue.confidence, ctx)


def _object_targets(tok: Token, obj: Token, cue: Cue, ctx: Context) -> Targets:
    obj = spent_on(tok, obj)
    lemma, olemma = tok.lemma_.lower(), obj.lemma_.lower()
    control = object_control(tok, obj, cue, ctx=ctx)
    if control is not None:
        return control
    if lemma in EVALUATING_VERBS:
        judged = judged_polarity(tok)
        if judged is not None:
            return _target(obj, judged, "criticise" if judged == "Oppose" else "praise", 0.75, ctx)
        if lemma == "call":
            return []
    claimed = _claim_targets(obj, cue, ctx) or ([] if lemma in LIGHT_VERBS else _backed_demand(obj, cue, ctx))
    if claimed:
        return claimed
    if olemma in FACT_NOUNS and not cue.report and cue.polarity != "Neutral":
        return _fact_targets(obj, cue)  # "welcomed news that X", "criticised the fact that X"
    if ctx.index.actor_at(obj.i):
        rel = RELATION_VERBS.get(lemma)
        if rel is not None:
            return _target(obj, rel.polarity, rel.act, rel.confidence, ctx)
        return [] if cue.report else _target(obj, cue.polarity, cue.act, cue.confidence, ctx)
    if lemma in LIGHT_VERBS and olemma in NOUN_CUES:
        found = noun_targets(obj, NOUN_CUES[olemma], ctx)
        if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):  # "has no desire to X"
            found = [(Position(FLIP[p.polarity], p.label, p.act, p.confidence, p.target_kind), k)
                     for p, k in found]
        return found
    if cue.report and olemma in EVIDENCE_NOUNS:
        return clause_of_noun(obj, ctx)  # "said (there is) evidence that the scheme is unsustainable"
    if cue.report:
        if lemma in {"tell", "inform", "assure", "remind", "brief", "warn"}:
            return []  # the object is the hearer ("told MPs …")
        if lemma in ANNOUNCING_VERBS and obj.pos_ == "NOUN" and olemma not in ANNOUNCED_NON_MEASURES:
            return _target(obj, "Support", "propose", 0.7, ctx)
        if olemma in POSITIVE_HEADS or olemma in NEGATIVE_HEADS:
            pol: Polarity = "Support" if olemma in POSITIVE_HEADS else "Oppose"
            return _target(obj, pol, "endorse" if pol == "Support" else "warn", 0.7, ctx)
        return []
    return _target(obj, cue.polarity, cue.act, cue.confidence, ctx)


def _claim_targets(obj: Token, cue: Cue, ctx: Context) -> Targets:
    """'rejected claims that the tax would rise', 'hit back at X's claim that …': against its content."""
    if obj.lemma_.lower() not in CLAIM_NOUNS or cue.report or cue.polarity == "Neutral":
        return []
    return [(Position(p.polarity if cue.polarity == "Support" else FLIP[p.polarity], p.label, cue.act,
                      cue.confidence), k) for p, k in clause_of_noun(obj, ctx)]


def _fact_targets(fact: Token, cue: Cue) -> Targets:
    """'welcomed news that donors will add £1bn to the fund', 'criticised the fact that billions were spent on
    war': the cue's side on what the clause says happens (its own position, flipped by an opposing cue)."""
    clause = next((c for c in fact.children if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}),
                  None)
    subj = None if clause is None else next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}),
                                            None)
    if clause is None or subj is None:
        return []
    stated = read_clause(clause)
    if stated is not None and stated.polarity != "Neutral":
        pol = stated.polarity if cue.polarity == "Support" else FLIP[stated.polarity]
        return [(Position(pol, stated.label, cue.act, cue.confidence), "topic")]
    label = passive_label(clause, subj, gerund_verb=clause.tag_ != "VBN")
    return [(Position(cue.polarity, label, cue.act, cue.confidence), "topic")] if label else []


def _backed_demand(obj: Token, cue: Cue, ctx: Context) -> Targets:
    """'backed the union's demands that the plans be put on hold', 'rejected calls for a runway': the position
    the demand states, taken over or turned down."""
    noun_cue = NOUN_CUES.get(obj.lemma_.lower())
    if noun_cue is None or noun_cue.act not in {"propose", "demand"} or cue.report or cue.polarity not in {
            "Support", "Oppose"}:
        return []
    stated = noun_targets(obj, noun_cue, ctx)
    return [(Position(p.polarity if cue.polarity == "Support" else FLIP[p.polarity], p.label, cue.act,
                      cue.confidence), k) for p, k in stated if k == "topic"]


def _unowned_cue(verb: Token, ctx: Context) -> Targets:
    """'X said people did not want an assembly': an inner cue whose subject is no actor is X's own view."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ == "PRON" or resolve(subj, ctx):
        return []
    if has_agent(verb):
        return []  # "the plan was rejected by the council": the agent's stance, reported
    if any(c.lower_ == "no" for c in subj.children) or subj.lower_ in {"nobody", "none"}:
        return []  # "no one accepted responsibility": nobody's position
    cue, phrasal = cue_of(verb)
    if cue is None or cue.report:
        return []
    out = verb_targets(verb, cue, phrasal, ctx)
    if is_negated(verb):
        out = [(Position(FLIP[p.polarity], p.label, p.act, p.confidence, p.target_kind), k) for p, k in out]
    return [(Position(p.polarity, p.label, p.act, round(p.confidence * 0.8, 2), p.target_kind), k)
            for p, k in out if k == "topic"]


def _ccomp_targets(clause: Token, cue: Cue, ctx: Context) -> Targets:
    """A that-clause: the position it states, or a neutral statement about its subject."""
    out: Targets = []
    clauses = [clause] + [c for c in clause.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    for cl in clauses:
        if not is_statement(cl):
            continue  # "whether …" states nothing
        wish = cl.lemma_.lower() in WISH_VERBS and cue_of(cl)[0] is not None  # "she would like to see X"
        cue_verb = cl.lemma_.lower() in VERB_CUES or wish
        subj = next((c for c in cl.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        stranded = stranded_subject(cl, ctx) if subj is None and cue.report else None
        if cue_verb and not is_soundness_phrase(cl) and not passive_issue(cl, ctx) and stranded is None:
            out += _unowned_cue(cl, ctx)  # an inner cue is read on its own; "X must be scrapped" is not
            continue
        infinitive = any(c.lower_ == "to" for c in cl.children if c.dep_ == "aux")
        if not cue.report and subj is not None and infinitive:
            out += object_control(cl.head, subj, cue, cl, ctx) or []  # "want the levy to be capped"
            continue
        pos = stranded or read_clause(cl, ctx.last_topic, ctx.index.actor_at, ctx.refer, reported=True)
        if pos is not None:
            pol = pos.polarity if cue.polarity != "Oppose" else FLIP[pos.polarity]
            act = pos.act if cue.report else cue.act
            out.append((Position(pol, pos.label, act, min(pos.confidence, cue.confidence)), pos.target_kind))
            if pos.target_kind == "topic" and pos.polarity != "Neutral":
                ctx.topic_tokens.append(cl)  # a later "that idea" may stand for this clause's action
        elif not (cl.lemma_.lower() in VERB_CUES or cl.lemma_.lower() in RELATION_VERBS):
            label = neutral_topic(cl)
            if label:  # "denied their role was changing": no position on "their role"
                out.append((Position("Neutral", label, cue.act, 0.4), "topic"))
    return out
