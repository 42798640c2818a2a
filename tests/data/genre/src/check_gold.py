#!/usr/bin/env python3
"""Independent check of the genre gold set (reads only the .txt and .json files).

    python3 tests/data/genre/src/check_gold.py [--audit] [SET]

SET is the set's folder (default: tests/data/genre, which must hold 12).

Asserts, for every NNN_*.json beside its .txt: the "file" field names the .txt;
every span (body, stat, attr speaker/cue/content, change from/to) satisfies
text == file_text[start:end]; body spans do not overlap each other, stat spans
do not overlap each other, attr speakers do not overlap each other; change
endpoints are gold stat spans; a stated multiplier is null or the text of a
gold stat; periods occur in the text; documents are 2,000-6,000 code points.
--audit also lists digits, institution-like words and saying verbs that no
gold span covers, for proofreading by hand.
"""
import glob
import json
import os
import re
import sys

_ARGS = [a for a in sys.argv[1:] if not a.startswith("-")]
DEFAULT_SET = not _ARGS
DIR = os.path.abspath(_ARGS[0]) if _ARGS else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def check_span(text, s, where):
    assert isinstance(s["start"], int) and isinstance(s["end"], int), where
    assert 0 <= s["start"] < s["end"] <= len(text), f"{where}: bad offsets {s}"
    assert text[s["start"]:s["end"]] == s["text"], f"{where}: {s['text']!r} != {text[s['start']:s['end']]!r}"


def no_overlap(spans, where):
    spans = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], f"{where}: overlap {a['text']!r} / {b['text']!r}"


def main():
    audit = "--audit" in sys.argv
    files = sorted(glob.glob(os.path.join(DIR, "[0-9]*_*.json")))
    assert files and (not DEFAULT_SET or len(files) == 12), f"expected 12 gold files, found {len(files)}"
    for jf in files:
        stem = os.path.basename(jf)[:-5]
        with open(os.path.join(DIR, stem + ".txt"), "rb") as fh:
            text = fh.read().decode("utf-8")
        with open(jf, encoding="utf-8") as fh:
            g = json.load(fh)
        assert set(g) == {"file", "body", "stat", "attr", "change"}, stem
        assert g["file"] == stem + ".txt", stem
        assert 2000 <= len(text) <= 6000, f"{stem}: {len(text)} chars"
        for k in ("body", "stat"):
            for s in g[k]:
                check_span(text, s, f"{stem} {k}")
            no_overlap(g[k], f"{stem} {k}")
        for a in g["attr"]:
            assert set(a) == {"speaker", "cue", "content"}, stem
            check_span(text, a["speaker"], f"{stem} speaker")
            check_span(text, a["cue"], f"{stem} cue")
            if a["content"] is not None:
                check_span(text, a["content"], f"{stem} content")
        no_overlap([a["speaker"] for a in g["attr"]], f"{stem} attr speakers")
        stats = {(s["start"], s["end"]) for s in g["stat"]}
        stat_texts = {s["text"] for s in g["stat"]}
        for c in g["change"]:
            assert set(c) == {"from", "to", "from_period", "to_period", "stated_multiplier"}, stem
            for k in ("from", "to"):
                check_span(text, c[k], f"{stem} change {k}")
                assert (c[k]["start"], c[k]["end"]) in stats, f"{stem}: change {k} is not a gold stat"
            for k in ("from_period", "to_period"):
                assert c[k] is None or c[k] in text, f"{stem}: {k} {c[k]!r} not in text"
            m = c["stated_multiplier"]
            assert m is None or m in stat_texts, f"{stem}: multiplier {m!r} is not a gold stat"
        print(f"ok  {stem}: body {len(g['body'])}, stat {len(g['stat'])}, "
              f"attr {len(g['attr'])}, change {len(g['change'])}")
        if audit:
            covered = [0] * len(text)
            for k in ("body", "stat"):
                for s in g[k]:
                    for i in range(s["start"], s["end"]):
                        covered[i] = 1
            cues = [0] * len(text)
            for a in g["attr"]:
                for i in range(a["cue"]["start"], a["cue"]["end"]):
                    cues[i] = 1
            pats = [(r"\d[\d,.]*", covered), (r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|double|twice|\w+fold|doubled|tripled|halved)\b", covered),
                    (r"\b[A-Z][\w.'’-]*\s(?:Ministry|Agency|Council|Committee|Office|Department|Bureau|Command|Forces?|Police|Cent(?:re|er)|Commission|Secretariat|Directorate|House|Embassy|Unit|Guard)\b|\b[A-Z]{2,}\b", covered),
                    (r"\b(?:said|says|say|saying|told|stated|added|adding|noted|announced|reported|urged|ordered|according to|confirmed|denied|warned|agreed|affirmed|calls? for|estimated?s?|found|claimed|expressed|welcomed|explained|position is)\b", cues)]
            for pat, cov in pats:
                for m in re.finditer(pat, text):
                    if not any(cov[m.start():m.end()]):
                        line = text[max(0, m.start() - 40):m.end() + 30].replace("\n", " ")
                        print(f"    uncovered {m.group()!r}: …{line}…")


if __name__ == "__main__":
    main()
