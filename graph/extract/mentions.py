"""Finds actor mentions in a parsed Doc: named entities and government metonyms resolved by the gazetteer.

A mention is a token range with a kind and a candidate label; `actors.py` merges mentions into actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from graph.extract import gazetteer
from graph.extract.names import strip_honorifics, strip_possessive
from graph.extract.people import NAME_INTRODUCERS, honorific_name, nickname, person_shaped
from graph.extract.personwords import HONORIFICS, ROLE_HEADS, TITLE_WORDS
from graph.extract.titles import (
    POSTNOMINALS,
    drop_leading_modifiers,
    drop_trailing_title,
    inside_title,
    is_title_or_pair,
    known_body,
    party_before_title,
)
from graph.records import ActorKind

# Entity labels that can be actors; LOC/FAC only when the gazetteer knows them (e.g. "the White House").
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Organisation "names" that are artefacts of news layout or generic words, not actors.
_NOT_ACTORS = frozenset({"photo", "reuters", "ap", "afp", "getty", "getty images", "epa", "pa", "file photo",
                         "gmt", "bst", "utc"})


# Parts of hyphenated titles the tokenizer splits off ("Co-Chairman", "Vice-President").
_WEB_NAME = re.compile(r"\.(com|org|net|co\.uk|info|ru|uz|de|fr)\b|^www\.|https?:")


@dataclass(frozen=True)
class Mention:
    """Tokens `start:end` of the Doc naming an actor of `kind` whose candidate label is `label`.

    `modifier` is true for a demonym or party adjective ("French", "Tory") that only qualifies a noun.
    """

    start: int
    end: int
    kind: ActorKind
    label: str
    text: str
    modifier: bool = False


def _clean(span: Span) -> tuple[int, int, str]:
    """Span bounds and text without a leading "the" and a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in {"the", "a", "an", "but", "and", "or", "so", "yet"}:
        start += 1  # "But Home Office minister X": the sentence's conjunction is no part of the name
    for i in range(start, end - 1):  # a headline or byline line break ends a name
        if "\n" in doc[i].whitespace_ or doc[i + 1].is_space:
            end = i + 1
            break
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    while end - start > 2 and doc[end - 2].text == "-" and doc[end - 1].text.islower():
        end -= 2  # "Jane Doe-style politics": the name without its suffix
    return start, end, strip_possessive(doc[start:end].text) if end > start else ""


def given_name_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """ "Jane Doe, for the …": a common given name and a surname the recogniser left untagged."""
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in taken or tok.pos_ != "PROPN" or tok.lower_ not in gazetteer.given_names():
            i += 1
            continue
        end = _name_run(doc, i, taken)
        after = doc[end] if end < len(doc) else None
        glued = after is not None and after.text == "-" and not doc[end - 1].whitespace_  # "Jane Doe-Smith"
        org_next = glued or (after is not None and (after.text[:1].isupper()
                                                    or after.lower_ in gazetteer.LOWER_CASE_HEADS))
        if 2 <= end - i <= 3 and person_shaped(doc, i, end) and not org_next:
            found.append(Mention(i, end, "Person", strip_possessive(doc[i:end].text), doc[i:end].text))
        i = max(end, i + 1)
    return found


def _side_phrase(doc: Doc, start: int, end: int) -> int:
    """End of "the French side"/"the Kenyan delegation": the side noun right after a country word, else 0."""
    if end < len(doc) and doc[end].lower_ in gazetteer.SIDE_NOUNS:
        return end + 1
    return 0


