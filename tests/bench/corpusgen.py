"""Deterministic generator of realistic corpora for Dossier's benchmarks.

Sentences come from the bundled corpus (corpus/*.txt) and the genre texts
(tests/data/genre/*.txt), recombined, and mixed with generated sentences that
carry what the engine looks for: attributions with varied names and titles,
government bodies from the gazetteer, figures with periods and changes,
quotes. Each document has page furniture (menus, bylines, share bars,
footers) around its body, as saved web pages do. Document i depends only on
the seed and i, so a 1,000-document corpus is the first thousand of the
10,000 one.
"""

import os
import random
import re

GENERATOR_VERSION = 3

GIVEN = ["Taro", "Hanako", "Kenji", "Yuki", "Hiroshi", "Akiko", "Satoshi", "Naoko", "Takeshi", "Emi",
         "John", "Sarah", "Michael", "Emma", "David", "Laura", "James", "Anna", "Peter", "Maria",
         "Wei", "Min-jun", "Olga", "Pierre", "Ingrid", "Raj", "Fatima", "Lucas", "Chloe", "Daniel"]
FAMILY = ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
          "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura", "Smith", "Johnson",
          "Brown", "Miller", "Wilson", "Moore", "Taylor", "Anderson", "Thomas", "Zhang", "Kim", "Petrov",
          "Dubois", "Larsen", "Patel", "Rossi", "Schmidt", "Novak"]
PUBLISHERS = ["Nikkei", "The Japan Times", "Kyodo News", "Yomiuri Shimbun", "Asahi Shimbun", "Mainichi",
              "NHK World", "Reuters", "The Diplomat", "Nikkei Asia", "Jiji Press", "Sankei Shimbun"]
CUES = ["said", "told reporters", "stressed", "noted", "warned", "explained", "added", "argued", "stated"]
THINGS = ["cases of unauthorized access", "cyber attacks", "phishing reports", "ransomware incidents",
          "suspicious communications", "data breaches", "malware detections", "reported incidents"]
TOPICS = ["cybersecurity", "active cyber defence", "critical infrastructure", "ransomware", "supply chain",
          "information sharing", "deterrence", "attribution", "data protection", "the Olympic Games"]
