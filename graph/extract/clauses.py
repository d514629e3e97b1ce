"""Reads the position inside a complement clause: what it is about and whether it is for or against it.

"… that the tariff is categorically unacceptable" → (Oppose, "tariff");
"… that the UN should be involved in the talks" → (Support, "UN involved in talks");
"… that cutting fares would only be possible with subsidies" → (Support, "cutting fares").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from graph.extract.lexicon import (
    ADVOCACY_MODALS,
    AIM_NOUNS,
    CAUSE_VERBS,
    COMPLEMENT_OPPOSE_VERBS,
    COMPLEMENT_SUPPORT_VERBS,
    EVIDENCE_NOUNS,
    FEELING_ADJECTIVES,
    FEELING_NOUNS,
    FUTURE_MODALS,
    ILL_PREFIXES,
    NEGATIONS,
    NEGATIVE_EFFECTS,
    NEGATIVE_WORDS,
    OF_ADJECTIVES,
    POSITIVE_WORDS,
    PREDICATE_CUES,
    ROLE_HEADS,
    SEE_VERBS,
    SELF_CONTAINED_ACTIONS,
    SOUNDNESS_PHRASES,
    VAGUE_VERBS,
)
from graph.extract.targets import is_pronoun, passive_label, topic_label
from graph.records import Polarity, TargetKind

ActorAt = Callable[[int], "str | None"]
Refer = Callable[[Token], Token]
_BARE_GENERIC = frozenset({"idea", "plan", "move", "proposal", "scheme", "decision", "change", "policy"})
_NEUTRAL_FRAMES = frozenset({"issue", "question", "factor", "topic", "subject", "battleground", "theme",
                             "test", "challenge", "element", "feature", "part", "criterion", "criteria",
                             "consideration"})
_WH = frozenset({"what", "which", "who", "whom", "whose", "how", "why", "where", "when", "whether"})
# Subjects of "X would help/benefit/…" that are people, not issues: no stance on them.
_PEOPLE = frozenset({"people", "workers", "families", "members", "voters", "countries", "pensioners",
                     "taxpayers", "companies", "firms", "businesses", "parents", "children", "staff",
                     "party", "government", "council", "ministers", "mps", "officials", "authorities",
                     "public", "nobody", "everyone", "everybody", "anyone", "someone"})

FLIP: dict[Polarity, Polarity] = {"Support": "Oppose", "Oppose": "Support", "Neutral": "Neutral"}


@dataclass(frozen=True)
class Position:
    """A polarity on a topic label, with the speech act and how sure the rule is."""

    polarity: Polarity
    label: str
    act: str
    confidence: float
    target_kind: TargetKind = "topic"  # "actor": the label is the key of an actor that is judged


def is_negated(tok: Token) -> bool:
    """A negation on the token or its auxiliaries ("not ready", "would never"), but not "not only"."""
    for child in tok.children:
        if child.lower_ == "longer" and any(c.lower_ == "no" for c in child.children):
            return True  # "can no longer be justified"
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
    if tok.lemma_.lower() in _NEUTRAL_FRAMES:
        return None  # "a key election issue": important, not good
    pol = _word_polarity(tok) or _ill_prefixed(tok)
    if pol is None:
        for child in tok.children:
            if child.dep_ in {"amod", "advmod", "conj"} and child.lower_ not in NEGATIONS:
                pol = pol or _word_polarity(child) or _ill_prefixed(child)
    if pol is None:
        return None
    return FLIP[pol] if is_negated(tok) else pol


def _ill_prefixed(tok: Token) -> Polarity | None:
    """'ill-advised', 'ill-judged', 'badly-drafted': a hyphenated judgement the tokenizer splits."""
    doc = tok.doc
    for child in tok.children:
        hyphen = child.i + 1 < len(doc) and doc[child.i + 1].text == "-" and child.i + 2 == tok.i
        if hyphen and child.lower_ in ILL_PREFIXES:
            return "Oppose"
    return None


def _subject(clause: Token) -> Token | None:
    for child in clause.children:
        if child.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass"}:
            return child
    if clause.dep_ == "relcl":  # "relations, which remain important" → the noun the clause modifies
        return clause.head
    return None


def _shared_subject(clause: Token) -> Token | None:
    """The subject of a clause, or of the verb it is coordinated with ("we will freeze X and extend Y")."""
    subj = _subject(clause)
    if subj is None and clause.dep_ == "conj" and clause.pos_ == "VERB" and clause.head.pos_ in {"VERB",
                                                                                                 "AUX"}:
        return _subject(clause.head)
    return subj


def _subject_label(clause: Token, last_topic: str | None, refer: Refer) -> str | None:
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
    if subj.lower_ in {"it", "this", "that"}:
        if last_topic:
            return last_topic
        issue = refer(subj)  # "it is a bad deal": the issue the story is about
        return topic_label(issue) if issue is not subj else None
    issue = refer(subj)
    return None if issue.lemma_.lower() in _BARE_GENERIC and issue is subj and not list(subj.children) else (
        topic_label(issue))


def _modals(verb: Token) -> set[str]:
    mods = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD" or c.lower_ == "going"}
    if not mods and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and _names_measure(verb):
        head = verb.head
        if head.lemma_ == "need" and _semi_modal_infinitive(head) is not None:
            return {"need"}  # "they need to rethink X, and extend Y": "extend" is needed too
        return _modals(head)  # "we will freeze X and extend Y": the shared modal
    if verb.dep_ == "xcomp" and verb.head.lemma_ in {"need", "have"}:
        mods.add(verb.head.lemma_)
    if verb.dep_ == "advcl" and verb.head.lemma_ == "need" and _semi_modal_infinitive(verb.head) == verb:
        mods.add("need")  # "ministers needed | to change the law": the parser's adverbial infinitive
    return mods


def _semi_modal_infinitive(verb: Token) -> Token | None:
    """The infinitive of "need to V" / "have to V", which carries the advocated action."""
    if verb.lemma_ not in {"need", "have"}:
        return None
    deps = {"xcomp", "advcl"} if verb.lemma_ == "need" else {"xcomp"}
    return next((c for c in verb.children if c.dep_ in deps and c.pos_ == "VERB" and c.i > verb.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _names_measure(verb: Token) -> bool:
    """A subjectless verb with a noun object: an item of a list of measures ("… and extend maternity pay")."""
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)


def _effect_polarity(clause: Token) -> Polarity | None:
    """How the effect of a causing verb is judged: "cause chaos", "lead to job losses"."""
    if clause.lemma_.lower() not in CAUSE_VERBS:
        return None
    prep_objs = [g for c in clause.children if c.dep_ == "prep" and c.lower_ in {"to", "in"}
                 for g in c.children if g.dep_ == "pobj"]  # "lead to chaos", "result in losses"
    effects = [c for c in clause.children if c.dep_ in {"dobj", "nsubjpass"}] + prep_objs
    if any(e.lemma_.lower() in NEGATIVE_EFFECTS and not _no_subject(e) for e in effects):
        return "Oppose"  # "would cause job losses"
    return next((p for p in (evaluation(e) for e in effects) if p is not None), None)


def _consequence(clause: Token, last_topic: str | None, refer: Refer) -> Position | None:
    """'the levy would cause chaos' → against the levy; 'damage will be caused by X' → against X."""
    pol = _effect_polarity(clause)
    agent = next((g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                 None)
    cause = agent if agent is not None else _subject(clause)
    pronoun = cause is not None and cause.lower_ in {"it", "this"}
    if pol is None or cause is None or cause.dep_ == "nsubjpass" or not (pronoun or _is_issue(cause)):
        return None
    if pronoun:
        issue = refer(cause)
        label = last_topic or (topic_label(issue) if issue is not cause else None)
    else:
        label = topic_label(refer(cause))
    if not label:
        return None
    return Position(FLIP[pol] if is_negated(clause) else pol, label, "evaluate", 0.6)


def _ongoing_measure(clause: Token, subj: Token | None) -> bool:
    """A speaker's own measure in the progressive: 'he was providing X', 'we are investing in Y'."""
    if subj is None or subj.lower_ not in {"he", "she", "they", "we", "i"} or clause.tag_ != "VBG":
        return False
    lemma = clause.lemma_.lower()
    empty = lemma in VAGUE_VERBS or lemma in {"make", "do", "have", "take", "get"}  # "was making the point"
    return lemma in COMPLEMENT_SUPPORT_VERBS and not empty and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in clause.children)


