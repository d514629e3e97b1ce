"""Bare generic targets ("the plans", "the scheme", "the bill") resolved to the issue they stand for.

"The party unveiled its housing plan … Its rivals oppose the plans" → "housing plan". Without a fuller
mention of the same noun nearby, the story's most repeated issue ("road pricing") is used.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from graph.extract.measures import named_law
from graph.extract.personwords import ROLE_HEADS
from graph.extract.targets import examples, topic_label
from graph.extract.topicwords import PEOPLE_NOUNS, SPEECH_PARTICIPLES

GENERIC_HEADS: frozenset[str] = frozenset({
    "plan", "scheme", "proposal", "idea", "bill", "measure", "move", "policy", "legislation", "reform",
    "change", "initiative", "law", "project", "programme", "program", "system", "package", "strategy",
    "blueprint", "decision", "deal", "shake-up", "overhaul", "review", "issue", "suggestion",
    "option", "approach", "demand", "call", "request", "proposition",
})
_MEASURE_HEADS = frozenset({"plan", "scheme", "proposal", "idea", "measure", "move", "policy", "reform",
                            "change", "initiative", "package", "strategy", "blueprint", "shake-up",
                            "overhaul", "proposition"})
# Modifiers of a law or measure that do not say which one ("the new law", "the draft bill").
_VAGUE_LAW_MODIFIERS = frozenset({"new", "proposed", "planned", "draft", "latest", "controversial",
                                  "revised"})
_LAW_HEADS = frozenset({"bill", "law", "act", "legislation"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your"})
_SPECIFIC_DEPS = frozenset({"compound", "amod", "nmod", "prep", "acl", "relcl", "xcomp", "poss", "appos"})
_LOOK_BACK = 5  # sentences
_ABOUT = frozenset({"on", "for", "to", "of", "in", "over", "about", "against"})  # what a plan is about
_NOT_ISSUES = frozenset({"year", "week", "month", "day", "time", "people", "today", "programme", "minister",
                         "secretary", "leader", "spokesman", "party", "conference", "news", "bbc", "radio",
                         "election", "campaign", "interview", "statement", "report", "government", "mp",
                         "member", "country", "way", "number", "man", "woman", "part", "lot", "thing",
                         "area", "case", "point", "percent", "cent", "end", "place", "word", "question",
                         "minute", "hour", "chairman", "chief", "official", "officer", "worker", "voter",
                         "claim", "comment", "view", "issue", "matter", "committee", "vote", "seat"})

Resolver = Callable[[Token], Token]


def is_generic(tok: Token) -> bool:
    """A generic head with nothing but an article or a possessive pronoun: it names no issue by itself."""
    if tok.lower_ in {"it", "this"}:
        return True
    if tok.lemma_.lower() not in GENERIC_HEADS or examples(tok) is not None:
        return False  # "measures such as road pricing": the examples name it
    return not any(c.dep_ in _SPECIFIC_DEPS and c.pos_ != "PRON" and (c.dep_ != "prep" or c.lower_ in _ABOUT)
                   and not speech_participle(c) and not _vague_modifier(c) for c in tok.children)


def _vague_modifier(tok: Token) -> bool:
    """'the new law', 'the proposed bill': a modifier that does not say which law (it was named before)."""
    return tok.dep_ == "amod" and tok.lower_ in _VAGUE_LAW_MODIFIERS and not any(True for _ in tok.children)


def speech_participle(tok: Token) -> bool:
    """'rejected that idea, saying …': the participle belongs to the speaker, it does not name the idea."""
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.lemma_.lower() in SPEECH_PARTICIPLES


def _specific(tok: Token) -> bool:
    return any(c.dep_ in {"compound", "amod", "nmod"} for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ in {"on", "for", "to", "of"} for c in tok.children
    )


def salient_issue(doc: Doc, is_actor: Callable[[int], bool]) -> Token | None:
    """The story's main issue: a mention of its most repeated content noun ("road pricing", "the levy on …").

    The mention chosen is the first one with a modifier or a prepositional phrase, so that the label
    names the issue fully.
    """
    counts: Counter[str] = Counter()
    mentions: dict[str, list[Token]] = {}
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma in _NOT_ISSUES or lemma in GENERIC_HEADS or is_actor(tok.i):
            continue
        if len(lemma) < 3 or tok.ent_type_:
            continue
        counts[lemma] += 1
        mentions.setdefault(lemma, []).append(tok)
    if not counts:
        return None
    lemma, n = max(sorted(counts.items()), key=lambda kv: kv[1])
    if n < 3:
        return None
    rich = [t for t in mentions[lemma] if any(c.dep_ in {"compound", "prep", "amod"} for c in t.children)]
    return (rich or mentions[lemma])[0]


def _subject_before(tok: Token, is_actor: Callable[[int], bool]) -> Token | None:
    """The issue that is the subject of an earlier clause of the same sentence ("the code is weak, but
    he said it would …"): a common noun that is no actor, no person and no vague head."""
    for cand in reversed(tok.sent[: tok.i - tok.sent.start]):
        if cand.dep_ in {"nsubj", "nsubjpass"} and cand.pos_ == "NOUN" and not is_actor(cand.i) \
                and cand.lemma_.lower() not in _NOT_ISSUES and cand.lemma_.lower() not in GENERIC_HEADS \
                and cand.lemma_.lower() not in PEOPLE_NOUNS | ROLE_HEADS:
            return cand
    return None


def _definite_measure(tok: Token) -> bool:
    """'the plans', 'their proposals', 'that idea': a measure spoken of as already known ('a plan' is new)."""
    return tok.lemma_.lower() in _MEASURE_HEADS and any(
        c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in tok.children)


def _mentions(tokens: Iterable[Token], issue: Token | None) -> bool:
    """The story's main issue is talked about in `tokens`. When it is talked about just before "the
    plans", a measure named nearby is meant only if it is a measure on that issue ("the tax plan")."""
    if issue is not None and issue.pos_ in {"VERB", "AUX"}:  # "scrapping the bonus scheme": the scheme
        issue = next((t for t in issue.subtree if t.pos_ == "NOUN" and t.dep_ in {"dobj", "pobj"}), None)
    return issue is not None and any(t.lemma_.lower() == issue.lemma_.lower() for t in tokens)


def _named_measure(span: Span) -> Token | None:
    """The last measure named in full in `span` ("a scheme for a new depot", "the council's proposals"): a
    measure noun with words that name its issue, so its label passes the content check. "It is a
    costly scheme" only judges the measure named before, so a predicate noun is no mention."""
    for cand in reversed(span):
        if cand.pos_ == "NOUN" and cand.lemma_.lower() in _MEASURE_HEADS and cand.dep_ != "attr" \
                and not is_generic(cand) and topic_label(cand) is not None:
            return cand
    return None


def _named_law_before(tok: Token) -> Token | None:
    """The last law named by its title before a bare "the bill" / "the law" / "the legislation"."""
    if tok.lemma_.lower() not in _LAW_HEADS:
        return None
    return next((t for t in reversed(tok.doc[: tok.i]) if t.ent_iob_ == "B" and named_law(t) is not None),
                None)


def make_resolver(
    doc: Doc, is_actor: Callable[[int], bool], recent: Callable[[], list[Token]] = list,
    central: Token | None = None,
) -> Resolver:
    """A function from a target token to the token naming its issue (itself unless generic).

    A generic noun is the fuller mention of the same noun nearby, else the last topic a stance was
    taken on in the sentences just before (`recent`), else the story's central issue (`central`, named
    in its first sentence: `lede.central_issue`), else its most repeated issue.
    """
    salient = central if central is not None else salient_issue(doc, is_actor)

    def resolve(tok: Token) -> Token:
        if not is_generic(tok):
            return tok
        if tok.lower_ in {"it", "this"}:
            subject = _subject_before(tok, is_actor)  # "X is not binding, but Y said it would be …": X
            return subject or (salient if salient is not None else tok)
        if (law := _named_law_before(tok)) is not None:
            return law  # "the Clean Rivers Bill … the bill is badly drafted"
        sent_starts = sorted({t.sent.start for t in doc[max(0, tok.sent.start - 400) : tok.i]})
        window_start = sent_starts[-_LOOK_BACK] if len(sent_starts) >= _LOOK_BACK else 0
        for cand in reversed(doc[window_start : tok.i]):
            if cand.lemma_.lower() == tok.lemma_.lower() and cand.pos_ == "NOUN" and _specific(cand):
                return cand
        pointed = any(c.dep_ == "det" and c.lower_ in {"that", "this", "such"} for c in tok.children)
        earlier = [t for t in recent() if window_start <= t.i < tok.sent.start and not is_generic(t)
                   and (pointed or t.pos_ not in {"VERB", "AUX"})]  # only "that idea" points to a clause
        if earlier:
            return earlier[-1]  # "The Tories called for X. Their demands were backed by Y": X
        window = doc[window_start : tok.sent.start]
        named = _named_measure(window) if _definite_measure(tok) else None
        if named is not None and (not _mentions(window, salient) or _mentions(named.subtree, salient)):
            return named  # "A parking scheme was unveiled. … Traders oppose the plans": the scheme
        return salient if salient is not None else tok

    return resolve
