"""Who holds a stance: the subject of a cue resolved to actors (conjuncts, collectives, safe pronouns).

"Paris and Berlin" → both countries; "both sides" → the main participants of the document; "a Labour
spokesman" → the Labour Party; "He noted" → the last person who was a subject, only when that is safe.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract import bodies, gazetteer, groups, spokesmen
from graph.extract.actors import named_force
from graph.extract.context import Context as Context
from graph.extract.context import add_actor as _add_actor
from graph.extract.context import home_country as home_country
from graph.extract.context import participants as participants
from graph.extract.lexicon import VERB_CUES
from graph.extract.personwords import COLLECTIVE_SUBJECTS, PRONOUN_GENDER, PRONOUN_PERSON, ROLE_HEADS

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
REPORT_LEMMAS = frozenset(lemma for lemma, cue in VERB_CUES.items() if cue.report)
# Nouns standing for the body named in their modifier ("a Labour spokesman", "Tory leaders").
_SPOKES_NOUNS = gazetteer.SIDE_NOUNS | ROLE_HEADS | {"party", "spokesman", "spokeswoman", "source", "sources",
                                                        "figures", "members", "mps", "ministers", "aides"}
_SPOKES_LEMMAS = {"spokesperson", "official", "officials", "minister", "source", "department", "team"}
_COLLECTIVE_HEADS = frozenset({"sides", "parties", "countries", "nations", "governments", "delegations",
                               "leaders", "both"})


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing through xcomp/conj/advcl chains ("agreed to arrange", "arguing")."""
    tok = verb
    for _ in range(4):
        # with two subjects (a misparse), the one nearest before the verb is the real one
        subjects = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS]
        before = [c for c in subjects if c.i < tok.i]
        subj = _agent(tok)  # "was backed by X": X holds the stance
        if subj is None:
            subj = before[-1] if before else (subjects[0] if subjects else None)
        if subj is not None:
            return subj
        if tok.dep_ in {"xcomp", "conj", "advcl", "acomp"} and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pcomp" and tok.head.dep_ == "prep":  # "… by calling for X", "after deciding to"
            obj = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
            if tok.head.lower_ == "for" and obj is not None:
                return obj  # "suspended the branch for refusing to …": the branch refused
            tok = tok.head.head
        else:
            return None
    return None