def _copular(clause: Token, last_topic: str | None, actor_at: ActorAt, refer: Refer) -> Position | None:
    """'X is unacceptable', 'X was a crucial step', 'X were not only useful but also productive'."""
    subj = _subject(clause)
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
            if child.lower_ in _WH:
                return None
            if child.lower_ in PREDICATE_CUES:  # "the state was prepared to veto X": about X
                subj = _subject(clause)
                if subj is not None and (actor_at(subj.i) or subj.lower_ in ROLE_HEADS):
                    return None  # "said the president was keen to X": the president's stance, read on its own
                found = predicate_position(child)
                if found is not None or child.lower_ not in OF_ADJECTIVES:
                    return found
            pol = evaluation(child)
            if pol is None:
                continue
            subj = _subject(clause)
            if is_negated(clause) != _no_subject(subj):  # "no change is needed": the change is not
                pol = FLIP[pol]
            actor = actor_at(subj.i) if subj is not None else None
            if actor:  # "the government was authoritarian": a judgement of an actor
                return Position(pol, actor, "criticise" if pol == "Oppose" else "praise", 0.6, "actor")
            label = _subject_label(clause, last_topic, refer)
            if label:
                return Position(pol, label, "evaluate", 0.7)
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


def _no_subject(subj: Token | None) -> bool:
    return subj is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def _same(tok: Token) -> Token:
    return tok


