"""Merges the mentions of one document into actors: one per real person, organisation or country.

Within a document, "Maria Lopez", "Lopez", "Ms Lopez" and "Lopez's" are one person (canonical label: the
fullest name); "Paris", "the French side" and "France" are one country; "WFO" joins the organisation whose
initials it spells.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from graph.extract import gazetteer
from graph.extract.mentions import Mention
from graph.extract.names import actor_key, strip_honorifics
from graph.extract.personwords import FEMALE_HONORIFICS, MALE_HONORIFICS
from graph.records import Actor, ActorKind


@dataclass
class ActorInfo:
    """A mutable actor while a document is being read; frozen into `graph.records.Actor` at the end."""

    label: str
    kind: ActorKind
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    affiliation: str | None = None
    first: int = 0
    count: int = 0
    gender: str | None = None  # "m"/"f" when an honorific shows it, for resolving "he"/"she"
    governs: bool = False  # named as a government's head ("Jane Doe's government"): serves the home country

    @property
    def key(self) -> str:
        return actor_key(self.label)

    def freeze(self) -> Actor:
        aliases = sorted({a for a in self.aliases if actor_key(a) != self.key and a != self.label})
        return Actor(self.key, self.label, self.kind, tuple(aliases), self.role, self.affiliation)


@dataclass
class ActorIndex:
    """The actors of a document and which tokens mention which actor."""

    actors: dict[str, ActorInfo] = field(default_factory=dict)
    token_actor: dict[int, str] = field(default_factory=dict)
    mentions: list[tuple[Mention, str]] = field(default_factory=list)

    def actor_at(self, i: int) -> str | None:
        return self.token_actor.get(i)

    def add(self, mention: Mention, info: ActorInfo) -> str:
        key = info.key
        known = self.actors.setdefault(key, info)
        known.aliases.add(mention.text)
        known.count += 1
        for i in range(mention.start, mention.end):
            self.token_actor[i] = key
        self.mentions.append((mention, key))
        return key


def _gender(doc: Doc, mention: Mention) -> str | None:
    """'Mr X' → "m", 'Mrs X' → "f", from the honorific before or at the start of the mention."""
    words = [doc[mention.start - 1].lower_] if mention.start else []
    words.append(mention.text.split()[0].lower())
    for word in words:
        word = word.rstrip(".")
        if word in MALE_HONORIFICS:
            return "m"
        if word in FEMALE_HONORIFICS:
            return "f"
    return None


def _initials(label: str) -> str:
    return "".join(w[0] for w in label.split() if w[:1].isupper())


def _person_clusters(doc: Doc, persons: list[Mention]) -> dict[int, str]:
    """Canonical label for each person mention (by start token): surnames and titles join full names."""
    full: list[tuple[int, list[str]]] = []  # (first token, words) of every multi-word name
    for m in persons:
        words = m.label.split()
        if len(words) >= 2 and not any(w[-1] == words[-1] and _compatible(w, words) for _, w in full):
            full.append((m.start, words))
    # "Prince John" in the story: a bare "John" may be him, not the "John Smith" also named
    titled = {m.label.lower() for m in persons if len(m.label.split()) == 1 and _title_before(doc, m)}
    canonical: dict[int, str] = {}
    for m in persons:
        words = m.label.split()
        same = [w for start, w in full if w[-1].lower() == words[-1].lower() and _compatible(w, words)]
        if not same:
            # a middle or double surname ("Lopez" of "Ana Lopez Garcia"), never a first name ("Mr Owen"
            # is not "Owen Jones")
            same = [w for start, w in full if words[-1].lower() in (x.lower() for x in w[1:])]
        if not same and len(words) == 1:  # "Kane" of "Robert Kane-Hill"
            first_parts = [(w, w[-1].split("-")[0].lower()) for start, w in full if "-" in w[-1]]
            same = [w for w, part in first_parts if part == words[0].lower()]
        if not same and len(words) == 1 and words[0].lower() not in titled and _bare_given_name(doc, m):
            # "Jeremy said" after "Jeremy Pike": the one person of the story with that first name
            firsts = [w for start, w in full if w[0].lower() == words[0].lower()]
            same = firsts if len(firsts) == 1 else []
        if same:
            before = [w for start, w in full if start <= m.start and w in same]
            best = (before or same)[-1]
            canonical[m.start] = " ".join(best if len(best) >= len(words) else words)
        else:
            canonical[m.start] = m.label
    return canonical


def _title_before(doc: Doc, m: Mention) -> str | None:
    """The capitalised word before a one-word name, inside or just outside the mention ("Prince")."""
    words = m.text.split()
    outside = doc[m.start - 1] if m.start else None
    word = words[0] if len(words) > 1 else ""
    if len(words) == 1 and outside is not None and outside.pos_ == "PROPN":
        word = outside.text
    if word[:1].isupper() and word.lower() not in {"sir", "dame"} and word != m.label:
        return word
    return None


def _bare_given_name(doc: Doc, m: Mention) -> bool:
    """A common given name alone ("Jeremy") or after "Sir"/"Dame", not after another title ("Prince John")."""
    before = doc[m.start - 1] if m.start else None
    titled = before is not None and before.text[:1].isupper() and before.pos_ == "PROPN"
    words = {before.lower_} if before is not None else set()
    # "Sir Alan" after "Sir Alan Birch"
    knight = bool((words | {m.text.split()[0].lower()}) & {"sir", "dame"})
    given = m.label.lower() in gazetteer.given_names()
    return given and (knight or (m.text == m.label and not titled))


def _compatible(a: list[str], b: list[str]) -> bool:
    """Two names of one person: the shorter's words all occur in the longer one (initials allowed)."""
    short, long = sorted((a, b), key=len)
    longer = [w.lower() for w in long]
    return all(w.lower() in longer or any(x.startswith(w.lower().rstrip(".")) for x in longer) for w in short)


