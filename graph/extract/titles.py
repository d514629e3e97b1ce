"""Titles the entity recogniser glues to names: "Conservative Party Co-Chairman", "Labour MP", "Lib Dem Home
Affairs", "Green Newtown" (a party and a place), "Lib Dem MP Jo Bell", "Ann Roe QC". Functions over token
ranges of a Doc.
"""

from __future__ import annotations

from spacy.tokens import Doc

from graph.extract import gazetteer
from graph.extract.personwords import ROLE_HEADS, TITLE_WORDS

_TITLE_PREFIXES = frozenset({"co", "vice", "deputy", "-", "shadow", "acting", "joint", "prime"})


def party_before_title(doc: Doc, start: int, end: int) -> int:
    """End of the party words of "Green Newtown" or "Lib Dem Home Affairs" (a party, then one place word
    or only title words), else 0."""
    for size in (2, 1):
        if end - start <= size or doc[start : start + size].text.lower() not in gazetteer.party_names():
            continue
        rest = doc[start + size : end]
        if doc[start:end].text.lower() in gazetteer.party_names() or rest[-1].lower_ in {"party", "campaign"}:
            return 0
        titles = all(t.lower_ in TITLE_WORDS for t in rest)
        place = len(rest) == 1 and rest[0].lower_ not in gazetteer.ORGANISATION_HEADS
        return start + size if titles or place else 0
    return 0


def known_body(text: str) -> bool:
    """A party, a known organisation, a country, or a name ending in an organisation head noun."""
    low = " ".join(text.lower().split())
    if low in gazetteer.party_names() or low in gazetteer.organisation_names() or gazetteer.country_of(text):
        return True
    return len(low.split()) > 1 and low.split()[-1] in gazetteer.ORGANISATION_HEADS


def drop_trailing_title(doc: Doc, start: int, end: int) -> int:
    """ "Conservative Party Co-Chairman" tagged ORG: the body ends before the title of its officer."""
    if end <= start or doc[end - 1].lower_ not in ROLE_HEADS:
        return end
    if any(t.lower_ in {"of", "for"} for t in doc[start:end]):
        return end  # "Office of the Deputy Prime Minister" names a department
    while end > start and (doc[end - 1].lower_ in ROLE_HEADS or doc[end - 1].lower_ in _TITLE_PREFIXES):
        end -= 1
    return end


# Titles of elected members that precede names ("Labour MSP Jo Bell") or stand as words of their own.
_MEMBER_TITLES = frozenset({"mp", "mps", "msp", "msps", "mep", "meps", "mla", "mlas"})
_ROLE_WORDS = ROLE_HEADS | gazetteer.EXTRA_ROLE_HEADS
# Letters after a person's name: a title or honour, not part of the name nor an organisation.
POSTNOMINALS = frozenset({"MP", "MSP", "MEP", "MLA", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "JP"})


def drop_leading_modifiers(doc: Doc, start: int, end: int, text: str) -> tuple[int, str]:
    """'Tory David Smith' → 'David Smith': a party, demonym or role word is no part of a person's name (nor
    a two-word party, "Lib Dem Jo Bell", nor a dash, "MPs - Jo Bell")."""
    while end - start > 2:
        size = 0
        if end - start > 3 and doc[start : start + 2].text.lower() in gazetteer.party_names():
            size = 2
        elif (doc[start].lower_ in gazetteer.party_names() or doc[start].lower_ in gazetteer.demonyms()
              or doc[start].lower_ in _ROLE_WORDS or doc[start].lower_ in _MEMBER_TITLES
              or doc[start].text == "-"):
            size = 1
        after = doc[start + size]
        if not size or after.tag_ == "POS" or (after.is_punct and after.text != "-"):
            break  # "Lib Dem's Citizen's Pension": a party owning a thing, not a title
        start += size
    return start, doc[start:end].text if start < end else text


def is_title_or_pair(text: str) -> bool:
    """ "State" of "Secretary of State", "National Security", or "France-Germany": no organisation."""
    words = text.lower().split()
    if all(w in TITLE_WORDS for w in words):
        return True
    parts = [p for p in text.replace("–", "-").split("-") if p]
    return len(parts) > 1 and all(gazetteer.country_of(p) for p in parts)


def inside_title(doc: Doc, start: int) -> bool:
    """A name that continues a title's "for …" list ("Minister for Sport, Arts and …")."""
    window = doc[max(0, start - 8) : start]
    for k, tok in enumerate(window):
        titled = tok.lower_ in ROLE_HEADS and tok.text[:1].isupper()
        if titled and k + 1 < len(window) and window[k + 1].lower_ in {"for", "of"}:
            between = window[k + 2 :]  # a person named in between closes the title ("…, UN envoy")
            return all((t.text[:1].isupper() or t.lower_ in {",", "and", "the"}) and t.ent_type_ != "PERSON"
                       for t in between)
    return False
