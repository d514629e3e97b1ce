"""A remote SPARQL 1.1 store (Virtuoso, Fuseki, GraphDB…) behind the same interface as the embedded one.

Reads go to the Query endpoint with JSON results; writes go to the Update endpoint, one request per
`replace_graphs` call (DROP SILENT GRAPH + chunked INSERT DATA). Only the named graphs under
`https://w3id.org/stancegraph/id/graph/` are stancegraph's: listing, dumping and clearing leave every other
graph of the server alone. `--store` URL forms are documented in `open_remote`.

Servers may cap result rows (Virtuoso: 10,000 by default, ResultSetMaxRows in virtuoso.ini [SPARQL]);
`dump_nquads` notices and reads graph by graph, other queries return what the server sends.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import pyoxigraph as ox
import requests
from rdflib.term import Identifier

from graph.errors import QueryError, QuerySyntaxError, StoreError
from graph.rdf.namespace import ID_BASE
from graph.rdf.remote_sparql import bind_values, json_term, split_inserts
from graph.rdf.results import Results

GRAPH_PREFIX = ID_BASE + "graph/"
PASSWORD_ENV = "STANCEGRAPH_STORE_PASSWORD"
INSERT_CHUNK = 2000  # triples per INSERT DATA: Virtuoso's SPARQL compiler runs out of memory at ~5,000
VIRTUOSO_BIG_DATA = "define sql:big-data-const 1\n"
TIMEOUT = 600.0  # seconds; a large graph replacement can take a while on a busy server
# Ask for JSON: rdflib's default XML results broke at random on Virtuoso (Accept order follows the hash seed)
JSON_RESULTS = "application/sparql-results+json"

_JsonRow = dict[str, dict[str, str]]
_OURS = f'FILTER(STRSTARTS(STR(?g), "{GRAPH_PREFIX}"))'
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class RemoteStore:
    """A QuadStore on a SPARQL 1.1 Query (+ Update) endpoint, with Basic or Digest authentication."""

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        user: str | None = None,
        password: str | None = None,
        *,
        timeout: float = TIMEOUT,
    ) -> None:
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.timeout = timeout
        self._session = requests.Session()
        self._credentials = (user, password or "") if user else None
        self._session.headers["User-Agent"] = "stancegraph"
        self._server: str | None = None  # the Server header, learnt from the first answer

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RemoteStore({self.query_url!r}, {self.update_url!r})"

    # --- QuadStore ---------------------------------------------------------------------------------

    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        """Replace each named graph (IRI → N-Triples) in one Update request."""
        if graphs:
            self.update(" ;\n".join(_replace_operations(graphs)))

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Results:
        """Run a SELECT over the union of all graphs (the endpoint's default graph), variables pre-bound."""
        text = bind_values(sparql, bindings) if bindings else sparql
        variables, bindings_json = self._select(text)
        rows = tuple({name: json_term(value) for name, value in row.items()} for row in bindings_json)
        return Results(variables, rows)

    def graph_names(self) -> Sequence[str]:
        """The stancegraph named graphs of the server, sorted."""
        return sorted(self._graph_sizes())

    def dump_nquads(self) -> str:
        """Every quad of the stancegraph graphs as sorted N-Quads (the bytes the embedded store gives)."""
        sizes = self._graph_sizes()
        rows = self._select(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_OURS} }}")[1]
        if len(rows) != sum(sizes.values()):
            # The server cut the answer (Virtuoso: ResultSetMaxRows): ask graph by graph instead.
            rows = [row for name in sorted(sizes) for row in self._graph_rows(name, sizes[name])]
        lines = sorted(_nquad(row) for row in rows)
        return "".join(line + "\n" for line in lines)

    def clear(self) -> None:
        """Drop every stancegraph graph (and only those)."""
        names = self.graph_names()
        if names:
            self.update(" ;\n".join(f"DROP SILENT GRAPH <{name}>" for name in names))

    def close(self) -> None:
        self._session.close()

    # --- SPARQL protocol ---------------------------------------------------------------------------

    def update(self, sparql: str) -> None:
        """Send one SPARQL Update request (several operations separated by `;` run together)."""
        if self._is_virtuoso():
            # Virtuoso compiles the constants of an update into one SQL code vector, which overflows past
            # ~1,000 triples per request; passing them as data lifts the limit (measured: 40k triples, 3 s),
            # and its parser runs out of stack past ~5,000 triples in one INSERT DATA.
            sparql = VIRTUOSO_BIG_DATA + split_inserts(sparql, INSERT_CHUNK)
        self._post(self.update_url, {"update": sparql}, what="update")

    def _is_virtuoso(self) -> bool:
        if self._server is None:
            self._post(self.query_url, {"query": "ASK {}"}, what="query")
        return "virtuoso" in (self._server or "").lower()

    def _graph_sizes(self) -> dict[str, int]:
        """Triples per stancegraph graph."""
        found = self.query(
            f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_OURS} }} GROUP BY ?g"
        )
        return {str(row["g"]): int(row["n"]) for row in found}

    def _graph_rows(self, name: str, size: int) -> list[_JsonRow]:
        one_graph = f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} VALUES ?g {{ <{name}> }} }}"
        found = self._select(one_graph)[1]
        if len(found) != size:
            raise StoreError(
                f"the SPARQL store returned {len(found)} of the {size} triples of <{name}>: raise its cap on "
                "result rows (Virtuoso: ResultSetMaxRows in the [SPARQL] section of virtuoso.ini)"
            )
        return found

    def _select(self, sparql: str) -> tuple[tuple[str, ...], list[_JsonRow]]:
        """The variables and raw JSON rows of a SELECT."""
        response = self._post(self.query_url, {"query": sparql}, what="query")
        try:
            data = response.json()
        except ValueError as exc:
            raise StoreError(
                f"{_public(self.query_url)} did not answer with SPARQL JSON results "
                f"({response.headers.get('Content-Type', 'no content type')}): is it a SPARQL endpoint?"
            ) from exc
        if "boolean" in data or "results" not in data:
            raise QueryError("only SELECT queries can be run on a store: rewrite the query as a SELECT")
        return tuple(data["head"].get("vars", ())), data["results"]["bindings"]

    def _post(self, url: str, form: dict[str, str], *, what: str) -> requests.Response:
        headers = {"Accept": JSON_RESULTS}
        try:
            response = self._session.post(url, data=form, headers=headers, timeout=self.timeout)
            if response.status_code == 401 and self._credentials and self._session.auth is None:
                self._session.auth = _auth_for(response, *self._credentials)
                response = self._session.post(url, data=form, headers=headers, timeout=self.timeout)
        except requests.RequestException as exc:
            raise StoreError(
                f"cannot reach the SPARQL store at {_public(url)} ({type(exc).__name__}): "
                "check that the server runs and the --store URL"
            ) from exc
        self._server = response.headers.get("Server", "")
        _check(response, url, what)
        return response


