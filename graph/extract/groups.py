"""Speakers named by a common noun: "the party", "the committee", "the chancellor", "Tory rebels".

A definite description stands for the most recent actor of the document it fits: "the committee" → the
last organisation named "... Committee", "his party" → that person's party, "the chancellor" → the last
person named with that office. A group noun with an affiliation ("Labour rebels", "Conservative
critics", "dozens of Tory MPs") is its party or body; a cause ("animal welfare groups") names a body of
its own; "the Mayor of X" with nobody named is a person. Also what holds no stance: a reporter ("BBC
political editor X") and a bill (its owner or the government does). Word lists are data, with their rules.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from graph.extract import gazetteer
from graph.extract.actors import ActorIndex
from graph.extract.mentions import Mention
from graph.extract.personwords import NOT_IN_OFFICE, ROLE_HEADS

# Heads of organisation names that news repeats as "the <head>" ("the committee said").
BODY_NOUNS: frozenset[str] = frozenset({
    "party", "committee", "commission", "council", "union", "association", "executive", "alliance",
    "campaign", "department", "ministry", "agency", "institute", "authority", "federation", "confederation",
    "society", "trust", "foundation", "board", "assembly", "group", "organisation", "organization",
    "coalition", "movement", "office", "inspectorate", "tribunal", "service", "forum", "league", "chamber",
    "network", "bank", "court", "body", "watchdog",
})
# Heads that may stand for any organisation of the story, not only one whose name contains them.
ANY_BODY_NOUNS: frozenset[str] = frozenset({"body", "organisation", "organization"})
# Heads that stand for a kind of body: "the group" is a campaign or association, not a court.
KIND_NOUNS: dict[str, frozenset[str]] = {
    "group": frozenset({"group", "alliance", "campaign", "association", "society", "union", "league", "trust",
                        "coalition", "movement", "federation", "network", "forum", "lobby", "foundation",
                        "charity", "council", "institute", "centre", "watch", "liberty", "international"}),
    "watchdog": frozenset({"watchdog", "commission", "office", "authority", "agency", "board", "regulator",
                           "ombudsman", "commissioner", "inspectorate"}),
}
# Determiners that make a noun definite: it points back to an actor already named.
DEFINITE_DETS: frozenset[str] = frozenset({"the", "this", "that"})
POSSESSIVE_PRONOUNS: frozenset[str] = frozenset({"his", "her", "their", "its"})
# Plural nouns for members of a party or body; with the body as modifier they speak for it.
GROUP_NOUNS: frozenset[str] = frozenset({
    "rebels", "backbenchers", "frontbenchers", "meps", "msps", "ams", "mps", "peers", "lords", "critics",
    "activists", "members", "supporters", "councillors", "candidates", "delegates", "leaders", "chiefs",
    "officials", "sources", "insiders", "strategists", "spokesmen", "grandees", "loyalists", "whips",
    "figures", "aides", "ministers", "bosses", "representatives", "negotiators", "opponents", "sceptics",
    "modernisers", "reformers", "campaigners", "executives", "spokespeople", "politicians",
})
# Group nouns that, owned by an actor ("Labour's critics"), are that actor's adversaries, not its voice.
ADVERSARY_NOUNS: frozenset[str] = frozenset({"critics", "opponents", "sceptics", "rivals", "enemies"})
# Heads naming a part or an amount of a group: "dozens of Labour MPs", "a group of Tory peers".
QUANTITY_NOUNS: frozenset[str] = frozenset({
    "dozens", "scores", "hundreds", "thousands", "group", "number", "handful", "majority", "minority",
    "some", "many", "most", "all", "several", "few", "none", "half", "third", "quarter", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "score", "lot", "lots",
    "body", "band", "bloc", "section",
})

Resolver = Callable[[Token], "str | None"]


def mentions_before(index: ActorIndex, i: int) -> list[tuple[int, str]]:
    """(start, key) of the actor mentions before token i, most recent first."""
    found = [(m.start, key) for m, key in index.mentions if m.start < i]
    return sorted(found, reverse=True)


def is_definite(tok: Token) -> bool:
    """'the committee', 'this party', 'his party': a description pointing back to a named actor."""
    return any(c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE_DETS | POSSESSIVE_PRONOUNS
               for c in tok.children)


def _is_party(label: str) -> bool:
    return label in gazetteer.PARTIES or label.lower().endswith(" party")


def body_actor(tok: Token, index: ActorIndex, owner: str | None) -> str | None:
    """'the committee' → the last organisation whose name has that head; 'his party' → the owner's party."""
    head = tok.lower_
    if head not in BODY_NOUNS:
        return None
    if head == "party" and owner is not None:
        aff = index.actors[owner].affiliation if owner in index.actors else None
        if aff and _is_party(index.actors[aff].label):
            return aff
    for _, key in mentions_before(index, tok.i):
        info = index.actors[key]
        if info.kind != "Organisation":
            continue
        words = info.label.lower().split()
        if head == "party" and _is_party(info.label):
            return key
        kind = KIND_NOUNS.get(head, frozenset())
        if head in ANY_BODY_NOUNS or kind:
            if not _is_party(info.label) and (not kind or words[-1] in kind):
                return key
        elif head != "party" and head in words:
            return key
    return None


