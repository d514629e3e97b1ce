#!/usr/bin/env bash
# Build each article annotated in tests/eval/gold/ with the project's CLI and score it against its gold file.
#   usage: tests/eval/run_dev.sh [--json] [GOLD.toml ...]      (run from the project's root)
# Like ../shared/eval/run.sh, but each gold file names a JSONL corpus (`document`) and an article `id`: the
# article's text (only the text, so character offsets match) is written to a temporary .txt and built.
# Uses $STANCEGRAPH, else .venv/bin/stancegraph, else `stancegraph` on PATH; $CORPUS (default
# ../shared/corpus) holds the JSONL files; $SCORE (default ../shared/eval/score.py) is the scorer.
set -u
here=$(cd "$(dirname "$0")" && pwd)
corpus=${CORPUS:-../shared/corpus}
score=${SCORE:-../shared/eval/score.py}
json=
[[ ${1:-} == --json ]] && { json=--json; shift; }
golds=("$@")
((${#golds[@]})) || golds=("$here"/gold/*.toml)
cli=${STANCEGRAPH:-}
[[ -z $cli && -x .venv/bin/stancegraph ]] && cli=.venv/bin/stancegraph
[[ -z $cli ]] && cli=stancegraph
command -v "$cli" >/dev/null 2>&1 || { echo "eval: no stancegraph command (set STANCEGRAPH)" >&2; exit 2; }
[[ -f $score ]] || { echo "eval: no scorer at $score (set SCORE)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for gold in "${golds[@]}"; do
  doc=$(sed -n 's/^document *= *"\(.*\)"/\1/p' "$gold" | head -n 1)
  id=$(sed -n 's/^id *= *"\(.*\)"/\1/p' "$gold" | head -n 1)
  name=$(basename "$gold" .toml)
  txt=$tmp/$id.txt
  out=$tmp/$name
  [[ -f $corpus/$doc ]] || { echo "eval: no corpus file $corpus/$doc (set CORPUS)" >&2; status=1; continue; }
  if ! python3 - "$corpus/$doc" "$id" "$txt" <<'PY'
import json, sys
path, wanted, target = sys.argv[1:]
with open(path, encoding="utf-8") as lines:
    for line in lines:
        record = json.loads(line)
        if record.get("id") == wanted:
            with open(target, "w", encoding="utf-8", newline="") as out:
                out.write(record["text"])
            sys.exit(0)
sys.exit(f"eval: no article {wanted!r} in {path}")
PY
  then status=1; continue; fi
  if ! "$cli" build "$txt" --out "$out" >"$tmp/$name.log" 2>&1; then
    echo "eval: build failed for $id:"; tail -n 20 "$tmp/$name.log"; status=1; continue
  fi
  "$cli" query stances --graph "$out" --format json >"$tmp/$name.stances.json" 2>"$tmp/$name.err" || {
    echo "eval: query stances failed for $id:"; tail -n 20 "$tmp/$name.err"; status=1; continue; }
  actors=()
  if "$cli" query actors --graph "$out" --format json >"$tmp/$name.actors.json" 2>>"$tmp/$name.err"; then
    actors=(--actors "$tmp/$name.actors.json")
  fi
  [[ -z $json ]] && echo "### $name"
  python3 "$score" --gold "$gold" --stances "$tmp/$name.stances.json" "${actors[@]}" $json || status=1
done
exit $status
