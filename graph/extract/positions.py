"""The position record and the readers of small evaluative phrases: negation, evaluative words,
predicate adjectives ('committed to X'), side-taking ('is against X') and infinitives ('to scrap X').
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from graph.extract.evaluativewords import (
    EVALUATIVE_IDIOMS,
    ILL_PREFIXES,
    NEGATIVE_NOUNS,
    NEGATIVE_WORDS,
    POSITIVE_WORDS,
)
from graph.extract.lexicon import (
    COMPLEMENT_OPPOSE_VERBS,
    CRITIC_NOUNS,
    FEELING_ADJECTIVES,
    NEGATIONS,
    OF_ADJECTIVES,
    PREDICATE_CUES,
    SEE_VERBS,
    SELF_CONTAINED_ACTIONS,
    SUPPORTER_NOUNS,
    VAGUE_VERBS,
)
from graph.extract.targets import topic_label
from graph.records import Polarity, TargetKind

ActorAt = Callable[[int], "str | None"]


Refer = Callable[[Token], Token]


_NEUTRAL_FRAMES = frozenset({"issue", "question", "factor", "topic", "subject", "battleground", "theme",
                             "test", "challenge", "element", "feature", "part", "criterion", "criteria",
                             "consideration",
                             # the stir about a thing, not the thing: "it was all a silly fuss"
                             "fuss", "row", "furore", "storm", "controversy"})


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
    if tok.dep_ == "xcomp" and tok.head.lower_ == "going" and tok.head.i != tok.i and is_negated(tok.head):
        return True  # "is not going to introduce X" = will not introduce X
    for child in tok.children:
        if child.lower_ == "longer" and any(c.lower_ == "no" for c in child.children):
            return True  # "can no longer be justified"
        if child.dep_ == "neg" or child.lower_ in {"never"}:
            nxt = tok.doc[child.i + 1] if child.i + 1 < len(tok.doc) else None
            if child.lower_ == "not" and nxt is not None and nxt.lower_ in {"only", "just", "merely"}:
                continue
            return True
    return False


def word_polarity(tok: Token) -> Polarity | None:
    for form in (tok.lower_, tok.lemma_.lower()):
        if form in POSITIVE_WORDS:
            return "Support"
        if form in NEGATIVE_WORDS:
            return "Oppose"
    return "Oppose" if tok.pos_ == "NOUN" and tok.lower_ in NEGATIVE_NOUNS else None


def evaluation(tok: Token) -> Polarity | None:
    """Polarity of an evaluative word or phrase ("a crucial step", "unacceptable", "not useful")."""
    if tok.lemma_.lower() in _NEUTRAL_FRAMES:
        return None  # "a key election issue": important, not good
    pol = _excessive(tok) or idiom_polarity(tok) or word_polarity(tok) or _ill_prefixed(tok)
    if pol is None:
        for child in tok.children:
            if child.dep_ in {"amod", "advmod", "conj"} and child.lower_ not in NEGATIONS:
                pol = pol or word_polarity(child) or _ill_prefixed(child)
    if pol is None:
        return None
    return FLIP[pol] if is_negated(tok) else pol


_CONTRARY_HEADS = frozenset({"antithesis", "opposite", "reverse", "contrary"})


# "it was too late": a matter of timing, no verdict on the subject
_TIMING_WORDS = frozenset({"late", "early", "soon", "close"})


def _excessive(tok: Token) -> Polarity | None:
    """'the forecasts are too optimistic', 'far too generous': faulted for excess, whatever the adjective.
    "Too close to call" / "too late to act" (with an infinitive) say what cannot be done, no verdict."""
    if tok.pos_ != "ADJ" or tok.lower_ in _TIMING_WORDS or not any(
            c.dep_ == "advmod" and c.lower_ == "too" for c in tok.children):
        return None
    after = next((t for t in tok.doc[tok.i + 1 : tok.i + 4] if not t.is_punct), None)
    infinitive = after is not None and after.lower_ == "to" and after.head.pos_ in {"VERB", "AUX"}
    return None if infinitive or any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children) else "Oppose"


def idiom_polarity(tok: Token) -> Polarity | None:
    """A set phrase in the predicate headed by `tok`: "a recipe for disaster", "a step backwards"."""
    words = " ".join(t.lower_ for t in tok.subtree if t.i - tok.i <= 6).replace(" - ", "-")
    padded = f" {words} "
    found = [p for p in EVALUATIVE_IDIOMS if f" {p} " in padded]
    if not found:
        return None
    pol = EVALUATIVE_IDIOMS[max(found, key=len)]  # the longest: "step in the right direction"
    return FLIP[pol] if tok.lemma_.lower() in _CONTRARY_HEADS else pol  # "the antithesis of the nanny state"


def _ill_prefixed(tok: Token) -> Polarity | None:
    """'ill-advised', 'ill-judged', 'badly-drafted': a hyphenated judgement the tokenizer splits."""
    doc = tok.doc
    for child in tok.children:
        hyphen = child.i + 1 < len(doc) and doc[child.i + 1].text == "-" and child.i + 2 == tok.i
        if hyphen and child.lower_ in ILL_PREFIXES:
            return "Oppose"
    return None


def clause_subject(clause: Token) -> Token | None:
    for child in clause.children:
        if child.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass"}:
            return child
    if clause.dep_ == "relcl":  # "relations, which remain important" → the noun the clause modifies
        return clause.head
    return None


def no_subject(subj: Token | None) -> bool:
    return subj is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def same_token(tok: Token) -> Token:
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
    if verb.lemma_.lower() in COMPLEMENT_OPPOSE_VERBS or is_on_hold(verb):
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        obj = objs[-1] if objs else None  # "deny people longer hours": the thing withheld
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


def is_on_hold(verb: Token) -> bool:
    """'put X on hold' / 'put X on ice': suspend X."""
    return verb.lemma_ == "put" and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in {"hold", "ice"} for g in c.children)
        for c in verb.children
    )


def predicate_position(adj: Token, refer: Refer = same_token) -> Position | None:
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


def partisan_position(noun: Token, refer: Refer) -> Position | None:
    """'(X is) a staunch supporter of Y' → Support Y; '(X,) one of the fiercest critics of Y' → Oppose Y."""
    if noun.lower_ == "one":  # "one of the chief critics of the plans"
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), noun) if of is not None else noun
    lemma = noun.lemma_.lower()
    if lemma not in SUPPORTER_NOUNS and lemma not in CRITIC_NOUNS:
        return None
    if any(c.lower_ in {"former", "ex", "erstwhile", "one-time"} for c in noun.children):
        return None  # "a former critic of the upper house": no longer
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ in {"pobj", "pcomp"}), None) if of is not None else None
    if obj is None or obj.lemma_.lower() in {"generation", "time", "age", "era", "day"}:
        return None  # "one of the great advocates of our generation": a lawyer
    label = topic_label(refer(obj))
    pol: Polarity = "Support" if lemma in SUPPORTER_NOUNS else "Oppose"
    return Position(pol, label, "support" if pol == "Support" else "criticise", 0.65) if label else None


def side_taken(clause: Token, refer: Refer) -> Position | None:
    """'X is against the plan' / 'X is in favour of the plan' (a copula with a side-taking phrase)."""
    for attr in (c for c in clause.children if c.dep_ == "attr"):
        partisan = partisan_position(attr, refer)
        if partisan is not None:
            return None if is_negated(clause) else partisan  # "not a supporter of X" takes no clear side
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