def office_actor(tok: Token, index: ActorIndex) -> str | None:
    """'the chancellor', 'the prime minister' → the last person named with that office.

    The office is the noun with its compound and adjective modifiers ("home secretary"); a foreign or
    named modifier ("the French minister") is left to the other rules. With no such person, nobody: the
    story's home government was tried and cost precision (an office is often named in passing).
    """
    if tok.lower_ not in ROLE_HEADS:
        return None
    mods = [c for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i]
    if any(c.ent_type_ or c.pos_ == "PROPN" and c.lower_ not in _OFFICE_WORDS for c in mods):
        return None
    words = [c.lower_ for c in mods] + [tok.lower_]
    phrase = " ".join(words)
    for _, key in mentions_before(index, tok.i):
        info = index.actors[key]
        if info.kind == "Person" and info.role and _holds(info.role.lower(), phrase):
            return key
    return None


# Offices that stories use to name again a minister named once without a title ("the chancellor").
OFFICE_NOUNS: frozenset[str] = frozenset({"minister", "chancellor", "secretary", "premier"})

# Office words the tagger may read as proper nouns ("the Home Secretary").
_OFFICE_WORDS = frozenset({"prime", "home", "foreign", "first", "deputy", "chief", "culture", "trade",
                           "health", "education", "defence", "transport", "environment", "work",
                           "secretary", "minister", "chancellor", "general", "attorney", "junior"})


def _holds(role: str, phrase: str) -> bool:
    """A role holds an office phrase when it contains its words in order ("Prime Minister" ⊇ "minister");
    a shadow or former office only a phrase that says so ("the chancellor" is not the shadow chancellor)."""
    for qualifier in sorted(NOT_IN_OFFICE):
        if qualifier in role.replace("-", " ").split() and qualifier not in phrase.split():
            return False
    return f" {phrase} " in f" {role} "


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def group_actor(tok: Token, index: ActorIndex, resolve_mod: Resolver) -> str | None:
    """'Labour rebels', 'Conservative critics', 'dozens of Tory MPs' → the party or body modifying them."""
    low = tok.lower_
    if low in QUANTITY_NOUNS:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        members = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        return group_actor(members, index, resolve_mod) if members is not None else None
    if low not in GROUP_NOUNS:
        return None
    for child in tok.children:
        if child.dep_ == "poss" and low in ADVERSARY_NOUNS:
            return None  # "Labour's critics" criticise Labour
        if child.dep_ not in _MODIFIER_DEPS or child.i > tok.i or every_party(child, tok):
            continue
        key = index.actor_at(child.i) or resolve_mod(child)
        if key and index.actors[key].kind != "Person":
            return key
    return None


