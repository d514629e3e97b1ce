"""The report as Markdown and JSON."""

from __future__ import annotations

import json

from graph.analysis.convert import to_networkx
from graph.analysis.report import analyze, report_json, report_markdown

from .fixtures import nx_stances, small_dataset


def test_markdown_of_the_fixture():
    text = report_markdown(analyze(to_networkx(small_dataset())))
    assert text.startswith(
        "# Stance network analysis\n\nLevel: person; normalisation: none. The graph holds "
        "2 documents, 5 actors, 3 topics, 9 stances on topics and 1 actor → actor relation."
    )
    assert "| sanctions | 0.6667 | Gamma Union | Alphaland, Betaland |" in text
    assert "Not in a coalition (1 actor): Anna Alpha." in text
    assert "| 1 × 2 | 2.0000 | 2 | sanctions |" in text


def test_json_has_every_section_and_rounds_scores():
    data = json.loads(report_json(analyze(to_networkx(small_dataset()), normalise="cosine")))
    assert list(data) == [
        "level",
        "normalise",
        "counts",
        "actors",
        "topics",
        "contested",
        "coalitions",
        "unaligned",
        "conflict_lines",
        "notes",
    ]
    assert data["normalise"] == "cosine" and data["contested"][0]["polarisation"] == 0.6667
    assert data["coalitions"][0]["labels"] == ["Alphaland", "Betaland"]


def test_long_member_lists_are_cut_in_markdown_only():
    stances = [(f"P{i:02d}", "T1", "Support") for i in range(15)]
    report = analyze(nx_stances(stances))
    assert "1. P00, P01, P02, P03, P04, P05, P06, P07, P08, P09, P10, P11 and 3 more — for T1 (15)" in (
        report_markdown(report)
    )
    assert len(json.loads(report_json(report))["coalitions"][0]["members"]) == 15


def test_empty_graph_report():
    text = report_markdown(analyze(nx_stances([])))
    assert "No actor holds a stance." in text and "No topic has actors on both sides." in text
    assert "No two actors take the same side on a topic." in text