def infinitive_position(verb: Token, polarity: Polarity, act: str, confidence: float) -> Position | None:
    """'(agreed) to establish X' → (polarity, 'establishing X'); '(vowed) to scrap X' → (flipped, X)."""
    if verb.lemma_.lower() in VAGUE_VERBS:  # "intends to legislate … to lower the age": the purpose
        purpose = next((c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB"
                        and any(a.lower_ == "to" for a in c.children)), None)
        if purpose is not None:
            verb = purpose
        toward = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"towards", "toward"}),
                      None)
        goal = next((c for c in toward.children if c.dep_ == "pcomp"), None) if toward is not None else None
        if purpose is None and goal is not None:
            verb = goal  # "pledged to work towards lifting the ban": the goal
    seeing = verb.lemma_.lower() in SEE_VERBS
    seen = next((c for c in verb.children if c.dep_ == "dobj"), None) if seeing else None
    if seen is not None and not any(c.dep_ in {"ccomp", "xcomp", "oprd"} for c in verb.children):
        label = topic_label(seen)  # "keen to see a cap on bonuses": the cap
        return Position(polarity, label, act, confidence) if label else None
    if verb.lemma_.lower() in COMPLEMENT_OPPOSE_VERBS or _on_hold(verb):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        label = topic_label(obj) if obj is not None else None
        return Position(FLIP[polarity], label, act, confidence) if label else None
    label = action_label(verb)
    return Position(polarity, label, act, confidence) if label else None


def action_label(verb: Token) -> str | None:
    """The label of an advocated action, or None for a bare verb naming no issue ("to look", "to hold")."""
    label = topic_label(verb)
    if label is None or verb.pos_ not in {"VERB", "AUX"} or len(label.split()) > 1:
        return label
    if any(c.dep_ in {"acomp", "attr", "oprd"} for c in verb.children):
        return label  # "wants to remain British": the state is the issue
    return label if verb.lemma_.lower() in SELF_CONTAINED_ACTIONS else None


def _on_hold(verb: Token) -> bool:
    """'put X on hold' / 'put X on ice': suspend X."""
    return verb.lemma_ == "put" and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in {"hold", "ice"} for g in c.children)
        for c in verb.children
    )


def predicate_position(adj: Token, refer: Refer = _same) -> Position | None:
    """'committed to securing X', 'prepared to veto X', 'opposed to X' (negation flips)."""
    cue = PREDICATE_CUES.get(adj.lower_)
    if cue is None:
        return None
    negated = is_negated(adj) or (adj.dep_ == "acomp" and is_negated(adj.head))
    pol = FLIP[cue.polarity] if negated else cue.polarity
    if negated and cue.polarity == "Oppose":
        pol = "Neutral"  # "not opposed to X": no objection, which is not yet support
    judging = adj.lower_ in OF_ADJECTIVES
    preps = {"of", "about", "over"} if judging else {"to", "for", "against", "behind", "on"}
    if adj.lower_ in FEELING_ADJECTIVES:
        preps = preps | {"by", "with", "at"}
    for child in adj.children:
        if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"} and not judging:
            return infinitive_position(child, pol, cue.act, cue.confidence)
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            label = topic_label(refer(obj)) if obj is not None else None
            if child.lower_ == "against":  # "united against the plans"
                pol = "Support" if negated else "Oppose"
            return Position(pol, label, cue.act, cue.confidence) if label else None
    return None


