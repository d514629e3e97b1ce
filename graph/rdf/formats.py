"""SELECT results as text: an aligned table, or the standard SPARQL 1.1 CSV, TSV and JSON results formats.

CSV and TSV follow https://www.w3.org/TR/sparql11-results-csv-tsv/ (CSV: plain values, CRLF line ends;
TSV: RDF terms in Turtle syntax); JSON follows https://www.w3.org/TR/sparql11-results-json/.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from graph.errors import OptionError
from graph.rdf.namespace import ID_BASE, ONTOLOGY_IRI
from graph.rdf.results import Results

FORMATS = ("table", "csv", "tsv", "json")
TABLE_CELL = 60  # characters shown per table cell; the other formats are never shortened
_SHORT = ((ONTOLOGY_IRI + "#", "sg:"), (ID_BASE, "id:"))
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def format_results(results: Results, fmt: str) -> str:
    """The results in `fmt` (table, csv, tsv or json), ending with a newline."""
    formatters: dict[str, Callable[[Results], str]] = {
        "table": to_table,
        "csv": to_csv,
        "tsv": to_tsv,
        "json": to_json,
    }
    if fmt not in formatters:
        raise OptionError(f"unknown result format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return formatters[fmt](results)


def term_json(term: Identifier) -> dict[str, str]:
    """One RDF term as a SPARQL 1.1 JSON results binding."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None:
            out["datatype"] = str(term.datatype)
        return out
    raise TypeError(f"unsupported RDF term {term!r}")


def to_json(results: Results) -> str:
    data: dict[str, Any] = {
        "head": {"vars": list(results.variables)},
        "results": {
            "bindings": [
                {v: term_json(row[v]) for v in results.variables if v in row} for row in results.rows
            ]
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_csv(results: Results) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(results.variables)
    for row in results.rows:
        writer.writerow([_csv_value(row.get(v)) for v in results.variables])
    return buffer.getvalue()


def _csv_value(term: Identifier | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def to_tsv(results: Results) -> str:
    lines = ["\t".join(f"?{v}" for v in results.variables)]
    for row in results.rows:
        lines.append("\t".join(_tsv_value(row.get(v)) for v in results.variables))
    return "\n".join(lines) + "\n"


def _tsv_value(term: Identifier | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        quoted = '"' + str(term).translate(_TSV_ESCAPES) + '"'
        if term.language:
            return f"{quoted}@{term.language}"
        if term.datatype is not None:
            return f"{quoted}^^<{term.datatype}>"
        return quoted
    raise TypeError(f"unsupported RDF term {term!r}")


def short_value(term: Identifier | None) -> str:
    """A term as a person reads it: prefixed IRIs, literal values, one line, at most TABLE_CELL chars."""
    if term is None:
        return ""
    text = str(term)
    if isinstance(term, URIRef):
        for base, prefix in _SHORT:
            if text.startswith(base):
                text = prefix + text[len(base) :]
                break
    text = " ".join(text.split())
    return text if len(text) <= TABLE_CELL else text[: TABLE_CELL - 1] + "…"


def to_table(results: Results) -> str:
    cells = [[short_value(row.get(v)) for v in results.variables] for row in results.rows]
    widths = [max([len(v), *(len(r[i]) for r in cells)]) for i, v in enumerate(results.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(results.variables, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    count = len(results.rows)
    lines.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"
