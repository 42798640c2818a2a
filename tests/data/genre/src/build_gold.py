#!/usr/bin/env python3
"""Build the held-out genre test set (documents + gold) from marked sources.

This is the update script for tests/data/genre/. Edit a source file
src/NNN_slug.marked, then run:

    python3 tests/data/genre/src/build_gold.py [SET]

SET is the set's folder (default: tests/data/genre); its sources are in
SET/src. Other held-out sets (tests/data/genre2) use this script too.

For every src/*.marked it writes ../NNN_slug.txt (the document, markup
stripped) and ../NNN_slug.json (gold in the format of
shared/spec/ANNOTATION-GUIDE.md). Offsets are Unicode code points into the
.txt text, end exclusive; every span is asserted to equal its slice.

Markup (spans nest; a closer always closes the innermost open span):

    [[body:National Police Agency]]       government body
    [[stat:5.08 million]]                 statistic
    [[stat#a:660,000]]                    statistic with an id (for changes)
    [[furn:...]]                          page furniture (no gold may fall inside;
                                          written out as plain text)
    {{S1:speaker}} {{C1:cue}} {{Q1:content}}
                                          one attribution record per id (1, 2, 7b ...);
                                          S and C are required, Q is optional
                                          (content null when absent)
    <<nbsp>>                              a U+00A0 no-break space
    %% ...                                a whole line starting with %% is removed;
    %% change from=ID to=ID from_period="..." to_period="..." mult=ID
                                          a change record; from/to/mult are stat ids;
                                          periods are quoted strings or null; mult may
                                          also be null or a quoted string

The literal text must not contain "[[", "]]", "{{" or "}}".
"""
import glob
import json
import os
import re
import shlex
import sys

_ARGS = [a for a in sys.argv[1:] if not a.startswith("-")]
OUT = os.path.abspath(_ARGS[0]) if _ARGS else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.join(OUT, "src")

OPEN_RE = re.compile(r"\[\[(body|stat|furn)(?:#(\w+))?:|\{\{([SCQ])(\w+):")


def parse(marked):
    """Strip markup; return (text, spans) where spans are dicts with kind/id/start/end."""
    lines = [ln for ln in marked.split("\n") if not ln.startswith("%%")]
    directives = [ln[2:].strip() for ln in marked.split("\n") if ln.startswith("%%")]
    src = "\n".join(lines).replace("<<nbsp>>", "\u00a0")
    out, stack, spans = [], [], []
    pos = 0
    n = 0  # code points written so far
    while pos < len(src):
        m = OPEN_RE.match(src, pos)
        if m:
            if m.group(1):
                stack.append({"br": "]]", "kind": m.group(1), "id": m.group(2), "start": n})
            else:
                stack.append({"br": "}}", "kind": m.group(3), "id": m.group(4), "start": n})
            pos = m.end()
            continue
        two = src[pos:pos + 2]
        if two in ("]]", "}}"):
            assert stack, f"unbalanced closer at source offset {pos}"
            top = stack.pop()
            assert top["br"] == two, f"closer {two} does not match open {top} at {pos}"
            top["end"] = n
            spans.append(top)
            pos += 2
            continue
        assert two not in ("[[", "{{"), f"bad opener at source offset {pos}: {src[pos:pos+30]!r}"
        out.append(src[pos])
        n += 1
        pos += 1
    assert not stack, f"unclosed spans: {stack}"
    return "".join(out), spans, directives


def sp(text, s):
    d = {"start": s["start"], "end": s["end"], "text": text[s["start"]:s["end"]]}
    assert d["text"] and d["text"] == text[d["start"]:d["end"]]
    assert d["text"] == d["text"].strip(), f"span has outer whitespace: {d['text']!r}"
    return d


def build(path):
    stem = os.path.basename(path)[:-len(".marked")]
    with open(path, encoding="utf-8") as fh:
        text, spans, directives = parse(fh.read())
    furn = [s for s in spans if s["kind"] == "furn"]
    gold_spans = [s for s in spans if s["kind"] != "furn"]
    for g in gold_spans:
        for f in furn:
            assert not (g["start"] < f["end"] and f["start"] < g["end"]), \
                f"{stem}: gold span inside furniture: {text[g['start']:g['end']]!r}"
    body = sorted((s for s in spans if s["kind"] == "body"), key=lambda s: s["start"])
    stat = sorted((s for s in spans if s["kind"] == "stat"), key=lambda s: s["start"])
    stat_ids = {}
    for s in stat:
        if s["id"]:
            assert s["id"] not in stat_ids, f"{stem}: duplicate stat id {s['id']}"
            stat_ids[s["id"]] = s
    recs = {}
    for s in spans:
        if s["kind"] in "SCQ" and len(s["kind"]) == 1:
            rec = recs.setdefault(s["id"], {})
            assert s["kind"] not in rec, f"{stem}: duplicate {s['kind']}{s['id']}"
            rec[s["kind"]] = s
    attr = []
    for rid, rec in recs.items():
        assert "S" in rec and "C" in rec, f"{stem}: attr {rid} lacks speaker or cue"
        attr.append({"speaker": sp(text, rec["S"]), "cue": sp(text, rec["C"]),
                     "content": sp(text, rec["Q"]) if "Q" in rec else None})
    attr.sort(key=lambda a: (a["speaker"]["start"], a["cue"]["start"]))
    change = []
    for d in directives:
        if not d.startswith("change"):
            continue
        kv = dict(tok.split("=", 1) for tok in shlex.split(d)[1:])
        def per(key):
            v = kv.get(key, "null")
            if v == "null":
                return None
            assert v in text, f"{stem}: period {v!r} not in text"
            return v
        mult = kv.get("mult", "null")
        if mult == "null":
            mult = None
        elif mult in stat_ids:
            mult = text[stat_ids[mult]["start"]:stat_ids[mult]["end"]]
        else:
            assert mult in text, f"{stem}: multiplier {mult!r} not in text"
        change.append({"from": sp(text, stat_ids[kv["from"]]), "to": sp(text, stat_ids[kv["to"]]),
                       "from_period": per("from_period"), "to_period": per("to_period"),
                       "stated_multiplier": mult})
    gold = {"file": stem + ".txt",
            "body": [sp(text, s) for s in body],
            "stat": [sp(text, s) for s in stat],
            "attr": attr,
            "change": change}
    with open(os.path.join(OUT, stem + ".txt"), "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return stem, text, gold


def main():
    paths = sorted(glob.glob(os.path.join(HERE, "*.marked")))
    if not paths:
        sys.exit("no src/*.marked files")
    print(f"{'document':40} {'chars':>6} {'body':>5} {'stat':>5} {'attr':>5} {'chg':>4}")
    for p in paths:
        stem, text, g = build(p)
        print(f"{stem:40} {len(text):6} {len(g['body']):5} {len(g['stat']):5} "
              f"{len(g['attr']):5} {len(g['change']):4}")
        for c in g["change"]:
            print(f"    change {c['from']['text']} ({c['from_period']}) -> {c['to']['text']} "
                  f"({c['to_period']}), stated: {c['stated_multiplier']}")


if __name__ == "__main__":
    main()
