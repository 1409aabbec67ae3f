#!/bin/sh
# Builds the seed corpus of the parse_validate target from the repository's seeds/: each plan
# alone, each plan with its sample observations as JSON, and as CSV (when python3 is present).
# An input is a plan, a NUL byte, then an observations file.
set -eu
cd "$(dirname "$0")"
out=corpus/parse_validate
mkdir -p "$out"
for plan in ../../../seeds/*.plan.json; do
    name=$(basename "$plan" .plan.json)
    sample=../../../seeds/$name.sample.json
    cp "$plan" "$out/$name.plan"
    [ -f "$sample" ] || continue
    { cat "$plan"; printf '\000'; cat "$sample"; } > "$out/$name.json"
    if command -v python3 > /dev/null; then
        { cat "$plan"; printf '\000'; python3 -c '
import csv, json, sys
rows = json.load(open(sys.argv[1]))["observations"]
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["indicator", "period", "value", "status", "source", "published", "note"])
for r in rows:
    v = r.get("value")
    w.writerow([r["indicator"], r["period"], "" if v is None else v, r.get("status", ""),
                r.get("source", ""), r.get("published", ""), r.get("note", "")])
' "$sample"; } > "$out/$name.csv"
    fi
done
ls "$out" | wc -l
