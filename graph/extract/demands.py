"""Advocacy and commitments in a clause: 'X should be involved', 'we will scrap X', 'the sums do not
add up', 'X would open opportunities'.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.evaluations import consequence_position, effect_polarity, is_issue, subject_label
from graph.extract.evaluativewords import FAILING_VERBS, SOUNDNESS_PHRASES
from graph.extract.lexicon import (
    ADVOCACY_MODALS,
    COMPLEMENT_OPPOSE_VERBS,
    COMPLEMENT_SUPPORT_VERBS,
    FUTURE_MODALS,
    VAGUE_VERBS,
)
from graph.extract.positions import (
    FLIP,
    Position,
    Refer,
    action_label,
    clause_subject,
    is_negated,
    is_on_hold,
    no_subject,
    word_polarity,
)
from graph.extract.targets import is_pronoun, passive_label, topic_label
from graph.records import Polarity

# Intransitive verbs that, demanded of an issue, want it gone: "the levy must go", "this scandal must stop".
_ENDING_VERBS = frozenset({"go", "stop", "end", "disappear", "cease"})


# Verbs whose passive keeps the thing given as object: "pupils should be offered free lessons".
_GIVING_VERBS = frozenset({"give", "offer", "afford", "grant", "guarantee", "allow", "hand", "promise",
                           "award"})


def _shared_subject(clause: Token) -> Token | None:
    """The subject of a clause, or of the verb it is coordinated with ("we will freeze X and extend Y")."""
    subj = clause_subject(clause)
    if subj is None and clause.dep_ == "conj" and clause.pos_ == "VERB" and clause.head.pos_ in {"VERB",
                                                                                                 "AUX"}:
        return clause_subject(clause.head)
    return subj


def modals_of(verb: Token) -> set[str]:
    mods = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD" or c.lower_ == "going"}
    if not mods and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and _names_measure(verb):
        head = verb.head
        if head.lemma_ == "need" and semi_modal_infinitive(head) is not None:
            return {"need"}  # "they need to rethink X, and extend Y": "extend" is needed too
        return modals_of(head)  # "we will freeze X and extend Y": the shared modal
    if verb.dep_ == "xcomp" and verb.head.lemma_ in {"need", "have"}:
        mods.add(verb.head.lemma_)
    if verb.dep_ == "advcl" and verb.head.lemma_ == "need" and semi_modal_infinitive(verb.head) == verb:
        mods.add("need")  # "ministers needed | to change the law": the parser's adverbial infinitive
    return mods


def semi_modal_infinitive(verb: Token) -> Token | None:
    """The infinitive of "need to V" / "have to V", which carries the advocated action."""
    if verb.lemma_ not in {"need", "have"}:
        return None
    deps = {"xcomp", "advcl"} if verb.lemma_ == "need" else {"xcomp"}
    return next((c for c in verb.children if c.dep_ in deps and c.pos_ == "VERB" and c.i > verb.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _names_measure(verb: Token) -> bool:
    """A subjectless verb with a noun object: an item of a list of measures ("… and extend paid leave")."""
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)


def _ongoing_measure(clause: Token, subj: Token | None) -> bool:
    """A speaker's own measure in the progressive: 'he was providing X', 'we are investing in Y'."""
    if subj is None or subj.lower_ not in {"he", "she", "they", "we", "i"} or clause.tag_ != "VBG":
        return False
    lemma = clause.lemma_.lower()
    empty = lemma in VAGUE_VERBS or lemma in {"make", "do", "have", "take", "get"}  # "was making the point"
    return lemma in COMPLEMENT_SUPPORT_VERBS and not empty and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in clause.children)