def _resolve(text: str, label: str) -> tuple[ActorKind, str] | None:
    """Kind and canonical label of an entity text, or None when it is not an actor."""
    low = " ".join(text.lower().replace("’", "'").split())
    if not low or low in _NOT_ACTORS or _WEB_NAME.search(low):
        return None  # bylines and web addresses ("Example.com") name the outlet, not an actor
    words = low.split()
    dated = len(words) == 3 and words[1] == "of" and words[2].isdigit()  # "the Budget of 2002"
    if words[-1] in gazetteer.DOCUMENT_HEADS or " ".join(words[-2:]) in gazetteer.DOCUMENT_HEADS or (
            dated and words[0] in gazetteer.DOCUMENT_HEADS):
        return None  # "the Floods Bill", "the Budget": a law or document is argued about, it does not act
    if label in {"ORG", "NORP", "PERSON", "GPE"} and low in gazetteer.party_names():
        return "Organisation", gazetteer.party_names()[low]
    orgs = gazetteer.organisation_names()
    if label in {"ORG", "GPE", "NORP", "PERSON"} and low in orgs and (low != "who" or text == "WHO"):
        return "Organisation", orgs[low]
    country = gazetteer.country_of(text)
    if country and label in {"GPE", "NORP", "ORG", "LOC", "FAC", "PERSON"}:
        if label == "PERSON" and low in gazetteer.demonyms():
            return None
        return "Country", country
    if label == "PERSON" and len(words) == 2 and words[0] in gazetteer.demonyms() and words[1].endswith("s"):
        return None  # "Scottish Borderers", "Welsh Guards": a body of people, not a person
    if label == "PERSON" and gazetteer.is_department(text):
        return "Organisation", text  # "Defra said": a department's initials tagged as a person
    if label == "PERSON" and (nation := re.fullmatch(r"([a-z]+?)(?:wo)?m[ae]n", low)):
        if nation.group(1) in gazetteer.demonyms():
            return None  # "an Englishman": someone of a nation, not a named person
    if label == "PERSON":
        name = strip_honorifics(text)
        return ("Person", name) if name.lower() not in HONORIFICS else None
    if label == "ORG" and gazetteer.is_department(text):
        return "Organisation", text  # "the Treasury said": a department, though its words also make titles
    if label == "ORG" and not is_title_or_pair(text):
        return "Organisation", text
    return None


def _extend_left(doc: Doc, start: int, end: int, text: str) -> tuple[int, str]:
    """'Independence Party' → 'UK Independence Party', 'Democrats' → 'Liberal Democrats' (known names)."""
    if start == 0:
        return start, text
    longer = f"{doc[start - 1].text} {text}"
    low = longer.lower()
    if low in gazetteer.party_names() or low in gazetteer.organisation_names():
        return start - 1, longer
    return start, text


def _titled_name_before(doc: Doc, start: int) -> bool:
    """A title and a given name right before a one-word "organisation": the surname of a person."""
    if start < 2 or doc[start - 1].ent_type_ or doc[start - 1].pos_ != "PROPN":
        return False
    return doc[start - 2].lower_.rstrip(".") in HONORIFICS and doc[start - 1].text[:1].isupper()


def _government_of(text: str) -> str | None:
    """'UK Government', 'the French government': the country, when the rest of the name is one."""
    words = text.split()
    if len(words) >= 2 and words[-1].lower() in gazetteer.SIDE_NOUNS:
        return gazetteer.country_of(" ".join(words[:-1]))
    return None


def entity_mentions(doc: Doc) -> list[Mention]:
    """Mentions from the entity recogniser, resolved through the gazetteer."""
    found: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in _ACTOR_LABELS:
            continue
        start, end, _ = _clean(ent)
        for part_start, part_end, label in _entity_parts(doc, start, end, ent.label_):
            text = strip_possessive(doc[part_start:part_end].text)
            mention = _entity_mention(doc, part_start, part_end, text, label, ent.start)
            if mention is not None:
                found.append(mention)
    return found


