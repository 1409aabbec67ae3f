#!/usr/bin/env python3
"""Check tests/drafting/passages.json: the evaluation passages for the drafter.

Standard library only. Run from anywhere:

    python3 tests/drafting/check_passages.py [path/to/passages.json]

Exits 0 and prints a summary when the file is valid; otherwise prints every
problem found and exits 1.
"""
import collections
import json
import os
import re
import sys

COMPARATORS = {">=", ">", "<=", "<", "≈", "range"}
SCRIPTS = {"zh-Hans", "zh-Hant"}
LEVELS = {"national", "provincial", "municipal", "county"}
YEAR_MIN, YEAR_MAX = 2000, 2060
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TARGET_KEYS = {"indicator", "value", "upper", "year", "comparator", "unit", "aspirational", "quote"}
OPTIONAL_TARGET_KEYS = {"annual", "change", "base_year", "cumulative", "new",
                        "comparator_implicit", "year_from", "note"}


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_year(problems, where, name, y):
    if not isinstance(y, int) or isinstance(y, bool) or not YEAR_MIN <= y <= YEAR_MAX:
        problems.append(f"{where}: {name} {y!r} is not a year in {YEAR_MIN}-{YEAR_MAX}")


def check_quotes(problems, where, text, items, label):
    if not isinstance(items, list):
        problems.append(f"{where}: {label} is not a list")
        return
    for j, d in enumerate(items):
        w = f"{where} {label}[{j}]"
        if not isinstance(d, dict) or not isinstance(d.get("quote"), str) or not d.get("quote"):
            problems.append(f"{w}: needs a non-empty quote")
            continue
        if d["quote"] not in text:
            problems.append(f"{w}: quote is not a substring of text: {d['quote']!r}")
        if not isinstance(d.get("why"), str) or not d["why"]:
            problems.append(f"{w}: needs a why")


def check_target(problems, where, text, t):
    if not isinstance(t, dict):
        problems.append(f"{where}: not an object")
        return
    missing = TARGET_KEYS - t.keys()
    if missing:
        problems.append(f"{where}: missing {sorted(missing)}")
    unknown = t.keys() - TARGET_KEYS - OPTIONAL_TARGET_KEYS
    if unknown:
        problems.append(f"{where}: unknown keys {sorted(unknown)}")
    if not isinstance(t.get("indicator"), str) or not t.get("indicator"):
        problems.append(f"{where}: indicator must be a non-empty string")
    if not is_number(t.get("value")):
        problems.append(f"{where}: value {t.get('value')!r} is not a number")
    comp = t.get("comparator")
    if comp not in COMPARATORS:
        problems.append(f"{where}: comparator {comp!r} is not one of {sorted(COMPARATORS)}")
    upper = t.get("upper")
    if comp == "range":
        if not is_number(upper):
            problems.append(f"{where}: a range needs a numeric upper")
        elif is_number(t.get("value")) and not upper > t["value"]:
            problems.append(f"{where}: upper {upper} is not above value {t['value']}")
    elif upper is not None:
        problems.append(f"{where}: upper must be null unless comparator is range")
    check_year(problems, where, "year", t.get("year"))
    if "base_year" in t:
        check_year(problems, where, "base_year", t["base_year"])
        if isinstance(t.get("year"), int) and isinstance(t["base_year"], int) and t["base_year"] >= t["year"]:
            problems.append(f"{where}: base_year {t['base_year']} is not before year {t['year']}")
    if not isinstance(t.get("unit"), str) or not t.get("unit"):
        problems.append(f"{where}: unit must be a non-empty string")
    if t.get("unit") == "binary" and t.get("value") != 1:
        problems.append(f"{where}: a binary target has value 1")
    if not isinstance(t.get("aspirational"), bool):
        problems.append(f"{where}: aspirational must be true or false")
    for k in ("annual", "cumulative", "new", "comparator_implicit"):
        if k in t and not isinstance(t[k], bool):
            problems.append(f"{where}: {k} must be true or false")
    if "change" in t and t["change"] not in ("increase", "decrease"):
        problems.append(f"{where}: change must be increase or decrease")
    q = t.get("quote")
    if not isinstance(q, str) or not q:
        problems.append(f"{where}: quote must be a non-empty string")
    elif q not in text:
        problems.append(f"{where}: quote is not a substring of text: {q!r}")


