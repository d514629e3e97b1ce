"""Turn the RDF stance graph (any `QuadStore`, or an rdflib Dataset) into the networkx form of common.md.

Node id = IRI string; nodes for actors, topics and documents; one edge per stance (key = stance IRI) and
one per affiliation (key = "affiliation"). A handful of SELECTs read everything, so a store of thousands of
documents converts in seconds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

import networkx as nx
from rdflib import Dataset, Graph
from rdflib.term import Identifier

try:  # the embedded store; without it every store is read through its `query`
    import pyoxigraph as ox
except ImportError:  # pragma: no cover
    ox = None  # type: ignore[assignment]

from graph.errors import StoreError
from graph.rdf.results import QuadStore, Results

NODE_KINDS = ("Person", "Organisation", "Country", "Topic", "Document")
ACTOR_KINDS = ("Person", "Organisation", "Country")

_PREFIXES = """
PREFIX sg: <https://w3id.org/stancegraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

_NODES = _PREFIXES + """
SELECT DISTINCT ?node ?type WHERE {
  VALUES ?type { sg:Person sg:Organisation sg:Country sg:Topic sg:Document }
  ?node a ?type .
}"""

# One query for every single-valued or multi-valued node property: cheaper than one OPTIONAL each.
_NODE_PROPERTIES = _PREFIXES + """
SELECT DISTINCT ?node ?p ?value WHERE {
  VALUES ?p { rdfs:label skos:prefLabel skos:altLabel sg:role sg:affiliation dcterms:identifier
              dcterms:title dcterms:date dcterms:source schema:url sg:contentHash }
  ?node ?p ?value .
}"""

_EXTRACTIONS = _PREFIXES + """
SELECT DISTINCT ?doc ?version ?model WHERE {
  ?run a sg:Extraction ; prov:used ?doc .
  OPTIONAL { ?run sg:softwareVersion ?version }
  OPTIONAL { ?run sg:spacyModel ?model }
}"""

_SG = "https://w3id.org/stancegraph/ontology#"
_STANCE_PROPERTIES = {
    "holder": _SG + "holder",
    "target": _SG + "target",
    "polarity": _SG + "polarity",
    "act": _SG + "act",
    "confidence": _SG + "confidence",
    "cue": _SG + "cue",
    "doc": "http://www.w3.org/ns/prov#wasDerivedFrom",
}
_EVIDENCE_PROPERTIES = {
    "quote": _SG + "quote",
    "start": _SG + "startOffset",
    "end": _SG + "endOffset",
    "doc": _SG + "inDocument",
}
_EVIDENCE = f"SELECT ?stance ?evidence WHERE {{ ?stance <{_SG}evidence> ?evidence }}"

_PROPERTY_NAMES = {
    "http://www.w3.org/2000/01/rdf-schema#label": "rdfs_label",
    "http://www.w3.org/2004/02/skos/core#prefLabel": "pref_label",
    "http://www.w3.org/2004/02/skos/core#altLabel": "aliases",
    "https://w3id.org/stancegraph/ontology#role": "role",
    "https://w3id.org/stancegraph/ontology#affiliation": "affiliation",
    "http://purl.org/dc/terms/identifier": "identifier",
    "http://purl.org/dc/terms/title": "title",
    "http://purl.org/dc/terms/date": "date",
    "http://purl.org/dc/terms/source": "source",
    "https://schema.org/url": "url",
    "https://w3id.org/stancegraph/ontology#contentHash": "content_hash",
}
_DOCUMENT_FIELDS = ("title", "date", "source", "url")


class DatasetStore:
    """A read-only `QuadStore` view of an rdflib Dataset or Graph, queried over the union of its graphs."""

    def __init__(self, rdf_graph: Graph) -> None:
        if isinstance(rdf_graph, Dataset):
            rdf_graph.default_union = True
        self._graph = rdf_graph

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Results:
        result = self._graph.query(sparql, initBindings=dict(bindings or {}))
        variables = tuple(str(v) for v in result.vars or ())
        rows = tuple(
            {name: row[i] for i, name in enumerate(variables) if row[i] is not None}  # type: ignore[index]
            for row in result
        )
        return Results(variables, rows)  # type: ignore[arg-type]

    def dump_nquads(self) -> str:
        """Every quad as N-Quads, one line each, sorted (as `QuadStore.dump_nquads`)."""
        data = self._graph.serialize(format="nquads")
        lines = sorted({line for line in data.split("\n") if line.strip()})
        return "".join(line + "\n" for line in lines)


