"""Two-mode network and DNA projections of the hand-made fixture, weights worked out by hand.

Positions (Support/Oppose only) at person level:
  Anna {T1+}  Ben {T1-, T3+}  Alphaland {T2-, T3+}  Betaland {T2-}  Gamma {T2+, T1-}
At organisation level Anna counts for Alphaland and Ben for Betaland:
  Alphaland {T1+, T2-, T3+}  Betaland {T1-, T2-, T3+}  Gamma {T1-, T2+}
"""

from __future__ import annotations

import math

import pytest

from graph.analysis.convert import to_networkx
from graph.analysis.networks import (
    actor_map,
    conflict,
    congruence,
    normalise_weight,
    stance_network,
    subtract,
    two_mode,
)
from graph.errors import OptionError

from .fixtures import ALPHA, ANNA, BEN, BETA, GAMMA, T1, T2, T3, small_dataset


@pytest.fixture(scope="module")
def G():
    return to_networkx(small_dataset())


def weights(M):
    return {frozenset((a, b)): round(d["weight"], 6) for a, b, d in M.edges(data=True)}


def pair(a, b):
    return frozenset((a, b))


# Raw counts: congruence Ben–Alphaland (T3+), Ben–Gamma (T1-), Alphaland–Betaland (T2-);
# n: Anna 1, Ben 2, Alphaland 2, Betaland 1, Gamma 2.
CONGRUENCE = {
    "none": {pair(BEN, ALPHA): 1, pair(BEN, GAMMA): 1, pair(ALPHA, BETA): 1},
    "average": {pair(BEN, ALPHA): 0.5, pair(BEN, GAMMA): 0.5, pair(ALPHA, BETA): round(2 / 3, 6)},
    "jaccard": {pair(BEN, ALPHA): round(1 / 3, 6), pair(BEN, GAMMA): round(1 / 3, 6), pair(ALPHA, BETA): 0.5},
    "cosine": {pair(BEN, ALPHA): 0.5, pair(BEN, GAMMA): 0.5, pair(ALPHA, BETA): round(1 / math.sqrt(2), 6)},
}
# Conflict: Anna–Ben (T1), Anna–Gamma (T1), Alphaland–Gamma (T2), Betaland–Gamma (T2).
CONFLICT = {
    "none": {pair(ANNA, BEN): 1, pair(ANNA, GAMMA): 1, pair(ALPHA, GAMMA): 1, pair(BETA, GAMMA): 1},
    "average": {
        pair(ANNA, BEN): round(2 / 3, 6),
        pair(ANNA, GAMMA): round(2 / 3, 6),
        pair(ALPHA, GAMMA): 0.5,
        pair(BETA, GAMMA): round(2 / 3, 6),
    },
    "jaccard": {pair(ANNA, BEN): 0.5, pair(ANNA, GAMMA): 0.5, pair(ALPHA, GAMMA): round(1 / 3, 6),
                pair(BETA, GAMMA): 0.5},
    "cosine": {
        pair(ANNA, BEN): round(1 / math.sqrt(2), 6),
        pair(ANNA, GAMMA): round(1 / math.sqrt(2), 6),
        pair(ALPHA, GAMMA): 0.5,
        pair(BETA, GAMMA): round(1 / math.sqrt(2), 6),
    },
}


@pytest.mark.parametrize("normalise", ["none", "average", "jaccard", "cosine"])
def test_congruence_weights_per_normalisation(G, normalise):
    assert weights(congruence(G, normalise=normalise)) == CONGRUENCE[normalise]


@pytest.mark.parametrize("normalise", ["none", "average", "jaccard", "cosine"])
def test_conflict_weights_per_normalisation(G, normalise):
    assert weights(conflict(G, normalise=normalise)) == CONFLICT[normalise]


def test_one_mode_networks_hold_every_actor_with_a_side(G):
    M = congruence(G)
    assert sorted(M) == sorted([ANNA, BEN, ALPHA, BETA, GAMMA])
    assert M.nodes[ANNA]["positions"] == 1 and M.nodes[BEN]["positions"] == 2
    assert M.edges[BEN, GAMMA]["topics"] == [T1]


def test_organisation_level_aggregates_persons_to_their_affiliation(G):
    assert actor_map(G, level="organisation")[ANNA] == ALPHA
    assert weights(congruence(G, level="organisation")) == {pair(ALPHA, BETA): 2, pair(BETA, GAMMA): 1}
    assert weights(conflict(G, level="organisation")) == {
        pair(ALPHA, BETA): 1,
        pair(ALPHA, GAMMA): 2,
        pair(BETA, GAMMA): 1,
    }
    # n = 3, 3, 2: Alphaland–Betaland congruence 2 / (3 + 3 - 2) under jaccard.
    assert weights(congruence(G, level="organisation", normalise="jaccard"))[pair(ALPHA, BETA)] == 0.5


def test_subtract_is_congruence_minus_conflict_without_zero_ties(G):
    S = subtract(G, level="organisation")
    assert weights(S) == {pair(ALPHA, BETA): 1, pair(ALPHA, GAMMA): -2}
    assert S.edges[ALPHA, GAMMA]["conflict"] == 2


def test_two_mode_counts_polarity_per_actor_and_topic(G):
    B = two_mode(G, level="organisation")
    tie = B.edges[BETA, T3]
    assert (tie["support"], tie["oppose"], tie["neutral"], tie["weight"]) == (1, 0, 1, 2)
    assert tie["polarity"] == "Support" and tie["score"] == 1.0
    assert B.nodes[T3]["bipartite"] == 1 and B.nodes[BETA]["bipartite"] == 0
    assert B.edges[ALPHA, T1]["polarity"] == "Support"
    assert ANNA not in B


def test_two_mode_neutral_only_tie(G):
    B = two_mode(G)
    assert B.edges[BETA, T3]["polarity"] == "Neutral" and B.edges[BETA, T3]["score"] == 0.0
    assert B.edges[ANNA, T1]["stances"] == ["https://w3id.org/stancegraph/id/stance/d1/s1"]


def test_stance_network_counts_stances_and_actor_relations(G):
    N = stance_network(G)
    assert N.edges[ANNA, BEN]["weight"] == 1
    assert sorted(N[T2]) == sorted([ALPHA, BETA, GAMMA])
    # At organisation level Anna's criticism of Ben becomes Alphaland → Betaland.
    assert stance_network(G, level="organisation").has_edge(ALPHA, BETA)


def test_bad_choices_raise_option_errors(G):
    with pytest.raises(OptionError, match="--normalise 'max' is not valid; choose one of: none, average"):
        congruence(G, normalise="max")
    with pytest.raises(OptionError, match="--level 'party'"):
        conflict(G, level="party")
    with pytest.raises(OptionError):
        normalise_weight(1, 1, 1, "max")