def open_remote(url: str) -> RemoteStore:
    """Open the store a `--store` URL names.

    Forms: `http(s)://[user[:password]@]host[:port]/path` — one endpoint for queries and updates (Virtuoso's
    digest-authenticated `/sparql-auth`, GraphDB's `/repositories/NAME` + `/statements` need the second
    form); `QUERY_URL|UPDATE_URL` — separate endpoints (Fuseki's `/ds/query|/ds/update`), credentials in
    either. A user without a password reads it from $STANCEGRAPH_STORE_PASSWORD; user and password are
    percent-decoded.

    >>> store = open_remote("http://dba:secret@127.0.0.1:8890/sparql-auth")
    >>> store.query_url, store.update_url
    ('http://127.0.0.1:8890/sparql-auth', 'http://127.0.0.1:8890/sparql-auth')
    """
    parts = [part.strip() for part in url.split("|")]
    if len(parts) > 2 or not all(parts):
        raise StoreError(f"bad --store URL {url!r}: give one SPARQL endpoint URL, or QUERY_URL|UPDATE_URL")
    endpoints = [_split_url(part) for part in parts]
    user = next((e[1] for e in endpoints if e[1]), None)
    password = next((e[2] for e in endpoints if e[2]), None)
    if user and password is None:
        password = os.environ.get(PASSWORD_ENV)
    return RemoteStore(endpoints[0][0], endpoints[-1][0], user, password)


