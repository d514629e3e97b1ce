"""Who links to which issue: direct stances, affiliation and actor-relation paths, name lookup."""

from __future__ import annotations

import pytest

from graph.analysis.convert import to_networkx
from graph.analysis.links import find_links
from graph.analysis.lookup import ACTOR_KINDS, find_node
from graph.errors import OptionError

from .fixtures import ALPHA, ANNA, T2, small_dataset


@pytest.fixture(scope="module")
def G():
    return to_networkx(small_dataset())


def route(path):
    arrows = []
    for step in path.steps:
        back = "" if step.forward else "<"
        arrows.append(f"{step.source_label} -{step.relation}{back}-> {step.target_label}")
    return " | ".join(arrows)


def test_direct_stances_only_with_one_hop(G):
    paths = find_links(G, actor=ANNA, hops=1)
    assert [route(p) for p in paths] == ["Anna Alpha -stance-> trade deal"]
    (ref,) = paths[0].steps[0].stances
    assert (ref.polarity, ref.act, ref.evidence[0]["quote"]) == ("Support", "propose", "Quote s1.")


def test_indirect_paths_through_affiliation_and_relations(G):
    paths = find_links(G, actor=ANNA, hops=2)
    assert [route(p) for p in paths] == [
        "Anna Alpha -stance-> trade deal",
        "Anna Alpha -affiliation-> Alphaland | Alphaland -stance-> ceasefire",
        "Anna Alpha -affiliation-> Alphaland | Alphaland -stance-> sanctions",
        "Anna Alpha -actor_relation-> Ben Beta | Ben Beta -stance-> ceasefire",
        "Anna Alpha -actor_relation-> Ben Beta | Ben Beta -stance-> trade deal",
    ]
    affiliation = paths[1].steps[0]
    assert affiliation.role == "Foreign Minister" and affiliation.stances == ()
    criticism = paths[3].steps[0].stances[0]
    assert (criticism.act, criticism.evidence[0]["quote"]) == ("criticise", "Quote s5.")


def test_paths_to_a_topic_walk_edges_backwards_too(G):
    paths = find_links(G, topic=T2, hops=2)
    assert [route(p) for p in paths] == [
        "Alphaland -stance-> sanctions",
        "Betaland -stance-> sanctions",
        "Gamma Union -stance-> sanctions",
        "Anna Alpha -affiliation-> Alphaland | Alphaland -stance-> sanctions",
        "Ben Beta -affiliation-> Betaland | Betaland -stance-> sanctions",
    ]
    three = find_links(G, actor=ALPHA, topic=T2, hops=3)
    assert [route(p) for p in three] == ["Alphaland -stance-> sanctions"]
    four = find_links(G, actor=ALPHA, topic=T2, hops=4)
    assert [route(p) for p in four][1] == (
        "Alphaland -affiliation<-> Anna Alpha | Anna Alpha -actor_relation-> Ben Beta"
        " | Ben Beta -affiliation-> Betaland | Betaland -stance-> sanctions"
    )


def test_limit_keeps_the_first_paths(G):
    assert find_links(G, hops=3, limit=2) == find_links(G, hops=3)[:2]


def test_bad_hops(G):
    with pytest.raises(OptionError, match="--hops 0 is not valid"):
        find_links(G, hops=0)


def test_find_node_by_label_alias_or_iri(G):
    assert find_node(G, "anna  ALPHA", kinds=ACTOR_KINDS, what="actor") == ANNA
    assert find_node(G, "A. Alpha", kinds=ACTOR_KINDS, what="actor") == ANNA
    assert find_node(G, ANNA, kinds=ACTOR_KINDS, what="actor") == ANNA
    assert find_node(G, "sanction", kinds=["Topic"], what="topic") == T2


def test_unknown_name_lists_close_matches(G):
    with pytest.raises(OptionError) as err:
        find_node(G, "Ana Alpha", kinds=ACTOR_KINDS, what="actor")
    assert str(err.value) == "no actor named 'Ana Alpha'; close matches: Anna Alpha"
    with pytest.raises(OptionError, match="no topic named 'zzz'; the graph has 3 topics, e.g. ceasefire"):
        find_node(G, "zzz", kinds=["Topic"], what="topic")
