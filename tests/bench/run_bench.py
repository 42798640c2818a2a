#!/usr/bin/env python3
"""Dossier's benchmarks: every figure against a baseline taken in the same run.

    packaging/dev bench [--scale 1k|10k|100k] [--runs N] [--only SECTION,...]

runs this inside the build environment as
    python3 tests/bench/run_bench.py --build BUILD_DIR [ARGS...]

Each figure is the median of --runs runs (fresh processes), with min and max,
and the peak RSS of the process that did the work (its ru_maxrss). Baselines:
the sqlite3 shell bulk-loading the same texts into an FTS5 table in one
transaction (import), poppler's pdftotext on the same PDFs (PDF import), the
sqlite3 shell running the same queries on that table (search), ksyntaxhighlighter6 with the same definition on the same text
(extraction), a bare Qt window and a bare QPlainTextEdit (start, open).
Prints a table and writes BUILD_DIR/bench/results-<timestamp>.json.
Standard library only.
"""

import argparse
import datetime
import glob
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import corpusgen  # noqa: E402

SEED = 20240601
SCALES = {"1k": 1000, "10k": 10000, "100k": 100000}
SECTIONS = ["startup", "import", "pdf", "search", "library", "extract", "open", "annotations", "bundle", "brief"]
MB = 1e6  # throughput in decimal megabytes of UTF-8 text


# ---------------------------------------------------------------------------
# Running and measuring processes

class Run:
    def __init__(self, seconds, rss_kb, stdout, stderr, code):
        self.seconds = seconds
        self.rss_mb = rss_kb / 1024.0
        self.stdout = stdout
        self.stderr = stderr
        self.code = code

    def json(self):
        for line in reversed(self.stdout.splitlines()):
            line = line.strip()
            if line.startswith("{"):
                return json.loads(line)
        raise RuntimeError("no JSON in output: " + self.stdout[-400:] + self.stderr[-400:])


def run(cmd, env=None, check=True, timeout=600):
    """Runs a helper command (not measured)."""
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
    if check and p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:3])}... exited {p.returncode}: {p.stderr.strip()[-800:]}")
    return p


def spawn(cmd, env=None, stdin_text=None, until_line=False, discard_stdout=False):
    """Runs cmd and reaps it with os.wait4, so that its own peak RSS
    (ru_maxrss) is known exactly. until_line: also the time from spawn to
    its first line on stdout (the process prints it when it has its figure)."""
    import threading
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL if discard_stdout else subprocess.PIPE,
                         stderr=subprocess.PIPE,
                         stdin=subprocess.PIPE if stdin_text is not None else subprocess.DEVNULL,
                         env=env, text=True)
    box = {"out": "", "err": "", "first": None}

    def read_out():
        first = p.stdout.readline()
        box["first"] = time.perf_counter() - t0
        box["out"] = first + p.stdout.read()

    def read_err():
        box["err"] = p.stderr.read()

    threads = [threading.Thread(target=read_err)]
    if not discard_stdout:
        threads.append(threading.Thread(target=read_out))
    for t in threads:
        t.start()
    if stdin_text is not None:
        p.stdin.write(stdin_text)
        p.stdin.close()
    for t in threads:
        t.join()
    _, status, usage = os.wait4(p.pid, 0)
    seconds = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    p.returncode = code  # reaped here, not by Popen
    r = Run(seconds, usage.ru_maxrss, box["out"], box["err"], code)
    r.first_line = box["first"] if until_line else None
    if code != 0 or (cmd[0] == "sqlite3" and "Error" in box["err"]):
        raise RuntimeError(f"{' '.join(cmd[:3])}... exited {code}: {box['err'].strip()[-800:]}")
    return r


def summary(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "runs": values}


