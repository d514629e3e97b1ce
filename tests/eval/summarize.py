#!/usr/bin/env python3
"""Micro-averaged scores of a set of articles: reads the JSON lines of `run_dev.sh --json` (or
`../shared/eval/run.sh --json`) on stdin and prints one Markdown table row.

    tests/eval/run_dev.sh --json tests/eval/blind/*.toml | python3 tests/eval/summarize.py "blind"
"""

from __future__ import annotations

import json
import sys


def main() -> int:
    name = sys.argv[1] if len(sys.argv) > 1 else "set"
    rows = [json.loads(line) for line in sys.stdin if line.startswith("{")]
    if not rows:
        print(f"| {name} | no scores |")
        return 1
    tp, fp, fn = (sum(r["stances"][k] for r in rows) for k in ("tp", "fp", "fn"))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    actors = [x["actors"] for x in rows if "actors" in x]
    mean = (lambda key: sum(a[key] for a in actors) / len(actors)) if actors else (lambda key: 0.0)
    dups = sum(a["duplicates"] for a in actors)
    print(f"| {name} | {len(rows)} | {p:.2f} / {r:.2f} / **{f:.2f}** ({tp}/{fp}/{fn}) | "
          f"{mean('f1'):.2f} | {mean('affiliation_accuracy'):.2f} | {dups} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
