"""Turns the object or complement of a stance cue into a short topic phrase (≤ 8 words, no pronoun).

"the importance of cutting emissions" → "cutting emissions"; "an agreement to promptly build a bridge"
→ "building bridge"; "the UN should be involved in the talks" → "UN involved in talks".
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.content import has_content, is_amount, people_head
from graph.extract.gerunds import gerund
from graph.extract.lexicon import ABSTRACT_HEADS, META_NOUNS, SELF_CONTAINED_ACTIONS
from graph.extract.measures import named_law, what_it_does
from graph.extract.personwords import ROLE_HEADS
from graph.extract.remarks import remark_label
from graph.extract.topicwords import EMPTY_VERBS, VAGUE_NOUNS

MAX_WORDS = 8
_LEFT_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "poss", "npadvmod", "quantmod", "advmod"})
_DROP_LEFT = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
                        "these", "those", "such", "any", "some", "'s", "’s", "which", "what"})
_PRONOUNS = frozenset({"it", "this", "that", "they", "them", "these", "those", "he", "she", "we", "i", "you",
                       "which", "what", "something", "anything", "everything", "nothing", "one", "there",
                       "itself", "themselves", "who", "whom", "us", "him", "me", "all", "so"})
# Clauses hung on a noun; "plans to extend X" is sometimes parsed with the infinitive as the noun's xcomp
_NOUN_CLAUSES = frozenset({"acl", "relcl", "xcomp"})
_DANGLING = frozenset({"of", "for", "to", "in", "on", "by", "with", "and", "or", "the", "a", "an", "at",
                       "from", "into", "about", "against", "over", "under", "than", "as", "but", "because",
                       "if", "when", "while", "unless", "until", "whether", "that", "which", "such"})
_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "csubj"})
_VERB_PREPS = frozenset({"on", "for", "to", "against", "in", "into", "of", "under", "towards", "toward"})
_COGNITIVE = frozenset({"know", "see", "hear", "learn", "understand", "find", "think", "wonder", "ask",
                        "say", "tell", "speak", "talk", "comment", "respond", "explain", "suggest", "claim",
                        "imply", "allege", "believe", "argue"})
_PRO_VERBS = frozenset({"do", "be", "have", "get", "go", "come", "happen", "say", "make", "take", "try"})


def is_pronoun(tok: Token) -> bool:
    return tok.pos_ == "PRON" or tok.lower_ in _PRONOUNS


def _with_hyphens(tokens: list[Token]) -> list[Token]:
    """Whole hyphenated words: "anti-dumping" is one word even when the parser split it."""
    out = set(tokens)
    doc = tokens[0].doc if tokens else None
    for tok in tokens:
        i = tok.i
        while doc is not None and i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ \
                and not doc[i + 1].whitespace_:
            out |= {doc[i + 1], doc[i + 2]}
            i += 2
        i = tok.i
        while doc is not None and i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
                and not doc[i - 2].whitespace_:
            out |= {doc[i - 1], doc[i - 2]}
            i -= 2
    return list(out)


def _render(tokens: list[Token]) -> str:
    """Tokens in text order, with their own spacing where contiguous."""
    tokens = sorted(set(_with_hyphens(tokens)), key=lambda t: t.i)
    out = ""
    for n, tok in enumerate(tokens):
        if n and tokens[n - 1].i != tok.i - 1:
            out = out.rstrip() + " "
        out += tok.text + (tok.whitespace_ if n + 1 < len(tokens) else "")
    return " ".join(out.replace("—", " ").split()).strip(" ,;:-\"'“”‘’")


def _left(tok: Token) -> list[Token]:
    """Modifiers to the left of a noun, without articles and possessive pronouns."""
    out: list[Token] = []
    for child in tok.lefts:
        if child.dep_ in _LEFT_DEPS and child.lower_ not in _DROP_LEFT and not is_pronoun(child):
            sub = [t for t in child.subtree if t.lower_ not in _DROP_LEFT and not t.is_punct or t.text == "-"]
            out.extend(sub)
    return out


def _right(tok: Token, budget: int) -> list[Token]:
    """Prepositional modifiers to the right ("ban on trawling near coastal reefs")."""
    out: list[Token] = []
    for child in tok.rights:
        to = _infinitive_to(child) if child.dep_ in _NOUN_CLAUSES else None
        if to is not None and budget > 2 and not out:
            inner = verb_tokens(child, budget - 2)  # "restrictions to limit migration"
            if 1 < len(inner) < budget:
                out += [to, *inner]
                budget -= len(inner) + 1
            continue
        if child.dep_ not in {"prep", "compound"} or budget <= 1:
            continue
        objs = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
        if child.dep_ == "compound":
            out.append(child)
            budget -= 1
            continue
        if not objs:
            continue
        inner = _clause_tokens(objs[0], budget - 1) or phrase_tokens(objs[0], budget - 1)
        such = [s for s in child.lefts if s.lower_ == "such"]  # "attacks such as X", not "attacks as X"
        such = such if len(inner) + 1 + len(such) <= budget else []
        if len(inner) + 1 + len(such) <= budget:
            out += [*such, child, *inner]
            budget -= len(such)
            budget -= len(inner) + 1
            extra = _conjoined(objs[0], budget)
            out += extra
            budget -= len(extra)
    return out


def _clause_tokens(verb: Token, budget: int) -> list[Token]:
    """'a say on whether a depot is built here': the clause with its subject ("depot built here")."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if verb.pos_ not in {"VERB", "AUX"} or subj is None or is_pronoun(subj) or budget < 3:
        return []
    head = phrase_tokens(subj, min(3, budget - 1))
    return [*head, *verb_tokens(verb, budget - len(head))]


