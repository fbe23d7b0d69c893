#!/usr/bin/env python3
"""Regenerate every binary file of the fictional demo corpus in ``examples/``.

All people, outlets, companies and events in the demo are invented.

The binary files are built from plain-text sources kept in ``examples/sources/``
(see ``examples/README.md`` for the mapping).  Dates and metadata are fixed so
that re-running the script produces identical bytes (checked for the PDF, the
PNG, the e-mail and the zip archive with the versions of reportlab, Pillow and
python-docx pinned in the development environment).

Usage::

    python scripts/make_demo_files.py            # writes into examples/corpus/
    python scripts/make_demo_files.py --out DIR  # writes the same files into DIR
    python scripts/make_demo_files.py --check    # exit 1 if examples/corpus/ is stale

Requires reportlab, Pillow and python-docx (the ``dev`` extra).
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import hashlib
import io
import os
import random
import sys
import tempfile
import textwrap
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SOURCES = EXAMPLES / "sources"
CORPUS = EXAMPLES / "corpus"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# Output name (relative to the corpus folder) -> builder function name.
# Keep in sync with examples/README.md and examples/gold/documents.json.
MEMO_PDF = "leaked-memo_MI-SEC-2026-0417.pdf"
SCAN_PNG = "scan_cpa-letter_2026-02-20.png"
EMAIL_EML = "email_rosa-mendel_2026-03-10.eml"
PRESS_ZIP = "press-pack.zip"

ZIP_MEMBERS = (
    "meridian-wire_2026-03-15.txt",
    "cpa-board-minutes_2026-02-24.docx",
    "harbour-times_leaked-memo_saved.html",
)


def _epoch(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> int:
    return calendar.timegm((year, month, day, hour, minute, 0, 0, 0, 0))


def _read(name: str) -> str:
    return (SOURCES / name).read_text(encoding="utf-8")


# --------------------------------------------------------------------- PDF


def build_memo_pdf() -> bytes:
    """Two-page memo with a text layer, from sources/memo.txt (\\f = page break)."""
    from xml.sax.saxutils import escape

    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    # reportlab reads SOURCE_DATE_EPOCH for CreationDate/ModDate when set.
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(_epoch(2026, 3, 3, 8, 30))
    try:
        body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
        line = ParagraphStyle("line", parent=body, spaceAfter=1)
        caps = ParagraphStyle("caps", parent=body, fontName="Helvetica-Bold", spaceAfter=2)
        head = ParagraphStyle("head", parent=caps, fontSize=13, leading=17, alignment=TA_CENTER)

        text = _read("memo.txt")
        story: list = []
        pages = text.split("\f")
        for pno, page in enumerate(pages):
            if pno:
                story.append(PageBreak())
            blocks = [b for b in page.strip("\n").split("\n\n") if b.strip()]
            for bno, block in enumerate(blocks):
                lines = block.split("\n")
                for ln in lines:
                    if pno == 0 and bno == 0:
                        style = head
                    elif ln.isupper():
                        style = caps
                    elif len(lines) > 1:
                        style = line
                    else:
                        style = body
                    story.append(Paragraph(escape(ln), style))
                story.append(Spacer(1, 5))

        def decorate(canvas, doc):  # header/footer repeated on every page
            canvas.saveState()
            canvas.setFont("Helvetica-Bold", 8)
            canvas.drawString(20 * mm, A4[1] - 12 * mm, "CONFIDENTIAL")
            canvas.setFont("Helvetica", 8)
            canvas.drawRightString(
                A4[0] - 20 * mm, 12 * mm, f"MI/SEC/2026/0417 - page {doc.page} of {len(pages)}"
            )
            canvas.restoreState()

        buf = io.BytesIO()
        doc = SimpleDocTemplate(
            buf,
            pagesize=A4,
            leftMargin=22 * mm,
            rightMargin=22 * mm,
            topMargin=22 * mm,
            bottomMargin=22 * mm,
            title="Cassin Deepwater Terminal - signing timetable and public order measures",
            author="Anton Veyra",
            subject="MI/SEC/2026/0417",
            creator="Ministry of the Interior - Document Services",
            invariant=1,
        )
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
        return buf.getvalue()
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


# --------------------------------------------------------------------- PNG


def build_scan_png() -> bytes:
    """A typed letter 'scanned' at 200 dpi, from sources/scan_letter.txt."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    dpi = 200
    width, height = 1654, 2339  # A4 at 200 dpi
    margin_x, margin_y = 170, 190
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), 34)
    bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono-Bold.ttf"), 34)
    line_h = 50
    wrap = 60

    img = Image.new("L", (width, height), 246)
    draw = ImageDraw.Draw(img)
    y = margin_y
    for i, raw in enumerate(_read("scan_letter.txt").rstrip("\n").split("\n")):
        if not raw:
            y += line_h // 2
            continue
        f = bold if i == 0 or raw.startswith("Subject:") else font
        if raw == "Samuel Okafor":  # a hand-drawn-looking signature above the typed name
            sx, sy = margin_x + 10, y + 20
            draw.line(
                [
                    (sx, sy + 30),
                    (sx + 60, sy - 15),
                    (sx + 110, sy + 25),
                    (sx + 190, sy - 10),
                    (sx + 300, sy + 15),
                ],
                fill=60,
                width=4,
            )
            y += 80
        for part in textwrap.wrap(raw, wrap) or [""]:
            draw.text((margin_x, y), part, font=f, fill=38)
            y += line_h

    rng = random.Random(20260220)
    img = img.rotate(0.35, resample=Image.BICUBIC, fillcolor=246)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    for _ in range(6000):  # dust and toner speckles
        x, yy = rng.randrange(width), rng.randrange(height)
        px[x, yy] = rng.choice((90, 140, 200))
    for x in range(0, width):  # faint scanner edge shadow
        for yy in range(0, 14):
            px[x, yy] = min(px[x, yy], 150 + yy * 6)

    buf = io.BytesIO()
    img.save(buf, format="PNG", dpi=(dpi, dpi), optimize=False, compress_level=9)
    return buf.getvalue()


