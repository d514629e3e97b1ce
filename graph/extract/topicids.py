"""Topic identity within one document: variants of one issue become one topic.

Spelling and inflection are folded by `names.topic_key`. On top of that, a label whose words are all in
one fuller label of the same story, with the same head and a modifier or two more, names the same issue
("university fees" and "university tuition fees", "return of detainees" and "return of four detainees")
— unless the added words are a frame that changes what a position on it means ("whaling" vs "ban
on whaling", "abolishing road tolls"), or the shorter label fits several fuller ones. A bare head noun
("the ban", "the levy") is the one fuller label of the story with that head ("ban on fireworks in parks").
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.extract.names import topic_key
from graph.extract.topicwords import FRAME_STEMS, FRAME_WORDS

_MIN_STEMS = 2  # one word ("tax") fits too many issues to be merged into a fuller one
_MAX_EXTRA = 2
_MAX_EXTRA_HEAD = 4  # a bare head noun takes the one fuller label of its story, modifiers and all
_PREPOSITIONS = frozenset({"of", "on", "for", "in", "to", "against", "over", "about", "with", "from", "by",
                           "at", "into", "under", "between"})


def _head(label: str) -> str:
    """The head noun's key: the last word before the first preposition ("ban on fireworks" → "ban")."""
    words = label.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _PREPOSITIONS), len(words))
    return topic_key(words[cut - 1]) if cut else ""


def _same_issue(short: str, full: str, extra: set[str]) -> bool:
    """The fuller label only specifies the shorter one: same head, a modifier or two, no new frame."""
    if len(extra) > _MAX_EXTRA or any(stem in FRAME_WORDS or stem.startswith(FRAME_STEMS) for stem in extra):
        return False
    new_verbs = {w.lower() for w in full.split() if w.lower().endswith("ing")} - set(short.lower().split())
    coordinated = {"and", "or"} & set(full.lower().split()) - set(short.lower().split())
    return not new_verbs and not coordinated and _head(short) == _head(full)  # "X and Y" is two issues


def _specifies_head(short: str, full: str, extra: set[str]) -> bool:
    """A bare head noun ("ban", "quota") and the one fuller label of the story with that head ("ban on
    fireworks in parks", "catch quota for X"): nothing before the head may frame it ("lifting the ban")."""
    words = full.split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _PREPOSITIONS), len(words))
    before = [w.lower() for w in words[: cut - 1]]  # "lifting the ban", "50 schools": a frame, a subset
    framed = any(w.endswith("ing") or w.isdigit() or (stem := topic_key(w)) in FRAME_WORDS
                 or stem.startswith(FRAME_STEMS) for w in before)
    coordinated = {"and", "or"} & {w.lower() for w in words}
    return len(extra) <= _MAX_EXTRA_HEAD and not framed and not coordinated and _head(short) == _head(full)


def canonical_keys(labels: Iterable[str]) -> dict[str, str]:
    """Each topic key of `labels` → the key of the topic it belongs to (itself unless merged)."""
    first_label: dict[str, str] = {}
    for label in labels:
        key = topic_key(label)
        if key:
            first_label.setdefault(key, label)
    stems = {key: set(key.split()) for key in first_label}
    out = {key: key for key in first_label}
    for key, words in stems.items():
        single = len(words) < _MIN_STEMS and len(first_label[key].split()) == 1
        if len(words) < _MIN_STEMS and not single:
            continue
        same = _specifies_head if single else _same_issue
        fuller = [other for other, more in stems.items()
                  if words < more and same(first_label[key], first_label[other], more - words)]
        maximal = [k for k in fuller if not any(stems[k] < stems[o] for o in fuller)]
        if len(maximal) == 1:
            out[key] = maximal[0]
    return out
