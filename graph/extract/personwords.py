"""Word lists about people: honorifics, role-title words and heads, government role words,
collective subjects and gendered pronouns. Data only; `mentions.py`, `actors.py`,
`roles.py`, `holders.py` and others use them.
"""

from __future__ import annotations

# Honorifics dropped from person names; they do not tell who a person speaks for.
HONORIFICS: frozenset[str] = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady",
    "baroness", "baron", "prof", "prof.", "professor", "rev", "rev.", "reverend", "senator", "sen.",
    "rep.", "gov.", "president", "judge", "justice", "father", "sister", "brother", "king", "queen",
    "prince", "princess", "general", "gen.", "colonel", "col.", "captain", "capt.", "admiral",
    "chancellor", "minister", "premier", "pm", "mp", "mep", "secretary", "commissioner", "ambassador",
    "chairman", "governor", "mayor", "cardinal", "pope", "sheikh", "emir", "leader", "archbishop", "bishop",
})

# Words that form role titles ("Foreign Minister", "Secretary of State", "Special Envoy for …").
TITLE_WORDS: frozenset[str] = frozenset({
    "minister", "secretary", "president", "vice", "prime", "chancellor", "aide", "advisor", "adviser",
    "envoy", "representative", "senator", "spokesman", "spokeswoman", "spokesperson", "leader", "chairman",
    "chairwoman", "chair", "head", "director", "ambassador", "governor", "mayor", "mp", "mep", "deputy",
    "shadow", "general", "commissioner", "chief", "king", "queen", "premier", "official", "negotiator",
    "secretary-general", "speaker", "attorney", "judge", "foreign", "defence", "defense", "home", "trade",
    "industry", "health", "education", "culture", "transport", "environment", "finance", "economy",
    "treasury", "interior", "justice", "work", "pensions", "state", "special", "national", "security",
    "presidential", "senior", "former", "acting", "interim", "executive", "party", "campaign",
    "policy", "affairs", "cabinet", "office", "constitutional", "international", "development", "energy",
    "media", "sport", "family", "women", "equality", "northern", "ireland", "scotland", "wales",
    "scottish", "welsh", "commons", "lords", "house", "whip", "financial", "economic",
    "agriculture", "rural", "local", "government", "communities", "immigration", "europe", "european",
    "middle", "east", "for", "of", "the", "and", "lord", "minster", "co-chairman", "co-ordinator",
    "coordinator", "candidate", "member", "backbencher", "peer", "councillor", "boss", "founder",
    "cardinal", "archbishop", "bishop", "dr", "msp", "mla", "constable", "assistant",
})

# Heads of a role title: the last word of a role must be one of these.
ROLE_HEADS: frozenset[str] = frozenset({
    "minister", "secretary", "president", "chancellor", "aide", "advisor", "adviser", "envoy",
    "representative", "senator", "spokesman", "spokeswoman", "spokesperson", "leader", "chairman",
    "chairwoman", "chair", "head", "director", "ambassador", "governor", "mayor", "mp", "mep", "commissioner",
    "chief", "king", "queen", "premier", "official", "negotiator", "secretary-general", "speaker",
    "attorney", "judge", "whip", "co-chairman", "coordinator", "co-ordinator", "candidate", "member",
    "backbencher", "peer", "councillor", "boss", "founder", "deputy", "general", "cardinal", "archbishop",
    "bishop", "msp", "mla", "constable",
})

# Words that make an office one its holder does not hold now: "the chancellor" is not the shadow chancellor.
NOT_IN_OFFICE: frozenset[str] = frozenset({"shadow", "former", "ex"})

# Role words of a government office, and words that show a role is not one ("shadow", "party").
GOVERNMENT_ROLE_WORDS: frozenset[str] = frozenset({
    "minister", "secretary", "chancellor", "premier", "ambassador", "envoy", "attorney", "solicitor",
})

NON_GOVERNMENT_ROLE_WORDS: frozenset[str] = frozenset({
    "shadow", "party", "union", "spokesman", "spokeswoman", "former", "opposition",
})

# Collective subjects that stand for every main participant of the document.
COLLECTIVE_SUBJECTS: frozenset[str] = frozenset({
    "both sides", "both parties", "the parties", "the sides", "the two sides", "the two countries",
    "both countries", "the two nations", "both nations", "the two governments", "both governments",
    "the two delegations", "both delegations", "the two leaders", "both leaders", "the delegations",
    "the two parties", "all parties", "the countries",
})

PRONOUN_PERSON: frozenset[str] = frozenset({"he", "she", "his", "her"})

MALE_HONORIFICS: frozenset[str] = frozenset({"mr", "sir", "lord", "baron", "king", "prince", "father"})

FEMALE_HONORIFICS: frozenset[str] = frozenset({"mrs", "ms", "miss", "lady", "dame", "baroness", "queen",
                                               "princess", "sister"})

PRONOUN_GENDER: dict[str, str] = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