def _conjoined(obj: Token, budget: int) -> list[Token]:
    """The conjuncts of a prepositional object: "quotas on immigration | and asylum"."""
    out: list[Token] = []
    cc = [t for t in obj.children if t.dep_ == "cc"][:1]
    for conj in (c for c in obj.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}):
        extra = [*cc, *phrase_tokens(conj, budget - len(out) - 1)]
        if 1 < len(extra) <= budget - len(out):
            out += extra
    return out


def _infinitive_to(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def phrase_tokens(tok: Token, budget: int = MAX_WORDS) -> list[Token]:
    """The tokens of a short phrase headed by `tok` (noun phrase or gerund verb phrase)."""
    if tok.pos_ in {"VERB", "AUX"}:
        return verb_tokens(tok, budget)
    core = [*_left(tok), tok]
    if len(core) > budget:
        core = core[-max(budget, 1):]  # never the whole phrase for a budget of 0 ([-0:] is everything)
    return core + _right(tok, budget - len(core))


def verb_tokens(verb: Token, budget: int = MAX_WORDS) -> list[Token]:
    """A verb with its object or first prepositional phrase ("send envoys to capitals")."""
    out = [verb]
    for child in verb.children:
        if child.dep_ == "prt":
            out.append(child)
    objs = [c for c in verb.children if c.dep_ in {"dobj", "attr", "oprd"} and not is_pronoun(c)]
    if objs:
        out += phrase_tokens(objs[0], budget - len(out))
        # "keep a tight rein | on spending": a prepositional phrase the parser hung on the verb
        preps = [c for c in verb.children if c.dep_ == "prep" and c.i > objs[0].i and c.lower_ in _VERB_PREPS]
        inner = next((c for c in preps[0].children if c.dep_ == "pobj"), None) if preps else None
        if inner is not None and not any(t.dep_ == "prep" for t in objs[0].children):
            extra = [preps[0], *phrase_tokens(inner, 3)]
            if len(out) + len(extra) <= budget:
                out += extra
    elif (inner_verb := next((c for c in verb.children if c.dep_ == "xcomp"), None)) is not None:
        out += verb_tokens(inner_verb, budget - len(out))  # "help (to) fight terror"
    elif (state := next((c for c in verb.children if c.dep_ in {"acomp", "oprd"}), None)) is not None:
        out.append(state)  # "remain neutral", "stay free of debt"
        prep = next((c for c in state.children if c.dep_ == "prep" and c.lower_ in _VERB_PREPS), None)
        inner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if prep is not None and inner is not None:
            out += [prep, *phrase_tokens(inner, budget - len(out) - 1)]
    else:
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _VERB_PREPS | {"about", "with"}]
        if preps:
            objs = [c for c in preps[0].children if c.dep_ in {"pobj", "pcomp"}]
            if objs:
                obj = examples(objs[0]) or objs[0]  # "concentrate on issues such as X": on X
                out += [preps[0], *phrase_tokens(obj, budget - len(out) - 1)]  # its conjuncts: own labels
    return out


