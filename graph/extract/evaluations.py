"""Evaluative predicates in a clause: 'X is unacceptable', 'X was a crucial step', 'X would cause
chaos', 'it is time to scrap X'.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.evaluativewords import NEGATIVE_EFFECTS
from graph.extract.lexicon import (
    AIM_NOUNS,
    CAUSE_VERBS,
    COMPLEMENT_OPPOSE_VERBS,
    OF_ADJECTIVES,
    PREDICATE_CUES,
)
from graph.extract.personwords import ROLE_HEADS
from graph.extract.positions import (
    FLIP,
    ActorAt,
    Position,
    Refer,
    clause_subject,
    evaluation,
    infinitive_position,
    is_negated,
    no_subject,
    predicate_position,
)
from graph.extract.targets import is_pronoun, passive_label, topic_label
from graph.records import Polarity

# What a cause has: "made a real difference", "had no effect".
_EFFECT_NOUNS = frozenset({"effect", "impact", "difference"})

_BARE_GENERIC = frozenset({"idea", "plan", "move", "proposal", "scheme", "decision", "change", "policy"})


WH_WORDS = frozenset({"what", "which", "who", "whom", "whose", "how", "why", "where", "when", "whether"})


# Subjects of "X would help/benefit/…" that are people, not issues: no stance on them.
_PEOPLE = frozenset({"people", "workers", "families", "members", "voters", "countries", "pensioners",
                     "taxpayers", "companies", "firms", "businesses", "parents", "children", "staff",
                     "party", "government", "council", "ministers", "mps", "officials", "authorities",
                     "public", "nobody", "everyone", "everybody", "anyone", "someone"})


def subject_label(clause: Token, last_topic: str | None, refer: Refer) -> str | None:
    subj = clause_subject(clause)
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
        if _late_infinitive(clause) is not None:
            # "it would be unacceptable in my view for a chief to say …": the parser hung the extraposed
            # clause elsewhere; it is no back-reference to the story's issue
            return None
    if subj.lower_ in {"it", "this", "that"}:
        if last_topic:
            return last_topic
        issue = refer(subj)  # "it is a bad deal": the issue the story is about
        return topic_label(issue) if issue is not subj else None
    issue = refer(subj)
    return None if issue.lemma_.lower() in _BARE_GENERIC and issue is subj and not list(subj.children) else (
        topic_label(issue))


def _late_infinitive(clause: Token) -> Token | None:
    """An infinitive after the predicate that the parser hung elsewhere ("… in my view for X to say")."""
    return next((t for t in clause.subtree if t.i > clause.i and t.pos_ == "VERB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in t.children)), None)


def effect_polarity(clause: Token) -> Polarity | None:
    """How the effect of a causing verb is judged: "cause chaos", "lead to job losses", "put X at risk"."""
    if _endangers(clause):
        return "Oppose"
    made = _difference_made(clause)
    if made is not None:
        return made
    if clause.lemma_.lower() not in CAUSE_VERBS:
        return None
    prep_objs = [g for c in clause.children if c.dep_ == "prep" and c.lower_ in {"to", "in"}
                 for g in c.children if g.dep_ == "pobj"]  # "lead to chaos", "result in losses"
    effects = [c for c in clause.children if c.dep_ in {"dobj", "nsubjpass"}] + prep_objs
    if any(e.lemma_.lower() in NEGATIVE_EFFECTS and not no_subject(e) for e in effects):
        return "Oppose"  # "would cause job losses"
    return next((p for p in (evaluation(e) for e in effects) if p is not None), None)


def _difference_made(clause: Token) -> Polarity | None:
    """'X will make a real difference' (for X), 'X has no effect' / 'X has a damaging effect' (against X)."""
    lemma = clause.lemma_.lower()
    if lemma not in {"have", "make"}:
        return None
    obj = next((c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in _EFFECT_NOUNS), None)
    if obj is None:
        return None
    if any(c.lower_ in {"no", "little", "negligible"} for c in obj.children):
        return "Oppose"  # "had no discernible effect", "made little difference"
    pol = evaluation(obj)  # "a corrosive effect"
    if pol is None and lemma == "make" and obj.lemma_.lower() in {"difference", "impact"}:
        return "Support"  # "will make a real difference"; "has a big impact on X" judges nothing
    return pol


def _endangers(clause: Token) -> bool:
    """'would put lives at risk', 'placed the talks in jeopardy': the subject endangers something."""
    if clause.lemma_.lower() not in {"put", "place"}:
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"at", "in"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() in {"risk", "jeopardy", "danger"} for g in c.children)
        for c in clause.children)


def consequence_position(clause: Token, last_topic: str | None, refer: Refer) -> Position | None:
    """'the levy would cause chaos' → against the levy; 'damage will be caused by X' → against X."""
    pol = effect_polarity(clause)
    agent = next((g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                 None)
    cause = agent if agent is not None else clause_subject(clause)
    pronoun = cause is not None and cause.lower_ in {"it", "this"}
    if pol is None or cause is None or cause.dep_ == "nsubjpass" or not (pronoun or is_issue(cause)):
        return None
    if pronoun:
        issue = refer(cause)
        label = last_topic or (topic_label(issue) if issue is not cause else None)
    else:
        label = topic_label(refer(cause))
    if not label:
        return None
    return Position(FLIP[pol] if is_negated(clause) else pol, label, "evaluate", 0.6)


def copular_position(
    clause: Token, last_topic: str | None, actor_at: ActorAt, refer: Refer,
) -> Position | None:
    """'X is unacceptable', 'X was a crucial step', 'X were not only useful but also productive'."""
    subj = clause_subject(clause)
    if subj is not None and subj.lower_ == "it" and (due := _time_for(clause)) is not None:
        return due
    if subj is not None and subj.lemma_.lower() in AIM_NOUNS and clause.lemma_ == "be":
        aim = next((c for c in clause.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if aim is not None:  # "the aim was to preserve tradition"
            negated = is_negated(clause) or is_negated(aim)  # "the intention was not to empower them"
            return infinitive_position(aim, "Oppose" if negated else "Support", "propose", 0.6)
    for child in clause.children:
        if child.dep_ in {"acomp", "attr", "oprd"}:
            if child.lower_ in WH_WORDS:
                return None
            if child.lower_ in PREDICATE_CUES:  # "the state was prepared to veto X": about X
                subj = clause_subject(clause)
                if subj is not None and (actor_at(subj.i) or subj.lower_ in ROLE_HEADS):
                    return None  # "said the president was keen to X": the president's stance, read on its own
                found = predicate_position(child)
                if found is not None or child.lower_ not in OF_ADJECTIVES:
                    return found
            pol = evaluation(child)
            if pol is None:
                continue
            subj = clause_subject(clause)
            if is_negated(clause) != no_subject(subj):  # "no change is needed": the change is not
                pol = FLIP[pol]
            actor = actor_at(subj.i) if subj is not None else None
            if actor:  # "the government was authoritarian": a judgement of an actor
                return Position(pol, actor, "criticise" if pol == "Oppose" else "praise", 0.6, "actor")
            ending = _extraposed_ending(clause, subj)
            if ending is not None:  # "it would be wrong to scrap the levy": for the levy
                return infinitive_position(ending, pol, "evaluate", 0.7)
            label = subject_label(clause, last_topic, refer)
            if label:
                return Position(pol, label, "evaluate", 0.7)
    return None


def _extraposed_ending(clause: Token, subj: Token | None) -> Token | None:
    """The infinitive of "it is wrong to scrap X" when it ends or withholds something (scrap, deny, lift)."""
    if subj is None or subj.lower_ != "it":
        return None
    for child in [*clause.children, *(g for c in clause.children if c.dep_ in {"acomp", "attr"}
                                      for g in c.children)]:
        if child.dep_ in {"xcomp", "ccomp", "relcl", "acl"} and child.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return child if child.lemma_.lower() in COMPLEMENT_OPPOSE_VERBS else None
    return None


def _time_for(clause: Token) -> Position | None:
    """'it is time to scrap the levy' / 'it is high time for a change' → a demand (negated: against)."""
    time = next((c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() == "time"), None)
    if time is None or any(c.dep_ in {"det", "poss", "nummod"} or c.dep_ == "amod" and c.lower_ not in {
            "high", "right", "about"} for c in time.children):
        return None  # "it was the first time that …": no demand
    pol: Polarity = "Oppose" if is_negated(clause) else "Support"
    after = [c for c in clause.children if c.dep_ == "ccomp" and c.i > time.i]  # "… time X was scrapped"
    for child in [*time.children, *after]:
        if child.dep_ in {"relcl", "acl", "xcomp"} and child.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return infinitive_position(child, pol, "demand", 0.65)
        inner = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if child.dep_ in {"relcl", "ccomp"} and inner is not None and not is_pronoun(inner):
            if child.lemma_.lower() in COMPLEMENT_OPPOSE_VERBS:
                label = topic_label(inner)
                return Position(FLIP[pol], label, "demand", 0.65) if label else None
            label = passive_label(child, inner, gerund_verb=child.tag_ != "VBN")
            return Position(pol, label, "demand", 0.65) if label else None
        if child.dep_ == "prep" and child.lower_ == "for":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            label = topic_label(obj) if obj is not None else None
            return Position(pol, label, "demand", 0.65) if label else None
    return None


def is_issue(subj: Token) -> bool:
    """A subject that names an issue (a plan, a policy) rather than people or a pronoun."""
    if is_pronoun(subj) or subj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return False
    return subj.lemma_.lower() not in _PEOPLE and subj.lower_ not in _PEOPLE
