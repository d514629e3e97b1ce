"""People named again by their office: "the foreign secretary", "the prime minister", "the cardinal".

After roles are known ("Foreign Secretary Jane Doe"), a later "the foreign secretary" is a mention of
that person, when exactly one person of the story holds that office.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graph.extract import gazetteer
from graph.extract.actors import ActorIndex, ActorInfo
from graph.extract.mentions import Mention
from graph.extract.personwords import HONORIFICS, NOT_IN_OFFICE, ROLE_HEADS, TITLE_WORDS
from graph.extract.roles import affiliation_in, role_text

_MAX_WORDS = 4
# Offices too generic to point back to the person named before ("the spokesman" is often someone else).
_GENERIC_HEADS = frozenset({
    "official", "spokesman", "spokeswoman", "spokesperson", "aide", "member", "judge", "candidate", "head",
    "chief", "general", "representative", "advisor", "adviser", "boss", "peer", "founder", "deputy",
})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _titles(doc: Doc, index: ActorIndex) -> dict[str, set[str]]:
    """Lower-case office phrases → keys of the people who hold them (full role and its head nouns)."""
    titles: dict[str, set[str]] = {}
    for mention, key in index.mentions:
        info = index.actors.get(key)
        if info is None or info.kind != "Person":
            continue
        phrases = set()
        if info.role:
            words = info.role.lower().split()
            phrases.add(" ".join(words))
            if not NOT_IN_OFFICE & set(words):  # "the chancellor" is not the shadow chancellor
                phrases |= {w for w in words if w in ROLE_HEADS}
        before = doc[mention.start - 1].lower_ if mention.start else ""
        if mention.start > 1 and doc[mention.start - 2].lower_ in NOT_IN_OFFICE:
            before = ""
        first = mention.text.split()[0].lower()
        phrases |= {w for w in (before, first) if w in HONORIFICS and w in ROLE_HEADS}
        for phrase in phrases:
            titles.setdefault(phrase, set()).add(key)
    return titles


def add_role_mentions(doc: Doc, index: ActorIndex) -> None:
    """Mark "the <office>" phrases as mentions of the one person holding that office; then offices no
    one holds yet as mentions of the person named just before."""
    add_role_cataphora(doc, index)
    _known_office_mentions(doc, index)
    add_role_anaphora(doc, index)
    add_party_office_mentions(doc, index)


def _known_office_mentions(doc: Doc, index: ActorIndex) -> None:
    titles = {phrase: keys.pop() for phrase, keys in _titles(doc, index).items() if len(keys) == 1}
    if not titles:
        return
    i = 0
    while i < len(doc) - 1:
        if doc[i].lower_ != "the":
            i += 1
            continue
        for size in range(_MAX_WORDS, 0, -1):
            span = doc[i + 1 : i + 1 + size]
            if len(span) < size or any(index.actor_at(t.i) for t in span):
                continue
            key = titles.get(span.text.lower())
            if key and span.text.lower() in _GENERIC_HEADS and index.actors[key].first > span.start:
                key = None  # "the spokesman" before the one spokesman named later is someone else's
            if key and (span.end >= len(doc) or doc[span.end].pos_ != "PROPN"):
                index.add(Mention(span.start, span.end, "Person", index.actors[key].label, span.text),
                          index.actors[key])
                i = span.end - 1
                break
        i += 1


def _office_phrase(doc: Doc, head: Token, index: ActorIndex) -> list[Token] | None:
    """ "the Conservative leader", "the shadow chancellor": a definite singular office as a subject."""
    if head.dep_ not in _SUBJECT_DEPS or head.lower_ not in ROLE_HEADS or head.lower_ in _GENERIC_HEADS:
        return None
    if head.tag_ in {"NNS", "NNPS"} or index.actor_at(head.i) is not None or _quoted(doc, head.i):
        return None
    if any(c.dep_ == "prep" and c.lower_ in {"of", "for"} for c in head.children):
        return None  # "the chairman of the Bar Council": an office of a body named here, often someone new
    if head.head != head.sent.root:
        return None  # only the speaker of the sentence ("… , the Tory leader said"), not "where the …"
    i = head.i - 1
    while i >= 0 and doc[i].lower_ != "the" and _office_word(doc[i], index):
        i -= 1
    if i < 0 or doc[i].lower_ != "the" or not i < doc[i].head.i <= head.i:
        return None
    return list(doc[i + 1 : head.i + 1])


def _office_word(tok: Token, index: ActorIndex) -> bool:
    """A word that may stand in an office phrase: a title word, a party or country, a capitalised word."""
    key = index.actor_at(tok.i)
    if key is not None:
        return index.actors[key].kind != "Person"
    return tok.lower_ in TITLE_WORDS or tok.lower_ in ROLE_HEADS or tok.text[:1].isupper() or tok.text == "-"


def _antecedent(doc: Doc, start: int, index: ActorIndex) -> str | None:
    """The person named as the main-clause subject of the sentence before the one at `start` (or of the
    one before that, when "he"/"she" is the subject in between)."""
    sent = doc[start].sent
    for _ in range(2):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        subjects = [t for t in sent.root.children if t.dep_ in _SUBJECT_DEPS]
        for mention, key in index.mentions:
            info = index.actors.get(key)
            if info is None or info.kind != "Person" or not sent.start <= mention.start < sent.end:
                continue
            if any(doc[i] in subjects for i in range(mention.start, mention.end)):
                return key
        if not any(t.lower_ in {"he", "she"} for t in subjects):
            return None
    return None


def _holder_of(role: str, index: ActorIndex) -> str | None:
    """The one person of the story whose role is `role` (given by an earlier office phrase)."""
    keys = [k for k, v in index.actors.items() if v.kind == "Person" and (v.role or "").lower() == role]
    return keys[0] if len(keys) == 1 else None


def add_role_anaphora(doc: Doc, index: ActorIndex) -> None:
    """ "Jane Doe said … The Tory leader said …": an office no one in the story holds yet is the person
    named as a subject just before, who gets its role and affiliation."""
    for head in doc:
        words = _office_phrase(doc, head, index)
        if not words:
            continue
        role = role_text(words, index)
        key = _holder_of(role.lower(), index) if role else None
        if key is None and (key := _antecedent(doc, words[0].i, index)) is not None:
            named_body = affiliation_in(words, index, key) is not None
            if not _may_hold(index.actors[key], words, named_body=named_body):
                continue
        info = index.actors.get(key or "")
        if key is None or info is None:
            continue
        affiliation = affiliation_in(words, index, key)
        if info.role and role and info.role.lower().split()[-1] != role.lower().split()[-1]:
            continue  # the Home Secretary is not "the prime minister"
        if info.affiliation and affiliation and info.affiliation != affiliation:
            continue
        if key in _people_in(doc[head.i].sent, index) - {index.actor_at(t.i) for t in words}:
            continue  # "The premier said Mr X will …": X is someone else
        info.role = info.role or role
        info.affiliation = info.affiliation or affiliation
        text = doc[words[0].i : head.i + 1].text
        index.add(Mention(words[0].i, head.i + 1, "Person", info.label, text), info)


def _lead_office(doc: Doc, sent: Span, index: ActorIndex) -> list[Token] | None:
    """ "…, the trade secretary has said.", "a Home Office minister said": an office as the subject of a
    sentence that names no person, with "the" or "a" before it."""
    if any(index.actors[k].kind == "Person" for k in _people_in(sent, index)):
        return None
    for head in sent:
        if head.dep_ not in _SUBJECT_DEPS or head.lower_ not in ROLE_HEADS or head.tag_ in {"NNS", "NNPS"}:
            continue
        if index.actor_at(head.i) is not None or _quoted(doc, head.i):
            continue
        if any(c.dep_ == "prep" for c in head.children):
            continue  # "the chairman of the X": often someone the story does not name
        i = head.i - 1
        while i >= sent.start and doc[i].lower_ not in {"the", "a", "an"} and _office_word(doc[i], index):
            i -= 1
        if i >= sent.start and doc[i].lower_ in {"the", "a", "an"} and i < doc[i].head.i <= head.i:
            return list(doc[i + 1 : head.i + 1])
    return None


def _new_subject(doc: Doc, sent: Span, index: ActorIndex) -> str | None:
    """The person introduced as the main-clause subject of `sent`: named in full there for the first time."""
    subjects = [t for t in sent.root.children if t.dep_ in _SUBJECT_DEPS]
    for mention, key in index.mentions:
        info = index.actors.get(key)
        if info is None or info.kind != "Person" or not sent.start <= mention.start < sent.end:
            continue
        first = min(m.start for m, k in index.mentions if k == key)
        named = len(mention.text.split()) >= 2 and info.label.split()[-1] in mention.text
        subject = any(doc[i] in subjects for i in range(mention.start, mention.end))
        if first == mention.start and named and subject:
            return key
    return None


def add_role_cataphora(doc: Doc, index: ActorIndex) -> None:
    """ "X must change, the trade secretary has said. Jane Doe said …": an office subject of a story's
    first sentence that names nobody is the person introduced as the subject of the next sentence (a
    news lead; later in a story an office more often stands for someone named earlier)."""
    sents = [s for s in doc.sents if s.text.strip()][:2]
    for sent, nxt in zip(sents, sents[1:], strict=False):
        words = _lead_office(doc, sent, index)
        key = _new_subject(doc, nxt, index) if words else None
        info = index.actors.get(key or "")
        if not words or key is None or info is None:
            continue
        role = role_text(words, index)
        if info.role and role and info.role.lower().split()[-1] != role.lower().split()[-1]:
            continue
        affiliation = affiliation_in(words, index, key)
        if info.affiliation and affiliation and info.affiliation != affiliation:
            continue
        info.role = info.role or role
        info.affiliation = info.affiliation or affiliation
        span = doc[words[0].i : words[-1].i + 1]
        index.add(Mention(span.start, span.end, "Person", info.label, span.text), info)


def _may_hold(info: ActorInfo, words: list[Token], *, named_body: bool) -> bool:
    """Whether the person named just before may hold the office: for a bare office ("the chancellor") only
    someone named more than once (a person mentioned in passing is not the story's minister); for a shadow
    office only someone already known as a party's (an untitled person is more likely the government's)."""
    if any(t.lower_ == "shadow" for t in words) and info.affiliation is None:
        return False
    return named_body or info.count >= 2


def _quoted(doc: Doc, i: int) -> bool:
    """Inside a direct quote: an odd number of straight or curly double quotes before `i` in the sentence."""
    sent = doc[i].sent
    marks = sum(1 for t in doc[sent.start : i] if t.text in {'"', "“", "”", "``", "''"})
    return marks % 2 == 1



def _people_in(sent: Span, index: ActorIndex) -> set[str]:
    return {k for i in range(sent.start, sent.end) if (k := index.actor_at(i)) is not None}


def _party_office(doc: Doc, head: Token, index: ActorIndex) -> tuple[list[Token], str] | None:
    """ "the Tory leader", "the Liberal Democrat candidate" anywhere in a sentence: the office words and
    the party, when no name follows ("the Tory leader Jane Doe" is a title)."""
    if head.lower_ not in ROLE_HEADS or head.lower_ in _GENERIC_HEADS or head.tag_ in {"NNS", "NNPS"}:
        return None
    if index.actor_at(head.i) is not None or (head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN"):
        return None
    i = head.i - 1
    while i >= 0 and doc[i].lower_ != "the" and _office_word(doc[i], index):
        i -= 1
    if i < 0 or doc[i].lower_ != "the" or i + 1 == head.i:
        return None
    words = list(doc[i + 1 : head.i + 1])
    if any(t.pos_ == "ADJ" and t.is_lower and t.lower_ not in {"former", "new"} for t in words):
        return None  # "the local Tory chairman": an official the story does not name
    party = affiliation_in(words, index, "")
    if party is None or index.actors[party].label not in gazetteer.PARTIES:
        return None
    return words, party


def _party_antecedent(doc: Doc, head: Token, party: str, index: ActorIndex) -> str | None:
    """The person a party office refers back to: its one holder known so far, else the nearest person named
    in this or the two sentences before who may hold it (named twice, no other party, no other office) and
    is not the subject of the clause the office phrase is in ("Mr X said of the Tory leader")."""
    holders = [k for k, v in index.actors.items() if v.kind == "Person" and v.affiliation == party
               and (v.role or "").lower().split()[-1:] == [head.lower_]]
    if len(holders) == 1:
        return holders[0]
    sent = head.sent
    start = sent.start
    for _ in range(2):
        start = doc[start - 1].sent.start if start > 0 else start
    verb = head.head if head.dep_ in _SUBJECT_DEPS else next(
        (t for t in head.ancestors if t.pos_ in {"VERB", "AUX"}), head.head)
    clause = {c.i for c in verb.children if c.dep_ in _SUBJECT_DEPS}
    clause |= {verb.i - 1} if verb.i > 0 and verb.i < head.i else set()  # "… Mr X said of the Tory leader"
    speakers = {index.actor_at(i) for i in clause}
    before = sorted(((m.start, k) for m, k in index.mentions if start <= m.start < head.i), reverse=True)
    for _, key in before:
        info = index.actors.get(key)
        if info is None or info.kind != "Person" or key in speakers:
            continue
        if info.affiliation not in (None, party):
            continue  # someone of another body ("the Lib Dem candidate X, giving the Tory leader …")
        if info.role and info.affiliation is None:
            return None  # someone with an office of no known party: the office may be theirs
        if info.role and info.role.lower().split()[-1] != head.lower_:
            continue  # the party's holder of another office
        if info.count >= 2 and len(info.label.split()) >= 2:
            return key
    return None


def add_party_office_mentions(doc: Doc, index: ActorIndex) -> None:
    """ "Mr Doe … Mr Roe said of the Tory leader: …": a party's office named without a name is the person
    of that party it refers back to, who gets the office and the party."""
    for head in doc:
        found = _party_office(doc, head, index)
        key = _party_antecedent(doc, head, found[1], index) if found else None
        info = index.actors.get(key or "")
        if found is None or key is None or info is None:
            continue
        words, party = found
        info.role = info.role or role_text(words, index)
        info.affiliation = info.affiliation or party
        span = doc[words[0].i : head.i + 1]
        index.add(Mention(span.start, span.end, "Person", info.label, span.text), info)