def examples(tok: Token) -> Token | None:
    """'measures such as road pricing (and …)': the first example names the issue."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                 and any(s.lower_ == "such" for s in c.lefts)), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def descend_abstract(tok: Token) -> Token:
    """From "the importance of X" / "ways to X" / "issues such as X" / "the law banning X" to X."""
    if (example := examples(tok) or what_it_does(tok)) is not None:
        return example
    seen = 0
    while tok.lemma_.lower() in ABSTRACT_HEADS and seen < 3:
        nxt = None
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in {"of", "in", "to", "for", "on"}:
                objs = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
                nxt = objs[0] if objs else None
            elif child.dep_ in _NOUN_CLAUSES and child.pos_ == "VERB" and tok.pos_ == "NOUN" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children
            ):  # "plans to V", not the verb "use" with its purpose ("use cash to keep bills down")
                nxt = child
            if nxt is not None:
                break
        if nxt is None:
            break
        tok, seen = nxt, seen + 1
    return tok


def _is_meta(tok: Token) -> bool:
    """'the claims', 'the reports', 'his party': words about talk or actors, naming no issue."""
    if tok.lemma_.lower() not in META_NOUNS and tok.lower_ not in META_NOUNS:
        return False
    # "the claims that …", "an earlier report": still talk; "the issue of fees": about fees
    if any(c.dep_ == "prep" and c.lower_ in {"of", "on", "about", "over"} for c in tok.children):
        return False
    # "Jane Doe's views": a named person's views are an issue of the story, "his views" are not
    return not (tok.lemma_.lower() in {"view", "remark", "comment"}
                and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children))


def _relative_about(tok: Token) -> list[Token]:
    """'the proposals, which are for road tolls': what a vague head is about, said in a relative clause."""
    if tok.lemma_.lower() not in VAGUE_NOUNS or any(c.dep_ == "prep" for c in tok.children):
        return []
    clause = next((c for c in tok.children if c.dep_ == "relcl" and c.pos_ in {"VERB", "AUX"}
                   and any(w.dep_ == "nsubj" and w.lower_ in {"which", "that"} for w in c.children)), None)
    if clause is None:
        return []
    if clause.lemma_ != "be":  # "plans which would introduce curfews": what the plans do
        done = verb_tokens(clause, 5)
        return done if len(done) > 1 and not is_negated_verb(clause) else []
    prep = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ in _ABOUT_PREPS), None)
    inner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return [prep, *phrase_tokens(inner, 4)] if prep is not None and inner is not None else []


def is_negated_verb(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)

_ABOUT_PREPS = frozenset({"for", "on", "about", "against", "to", "over"})


def _amount_purpose(tok: Token) -> list[Token]:
    """'pledged an extra £5m | for schools': what an amount is for, hung on the verb by the parser."""
    if tok.dep_ != "dobj" or not is_amount(tok):
        return []
    prep = next((c for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i
                 and c.lower_ in {"for", "on", "to", "towards"}), None)
    if prep is None:
        return []
    inner = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    return [prep, *phrase_tokens(inner, 4)] if inner is not None else []


CONJUNCT_SEP = " \u2016 "  # joins the labels of coordinated issues; `document` makes one stance of each


def conjuncts(tok: Token) -> list[Token]:
    """Issues coordinated with `tok` ("road tolls and speed traps", "to freeze duty and boost childcare")."""
    out: list[Token] = []
    todo = [tok]
    while todo and len(out) < 4:
        for child in todo.pop(0).children:
            # a verb conjunct in another form is another clause ("would not respond … and promised to …")
            nominal = tok.pos_ in {"NOUN", "PROPN"}
            same = child.pos_ in {"NOUN", "PROPN"} if nominal else child.tag_ == tok.tag_
            own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
            if child.dep_ == "conj" and same and not own_subject and tok.pos_ in {"NOUN", "PROPN", "VERB"}:
                out.append(child)
                todo.append(child)
    return out


_OWN_LABELS = "stancegraph.labels"  # Doc.user_data key: labels given to clauses by `name_issue`


def name_issue(tok: Token, label: str) -> None:
    """Give the clause headed by `tok` a label of its own ("cyclists wearing helmets"), for `topic_label`."""
    tok.doc.user_data.setdefault(_OWN_LABELS, {})[tok.i] = label


def topic_label(tok: Token) -> str | None:
    """The short label of the issue headed by `tok`, or None for a pronoun or an empty phrase.

    Coordinated issues give one label each, joined by `CONJUNCT_SEP`.
    """
    if (own := tok.doc.user_data.get(_OWN_LABELS, {}).get(tok.i)) is not None:
        return str(own)
    tok = descend_abstract(tok)
    labels = [label for t in [tok, *conjuncts(tok)] if (label := _one_label(t)) is not None]
    if tok.pos_ == "VERB" and labels:
        labels[1:1] = _object_conjunct_labels(tok)
    return CONJUNCT_SEP.join(dict.fromkeys(labels)) or None


def _object_conjunct_labels(verb: Token) -> list[str]:
    """'freeze bus fares and water rates', 'concentrate on the climate and child care': the
    action on each coordinated object after the first."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    prep = None
    if obj is None:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _VERB_PREPS), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        obj = examples(obj) or obj if obj is not None else None
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or verb.lemma_.lower() in EMPTY_VERBS:
        return []  # "having X and Y": the verb says nothing of its own
    head = [verb, *[c for c in verb.children if c.dep_ == "prt"], *([prep] if prep is not None else [])]
    out = []
    for item in conjuncts(obj):
        tokens = phrase_tokens(item, MAX_WORDS - len(head))
        if has_content(tokens) and not people_head(item):
            out.append(" ".join([gerund(verb), *_render(head[1:]).split(), *_render(tokens).split()]))
    return out


