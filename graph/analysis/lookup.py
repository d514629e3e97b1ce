"""Find an actor or topic node by the name a user types (label, alias or IRI), with close-match hints."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

import networkx as nx

from graph.errors import OptionError

ACTOR_KINDS = ("Person", "Organisation", "Country")


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def find_node(G: nx.Graph, name: str, *, kinds: Iterable[str], what: str) -> str:
    """The node whose IRI, label or alias is `name` (case-insensitive); labels win over aliases.

    Raises `OptionError` naming close matches when there is no such node or the name is ambiguous.
    """
    wanted = tuple(kinds)
    nodes = sorted(n for n, d in G.nodes(data=True) if d.get("kind") in wanted)
    if name in nodes:
        return name
    key = _fold(name)
    by_label = [n for n in nodes if _fold(G.nodes[n]["label"]) == key]
    by_alias = [n for n in nodes if key in {_fold(a) for a in G.nodes[n].get("aliases", [])}]
    for found in (by_label, by_alias):
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            labels = ", ".join(f"{G.nodes[n]['label']} <{n}>" for n in found)
            raise OptionError(f"the {what} name {name!r} is ambiguous: {labels}; pass one of these IRIs")
    raise OptionError(f"no {what} named {name!r}; {_hint(G, nodes, key, what)}")


def _hint(G: nx.Graph, nodes: list[str], key: str, what: str) -> str:
    names: dict[str, str] = {}
    for node in nodes:
        label = G.nodes[node]["label"]
        for text in [label, *G.nodes[node].get("aliases", [])]:
            names.setdefault(_fold(text), label)
    close = difflib.get_close_matches(key, list(names), n=5, cutoff=0.6)
    close += [text for text in sorted(names) if key and key in text and text not in close]
    labels = list(dict.fromkeys(names[text] for text in close))[:5]
    if labels:
        return "close matches: " + ", ".join(labels)
    if not nodes:
        return f"the graph has no {what}s"
    return f"the graph has {len(nodes)} {what}s, e.g. " + ", ".join(
        sorted((G.nodes[n]["label"] for n in nodes), key=str.casefold)[:5]
    )