def check(data):
    problems = []
    if not isinstance(data, dict):
        return ["top level is not an object"]
    if not isinstance(data.get("about"), str) or not data["about"].strip():
        problems.append("about must be a non-empty string")
    passages = data.get("passages")
    if not isinstance(passages, list) or not passages:
        return problems + ["passages must be a non-empty list"]
    ids = collections.Counter()
    for i, p in enumerate(passages):
        pid = p.get("id") if isinstance(p, dict) else None
        where = f"passage[{i}] {pid!r}"
        if not isinstance(p, dict):
            problems.append(f"{where}: not an object")
            continue
        ids[pid] += 1
        if not isinstance(pid, str) or not ID_RE.match(pid):
            problems.append(f"{where}: id is not kebab-case")
        src = p.get("source")
        if not isinstance(src, dict):
            problems.append(f"{where}: source must be an object")
        else:
            for k in ("url", "title", "publisher"):
                if not isinstance(src.get(k), str) or not src.get(k):
                    problems.append(f"{where}: source.{k} must be a non-empty string")
            if not str(src.get("url", "")).startswith(("http://", "https://")):
                problems.append(f"{where}: source.url is not an http(s) address")
            pub = src.get("published", "missing")
            if pub == "missing":
                problems.append(f"{where}: source.published is missing (use null if unknown)")
            elif pub is not None and not (isinstance(pub, str) and DATE_RE.match(pub)):
                problems.append(f"{where}: source.published {pub!r} is not YYYY-MM-DD or null")
        if p.get("script") not in SCRIPTS:
            problems.append(f"{where}: script {p.get('script')!r} is not one of {sorted(SCRIPTS)}")
        if p.get("level") not in LEVELS:
            problems.append(f"{where}: level {p.get('level')!r} is not one of {sorted(LEVELS)}")
        if not isinstance(p.get("noise"), bool):
            problems.append(f"{where}: noise must be true or false")
        text = p.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: text must be a non-empty string")
            continue
        targets = p.get("targets")
        if not isinstance(targets, list):
            problems.append(f"{where}: targets must be a list")
            targets = []
        for j, t in enumerate(targets):
            check_target(problems, f"{where} target[{j}]", text, t)
        for label in ("distractors", "ignore"):
            if label in p:
                check_quotes(problems, where, text, p[label], label)
    for pid, n in ids.items():
        if n > 1:
            problems.append(f"id {pid!r} is used {n} times")
    return problems


def summary(data):
    ps = data["passages"]
    n_targets = sum(len(p["targets"]) for p in ps)
    lines = [f"{len(ps)} passages, {n_targets} targets, "
             f"{sum(p['noise'] for p in ps)} noisy, "
             f"{sum(1 for p in ps if not p['targets'])} without targets"]
    for key in ("level", "script"):
        c = collections.Counter(p[key] for p in ps)
        t = collections.Counter()
        for p in ps:
            t[p[key]] += len(p["targets"])
        lines.append(f"by {key}: " + ", ".join(f"{k} {c[k]} ({t[k]} targets)" for k in sorted(c)))
    comps = collections.Counter(t["comparator"] for p in ps for t in p["targets"])
    lines.append("comparators: " + ", ".join(f"{k} {comps[k]}" for k in sorted(comps)))
    lines.append(f"aspirational {sum(t['aspirational'] for p in ps for t in p['targets'])}, "
                 f"binary {sum(t['unit'] == 'binary' for p in ps for t in p['targets'])}, "
                 f"decrease {sum(t.get('change') == 'decrease' for p in ps for t in p['targets'])}, "
                 f"annual {sum(bool(t.get('annual')) for p in ps for t in p['targets'])}")
    return "\n".join(lines)


def main(argv):
    path = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "passages.json")
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{path}: cannot read JSON: {e}")
        return 1
    problems = check(data)
    if problems:
        for pr in problems:
            print(pr)
        print(f"{len(problems)} problem(s) in {path}")
        return 1
    print(summary(data))
    print(f"OK: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