def _relabel_orgs_as_persons(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A one-word ORG/Country-less mention that is a known person's surname is that person ("Lopez"); so is
    a two- or three-word name ending in the surname of someone called "Ms"/"Mr" ("Oona Pelling" … "Ms
    Pelling"), which the recogniser may take for an organisation."""
    surnames = {
        m.label.split()[-1].lower() for m in mentions if m.kind == "Person" and len(m.label.split()) > 1
    }
    titled = {m.label.split()[-1].lower() for m in mentions if m.kind == "Person" and _gender(doc, m)}
    out = []
    for m in mentions:
        words = m.label.split()
        if m.kind == "Organisation" and m.label.lower() in surnames:
            m = Mention(m.start, m.end, "Person", m.label, m.text, m.modifier)
        elif m.kind == "Organisation" and 2 <= len(words) <= 3 and words[-1].lower() in titled and all(
                w[:1].isupper() and w.isalpha() for w in words[:-1]) and not _body_shaped(doc, m):
            m = Mention(m.start, m.end, "Person", strip_honorifics(m.label), m.text, m.modifier)
        out.append(m)
    return out


def _body_shaped(doc: Doc, m: Mention) -> bool:
    """A known body, a name with an organisation head, after "the" ("the Daily Herald") or modifying a noun
    ("Bethnal Green council"): not a person's name."""
    low = m.label.lower()
    known = (low in gazetteer.party_names() or low in gazetteer.organisation_names()
             or gazetteer.is_department(m.label) or low.split()[-1] in gazetteer.ORGANISATION_HEADS)
    after_the = m.start > 0 and doc[m.start - 1].lower_ == "the" or doc[m.start].lower_ == "the"
    return known or after_the or doc[m.end - 1].dep_ in {"compound", "amod"}


def _title_of_work(doc: Doc, m: Mention) -> bool:
    """ "the Breakfast with Jane programme", "the Smith review": a name that titles a programme or report."""
    noun = doc[m.end].lower_ if m.end < len(doc) else ""
    if m.kind == "Person":
        return noun in gazetteer.WORK_NOUNS or noun in {"report", "review", "inquiry"}
    # "the Audit Commission report" is by an actor; "the Today programme" is no actor
    return noun in gazetteer.WORK_NOUNS and m.label not in gazetteer.PARTIES and m.kind == "Organisation"


def _place_name(doc: Doc, m: Mention) -> bool:
    """ "at Newtown" tagged PERSON: a one-word name after a preposition of place, with no title."""
    before = doc[m.start - 1] if m.start else None
    if m.kind != "Person" or before is None:
        return False
    members = {"mp", "msp", "mep", "am", "mla"}
    if before.lower_ == "for" and m.start > 1 and doc[m.start - 2].lower_ in members:
        return True  # "the MP for Newtown West": the constituency
    return m.end - m.start == 1 and before.lower_ in {"in", "at", "near"} and doc[m.start].dep_ == "pobj"


def _join_departments(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Department for Education and Skills" split in two by the recogniser: one organisation."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == m.kind == "Organisation" and m.start == prev.end + 1
                and doc[prev.end].lower_ == "and" and gazetteer.is_department(prev.label)):
            text = doc[prev.start : m.end].text
            out[-1] = Mention(prev.start, m.end, "Organisation", text, text)
            continue
        out.append(m)
    return out


_CONNECTIVES = frozenset({"But", "And", "Or", "So", "Yet", "The", "A", "An", "As", "If", "When"})


def _short_forms(labels: list[str]) -> dict[str, str]:
    """ "Treasury Select Committee" → "House of Commons Treasury Select Committee": a name of two or more
    words that ends another, longer organisation name of the story is that organisation."""
    longer = sorted(set(labels), key=lambda x: -len(x.split()))
    found: dict[str, str] = {}
    for short in set(labels):
        words = short.split()
        if len(words) < 2 or short in gazetteer.PARTIES:
            continue  # "Labour Party" is not "Scottish Labour Party"
        full = [x for x in longer if len(x.split()) > len(words) and x.split()[-len(words):] == words
                and " and " not in x and x.split()[0] not in _CONNECTIVES]
        if len({*full}) == 1:
            found[short] = full[0]
    return found


def _one_word_forms(labels: list[str]) -> dict[str, str]:
    """ "Greenpeace" after "Greenpeace International": a one-word organisation name that starts exactly one
    longer name of the story, the rest a droppable tail such as "International", is that organisation."""
    found: dict[str, str] = {}
    for short in {x for x in labels if len(x.split()) == 1}:
        full = {x for x in labels if len(x.split()) > 1 and x.split()[0] == short
                and all(w.lower() in gazetteer.DROPPABLE_NAME_TAILS for w in x.split()[1:])}
        if len(full) == 1:
            found[short] = full.pop()
    return found


def _members_committee(labels: list[str]) -> dict[str, str]:
    """ "MPs said" read as a name, in a story naming exactly one committee: that committee (its report)."""
    committees = {x for x in labels if "committee" in x.lower().split()}
    members = {x for x in labels if x.lower() in gazetteer.MEMBER_PLURALS}
    return {x: next(iter(committees)) for x in members} if len(committees) == 1 else {}


def named_force(label: str, index: ActorIndex) -> str:
    """ "the police" in a story naming exactly one "Westshire Police": that force; else the label as is."""
    word = label.lower()
    if word not in gazetteer.ONE_FORCE_BODIES:
        return label
    forces = {info.label for info in index.actors.values() if info.kind == "Organisation"
              and len(info.label.split()) > 1 and info.label.split()[-1].lower() == word
              and info.label.split()[0] not in _CONNECTIVES}
    return forces.pop() if len(forces) == 1 else label


def _party_machine(label: str) -> str | None:
    """ "Labour campaign", "Tory campaign headquarters", "Conservative election campaign": the party."""
    words = label.lower().split()
    machine = False
    while len(words) > 1 and (words[-1] in gazetteer.PARTY_MACHINE_NOUNS or words[-1] == "election"
                              or " ".join(words[-2:]) in gazetteer.PARTY_MACHINE_NOUNS):
        machine = machine or words[-1] != "election"
        words = words[:-2] if " ".join(words[-2:]) in gazetteer.PARTY_MACHINE_NOUNS else words[:-1]
    return gazetteer.party_names().get(" ".join(words)) if machine else None


def build_index(doc: Doc, mentions: list[Mention]) -> ActorIndex:
    """Merge mentions into actors; canonical labels are the fullest names."""
    mentions = [m for m in mentions if not _title_of_work(doc, m) and not _place_name(doc, m)]
    mentions = _relabel_orgs_as_persons(doc, _join_departments(doc, mentions))
    persons = _person_clusters(doc, [m for m in mentions if m.kind == "Person"])
    bodies = [m.label for m in mentions if m.kind == "Organisation" and len(m.label.split()) > 2]
    # "PCS" for "Public and Commercial Services Union": initials may leave out the head noun
    acronyms = {_initials(" ".join(b.split()[:-1])): b for b in bodies
                if b.split()[-1].lower() in gazetteer.ORGANISATION_HEADS and len(_initials(b)) > 3}
    acronyms |= {_initials(b): b for b in bodies}
    acronyms |= _short_forms([m.label for m in mentions if m.kind == "Organisation"])
    acronyms = _one_word_forms([m.label for m in mentions if m.kind == "Organisation"]) | acronyms
    acronyms |= _members_committee([m.label for m in mentions if m.kind == "Organisation"])
    index = ActorIndex()
    for m in mentions:
        label = m.label
        if m.kind == "Person":
            label = persons.get(m.start, label)
        elif m.kind == "Organisation" and label in acronyms:
            label = acronyms[label]
        elif m.kind == "Organisation":
            label = _party_machine(label) or label
        info = ActorInfo(label=label, kind=m.kind, first=m.start)
        key = index.add(m, info)
        gender = _gender(doc, m) if m.kind == "Person" else None
        if gender and index.actors[key].gender is None:
            index.actors[key].gender = gender
    _upgrade_labels(index)
    return index


def _upgrade_labels(index: ActorIndex) -> None:
    """Person keys were minted from the label known at each mention; fold shorter keys into fuller ones."""
    people = [k for k, v in index.actors.items() if v.kind == "Person"]
    for key in people:
        info = index.actors.get(key)
        if info is None:
            continue
        for other in people:
            target = index.actors.get(other)
            if other == key or target is None or len(target.label.split()) <= len(info.label.split()):
                continue
            if _compatible(info.label.split(), target.label.split()) and (
                info.label.split()[-1].lower() == target.label.split()[-1].lower()
            ):
                _merge(index, key, other)
                break


def _merge(index: ActorIndex, old: str, new: str) -> None:
    source, target = index.actors.pop(old), index.actors[new]
    target.aliases |= source.aliases | {source.label}
    target.count += source.count
    target.first = min(target.first, source.first)
    target.gender = target.gender or source.gender
    index.token_actor = {i: (new if k == old else k) for i, k in index.token_actor.items()}
    index.mentions = [(m, new if k == old else k) for m, k in index.mentions]