MENU = ["Home | News | Politics | Business | Tech | Opinion | Sign in",
        "Menu  Search  Subscribe", "Top > Politics > Security", "Share  Tweet  Email  Print",
        "Advertisement", "Related articles", "Most read", "Cookie settings  Accept all"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

SENTENCE_SPLIT = re.compile(r"(?<=[.!?\u201d])\s+(?=[A-Z\u201c\"])")


def _read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


class Material:
    """The pools every document draws from, read once."""

    def __init__(self, source_dir):
        self.sentences = []
        self.quotes = []
        texts = []
        for folder in ("corpus", os.path.join("tests", "data", "genre")):
            d = os.path.join(source_dir, folder)
            for name in sorted(os.listdir(d)):
                if name.endswith(".txt"):
                    texts.append(_read(os.path.join(d, name)))
        for text in texts:
            for para in text.split("\n"):
                para = para.strip()
                if len(para) < 60:
                    continue  # headings, bylines, furniture
                for s in SENTENCE_SPLIT.split(para):
                    s = s.strip()
                    if 40 <= len(s) <= 400:
                        self.sentences.append(s)
                for q in re.findall(r"\u201c([^\u201d]{30,240})\u201d", para):
                    self.quotes.append(q.strip().rstrip(",."))
        if not self.quotes:
            self.quotes = [s.rstrip(".") for s in self.sentences[:50]]
        self.bodies = []
        self.titles = []
        gaz = os.path.join(source_dir, "resources", "gazetteer")
        for line in _read(os.path.join(gaz, "bodies.tsv")).splitlines():
            if line.startswith("#") or not line.strip():
                continue
            cols = line.split("\t")
            forms = [cols[0]] + [a.strip() for a in (cols[2].split("|") if len(cols) > 2 else []) if a.strip()]
            self.bodies.append([f for f in forms if f.isascii()] or forms[:1])
        for line in _read(os.path.join(gaz, "titles.txt")).splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                self.titles.append(line.split("\t")[0])
        if not self.titles:
            self.titles = ["Minister", "spokesperson", "director"]


def _figure(rng):
    kind = rng.randrange(4)
    if kind == 0:
        return f"{rng.randrange(2, 990):,}"
    if kind == 1:
        return f"{rng.randrange(1, 99)}.{rng.randrange(0, 99):02d} million"
    if kind == 2:
        return f"{rng.randrange(1000, 990000):,}"
    return f"about {rng.randrange(10, 900)},000"


def _generated_sentence(rng, m):
    name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    body = rng.choice(m.bodies)
    body_name = rng.choice(body)
    title = rng.choice(m.titles)
    kind = rng.randrange(7)
    if kind == 0:
        return f"\u201c{rng.choice(m.quotes)},\u201d {name}, {title} of the {body_name}, {rng.choice(CUES)}."
    if kind == 1:
        q = rng.choice(m.quotes)
        return f"{name}, {title} at the {body_name}, {rng.choice(CUES)} that {q[0].lower()}{q[1:]}."
    if kind == 2:
        y0 = rng.randrange(2008, 2018)
        y1 = y0 + rng.randrange(1, 5)
        return (f"In FY{y1}, there were {_figure(rng)} {rng.choice(THINGS)}, compared with "
                f"{_figure(rng)} in FY{y0}, according to the {body_name}.")
    if kind == 3:
        pct = rng.randrange(2, 80)
        return (f"The {body_name} plans to raise its {rng.choice(TOPICS)} budget by {pct}% to "
                f"\u00a5{rng.randrange(2, 900)} billion in fiscal {rng.randrange(2012, 2024)}.")
    if kind == 4:
        return (f"According to {name}, the {body_name} will work with the {rng.choice(rng.choice(m.bodies))} "
                f"on {rng.choice(TOPICS)}.")
    if kind == 5:
        return f"{name}: {rng.choice(m.quotes)}."
    return (f"The number of {rng.choice(THINGS)} rose {rng.choice(['twofold', 'threefold', 'sevenfold', 'by half'])} "
            f"to {_figure(rng)} last year.")


def _paragraph(rng, m, sentences):
    out = []
    for _ in range(sentences):
        out.append(_generated_sentence(rng, m) if rng.random() < 0.35 else rng.choice(m.sentences))
    return " ".join(out)


def document(m, seed, index):
    """The text of document index (str)."""
    rng = random.Random(f"{seed}/{index}")
    year = rng.randrange(2011, 2022)
    month = rng.randrange(1, 13)
    day = rng.randrange(1, 29)
    publisher = rng.choice(PUBLISHERS)
    topic = rng.choice(TOPICS)
    body = rng.choice(rng.choice(m.bodies))
    title = rng.choice([
        f"{body} steps up work on {topic}",
        f"Japan weighs new rules on {topic}",
        f"{rng.choice(FAMILY)}: government must act on {topic}",
        f"Report finds rise in {rng.choice(THINGS)}",
    ])
    lines = []
    if rng.random() < 0.8:
        lines.append(rng.choice(MENU[:3]))
        lines.append("")
    lines.append(title)
    lines.append("")
    lines.append(rng.choice([f"{year}-{month:02d}-{day:02d} {rng.randrange(6, 23):02d}:00:00",
                             f"{MONTHS[month - 1]} {day}, {year}",
                             f"({publisher}: {MONTHS[month - 1]} {day}, {year} \u2013 p. {rng.randrange(1, 30)})"]))
    lines.append(publisher)
    lines.append(f"By {rng.choice(GIVEN)} {rng.choice(FAMILY)}")
    lines.append("")
    for _ in range(rng.randrange(3, 14)):
        lines.append(_paragraph(rng, m, rng.randrange(1, 6)))
        lines.append("")
        if rng.random() < 0.08:
            lines.append(rng.choice(MENU[3:]))
            lines.append("")
    lines.append(rng.choice(MENU[3:]))
    lines.append(f"\u00a9 {year} {publisher}. All rights reserved.")
    return "\n".join(lines) + "\n"


def big_document(m, seed, size):
    """A report of about size bytes (UTF-8): chapters of long paragraphs."""
    rng = random.Random(f"{seed}/big/{size}")
    parts = [f"White Paper on {rng.choice(TOPICS).title()} {rng.randrange(2012, 2022)}", "",
             "Cabinet Secretariat", "", ]
    total = sum(len(p.encode("utf-8")) + 1 for p in parts)
    chapter = 0
    while total < size:
        if rng.random() < 0.03 or chapter == 0:
            chapter += 1
            head = f"Chapter {chapter}. {rng.choice(TOPICS).capitalize()}"
            parts += [head, ""]
            total += len(head) + 2
        p = _paragraph(rng, m, rng.randrange(2, 7))
        parts += [p, ""]
        total += len(p.encode("utf-8")) + 2
    return "\n".join(parts) + "\n"


def write_corpus(source_dir, out_dir, count, seed, material=None):
    """Writes count documents as out_dir/dNNNNNN.txt once (a stamp marks a
    finished corpus); returns the paths in order."""
    m = material or Material(source_dir)
    stamp = os.path.join(out_dir, ".complete")
    want = f"{GENERATOR_VERSION} {seed} {count}"
    paths = [os.path.join(out_dir, f"d{i:06d}.txt") for i in range(count)]
    if os.path.exists(stamp) and _read(stamp) == want:
        return paths
    os.makedirs(out_dir, exist_ok=True)
    for name in os.listdir(out_dir):
        os.remove(os.path.join(out_dir, name))
    for i, p in enumerate(paths):
        with open(p, "w", encoding="utf-8") as f:
            f.write(document(m, seed, i))
    with open(stamp, "w") as f:
        f.write(want)
    return paths


def write_big(source_dir, path, size, seed, material=None):
    if os.path.exists(path) and abs(os.path.getsize(path) - size) < size * 0.05 + 4096:
        return path
    m = material or Material(source_dir)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(big_document(m, seed, size))
    os.replace(tmp, path)
    return path