def _agent(verb: Token) -> Token | None:
    """The "by" phrase of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _actor_of(tok: Token, ctx: Context) -> str | None:
    """The actor a noun names directly, or through a modifier of a spokes-noun ("a Labour spokesman")."""
    key = ctx.index.actor_at(tok.i)
    if key:
        return key
    if key := _shortened_name(tok, ctx):
        return key
    if _is_home_government(tok):
        return ctx.home or _add_actor(ctx, gazetteer.UNKNOWN_GOVERNMENT, "Organisation")
    collective = _collective_actor(tok)
    if collective:
        return _add_actor(ctx, named_force(collective, ctx.index), "Organisation")
    cause = groups.cause_group(tok, ctx.index)
    if cause:  # "pro-X campaigners" and "pro-X supporters" are one body
        same = groups.same_cause(cause, [info.label for info in ctx.index.actors.values()])
        return _add_actor(ctx, same or cause, "Organisation")
    for child in tok.children:  # "his Spanish counterpart, Jane Doe": the named person in apposition
        if child.dep_ == "appos" and (key := ctx.index.actor_at(child.i)):
            return key
    if tok.lower_ in spokesmen.SPOKESPEOPLE:
        key = spokesmen.spokesman_body(tok, ctx, _described, _role_of)
        ctx.spokes_body = key or ctx.spokes_body
        return key
    if tok.lemma_.lower() in spokesmen.DOCUMENT_NOUNS:
        return spokesmen.document_author(tok, ctx, _described)
    if tok.lemma_.lower() in _SPOKES_NOUNS or tok.lower_ in _SPOKES_NOUNS:
        for child in tok.children:
            if child.dep_ in {"compound", "amod", "poss", "nmod"}:
                key = ctx.index.actor_at(child.i) or (
                    None if groups.every_party(child, tok) else _described(child, ctx, modifier=True))
                person = key is not None and ctx.index.actors[key].kind == "Person"
                if person and tok.lower_ in gazetteer.GOVERNMENT_WORDS | {"administration"} and ctx.home:
                    return ctx.home  # "the Smith government": the government, not the person
                if key:
                    return key
        if key := _role_of(tok, ctx):
            return key
    return _described(tok, ctx) or bodies.initials(tok, ctx)


def _described(tok: Token, ctx: Context, *, modifier: bool = False) -> str | None:
    """'the committee', 'his party', 'the chancellor', 'Labour rebels': the actor a description means."""
    key = (groups.group_actor(tok, ctx.index, lambda mod: _described(mod, ctx, modifier=True))
           or groups.members_body(tok, ctx.index))
    if key or not (modifier or groups.is_definite(tok)):
        return key  # an indefinite "a committee" or "critics" points back to nobody
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    owners = _pronoun(owner, ctx, ()) if owner is not None else ()
    body = groups.body_actor(tok, ctx.index, owners[0] if owners else None)
    key = body or groups.office_actor(tok, ctx.index) or _untitled_holder(tok, ctx)
    return key or _titled_office(tok, ctx)


def _titled_office(tok: Token, ctx: Context) -> str | None:
    """'the Bishop of X wrote …' with nobody named: the office is the person."""
    span = groups.office_title(tok)
    if span is None or tok.lower_ in groups.OFFICE_NOUNS:
        return None  # a minister named by office is left to the rules for offices
    key = _add_actor(ctx, ctx.doc[span[0] : span[1]].text, "Person")
    for i in range(*span):  # later rules (and a following "he") see the office as a mention
        ctx.index.token_actor.setdefault(i, key)
    return key


def _untitled_holder(office: Token, ctx: Context) -> str | None:
    """'Jane Doe said … The chancellor added …': an office nobody was named with is the last person who
    spoke, when that person has no title of their own (stories name ministers once, untitled)."""
    mods = {c.lower_ for c in office.children}
    if office.lower_ not in groups.OFFICE_NOUNS or mods & {"shadow", "former"} or not ctx.recent_people:
        return None
    if office.dep_ not in {"nsubj", "poss"} or office.i in ctx.quote_speaker:
        return None  # as an object or inside a quote, the office is someone other than the last speaker
    key = ctx.recent_people[-1]
    info = ctx.index.actors.get(key)
    if info is None or info.role is not None or info.affiliation not in {None, ctx.home} or info.count < 2:
        return None  # a titled person, or one who speaks for a party or a body, holds no other office
    sent = office.sent
    if any(ctx.index.actor_at(i) == key for i in range(sent.start, sent.end)):
        return None  # "the premier said Mr X will …": the office is not Mr X
    return key if key not in _reporters(ctx) else None


def _role_of(tok: Token, ctx: Context) -> str | None:
    """'Chairman of the X Committee Jane Doe': the named person; 'a spokesman for X', 'sources within X',
    'sources close to X': X."""
    close = [p for c in tok.children if c.dep_ == "amod" and c.lower_ == "close" for p in c.children]
    for prep in [*tok.children, *close]:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "for", "at", "within", "inside", "to"}:
            continue
        if prep.lower_ == "to" and prep.head.lower_ != "close":
            continue
        body = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if body is None:
            return None
        for named in body.children:  # the parser hangs the name on the body as an apposition
            keys = [ctx.index.actor_at(t.i) for t in named.subtree] if named.dep_ == "appos" else []
            key = next((k for k in keys if k), None)
            if key and ctx.index.actors[key].kind == "Person":
                return key
        return ctx.index.actor_at(body.i)
    return None


def _shortened_name(tok: Token, ctx: Context) -> str | None:
    """'the assembly government' after 'the Island Assembly Government': the last organisation named before
    whose name ends with the same words (a definite noun with a modifier, never a bare head)."""
    mods = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if not mods or not groups.is_definite(tok):
        return None
    tail = " ".join([*(c.lower_ for c in mods), tok.lower_])
    for _, key in groups.mentions_before(ctx.index, tok.i):
        info = ctx.index.actors[key]
        if info.kind == "Organisation" and f" {info.label.lower()}".endswith(f" {tail}"):
            return key
    return None


def _collective_actor(tok: Token) -> str | None:
    """'the unions', 'union leaders', 'the police' → the collective actor's label."""
    mods = [c.lower_ for c in tok.children if c.dep_ == "compound"]
    for phrase in (" ".join([*mods, tok.lower_]), tok.lower_):
        if phrase in gazetteer.COLLECTIVE_ACTORS:
            return gazetteer.COLLECTIVE_ACTORS[phrase]
    bare = not any(c.dep_ in {"compound", "amod", "poss", "nummod", "prep"} for c in tok.children)
    return gazetteer.BARE_COLLECTIVES.get(tok.lower_) if bare and tok.dep_ != "pobj" else None


