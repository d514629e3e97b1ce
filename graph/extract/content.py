"""Whether the words of a topic label name an issue: the content check of `targets.topic_label`.

"looking", "key changes", "extra £5m", "Mr Smith" and "the voters" name no issue; "points system",
"a change in the law", "the Tory proposals" and "releasing the detainees" do. The word lists are data
in `topicwords`.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.personwords import HONORIFICS, ROLE_HEADS
from graph.extract.topicwords import (
    AMOUNT_WORDS,
    EMPTY_VERBS,
    MASS_ISSUES,
    NON_ISSUE_ENTITIES,
    PEOPLE_NOUNS,
    VAGUE_MODIFIERS,
    VAGUE_NOUNS,
)

AMOUNT_ENTITIES = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL"})
_HONORIFIC_WORDS = frozenset(h.rstrip(".") for h in HONORIFICS)
_ACTOR_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})
_MORE = frozenset({"more", "fewer", "less", "extra", "additional", "further"})


def is_content(tok: Token, phrase: frozenset[int] = frozenset()) -> bool:
    """A word of `phrase` (token indices) that names part of an issue: not a vague verb, head or modifier,
    an amount or an actor."""
    lemma = tok.lemma_.lower()
    if tok.is_punct or tok.like_num or not any(c.isalpha() for c in tok.text):
        return False
    if tok.is_stop and tok.pos_ not in {"NOUN", "VERB", "PROPN"}:
        return False
    if tok.dep_ in {"acomp", "oprd"} and tok.pos_ == "ADJ":
        return lemma not in VAGUE_MODIFIERS  # "remain British", "stay neutral": the state is the issue
    if tok.lower_.rstrip(".") in _HONORIFIC_WORDS:
        return False
    modifier = tok.dep_ in {"compound", "poss", "amod", "nmod"} and tok.head.pos_ == "NOUN" \
        and not tok.head.ent_type_
    if tok.ent_type_ in _ACTOR_ENTITIES and modifier:
        return True  # "the Tory proposals", "Smith's plan": the owner tells which plan
    if tok.ent_type_ in NON_ISSUE_ENTITIES or lemma in ROLE_HEADS or is_amount(tok):
        return False
    if tok.pos_ in {"VERB", "AUX"}:  # "standing down", "setting up": the particle makes the issue
        return lemma not in EMPTY_VERBS or any(c.dep_ == "prt" for c in tok.children)
    if tok.pos_ in {"NOUN", "PROPN"}:
        # a noun modifier tells which one ("points system", "party sums"), and so does the object of a
        # preposition ("a change in the law"); a vague head alone does not ("the changes", "a system")
        if modifier or tok.dep_ == "pobj" and tok.head.i in phrase and lemma not in PEOPLE_NOUNS:
            return True
        if lemma in MASS_ISSUES and tok.tag_ == "NN" and not any(
                c.dep_ in {"det", "amod", "poss"} and c.lower_ != "no" for c in tok.children):
            return True  # "no change is needed": change itself is the issue
        if tok.dep_ == "dobj" and tok.head.i in phrase and tok.head.lemma_.lower() not in EMPTY_VERBS:
            return lemma not in VAGUE_NOUNS  # "releasing the detainees": what is done to them is the issue
        return not {lemma, tok.lower_} & (VAGUE_NOUNS | PEOPLE_NOUNS)
    return lemma not in VAGUE_MODIFIERS and tok.lower_ not in VAGUE_MODIFIERS


def has_content(tokens: list[Token]) -> bool:
    """Some word of the phrase names an issue ("key changes", "looking", "extra £5m" do not)."""
    phrase = frozenset(t.i for t in tokens)
    return any(is_content(t, phrase) for t in tokens)


def is_amount(tok: Token) -> bool:
    """'£20m', '5bn', '3 million': a sum (the recogniser does not always tag it)."""
    if tok.ent_type_ in AMOUNT_ENTITIES or tok.lower_ in AMOUNT_WORDS:
        return True
    return tok.pos_ in {"NOUN", "PROPN"} and any(
        c.like_num or c.tag_ == "$" for c in tok.children if c.dep_ in {"nummod", "nmod", "quantmod"})


def people_head(tok: Token) -> bool:
    """'senior officers', 'the voters': who is talked about; 'more officers' asks for them, an issue."""
    return tok.lemma_.lower() in PEOPLE_NOUNS and not any(
        c.lower_ in _MORE or c.like_num for c in tok.children if c.dep_ in {"amod", "nummod", "advmod"})
