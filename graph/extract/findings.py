"""The stance found in a sentence before it becomes a record (`Found`), and the hearsay filter
every cue reader applies ("suggesting the rivals planned cuts" is nobody's stance).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from graph.extract.lexicon import HEARSAY_HEADS
from graph.extract.positions import Position
from graph.records import Polarity, TargetKind


@dataclass(frozen=True)
class Found:
    """One stance before it becomes a record: holders are actor keys, target a topic label or actor key."""

    holders: tuple[str, ...]
    target: str
    target_kind: TargetKind
    polarity: Polarity
    act: str
    confidence: float
    cue: str
    start: int  # character offsets of the evidence (the sentence)
    end: int


def _evidence(sent: Span) -> tuple[int, int]:
    text = sent.text
    lead = len(text) - len(text.lstrip())
    return sent.start_char + lead, sent.start_char + len(text.rstrip())


def make_found(
    holders: tuple[str, ...], pos: Position, cue: str, sent: Span, kind: TargetKind = "topic"
) -> Found:
    start, end = _evidence(sent)
    return Found(holders, pos.label, kind, pos.polarity, pos.act, pos.confidence, cue, start, end)


_EMBEDDING_DEPS = frozenset({"ccomp", "acl", "xcomp", "conj", "advcl", "relcl", "acomp"})


def is_hearsay(tok: Token) -> bool:
    """A cue inside a claim about others: "suggesting the rivals planned cuts", "denied claims that"."""
    node = tok
    for _ in range(3):
        if node.dep_ not in _EMBEDDING_DEPS or node.head.i == node.i:
            return False
        # a verb of the same form coordinated with the hearsay verb; "accused X of telling lies and then
        # attacking them" (a gerund hung on a past tense) is a misparse of the accusation's content
        coordinated = node.dep_ == "conj" and node.pos_ == "VERB" and node.head.pos_ == "VERB" and (
            node.tag_ == node.head.tag_)
        node = node.head
        if node.lemma_.lower() in HEARSAY_HEADS and not coordinated:
            return True  # "accusing him of X and calling for Y": the call is the subject's own act
    return False
