"""Rules on hand-built Docs (no statistical model): target phrases, negation, generic nouns, gerunds."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from graph.extract.anaphora import is_generic
from graph.extract.clauses import read_clause
from graph.extract.positions import evaluation, is_negated
from graph.extract.targets import gerund, topic_label

VOCAB = spacy.blank("en").vocab  # lexical attributes (lower case, like_num) without a trained model


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str] | None = None,
         tags: list[str] | None = None) -> Doc:
    lemmas = lemmas or [w.lower() for w in words]
    tags = tags or [""] * len(words)
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, tags=tags)


def test_topic_label_keeps_modifiers_and_prepositional_phrases() -> None:
    # "the moratorium on strikes against energy infrastructure"
    doc = _doc(
        ["the", "moratorium", "on", "strikes", "against", "energy", "infrastructure"],
        [1, 1, 1, 2, 3, 6, 4],
        ["det", "ROOT", "prep", "pobj", "prep", "compound", "pobj"],
        ["DET", "NOUN", "ADP", "NOUN", "ADP", "NOUN", "NOUN"],
    )
    assert topic_label(doc[1]) == "moratorium on strikes against energy infrastructure"


def test_topic_label_descends_from_abstract_heads() -> None:
    # "the importance of avoiding escalation"
    doc = _doc(
        ["the", "importance", "of", "avoiding", "escalation"],
        [1, 1, 1, 2, 3],
        ["det", "ROOT", "prep", "pcomp", "dobj"],
        ["DET", "NOUN", "ADP", "VERB", "NOUN"],
        lemmas=["the", "importance", "of", "avoid", "escalation"],
        tags=["DT", "NN", "IN", "VBG", "NN"],
    )
    assert topic_label(doc[1]) == "avoiding escalation"


def test_topic_label_refuses_pronouns() -> None:
    doc = _doc(["it"], [0], ["ROOT"], ["PRON"])
    assert topic_label(doc[0]) is None


@pytest.mark.parametrize(
    ("base", "form"),
    [("appoint", "appointing"), ("arrange", "arranging"), ("cut", "cutting"), ("quit", "quitting"),
     ("open", "opening"), ("see", "seeing"), ("lie", "lying"), ("be", "being")],
)
def test_gerund(base: str, form: str) -> None:
    doc = _doc([base], [0], ["ROOT"], ["VERB"], lemmas=[base], tags=["VB"])
    assert gerund(doc[0]) == form


def test_negation_but_not_not_only() -> None:
    # "were not useful" / "were not only useful"
    neg = _doc(["talks", "were", "not", "useful"], [1, 1, 1, 1], ["nsubj", "ROOT", "neg", "acomp"],
               ["NOUN", "AUX", "PART", "ADJ"])
    only = _doc(["talks", "were", "not", "only", "useful"], [1, 1, 1, 2, 1],
                ["nsubj", "ROOT", "neg", "advmod", "acomp"], ["NOUN", "AUX", "PART", "ADV", "ADJ"])
    assert is_negated(neg[1])
    assert not is_negated(only[1])


def test_evaluative_predicate_gives_polarity_on_the_subject() -> None:
    # "the tariff is unacceptable"
    doc = _doc(["the", "tariff", "is", "unacceptable"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "acomp"],
               ["DET", "NOUN", "AUX", "ADJ"], lemmas=["the", "tariff", "be", "unacceptable"])
    pos = read_clause(doc[2])
    assert pos is not None and (pos.polarity, pos.label) == ("Oppose", "tariff")
    assert evaluation(doc[3]) == "Oppose"


def test_generic_nouns_need_resolving() -> None:
    doc = _doc(["the", "plans", "the", "childcare", "plans"], [1, 1, 4, 4, 4],
               ["det", "ROOT", "det", "compound", "ROOT"], ["DET", "NOUN", "DET", "NOUN", "NOUN"],
               lemmas=["the", "plan", "the", "childcare", "plan"])
    assert is_generic(doc[1])
    assert not is_generic(doc[4])


def test_stray_closing_quote_does_not_open_a_quote() -> None:
    """'… for voters". He called for "fair play" …': the glued mark closes nothing and opens nothing."""
    from spacy.lang.en import English

    from graph.extract.quotes import quote_spans

    doc = English()('He said it would help voters". He called for "fair play" today.')
    assert [doc[a:b].text for a, b in quote_spans(doc)] == ["fair play"]
