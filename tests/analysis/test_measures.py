"""Centralities, salience, contested topics, coalitions and conflict lines, worked out by hand."""

from __future__ import annotations

import math

import pytest

from graph.analysis.convert import to_networkx
from graph.analysis.measures import (
    actor_centrality,
    coalitions,
    conflict_lines,
    contested_topics,
    topic_salience,
)

from .fixtures import ALPHA, BEN, BETA, GAMMA, nx_stances, small_dataset


@pytest.fixture(scope="module")
def G():
    return to_networkx(small_dataset())


def by_label(scores):
    return {s.label: s for s in scores}


def test_centralities_on_a_path():
    # A – T1 – B – T2 – C: B bridges 4 of the 6 pairs of the other nodes, T1 bridges 3.
    P = nx_stances(
        [("A", "T1", "Support"), ("B", "T1", "Oppose"), ("B", "T2", "Support"), ("C", "T2", "Support")]
    )
    scores = by_label(actor_centrality(P))
    assert set(scores) == {"A", "B", "C"}
    assert scores["B"].degree == 2 and scores["B"].stances == 2
    assert scores["B"].betweenness == pytest.approx(2 / 3)
    assert scores["A"].betweenness == 0
    # The path P5's leading eigenvector is (1, √3, 2, √3, 1) / √12.
    assert scores["A"].eigenvector == pytest.approx(1 / math.sqrt(12), abs=1e-6)
    assert scores["B"].eigenvector == pytest.approx(2 / math.sqrt(12), abs=1e-6)
    assert scores["A"].pagerank == pytest.approx(scores["C"].pagerank)
    assert actor_centrality(P)[0].label == "B"


def test_pagerank_of_a_star():
    # Centre c, 3 leaves, damping .85: c = .0375 + .85·3x, x = .0375 + .85·c/3 → c = .133125 / .2775.
    S = nx_stances([("A", "T1", "Support"), ("A", "T2", "Support"), ("A", "T3", "Oppose")])
    (centre,) = actor_centrality(S)
    assert centre.pagerank == pytest.approx(0.133125 / 0.2775, abs=1e-6)
    assert centre.degree == 3 and centre.betweenness == pytest.approx(1.0)


def test_eigenvector_is_only_given_on_the_largest_component():
    D = nx_stances([("A", "T1", "Support"), ("B", "T1", "Support"), ("C", "T2", "Oppose")])
    scores = by_label(actor_centrality(D))
    assert scores["A"].eigenvector is not None and scores["C"].eigenvector is None


def test_no_stances_no_scores():
    assert actor_centrality(nx_stances([])) == []


def test_topic_salience(G):
    found = {t.label: t for t in topic_salience(G)}
    assert (found["sanctions"].actors, found["sanctions"].stances) == (3, 3)
    assert (found["sanctions"].support, found["sanctions"].oppose) == (1, 2)
    assert found["ceasefire"].neutral == 1 and found["trade deal"].documents == 2


def test_contested_topics_and_polarisation(G):
    found = contested_topics(G)
    # trade deal: Anna for, Ben and Gamma against; sanctions: Gamma for, both countries against;
    # ceasefire has no opponent.
    assert [t.label for t in found] == ["sanctions", "trade deal"]
    assert found[1].supporters == ("Anna Alpha",) and found[1].opponents == ("Ben Beta", "Gamma Union")
    assert found[0].polarisation == pytest.approx(2 / 3)


def test_evenly_split_topic_has_polarisation_one():
    E = nx_stances(
        [
            ("A", "T1", "Support"),
            ("B", "T1", "Oppose"),
            ("C", "T1", "Support"),
            ("D", "T1", "Oppose"),
            ("A", "T1", "Oppose"),
            ("A", "T1", "Support"),
        ]
    )
    (topic,) = contested_topics(E)
    assert topic.polarisation == 1.0 and topic.supporters == ("A", "C")


def test_coalitions_split_the_congruence_path(G):
    # Congruence is the path Gamma – Ben – Alphaland – Betaland; Anna has no congruence tie.
    # Modularity: {Gamma, Ben} {Alphaland, Betaland} = 1/6, better than any other split.
    found = coalitions(G)
    assert [set(c.members) for c in found] == [{ALPHA, BETA}, {BEN, GAMMA}, {found[2].members[0]}]
    assert found[0].labels == ("Alphaland", "Betaland")
    assert found[0].shared_positions == (("sanctions", "Oppose", 2),)
    assert found == coalitions(G)


def test_conflict_lines_between_coalitions(G):
    found = coalitions(G)
    lines = conflict_lines(G, found)
    # Gamma opposes both countries on sanctions (2 ties); Anna (3) clashes with Ben and Gamma on trade.
    assert [(line.first, line.second, line.weight, line.ties) for line in lines] == [
        (1, 2, 2.0, 2),
        (2, 3, 2.0, 2),
    ]
    assert lines[0].topics == ("sanctions",) and lines[1].topics == ("trade deal",)


def test_organisation_level_coalitions(G):
    # Congruence Alphaland =2= Betaland =1= Gamma: one community (Q = 0) beats {A, B}{G} (Q = -1/18).
    (only,) = coalitions(G, level="organisation")
    assert set(only.members) == {ALPHA, BETA, GAMMA}
    assert conflict_lines(G, [only], level="organisation") == []


def test_contested_topics_rank_the_smaller_side_first():
    # T1: 3 for, 2 against (polarisation 0.8); T2: 1 against 1 (polarisation 1.0).
    E = nx_stances(
        [
            ("A", "T1", "Support"),
            ("B", "T1", "Support"),
            ("C", "T1", "Support"),
            ("D", "T1", "Oppose"),
            ("E", "T1", "Oppose"),
            ("A", "T2", "Support"),
            ("B", "T2", "Oppose"),
        ]
    )
    found = contested_topics(E)
    assert [(t.label, t.polarisation) for t in found] == [("T1", pytest.approx(0.8)), ("T2", 1.0)]