def verbal_position(
    clause: Token, last_topic: str | None, refer: Refer, reported: bool = False,
) -> Position | None:
    """Advocacy and commitment: 'X should be involved', 'we will scrap X', 'X would open opportunities'."""
    modals = modals_of(clause)
    negated = is_negated(clause)
    lemma = clause.lemma_.lower()
    subj = clause_subject(clause)
    if lemma in COMPLEMENT_OPPOSE_VERBS or _is_put_an_end(clause) or is_on_hold(clause):
        obj = _end_object(clause) if _is_put_an_end(clause) else object_of(clause)
        label = topic_label(obj) if obj is not None else None
        if label and (modals or subj is None or is_pronoun(subj)):
            pol: Polarity = "Support" if negated else "Oppose"
            return Position(pol, label, "reject", 0.65)
    if effect_polarity(clause) is not None:  # "X would cause chaos": X judged by its effect, nothing else
        return consequence_position(clause, last_topic, refer)
    if subj is not None and subj.lower_ in {"it", "this"} and lemma in COMPLEMENT_SUPPORT_VERBS:
        issue = refer(subj)  # "ministers say it would help the fight against crime": it = the policy
        label = topic_label(issue) if issue is not subj else None
        if label:
            return Position("Oppose" if negated else "Support", label, "evaluate", 0.5)
    advocacy = modals & ADVOCACY_MODALS
    shared = _shared_subject(clause)  # "she would freeze X and extend Y": "extend" shares "she would"
    inherits = subj is None and shared is not None and shared.lower_ in {"he", "she", "they", "we", "i"}
    who = shared if inherits and _names_measure(clause) else subj
    retained = next((c for c in clause.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                     and not any(d.lower_ == "no" for d in c.children)), None) if (
        lemma in _GIVING_VERBS and subj is not None and subj.dep_ == "nsubjpass") else None
    committed = who is not None and (
        who.lower_ in {"they", "he", "she", "it"}
        or (retained is not None and bool(modals & {"will", "shall", "would"}))  # "would be offered X"
        or (who.lower_ in {"we", "i"} and not modals & {"would", "could"})  # "I would send him": a wish
        or (who.dep_ == "nsubjpass" and is_issue(who) and bool(modals & ({"will", "shall", "would"}
                                                                         if reported else {"will", "shall"}))
            and lemma not in COMPLEMENT_OPPOSE_VERBS | {"affect", "hit"})
    )
    if reported and _ongoing_measure(clause, who):  # "said he was providing an extra £1bn for councils"
        label = topic_label(clause)
        return Position("Oppose" if negated else "Support", label, "pledge", 0.6) if label else None
    ending = lemma in _ENDING_VERBS and not any(c.dep_ in {"dobj", "prep", "prt"} for c in clause.children)
    if advocacy and ending and subj is not None and is_issue(subj):  # "the levy must go", "this must stop"
        label = topic_label(refer(subj))
        return Position("Support" if negated else "Oppose", label, "demand", 0.65) if label else None
    withheld = lemma in _GIVING_VERBS and any(c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children)
                                              for c in clause.children)  # "would be given no title"
    # "the power should only be used in extreme cases": a limit on the measure, not a call for it
    limited = advocacy and any(c.dep_ == "advmod" and c.lower_ == "only" for c in clause.children)
    if (advocacy or (modals & FUTURE_MODALS and committed)) and not withheld and not limited:
        if retained is not None and (label := topic_label(retained)):
            pass  # "pupils should be offered free lessons": the lessons are the issue
        elif subj is not None and clause.tag_ == "VBN" and subj.dep_ == "nsubjpass":
            # "the UN should be involved": an issue; "Scotland must not be held back": no issue named
            named = subj.ent_type_ in {"GPE", "PERSON", "NORP"}
            label = None if named or is_pronoun(subj) else passive_label(clause, subj)
        elif subj is not None and is_issue(subj) and advocacy:  # "schemes need to remain affordable"
            label = passive_label(clause, subj, gerund_verb=True)
        else:
            label = action_label(clause)
        if label:
            act = "demand" if advocacy else "pledge"
            return Position("Oppose" if negated else "Support", label, act, 0.65)
    if subj is not None and is_issue(subj) and is_soundness_phrase(clause):
        label = subject_label(clause, last_topic, refer)  # "the sums do not add up"
        if label:
            return Position("Oppose" if negated else "Support", label, "evaluate", 0.6)
    passive = subj is not None and subj.dep_ == "nsubjpass"
    if lemma in COMPLEMENT_SUPPORT_VERBS and subj is not None and is_issue(subj) and not passive:
        label = subject_label(clause, last_topic, refer)
        if lemma == "benefit":  # "X benefited from Y": Y is the issue
            source = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "from"), None)
            pobj = None if source is None else next((c for c in source.children if c.dep_ == "pobj"), None)
            label = topic_label(pobj) if pobj is not None else None
        if label:
            return Position("Oppose" if negated else "Support", label, "evaluate", 0.55)
    if lemma in FAILING_VERBS and subj is not None and (is_issue(subj) or subj.lower_ in {"it", "this"}):
        label = subject_label(clause, last_topic, refer)  # "the scheme has backfired"
        return Position("Support" if negated else "Oppose", label, "evaluate", 0.6) if label else None
    word_pol = word_polarity(clause)
    if word_pol and clause.tag_ == "VBN":  # "it was misdirected"
        label = subject_label(clause, last_topic, refer)
        if label:
            flipped = negated != no_subject(subj)  # "no change was needed": against the change
            return Position(FLIP[word_pol] if flipped else word_pol, label, "evaluate", 0.6)
    return None


def is_soundness_phrase(verb: Token) -> bool:
    """'add up', 'stack up': a verb that judges whether its subject is sound."""
    return any((verb.lemma_.lower(), c.lower_) in SOUNDNESS_PHRASES for c in verb.children)


def object_of(verb: Token) -> Token | None:
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