# --------------------------------------------------------------------- EML


def build_email() -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Rosa Mendel <rosa.mendel@cassinfishers.example>"
    msg["To"] = "Ines Varga <i.varga@harbourtimes.example>"
    msg["Subject"] = "Minutes from Sunday and the people taken from North Quay"
    msg["Date"] = "Tue, 10 Mar 2026 21:14:05 +0100"
    msg["Message-ID"] = "<20260310201405.4711@cassinfishers.example>"
    msg["X-Mailer"] = "Demo Mail 1.0"
    msg.set_content(_read("email_body.txt"))
    msg.add_attachment(
        _read("coop_minutes_2026-03-08.txt"),
        subtype="plain",
        filename="coop-minutes_2026-03-08.txt",
    )
    msg.set_boundary("==sourcebook-demo-boundary-0001==")
    return msg.as_bytes(policy=SMTP)


# --------------------------------------------------------------------- DOCX / ZIP


def _normalise_zip(data: bytes, when: tuple[int, int, int, int, int, int]) -> bytes:
    """Rewrite a zip with fixed timestamps and attributes (deterministic bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_minutes_docx() -> bytes:
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Board Secretary, Cassin Port Authority"
    cp.last_modified_by = "Board Secretary, Cassin Port Authority"
    cp.title = "Minutes of an extraordinary meeting of the Board, 24 February 2026"
    cp.subject = "Cassin Deepwater Terminal"
    cp.created = dt.datetime(2026, 2, 24, 17, 5, 0)
    cp.modified = dt.datetime(2026, 2, 24, 17, 40, 0)
    cp.last_printed = dt.datetime(2026, 2, 24, 17, 45, 0)
    cp.revision = 2
    cp.keywords = ""
    cp.comments = ""

    text = _read("cpa_board_minutes.txt").strip("\n")
    for bno, block in enumerate(text.split("\n\n")):
        lines = block.split("\n")
        for lno, ln in enumerate(lines):
            if bno == 0 and lno == 0:
                d.add_heading(ln, level=1)
            elif bno == 0 and lno == 1:
                d.add_heading(ln, level=2)
            elif len(lines) == 1 and (ln[:2].rstrip(".").isdigit() and ln[1:3] == ". "):
                d.add_heading(ln, level=3)
            else:
                d.add_paragraph(ln)
    buf = io.BytesIO()
    d.save(buf)
    return _normalise_zip(buf.getvalue(), (2026, 2, 24, 17, 40, 0))


def build_press_zip(html_copy: bytes) -> bytes:
    members = {
        ZIP_MEMBERS[0]: (SOURCES / ZIP_MEMBERS[0]).read_bytes(),
        ZIP_MEMBERS[1]: build_minutes_docx(),
        ZIP_MEMBERS[2]: html_copy,  # exact duplicate of a corpus file
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 16, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)
    return out.getvalue()


# --------------------------------------------------------------------- main


def build_all() -> dict[str, bytes]:
    html = (CORPUS / "harbour-times_leaked-memo.html").read_bytes()
    return {
        MEMO_PDF: build_memo_pdf(),
        SCAN_PNG: build_scan_png(),
        EMAIL_EML: build_email(),
        PRESS_ZIP: build_press_zip(html),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument(
        "--out", type=Path, default=CORPUS, help="output folder (default examples/corpus)"
    )
    ap.add_argument(
        "--check", action="store_true", help="only compare with the files in examples/corpus"
    )
    args = ap.parse_args(argv)

    files = build_all()
    if args.check:
        stale = [
            name
            for name, data in files.items()
            if not (CORPUS / name).exists() or (CORPUS / name).read_bytes() != data
        ]
        for name in stale:
            print(f"stale: examples/corpus/{name}")
        return 1 if stale else 0

    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        path = args.out / name
        with tempfile.NamedTemporaryFile(dir=args.out, delete=False) as tmp:
            tmp.write(data)
        os.replace(tmp.name, path)
        os.chmod(path, 0o644)
        print(
            f"{hashlib.sha256(data).hexdigest()[:16]}  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