def side_taken(clause: Token, refer: Refer) -> Position | None:
    """'X is against the plan' / 'X is in favour of the plan' (a copula with a side-taking phrase)."""
    for attr in (c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() == "opposition"):
        on = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ in {"on", "over", "to"}), None)
        obj = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
        label = topic_label(refer(obj)) if obj is not None else None
        if label:  # "his party was the real opposition on the war"
            return Position("Oppose", label, "state", 0.6)
    for child in clause.children:
        if child.dep_ != "prep":
            continue
        obj = None
        if child.lower_ == "against":
            pol: Polarity = "Oppose"
            obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
        elif child.lower_ == "in" and any(c.lower_ in {"favour", "favor"} for c in child.children):
            pol = "Support"
            favour = next(c for c in child.children if c.lower_ in {"favour", "favor"})
            of = next((c for c in favour.children if c.lower_ == "of"), None)
            obj = None if of is None else next((c for c in of.children if c.dep_ in {"pobj", "pcomp"}), None)
        label = topic_label(refer(obj)) if obj is not None else None
        if label and is_negated(clause):  # "not against X" takes no side; "not in favour of X" does
            return Position("Neutral" if pol == "Oppose" else "Oppose", label, "state", 0.5)
        if label:
            return Position(pol, label, "state", 0.65)
    return None


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
    if not _modals(clause) & ADVOCACY_MODALS:
        return None
    label = topic_label(attr)
    return Position("Oppose" if is_negated(clause) else "Support", label, "demand", 0.65) if label else None


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


def _verbal(clause: Token, last_topic: str | None, refer: Refer, reported: bool = False) -> Position | None:
    """Advocacy and commitment: 'X should be involved', 'we will scrap X', 'X would open opportunities'."""
    modals = _modals(clause)
    negated = is_negated(clause)
    lemma = clause.lemma_.lower()
    subj = _subject(clause)
    if lemma in COMPLEMENT_OPPOSE_VERBS or _is_put_an_end(clause) or _on_hold(clause):
        obj = _end_object(clause) if _is_put_an_end(clause) else _object(clause)
        label = topic_label(obj) if obj is not None else None
        if label and (modals or subj is None or is_pronoun(subj)):
            pol: Polarity = "Support" if negated else "Oppose"
            return Position(pol, label, "reject", 0.65)
    if _effect_polarity(clause) is not None:  # "X would cause chaos": X judged by its effect, nothing else
        return _consequence(clause, last_topic, refer)
    if subj is not None and subj.lower_ in {"it", "this"} and lemma in COMPLEMENT_SUPPORT_VERBS:
        issue = refer(subj)  # "ministers say it would help the fight against crime": it = the policy
        label = topic_label(issue) if issue is not subj else None
        if label:
            return Position("Oppose" if negated else "Support", label, "evaluate", 0.5)
    advocacy = modals & ADVOCACY_MODALS
    shared = _shared_subject(clause)  # "she would freeze X and extend Y": "extend" shares "she would"
    inherits = subj is None and shared is not None and shared.lower_ in {"he", "she", "they", "we", "i"}
    who = shared if inherits and _names_measure(clause) else subj
    committed = who is not None and (
        who.lower_ in {"they", "he", "she", "it"}
        or (who.lower_ in {"we", "i"} and not modals & {"would", "could"})  # "I would send him": a wish
        or (who.dep_ == "nsubjpass" and _is_issue(who) and bool(modals & ({"will", "shall", "would"}
                                                                         if reported else {"will", "shall"}))
            and lemma not in COMPLEMENT_OPPOSE_VERBS | {"affect", "hit"})
    )
    if reported and _ongoing_measure(clause, who):  # "said he was providing an extra £1bn for councils"
        label = topic_label(clause)
        return Position("Oppose" if negated else "Support", label, "pledge", 0.6) if label else None
    if advocacy or (modals & FUTURE_MODALS and committed):
        if subj is not None and clause.tag_ == "VBN" and subj.dep_ == "nsubjpass":
            # "the UN should be involved": an issue; "Scotland must not be held back": no issue named
            named = subj.ent_type_ in {"GPE", "PERSON", "NORP"}
            label = None if named or is_pronoun(subj) else passive_label(clause, subj)
        elif subj is not None and _is_issue(subj) and advocacy:  # "schemes need to remain affordable"
            label = passive_label(clause, subj, gerund_verb=True)
        else:
            label = action_label(clause)
        if label:
            act = "demand" if advocacy else "pledge"
            return Position("Oppose" if negated else "Support", label, act, 0.65)
    if subj is not None and _is_issue(subj) and is_soundness_phrase(clause):
        label = _subject_label(clause, last_topic, refer)  # "the sums do not add up"
        if label:
            return Position("Oppose" if negated else "Support", label, "evaluate", 0.6)
    passive = subj is not None and subj.dep_ == "nsubjpass"
    if lemma in COMPLEMENT_SUPPORT_VERBS and subj is not None and _is_issue(subj) and not passive:
        label = _subject_label(clause, last_topic, refer)
        if lemma == "benefit":  # "X benefited from Y": Y is the issue
            source = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "from"), None)
            pobj = None if source is None else next((c for c in source.children if c.dep_ == "pobj"), None)
            label = topic_label(pobj) if pobj is not None else None
        if label:
            return Position("Oppose" if negated else "Support", label, "evaluate", 0.55)
    word_pol = _word_polarity(clause)
    if word_pol and clause.tag_ == "VBN":  # "it was misdirected"
        label = _subject_label(clause, last_topic, refer)
        if label:
            flipped = negated != _no_subject(subj)  # "no change was needed": against the change
            return Position(FLIP[word_pol] if flipped else word_pol, label, "evaluate", 0.6)
    return None


