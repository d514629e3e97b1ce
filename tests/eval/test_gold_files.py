"""Checks that the hand-annotated gold files in tests/eval/gold/ are well formed (no spaCy model needed).

Each file must parse, refer only to actors and topics it defines, and point at an article that exists in
the shared BBC corpus; the short quotes in its comments must be real (and short) quotes of that article.
"""

from __future__ import annotations

import importlib.util
import json
import re
import tomllib
import unicodedata
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HERE = Path(__file__).parent
FOLDERS = ("gold", "tuning", "dev", "blind")
GOLD_FILES = [p for folder in FOLDERS for p in sorted((HERE / folder).glob("*.toml"))]
SHARED = HERE.parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
POLARITIES = {"support", "oppose", "neutral"}
TYPES = {"person", "organisation", "country"}
MAX_QUOTE_WORDS = 12


def _load(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    """Lower-case, fold accents, keep letters and digits only (as score.py compares names)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9]+", " ", text)).strip()


def _corpus_text(document: str, doc_id: str) -> str | None:
    """Title and text of article `doc_id` in the shared corpus file, or None when it is not there."""
    path = CORPUS / document
    if not path.is_file():
        pytest.skip(f"shared corpus {path} is absent")
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("id") == doc_id:
                return f"{record.get('title', '')}\n\n{record['text']}"
    return None


def _comment_quotes(path: Path) -> list[str]:
    """The double-quoted passages of the file's comment lines."""
    quotes: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("#"):
            quotes += re.findall(r'"([^"]+)"', line)
    return quotes


def test_there_are_three_gold_files() -> None:
    assert len(GOLD_FILES) >= 3


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_header_names_a_corpus_article(path: Path) -> None:
    gold = _load(path)
    assert gold["document"] == "bbc-politics.jsonl"
    assert gold["id"] == path.stem
    assert all(isinstance(x, str) for x in gold.get("extra_ok", []))


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_actors_are_well_formed(path: Path) -> None:
    actors = _load(path)["actors"]
    for aid, actor in actors.items():
        assert actor["type"] in TYPES, aid
        assert actor["name"] and all(a == a.lower() for a in actor.get("aliases", [])), aid
        if "affiliation" in actor:
            assert actor["affiliation"] in actors, f"{aid}: unknown affiliation {actor['affiliation']!r}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_topics_are_well_formed(path: Path) -> None:
    topics = _load(path)["topics"]
    for tid, topic in topics.items():
        assert topic["label"] and topic["match"], tid
        assert all(_norm(m) for m in topic["match"]), tid
        if "inverse" in topic:
            assert topic["inverse"] in topics and "inverse" not in topics[topic["inverse"]], tid


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_stances_refer_to_defined_actors_and_topics(path: Path) -> None:
    gold = _load(path)
    scored = 0
    for i, stance in enumerate(gold["stance"]):
        assert stance["holders"] and set(stance["holders"]) <= set(gold["actors"]), f"stance {i}"
        assert stance["topic"] in gold["topics"], f"stance {i}"
        assert "inverse" not in gold["topics"][stance["topic"]], f"stance {i}: use the base topic"
        assert stance["polarity"] in POLARITIES, f"stance {i}"
        scored += stance["polarity"] != "neutral" and not stance.get("optional", False)
    assert scored >= 5, "too few scored stances to measure anything"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_article_exists_and_gold_fits_its_text(path: Path) -> None:
    gold = _load(path)
    text = _corpus_text(gold["document"], gold["id"])
    assert text is not None, f"{gold['id']} is not in {gold['document']}"
    words = _norm(text)
    for aid, actor in gold["actors"].items():
        names = [actor["name"], *actor.get("aliases", [])]
        assert any(f" {_norm(n)} " in f" {words} " for n in names), f"actor {aid} is not named in the text"
    for tid, topic in gold["topics"].items():
        found = [m for m in topic["match"] if all(re.search(rf"\b{s}", words) for s in _norm(m).split())]
        assert found, f"topic {tid}: no match alternative fits the article"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_comment_quotes_are_short_and_real(path: Path) -> None:
    gold = _load(path)
    text = _corpus_text(gold["document"], gold["id"])
    assert text is not None
    words = f" {_norm(text)} "
    for quote in _comment_quotes(path):
        assert len(quote.split()) <= MAX_QUOTE_WORDS, f"quote too long: {quote!r}"
        for piece in re.split(r"\.\.\.|…", quote):
            if _norm(piece):
                assert f" {_norm(piece)} " in words, f"not in the article: {piece!r}"


def _score_module() -> ModuleType:
    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    spec = importlib.util.spec_from_file_location("shared_eval_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_shared_scorer_reads_the_file_and_a_perfect_answer_scores_one(path: Path) -> None:
    score = _score_module()
    gold = score.Gold(path)

    stances = []
    for s in gold.stances:
        if s["polarity"] != "neutral" and not s.get("optional"):
            topic = gold.topics[s["topic"]]["match"][0]
            stances.append({"holderLabel": gold.actors[s["holders"][0]]["name"],
                            "polarity": s["polarity"].capitalize(), "topicLabel": topic})
    result = score.score_stances(gold, stances)["scores"]
    assert result["fn"] == 0 and result["fp"] == 0, result
