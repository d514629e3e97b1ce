"""Normalised names: the keys that identify actors and topics across documents, and name clean-up.

>>> actor_key("The U.S.")
'us'
>>> actor_key("Jane  Doe’s")
'jane doe'
>>> topic_key("privatisation of railways") == topic_key("privatizing railways")
True
>>> topic_key("the war in Iraq") == topic_key("Iraq war")
True
"""

from __future__ import annotations

import re
import unicodedata

from graph.extract.personwords import HONORIFICS

_STOP = frozenset({
    "the", "a", "an", "of", "on", "in", "for", "to", "with", "and", "its", "their", "his", "her", "our",
    "this", "that", "these", "those", "such", "any", "all", "some", "about", "by", "at", "from", "as",
})
# British -ise spellings that are not verbs of the -ise/-ize kind.
_ISE_WORDS = frozenset({
    "rise", "wise", "promise", "exercise", "compromise", "advertise", "surprise", "precise", "concise",
    "enterprise", "franchise", "expertise", "merchandise", "premise", "noise", "raise", "praise",
    "otherwise", "likewise", "despise", "disguise", "revise", "supervise", "televise", "devise", "advise",
    "comprise", "chastise", "incise", "excise", "apprise", "improvise", "treatise", "cruise", "poise",
})


def fold(text: str) -> str:
    """Accent-free, lower-case ASCII with typographic quotes and dashes made plain."""
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def actor_key(label: str) -> str:
    """Normalised canonical name: the identity of an actor across documents."""
    text = fold(label).replace("u.s.", "us").replace("u.k.", "uk").replace("u.n.", "un")
    text = re.sub(r"'s\b|'$", "", text)
    text = re.sub(r"[^a-z0-9 ]+", " ", text.replace("-", " "))
    text = " ".join(text.split())
    return re.sub(r"^(the|a|an) ", "", text)


def _stem(word: str) -> str:
    """A light stemmer that folds British/American spellings and the usual inflections together."""
    if word not in _ISE_WORDS:
        word = re.sub(r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1", word)
    word = re.sub(r"our$", "or", word) if len(word) > 5 else word  # favour → favor, labour → labor
    for suffix in ("ations", "ation", "ings", "ing", "ments", "ment", "ies", "es", "ed", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def topic_key(label: str) -> str:
    """Normalised topic label: variants of spelling, inflection, function words and word order give the
    same key ("the war in Iraq" = "Iraq war", "quotas on asylum" = "asylum quotas")."""
    words = re.sub(r"[^a-z0-9 ]+", " ", fold(label).replace("-", " ")).split()
    stems = sorted({_stem(w) for w in words if w not in _STOP})
    return " ".join(stems) or " ".join(words)


def strip_honorifics(name: str) -> str:
    """'Mr John Smith' → 'John Smith'; a name that is only a title is returned unchanged."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in {h.rstrip(".") for h in HONORIFICS}:
        words = words[1:]
    return " ".join(words)


def strip_possessive(name: str) -> str:
    """'Smith’s' → 'Smith'."""
    return re.sub(r"\s*['’]s?$", "", name.strip())
