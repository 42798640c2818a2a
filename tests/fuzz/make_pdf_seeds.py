#!/usr/bin/env python3
"""Writes the PDF seeds of fuzz_pdf: tiny valid PDFs (a text layer on one or
two pages, one page without text) with correct cross-reference tables, and
two damaged ones.
Run from tests/fuzz: python3 make_pdf_seeds.py"""

import os


def pdf(pages):
    """pages: list of content streams (bytes); Helvetica is the one font."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    first_page = 4
    kids = " ".join("%d 0 R" % (first_page + 2 * i) for i in range(len(pages)))
    objects.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, content in enumerate(pages):
        objects.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] "
                        "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (first_page + 2 * i + 1)).encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def text(lines):
    ops = [b"BT /F1 12 Tf 20 170 Td 14 TL"]
    for line in lines:
        ops.append(b"(" + line.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


seeds = {
    "one-page.pdf": pdf([text([b"Press Conference", b"The NPA said attacks rose 40% in 2020.", b"Page 1 of 1"])]),
    "two-pages.pdf": pdf([text([b"First page about NISC"]), text([b"Second page about the NPA", b"(Kishida said so.)"])]),
    "no-text.pdf": pdf([b"0 0 m 100 100 l S"]),
}
# Damaged: the cross-reference table points nowhere; the file stops midway.
seeds["bad-xref.pdf"] = seeds["one-page.pdf"].replace(b"0000000009 00000 n", b"0000009999 00000 n")
seeds["truncated.pdf"] = seeds["two-pages.pdf"][:400]
for name, data in seeds.items():
    with open(os.path.join("pdf", name), "wb") as f:
        f.write(data)
