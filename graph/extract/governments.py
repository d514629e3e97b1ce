"""Which government or opposition a person serves when no title names it: ministers serve the story's home
country (else the one country named as a side, else a stand-in government), ministers of a nation inside a
state serve its devolved government, shadow ministers the official opposition; departments serve their
government.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graph.extract import gazetteer
from graph.extract.actors import ActorIndex, ActorInfo
from graph.extract.names import actor_key
from graph.extract.personwords import GOVERNMENT_ROLE_WORDS, NON_GOVERNMENT_ROLE_WORDS
from graph.records import ActorKind


def home_affiliations(index: ActorIndex, home: str | None) -> None:
    """Ministers without a named country serve the story's home country ("Home Secretary X"); so do its
    government departments, unless a department belongs to one government by name ("the Home Office")."""
    for info in list(index.actors.values()):
        if info.kind == "Person" and not info.affiliation:
            _person_home(index, info, home)
        elif info.kind == "Organisation" and home is not None and gazetteer.is_department(info.label):
            # with no home country the story's "government" is a stand-in actor: adding a country would
            # split it in two
            country = gazetteer.DEPARTMENT_COUNTRY.get(info.label.lower().removeprefix("the "))
            info.affiliation = info.affiliation or (_country_key(index, country) if country else home)
    _devolved_ministers(index, home)


def _devolved_government(index: ActorIndex) -> str | None:
    """The one government of a nation inside a state named in the story ("the Northern Ireland Executive")."""
    found = set()
    for key, info in index.actors.items():
        words = info.label.lower().split()
        for size in (1, 2, 3):
            nation = gazetteer.country_of(" ".join(words[:size])) if len(words) > size else None
            tail = " ".join(words[size:])
            if nation in gazetteer.PART_OF and tail in gazetteer.DEVOLVED_GOVERNMENT_HEADS:
                found.add(key)
    return found.pop() if len(found) == 1 else None


def _devolved_ministers(index: ActorIndex, home: str | None) -> None:
    """ "First Minister X", "Finance Minister Y" in a story naming a nation's executive serve it, not the
    state or the nation (a state's secretaries and chancellor keep their country)."""
    government = _devolved_government(index)
    if government is None:
        return
    sides = {home} | {k for k, v in index.actors.items() if v.label in gazetteer.PART_OF}
    for info in index.actors.values():
        words = set((info.role or "").lower().split())
        if info.kind == "Person" and "minister" in words and not words & {"prime", "shadow"} and (
                info.affiliation is None or info.affiliation in sides):
            info.affiliation = government


def _person_home(index: ActorIndex, info: ActorInfo, home: str | None) -> None:
    """A shadow minister serves the opposition; a minister or head of government the home government: the
    home country, else the one country the story names, else (none named) the story's stand-in government."""
    role = (info.role or "").lower()
    words = set(role.split())
    if "shadow" in words:
        info.affiliation = _opposition_key(index, home) if home is not None else None
        return
    if not (info.governs or _is_minister(info)):
        return
    if home is None and not any(v.kind == "Country" and v.count for v in index.actors.values()):
        home = _country_key(index, gazetteer.UNKNOWN_GOVERNMENT, kind="Organisation")
    info.affiliation = home


def _is_minister(info: ActorInfo) -> bool:
    role = (info.role or "").lower()
    words = set(role.split())
    union_office = "general secretary" in role or "secretary general" in role
    return bool(words & GOVERNMENT_ROLE_WORDS) and not words & NON_GOVERNMENT_ROLE_WORDS and not union_office


def lone_country(doc: Doc, index: ActorIndex) -> None:
    """A minister with no country in a story whose only country is named as a side, not a place, serves it
    ("Chancellor X … Britain's economy"); with none named or several, `home_affiliations` decides."""
    countries = {k for k, v in index.actors.items() if v.kind == "Country"}  # with a home added unnamed
    sides = {k for m, k in index.mentions if k in countries and not is_place(doc[m.end - 1])}
    if len(countries) != 1 or len(sides) != 1:
        return
    for info in index.actors.values():
        if info.kind == "Person" and not info.affiliation and _is_minister(info):
            info.affiliation = next(iter(sides))


def _opposition_key(index: ActorIndex, home: str) -> str | None:
    """The key of the home country's official opposition party (the holder of "shadow" offices), added to
    the index when the story does not name it; None for a country without one in the table."""
    party = gazetteer.OFFICIAL_OPPOSITION.get(index.actors[home].label)
    if party is None:
        return None
    key = actor_key(party)
    if key not in index.actors:
        index.actors[key] = ActorInfo(label=party, kind="Organisation", first=len(index.token_actor))
    return key


def _country_key(index: ActorIndex, country: str, kind: ActorKind = "Country") -> str:
    """The key of `country`, added to the index when the story does not name it."""
    key = actor_key(country)
    if key not in index.actors:
        index.actors[key] = ActorInfo(label=country, kind=kind, first=len(index.token_actor))
    return key


def is_place(tok: Token) -> bool:
    """A country named as a place ("a visit to Israel", "troops in Iraq"), not as a side someone serves."""
    return tok.dep_ == "pobj" or (tok.dep_ == "compound" and tok.head.dep_ == "pobj")