def _is_home_government(tok: Token) -> bool:
    """'the government', 'ministers', 'a government spokesman' with no other country named."""
    words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}}
    if not words & gazetteer.GOVERNMENT_WORDS:
        return False
    if tok.lower_ not in gazetteer.GOVERNMENT_WORDS and tok.lower_ not in _SPOKES_NOUNS | _SPOKES_LEMMAS:
        return False  # "government plans" are plans, not the government
    return not any(c.dep_ in {"poss", "compound", "amod"} and c.ent_type_ for c in tok.children)


def _phrase(tok: Token) -> str:
    words = [t.lower_ for t in tok.subtree if not t.is_punct]
    text = " ".join(words[:4])
    return text


def resolve(subject: Token, ctx: Context, *, outer: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Actor keys a subject stands for; empty when it cannot be resolved safely."""
    if groups.appositive_relative(subject):
        return resolve(subject.head.head, ctx)  # "the US, which opposes the plan": the US
    if _is_collective(subject):
        return groups.party_sides(subject, ctx.index) or ctx.participants
    if subject.pos_ == "PRON":
        keys = list(_pronoun(subject, ctx, outer))
    else:
        keys = []
        for tok in bodies.name_conjuncts(subject, ctx):
            key = _actor_of(tok, ctx) or _titled_name_after(tok, subject, ctx)
            if key and key not in keys:
                keys.append(key)
    if subject.dep_ in _HOLDER_DEPS:  # a reporter's analysis is no position; a reporter may be a target
        keys = [k for k in keys if k not in _reporters(ctx)]
        keys = groups.bill_sponsors(subject, keys, ctx.index, ctx.home, lambda p: _pronoun(p, ctx, ()))
    return tuple(keys)


_HOLDER_DEPS = frozenset({"nsubj", "csubj", "poss"})
_CHAINED = frozenset({"they", "it"})  # pronouns that keep the body they stand for as the next one's


def _reporters(ctx: Context) -> set[str]:
    """People introduced as journalists ("BBC political editor Jane Doe", "Jane Doe, our correspondent")."""
    if ctx.reporters is None:
        ctx.reporters = {key for mention, key in ctx.index.mentions
                         if ctx.index.actors[key].kind == "Person" and groups.is_reporter(ctx.doc, mention)}
    return ctx.reporters


def _titled_name_after(title: Token, subject: Token, ctx: Context) -> str | None:
    """'X and Archbishop of Y Dr Jane Doe', misparsed: a bare title conjunct is the person named after it."""
    if title.dep_ != "conj" or title.lower_ not in ROLE_HEADS or list(title.children):
        return None
    end = subject.right_edge.i
    for i in range(title.i + 1, end + 1):
        key = ctx.index.actor_at(i)
        if key and ctx.index.actors[key].kind == "Person":
            return key
    return None


def _is_collective(subject: Token) -> bool:
    phrase = _phrase(subject)
    if phrase in COLLECTIVE_SUBJECTS or f"the {phrase}" in COLLECTIVE_SUBJECTS:
        return True
    dets = {c.lower_ for c in subject.children if c.dep_ in {"det", "nummod", "predet"}}
    plural_head = subject.lower_ in _COLLECTIVE_HEADS and subject.lower_ != "both"
    return plural_head and bool(dets & {"both", "two", "all"})


def _pronoun(subject: Token, ctx: Context, outer: tuple[str, ...]) -> tuple[str, ...]:
    """He/she → the last person who was a subject; I/we in a quote → its speaker; it/they → outer holder."""
    low = subject.lower_
    speaker = ctx.quote_speaker.get(subject.i) or ctx.voices.get(subject.i)
    if low in {"i", "we"} and speaker:
        return (speaker,)
    if low in PRONOUN_PERSON:
        if outer and ctx.index.actors[outer[0]].kind == "Person":
            return outer
        found = (_same_sentence_person(subject, ctx) or spokesmen.spokesman_again(subject, ctx)
                 or _last_person_of_gender(ctx, PRONOUN_GENDER.get(low)))
        return () if speaker and found == (speaker,) else found  # a speaker says "I", "he" is someone else
    if low == "they" and speaker and outer == (speaker,):
        return ()  # the speaker's "we will show how they support X": they are others
    if low in {"it", "they", "we"} and outer and all(ctx.index.actors[k].kind != "Person" for k in outer):
        return outer
    if low == "they" and not outer and ctx.last_group and not speaker:
        return (ctx.last_group,)  # "The Tories say … They also want …"
    if low == "it" and not outer and ctx.last_group and subject.dep_ == "nsubj" and not speaker:
        return (ctx.last_group,)  # "The committee said … It said …" (a body, never "it is vital that")
    return ()


def _same_sentence_person(pronoun: Token, ctx: Context) -> tuple[str, ...]:
    """'Mr X said he …': the person who is the main or reporting subject earlier in the same sentence."""
    gender = PRONOUN_GENDER.get(pronoun.lower_)
    for tok in reversed(list(pronoun.doc[pronoun.sent.start : pronoun.i])):
        if tok.dep_ != "nsubj" or (tok.head.dep_ != "ROOT" and tok.head.lemma_.lower() not in REPORT_LEMMAS):
            continue
        key = ctx.index.actor_at(tok.i)
        if key and ctx.index.actors[key].kind == "Person" and ctx.index.actors[key].gender in {None, gender}:
            return (key,)
    return ()


def _last_person_of_gender(ctx: Context, gender: str | None) -> tuple[str, ...]:
    """The most recent person subject whose known gender does not contradict the pronoun."""
    for key in reversed(ctx.recent_people):
        known = ctx.index.actors[key].gender if key in ctx.index.actors else None
        if gender is None or known is None or known == gender:
            return (key,)
    return ()


def according_to(sent_tokens: list[Token], ctx: Context) -> tuple[str, ...]:
    """Holders named by "according to X" in a sentence."""
    for tok in sent_tokens:
        if tok.lower_ == "according" and tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ == "to":
            obj = next((c for c in ctx.doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if obj is not None:
                return resolve(obj, ctx)
    return ()


def note_subjects(sent_tokens: list[Token], ctx: Context) -> None:
    """Remember who was the subject of the main clause or of a reporting verb, for a later "he"/"they".

    Subjects of embedded clauses ("X said Y was wrong": Y) are not remembered: "He added …" means X.
    """
    group = None
    reported = any(t.lemma_.lower() in REPORT_LEMMAS and t.pos_ == "VERB" for t in sent_tokens)
    for tok in sent_tokens:
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.i in ctx.quote_speaker or tok.i in ctx.voices:
            continue  # who a speaker talks about is not the next "he": the speaker is
        head = tok.head
        if head.dep_ != "ROOT" and head.lemma_.lower() not in REPORT_LEMMAS:
            continue
        key = ctx.index.actor_at(tok.i) or (None if reported else _possessor(tok, ctx))
        if key is None and tok.lower_ in spokesmen.SPOKESPEOPLE:  # the next "he" may be this spokesman
            body = _actor_of(tok, ctx)
            ctx.spoken_by = (body, tok.lower_) if body and ctx.index.actors[body].kind != "Person" else None
            continue
        described = (tok.tag_ == "NNS" or groups.office_title(tok)  # "Labour rebels", "the Mayor of X"
                     or tok.lower_ in groups.BODY_NOUNS and groups.is_definite(tok))  # "the committee"
        if key is None and described and not groups.cause_group(tok, ctx.index):
            key = _actor_of(tok, ctx)  # a cause group ("animal welfare groups") is made only by a stance
        if key and ctx.index.actors[key].kind == "Person":
            ctx.spoken_by = None  # a named person spoke after the spokesman
            ctx.last_person = key
            ctx.recent_people = [k for k in ctx.recent_people if k != key] + [key]
        elif key and (group is None or head.lemma_.lower() in REPORT_LEMMAS and head.dep_ == "ROOT"):
            group = key  # "… had failed, said the committee": the one who says it is the next "it"
        elif key is None and group is None and tok.lower_ in _CHAINED and tok.i not in ctx.quote_speaker:
            group = ctx.last_group  # "The party said … They said … And they promised …": a chain
    ctx.last_group = group
    for tok in sent_tokens:  # "A report by X was published …": "the report" is X's from now on
        if tok.lemma_.lower() in spokesmen.DOCUMENT_NOUNS and tok.pos_ == "NOUN":
            spokesmen.document_author(tok, ctx, _described)


def _possessor(subject: Token, ctx: Context) -> str | None:
    """'Mr X's insistence was …': the person owning the subject is what the sentence is about.

    Not when the subject is itself someone ("Mr X's spokesman"): that one is the next "he".
    """
    if subject.lower_ in _SPOKES_NOUNS or subject.lemma_.lower() in _SPOKES_LEMMAS:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    key = ctx.index.actor_at(owner.i) if owner is not None else None
    return key if key and ctx.index.actors[key].kind == "Person" else None
