#!/bin/sh
# Seeds the corpus of the draft target: the five seed plans' source texts and every passage of
# the evaluation sets (tests/drafting/*.json: short real texts, traditional characters and
# machine-converted reposts among them, which run far faster than whole plans). Each input starts
# with the target's options byte: 0 for the seeds, a passage's year of publication when it has one.
set -eu
cd "$(dirname "$0")"
mkdir -p corpus/draft
python3 - <<'PY'
import glob, json, os
for path in sorted(glob.glob("../../../seeds/*.source.txt")):
    name = os.path.basename(path)[: -len(".source.txt")]
    with open(path, "rb") as f, open(f"corpus/draft/{name}", "wb") as out:
        out.write(b"\x00" + f.read())
for path in sorted(glob.glob("../../../tests/drafting/*.json")):
    name = os.path.basename(path)[:-5]
    for p in json.load(open(path, encoding="utf-8"))["passages"]:
        year = str((p.get("source") or {}).get("published") or "")[:4]
        option = 0x40 | (int(year) - 2000) if year.isdigit() and 2000 <= int(year) < 2064 else 0
        with open(f"corpus/draft/{name}-{p['id']}", "wb") as out:
            out.write(bytes([option]) + p["text"].encode("utf-8"))
PY
