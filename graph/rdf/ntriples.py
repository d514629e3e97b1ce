"""N-Triples text written directly: the encoder's fast path (rdflib Graphs cost ~20 µs a triple).

The store takes N-Triples; `parse_graph` turns the text into an rdflib Graph where one is wanted (tests,
SHACL validation).
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, URIRef

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
XSD = "http://www.w3.org/2001/XMLSchema#"


def iri(value: str) -> str:
    """An IRI term (stancegraph mints valid IRIs; text from documents never becomes an IRI)."""
    return f"<{value}>"


def literal(text: str) -> str:
    """A plain (xsd:string) literal."""
    return '"' + text.translate(_ESCAPES) + '"'


def typed(lexical: str, datatype: str | URIRef) -> str:
    return '"' + lexical.translate(_ESCAPES) + f'"^^<{datatype}>'


def integer(value: int) -> str:
    return f'"{int(value)}"^^<{XSD}integer>'


def decimal(value: float, places: int = 4) -> str:
    """An xsd:decimal with at most `places` decimals ("0.8", "1.0"), never in exponent notation."""
    number = Decimal(str(round(value, places)))
    text = format(number, "f")
    if "." not in text:
        text += ".0"
    return typed(text, XSD + "decimal")


def triple(s: str, p: str, o: str) -> str:
    return f"{s} {p} {o} .\n"


def parse_graph(ntriples: str) -> Graph:
    return Graph().parse(data=ntriples, format="nt")
