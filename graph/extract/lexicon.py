"""Word lists of the stance rules: cue verbs and nouns, phrasal cues, modals and complement verbs.

Data only; `stances.py`, `objects.py` and `targets.py` hold the logic that uses them. Evaluative words are in
`evaluativewords.py`, honorifics, titles and role words in `personwords.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.records import Polarity


@dataclass(frozen=True)
class Cue:
    """What a cue lemma means: the polarity it gives its object, the speech act and a base confidence.

    `report` cues (say, insist…) take their polarity from the complement clause instead.
    """

    polarity: Polarity
    act: str
    confidence: float
    report: bool = False


def _cues(
    polarity: Polarity, act: str, confidence: float, lemmas: str, *, report: bool = False
) -> dict[str, Cue]:
    return {lemma: Cue(polarity, act, confidence, report) for lemma in lemmas.split()}


# Verbs whose subject takes a position on the object or the complement.
VERB_CUES: dict[str, Cue] = {  # "rule" reports a court's ruling; "rule out" is a phrasal rejection
    **_cues("Neutral", "state", 0.6,
            "say state note add tell explain claim argue insist believe think suggest emphasise emphasize "
            "stress underscore highlight maintain declare announce assert contend predict point reply "
            "acknowledge admit concede confirm reaffirm reiterate recognise recognize observe remark "
            "signal indicate feel hope fear told write decide rule", report=True),
    **_cues("Neutral", "warn", 0.6, "warn caution", report=True),
    **_cues("Support", "propose", 0.8, "propose unveil table float outline draft recommend"),
    **_cues("Support", "propose", 0.7, "introduce"),
    **_cues("Support", "support", 0.6, "implement enforce"),  # "the government is implementing X"
    **_cues("Support", "support", 0.8,
            "support back endorse favour favor welcome champion defend applaud embrace approve accept "
            "advocate uphold"),
    **_cues("Support", "agree", 0.8, "agree"),
    **_cues("Support", "pledge", 0.8, "pledge vow promise commit guarantee"),
    **_cues("Support", "demand", 0.8, "urge demand press seek want request push"),
    **_cues("Support", "plan", 0.7, "plan intend aim prepare"),
    **_cues("Oppose", "reject", 0.8,
            "reject oppose refuse dismiss overrule veto block resist deny scrap abandon shelve boycott "
            "rebuff spurn disagree"),
    **_cues("Oppose", "criticise", 0.8,
            "criticise criticize condemn denounce attack slam blast deplore lambast lambaste decry "
            "question challenge accuse blame ridicule mock deride"),
    **_cues("Oppose", "warn", 0.7, "fear"),
}

# Collocations that change the meaning of a cue: (lemma, particle or preposition) → cue.
PHRASAL_CUES: dict[tuple[str, str], Cue] = {
    ("call", "for"): Cue("Support", "demand", 0.85),
    ("call", "on"): Cue("Support", "demand", 0.8),
    ("call", "upon"): Cue("Support", "demand", 0.8),
    ("appeal", "for"): Cue("Support", "demand", 0.8),
    ("plead", "for"): Cue("Support", "demand", 0.8),
    ("lobby", "for"): Cue("Support", "demand", 0.8),
    ("fight", "for"): Cue("Support", "support", 0.75),
    ("fight", "against"): Cue("Oppose", "reject", 0.75),
    ("protest", "against"): Cue("Oppose", "reject", 0.8),
    ("speak", "out"): Cue("Oppose", "criticise", 0.6),
    ("push", "for"): Cue("Support", "demand", 0.8),
    ("press", "for"): Cue("Support", "demand", 0.8),
    ("argue", "for"): Cue("Support", "support", 0.8),
    ("argue", "against"): Cue("Oppose", "reject", 0.8),
    ("speak", "against"): Cue("Oppose", "reject", 0.8),
    ("vote", "against"): Cue("Oppose", "reject", 0.85),
    ("vote", "for"): Cue("Support", "support", 0.85),
    ("campaign", "for"): Cue("Support", "support", 0.8),
    ("campaign", "against"): Cue("Oppose", "reject", 0.8),
    ("warn", "against"): Cue("Oppose", "warn", 0.8),
    ("warn", "of"): Cue("Oppose", "warn", 0.7),
    ("rule", "out"): Cue("Oppose", "reject", 0.8),
    ("back", "away"): Cue("Oppose", "reject", 0.6),
    ("draw", "attention"): Cue("Oppose", "criticise", 0.6),
    ("agree", "on"): Cue("Support", "agree", 0.85),
    ("agree", "to"): Cue("Support", "agree", 0.85),
    ("commit", "to"): Cue("Support", "pledge", 0.8),
    ("object", "to"): Cue("Oppose", "reject", 0.8),
    ("hit", "out"): Cue("Oppose", "criticise", 0.8),
    ("hit", "back"): Cue("Oppose", "criticise", 0.75),
    ("stand", "by"): Cue("Support", "support", 0.7),
    ("set", "out"): Cue("Support", "propose", 0.7),
    ("spell", "out"): Cue("Support", "propose", 0.7),
    ("put", "forward"): Cue("Support", "propose", 0.75),
    ("come", "out"): Cue("Neutral", "state", 0.5),
    # going on with a measure: "pressed ahead with the reform", "will proceed with the plan"
    ("press", "ahead"): Cue("Support", "support", 0.75),
    ("push", "ahead"): Cue("Support", "support", 0.75),
    ("go", "ahead"): Cue("Support", "support", 0.7),
    ("forge", "ahead"): Cue("Support", "support", 0.75),
    ("move", "ahead"): Cue("Support", "support", 0.7),
    ("plough", "ahead"): Cue("Support", "support", 0.75),
    ("proceed", "with"): Cue("Support", "support", 0.7),
}

# Nouns that carry a stance when a holder "expresses" / "has" them or owns them ("X's support for Y").
NOUN_CUES: dict[str, Cue] = {
    **_cues("Support", "agree", 0.8, "agreement consent deal accord"),
    **_cues("Support", "support", 0.75, "support backing willingness readiness commitment interest "
            "determination desire wish intention"),
    **_cues("Support", "propose", 0.75, "proposal plan offer call demand bid initiative appeal plea "
            "decision attempt pledge promise"),
    **_cues("Oppose", "reject", 0.75, "opposition rejection objection refusal veto concern criticism "
            "resistance"),
    # "gave a cautious welcome to X", "voiced reservations about X" ("attack" is left out: in conflict
    # news "their attack on a power plant" is no criticism)
    **_cues("Support", "support", 0.7, "welcome endorsement approval praise enthusiasm"),
    **_cues("Oppose", "criticise", 0.7, "condemnation disapproval reservation reservations "
            "scepticism skepticism anger"),
    **_cues("Neutral", "state", 0.55, "view position belief claim argument insistence statement warning"),
    # a court's finding states what it judges: "a Supreme Court ruling that the detention was unlawful"
    **_cues("Neutral", "state", 0.6, "ruling judgement judgment verdict finding"),
}

# Light verbs whose object noun is the real cue: "expressed agreement with", "voiced concern about".
LIGHT_VERBS: frozenset[str] = frozenset({
    "express", "voice", "reaffirm", "signal", "declare", "state", "show", "confirm", "reiterate", "give",
    "offer", "register", "raise", "make", "announce", "demonstrate", "have", "lend", "pledge", "repeat",
    "renew", "restate", "stress", "underline", "emphasise", "emphasize", "highlight",
    "join", "echo",  # "joined calls for an inquiry", "echoed criticism of the scheme"
})

# Nouns whose "of"/"in"/"to" complement is the real issue ("the importance of cutting emissions").
ABSTRACT_HEADS: frozenset[str] = frozenset({
    "importance", "need", "necessity", "value", "significance", "idea", "principle", "prospect",
    "bid", "attempt", "move", "moves", "push", "call", "calls", "demand", "demands", "decision", "threat",
    "possibility", "interest", "issue", "question", "matter", "goal", "aim", "policy", "case",
    "willingness", "readiness", "commitment", "desire", "wish", "basis", "way", "ways", "effort", "efforts",
    "prospects", "benefit", "benefits", "subject", "topic", "plan", "plans", "proposal", "proposals",
    "support", "opposition", "agreement", "view", "concept", "notion", "process", "hope", "creation",
    "danger", "risk", "lack", "problem", "problems", "use", "terms", "part", "kind", "sort",
})


# Participles that make a noun someone's measure: "X's planned road tolls", "measures outlined by X".
MEASURE_PARTICIPLES: frozenset[str] = frozenset({
    "plan", "propose", "promise", "intend", "moot", "outline", "unveil", "announce", "introduce", "table",
    "pledge", "float", "draft",
    # the same as adjectives, which the tagger often makes of them ("the council's planned charge")
    "planned", "proposed", "promised", "intended", "mooted", "outlined", "unveiled", "announced",
    "introduced", "tabled", "pledged", "floated", "drafted",
})
# Measures whose clause says what they do: "suspects will face curfews under plans unveiled by X".
LEAD_MEASURE_NOUNS: frozenset[str] = frozenset({
    "plan", "proposal", "measure", "scheme", "reform", "overhaul", "shake-up", "package", "blueprint",
    "initiative", "strategy", "change", "rule", "law", "legislation", "bill",
})
# Measures whose to-infinitive is their owner's purpose: "X's bill to change the law".
PURPOSE_MEASURE_NOUNS: frozenset[str] = frozenset({
    "bill", "amendment", "motion", "scheme", "policy", "strategy", "measure", "legislation", "reform",
    "package", "campaign", "drive", "crackdown", "blueprint", "law",
})
# Reporting verbs whose direct object is a measure the subject puts forward ("announced a cash hand-out"):
# annotators code an announced measure as support for it.
ANNOUNCING_VERBS: frozenset[str] = frozenset({"announce"})
# Announced things that are events or facts, not measures ("announced her resignation", "the results").
ANNOUNCED_NON_MEASURES: frozenset[str] = frozenset({
    "resignation", "retirement", "departure", "candidacy", "candidature", "death", "result", "results",
    "figure", "figures", "date", "details", "name", "names", "winner", "engagement", "arrival", "intention",
    "election",
})
# Nouns whose that-clause the speaker asserts ("there is growing evidence that X is unsustainable").
EVIDENCE_NOUNS: frozenset[str] = frozenset({"evidence", "proof", "sign", "indication", "fact"})
# Nouns whose that-clause is what a welcome or a criticism is about ("welcomed news that X").
FACT_NOUNS: frozenset[str] = frozenset({"fact", "news", "announcement", "confirmation", "revelation"})
# Nouns naming someone's claim: "rejected claims that X" opposes X itself.
CLAIM_NOUNS: frozenset[str] = frozenset({
    "claim", "suggestion", "allegation", "idea", "notion", "argument", "assertion", "charge", "accusation",
    "view", "belief", "report", "speculation",
})

# Verbs in a complement clause that themselves carry a polarity ("said it would scrap the tax").
COMPLEMENT_SUPPORT_VERBS: frozenset[str] = frozenset({
    "support", "back", "welcome", "favour", "favor", "endorse", "introduce", "extend", "increase", "raise",
    "improve", "protect", "keep", "continue", "create", "establish", "build", "strengthen", "expand",
    "deliver", "invest", "fund", "help", "provide", "give", "offer", "bring", "restore", "boost",
    "secure", "promote", "encourage", "develop", "achieve", "ensure", "need", "require", "benefit",
    "necessitate", "guarantee", "save", "reduce",
    "work", "open", "resolve", "solve", "succeed", "win", "allow", "enable", "make", "implement",
})

# "freeze" is left out on purpose: "freeze fuel duty" is a measure coded as support for freezing it.
COMPLEMENT_OPPOSE_VERBS: frozenset[str] = frozenset({
    "oppose", "reject", "scrap", "abolish", "end", "stop", "block", "prevent", "ban", "fail",
    "undermine", "damage", "harm", "hurt", "threaten", "destroy", "weaken", "abandon", "drop", "axe",
    "halt", "veto", "resist", "risk", "waste", "mislead", "betray", "ignore", "break", "lose", "punish",
    "penalise", "penalize", "suspend", "shelve", "postpone", "delay", "ditch", "reverse",
    "repeal", "withdraw", "overturn", "outlaw", "replace", "dismantle", "lift", "deny",
})

# Nouns whose "is to V" states what the speaker wants ("the aim is to preserve tradition").
AIM_NOUNS: frozenset[str] = frozenset({"aim", "goal", "objective", "intention", "purpose", "priority",
                                       "ambition", "mission", "task", "challenge"})
# Verbs whose object is a consequence of their subject: "the levy would cause chaos" judges the levy by the
# chaos; "damage will be caused by the plans" judges the plans.
CAUSE_VERBS: frozenset[str] = frozenset({"cause", "create", "bring", "lead", "result", "spell", "trigger",
                                         "provoke", "produce", "pose"})
# Modal or semi-modal words that turn a complement into advocacy ("X should be involved").
ADVOCACY_MODALS: frozenset[str] = frozenset({"should", "must", "ought", "need", "have"})
FUTURE_MODALS: frozenset[str] = frozenset({"will", "would", "'ll", "shall", "going", "gon"})
NEGATIONS: frozenset[str] = frozenset({"not", "n't", "never", "no", "neither", "nor", "hardly"})
# Rejecting cues that, negated, leave a possibility open rather than taking the other side
# ("did not rule out a rise", "would not exclude talks"): no position either way.
HEDGED_WHEN_NEGATED: frozenset[str] = frozenset({"rule", "exclude", "dismiss"})

# Reporting verbs whose gerund is a proposed action: "suggested scrapping the levy" (not "admitted taking").
SUGGESTING_VERBS: frozenset[str] = frozenset({"suggest"})
# Verbs that, with "would", state a wish of their subject ("would like to see X" → demands X).
WISH_VERBS: frozenset[str] = frozenset({"like", "love"})
# Verbs of perception whose object is what a wish or demand is about ("want to see a cap on bonuses").
SEE_VERBS: frozenset[str] = frozenset({"see"})
# What a criticism or praise is "for"/"of" ("accused X of failing to cut taxes" → for cutting taxes;
# "accused X of planning to close schools" → against closing schools).
FAILURE_VERBS: frozenset[str] = frozenset({"fail", "refuse", "neglect", "decline"})
INTENT_VERBS: frozenset[str] = frozenset({
    "plan", "want", "try", "seek", "intend", "plot", "propose", "threaten", "attempt", "aim", "scheme",
})

# Verbs of actor → actor relations and what they mean.
RELATION_VERBS: dict[str, Cue] = {
    **_cues("Neutral", "negotiate", 0.75, "negotiate meet talk"),
    **_cues("Oppose", "criticise", 0.8, "criticise criticize condemn accuse attack blame denounce slam "
            "blast rebuke ridicule mock challenge disagree"),
    **_cues("Support", "praise", 0.8, "praise commend congratulate thank hail applaud"),
    **_cues("Support", "agree", 0.75, "agree side ally"),
    **_cues("Support", "support", 0.75, "support back endorse defend"),
}


# Nouns about talk or about actors: as a bare target they name no issue ("denied the claims").
META_NOUNS: frozenset[str] = frozenset({
    "claim", "report", "allegation", "suggestion", "accusation", "rumour", "rumor", "comment", "remark",
    "view", "story", "speculation", "statement", "party", "government", "people", "it", "move", "thing",
    "way", "point", "question", "matter", "issue", "reason", "fact", "case", "choice", "problem", "belief",
    "value", "vision", "message", "detail", "option", "priority", "agenda", "lesson", "answer",
})
# Verbs and nouns whose complement is someone else's claim, not the subject's own position
# ("suggesting the rivals planned cuts", "the claim that X backed Y").
HEARSAY_HEADS: frozenset[str] = frozenset({
    "claim", "allege", "accuse", "suggest", "suspect", "speculate", "rumour", "report", "deny", "imply",
    "allegation", "suggestion", "accusation", "speculation", "insinuate", "criticism", "charge",
})

# Verbs whose complement about someone else is the subject's expectation, not that actor's stance.
BELIEF_HEADS: frozenset[str] = frozenset({
    "hope", "wish", "expect", "predict", "believe", "think", "fear", "warn", "want", "suspect", "doubt",
    "assume", "reckon", "guess", "worry",
})
# Forms the small English pipeline lemmatises wrongly ("hoped" → "hop").
LEMMA_FIXES: dict[str, str] = {"hoped": "hope", "hoping": "hope", "hopes": "hope"}

# Verbs that name an issue on their own, without an object ("called on him to resign", "vowed to strike");
# any other bare verb ("pledged to look", "wants to continue") names no issue.
SELF_CONTAINED_ACTIONS: frozenset[str] = frozenset({
    "resign", "apologise", "apologize", "strike", "quit", "retire", "withdraw", "intervene", "negotiate",
    "boycott", "privatise", "privatize", "nationalise", "nationalize", "legislate", "devolve", "merge",
    "hunt", "smoke", "emigrate", "secede", "disarm", "retaliate", "recount", "invade",
})
# Verbs too vague to name an issue: their purpose clause does ("intends to legislate … to lower the age").
VAGUE_VERBS: frozenset[str] = frozenset({"legislate", "act", "move", "work", "try", "seek", "do", "press",
                                         "push", "step", "intervene", "use"})

# Modal words on a cue that make it a possibility, not a stated position ("could oppose").
SPECULATIVE_MODALS: frozenset[str] = frozenset({"could", "might", "may"})
# Verbs that, governing a reporting verb, cancel the statement ("declined to say").
NON_STATEMENT_HEADS: frozenset[str] = frozenset({"decline", "refuse", "fail", "expect", "likely", "unlikely"})
# Predicate adjectives whose negation turns down the cue they govern ("not prepared to accept X").
UNWILLING_NEGATED: frozenset[str] = frozenset({"prepared", "willing", "ready", "minded", "keen", "happy"})
# Verbs that, governing a cue, take the opposite position ("refused to back the change" → against it).
REFUSING_VERBS: frozenset[str] = frozenset({"refuse", "decline"})
# Verbs whose predicate complement evaluates their object ("called the levy unjustified").
EVALUATING_VERBS: frozenset[str] = frozenset({
    "call", "describe", "brand", "dub", "label", "dismiss", "condemn", "criticise", "criticize", "denounce",
    "attack", "hail", "praise", "welcome", "see", "regard", "consider", "view", "deem", "term",
})
# Subjects that mean opposition to what they say something about ("critics say X would …").
CRITIC_NOUNS: frozenset[str] = frozenset({"critic", "opponent", "sceptic", "skeptic", "detractor"})
SUPPORTER_NOUNS: frozenset[str] = frozenset({"supporter", "proponent", "advocate", "backer", "champion"})

# Heads of an object that make a reporting verb an endorsement ("recognised the importance of X").
POSITIVE_HEADS: frozenset[str] = frozenset({
    "importance", "need", "necessity", "value", "significance", "merit", "merits",
    "interest", "commitment", "willingness", "readiness", "desire", "wish", "support", "right",
})
NEGATIVE_HEADS: frozenset[str] = frozenset({"danger", "dangers", "threat", "risk", "risks", "folly"})

# Predicate adjectives whose subject holds a stance on their complement ("committed to X", "opposed to X").
PREDICATE_CUES: dict[str, Cue] = {
    **_cues("Support", "pledge", 0.75, "committed determined ready willing prepared keen eager happy "
            "open united firm adamant resolute"),
    **_cues("Oppose", "reject", 0.75, "opposed against hostile reluctant unwilling"),
    **_cues("Oppose", "criticise", 0.7,
            "critical scathing suspicious wary dismissive contemptuous sick tired sceptical skeptical"),
    **_cues("Support", "support", 0.7, "supportive enthusiastic"),
    # feelings about an issue: "worried about extending the powers", "pleased with the deal"
    **_cues("Oppose", "criticise", 0.65, "worried concerned anxious uneasy unhappy angry furious alarmed "
            "dismayed disappointed appalled dissatisfied frustrated outraged upset horrified incensed"),
    **_cues("Support", "support", 0.65, "pleased delighted satisfied heartened relieved"),
}
# Predicate adjectives judging only what follows "of"/"about"/"over" ("critical of X", not "critical to X").
OF_ADJECTIVES: frozenset[str] = frozenset({
    "critical", "scathing", "suspicious", "wary", "dismissive", "contemptuous", "sick", "tired", "sceptical",
    "skeptical", "supportive", "enthusiastic",
    "worried", "concerned", "anxious", "uneasy", "unhappy", "angry", "furious", "alarmed", "dismayed",
    "disappointed", "appalled", "pleased", "delighted",
    "dissatisfied", "frustrated", "outraged", "upset", "horrified", "incensed", "satisfied", "heartened",
    "relieved",
})
# Feelings whose cause follows "by"/"with"/"at" too ("alarmed by the plans", "pleased with the deal").
FEELING_ADJECTIVES: frozenset[str] = frozenset({
    "worried", "concerned", "anxious", "uneasy", "unhappy", "angry", "furious", "alarmed", "dismayed",
    "disappointed", "appalled", "pleased", "delighted",
    "dissatisfied", "frustrated", "outraged", "upset", "horrified", "incensed", "satisfied", "heartened",
    "relieved",
})

# Adjectives whose "for X"/"to X" names who holds the judgement ("unacceptable for X", "important to X");
# "good for X" is left out: it says X benefits, not what X thinks.
EXPERIENCER_ADJECTIVES: frozenset[str] = frozenset({
    "unacceptable", "acceptable", "important", "vital", "crucial", "essential", "key", "intolerable",
    "inadmissible", "unthinkable", "welcome", "paramount", "fundamental", "non-negotiable", "priority",
})
# Verbs that ask someone to act: "urged X to Y", "challenged X to Y" → support for Y.
DIRECTIVE_VERBS: frozenset[str] = frozenset({
    "urge", "press", "challenge", "call", "ask", "tell", "encourage", "invite", "pressure", "implore",
    "beg", "advise", "want", "demand",
})


# Nouns that imply their own holders (the participants) when nobody is named: "an agreement to X".
IMPLICIT_AGREEMENT_NOUNS: frozenset[str] = frozenset({"agreement", "accord", "consensus", "deal"})
