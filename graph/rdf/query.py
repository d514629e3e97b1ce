"""Named SPARQL queries (ontology/queries/*.rq), their parameters, and running them on a store.

A query file starts with a header comment: its first line says what it answers; lines
`# Parameter NAME (required|optional): …` declare its parameters; `# Columns: …` lists its columns.
Parameters are bound as RDF literals through the store (never pasted into the query text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal
from rdflib.term import Identifier

from graph.errors import OptionError, ParameterError, QuerySyntaxError, UnknownQueryError
from graph.rdf.formats import FORMATS, format_results
from graph.rdf.results import QuadStore, Results
from graph.resources import queries_dir

__all__ = [
    "FORMATS",
    "NamedQuery",
    "Parameter",
    "format_results",
    "list_queries",
    "parse_params",
    "resolve_query",
    "query_build",
    "run_query",
]

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
_PARAM = re.compile(r"^#\s*Parameter\s+(\w+)\s*(?:\((required|optional)\))?\s*:\s*(.*)$", re.MULTILINE)
_COLUMNS = re.compile(r"^#\s*Columns:\s*(.*)$", re.MULTILINE)
_VARIABLE = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")
_ERROR_AT = re.compile(r"error at (\d+):(\d+)")


@dataclass(frozen=True)
class Parameter:
    name: str
    required: bool
    description: str


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query with what its header says: description, parameters, columns."""

    name: str
    text: str
    description: str = ""
    parameters: tuple[Parameter, ...] = ()
    columns: tuple[str, ...] = ()
    declared: bool = False  # the header declares its parameters (else any variable may be bound)

    def parameter_names(self) -> list[str]:
        if self.declared:
            return [p.name for p in self.parameters]
        return sorted(set(_VARIABLE.findall(_strip_comments(self.text))))


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def parse_query_text(name: str, text: str) -> NamedQuery:
    """Read the header comment of a query (description, parameters, columns)."""
    header = [line for line in text.splitlines() if line.startswith("#")]
    description = header[0].lstrip("#").strip() if header else ""
    parameters = tuple(
        Parameter(m.group(1), m.group(2) != "optional", m.group(3).strip()) for m in _PARAM.finditer(text)
    )
    columns_match = _COLUMNS.search(text)
    columns = tuple(re.split(r"[\s,]+", columns_match.group(1).strip())) if columns_match else ()
    declared = bool(parameters) or bool(re.search(r"^#\s*Parameters:\s*none", text, re.MULTILINE))
    return NamedQuery(name, text, description, parameters, columns, declared)


def query_names() -> list[str]:
    return sorted(p.stem for p in queries_dir().glob("*.rq"))


def list_queries() -> list[tuple[str, str]]:
    """(name, description) of every named query, sorted by name."""
    return [(name, resolve_query(name).description) for name in query_names()]


def resolve_query(spec: str) -> NamedQuery:
    """A named query (`stances`), a path to a .rq file, or the text of a query."""
    if _NAME.fullmatch(spec) and not Path(spec).is_file():
        path = queries_dir() / f"{spec}.rq"
        if not path.is_file():
            names = ", ".join(query_names())
            raise UnknownQueryError(
                f"no named query {spec!r}: choose one of {names}, or give a .rq file or a query text"
            )
        return parse_query_text(spec, path.read_text(encoding="utf-8"))
    if spec.endswith(".rq") or Path(spec).is_file():
        path = Path(spec)
        if not path.is_file():
            raise UnknownQueryError(f"no query file {spec}: check the path, or give a named query")
        return parse_query_text(path.stem, path.read_text(encoding="utf-8"))
    return parse_query_text("<query>", spec)


def check_syntax(query: NamedQuery) -> None:
    """QuerySyntaxError with the parser's position and the offending line, whatever the store."""
    try:
        ox.Store().query(query.text)  # an empty store: parses the query, evaluates nothing
    except SyntaxError as exc:
        raise QuerySyntaxError(syntax_message(query, str(exc))) from exc


def syntax_message(query: NamedQuery, error: str) -> str:
    first = (error.strip().splitlines() or ["syntax error"])[0]
    where = _ERROR_AT.search(first)
    lines = query.text.split("\n")  # numbered as the parser numbers them
    quoted = ""
    if where and 0 < int(where.group(1)) <= len(lines):
        quoted = f" in line {where.group(1)} `{lines[int(where.group(1)) - 1].strip()}`"
    return f"query {query.name} is not valid SPARQL 1.1{quoted} ({first}): fix the query text"


def parse_params(items: Iterable[str]) -> dict[str, str]:
    """`NAME=VALUE` strings (from --param) → a mapping; ParameterError for any other form."""
    params: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not _VARIABLE.fullmatch("?" + name.strip()):
            raise ParameterError(f"--param {item!r} is not NAME=VALUE: write e.g. --param actor=Russia")
        params[name.strip()] = value
    return params


def bind_parameters(query: NamedQuery, params: Mapping[str, str]) -> dict[str, Identifier]:
    """The RDF literals to bind; ParameterError for an unknown parameter or a missing required one."""
    allowed = query.parameter_names()
    for name in sorted(params):
        if name not in allowed:
            takes = ", ".join(allowed) if allowed else "no parameters"
            raise ParameterError(f"query {query.name} does not take parameter {name!r}: it takes {takes}")
    for p in query.parameters:
        if p.required and p.name not in params:
            raise ParameterError(
                f"query {query.name} needs parameter {p.name!r} ({p.description}): add --param {p.name}=VALUE"
            )
    return {name: Literal(value) for name, value in params.items()}


def run_query(store: QuadStore, spec: str, params: Mapping[str, str] | None = None) -> Results:
    """Resolve `spec`, check it and its parameters, and run it on `store`."""
    query = resolve_query(spec)
    check_syntax(query)
    bindings = bind_parameters(query, params or {})
    return store.query(query.text, bindings)


def query_build(graph_dir: Path, spec: str, param_items: Iterable[str] = (), fmt: str = "table") -> str:
    """`stancegraph query`: run a query on a build folder and format its results."""
    from graph.rdf.store import reading  # here, not at the top: the store imports the encoder

    if fmt not in FORMATS:
        raise OptionError(f"unknown result format {fmt!r}: choose one of {', '.join(FORMATS)}")
    params = parse_params(param_items)
    query = resolve_query(spec)
    check_syntax(query)
    bind_parameters(query, params)  # report parameter errors before opening the store
    with reading(graph_dir) as store:
        return format_results(run_query(store, spec, params), fmt)