# Titles of people who report or comment on the news: their analysis is not a party's position.
REPORTER_NOUNS: frozenset[str] = frozenset({
    "correspondent", "reporter", "journalist", "presenter", "columnist", "commentator", "editor",
    "broadcaster", "newsreader", "interviewer",
})
_TITLE_REACH = 5
_NOT_IN_TITLE = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON"})


def is_reporter(doc: Doc, mention: Mention) -> bool:
    """'BBC political editor Jane Doe', 'Jane Doe, the BBC's correspondent': a journalist's mention."""
    for i in range(mention.start - 1, max(-1, mention.start - 1 - _TITLE_REACH), -1):
        tok = doc[i]
        if tok.is_punct or tok.is_space or tok.is_sent_end or tok.pos_ in _NOT_IN_TITLE:
            break  # "correspondent Jane Doe said Mr X …": Mr X is not the correspondent
        if tok.lower_ in REPORTER_NOUNS:
            return True
    head = doc[mention.end - 1]
    return any(c.dep_ == "appos" and c.lower_ in REPORTER_NOUNS for c in head.children) or (
        head.dep_ == "appos" and head.head.lower_ in REPORTER_NOUNS)


# Draft laws: what a bill proposes is proposed by its sponsor, the government unless someone owns it.
LEGISLATION_NOUNS: frozenset[str] = frozenset({"bill", "legislation"})


def is_bill(tok: Token, label: str | None) -> bool:
    """'the bill', 'the draft legislation', 'the X Bill' (a named bill the recogniser took for a body)."""
    if label is not None:
        return label.split()[-1].lower() in LEGISLATION_NOUNS
    owned = any(c.dep_ == "poss" for c in tok.children)  # "Mr X's bill"
    return tok.lower_ in LEGISLATION_NOUNS and (owned or is_definite(tok) or _named(tok))


def bill_sponsors(subject: Token, keys: list[str], index: ActorIndex, home: str | None,
                  pronoun: Callable[[Token], tuple[str, ...]]) -> list[str]:
    """'The bill proposes X': a bill holds no stance, its owner or else the home government does."""
    if not keys and subject.pos_ != "PRON" and is_bill(subject, None):
        return _bill_owner(subject, index, home, pronoun)
    bills = [k for k in keys if is_bill(subject, index.actors[k].label)]
    if not bills:
        return keys
    keys = [k for k in keys if k not in bills]
    return keys + [home] if home and home not in keys else keys


def _bill_owner(bill: Token, index: ActorIndex, home: str | None,
                pronoun: Callable[[Token], tuple[str, ...]]) -> list[str]:
    """'the Tory bill', 'Mr X's bill', 'his bill' → its owner; 'the bill' → the home government."""
    for child in bill.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            return list(pronoun(child))
        if child.dep_ in {"compound", "amod", "poss"} and (key := index.actor_at(child.i)):
            return [key]
    if any(c.dep_ == "poss" for c in bill.children):
        return []
    return [home] if home else []


def _named(tok: Token) -> bool:
    """'Border Control Bill': a capitalised name."""
    return tok.text[:1].isupper() and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


# "Party leaders", "party chiefs" (no determiner): the leaders of every party, not of the last one named.
CROSS_PARTY_HEADS: frozenset[str] = frozenset({"leaders", "chiefs", "bosses", "heads"})


def every_party(modifier: Token, head: Token) -> bool:
    """'party leaders agreed …': a bare "party" before a plural of leaders means all parties."""
    return modifier.lower_ == "party" and head.lower_ in CROSS_PARTY_HEADS and not is_definite(modifier)


def office_title(tok: Token) -> tuple[int, int] | None:
    """'the Bishop of X', 'the Mayor of Y': a capitalised office naming one person.

    Returns the token range of the title (without "the"), or None.
    """
    if tok.lower_ not in ROLE_HEADS or not tok.text[:1].isupper() or not is_definite(tok):
        return None
    start = min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound" and c.text[:1].isupper()])
    end = tok.i + 1
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    if prep is not None:
        body = [t for t in prep.subtree]
        if not any(t.pos_ == "PROPN" for t in body):
            return None
        end = body[-1].i + 1
    else:
        return None  # "the Salford MP" is an epithet for someone named; "the Archbishop of X" is an office
    return start, end


