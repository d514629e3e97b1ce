"""A remark as a topic: "his comments were foolish", "she stood by her remarks".

Talk nouns ("the claims", "his views") name no issue as a rule (`targets._is_meta`), but when a story is
about a remark that caused a row, judging the remark is the stance. It is labelled with its speaker
when the text names one ("Jane Doe's remarks", "his remarks" after Jane Doe was named), else by itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.lexicon import COMPLEMENT_OPPOSE_VERBS
from graph.extract.personwords import FEMALE_HONORIFICS, MALE_HONORIFICS

# Nouns for something said that can be judged in its own right (not "claim" or "report": hearsay).
REMARK_NOUNS: frozenset[str] = frozenset({"remark", "comment", "jibe", "joke", "outburst", "insult", "gaffe",
                                          "slur", "quip", "taunt"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})
_PRONOUN_HONORIFICS = {"his": MALE_HONORIFICS, "her": FEMALE_HONORIFICS}
_LOOK_BACK = 2  # sentences in which the speaker of "his remarks" is looked for


def remark_label(tok: Token) -> str | None:
    """The label of a judged remark, or None if `tok` is no remark noun or says what it is about."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in REMARK_NOUNS:
        return None
    if any(c.dep_ in {"prep", "relcl", "acl"} for c in tok.children):
        return None  # "remarks on X", "remarks which likened X to Y": the content labels it
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in COMPLEMENT_OPPOSE_VERBS:
        return None  # "should withdraw the comment": the action is the issue ("withdrawing comment")
    noun = tok.lemma_.lower() + ("s" if tok.tag_ == "NNS" else "")
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ in _POSSESSIVE_PRONOUNS:
        speaker = _person_before(tok, owner.lower_)
        return f"{speaker}'s {noun}" if speaker else noun
    if owner is not None:
        return None  # "Jane Doe's remarks": the ordinary label names her
    return noun


def _person_before(tok: Token, pronoun: str) -> str | None:
    """The last person named before `tok` in its sentence or the ones just before it whose honorific
    ("Mr", "Ms") does not contradict the pronoun; "their remarks" have no one speaker."""
    if pronoun not in _PRONOUN_HONORIFICS:
        return None
    sents = list(tok.doc.sents)
    here = next((n for n, s in enumerate(sents) if s.start <= tok.i < s.end), 0)
    start = sents[max(0, here - _LOOK_BACK)].start
    people = [e for e in tok.doc.ents if e.label_ == "PERSON" and start <= e.start and e.end <= tok.i
              and not _other_gender(e[0], pronoun)
              and not (e.start and _other_gender(tok.doc[e.start - 1], pronoun))]
    return " ".join(t.text for t in people[-1] if _honorific(t) is None) if people else None


def _honorific(tok: Token) -> str | None:
    """The pronoun an honorific goes with ("Ms" → "her"), None for any other word."""
    word = tok.lower_.rstrip(".")
    return next((p for p, words in _PRONOUN_HONORIFICS.items() if word in words), None)


def _other_gender(tok: Token, pronoun: str) -> bool:
    return _honorific(tok) not in {None, pronoun}
