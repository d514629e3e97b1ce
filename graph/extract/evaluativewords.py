"""Word lists that judge: positive and negative evaluative words, 'ill-' prefixes, soundness
phrases, negative effects and feeling nouns. Data only; the clause readers (`positions.py`, `evaluations.py`,
`demands.py`, `clauses.py`) and `stances.py` use them.
"""

from __future__ import annotations

from graph.records import Polarity

POSITIVE_WORDS: frozenset[str] = frozenset({
    "useful", "productive", "successful", "important", "crucial", "vital", "essential", "key", "good",
    "right", "necessary", "fair", "welcome", "beneficial", "positive", "constructive", "sensible",
    "helpful", "valuable", "great", "excellent", "step", "progress", "breakthrough", "success",
    "achievement", "priority", "possible", "reasonable", "justified", "legitimate", "appropriate",
    "effective", "sound", "worthwhile", "encouraging", "promising", "better", "best", "fine", "needed",
    "committed", "determined", "ready", "willing", "keen", "eager", "open", "prepared", "confident",
    "proud", "pleased", "delighted", "happy", "glad", "supportive", "durable", "sustainable", "lasting",
    "achievable", "affordable", "popular", "strong", "fairer", "improvement", "boost", "triumph",
    "fantastic", "brilliant", "balanced", "responsible", "prudent",
    "bold", "radical", "progressive", "modern", "robust", "workable", "credible", "desirable", "advantage",
    "opportunity", "justice", "win", "victory", "milestone", "landmark", "welcomed",
    # praise of a measure: "long overdue", "a commendable step", "a pragmatic approach"
    "overdue", "commendable", "admirable", "laudable", "generous", "decent", "courageous", "proportionate",
    "pragmatic", "realistic", "timely", "impressive", "wonderful", "terrific", "tremendous", "boon",
    "lifeline", "worthy", "common-sense", "commonsense", "enlightened", "visionary", "paramount",
    # lawfulness and worth: "the ban was lawful", "it is worth debating a cap"
    "acceptable", "lawful", "worth",
})

NEGATIVE_WORDS: frozenset[str] = frozenset({
    "unacceptable", "wrong", "desperate", "misdirected", "misguided", "mistaken", "mistake", "flawed",
    "unfair", "dangerous", "bad", "absurd", "ridiculous", "disgrace", "disgraceful", "damaging",
    "unworkable", "shambles", "chaos", "failure", "unnecessary", "irresponsible", "illegal", "unjust",
    "threat", "error", "outrage", "outrageous", "scandal", "scandalous", "nonsense", "farce", "useless",
    "pointless", "harmful", "risky", "reckless", "foolish", "naive", "cynical", "shameful", "worse",
    "worst", "fiasco", "disaster", "disastrous", "unhelpful", "counterproductive", "excessive",
    "unrealistic", "unjustified", "inadequate", "insufficient", "poor", "gimmick", "stunt", "con",
    "sham", "betrayal", "blow", "attack", "concerned", "worried", "opposed", "against", "unhappy",
    "angry", "furious", "disappointed", "sceptical", "skeptical", "deplorable", "appalling",
    "impossible", "difficult", "unclear", "unconvincing", "incompetent", "unwilling", "reluctant",
    "unprepared", "hostile", "hypocritical", "hypocrisy", "confusion", "muddle", "mess",
    "costly", "expensive", "waste", "crisis", "problem", "problems", "authoritarian",
    "unjustifiable", "indefensible", "undemocratic", "arrogant", "complacent", "dishonest", "misleading",
    "divisive", "draconian", "shameless", "incoherent", "chaotic", "ludicrous", "laughable",
    "bossy", "interfering", "failed", "failing", "broken", "weak", "corrupt", "sleazy", "lazy", "unfit",
    "discredited", "botched", "shoddy", "half-baked", "cruel", "heartless", "unpopular", "regressive",
    "undesirable", "unwelcome", "unsafe", "unsustainable", "unaffordable", "inhumane", "sinister",
    "dreadful", "terrible", "awful", "appalled", "alarming", "worrying", "disturbing", "offensive",
    "crass", "ignorant", "devastating", "unreformable", "fraudulent", "bogus", "lax", "stealth",
    "unfounded", "pathetic", "irrelevant", "ineffective",
    "catastrophic", "perverse", "iniquitous", "rebuke", "scar",
    # criticism of a measure: "disproportionate", "illiberal", "a smokescreen", "a travesty"
    "disproportionate", "unreasonable", "unenforceable", "impractical", "illiberal", "oppressive",
    "discriminatory", "unconstitutional", "unlawful", "wasteful", "shortsighted", "misconceived",
    "wrongheaded", "retrograde", "regrettable", "hopeless", "inept", "premature",
    "insult", "insulting", "smokescreen", "loophole", "travesty", "charade", "whitewash", "fudge",
    "bureaucratic", "burdensome", "unaccountable", "secretive", "unfunded", "uncosted", "unproven",
    "untested", "contradictory", "inconsistent", "immoral", "unethical", "insensitive", "patronising",
    "patronizing", "populist", "opportunistic", "shambolic", "troubling", "climbdown", "folly",
    "hardship", "misery", "suffering", "havoc", "turmoil",
    "stupid", "careless", "thoughtless",
    # dismissals: "dismissed the research as complete rubbish", "scaremongering"
    "rubbish", "garbage", "claptrap", "drivel", "tosh", "twaddle", "scaremongering", "smear", "myth",
    # "an abuse of power", "incompatible with human rights", "anathema to", "racist", "a parody"
    "incompatible", "anathema", "worthless", "inappropriate", "disappointing", "flaw",
    "racist", "sexist", "xenophobic", "homophobic", "bigoted", "parody",
    # "X was a real concern", "the emphasis on X is misplaced", "a silly idea", "the main danger"
    "concern", "danger", "misplaced", "silly", "nasty", "staggering", "corrosive", "adverse", "detrimental",
})