def percentile(values, p):
    s = sorted(values)
    if not s:
        return None
    k = (len(s) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


# ---------------------------------------------------------------------------
# Results

class Results:
    def __init__(self):
        self.figures = []

    def add(self, section, name, unit, value, baseline=None, baseline_name=None, target=None,
            better="lower", rss=None, note=None):
        """value and baseline: summary dicts (or None: not measured)."""
        ratio = None
        if value and baseline and baseline["median"]:
            ratio = value["median"] / baseline["median"]
        met = None
        if target is not None and value is not None:
            kind, limit = target
            v = value["median"]
            met = {"<": v < limit, "<=": v <= limit, ">=": v >= limit, ">": v > limit,
                   "ratio<=": ratio is not None and ratio <= limit,
                   "ratio>=": ratio is not None and ratio >= limit}[kind]
        fig = {"section": section, "name": name, "unit": unit, "value": value, "baseline": baseline,
               "baseline_name": baseline_name, "ratio": ratio, "better": better,
               "target": f"{target[0]} {target[1]}" if target else None, "met": met,
               "peak_rss_mb": rss, "note": note}
        self.figures.append(fig)
        print("  " + _row(fig), flush=True)
        return fig


def _fmt(v, unit):
    if v is None:
        return "n/a"
    if unit in ("ms",) and v < 10:
        return f"{v:.2f}"
    if abs(v) >= 100:
        return f"{v:.0f}"
    return f"{v:.2f}" if abs(v) < 10 else f"{v:.1f}"


def _row(f):
    v = f["value"]
    if v is None:
        val = f["note"] or "n/a"
    else:
        val = f"{_fmt(v['median'], f['unit'])} {f['unit']} [{_fmt(v['min'], f['unit'])}–{_fmt(v['max'], f['unit'])}]"
    b = f["baseline"]
    base = f"{_fmt(b['median'], f['unit'])} ({f['baseline_name']})" if b else "—"
    ratio = f"{f['ratio']:.2f}×" if f["ratio"] is not None else "—"
    target = f["target"] or "—"
    met = {True: "met", False: "MISSED", None: ""}[f["met"]]
    rss = f"{f['peak_rss_mb']:.0f} MB" if f["peak_rss_mb"] else "—"
    return f"{f['name']:<44} {val:<34} {base:<36} {ratio:>8}  {target:<10} {met:<6} {rss:>8}"


def print_table(results, header):
    print()
    print(header)
    print(f"{'figure':<44} {'median [min–max]':<34} {'baseline (same run)':<36} {'ratio':>8}  {'target':<10} {'':<6} {'peak RSS':>8}")
    print("-" * 156)
    for f in results.figures:
        print(_row(f))


# ---------------------------------------------------------------------------
# The benchmark

class Bench:
    def __init__(self, args):
        self.args = args
        self.build = os.path.abspath(args.build)
        self.count = SCALES[args.scale]
        self.runs = args.runs
        self.work = os.path.abspath(args.work or os.path.join(self.build, "bench", "work"))
        self.data = os.path.join(self.build, "bench", "data")
        os.makedirs(self.work, exist_ok=True)
        os.makedirs(self.data, exist_ok=True)
        self.dossier = os.path.join(self.build, "app", "dossier")
        self.tool = lambda name: os.path.join(self.build, "tests", "bench", name)
        self.results = Results()
        self.material = None
        home = os.path.join(self.work, "home")
        # The user's data, settings and caches stay out of it.
        self.env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
                        XDG_DATA_HOME=os.path.join(home, "data"), XDG_CACHE_HOME=os.path.join(home, "cache"),
                        QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
        self.definition_dir = os.path.join(self.work, "xdg")
        self.db_main = None  # the imported library of the scale, kept for later sections

    def mat(self):
        if self.material is None:
            self.material = corpusgen.Material(SOURCE)
        return self.material

    def corpus(self, count):
        d = os.path.join(self.data, f"corpus-{count}")
        t0 = time.perf_counter()
        paths = corpusgen.write_corpus(SOURCE, d, count, SEED, self.mat())
        took = time.perf_counter() - t0
        if took > 1:
            print(f"  (generated {count} documents in {took:.1f} s)", flush=True)
        return d, paths

    def fresh(self, name):
        path = os.path.join(self.work, name)
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
        return path

    def copy_db(self, src, name):
        dst = self.fresh(name)
        for suffix in ("", "-wal"):
            if os.path.exists(src + suffix):
                shutil.copyfile(src + suffix, dst + suffix)
        return dst

    # -- cold start ----------------------------------------------------------
    def startup(self):
        print("start-up", flush=True)
        db = self.fresh("startup.sqlite")
        first = spawn([self.tool("bench_gui"), "startup", "--db", db], env=self.env, until_line=True)
        self.results.add("startup", "first start (adds the bundled corpus)", "ms",
                         summary([first.first_line * 1000]), rss=first.rss_mb)
        real, bare, rss = [], [], []
        for _ in range(self.runs):
            r = spawn([self.tool("bench_gui"), "startup", "--db", db], env=self.env, until_line=True)
            real.append(r.first_line * 1000)
            rss.append(r.rss_mb)
            b = spawn([self.tool("bench_gui"), "startup-bare"], env=self.env, until_line=True)
            bare.append(b.first_line * 1000)
        self.results.add("startup", "cold start to first painted window", "ms", summary(real),
                         summary(bare), "bare Qt window", target=("<", 1000), rss=max(rss))

    # -- import, index, extraction ------------------------------------------
    def import_(self):
        print(f"import + index + extraction, {self.count} documents", flush=True)
        folder, paths = self.corpus(self.count)
        size = sum(os.path.getsize(p) for p in paths)
        totals, imports, analyses, base, rss = [], [], [], [], []
        for i in range(self.runs):
            db = self.fresh("library.sqlite")
            a = spawn([self.dossier, "import", "--db", db, folder], env=self.env)
            b = spawn([self.dossier, "analyze", "--db", db], env=self.env)
            imports.append(a.seconds)
            analyses.append(b.seconds)
            totals.append(a.seconds + b.seconds)
            rss.append(max(a.rss_mb, b.rss_mb))
            fts = self.fresh("fts5-baseline.sqlite")
            script = ("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n"
                      "CREATE VIRTUAL TABLE t USING fts5(name, body, tokenize='unicode61 remove_diacritics 2');\n"
                      "BEGIN;\n"
                      f"INSERT INTO t(name, body) SELECT name, CAST(readfile(name) AS TEXT) FROM fsdir('{folder}') "
                      "WHERE name GLOB '*.txt';\nCOMMIT;\n")
            s = spawn(["sqlite3", fts], self.env, stdin_text=script)
            base.append(s.seconds)
            print(f"    run {i + 1}: import {a.seconds:.1f} s, analyse {b.seconds:.1f} s, sqlite3 FTS5 {s.seconds:.2f} s", flush=True)
        self.db_main = os.path.join(self.work, "library.sqlite")
        self.fts_db = os.path.join(self.work, "fts5-baseline.sqlite")
        n = len(paths)
        self.results.add("import", f"import+index+extract {n} docs", "s", summary(totals), summary(base),
                         "sqlite3 FTS5 bulk load", target=("ratio<=", 2.0) if n >= 10000 else None, rss=max(rss))
        self.results.add("import", "  of which import+index", "s", summary(imports), summary(base), "sqlite3 FTS5 bulk load")
        self.results.add("import", "  of which extraction (dossier analyze)", "s", summary(analyses))
        self.results.add("import", "import+index+extract throughput", "docs/s",
                         summary([n / t for t in totals]), summary([n / t for t in base]), "sqlite3 FTS5 bulk load",
                         better="higher")
        self.results.add("import", "import+index+extract throughput", "MB/s",
                         summary([size / MB / t for t in totals]), summary([size / MB / t for t in base]),
                         "sqlite3 FTS5 bulk load", better="higher")
        if n >= 10000:
            self.results.add("import", f"peak RSS, {n} docs (import, analyse)", "MB", summary([max(rss)]),
                             target=("<", 400))

    # -- PDF import ----------------------------------------------------------
    PDF_COUNT = 200

    def pdf(self):
        """PDF import: Dossier reads each PDF in a helper process with a time
        limit (PdfConverter::textOf); the baseline is poppler's pdftotext on
        the same files, as many at a time as Dossier's import reads."""
        print(f"PDF import, {self.PDF_COUNT} documents", flush=True)
        _, paths = self.corpus(1000)
        folder = os.path.join(self.data, f"pdf-{self.PDF_COUNT}")
        if len(glob.glob(os.path.join(folder, "*.pdf"))) != self.PDF_COUNT:
            shutil.rmtree(folder, ignore_errors=True)
            run([self.tool("bench_pdfgen"), folder] + sorted(paths)[:self.PDF_COUNT], env=self.env)
        pdfs = sorted(glob.glob(os.path.join(folder, "*.pdf")))
        size = sum(os.path.getsize(p) for p in pdfs)
        jobs = str(os.cpu_count() or 1)
        times, base, rss = [], [], []
        for _ in range(self.runs):
            db = self.fresh("pdf.sqlite")
            a = spawn([self.dossier, "import", "--db", db, folder], env=self.env)
            times.append(a.seconds)
            rss.append(a.rss_mb)
            b = spawn(["sh", "-c", 'printf "%s\\0" "$@" | xargs -0 -n 1 -P "$0" sh -c \'pdftotext "$0" - >/dev/null\'',
                       jobs] + pdfs, env=self.env)
            base.append(b.seconds)
        self.results.add("pdf", f"PDF import, {len(pdfs)} docs ({size / MB:.1f} MB of PDF)", "s", summary(times),
                         summary(base), f"pdftotext, {jobs} at a time", rss=max(rss))
        self.results.add("pdf", "PDF import throughput", "docs/s", summary([len(pdfs) / t for t in times]),
                         summary([len(pdfs) / t for t in base]), f"pdftotext, {jobs} at a time", better="higher")

    # -- search --------------------------------------------------------------
    def queries(self):
        m = self.mat()
        words = ["cybersecurity", "NISC", "ransomware", "attack", "government", "police", "budget", "China",
                 "strategy", "infrastructure", "ministry", "defence", "Olympic", "phishing", "sanctions",
                 "malware", "intelligence", "cooperation", "breach", "hackers"]
        qs = list(words[:12])
        qs += ["cyber*", "secur*", "minist*", "attack*"]
        qs += ['"National Police Agency"', '"critical infrastructure"', '"Cabinet Secretariat"',
               '"active cyber defence"', '"supply chain"', '"North Korea"', '"Prime Minister"',
               '"information sharing"']
        qs += ["ransomware OR malware", "China OR Russia", "budget AND defence", "NISC AND Olympic",
               "attack NOT ransomware", "police AND (ransomware OR phishing)", "strategy NOT China",
               "cyber* AND budget", "hackers AND sanctions", "Japan AND Australia"]
        qs += ["government cybersecurity strategy", "police ransomware report", "ministry budget fiscal",
               "defence cooperation alliance", "data breach customers", "unauthorized access cases",
               "Tanaka", "Suzuki AND police", "Smith", "Kyodo"]
        qs += ["sevenfold", "million", "percent", "trillion", "fiscal", "spokesperson", "reporters", "Diet"]
        assert len(qs) >= 50, len(qs)
        return qs[:50]

    def search(self):
        print(f"search, {self.count} documents", flush=True)
        if not self.db_main:
            raise RuntimeError("search needs the import section")
        qs = self.queries()
        qfile = os.path.join(self.work, "queries.txt")
        with open(qfile, "w", encoding="utf-8") as f:
            f.write("\n".join(qs) + "\n")
        p50, p95, b50, b95, rss = [], [], [], [], []
        script = ".timer on\n" + "".join(
            f"SELECT rowid, bm25(t, 10.0, 1.0) AS score, snippet(t, 1, '[', ']', '…', 24) FROM t "
            f"WHERE t MATCH '{q.replace(chr(39), chr(39) * 2)}' ORDER BY score LIMIT 100;\n" for q in qs)
        for _ in range(self.runs):
            r = spawn([self.tool("bench_search"), "--db", self.db_main, "--queries", qfile], env=self.env)
            ms = r.json()["ms"]
            p50.append(percentile(ms, 50))
            p95.append(percentile(ms, 95))
            rss.append(r.rss_mb)
            s = spawn(["sqlite3", self.fts_db], self.env, stdin_text=script)
            times = [float(x) * 1000 for x in re.findall(r"Run Time: real ([0-9.]+)", s.stdout + s.stderr)]
            if len(times) == len(qs):
                b50.append(percentile(times, 50))
                b95.append(percentile(times, 95))
        self.results.add("search", f"search p50, 50 queries, {self.count} docs", "ms", summary(p50), summary(b50),
                         "sqlite3 FTS5 same queries", rss=max(rss))
        self.results.add("search", f"search p95, 50 queries, {self.count} docs", "ms", summary(p95), summary(b95),
                         "sqlite3 FTS5 same queries", target=("<", 20) if self.count >= 10000 else None)

    # -- the window with the scale's library -----------------------------------
    def library(self):
        print(f"start-up with the {self.count}-document library", flush=True)
        if not self.db_main:
            raise RuntimeError("library needs the import section")
        painted, timeline, checked, rss, settled = [], [], [], [], []
        for _ in range(self.runs):
            db = self.copy_db(self.db_main, "library-start.sqlite")
            # A file Dossier has not closed itself is read whole for damage
            # first (PRAGMA quick_check, about 1 s per 70 MB): the first
            # start after a copy or a crash.
            c = spawn([self.tool("bench_gui"), "startup", "--db", db], env=self.env, until_line=True)
            checked.append(c.first_line * 1000)
            # Every later start: the library as Dossier last closed it (the
            # bench's window exits without closing, so a command closes it).
            run([self.dossier, "list", "--db", db], env=self.env)
            r = spawn([self.tool("bench_gui"), "startup", "--db", db], env=self.env, until_line=True)
            painted.append(r.first_line * 1000)
            # The same with the corpus timeline open (the window restores
            # it when it was open at the last close).
            t = spawn([self.tool("bench_gui"), "startup", "--db", db, "--timeline"], env=self.env, until_line=True)
            timeline.append(t.first_line * 1000)
            rss.append(max(r.rss_mb, c.rss_mb, t.rss_mb))
            # Five more seconds of the window's life: the library list, the
            # entity index and whatever the window loads after its first paint.
            s = spawn([self.tool("bench_gui"), "startup", "--db", db, "--linger", "5000"], env=self.env)
            settled.append(s.rss_mb)
        n = self.count
        self.results.add("library", f"start with the {n}-doc library: first painted window", "ms", summary(painted),
                         target=("<", 1000), rss=max(rss))
        self.results.add("library", "  with the corpus timeline open", "ms", summary(timeline), target=("<", 1000))
        self.results.add("library", "  first start after a copy (whole file checked)", "ms", summary(checked))
        self.results.add("library", f"peak RSS, window with the {n}-doc library (+5 s)", "MB", summary(settled),
                         target=("<", 400) if n >= 10000 else None)

    # -- extraction alone ------------------------------------------------------
    def install_definition(self):
        src = os.path.join(self.build, "app", "core", "generated", "syntax", "dossier-entities.xml")
        d = os.path.join(self.definition_dir, "org.kde.syntax-highlighting", "syntax")
        os.makedirs(d, exist_ok=True)
        shutil.copyfile(src, os.path.join(d, "dossier-entities.xml"))

    def ksh(self, path):
        env = dict(self.env, XDG_DATA_DIRS=self.definition_dir + ":/usr/share")
        return spawn(["ksyntaxhighlighter6", "-s", "Dossier Entities", "-f", "ansi", path], env, discard_stdout=True)

    def extract(self):
        print("extraction throughput", flush=True)
        n = min(self.count, 1000)
        _, paths = self.corpus(max(self.count, n))
        paths = paths[:n]
        size = sum(os.path.getsize(p) for p in paths)
        joined = os.path.join(self.work, "extract-sample.txt")
        with open(joined, "w", encoding="utf-8") as out:
            for p in paths:
                with open(p, encoding="utf-8") as f:
                    out.write(f.read())
        # ksyntaxhighlighter6's fixed costs: start-up, the repository, and
        # compiling the definition's expressions (each is compiled the first
        # time it is tried, so one short line tries them all). bench_extract
        # counts the same compile as engine load, not as extraction.
        empty = os.path.join(self.work, "one-line.txt")
        with open(empty, "w") as f:
            f.write("The Ministry said 5 people\n")
        self.install_definition()
        r = spawn([self.tool("bench_extract"), "--repeat", str(self.runs)] + paths, env=self.env)
        j = r.json()
        single = [size / MB / s for s in j["single_seconds"]]
        multi = [size / MB / s for s in j["multi_seconds"]]
        tok = [size / MB / s for s in j["tokenize_seconds"]]
        kshs = []
        for _ in range(self.runs):
            full = self.ksh(joined)
            start = self.ksh(empty)
            kshs.append(size / MB / max(1e-6, full.seconds - start.seconds))
        label = f"{n} docs, {size / MB:.1f} MB"
        self.results.add("extract", f"extraction, 1 thread ({label})", "MB/s", summary(single), summary(kshs),
                         "ksyntaxhighlighter6", target=("ratio>=", 1.0), better="higher", rss=r.rss_mb,
                         note=None)
        self.results.figures[-1]["target2"] = ">= 5 MB/s"
        self.results.figures[-1]["met"] = bool(self.results.figures[-1]["met"]) and statistics.median(single) >= 5
        self.results.add("extract", f"extraction, {j['threads']} threads (QtConcurrent)", "MB/s", summary(multi),
                         summary(single), "1 thread", target=("ratio>=", 1.6), better="higher")
        self.results.add("extract", "  definition alone (Tokenizer)", "MB/s", summary(tok), summary(kshs),
                         "ksyntaxhighlighter6", better="higher")
        self.results.add("extract", "  engine load (definition, gazetteer)", "ms",
                         summary([j["engine_load_seconds"] * 1000]))

    # -- big documents -------------------------------------------------------
    def open_(self):
        print("open and highlight 1, 5 and 20 MB documents", flush=True)
        sizes = [(1, 1_000_000), (5, 5_000_000), (20, 20_000_000)]
        files = [corpusgen.write_big(SOURCE, os.path.join(self.data, f"big-{mb}mb.txt"), size, SEED, self.mat())
                 for mb, size in sizes]
        pristine = self.fresh("big.sqlite")
        spawn([self.dossier, "import", "--db", pristine] + files, env=self.env)
        listing = json.loads(run([self.dossier, "list", "--db", pristine, "--json"], env=self.env).stdout)
        ids = {}
        for d in listing:
            for mb, _ in sizes:
                if str(d.get("source_name", d.get("source", ""))).endswith(f"big-{mb}mb.txt") or \
                        d.get("path", "").endswith(f"big-{mb}mb.txt"):
                    ids[mb] = d["id"]
        if len(ids) != len(sizes):  # imported in order
            ids = {mb: i + 1 for i, (mb, _) in enumerate(sizes)}
        self.install_definition()
        for (mb, size), path in zip(sizes, files):
            paint, highlighted, bare, rss, kshs = [], [], [], [], []
            full, stall, stall_after, stored = [], [], [], []
            for _ in range(self.runs):
                db = self.copy_db(pristine, "big-run.sqlite")  # not analysed yet: the first open
                r = spawn([self.tool("bench_gui"), "open", "--db", db, "--doc", str(ids[mb])], env=self.env)
                j = r.json()
                paint.append(j["first_paint_ms"])
                highlighted.append(j["highlighted_ms"])
                full.append(j["fully_highlighted_ms"])
                stall.append(j["longest_stall_ms"])
                stall_after.append(j["longest_stall_after_paint_ms"])
                if "stored_ms" in j:
                    stored.append(j["stored_ms"])
                rss.append(r.rss_mb)
                b = spawn([self.tool("bench_gui"), "open-bare", "--file", path], env=self.env)
                bare.append(b.json()["first_paint_ms"])
                if mb <= 5 or not kshs:
                    kshs.append(self.ksh(path).seconds * 1000)
            self.results.add("open", f"open {mb} MB document: first screen painted", "ms", summary(paint),
                             summary(bare), "bare QPlainTextEdit", target=("<", 300) if mb == 5 else None,
                             rss=max(rss))
            self.results.add("open", f"open {mb} MB document: screen highlighted", "ms", summary(highlighted))
            self.results.add("open", f"open {mb} MB document: every block highlighted", "ms", summary(full),
                             summary(kshs), "ksyntaxhighlighter6 whole text")
            if stored:
                self.results.add("open", f"open {mb} MB document: analysis stored (background)", "ms", summary(stored))
            self.results.add("open", f"open {mb} MB document: longest stall (5 ms heartbeat)", "ms", summary(stall),
                             summary(bare), "bare QPlainTextEdit first paint")
            self.results.add("open", f"  of which after the first paint", "ms", summary(stall_after),
                             target=("<", 100) if mb == 5 else None)

    # -- annotations -----------------------------------------------------------
    def annotations(self):
        print("annotations", flush=True)
        if not self.db_main:
            raise RuntimeError("annotations need the import section")
        db = self.copy_db(self.db_main, "annotated.sqlite")
        r = spawn([self.tool("bench_annotations"), "fixture", "--db", db, "--total", "100000"], env=self.env)
        fx = r.json()
        self.fixture = fx
        self.db_annotated = db
        print(f"    {fx['annotations']} annotations added in {fx['seconds']:.1f} s "
              f"(one transaction, AnnotationStore::add)", flush=True)
        heavy = fx["heavy_document"]
        opens, filters, base, rss, cli = [], [], [], [], []
        for _ in range(self.runs):
            p = spawn([self.tool("bench_annotations"), "panel", "--db", db, "--doc", str(heavy)], env=self.env)
            j = p.json()
            opens.append(j["open_ms"])
            filters.append(max(j["filter_ms"]))
            rss.append(p.rss_mb)
            s = spawn(["sqlite3", db], self.env, stdin_text=".timer on\nSELECT a.*, group_concat(t.tag_id) FROM "
                            f"annotations a LEFT JOIN annotation_tags t ON t.annotation_id = a.id WHERE a.document_id = {heavy} "
                            "GROUP BY a.id ORDER BY a.start;\n")
            t = re.findall(r"Run Time: real ([0-9.]+)", s.stdout + s.stderr)
            if t:
                base.append(float(t[-1]) * 1000)
            c = spawn([self.dossier, "annotations", "--db", db, "--doc", str(heavy), "--json"], env=self.env)
            cli.append(c.seconds * 1000)
        n = self.count
        self.results.add("annotations", f"open document with {self.fixture_heavy()} annotations (panel model)", "ms",
                         summary(opens), summary(base) if base else None, "sqlite3 same rows", rss=max(rss))
        self.results.add("annotations", "annotation panel filter (slowest keystroke)", "ms", summary(filters))
        self.results.add("annotations", f"  dossier annotations --doc (CLI, 100k ann., {n} docs)", "ms", summary(cli))
        # The real window: the reader's extra selections and margin, the panel
        # widget; the same document without annotations as the baseline.
        ropen, rpaint, rfilter, bopen, bpaint, rrss = [], [], [], [], [], []
        for _ in range(self.runs):
            r = spawn([self.tool("bench_reader"), "--db", db, "--doc", str(heavy)], env=self.env)
            j = r.json()
            ropen.append(j["open_call_ms"])
            rpaint.append(j["first_paint_ms"])
            rfilter.append(max(j["filter_ms"]))
            rrss.append(r.rss_mb)
            print(f"    reader: {j['painted_annotations']} painted, {j['listed_annotations']} listed", flush=True)
            b = spawn([self.tool("bench_reader"), "--db", self.db_main, "--doc", str(heavy)], env=self.env).json()
            bopen.append(b["open_call_ms"])
            bpaint.append(b["first_paint_ms"])
        self.results.add("annotations", f"open document with {self.fixture_heavy()} annotations (window: call)", "ms",
                         summary(ropen), summary(bopen), "same document, no annotations", target=("<", 300), rss=max(rrss))
        self.results.add("annotations", f"open document with {self.fixture_heavy()} annotations (window: painted)", "ms",
                         summary(rpaint), summary(bpaint), "same document, no annotations", target=("<", 300))
        self.results.add("annotations", "panel widget filter + repaint (slowest keystroke)", "ms", summary(rfilter),
                         target=("<", 100))

    def fixture_heavy(self):
        return "2,000"

    def bundle(self):
        print("annotation bundle export and import", flush=True)
        helptext = run([self.dossier, "--help"], env=self.env, check=False).stdout
        if "import-bundle" not in helptext and not re.search(r"^\s*export\b", helptext, re.M):
            for name in ("bundle export, 10,000 annotations", "bundle import, 10,000 annotations"):
                self.results.add("bundle", name, "s", None, note="n/a (not built)")
            return
        db = getattr(self, "db_annotated", None)
        if not db:
            raise RuntimeError("bundle needs the annotations section")
        out = os.path.join(self.work, "bench.dossier")
        docs = []
        for i in self.fixture["bundle_documents"]:
            docs += ["--doc", str(i)]
        n = self.fixture["bundle_annotations"]
        exports, imports = [], []
        for _ in range(self.runs):
            e = spawn([self.dossier, "export", "--db", db, "--bundle", out] + docs, env=self.env)
            exports.append(e.seconds)
            target = self.copy_db(self.db_main, "bundle-target.sqlite")
            i = spawn([self.dossier, "import-bundle", "--db", target, out], env=self.env)
            imports.append(i.seconds)
        self.results.add("bundle", f"bundle export, {n:,} annotations", "s", summary(exports))
        self.results.add("bundle", f"bundle import, {n:,} annotations", "s", summary(imports))

    def brief(self):
        print("briefing PDF", flush=True)
        db = getattr(self, "db_annotated", None)
        if not db:
            raise RuntimeError("brief needs the annotations section")
        docs = []
        for i in self.fixture["brief_documents"]:
            docs += ["--doc", str(i)]
        out = os.path.join(self.work, "brief.pdf")
        times, rss = [], []
        for _ in range(self.runs):
            b = spawn([self.dossier, "brief", "--db", db, "--out", out] + docs, env=self.env)
            times.append(b.seconds)
            rss.append(b.rss_mb)
        n = len(self.fixture["brief_documents"])
        self.results.add("brief", f"briefing PDF, {n} docs with 5,000 annotations", "s", summary(times),
                         rss=max(rss), note=None)

    # -----------------------------------------------------------------------
    def machine(self):
        cpu = ""
        try:
            with open("/proc/cpuinfo") as f:
                for line in f:
                    if line.startswith("model name"):
                        cpu = line.split(":", 1)[1].strip()
                        break
        except OSError:
            pass
        mem = ""
        try:
            with open("/proc/meminfo") as f:
                mem = f"{int(f.readline().split()[1]) / 1024 / 1024:.1f} GB"
        except (OSError, ValueError, IndexError):
            pass
        load = os.getloadavg() if hasattr(os, "getloadavg") else None
        return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "kernel": platform.release(),
                "python": platform.python_version(), "load_at_start": load}


