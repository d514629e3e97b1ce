"""Bodies that speak through someone or something: spokesmen, and statements or reports.

"a Labour spokesman", "a spokesman for X" → the body; with no body named, "a spokesman" is the body that
was the main subject just before and "the spokesman" the last spokesman's body; "He added …" right after
an unnamed spokesman is the spokesman again. "A report by X said …", "X's statement said …" → X; "the
report said" → the author of the last report named with its author.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from graph.extract import groups
from graph.extract.context import Context
from graph.extract.personwords import PRONOUN_GENDER

SPOKESPEOPLE: frozenset[str] = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Texts that say things on behalf of their author: "the report said", "a statement from X said".
DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "report", "statement", "letter", "study", "submission", "memo", "memorandum", "manifesto", "briefing",
})
_NAMING_DEPS = frozenset({"compound", "amod", "poss", "nmod", "prep", "appos"})
_OWNER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_AUTHOR_PREPS = frozenset({"by", "from", "of"})

Describe = Callable[..., "str | None"]
RoleOf = Callable[[Token, Context], "str | None"]


def spokesman_body(tok: Token, ctx: Context, describe: Describe, role_of: RoleOf) -> str | None:
    """'a Labour spokesman', 'a spokesman for X'; with no body named, the one that spoke just before:
    "the spokesman" is the last spokesman's body, "a spokesman" the body that was the main subject of the
    sentence before ("The ministry defended the toll. A spokesman said …")."""
    for child in tok.children:
        if child.dep_ in _OWNER_DEPS:
            key = ctx.index.actor_at(child.i) or describe(child, ctx, modifier=True)
            if key:
                return key
    key = role_of(tok, ctx)
    if key or any(c.dep_ in _NAMING_DEPS for c in tok.children):
        return key
    if key := describe(tok, ctx):
        return key  # "Lib Dem spokesman Jane Doe … the spokesman": the person named with the title
    last = ctx.spokes_body if groups.is_definite(tok) else None
    return last or ctx.last_group


def spokesman_again(pronoun: Token, ctx: Context) -> tuple[str, ...]:
    """'A spokesman for X said … He added …': the spokesman, who speaks for X (not a person named before)."""
    if ctx.spoken_by is None or pronoun.lower_ not in {"he", "she"}:
        return ()
    body, noun = ctx.spoken_by
    gender = {"spokesman": "m", "spokeswoman": "f"}.get(noun)
    return (body,) if gender in {None, PRONOUN_GENDER[pronoun.lower_]} else ()


def document_author(tok: Token, ctx: Context, describe: Describe) -> str | None:
    """'A report by X', 'X's statement', 'a charity's report' → X; 'the report' → the last report's author.

    "its report" is the body that was the main subject just before. A document with no author named and
    none before is nobody's (a report is often the writer's source, not a party).
    """
    noun = tok.lemma_.lower()
    key = _author(tok, ctx, describe)
    if key is not None:
        ctx.authors[noun] = key
        return key
    if any(c.dep_ in _NAMING_DEPS for c in tok.children) or not groups.is_definite(tok):
        return None
    return ctx.authors.get(noun)


def _author(tok: Token, ctx: Context, describe: Describe) -> str | None:
    for child in tok.children:
        if child.dep_ == "poss" and child.lower_ in {"its", "their"}:
            return ctx.last_group
        if child.dep_ in _OWNER_DEPS and child.i < tok.i:
            key = ctx.index.actor_at(child.i) or describe(child, ctx, modifier=True)
            if key:
                return key
        if child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPS:
            body = next((c for c in child.children if c.dep_ == "pobj"), None)
            if body is not None and (key := ctx.index.actor_at(body.i) or describe(body, ctx, modifier=True)):
                return key
    return None