def public_url(url: str) -> str:
    """The --store URL without its password, safe to write into a build folder.

    >>> public_url("http://dba:secret@127.0.0.1:8890/sparql-auth")
    'http://dba@127.0.0.1:8890/sparql-auth'
    """
    out = []
    for part in (p.strip() for p in url.split("|")):
        bare, user, _ = _split_url(part)
        if user:
            scheme, rest = bare.split("://", 1)
            bare = f"{scheme}://{quote(user, safe='')}@{rest}"
        out.append(bare)
    return "|".join(out)


def _split_url(url: str) -> tuple[str, str | None, str | None]:
    """(URL without credentials, user, password) of one endpoint URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise StoreError(
            f"bad --store URL {url!r}: give an http(s) SPARQL endpoint, "
            "e.g. http://user:password@127.0.0.1:8890/sparql-auth"
        )
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if parts.port:
        netloc += f":{parts.port}"
    bare = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password is not None else None
    return bare, user, password


def _replace_operations(graphs: Mapping[str, str]) -> Iterator[str]:
    for name in sorted(graphs):
        if any(ch in name for ch in '<>" {}|\\^`') or not name:
            raise StoreError(f"bad graph name {name!r}: graph names must be absolute IRIs")
        yield f"DROP SILENT GRAPH <{name}>"
        triples = [line for line in graphs[name].split("\n") if line.strip() and not line.startswith("#")]
        for start in range(0, len(triples), INSERT_CHUNK):
            body = "\n".join(triples[start : start + INSERT_CHUNK])
            yield f"INSERT DATA {{ GRAPH <{name}> {{\n{body}\n}} }}"


def _auth_for(response: requests.Response, user: str, password: str) -> requests.auth.AuthBase:
    """Answer the server's challenge: Digest when it asks for it (Virtuoso), Basic otherwise (Fuseki)."""
    challenge = response.headers.get("WWW-Authenticate", "").lower()
    if challenge.startswith("digest") or ", digest" in challenge:
        return requests.auth.HTTPDigestAuth(user, password)
    return requests.auth.HTTPBasicAuth(user, password)


def _check(response: requests.Response, url: str, what: str) -> None:
    if response.ok:
        return
    message = " ".join(response.text.split())[:300] or response.reason
    if response.status_code in (401, 403):
        fix = (
            "check the user and password in the --store URL"
            if response.status_code == 401
            else "put a user allowed to update in the --store URL"
        )
        raise StoreError(
            f"the SPARQL store at {_public(url)} refused the {what} (HTTP {response.status_code}): {fix}, "
            "e.g. http://user:password@127.0.0.1:8890/sparql-auth"
        )
    if (what == "query" and response.status_code == 400) or "syntax error" in message.lower():
        raise QuerySyntaxError(f"the SPARQL store rejected the {what}: {message}")
    raise StoreError(
        f"the SPARQL store at {_public(url)} failed the {what} (HTTP {response.status_code}): {message}"
    )


def _public(url: str) -> str:
    """The URL without credentials, for messages."""
    return _split_url(url)[0] if "@" in url else url


def _nquad(row: _JsonRow) -> str:
    """A JSON result row (?g ?s ?p ?o) as an N-Quads line, serialised by Oxigraph like the embedded store."""
    terms = (_ox(row[name]) for name in ("s", "p", "o", "g"))
    return str(ox.Quad(*terms)) + " ."


def _ox(value: Mapping[str, str]) -> Any:
    """One term of SPARQL JSON results as a pyoxigraph term (faster than going through rdflib)."""
    kind, text = value.get("type"), value.get("value", "")
    if kind == "uri":
        return ox.NamedNode(text)
    if kind == "bnode":
        return ox.BlankNode(text)
    if "xml:lang" in value:
        return ox.Literal(text, language=value["xml:lang"])
    return ox.Literal(text, datatype=ox.NamedNode(value.get("datatype", _XSD_STRING)))