def is_soundness_phrase(verb: Token) -> bool:
    """'add up', 'stack up': a verb that judges whether its subject is sound."""
    return any((verb.lemma_.lower(), c.lower_) in SOUNDNESS_PHRASES for c in verb.children)


def _is_issue(subj: Token) -> bool:
    """A subject that names an issue (a plan, a policy) rather than people or a pronoun."""
    if is_pronoun(subj) or subj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return False
    return subj.lemma_.lower() not in _PEOPLE and subj.lower_ not in _PEOPLE


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


def _no_actor(i: int) -> str | None:
    return None


def read_clause(
    clause: Token, last_topic: str | None = None, actor_at: ActorAt = _no_actor, refer: Refer = _same, *,
    reported: bool = False,
) -> Position | None:
    """The position a complement clause states, or None when it states none.

    `actor_at` tells which tokens name actors (a judged actor becomes an actor target); `refer` maps a
    generic noun ("the plans") to the token naming its issue; `reported`: indirect speech, where "would"
    is a shifted "will" ("said the age would be reduced").
    """
    subj = _subject(clause)
    if subj is not None and (subj.lower_ in _WH or any(t.lower_ in _WH for t in subj.subtree)):
        return None  # "What really matters is …": a pseudo-cleft, not a judgement of its subject
    if subj is not None and subj.lower_ in {"nobody", "none", "noone"}:
        return None  # "nobody should doubt that …": rhetoric, not a position on "doubting"
    if any(c.dep_ == "advmod" and c.lower_ in {"how", "why"} for c in clause.children):
        return None  # "How can it be right that …?": a rhetorical question
    if clause.lemma_ == "be" and (side := side_taken(clause, refer)) is not None:
        return side
    needed = _semi_modal_infinitive(clause)
    passive = needed is not None and any(c.dep_ == "auxpass" for c in [*clause.children, *needed.children])
    if needed is not None and clause.lemma_ == "need" and not passive and not any(  # "X needs to be done"
            c.dep_ in {"dobj", "nsubjpass"} or c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        pos = _verbal(needed, last_topic, refer, reported)  # "they need to rethink the bill"
        return pos if pos is not None and len(pos.label.split()) > 1 else None  # "need to look": no issue
    return (_existential(clause, refer) or _copular(clause, last_topic, actor_at, refer)
            or _verbal(clause, last_topic, refer, reported))


def neutral_topic(clause: Token) -> str | None:
    """The subject or object of a clause, as the topic of a neutral statement."""
    subj = _subject(clause)
    if subj is not None and not is_pronoun(subj):
        return topic_label(subj)
    obj = _object(clause)
    return topic_label(obj) if obj is not None and not is_pronoun(obj) else None