# Plural heads of a body of people defined by a cause: "animal welfare groups", "anti-war campaigners".
CAUSE_GROUP_HEADS: frozenset[str] = frozenset({
    "groups", "campaigners", "activists", "charities", "organisations", "organizations", "protesters",
    "supporters", "lobbyists", "campaign",
})
# Modifiers that say which or how many, not what cause: "some groups", "local campaigners".
_NOT_A_CAUSE = frozenset({
    "some", "many", "other", "several", "local", "senior", "leading", "both", "all", "most", "few", "these",
    "those", "such", "various", "two", "three", "four", "national", "key", "main", "major", "angry",
})


def cause_group(tok: Token, index: ActorIndex) -> str | None:
    """'Animal welfare groups', 'pro-hunt supporters' → the label of that body (no party or person in it)."""
    if tok.lower_ not in CAUSE_GROUP_HEADS or tok.tag_ != "NNS":
        return None
    mods = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < tok.i]
    if not mods or any(index.actor_at(t.i) for c in mods for t in c.subtree):
        return None  # "Labour supporters" are the party's (group_actor); no cause, no body
    words = [t for t in tok.doc[min(t.left_edge.i for t in mods) : tok.i + 1]]
    if any(w.lower_ in _NOT_A_CAUSE or w.is_punct and w.text != "-" for w in words):
        return None
    label = " ".join(w.text for w in words).replace(" - ", "-")
    return label[:1].upper() + label[1:]


def same_cause(label: str, known: list[str]) -> str | None:
    """An existing cause group with the same cause words ('Pro-X campaigners' for 'Pro-X supporters')."""
    cause = label.lower().rsplit(" ", 1)[0]
    return next((k for k in known if k.lower().rsplit(" ", 1)[0] == cause
                 and k.lower().rsplit(" ", 1)[-1] in CAUSE_GROUP_HEADS), None)


# Members of a parliament named without a party: in a story about one committee, that committee.
MEMBER_NOUNS: frozenset[str] = frozenset({"mps", "peers", "msps", "ams", "meps"})


def members_body(tok: Token, index: ActorIndex) -> str | None:
    """'MPs have warned …' in a story that names exactly one committee → that committee (its report)."""
    if tok.lower_ not in MEMBER_NOUNS or any(c.dep_ in _MEMBER_MODIFIERS for c in tok.children):
        return None
    found = {key for _, key in index.mentions
             if index.actors[key].kind == "Organisation" and "committee" in index.actors[key].label.lower()}
    return found.pop() if len(found) == 1 else None


_MEMBER_MODIFIERS = frozenset({"compound", "poss", "nmod", "det", "amod"})


def appositive_relative(subject: Token) -> bool:
    """', who …' / ', which …' right after a name: the relative pronoun stands for the named actor."""
    if subject.lower_ not in {"who", "which"} or subject.head.dep_ != "relcl" or subject.i < 2:
        return False
    named = subject.head.head
    return subject.doc[subject.i - 1].text == "," and named.i == subject.i - 2 and named.pos_ == "PROPN"


def party_sides(subject: Token, index: ActorIndex) -> tuple[str, ...]:
    """'both parties', 'the three main parties' → the parties the story names most (two, or three)."""
    if subject.lower_ != "parties":
        return ()
    words = {c.lower_ for c in subject.children}
    size = 3 if words & {"three", "all"} else 2
    parties = [info for info in index.actors.values()
               if info.kind == "Organisation" and _is_party(info.label)]
    ranked = sorted(parties, key=lambda info: (-info.count, info.first))
    return tuple(info.key for info in ranked[:size]) if len(ranked) >= 2 else ()