def git_head():
    """The checked-out commit, read from .git (git is not in the build root)."""
    try:
        git = os.path.join(SOURCE, ".git")
        if os.path.isfile(git):  # a worktree: "gitdir: PATH"
            with open(git) as f:
                git = f.read().split(":", 1)[1].strip()
        with open(os.path.join(git, "HEAD")) as f:
            head = f.read().strip()
        if not head.startswith("ref: "):
            return head
        ref = head[5:]
        for base in (git, os.path.join(git, "..", "..")):  # a worktree keeps its refs in the common dir
            path = os.path.join(base, ref)
            if os.path.exists(path):
                with open(path) as f:
                    return f.read().strip()
        return ref
    except (OSError, IndexError):
        return ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", required=True, help="the build folder")
    ap.add_argument("--scale", choices=sorted(SCALES), default="1k", help="documents in the corpus (default 1k)")
    ap.add_argument("--runs", type=int, default=3, help="runs per figure (default 3)")
    ap.add_argument("--only", default="", help="comma-separated sections: " + ",".join(SECTIONS))
    ap.add_argument("--work", help="scratch folder (default BUILD/bench/work)")
    args = ap.parse_args()
    only = [s for s in args.only.split(",") if s] or SECTIONS
    for s in only:
        if s not in SECTIONS:
            ap.error(f"unknown section {s}")
    # Later sections reuse the library the import section makes.
    if any(s in only for s in ("search", "library", "annotations", "bundle", "brief")) and "import" not in only:
        only = ["import"] + only
    if any(s in only for s in ("bundle", "brief")) and "annotations" not in only:
        only.insert(only.index("import") + 1, "annotations")

    bench = Bench(args)
    started = datetime.datetime.now(datetime.timezone.utc)
    machine = bench.machine()
    print(f"Dossier benchmarks, scale {args.scale} ({bench.count} documents), {args.runs} runs per figure; "
          f"{machine['cores']} cores, {machine['cpu']}, load {machine['load_at_start']}", flush=True)
    failures = []
    t0 = time.perf_counter()
    for section in SECTIONS:
        if section not in only:
            continue
        try:
            getattr(bench, section + ("_" if section in ("import", "open") else ""))()
        except Exception as e:  # a failed section is reported, the others still run
            failures.append(f"{section}: {e}")
            print(f"  {section} FAILED: {e}", flush=True)
    elapsed = time.perf_counter() - t0
    print_table(bench.results, f"Dossier benchmarks, scale {args.scale}, {args.runs} runs per figure "
                               f"(median [min–max]; ratio = figure / baseline), {elapsed:.0f} s")
    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    out = os.path.join(bench.build, "bench", f"results-{stamp}.json")
    commit = git_head()
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"started": started.isoformat(), "scale": args.scale, "documents": bench.count,
                   "runs": args.runs, "seed": SEED, "generator_version": corpusgen.GENERATOR_VERSION,
                   "commit": commit, "machine": machine, "seconds": elapsed,
                   "figures": bench.results.figures, "failures": failures}, f, indent=1, ensure_ascii=False)
    print(f"\nwrote {out}")
    if failures:
        print("failed sections:\n  " + "\n  ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
