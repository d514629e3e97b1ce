"""Roles and affiliations of people from titles, compound modifiers and appositions.

"French Foreign Minister X" → role "Foreign Minister", affiliation France; "X, the Trade Secretary" →
role "Trade Secretary"; "Tory leader X" → affiliation Conservative Party; "Labour's X" → Labour Party.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graph.extract import gazetteer
from graph.extract.actors import ActorIndex, ActorInfo
from graph.extract.governments import home_affiliations as home_affiliations  # re-exported for document.py
from graph.extract.governments import is_place, lone_country
from graph.extract.mentions import Mention
from graph.extract.names import actor_key
from graph.extract.personwords import (
    HONORIFICS,
    ROLE_HEADS,
    TITLE_WORDS,
)

_ROLE_NOUNS = ROLE_HEADS | gazetteer.EXTRA_ROLE_HEADS
# Roles of people who speak for a body ("the union said … Pensions officer X said"); a leader, candidate or
# coordinator after another body's sentence is too often of a different body.
_SPEAKING_ROLES = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "officer", "chief", "head", "chairman", "chairwoman", "chair",
    "director", "constable",
})
_BODY_ROLES = _SPEAKING_ROLES | {"leader", "coordinator", "co-ordinator", "organiser", "campaigner"}
_EDGE_WORDS = frozenset({"of", "for", "to", "the", "and", "former", "acting", "interim"})


def _title_tokens(doc: Doc, start: int, index: ActorIndex) -> list[Token]:
    """Tokens right before a name that form its title, including country or party words."""
    tokens: list[Token] = []
    i = start - 1
    while i >= 0:
        tok = doc[i]
        in_actor = index.actor_at(i) is not None and index.actors[index.actor_at(i) or ""].kind != "Person"
        glued = tok.text == "-" and not tok.whitespace_ and i > 0 and not doc[i - 1].whitespace_  # "co-chair"
        if (tok.is_punct and tok.tag_ != "POS" and not glued) or "\n" in tok.whitespace_:
            break
        known_place = tok.text[:1].isupper() and gazetteer.country_of(tok.text) is not None
        honorific = tok.lower_.rstrip(".") in HONORIFICS  # "Commissioner Sir Jane Doe"
        to_the = tok.lower_ == "to" and doc[i + 1].lower_ == "the"  # "Chief Secretary to the Treasury X"
        title = tok.lower_ in TITLE_WORDS | _ROLE_NOUNS | {"co"} or glued or to_the
        if not (title or in_actor or known_place or honorific or tok.tag_ == "POS" or _modifier(tok, start)):
            break
        tokens.insert(0, tok)
        i -= 1
    if tokens and tokens[-1].lower_ in {"and", "or", "of", "for", "the", "to"}:
        return []  # "between the chancellor and Jane Doe": a coordination, not a title of Jane Doe
    return _without_ex_party(doc, tokens, index)


def _without_ex_party(doc: Doc, tokens: list[Token], index: ActorIndex) -> list[Token]:
    """ "Ex-Labour MP X", "X, the ex-UKIP MEP,": the body after "ex-" is one they left, not theirs."""
    while tokens and tokens[0].text == "-":
        tokens = tokens[1:]
    if not tokens:
        return tokens
    first = tokens[0].i
    ex = first > 1 and doc[first - 1].text == "-" and doc[first - 2].lower_ == "ex"
    if tokens[0].lower_ == "ex" and first + 1 < len(doc) and doc[first + 1].text == "-":
        ex, tokens = True, [t for t in tokens[1:] if t.text != "-"]
    while ex and tokens and index.actor_at(tokens[0].i) is not None:
        tokens = tokens[1:]
    return tokens


def _modifier(tok: Token, start: int) -> bool:
    """A lower-case noun or adjective inside the title ("Labour election campaign coordinator X")."""
    inside = tok.i < tok.head.i <= start + 3 and tok.dep_ in {"compound", "amod"}
    lower_word = tok.pos_ in {"NOUN", "ADJ"} and tok.text.islower()
    # "Green Newtown leader X": a capitalised place or body word between the party and the role noun
    name_word = tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.is_alpha and bool(tok.whitespace_)
    return inside and (lower_word or (name_word and tok.head.lower_ in _ROLE_NOUNS))


def role_text(tokens: list[Token], index: ActorIndex) -> str | None:
    """The title words ("Secretary of State") without country/party words; must end in a role noun."""
    words = [t for t in tokens if t.tag_ != "POS"]
    while words and (words[0].lower_ in _EDGE_WORDS or index.actor_at(words[0].i) is not None
                     or words[0].pos_ in {"PRON", "DET"}):
        words = words[1:]
    heads = [n for n, t in enumerate(words) if t.lower_ in _ROLE_NOUNS]
    if not heads:
        return None
    last = heads[-1]
    # "Special Envoy for the Middle East" keeps its "for …" complement; anything else after the head goes
    if not (last + 1 < len(words) and words[last + 1].lower_ in {"for", "of"}):
        words = words[: last + 1]
    # keep the text's own spacing ("Co-Chairman") but a space where a possessive was left out
    gaps = [t.whitespace_ if n.i == t.i + 1 else " " for t, n in zip(words, words[1:], strict=False)]
    return "".join(t.text + gap for t, gap in zip(words, [*gaps, ""], strict=True)).strip()


def affiliation_in(tokens: list[Token], index: ActorIndex, person: str) -> str | None:
    """The first non-person actor named among the title tokens (the demonym, party or organisation)."""
    for tok in tokens:
        key = index.actor_at(tok.i)
        if key and key != person and index.actors[key].kind != "Person":
            return key
    return None


def _apposition(doc: Doc, mention: Mention) -> list[Token]:
    """Title noun phrase in apposition ("X, the Trade Secretary,"), or "X, from / of the Y union"."""
    head = doc[mention.end - 1]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "of"}:
            return [t for t in child.subtree if not t.is_punct]
    for child in head.children:
        if child.dep_ == "appos" and child.lower_ in ROLE_HEADS | {"spokesman", "spokeswoman"}:
            # "X, Tory co-chairman,": the parser splits the hyphenated title, so read from the comma on
            start = min([child.left_edge.i, *(c.left_edge.i for c in head.children
                                              if c.dep_ == "appos" and mention.end < c.i < child.i
                                              and "," not in doc[c.i : child.i].text)])
            return [t for t in doc[start : child.right_edge.i + 1]
                    if t.dep_ != "det" and (not t.is_punct or t.text == "-")]
    if head.dep_ == "appos" and (office := _office_above(head.head)) is not None:
        return [t for t in office.subtree if t.i < mention.start and t.dep_ != "det" and not t.is_punct]
    return []


def _office_above(tok: Token) -> Token | None:
    """The role noun a name is in apposition to, also through "for/of" ("director general for Europe, X")."""
    for _ in range(3):
        if tok.lower_ in _ROLE_NOUNS:
            return tok
        if tok.dep_ not in {"pobj", "prep"} or tok.head == tok:
            return None
        tok = tok.head
    return None


def _speaks_for(doc: Doc, mention: Mention, index: ActorIndex) -> str | None:
    """ "X, for the Liberal Democrats, said", "X, from the Y league, said": the body named between commas
    right after the person (by the words, as the parser often hangs "from the Y" on the verb)."""
    i = mention.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"for", "from", "of"}:
        return None
    j = i + 2 + (doc[i + 2].lower_ == "the")
    key = index.actor_at(j)
    kinds = {"Organisation", "Country"} if doc[i + 1].lower_ == "for" else {"Organisation"}
    if key is None or index.actors[key].kind not in kinds:
        return None
    while j < len(doc) and index.actor_at(j) == key:
        j += 1
    return key if j < len(doc) and doc[j].text in {",", "-", "–", "—"} else None


_LEADING_VERBS = {"chair": "chair", "lead": "leader", "head": "head", "run": "head", "direct": "director"}


def _relative_office(doc: Doc, mention: Mention, index: ActorIndex) -> tuple[str, str] | None:
    """ "X, who chairs the Y committee," / "X, who leads the Z union,": the role and the body."""
    for child in doc[mention.end - 1].children:
        if child.dep_ != "relcl" or child.lemma_ not in _LEADING_VERBS:
            continue
        for obj in child.children:
            key = index.actor_at(obj.i) if obj.dep_ == "dobj" else None
            if key is not None and index.actors[key].kind == "Organisation":
                return _LEADING_VERBS[child.lemma_], key
    return None


def _party_in_brackets(doc: Doc, mention: Mention, index: ActorIndex) -> str | None:
    """ "Jane Doe (Lab) said", "Jane Doe (Lab, Newtown)": a party abbreviation in brackets after the name."""
    i = mention.end
    if i + 2 >= len(doc) or doc[i].text != "(":
        return None
    # the abbreviation ends at the closing bracket or at the comma before a constituency
    close = next((j for j in range(i + 1, min(i + 4, len(doc))) if doc[j].text in {")", ","}), None)
    name = gazetteer.PARTY_ABBREVIATIONS.get(doc[i + 1 : close].text.lower()) if close else None
    if name is None:
        return None
    key = actor_key(name)
    if key not in index.actors:
        index.actors[key] = ActorInfo(label=name, kind="Organisation", first=i + 1)
    return key


def _venue(doc: Doc, mention: Mention, tokens: list[Token], role: str | None, body: str) -> bool:
    """ "at the Policy Centre Mr Doe": a body (not a party), then an honorific, with no role and no "'s"
    between: the place someone spoke at, not their body."""
    if role or body in gazetteer.PARTIES or any(t.tag_ == "POS" for t in tokens):
        return False
    names = [doc[mention.start], *tokens]
    return any(t.lower_.rstrip(".") in HONORIFICS for t in names)


def _heads_government(doc: Doc, mention: Mention) -> bool:
    """ "Jane Doe's government", "under Mr Doe's administration": the person leads the government."""
    i = mention.end
    return i + 1 < len(doc) and doc[i].tag_ == "POS" and doc[i + 1].lower_ in {"government", "administration"}


def assign_roles(doc: Doc, index: ActorIndex) -> None:
    """Fill `role` and `affiliation` of person actors from the first mention that shows them."""
    for mention, key in index.mentions:
        info = index.actors.get(key)
        if info is None or info.kind != "Person":
            continue
        for tokens in (_title_tokens(doc, mention.start, index),
                       _without_ex_party(doc, _apposition(doc, mention), index)):
            if not tokens:
                continue
            role = role_text(tokens, index)
            if role and len(role) > len(info.role or ""):
                info.role = role
            affiliation = affiliation_in(tokens, index, key)
            venue = affiliation and _venue(doc, mention, tokens, role, index.actors[affiliation].label)
            if affiliation and info.affiliation is None and not venue:
                info.affiliation = affiliation
        if info.affiliation is None:
            info.affiliation = _speaks_for(doc, mention, index) or _party_in_brackets(doc, mention, index)
        info.governs = info.governs or _heads_government(doc, mention)
        if info.affiliation is None and (office := _relative_office(doc, mention, index)) is not None:
            info.role = info.role or office[0]
            info.affiliation = office[1]
    as_office_roles(doc, index)


def _person_at(doc: Doc, tok: Token, index: ActorIndex) -> str | None:
    key = index.actor_at(tok.i)
    return key if key is not None and index.actors[key].kind == "Person" else None


def _as_office_holder(doc: Doc, prep: Token, index: ActorIndex) -> str | None:
    """The person of "X faces his first test as home secretary" / "X was sworn in as president"."""
    verb = prep.head
    for _ in range(2):  # "test as …" → the verb the noun is the object of
        if verb.pos_ in {"VERB", "AUX"}:
            break
        verb = verb.head
    if any(c.dep_ in {"dobj", "attr"} and _person_at(doc, c, index) for c in verb.children):
        return None  # "they hailed Jane Doe as leader": the office is the object's
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subjects and subjects[0].lower_ in {"he", "she"} and verb.dep_ == "advcl":
        # "X will … as he begins his term as president": the pronoun is the main clause's subject
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return _person_at(doc, subjects[0], index) if subjects else None


def as_office_roles(doc: Doc, index: ActorIndex) -> None:
    """ "as home secretary", "as US President" with no article: the office of the clause's subject."""
    for prep in doc:
        if prep.lower_ != "as" or prep.dep_ != "prep":
            continue
        office = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if office is None or office.lower_ not in _ROLE_NOUNS or office.tag_ in {"NNS", "NNPS"}:
            continue
        words = [t for t in office.subtree if t.i <= office.i]
        if any(t.dep_ == "det" or t.dep_ == "poss" for t in words):
            continue  # "as a leader", "as the party's leader": a description, not the office held
        key = _as_office_holder(doc, prep, index)
        info = index.actors.get(key or "")
        if info is None or info.role:
            continue
        info.role = role_text(words, index)
        info.affiliation = info.affiliation or affiliation_in(words, index, key or "")