def to_networkx(store: QuadStore | DatasetStore | Graph) -> nx.MultiDiGraph:
    """Read every actor, topic, document, stance and affiliation of `store` into a MultiDiGraph.

    `store` is any `QuadStore` (the union of its graphs is read) or an rdflib Dataset / Graph.
    """
    source = DatasetStore(store) if isinstance(store, Graph) else store
    G = nx.MultiDiGraph()
    nodes = _read_nodes(source)
    stances = _read_stances(source)
    for iri in _referenced_iris(nodes, stances):
        nodes.setdefault(iri, _placeholder(iri))
    for iri in sorted(nodes):
        G.add_node(iri, **nodes[iri])
    for iri in sorted(nodes):
        affiliation = nodes[iri].get("affiliation", "")
        if affiliation:
            G.add_edge(iri, affiliation, key="affiliation", relation="affiliation")
    _add_stance_edges(G, stances, nodes)
    return G


Row = dict[str, str]


def _select(store: Any, sparql: str) -> list[Row]:
    """Rows of a SELECT as plain strings (IRIs, lexical forms of literals); unbound variables are absent.

    An Oxigraph store is read directly: building rdflib terms for every value would take most of the time.
    """
    native = getattr(store, "store", None)
    if ox is not None and isinstance(native, ox.Store):
        solutions = native.query(sparql, use_default_graph_as_union=True)
        assert isinstance(solutions, ox.QuerySolutions)
        names = [v.value for v in solutions.variables]
        return [
            {name: value.value for name, value in zip(names, solution, strict=True) if value is not None}
            for solution in solutions
        ]
    return [{name: str(term) for name, term in row.items()} for row in _all_rows(store, sparql)]


def _all_rows(store: Any, sparql: str) -> list[Mapping[str, Identifier]]:
    """Every row of a SELECT, also from a server that cuts long answers (Virtuoso's ResultSetMaxRows).

    Counts the rows; when fewer came back, fetches the rest page by page in a fixed order.
    """
    first = store.query(sparql)
    if isinstance(store, DatasetStore):
        return list(first)
    head, _select_word, body = sparql.partition("SELECT")
    counted = store.query(f"{head}SELECT (COUNT(*) AS ?n) WHERE {{ {{ SELECT{body} }} }}")
    total = int(str(counted.rows[0]["n"])) if counted.rows else len(first)
    if len(first) >= total:
        return list(first)
    order = " ".join(f"?{name}" for name in first.variables)
    rows: list[Mapping[str, Identifier]] = []
    while len(rows) < total:
        page = store.query(
            f"{head}SELECT * WHERE {{ {{ SELECT{body} }} }} ORDER BY {order} LIMIT {max(len(first), 1)} "
            f"OFFSET {len(rows)}"
        )
        if not page.rows:
            raise StoreError(
                f"the SPARQL store returned {len(rows)} of {total} rows: raise its cap on result rows "
                "(Virtuoso: ResultSetMaxRows in the [SPARQL] section of virtuoso.ini)"
            )
        rows.extend(page.rows)
    return rows


def _text(value: str | None) -> str:
    return value or ""


def _number(value: str | None, default: float) -> float:
    try:
        return float(value) if value is not None else default
    except ValueError:
        return default


def _local_name(iri: str) -> str:
    return iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _read_nodes(store: Any) -> dict[str, dict[str, Any]]:
    kinds: dict[str, str] = {}
    for row in _select(store, _NODES):
        iri, kind = row["node"], _local_name(row["type"])
        # A node typed twice keeps the most specific actor kind in a fixed order (deterministic).
        if iri not in kinds or NODE_KINDS.index(kind) < NODE_KINDS.index(kinds[iri]):
            kinds[iri] = kind
    values: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in _select(store, _NODE_PROPERTIES):
        iri = row["node"]
        if iri in kinds:
            values[iri][_PROPERTY_NAMES[row["p"]]].append(row["value"])
    extraction = _read_extractions(store)
    return {iri: _node_attributes(iri, kind, values[iri], extraction.get(iri)) for iri, kind in kinds.items()}


def _read_extractions(store: Any) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for row in _select(store, _EXTRACTIONS):
        pair = (_text(row.get("version")), _text(row.get("model")))
        doc = row["doc"]
        found[doc] = max(found.get(doc, pair), pair)
    return found


def _first(values: Mapping[str, list[str]], name: str) -> str:
    return min(values.get(name, [""]))


