"""Word lists (data) that decide whether a topic label names an issue or is empty of content.

A label such as "looking", "key changes", "establishing system" or "extra £5m" names no issue: every
word in it is a vague verb, a generic head, a vague modifier or an amount. `targets.has_content` uses
these lists; a label with no content word is no topic.
"""

from __future__ import annotations

# Verbs whose gerund names no issue by itself ("looking", "expecting", "acting", "helping").
EMPTY_VERBS: frozenset[str] = frozenset({
    "be", "have", "do", "get", "go", "come", "happen", "make", "take", "try", "put", "give", "keep", "let",
    "look", "expect", "act", "mean", "guess", "follow", "help", "show", "realise", "realize", "work",
    "assume", "occur", "fall", "prevail", "remain", "stay", "establish", "identify", "ensure", "judge",
    "allow", "behave", "serve", "confirm", "lead", "use", "need", "want", "seem", "appear", "become",
    "bring", "set", "hold", "run", "turn", "carry", "stand", "wait", "prepare", "manage", "achieve",
    "handle", "deal", "proceed", "continue", "start", "begin", "consider", "see", "think", "know",
    "decide", "choose", "find", "move", "respond", "react", "play", "leave",
    "say", "tell", "ask", "feel", "believe", "hope",
})

# Heads that need a complement to name an issue ("the changes", "the plans", "the system").
VAGUE_NOUNS: frozenset[str] = frozenset({
    "plan", "scheme", "proposal", "idea", "bill", "measure", "move", "policy", "legislation", "reform",
    "change", "initiative", "law", "project", "programme", "program", "system", "package", "strategy",
    "blueprint", "decision", "deal", "shake-up", "overhaul", "review", "issue", "suggestion", "option",
    "approach", "demand", "call", "request", "proposition", "thing", "matter", "step", "action", "way",
    "one", "case", "point", "part", "lot", "kind", "sort", "type", "area", "aspect", "detail", "element",
    "arrangement", "announcement", "effort", "attempt", "bid", "process",
    "question", "problem", "situation", "position", "stance", "view", "comment", "remark", "statement",
    "report", "claim", "promise", "pledge", "commitment", "concern", "priority", "agenda", "government",
    "ministry", "party", "people", "time", "year", "day", "week", "month", "figure", "number", "sum",
    "amount", "money", "cash", "fund", "funding", "something", "everything", "anything", "nothing",
    "more", "much", "most", "all", "rest", "quote", "word", "message", "episode", "event", "moment",
    "chance", "opportunity", "plenty", "job", "role", "task", "work", "manner", "method", "means",
    "result", "outcome", "consequence", "effect", "impact", "answer", "response", "reply", "solution",
    "paper", "news", "item", "story", "headline", "observation", "assertion", "argument",
})

# Modifiers that do not make a vague head specific ("key changes", "the new plans", "further measures").
VAGUE_MODIFIERS: frozenset[str] = frozenset({
    "key", "major", "main", "new", "further", "more", "extra", "additional", "other", "some", "latest",
    "recent", "proposed", "planned", "big", "bigger", "significant", "important",
    "sufficient", "necessary", "possible", "certain", "various", "such", "so-called", "real", "whole",
    "full", "final", "first", "next", "last", "own", "same", "different", "particular", "specific",
    "general", "overall", "wide", "broad", "radical", "controversial", "substantial", "serious", "little",
    "much", "many", "few", "several", "most", "less", "least", "good", "better", "best", "bad", "worse",
    "great", "huge", "large", "small", "long", "short", "high", "low", "early", "late", "previous",
    "earlier", "later", "similar", "original", "initial", "actual", "simple", "clear",
    "kind", "sure", "tough", "hard", "strong", "detailed", "fresh", "revised", "draft", "future",
    "present", "former", "old", "only", "very", "too", "also", "just", "even", "still", "well", "so",
    "not", "sufficiently", "far", "seriously", "quickly", "now", "then", "here", "there", "up", "out",
    "down", "off", "away", "back", "on", "in", "over", "again", "together", "ahead", "forward",
})

# Entity types that name actors or amounts, not issues ("Jane Doe", "Tory", "£5m", "2005").
NON_ISSUE_ENTITIES: frozenset[str] = frozenset({
    "PERSON", "NORP", "ORG", "GPE", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL",
})

# People and groups: as the head of a label they name who is talked about, not an issue ("voters",
# "the families"); as a modifier they can tell which issue ("voters' rights", "family tax credit").
PEOPLE_NOUNS: frozenset[str] = frozenset({
    "people", "person", "voter", "public", "patient", "family", "other", "man", "woman", "men", "women",
    "child", "children", "politician", "group", "pair", "side", "member", "supporter", "critic", "officer",
    "official", "colleague", "rival", "opponent", "ally", "friend", "delegate", "activist", "campaigner",
    "resident", "citizen", "worker", "employee", "employer", "student", "pupil", "parent", "teacher",
    "doctor", "nurse", "taxpayer", "pensioner", "mother", "father", "son", "daughter", "wife", "husband",
    "everyone", "everybody", "someone", "somebody", "anyone", "nobody", "audience", "crowd", "backbencher",
    "rebel", "detainee", "suspect", "prisoner", "victim", "individual", "elector", "electorate", "leadership",
    "police", "mp", "mps", "peer", "troops", "army", "staff", "union", "unions", "country", "nation",
    "newspaper", "journalist", "reporter", "cabinet", "minority", "britons",
})

# Vague heads that name an issue when used as a mass noun ("no change is needed", "they resist reform"),
# but not as a count noun ("the changes", "key reforms": the changes named elsewhere).
MASS_ISSUES: frozenset[str] = frozenset({"change", "reform", "progress", "action"})

# Units of amounts: "£20m", "5bn", "3 million", "10 per cent" name a sum, not what it is for.
AMOUNT_WORDS: frozenset[str] = frozenset({
    "m", "bn", "m.", "bn.", "k", "p", "million", "billion", "trillion", "thousand", "hundred", "pound",
    "pence", "penny", "dollar", "euro", "cent", "percent", "%", "per", "tn",
})

# Words that turn an issue into another one when added to its label: a position on "ban on X" or
# "abolishing X" is not the same position on "X" ("whaling" vs "ban on whaling"). Prefixes of
# the word stems (`names.topic_key`), and whole short words.
FRAME_STEMS: tuple[str, ...] = (
    "abolish", "abolit", "scrap", "lift", "ban", "stop", "reduc", "oppos", "block", "delay", "drop",
    "repeal", "freez", "cap", "limit", "restrict", "remov", "withdraw", "reject", "anti", "against",
    "without", "review", "reform", "chang", "replac", "curb", "cut", "end", "halt", "suspen", "rais",
    "increas", "rise", "ris", "lower", "higher", "tax", "charg", "fee", "cost", "opt", "exempt",
    "critic", "protest", "postpon", "rethink", "amend", "overturn", "quash", "challeng", "prevent",
    "tackl", "fight", "combat", "refus", "deny", "deni", "veto", "resist", "scrutin", "inquir", "probe",
    "investig", "question", "doubt", "fear", "threat", "risk", "danger", "problem", "fail", "failure",
)
FRAME_WORDS: frozenset[str] = frozenset({"no", "not", "non", "nor", "never", "less", "fewer", "more"})

# Verbs of speech whose participle after a noun reports what was said, not what it is about ("the plan,
# saying …"): such a participle says nothing about which measure it is.
SPEECH_PARTICIPLES: frozenset[str] = frozenset({"say", "argue", "claim", "add", "insist", "warn", "explain",
                                                "suggest"})