def split_label(label: str) -> list[str]:
    """The labels of the coordinated issues in a `topic_label` result."""
    return label.split(CONJUNCT_SEP)


def _one_label(tok: Token) -> str | None:
    tok = descend_abstract(tok)
    if (name := named_law(tok) or remark_label(tok)) is not None:
        return name  # "the Clean Rivers Bill", "his remarks" (judged)
    purpose = _amount_purpose(tok)
    if is_pronoun(tok) or tok.is_punct or tok.like_num or _is_meta(tok):
        return None
    if tok.lemma_.lower() == "be":
        return None  # "being the judge": no issue named by the verb itself
    if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in ROLE_HEADS and not any(
            c.dep_ in {"prep", "compound"} for c in tok.children):
        return None  # "the chancellor": a person, not an issue
    means = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    means_verb = next((c for c in means.children if c.dep_ == "pcomp"), None) if means is not None else None
    if tok.pos_ in {"VERB", "AUX"} and means_verb is not None and means_verb.pos_ == "VERB":
        tok = means_verb  # "to engage people by lowering the age": the means is the issue
    if tok.pos_ in {"VERB", "AUX"}:
        tokens = verb_tokens(tok)
        if tok.lemma_.lower() in _PRO_VERBS and len(tokens) == 1 or tok.lemma_.lower() in _COGNITIVE:
            return None  # "doing", "knowing": no issue named
        if len(tokens) == 1 and any(c.dep_ in _COMPLEMENTS for c in tok.children):
            return None  # "hold him to account", "introduce what we promised": the issue is in what was lost
        if not has_content(tokens):
            return None  # "looking", "establishing a system": no issue named
        if len(tokens) == 1 and tok.lemma_.lower() not in SELF_CONTAINED_ACTIONS:
            return None  # "freeing", "introducing": an action with its object lost; "resigning" is whole
        rest = _render([t for t in tokens if t.i != tok.i])
        words = [gerund(tok), *rest.split()] if rest else [gerund(tok)]
        label = " ".join(words[:MAX_WORDS])
    else:
        relative = [] if purpose else _relative_about(tok)
        tokens = phrase_tokens(tok) + purpose + relative
        if people_head(tok) or not has_content(tokens):
            return None  # "key changes", "the new plans", "£5m": no issue named
        verb = relative[0] if relative and relative[0].pos_ in {"VERB", "AUX"} else None
        label = _render(tokens) if verb is None else " ".join(  # "plans introducing curfews"
            [_render(phrase_tokens(tok)), gerund(verb), _render(relative[1:])])
    words = label.split()[:MAX_WORDS]
    if not words or words[0].lower() in _PRONOUNS or words[0].lower() in {"how", "why", "whether", "where"}:
        return None
    trimmed = _trim(words)
    return trimmed if trimmed and any(c.isalpha() for c in trimmed) else None


def passive_label(verb: Token, subject: Token, *, gerund_verb: bool = False) -> str | None:
    """'the UN should be involved in the talks' → 'UN involved in talks'.

    With `gerund_verb` (active clauses): 'schemes need to remain affordable' → 'schemes remaining affordable'.
    """
    head = descend_abstract(subject)
    if is_pronoun(head) or _is_meta(head):
        return None
    subj_words = _render(phrase_tokens(head, 5)).split()
    if not subj_words:
        return None
    if gerund_verb and any(c.dep_ == "dobj" and is_pronoun(c) for c in verb.children) and not any(
            c.dep_ in {"prep", "xcomp", "acomp"} for c in verb.children if c.dep_ != "dobj"):
        return None  # "voters holding him": no issue named
    rest = [t for t in verb_tokens(verb, MAX_WORDS - len(subj_words)) if t.i != verb.i]
    rest += [c for c in verb.children if c.dep_ in {"acomp", "oprd"} and c not in rest]
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if agent is not None and by is not None and not is_pronoun(by):  # "decided by the courts": who decides
        rest += [agent, *phrase_tokens(by, 3)]
    elif not has_content([*phrase_tokens(head, 5), verb, *rest]):
        return None  # "the changes being sufficient": no issue named
    words = [*subj_words, gerund(verb) if gerund_verb else verb.lower_, *_render(rest).split()]
    return _trim(words[:MAX_WORDS])


def _trim(words: list[str]) -> str | None:
    """A label cut at the word limit never ends in a function word ("helped by package of"); one that
    ends in a bare "being" lost its predicate ("carers being") and names nothing."""
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words = words[:-1]
    return None if words and words[-1].lower() in {"being", "having"} else " ".join(words)
