"""SPARQL text for a remote store: pre-bound variables, JSON result terms, update requests a server accepts.

Pure functions of strings, so the remote store's protocol code stays small and these are tested without
a server.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from graph.errors import QuerySyntaxError, StoreError

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# What can hide a brace or a keyword (IRIs, strings, comments, variables), then SELECT and `{`: enough to
# find where each WHERE clause opens without a full parser.
_TOKENS = re.compile(
    r"""<[^<>"{}|^`\\\s]*>|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*|[?$]\w+|(?i:\bSELECT\b)|[{]"""
)
_INSERT_HEAD = re.compile(r"^\s*INSERT DATA \{ GRAPH (<[^<>\s]*>) \{\s*$")
_INSERT_END = re.compile(r"^\s*\} \}\s*(;)?\s*$")


def bind_values(sparql: str, bindings: Mapping[str, Identifier]) -> str:
    """The query with its variables pre-bound: a one-row VALUES block opening every WHERE clause.

    SPARQL 1.1 has no protocol parameter for bindings. Putting the VALUES in the WHERE clause of every
    SELECT, subqueries included, gives what Oxigraph's substitutions (SEP-0007) and rdflib's initBindings
    give: a subquery that filters on the parameter sees it bound.

    >>> bind_values("SELECT ?s WHERE { ?s ?p ?o }", {"p": URIRef("http://x/p")})
    'SELECT ?s WHERE { VALUES (?p) { (<http://x/p>) } ?s ?p ?o }'
    """
    names = " ".join(f"?{name}" for name in bindings)
    values = f" VALUES ({names}) {{ ({' '.join(term.n3() for term in bindings.values())}) }}"
    pieces: list[str] = []
    done = 0
    after_select = False
    for match in _TOKENS.finditer(sparql):
        token = match.group()
        if token.upper() == "SELECT":
            after_select = True
        elif token == "{" and after_select:
            pieces += [sparql[done : match.end()], values]
            done = match.end()
            after_select = False
    if not pieces:
        raise QuerySyntaxError("the query has no SELECT … WHERE { … } to bind parameters in: fix its text")
    return "".join(pieces) + sparql[done:]


def json_term(value: Mapping[str, str]) -> Identifier:
    """One term of SPARQL JSON results as an rdflib term (xsd:string literals as plain literals).

    >>> json_term({"type": "typed-literal", "datatype": XSD_STRING, "value": "x"}) == Literal("x")
    True
    """
    kind, text = value.get("type"), value.get("value", "")
    if kind == "uri":
        return URIRef(text)
    if kind == "bnode":
        return BNode(text)
    if kind in ("literal", "typed-literal"):  # "typed-literal": Virtuoso's SPARQL 1.0 JSON
        if "xml:lang" in value:
            return Literal(text, lang=value["xml:lang"])
        datatype = value.get("datatype")
        return Literal(text, datatype=URIRef(datatype) if datatype and datatype != XSD_STRING else None)
    raise StoreError(f"unexpected term {value!r} in the store's answer: is the endpoint SPARQL 1.1?")


def split_inserts(update: str, chunk: int) -> str:
    """The update with every `INSERT DATA { GRAPH <g> {` block of over `chunk` triple lines cut in pieces.

    Works on the layout stancegraph writes (head line, one triple a line, `} }` line); N-Triples escapes
    newlines inside literals, so every line break of that text is structural. Other text passes unchanged.

    >>> text = "INSERT DATA { GRAPH <g:1> {\\n<a:1> <b:1> <c:1> .\\n<a:2> <b:1> <c:1> .\\n} }"
    >>> print(split_inserts(text, 1))
    INSERT DATA { GRAPH <g:1> {
    <a:1> <b:1> <c:1> .
    } } ;
    INSERT DATA { GRAPH <g:1> {
    <a:2> <b:1> <c:1> .
    } }
    """
    lines = update.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        head = _INSERT_HEAD.match(lines[i])
        end = _block_end(lines, i) if head else None
        if head is None or end is None or end - i - 1 <= chunk:
            out.append(lines[i])
            i += 1
            continue
        triples = [line for line in lines[i + 1 : end] if line.strip()]
        blocks = [
            f"INSERT DATA {{ GRAPH {head.group(1)} {{\n" + "\n".join(triples[k : k + chunk]) + "\n} }"
            for k in range(0, len(triples), chunk)
        ]
        out.append(" ;\n".join(blocks) + (" ;" if lines[end].rstrip().endswith(";") else ""))
        i = end + 1
    return "\n".join(out)


def _block_end(lines: list[str], head: int) -> int | None:
    """The index of the `} }` line closing the INSERT DATA block opened at `head`, if well formed."""
    for j in range(head + 1, len(lines)):
        if _INSERT_END.match(lines[j]):
            return j
        if lines[j].strip() and not lines[j].rstrip().endswith("."):
            return None
    return None