def sentence_fallback(doc: Doc, index: ActorIndex) -> None:
    """A titled person without an affiliation belongs to the one country named before them in the sentence
    ("Representing France were Minister A and Envoy B")."""
    for mention, key in index.mentions:
        info = index.actors.get(key)
        if info is None or info.kind != "Person" or info.affiliation or not info.role:
            continue
        if info.label.split()[-1] not in mention.text:
            continue  # "the prime minister" standing for a person named elsewhere
        sent = doc[mention.start].sent
        countries = {
            k for i in range(sent.start, mention.start)
            if (k := index.actor_at(i)) and index.actors[k].kind == "Country" and not is_place(doc[i])
        }
        if len(countries) == 1:
            info.affiliation = countries.pop()
    party_roles(doc, index)
    _previous_subject_bodies(doc, index)
    lone_country(doc, index)


def party_roles(doc: Doc, index: ActorIndex) -> None:
    """ "Party leader X", "his party's chairman, X": the party named last before the person."""
    # "an attack on Labour's record and party leader X": a party owning something else is not X's,
    # unless it opens its sentence ("Labour's focus on … . Party supremo X said")
    parties = [(m.start, k) for m, k in index.mentions if index.actors[k].label in gazetteer.PARTIES
               and not (m.end < len(doc) and doc[m.end].tag_ == "POS" and not _opens_sentence(doc, m.start))]
    for mention, key in index.mentions:
        info = index.actors.get(key)
        if info is None or info.kind != "Person" or info.affiliation:
            continue
        if "party" not in (info.role or "").lower().split():
            continue
        before = [k for start, k in parties if start < mention.start]
        if before:
            info.affiliation = before[-1]


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Token `i` is the first word of its sentence (line breaks before it do not count)."""
    return all(t.is_space or t.is_punct for t in doc[doc[i].sent.start : i])


def _previous_subject_bodies(doc: Doc, index: ActorIndex) -> None:
    """ "The Lib Dems oppose the plan. Home affairs spokesman X said …": a spokesman or officer with no
    body named in the title speaks for the organisation that is the subject of the sentence before."""
    seen: set[str] = set()
    for mention, key in index.mentions:
        info = index.actors.get(key)
        if key in seen or info is None or info.kind != "Person" or info.label.split()[-1] not in mention.text:
            continue
        seen.add(key)  # only where the person is first named, with the title
        if info.affiliation or not info.role or info.role.lower().split()[-1] not in _BODY_ROLES:
            continue
        sent = doc[mention.start].sent
        # "The Lib Dems launched their platform, with leader X saying …": the body earlier in the sentence
        bodies = _subject_bodies(sent, index, before=mention.start) if _with_clause(doc, mention) else set()
        if not bodies and info.role.lower().split()[-1] in _SPEAKING_ROLES:
            bodies = _body_before_quote(doc, sent, index)
        if len(bodies) == 1:
            info.affiliation = bodies.pop()


def _body_before_quote(doc: Doc, sent: Span, index: ActorIndex) -> set[str]:
    """The organisation subject of the sentence before, skipping the earlier sentences of a quote that
    ends in this one ('The X alliance said … . "A. B," said spokesman Y.')."""
    for _ in range(3):
        if sent.start == 0:
            return set()
        sent = doc[sent.start - 1].sent
        if bodies := _subject_bodies(sent, index, before=sent.end):
            return bodies
        if sent.text.lstrip()[:1] not in {'"', "“"}:
            return set()  # not inside the quote: the body, if any, had to be here
    return set()


def _with_clause(doc: Doc, mention: Mention) -> bool:
    """ "…, with leader X saying …": the person is introduced by "with" and a short title."""
    for j in range(mention.start - 1, max(-1, mention.start - 5), -1):
        if doc[j].lower_ == "with":
            return True
        if doc[j].is_punct:
            return False
    return False


def _subject_bodies(sent: Span, index: ActorIndex, *, before: int) -> set[str]:
    """Organisations that are the main-clause subject of `sent`, named before token `before`."""
    subjects = [t for t in sent.root.children if t.dep_ in {"nsubj", "nsubjpass"} and t.i < before]
    # "Amnesty International UK questioned …": the body may be a compound of the subject's head
    heads = [t for s in subjects for t in (s, *s.children) if t.i == s.i or t.dep_ == "compound"]
    keys = {index.actor_at(t.i) for t in heads}
    return {k for k in keys if k is not None and index.actors[k].kind == "Organisation"}