# Prefixes of hyphenated judgements the tokenizer splits ("ill-advised", "badly-drafted", "half-baked").
ILL_PREFIXES: frozenset[str] = frozenset({"ill", "badly", "poorly", "half", "mis"})

# Phrasal verbs that say a plan is sound; negated they condemn their subject ("the sums do not add up").
SOUNDNESS_PHRASES: frozenset[tuple[str, str]] = frozenset({
    ("add", "up"), ("stack", "up"), ("hold", "water"), ("work", "out"),
})

# Nouns that, as an effect, condemn their cause (also verbs, so kept out of NEGATIVE_WORDS).
NEGATIVE_EFFECTS: frozenset[str] = frozenset({"damage", "harm", "loss", "losses", "uncertainty", "delay",
                                              "delays", "closure", "closures", "difficulty", "difficulties",
                                              "conflict", "tension", "tensions"})

# Feelings that "there is … about X" reports: "there is deep disquiet about the plan" → against it.
FEELING_NOUNS: dict[str, Polarity] = {
    **{w: "Oppose" for w in ("disquiet", "concern", "anger", "unease", "opposition", "fury", "outrage",
                              "resistance", "doubt", "worry", "anxiety", "hostility", "scepticism", "alarm",
                              "dismay", "frustration", "resentment")},
    **{w: "Support" for w in ("support", "enthusiasm", "backing", "appetite", "demand", "sympathy")},
}

# Judging nouns that are also verbs with another sense: "an abuse of power" condemns, "rights were abused"
# does not condemn the rights.
NEGATIVE_NOUNS: frozenset[str] = frozenset({"abuse", "abuses"})

# Verbs that say their subject went wrong: "the scheme backfired" judges the scheme.
FAILING_VERBS: frozenset[str] = frozenset({"backfire", "misfire", "flop", "founder", "falter"})

# Set phrases that judge what they are said of ("the deal is a recipe for disaster", "called the cut a slap in
# the face", "described the review as a step backwards"). Matched as whole words inside the predicate's
# phrase, before its single words ("a step backwards" is no praise although "step" is). Hyphens are joined.
EVALUATIVE_IDIOMS: dict[str, Polarity] = {
    **{p: "Oppose" for p in (
        "recipe for disaster", "recipe for chaos", "recipe for confusion", "raw deal", "bad deal",
        "slap in the face", "kick in the teeth", "stab in the back", "sticking plaster", "white elephant",
        "thin end of the wedge", "non-starter", "damp squib", "own goal", "dead end", "dead duck",
        "blank cheque", "red herring", "slippery slope", "cop-out", "window dressing", "window-dressing",
        "smoke and mirrors", "sleight of hand", "pie in the sky", "lip service", "hot air", "empty promise",
        "empty promises", "empty gesture", "broken promise", "broken promises", "half measure",
        "half measures", "half-measure", "half-measures", "nail in the coffin", "death knell",
        "step backwards", "step backward", "backward step", "retrograde step", "step back",
        "wrong direction", "rip-off", "daylight robbery", "tax grab", "power grab", "cash grab",
        "political football", "nanny state", "fig leaf", "body blow", "hammer blow", "knee-jerk",
        "kneejerk", "half-hearted", "poor value", "bad value", "waste of time", "waste of money",
        "back door", "backdoor", "gravy train", "witch hunt", "witch-hunt", "stitch-up", "con trick",
        "leap in the dark", "shot in the dark", "grubby deal", "shabby deal", "rotten deal",
    )},
    **{p: "Support" for p in (
        "step in the right direction", "right direction", "breath of fresh air", "shot in the arm",
        "no-brainer", "game changer", "game-changer", "good value", "value for money", "money well spent",
        "step change", "good deal", "fair deal", "better deal", "good news", "fit for purpose",
        "welcome relief", "long overdue", "common sense", "step forward", "leap forward", "great leap",
    )},
}
