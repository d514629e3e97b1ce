"""Export a stance network as GraphML, GEXF, CSV tables, JSON-LD or N-Quads.

`generate_*` are pure (a network in, text out); `export_network` picks the network and format and returns
the files to write ({file suffix: text}); the caller writes them. GraphML and GEXF hold scalars only:
lists of names are joined with "; ", evidence and other structures are JSON-encoded.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import Any

import networkx as nx

from graph.analysis.convert import to_networkx
from graph.analysis.networks import check_choice, conflict, congruence, subtract, two_mode
from graph.analysis.rdf_export import generate_jsonld, generate_network_nquads
from graph.rdf.results import QuadStore

NETWORKS: tuple[str, ...] = ("stances", "congruence", "conflict", "subtract", "two-mode")
FORMATS: tuple[str, ...] = ("graphml", "gexf", "csv", "jsonld", "nquads")
SUFFIXES = {"graphml": ".graphml", "gexf": ".gexf", "jsonld": ".jsonld", "nquads": ".nq"}
LIST_SEPARATOR = "; "


def select_network(
    G: nx.MultiDiGraph, network: str, *, level: str = "person", normalise: str = "none"
) -> nx.Graph:
    """The network called `network` (one of NETWORKS) of the stance graph `G`."""
    check_choice(network, NETWORKS, "--network")
    if network == "stances":
        return G
    if network == "two-mode":
        return two_mode(G, level=level)
    builder = {"congruence": congruence, "conflict": conflict, "subtract": subtract}[network]
    return builder(G, level=level, normalise=normalise)


def _scalar(value: Any) -> str | int | float | bool:
    if isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return LIST_SEPARATOR.join(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def flatten(N: nx.Graph) -> nx.Graph:
    """A copy of `N` whose attributes are all str / int / float / bool (None values are left out)."""
    F = N.__class__()
    F.graph.update({k: _scalar(v) for k, v in N.graph.items() if v is not None})
    for node, data in N.nodes(data=True):
        F.add_node(node, **{k: _scalar(v) for k, v in data.items() if v is not None})
    for edge in _edges(N):
        *ends, data = edge
        if N.is_multigraph():
            ends[2] = edge_id(*ends)
        F.add_edge(*ends, **{k: _scalar(v) for k, v in data.items() if v is not None})
    return F


def edge_id(u: str, v: str, key: Any) -> str:
    """A document-wide unique edge id: the stance IRI, or "affiliation:{actor}" (one per actor).

    >>> edge_id("id/actor/a", "id/actor/b", "affiliation")
    'affiliation:id/actor/a'
    """
    return f"{key}:{u}" if key == "affiliation" else str(key)


def _edges(N: nx.Graph) -> Iterable[tuple[Any, ...]]:
    return N.edges(keys=True, data=True) if N.is_multigraph() else N.edges(data=True)


def generate_graphml(N: nx.Graph) -> str:
    """GraphML that networkx and visone read; a multigraph's edge ids are the stance IRIs."""
    return "\n".join(nx.generate_graphml(flatten(N), prettyprint=True)) + "\n"


def generate_gexf(N: nx.Graph) -> str:
    """GEXF 1.2 with typed attributes (Gephi); a multigraph's edge ids are the stance IRIs."""
    F = flatten(N)
    if F.is_multigraph():
        for _u, _v, key, data in F.edges(keys=True, data=True):
            data["id"] = str(key)
            if data.get("polarity"):  # Gephi shows the label on the edge: "Oppose (reject)"
                data["label"] = f"{data['polarity']} ({data['act']})" if data.get("act") else data["polarity"]
    for _node, data in F.nodes(data=True):
        data.pop("id", None)  # GEXF would take it as the node id
    text = "\n".join(nx.generate_gexf(F, prettyprint=True)) + "\n"
    # The writer stamps today's date; without it the same graph always gives the same bytes.
    return re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1)


def _table(rows: list[dict[str, Any]], first: list[str]) -> str:
    columns = first + sorted({k for row in rows for k in row} - set(first))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", extrasaction="raise")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


def generate_csv(N: nx.Graph) -> tuple[str, str]:
    """The node table (id, label, kind, …) and the edge table (source, target, [key,] …) as CSV."""
    F = flatten(N)
    nodes = [{"id": node, **data} for node, data in F.nodes(data=True)]
    if F.is_multigraph():
        edges = [{"source": u, "target": v, "key": k, **d} for u, v, k, d in F.edges(keys=True, data=True)]
        first = ["source", "target", "key"]
    else:
        edges = [{"source": u, "target": v, **d} for u, v, d in F.edges(data=True)]
        first = ["source", "target"]
    return _table(nodes, ["id", "label", "kind"]), _table(edges, first)


def export_network(
    store: QuadStore,
    *,
    network: str = "stances",
    fmt: str = "graphml",
    level: str = "person",
    normalise: str = "none",
) -> dict[str, str]:
    """The files of one export: {suffix: text}, e.g. {".graphml": …} or {".nodes.csv": …, ".edges.csv": …}.

    The stances network in RDF formats is the store's own data (nothing lost); derived networks are
    encoded with the analysis vocabulary (see `rdf_export`).
    """
    check_choice(fmt, FORMATS, "--format")
    check_choice(network, NETWORKS, "--network")
    if fmt in ("jsonld", "nquads"):
        if network == "stances":
            nquads = store.dump_nquads()
        else:
            N = select_network(to_networkx(store), network, level=level, normalise=normalise)
            nquads = generate_network_nquads(N, network)
        return {SUFFIXES[fmt]: nquads if fmt == "nquads" else generate_jsonld(nquads)}
    N = select_network(to_networkx(store), network, level=level, normalise=normalise)
    if fmt == "csv":
        nodes, edges = generate_csv(N)
        return {".nodes.csv": nodes, ".edges.csv": edges}
    return {SUFFIXES[fmt]: generate_graphml(N) if fmt == "graphml" else generate_gexf(N)}
