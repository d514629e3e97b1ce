"""The story's central issue, named in its first sentence (the lede of a news report).

"Plans to build a tram line through the market have been criticised …" → building a tram line through
the market; "Cyclists will have to wear helmets under plans unveiled by the council" → cyclists wearing
helmets. Later back-references ("the move", "the plans", "it") that find no better antecedent nearby
stand for it (`anaphora.make_resolver`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from graph.extract.anaphora import is_generic
from graph.extract.targets import is_pronoun, name_issue, passive_label, topic_label
from graph.extract.topicwords import VAGUE_MODIFIERS

# Nouns that name a measure or decision: with their complement they are the issue of the story.
MEASURE_NOUNS: frozenset[str] = frozenset({
    "plan", "proposal", "scheme", "measure", "move", "policy", "reform", "initiative", "package",
    "strategy", "blueprint", "shake-up", "overhaul", "bill", "law", "legislation", "ban", "decision",
    "idea", "rule", "regulation", "guideline", "guidance", "pledge", "promise", "proposition", "review",
    "crackdown", "introduction", "abolition", "extension", "merger", "closure",
})
# Verbs that act on a measure: "if the board scraps the bonus scheme" is about scrapping it.
ACTION_VERBS: frozenset[str] = frozenset({
    "scrap", "abolish", "axe", "ditch", "lift", "end", "extend", "cut", "raise", "freeze", "drop", "repeal",
    "replace", "reform", "change", "overhaul", "delay", "shelve", "abandon", "reverse", "limit", "cap",
    "restrict", "remove", "withdraw", "tighten", "relax", "expand", "increase", "reduce", "introduce",
})
# Measures still to be decided: withdrawing or ditching a plan leaves the plan the issue.
_PROPOSALS = frozenset({"plan", "proposal", "idea", "move", "initiative", "blueprint", "pledge", "promise",
                        "proposition"})
# Modifiers that tell whose measure it is, not what it is about ("government policy", "the party plans").
_OWNER_WORDS = frozenset({"government", "party", "ministry", "official", "controversial", "new", "own"})
# "under plans unveiled by X", "as part of new measures": the clause around them is the issue.
_FRAME_PREPS = frozenset({"under", "as", "in"})
_LEDE_SENTENCES = 1


def _names_issue(tok: Token, is_actor: Callable[[int], bool]) -> bool:
    """A measure noun with a word that says what it is about ("parking reforms", "plans to widen the
    bypass"), not only whose it is ("government policy", "the party's proposals"). A bill must be named as
    one ("the road safety bill", "a bill on X"): "the average bill rose" is an invoice."""
    def about(child: Token) -> bool:
        if child.dep_ == "prep":
            return child.lower_ != "in"  # "his policies in a speech": where, not what
        if child.dep_ in {"acl", "relcl", "xcomp"}:  # "plans to V", not "plans unveiled on Monday"
            return child.tag_ != "VBN" and not any(c.dep_ == "neg" for c in child.children)
        return child.dep_ in {"compound", "amod", "nmod"} and not is_actor(child.i) and not child.ent_type_ \
            and child.lemma_.lower() not in _OWNER_WORDS | VAGUE_MODIFIERS
    if any(c.dep_ in {"acl", "relcl", "ccomp"} and any(g.dep_ in {"mark", "nsubj"} for g in c.children)
           for c in tok.children):
        return False  # "the ruling that charging drivers breaks the rules": a claim, told whole
    if any(c.dep_ == "compound" and c.pos_ == "VERB" for c in tok.children):
        return False  # "without notice breaks parking laws": a misparsed clause
    named = any(about(c) for c in tok.children)
    if tok.lemma_.lower() == "bill":
        return named and any(c.dep_ in {"compound", "prep"} for c in tok.children)
    return named


def _measure_mention(sent: Span, is_actor: Callable[[int], bool]) -> Token | None:
    """The first measure noun of the sentence that names its issue ("plans to build a depot"); a
    measure acted on is the action ("if the board scraps the bonus scheme": scrapping it)."""
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in MEASURE_NOUNS or is_actor(tok.i):
            continue
        if any(c.dep_ in {"acl", "xcomp"} and any(g.dep_ == "neg" for g in c.children) for c in tok.children):
            return None  # "his decision not to release them": a label would lose the "not"
        if is_generic(tok) or not _names_issue(tok, is_actor) or topic_label(tok) is None:
            continue
        verb = tok.head
        acted_on = tok.dep_ == "dobj" and verb.lemma_.lower() in ACTION_VERBS
        if acted_on and tok.lemma_.lower() not in _PROPOSALS and topic_label(verb) is not None:
            return verb
        return tok
    return None


def _framed_clause(sent: Span, is_actor: Callable[[int], bool]) -> Token | None:
    """'X will be allowed to V under plans unveiled by Y': the clause the plans frame, labelled with its
    subject when the verb alone names no issue ("cyclists wearing helmets")."""
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in MEASURE_NOUNS or tok.dep_ != "pobj":
            continue
        prep = tok.head
        if prep.lower_ == "of" and prep.head.lower_ == "part":  # "as part of new measures"
            prep = prep.head.head
        if prep.dep_ != "prep" or prep.lower_ not in _FRAME_PREPS:
            continue
        verb = prep.head
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subj = _subject(verb)
        while (inner := next((c for c in verb.children if c.dep_ == "xcomp"), None)) is not None:
            verb = inner  # "will have to wear helmets": wear
        if subj is not None and not is_pronoun(subj) and not is_actor(subj.i):
            label = passive_label(verb, subj, gerund_verb=verb.tag_ != "VBN")  # "cyclists wearing helmets"
        else:
            label = topic_label(verb) if verb.tag_ != "VBN" else None  # "the council will build a depot"
        frame = f" {prep.text} "
        label = label.split(frame)[0] if label is not None and frame in f" {label} " else label
        if label:
            name_issue(verb, label)
            return verb
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of a verb or of the clause it completes ("cyclists will be able to use the lanes")."""
    while True:
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None or verb.dep_ not in {"xcomp", "acomp"} or verb.head is verb:
            return subj
        verb = verb.head


def central_issue(doc: Doc, is_actor: Callable[[int], bool]) -> Token | None:
    """The token naming the issue the first sentence is about, or None when it names none."""
    for sent in list(doc.sents)[:_LEDE_SENTENCES]:
        found = _measure_mention(sent, is_actor) or _framed_clause(sent, is_actor)
        if found is not None:
            return found
    return None
