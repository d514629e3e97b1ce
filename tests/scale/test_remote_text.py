"""The remote store's pure parts: --store URLs, pre-bound variables, JSON terms, split updates."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from graph.errors import QuerySyntaxError, StoreError
from graph.rdf.remote import PASSWORD_ENV, open_remote
from graph.rdf.remote_sparql import bind_values, json_term, split_inserts

XSD = "http://www.w3.org/2001/XMLSchema#"


def test_one_endpoint_with_credentials() -> None:
    store = open_remote("http://dba:s%40cret@127.0.0.1:8890/sparql-auth")
    assert (store.query_url, store.update_url) == ("http://127.0.0.1:8890/sparql-auth",) * 2
    assert store._credentials == ("dba", "s@cret")


def test_separate_query_and_update_endpoints() -> None:
    store = open_remote("http://127.0.0.1:3030/ds/query|http://admin:pw@127.0.0.1:3030/ds/update")
    assert store.query_url == "http://127.0.0.1:3030/ds/query"
    assert store.update_url == "http://127.0.0.1:3030/ds/update"
    assert store._credentials == ("admin", "pw")


def test_password_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "from-env")
    assert open_remote("https://dba@example.org/sparql")._credentials == ("dba", "from-env")


def test_anonymous_endpoint() -> None:
    assert open_remote("http://127.0.0.1:8890/sparql")._credentials is None


@pytest.mark.parametrize(
    "url", ["ftp://example.org/sparql", "127.0.0.1:8890/sparql", "http://a|http://b|c", "|"]
)
def test_bad_store_urls(url: str) -> None:
    with pytest.raises(StoreError, match="bad --store URL"):
        open_remote(url)


def test_bindings_reach_subqueries() -> None:
    text = """# a comment with SELECT { in it
PREFIX ex: <http://example.org/x#>
SELECT ?label ?actor WHERE {
  { SELECT DISTINCT ?a ?actor WHERE { ?a ex:name ?n FILTER(STR(?n) = "}{" && ?n = ?actor) } }
  ?a ex:label ?label .
}"""
    bound = bind_values(text, {"actor": Literal("Russia")})
    assert bound.count('VALUES (?actor) { ("Russia") }') == 2
    assert '"}{"' in bound and "# a comment with SELECT { in it" in bound
    assert bound.index("VALUES") > bound.index("?label ?actor WHERE {")


def test_bind_several_variables_and_iris() -> None:
    bound = bind_values("select * { ?s ?p ?o }", {"s": URIRef("http://x/s"), "o": Literal(3)})
    assert bound == (
        f'select * {{ VALUES (?s ?o) {{ (<http://x/s> "3"^^<{XSD}integer>) }} ?s ?p ?o }}'
    )


def test_binding_needs_a_select() -> None:
    with pytest.raises(QuerySyntaxError, match="SELECT"):
        bind_values("ASK { ?s ?p ?o }", {"s": URIRef("http://x/s")})


@pytest.mark.parametrize(
    ("value", "term"),
    [
        ({"type": "uri", "value": "http://x/a"}, URIRef("http://x/a")),
        ({"type": "literal", "value": "é \"q\""}, Literal("é \"q\"")),
        ({"type": "literal", "value": "hi", "xml:lang": "en"}, Literal("hi", lang="en")),
        ({"type": "typed-literal", "value": "0.8", "datatype": XSD + "decimal"},
         Literal("0.8", datatype=URIRef(XSD + "decimal"))),
        ({"type": "literal", "value": "s", "datatype": XSD + "string"}, Literal("s")),
    ],
)
def test_json_terms(value: dict[str, str], term: object) -> None:
    assert json_term(value) == term


def test_json_term_of_unknown_kind() -> None:
    with pytest.raises(StoreError, match="unexpected term"):
        json_term({"type": "triple", "value": ""})


def _insert(name: str, count: int) -> str:
    lines = "\n".join(f'<http://x/s{i}> <http://x/p> "a . }} }}" .' for i in range(count))
    return f"INSERT DATA {{ GRAPH <{name}> {{\n{lines}\n}} }}"


def test_split_inserts_keeps_every_triple_in_its_graph() -> None:
    operations = ["DROP SILENT GRAPH <http://x/g>", _insert("http://x/g", 5), _insert("http://x/h", 2)]
    update = " ;\n".join(operations)
    split = split_inserts(update, 2)
    assert split.count("INSERT DATA { GRAPH <http://x/g>") == 3
    assert split.count("INSERT DATA { GRAPH <http://x/h>") == 1
    assert sorted(line for line in split.split("\n") if line.startswith("<")) == sorted(
        line for line in update.split("\n") if line.startswith("<")
    )
    assert split.startswith("DROP SILENT GRAPH <http://x/g> ;\n") and split.endswith("} }")


def test_split_inserts_leaves_small_and_foreign_updates_alone() -> None:
    update = _insert("http://x/g", 2) + " ;\nDELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert split_inserts(update, 2) == update
    inline = 'INSERT DATA { GRAPH <http://x/g> { <http://x/a> <http://x/p> "1" } }'
    assert split_inserts(inline, 0) == inline


def test_an_endpoint_that_does_not_speak_sparql() -> None:
    import http.server
    import threading

    class Page(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802  (the http.server API)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html>not SPARQL</html>")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        store = open_remote(f"http://127.0.0.1:{server.server_port}/sparql")
        with pytest.raises(StoreError, match="did not answer with SPARQL JSON results"):
            store.graph_names()
    finally:
        server.shutdown()
