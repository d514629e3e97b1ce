"""The one place that reads inputs from disk and writes outputs to it.

Inputs: `.txt` files, `.jsonl` files (one JSON object a line with `text`, optionally `id`, `title`,
`date`, `source`, `url`), folders (every `.txt` and `.jsonl` below them, in sorted order) and `-` for
standard input. Documents are yielded one at a time so that a corpus of any size streams.
Outputs are written atomically: a temporary file in the same folder, then a rename.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from graph.errors import DocumentSkipped, InputError, UnsupportedInputError
from graph.records import Document

SUPPORTED_SUFFIXES = (".txt", ".jsonl")
METADATA_FIELDS = ("title", "date", "source", "url")
_MAX_TITLE = 200
_UMASK = os.umask(0)
os.umask(_UMASK)


@dataclass(frozen=True)
class Skipped:
    """A document of a corpus that could not be read; the rest of the corpus goes on."""

    origin: str
    reason: str


def check_inputs(inputs: Sequence[str]) -> None:
    """Fail before anything is read or written when an input path is missing or of an unsupported type."""
    for name in inputs:
        if name == "-":
            continue
        path = Path(name)
        if not path.exists():
            raise InputError(f"input not found: {name} — check the path (a .txt or .jsonl file or a folder)")
        if path.is_file() and path.suffix.lower() not in SUPPORTED_SUFFIXES:
            raise UnsupportedInputError(
                f"unsupported input type '{path.suffix or path.name}': {name} — give a .txt or .jsonl file, "
                "a folder of them, or - for standard input"
            )
        if path.is_dir() and not any(_corpus_files(path)):
            raise InputError(f"no .txt or .jsonl files in folder {name} — point to a folder that holds some")


def read_documents(inputs: Sequence[str], *, stdin: TextIO | None = None) -> Iterator[Document | Skipped]:
    """Yield every document of the inputs in order; bad documents of a corpus come as `Skipped`.

    A bad file named directly (empty, binary, not UTF-8) raises `InputError`: there is no corpus to go on.
    """
    check_inputs(inputs)
    # Single documents named directly are read before anything is yielded, so that a bad one stops the
    # build before any output is touched; corpora (folders, JSONL) stream and skip their bad documents.
    direct: dict[int, Document] = {}
    for index, name in enumerate(inputs):
        if name == "-":
            direct[index] = _stdin_document(stdin or sys.stdin)
        elif Path(name).is_file() and Path(name).suffix.lower() == ".txt":
            direct[index] = _txt_document(Path(name), root=None)
    for index, name in enumerate(inputs):
        if index in direct:
            yield direct[index]
            continue
        path = Path(name)
        if path.is_dir():
            for file in _corpus_files(path):
                yield from _read_file(file, root=path)
        else:
            yield from _read_jsonl(path)


def _corpus_files(folder: Path) -> Iterator[Path]:
    files = (p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
    return iter(sorted(files))


def _read_file(path: Path, *, root: Path) -> Iterator[Document | Skipped]:
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path)
        return
    try:
        yield _txt_document(path, root=root)
    except InputError as exc:
        yield Skipped(str(path), str(exc))


def _txt_document(path: Path, *, root: Path | None) -> Document:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror} — check its permissions") from exc
    text = decode_text(data, str(path))
    doc_id = path.relative_to(root).with_suffix("").as_posix() if root else path.stem
    return text_document(text, doc_id=doc_id, origin=str(path))


def decode_text(data: bytes, origin: str) -> str:
    """Bytes of a text input as str; raises `InputError` for binary, non-UTF-8 or empty input."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{origin} is a binary file, not text — give a UTF-8 .txt or .jsonl file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{origin} is not UTF-8 (byte {exc.start}) — convert it, e.g. `iconv -f latin1 -t utf-8`"
        ) from exc
    if not text.strip():
        raise InputError(f"{origin} is empty — give a file with the article's text")
    return text


def text_document(text: str, *, doc_id: str, origin: str) -> Document:
    """A plain-text article: the first line is taken as its title when it reads like a headline."""
    first = text.strip().split("\n", 1)[0].strip()
    title = first if "\n" in text.strip() and 0 < len(first) <= _MAX_TITLE else None
    return Document(id=doc_id, text=text, title=title, origin=origin)


def _stdin_document(stream: TextIO) -> Document:
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
    text = decode_text(data, "standard input")
    return text_document(text, doc_id="stdin-" + _short_hash(text), origin="<stdin>")


def _read_jsonl(path: Path) -> Iterator[Document | Skipped]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror} — check its permissions") from exc
    with handle:
        for number, raw in enumerate(handle, start=1):
            origin = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                yield jsonl_document(raw, origin)
            except DocumentSkipped as exc:
                yield Skipped(origin, str(exc))


def jsonl_document(raw: bytes, origin: str) -> Document:
    """One JSONL line as a Document; raises `DocumentSkipped` naming what is wrong with it."""
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise DocumentSkipped(f"{origin}: line is not UTF-8 — re-encode the file as UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise DocumentSkipped(f"{origin}: not valid JSON ({exc.msg}) — one JSON object a line") from exc
    if not isinstance(obj, dict):
        raise DocumentSkipped(f"{origin}: not a JSON object — one object a line with a \"text\" field")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise DocumentSkipped(f"{origin}: no \"text\" field with the article's text — add one")
    meta = {k: str(obj[k]) for k in METADATA_FIELDS if obj.get(k) not in (None, "")}
    doc_id = str(obj["id"]) if obj.get("id") not in (None, "") else "doc-" + _short_hash(text)
    return Document(id=doc_id, text=text, origin=origin, **meta)


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def write_files(out_dir: Path, files: Mapping[str, str | bytes]) -> list[Path]:
    """Write each file atomically into out_dir; all temporary files first, then all renames."""
    out_dir.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[str, Path]] = []
    try:
        for name, content in files.items():
            data = content.encode("utf-8") if isinstance(content, str) else content
            fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.", suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
            staged.append((tmp, out_dir / name))
        for tmp, final in staged:
            os.replace(tmp, final)
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return [final for _, final in staged]


def write_file(path: Path, content: str | bytes) -> Path:
    """Write one file atomically."""
    return write_files(path.parent, {path.name: content})[0]


def count_documents(inputs: Sequence[str]) -> int | None:
    """A cheap count of the documents the inputs hold (for the progress bar); None when unknown (stdin)."""
    total = 0
    for name in inputs:
        if name == "-":
            return None
        path = Path(name)
        files = list(_corpus_files(path)) if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() == ".jsonl":
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total
