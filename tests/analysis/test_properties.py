"""Properties of the projections on random small stance graphs (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.analysis.export import generate_gexf, generate_graphml
from graph.analysis.networks import conflict, congruence, positions, subtract
from graph.analysis.report import analyze, report_json, report_markdown

from .fixtures import nx_stances

stance = st.tuples(
    st.sampled_from(["A", "B", "C", "D", "E"]),
    st.sampled_from(["T1", "T2", "T3"]),
    st.sampled_from(["Support", "Oppose", "Neutral"]),
)
stance_lists = st.lists(stance, max_size=14)


@settings(max_examples=60, deadline=None)
@given(stance_lists)
def test_counts_are_shared_and_opposite_positions(stances):
    G = nx_stances(stances)
    held = positions(G)
    agree, clash = congruence(G), conflict(G)
    for a in held:
        for b in held:
            if a >= b:
                continue
            same = len(held[a] & held[b])
            flipped = {(t, "Oppose" if s == "Support" else "Support") for t, s in held[b]}
            opposite = len(held[a] & flipped)
            assert (agree.edges[a, b]["count"] if agree.has_edge(a, b) else 0) == same
            assert (clash.edges[a, b]["count"] if clash.has_edge(a, b) else 0) == opposite


@settings(max_examples=60, deadline=None)
@given(stance_lists, st.sampled_from(["average", "jaccard", "cosine"]))
def test_normalised_weights_lie_in_zero_one_and_subtract_is_the_difference(stances, normalise):
    G = nx_stances(stances)
    agree, clash = congruence(G, normalise=normalise), conflict(G, normalise=normalise)
    for M in (agree, clash):
        assert all(0 < d["weight"] <= 1 for _a, _b, d in M.edges(data=True))
    S = subtract(G, normalise=normalise)
    for a, b, d in S.edges(data=True):
        plus = agree.edges[a, b]["weight"] if agree.has_edge(a, b) else 0.0
        minus = clash.edges[a, b]["weight"] if clash.has_edge(a, b) else 0.0
        assert d["weight"] == plus - minus != 0


@settings(max_examples=25, deadline=None)
@given(stance_lists)
def test_report_and_exports_are_deterministic(stances):
    first, second = nx_stances(stances), nx_stances(stances)
    assert report_json(analyze(first)) == report_json(analyze(second))
    assert report_markdown(analyze(first)) == report_markdown(analyze(second))
    assert generate_gexf(first) == generate_gexf(second)
    assert generate_graphml(congruence(first)) == generate_graphml(congruence(second))