def _node_attributes(
    iri: str, kind: str, values: Mapping[str, list[str]], extraction: tuple[str, str] | None
) -> dict[str, Any]:
    label = _first(values, "pref_label") or _first(values, "rdfs_label") or _first(values, "title")
    attributes: dict[str, Any] = {
        "kind": kind,
        "label": label or _first(values, "identifier") or _local_name(iri),
        "aliases": sorted(set(values.get("aliases", []))),
        "role": _first(values, "role"),
        "affiliation": _first(values, "affiliation") if kind in ACTOR_KINDS else "",
        "stance_count": 0,
    }
    if kind == "Document":
        for name in _DOCUMENT_FIELDS:
            attributes[name] = _first(values, name)
        attributes["identifier"] = _first(values, "identifier")
        attributes["content_hash"] = _first(values, "content_hash")
        attributes["software_version"], attributes["spacy_model"] = extraction or ("", "")
    return attributes


def _placeholder(iri: str) -> dict[str, Any]:
    """A node for an IRI that stances or affiliations name but nothing types (data outside the shapes)."""
    kind = "Topic" if "/topic/" in iri else "Organisation"
    return _node_attributes(iri, kind, {}, None)


def _referenced_iris(nodes: Mapping[str, dict[str, Any]], stances: Mapping[str, dict[str, Any]]) -> set[str]:
    found = {attrs["affiliation"] for attrs in nodes.values() if attrs.get("affiliation")}
    for stance in stances.values():
        found.update((stance["holder"], stance["target"]))
    return found


def _objects(store: Any, prop: str) -> dict[str, str]:
    """Subject → object of one property (the smallest value when there are several: deterministic)."""
    found: dict[str, str] = {}
    for row in _select(store, f"SELECT ?s ?o WHERE {{ ?s <{prop}> ?o }}"):
        if row["s"] not in found or row["o"] < found[row["s"]]:
            found[row["s"]] = row["o"]
    return found


def _read_stances(store: Any) -> dict[str, dict[str, Any]]:
    # One simple scan per property, joined here: several times faster than one SELECT with OPTIONALs
    # on a union of thousands of graphs.
    values = {name: _objects(store, iri) for name, iri in _STANCE_PROPERTIES.items()}
    stances: dict[str, dict[str, Any]] = {}
    for iri in sorted(set(values["holder"]) & set(values["target"]) & set(values["polarity"])):
        stances[iri] = {
            "holder": values["holder"][iri],
            "target": values["target"][iri],
            "polarity": _local_name(values["polarity"][iri]),
            "act": values["act"].get(iri, ""),
            "confidence": _number(values["confidence"].get(iri), 0.0),
            "cue": values["cue"].get(iri, ""),
            "document": values["doc"].get(iri, ""),
            "evidence": {},
        }
    evidence = {name: _objects(store, iri) for name, iri in _EVIDENCE_PROPERTIES.items()}
    for row in _select(store, _EVIDENCE):
        stance = stances.get(row["stance"])
        if stance is not None:
            node = row["evidence"]
            stance["evidence"][node] = {name: got[node] for name, got in evidence.items() if node in got}
    return stances


def _evidence_list(stance: Mapping[str, Any], nodes: Mapping[str, dict[str, Any]]) -> list[dict[str, Any]]:
    items = []
    for row in stance["evidence"].values():
        document = _text(row.get("doc")) or stance["document"]
        doc_attrs = nodes.get(document, {})
        item = {
            "quote": _text(row.get("quote")),
            "start": int(_number(row.get("start"), -1)),
            "end": int(_number(row.get("end"), -1)),
            "document": document,
        }
        item.update({name: doc_attrs.get(name, "") for name in _DOCUMENT_FIELDS})
        items.append(item)
    return sorted(items, key=lambda e: (e["document"], e["start"], e["end"], e["quote"]))


def _add_stance_edges(
    G: nx.MultiDiGraph, stances: Mapping[str, dict[str, Any]], nodes: Mapping[str, dict[str, Any]]
) -> None:
    order = sorted(stances, key=lambda iri: (stances[iri]["holder"], stances[iri]["target"], iri))
    for iri in order:
        stance = stances[iri]
        evidence = _evidence_list(stance, nodes)
        target_kind = G.nodes[stance["target"]]["kind"]
        G.add_edge(
            stance["holder"],
            stance["target"],
            key=iri,
            relation="actor_relation" if target_kind in ACTOR_KINDS else "stance",
            polarity=stance["polarity"],
            act=stance["act"],
            confidence=stance["confidence"],
            cue=stance["cue"],
            document=stance["document"] or (evidence[0]["document"] if evidence else ""),
            evidence=evidence,
            evidence_count=len(evidence),
        )
        G.nodes[stance["holder"]]["stance_count"] += 1
        G.nodes[stance["target"]]["stance_count"] += 1
        document = G.edges[stance["holder"], stance["target"], iri]["document"]
        if document in G and G.nodes[document]["kind"] == "Document":
            G.nodes[document]["stance_count"] += 1

