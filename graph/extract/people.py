"""Names shaped like people's: a given name and a surname the recogniser tags as an organisation or misses,
"Mr X" tagged as an organisation, and nicknames between quote marks (which name no one).

Predicates over token ranges of a parsed Doc; `mentions.py` turns them into mentions.
"""

from __future__ import annotations

from spacy.tokens import Doc

from graph.extract import gazetteer
from graph.extract.personwords import HONORIFICS, TITLE_WORDS

NAME_INTRODUCERS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness"})

# Words that make a "Given Surname"-shaped name an organisation after all ("Jane Smith Foundation").
ORG_WORDS = frozenset({
    "partnership", "group", "bank", "trust", "house", "school", "college", "university", "hospital", "fund",
    "party", "club", "society", "company", "ltd", "plc", "inc", "news", "times", "post", "centre", "center",
    "street", "road", "square", "hall", "bridge", "airport", "station", "prize", "award", "report", "review",
    "fellowship", "forum", "network", "league", "academy", "church", "alliance", "institute", "mission",
})


def person_shaped(doc: Doc, start: int, end: int) -> bool:
    """ "Jane Smith" tagged ORG: two or three capitalised words starting with a common given name."""
    words = doc[start:end]
    if not 2 <= len(words) <= 3 or words[0].lower_ not in gazetteer.given_names():
        return False
    for tok in words:
        low = tok.lower_
        if not (tok.text[:1].isupper() and tok.text.replace("-", "").replace("'", "").isalpha()):
            return False
        if low in ORG_WORDS or low in gazetteer.ORGANISATION_HEADS or low in gazetteer.LOWER_CASE_HEADS:
            return False
        if low in TITLE_WORDS or low in gazetteer.party_names() or gazetteer.country_of(tok.text):
            return False
    return True


QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''", "'", "‘", "’"})


def nickname(doc: Doc, start: int, end: int) -> bool:
    """ 'dubbing him "Sir Spendalot"': a name alone between quote marks is a nickname, not a person."""
    while start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS:
        start -= 1
    inside = 0 < start and end < len(doc)
    return inside and doc[start - 1].text in QUOTE_MARKS and doc[end].text in QUOTE_MARKS


def honorific_name(doc: Doc, start: int, end: int) -> bool:
    """ "Ms Doe" tagged ORG: an honorific and capitalised names."""
    words = doc[start:end]
    return len(words) >= 2 and words[0].lower_.rstrip(".") in NAME_INTRODUCERS and all(
        t.text[:1].isupper() for t in words[1:])
