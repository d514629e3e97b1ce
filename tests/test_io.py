"""Reading inputs into Documents and writing outputs atomically (graph.io)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from graph.errors import InputError, UnsupportedInputError
from graph.io import Skipped, count_documents, read_documents, write_files
from graph.records import Document


def _docs(inputs: list[str], stdin: str | None = None) -> list[Document | Skipped]:
    stream = io.TextIOWrapper(io.BytesIO(stdin.encode())) if stdin is not None else None
    return list(read_documents(inputs, stdin=stream))


def test_txt_file_becomes_one_document_with_headline_title(tmp_path: Path) -> None:
    path = tmp_path / "talks.txt"
    path.write_text("Ministers meet\nThe ministers met on Monday.\n", encoding="utf-8")
    [doc] = _docs([str(path)])
    assert isinstance(doc, Document)
    assert (doc.id, doc.title, doc.origin) == ("talks", "Ministers meet", str(path))
    assert doc.text.startswith("Ministers meet")


def test_jsonl_keeps_metadata_and_derives_id_from_content(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    rows = [{"id": "a1", "text": "One.", "title": "T", "date": "2025-02-18", "source": "S", "url": "http://x"},
            {"text": "Two."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    first, second = _docs([str(path)])
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.id, first.title, first.date, first.source, first.url) == ("a1", "T", "2025-02-18", "S", "http://x")
    assert second.id.startswith("doc-") and second.id == _docs([str(path)])[1].id  # type: ignore[union-attr]


def test_bad_jsonl_lines_are_skipped_with_their_line_number(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "Good."}\nnot json\n{"title": "no text"}\n[1, 2]\n', encoding="utf-8")
    items = _docs([str(path)])
    assert isinstance(items[0], Document)
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [s.origin for s in skipped] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "not valid JSON" in skipped[0].reason and '"text"' in skipped[1].reason


def test_folder_reads_txt_and_jsonl_sorted_and_skips_bad_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Second text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First text.", encoding="utf-8")
    (tmp_path / "sub" / "c.jsonl").write_text('{"id": "c", "text": "Third."}\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = _docs([str(tmp_path)])
    assert [i.id if isinstance(i, Document) else "skip" for i in items] == ["a", "b", "skip", "c"]


def test_stdin_document(tmp_path: Path) -> None:
    [doc] = _docs(["-"], stdin="The minister said so.")
    assert isinstance(doc, Document) and doc.id.startswith("stdin-") and doc.origin == "<stdin>"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n\t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("caf\u00e9 au lait".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_text_file_named_directly_is_an_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        _docs([str(path)])


def test_bad_direct_file_fails_before_any_document_is_yielded(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("Fine.", encoding="utf-8")
    bad.write_bytes(b"")
    documents = read_documents([str(good), str(bad)])
    with pytest.raises(InputError, match="empty"):
        next(documents)


def test_missing_path_and_unsupported_type(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="input not found"):
        _docs([str(tmp_path / "nope.txt")])
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF")
    with pytest.raises(UnsupportedInputError, match=r"unsupported input type '\.pdf'"):
        _docs([str(pdf)])
    with pytest.raises(InputError, match="no .txt or .jsonl files"):
        (tmp_path / "empty").mkdir()
        _docs([str(tmp_path / "empty")])


def test_count_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text":"1"}\n\n{"text":"2"}\n', encoding="utf-8")
    assert count_documents([str(tmp_path)]) == 3
    assert count_documents(["-"]) is None


def test_write_files_replaces_atomically_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    (tmp_path / "graph.ttl").write_text("old", encoding="utf-8")
    write_files(tmp_path, {"graph.ttl": "new", "graph.html": b"<html>"})
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html", "graph.ttl"]


def test_written_files_are_readable_by_others_under_the_usual_umask(tmp_path: Path) -> None:
    [path] = write_files(tmp_path, {"graph.ttl": "x"})
    assert path.stat().st_mode & 0o777 == 0o666 & ~_current_umask()


def _current_umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask
