"""What the benchmarks share: the machine they ran on, peak memory of a process tree, results files."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-news.jsonl"


def machine() -> dict[str, Any]:
    """nproc, RAM, CPU model, OS and the versions that matter for the figures."""
    import pyoxigraph
    import rdflib
    import spacy

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or cpu
    return {
        "nproc": os.cpu_count(),
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "cpu": cpu,
        "os": platform.platform(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "pyoxigraph": pyoxigraph.__version__,
        "rdflib": rdflib.__version__,
    }


@dataclass
class Run:
    """A finished command: wall seconds, peak RSS of its whole process tree (MB), output, exit code, and the
    machine's mean 1-minute load average meanwhile (above the CPU count, other work shared the CPUs)."""

    seconds: float
    peak_mb: float
    stdout: str
    returncode: int
    load: float = 0.0


def run_measured(command: Sequence[str], *, env: dict[str, str] | None = None, poll: float = 0.05) -> Run:
    """Run a command, sampling the summed RSS of it and all its descendants until it exits."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
    peak = [0]
    loads: list[float] = []
    done = threading.Event()

    def sample() -> None:
        root = psutil.Process(process.pid)
        while not done.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                peak[0] = max(peak[0], sum(_rss(p) for p in tree))
            except psutil.Error:
                pass
            loads.append(os.getloadavg()[0])
            time.sleep(poll)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, _ = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    load = sum(loads) / len(loads) if loads else os.getloadavg()[0]
    return Run(seconds, peak[0] / 2**20, stdout, process.returncode, load)


def _rss(process: psutil.Process) -> int:
    try:
        return int(process.memory_info().rss)
    except psutil.Error:
        return 0


def write_results(name: str, data: dict[str, Any]) -> Path:
    """benchmarks/results/NAME.json, written atomically, keys sorted."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)
