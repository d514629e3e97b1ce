"""`stancegraph build` from the command line: bad input gives one line, a non-zero exit and no output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app

runner = CliRunner()


def _build(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["build", *args])
    return result.exit_code, result.stdout, result.stderr


def _assert_clean_error(out: Path, code: int, stderr: str, expected: str) -> None:
    assert code == 1
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and expected in lines[0], stderr
    assert not out.exists() or not any(out.iterdir()), f"partial output left in {out}"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n \t\n", "is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("latin.txt", "Pr\u00e9sident".encode("latin-1"), "not UTF-8"),
        ("notes.pdf", b"%PDF-1.4", "unsupported input type"),
        ("bad.jsonl", b"{not json\n", "not valid JSON"),
        ("notext.jsonl", b'{"title": "no text"}\n', 'no "text" field'),
    ],
)
def test_bad_input_is_one_line_error_and_writes_nothing(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    out = tmp_path / "out"
    code, _, stderr = _build(str(path), "--out", str(out))
    _assert_clean_error(out, code, stderr, expected)


def test_missing_path(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, stderr = _build(str(tmp_path / "nowhere.txt"), "--out", str(out))
    _assert_clean_error(out, code, stderr, "input not found")


def test_bad_input_keeps_previous_output_intact(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _, _ = _build(str(empty), "--out", str(out))
    assert code == 1
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous"


def test_every_command_has_help() -> None:
    from typer.main import get_command

    group = get_command(app)
    for name in group.commands:  # type: ignore[attr-defined]
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert group.commands[name].help, f"command {name} has no help"  # type: ignore[attr-defined]


@pytest.mark.model
def test_corpus_with_bad_documents_builds_the_rest_and_counts_skips(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    good = {"id": "g1", "text": "The Labour Party rejected the proposal to raise taxes, its leader said."}
    corpus.write_text(json.dumps(good) + "\nnot json\n" + json.dumps({"title": "x"}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, stdout, stderr = _build(str(corpus), "--out", str(out))
    assert code == 0, stderr
    assert "Built 1 document(s), 2 skipped" in stdout
    assert stderr.count("Warning: skipped") == 2 and f"{corpus}:2" in stderr
    assert {p.name for p in out.iterdir()} >= {"graph.trig", "graph.ttl", "graph.html", "store"}


@pytest.mark.model
def test_build_is_deterministic(tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[2] / "examples" / "riyadh-talks.txt"
    outputs = []
    for run in ("a", "b"):
        out = tmp_path / run
        assert _build(str(example), "--out", str(out))[0] == 0
        outputs.append({n: (out / n).read_bytes() for n in ("graph.trig", "graph.ttl", "graph.html")})
    assert outputs[0] == outputs[1]


@pytest.mark.model
def test_rebuilding_the_same_document_replaces_it(tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[2] / "examples" / "riyadh-talks.txt"
    out = tmp_path / "out"
    _build(str(example), "--out", str(out))
    first = (out / "graph.trig").read_bytes()
    code, stdout, _ = _build(str(example), "--out", str(out))
    assert code == 0 and (out / "graph.trig").read_bytes() == first


def test_console_script_reports_errors_on_stderr(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("stancegraph")
    if not exe.exists():
        pytest.skip("console script not installed (pip install -e .)")
    proc = subprocess.run([str(exe), "build", str(tmp_path / "none.txt"), "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith("Error: input not found")