def _entity_parts(doc: Doc, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """One entity, or two when a person's honorific starts inside it ("the Policy Centre Mr Doe")."""
    for k in range(start + 1, end):
        if doc[k].lower_.rstrip(".") in NAME_INTRODUCERS and (k + 1 == end or doc[k + 1].text[:1].isupper()):
            return [(start, k, "ORG")] + ([(k, end, "PERSON")] if k + 1 < end else [])
    return [(start, end, label)]


def _entity_mention(doc: Doc, start: int, end: int, text: str, ent_label: str,
                    ent_start: int) -> Mention | None:
    """The mention an entity span stands for, after the fixes for the recogniser's usual slips."""
    if end <= start:
        return None
    body = doc[end - 1].lower_ in gazetteer.BODY_HEADS  # "Chairman of the Audit Committee X"
    if ent_label in {"ORG", "NORP"} and inside_title(doc, start) and not body:
        return None  # "Minister for Sport, Arts and Tourism": part of a title
    if ent_label == "ORG" and _titled_name_before(doc, start):
        name = doc[start - 1 : end].text
        return Mention(start - 1, end, "Person", name, name)  # "Bishop Ana Ruiz-Lopez" read as an ORG
    if ent_label == "ORG" and (cut := drop_trailing_title(doc, start, end)) < end:
        end = cut
        text = strip_possessive(doc[start:end].text)
        if end <= start or not known_body(text):
            return None  # "the MEP", "Mid-Shire MP": an office, no body named before it
    if ent_label in {"ORG", "PERSON"} and (party_end := party_before_title(doc, start, end)):
        end, text = party_end, doc[start:party_end].text  # "Green Newtown leader X", "Lib Dem Home Affairs"
    start, text = _extend_left(doc, start, end, text)
    label = ent_label
    if label == "ORG" and (person_shaped(doc, start, end) or honorific_name(doc, start, end)):
        label = "PERSON"  # "Jane Doe, for the …, said": a person the recogniser called an ORG
    elif label == "PERSON" and end - start == 1 and len(text) > 1 and text.isupper():
        label = "ORG"  # "XYZ said": initials name an organisation, not a person
    if label == "PERSON" and nickname(doc, start, end):
        return None
    if label == "PERSON":
        start, text = drop_leading_modifiers(doc, start, end, text)
    if (country := _government_of(text)) is not None:
        return Mention(start, end, "Country", country, doc[start:end].text)
    resolved = _resolve(text, label)
    if resolved is None:
        return None
    kind, label = resolved
    side_end = _side_phrase(doc, start, end) if kind == "Country" else 0
    modifier = ent_label == "NORP" and not side_end and doc[end - 1].dep_ in {"amod", "compound"}
    if side_end:
        start, end = ent_start, side_end
    return Mention(start, end, kind, label, doc[start:end].text, modifier)


def gazetteer_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """Government seats and parties the entity recogniser missed ("Downing Street", "the Tories")."""
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        if i in taken:
            i += 1
            continue
        for size in (3, 2, 1):
            span = doc[i : i + size]
            if len(span) < size or any(t.i in taken for t in span):
                continue
            low = span.text.lower().replace("’", "'")
            hit = _gazetteer_hit(span, low)
            if hit:
                kind, label = hit
                modifier = span[-1].dep_ in {"amod", "compound"}
                found.append(Mention(i, i + size, kind, label, span.text, modifier))
                i += size - 1
                break
        i += 1
    return found


def _gazetteer_hit(span: Span, low: str) -> tuple[ActorKind, str] | None:
    """Seat or party named by `span` when it is written as a name (capitalised)."""
    if not span[0].text[:1].isupper():
        return None
    if low in gazetteer.GOVERNMENT_SEATS:
        return "Country", gazetteer.GOVERNMENT_SEATS[low]
    if low in gazetteer.party_names() and span[-1].pos_ in {"PROPN", "ADJ", "NOUN"}:
        return "Organisation", gazetteer.party_names()[low]
    people = len(span) == 1 and span[0].tag_ in {"NNS", "NNPS"} and span[0].dep_ in {"nsubj", "nsubjpass"}
    if people and (country := gazetteer.country_of(span.text)):
        return "Country", country  # "Islanders voted …": a plural demonym the recogniser missed
    return None


def _name_run(doc: Doc, i: int, taken: set[int]) -> int:
    """End of a run of capitalised proper nouns starting at `i` that are no title words (i if none)."""
    j = i
    while (j < len(doc) and j not in taken and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()
           and doc[j].lower_ not in TITLE_WORDS and doc[j].lower_ not in HONORIFICS and doc[j].is_alpha):
        j += 1
    return j


def titled_person_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """People the recogniser missed: "Ms Smith", "Special Envoy Jane Smith" (title, then a proper name)."""
    found: list[Mention] = []
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if i in taken or (found and i < found[-1].end):
            continue
        end = _name_run(doc, i, taken)
        honorific = prev.lower_.rstrip(".") in NAME_INTRODUCERS
        near_title = any(t.lower_ in ROLE_HEADS and t.text[:1].isupper() for t in doc[max(0, i - 5) : i])
        titled = (prev.lower_ in ROLE_HEADS and prev.text[:1].isupper()) or (
            near_title and (prev.i in taken or prev.lower_ in {"for", "of"})
        )
        if titled and end - i >= 3 and gazetteer.country_of(doc[i].text):
            i += 1  # "Envoy for Chad Jane Smith": the country belongs to the title
        if end - i >= (1 if honorific else 2) and (honorific or titled) and not nickname(doc, i, end):
            span = doc[i:end]
            found.append(Mention(i, end, "Person", strip_possessive(span.text), span.text))
    return found


def _org_name_end(doc: Doc, i: int) -> int:
    """End of "Foreign Office" / "National Farmers union" starting at `i`, else i."""
    j, last_cap = i, i
    while j < len(doc) and (doc[j].text[:1].isupper() or (doc[j].lower_ in {"and", "of", "for"} and j > i)
                            or _inner_article(doc, i, j)):
        if doc[j].text[:1].isupper():
            last_cap = j
        j += 1
    # "Cars at 20 alliance": a lower-case head may follow a name with "at" and numbers in it
    k = j
    while k < len(doc) and k - j < 3 and (doc[k].like_num or doc[k].lower_ in {"at", "for"}):
        k += 1
    for end in (j, k):
        if end < len(doc) and doc[end].lower_ in gazetteer.LOWER_CASE_HEADS and end > i:
            return end + 1  # "… Services union": the head written in lower case
    if last_cap > i and doc[last_cap].lower_ in gazetteer.ORGANISATION_HEADS:
        return last_cap + 1
    return i


def _inner_article(doc: Doc, i: int, j: int) -> bool:
    """ "Save the Rural Schools campaign", "Stop the Levy alliance": a "the" inside a capitalised name, right
    after its first word and before another capitalised word."""
    return j == i + 1 and doc[j].lower_ == "the" and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()


def organisation_name_mentions(doc: Doc) -> list[Mention]:
    """Organisations named by a capitalised phrase with an organisation head noun, found by pattern."""
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        prev = doc[i - 1] if i else None
        opener = prev is None or prev.lower_ == "the" or prev.pos_ in {"CCONJ", "SCONJ"}  # "But Home Office"
        start_ok = doc[i].text[:1].isupper() and doc[i].lower_ != "the" and (
            opener or (prev is not None and not prev.text[:1].isupper()))
        end = _org_name_end(doc, i) if start_ok else i
        initials = doc[i].is_upper and len(doc[i]) > 2  # "the XYZ committee": initials tagged as a person
        verb_name = doc[i].pos_ == "VERB" and _inner_article(doc, i, i + 1)  # "Stop the War campaigners"
        word_ok = verb_name or doc[i].pos_ not in {"PRON", "DET", "VERB", "AUX", "ADP", "CCONJ", "SCONJ"}
        name_like = word_ok and (doc[i].ent_type_ not in {"PERSON", "GPE"} or initials)
        if end > i + 1 and name_like:
            text = doc[i:end].text
            resolved = _resolve(text, "ORG") or ("Organisation", text)
            if gazetteer.country_of(text) is None and resolved[0] == "Organisation":
                found.append(Mention(i, end, "Organisation", resolved[1], text))
            i = end
            continue
        i += 1
    return found


def _overlaps(m: Mention, others: list[Mention]) -> bool:
    return any(m.start < o.end and o.start < m.end for o in others)


def find_mentions(doc: Doc) -> list[Mention]:
    """Every actor mention of the Doc, in text order, without overlaps."""
    named = organisation_name_mentions(doc)
    mentions = [m for m in entity_mentions(doc) if not _overlaps(m, named) or m.kind != "Organisation"]
    mentions = [m for m in mentions if not _overlaps(m, named)] + named
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += titled_person_mentions(doc, taken)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += given_name_mentions(doc, taken)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += gazetteer_mentions(doc, taken)
    return [_judicial(doc, m) for m in _with_postnominals(doc, _without_nested(mentions))]


def _judicial(doc: Doc, m: Mention) -> Mention:
    """ "the House of Lords ruling": the chamber sitting as a court is its law lords."""
    if (m.label == gazetteer.UPPER_CHAMBER and m.end < len(doc)
            and doc[m.end].lower_.rstrip("s") in gazetteer.RULING_NOUNS):
        return replace(m, label=gazetteer.COLLECTIVE_ACTORS["law lords"])
    return m


def _without_nested(mentions: list[Mention]) -> list[Mention]:
    """In text order; a mention inside a longer one ("Liberal" of "Liberal Democrat") is dropped."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if not out or m.end > out[-1].end:
            out.append(m)
    return out


def _with_postnominals(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Tom Doe MSP", "Ann Roe QC": the letters belong to the person's mention, not to the label."""
    out: list[Mention] = []
    letters: set[int] = set()
    for m in mentions:
        if m.start in letters:
            continue  # letters taken by the person before ("MSP" read as an organisation)
        if m.kind == "Person":
            end = m.end
            while end < len(doc) and doc[end].text in POSTNOMINALS:
                letters.add(end)
                end += 1
            words = m.label.split()
            while len(words) > 2 and words[-1] in POSTNOMINALS:
                words = words[:-1]
            m = Mention(m.start, end, m.kind, " ".join(words), doc[m.start : end].text, m.modifier)
        out.append(m)
    return out
