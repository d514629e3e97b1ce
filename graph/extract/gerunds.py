"""Gerunds of verbs, the form a verb takes as the head of a topic label ("cutting emissions").

>>> class V:  # a stand-in for a spaCy token
...     tag_ = "VB"
...     lower_ = lemma_ = "cut"
>>> gerund(V())
'cutting'
"""

from __future__ import annotations

from spacy.tokens import Token

_VOWELS = "aeiou"


def gerund(verb: Token) -> str:
    """'appoint' → 'appointing', 'arrange' → 'arranging', 'cut' → 'cutting'."""
    if verb.tag_ == "VBG":
        return verb.lower_
    base = verb.lemma_.lower()
    if base == "be":
        return "being"
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    # the "u" of "qu" is a consonant: quit → quitting, like cut → cutting
    vowel = [c in _VOWELS and not (c == "u" and i and base[i - 1] == "q") for i, c in enumerate(base)]
    groups = sum(1 for i, v in enumerate(vowel) if v and (i == 0 or not vowel[i - 1]))
    if groups == 1 and len(base) >= 3 and base[-1] not in _VOWELS + "wxy" and vowel[-2] and not vowel[-3]:
        return base + base[-1] + "ing"
    return base + "ing"
