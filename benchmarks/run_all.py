"""Run every benchmark in turn (throughput first: the SPARQL benchmark times queries on its corpus build).

    .venv/bin/python benchmarks/run_all.py            # the full figures (about an hour on 2 cores)
    .venv/bin/python benchmarks/run_all.py --quick    # 200 articles, 100k triples: checks the set-up

Each benchmark prints a Markdown table and writes benchmarks/results/<name>.json.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small inputs, to check that everything runs")
    args = parser.parse_args()
    quick = {
        "bench_throughput.py": ["--limit", "200"],
        "bench_sparql.py": ["--triples", "100000", "--rdflib-timeout", "60"],
        "bench_render.py": ["--nodes", "1000", "--runs", "1"],
    }
    failed = []
    for script in ("bench_throughput.py", "bench_sparql.py", "bench_render.py"):
        print(f"\n## {script}\n", flush=True)
        command = [sys.executable, str(HERE / script), *(quick[script] if args.quick else [])]
        if subprocess.run(command, check=False).returncode != 0:
            failed.append(script)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
