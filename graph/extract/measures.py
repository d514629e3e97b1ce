"""Laws, bills and measures named by their title or by what they do, for `targets.topic_label`.

"the Clean Rivers Bill" is its name; "the law banning street parking" and "a scheme giving
pensioners free travel" are what they do ("banning street parking"). A bare "law" or "bill" names no
issue; these are the ways a text says which one.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.topicwords import SPEECH_PARTICIPLES

# Title words that end the name of a law ("the Kite Flying Act", "the Clean Rivers Bill").
LAW_TITLE_WORDS: frozenset[str] = frozenset({"bill", "act", "acts", "directive", "convention", "treaty"})
# Measure nouns that name no issue until said what they do ("the law banning X", "a scheme letting X").
MEASURES_NAMED_BY_ACTION: frozenset[str] = frozenset({
    "law", "bill", "legislation", "measure", "rule", "regulation", "plan", "scheme", "proposal", "policy",
    "reform", "programme", "program", "initiative", "package", "act", "amendment", "directive", "order",
})
# Participles that report speech or name no action ("the bill, saying …", "the plan being …").
_NO_ACTION_PARTICIPLES = SPEECH_PARTICIPLES | frozenset({
    "be", "have", "include", "involve", "come", "go", "follow", "cost", "affect", "concern", "cover",
    "relate", "apply", "surround", "face",
})
_ENTITY_TYPES = frozenset({"ORG", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT"})


def named_law(tok: Token) -> str | None:
    """'the Clean Rivers Bill' (any token of it): the law's name, when the recogniser tagged it
    as a name ending in a title word such as "Bill" or "Act"."""
    if tok.ent_type_ not in _ENTITY_TYPES:
        return None
    span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if span is None or len(span) < 2:
        return None
    last = span[-1]
    if last.lower_ not in LAW_TITLE_WORDS or not last.text[:1].isupper():
        return None
    words = [t.text for t in span if t.lower_ not in {"the", "a", "an"}]
    return " ".join(words) if len(words) >= 2 else None


def what_it_does(tok: Token) -> Token | None:
    """'the law banning street parking' → "banning": the participle saying what a measure does."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in MEASURES_NAMED_BY_ACTION:
        return None
    return next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > tok.i
                 and c.lemma_.lower() not in _NO_ACTION_PARTICIPLES
                 and any(g.dep_ in {"dobj", "prep", "prt", "xcomp"} for g in c.children)), None)
