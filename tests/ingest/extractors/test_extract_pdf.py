from __future__ import annotations

from pathlib import Path

import pytest
from tests.fixtures import factory

from sourcebook.errors import IngestError
from sourcebook.ingest.extractors.pdf import extract_pdf, pdf_date
from sourcebook.ingest.limits import Limits
from sourcebook.records import Document

PAGES = [
    "Annual report of the port authority.\nCargo volumes rose.",
    "The shipment left Rotterdam on 3 March 2021.",
    "Appendix: container list.",
]


@pytest.fixture
def report(tmp_path: Path) -> bytes:
    path = factory.pdf_file(tmp_path / "r.pdf", PAGES, title="Port report", author="A. Ruiz")
    return path.read_bytes()


def test_pdf_maps_a_phrase_to_its_page(report: bytes, limits: Limits) -> None:
    extracted = extract_pdf(report, "r.pdf", limits)
    doc = Document(id="d", path="r.pdf", media_type="application/pdf", text=extracted.text,
                   pages=tuple(extracted.pages))  # fmt: skip
    offset = extracted.text.index("left Rotterdam")
    assert doc.page_at(offset) == 2
    assert doc.page_at(extracted.text.index("Cargo volumes")) == 1
    assert doc.page_at(len(extracted.text) - 1) == 3
    for page, expected in zip(extracted.pages, PAGES, strict=True):
        assert extracted.text[page.start : page.end].strip() == expected.strip()


def test_pdf_joins_pages_with_a_blank_line(report: bytes, limits: Limits) -> None:
    extracted = extract_pdf(report, "r.pdf", limits)
    first, second = extracted.pages[:2]
    assert extracted.text[first.end : second.start] == "\n\n"
    assert "\r" not in extracted.text


def test_pdf_reads_info_dict(report: bytes, limits: Limits) -> None:
    extracted = extract_pdf(report, "r.pdf", limits)
    assert extracted.title == "Port report"
    assert extracted.author == "A. Ruiz"
    assert extracted.published == "2000-01-01"  # reportlab's invariant CreationDate
    assert extracted.metadata["page_count"] == "3"
    assert "ocr" not in extracted.metadata


@pytest.mark.parametrize("value, expected", [
    ("D:20210303101500+01'00'", "2021-03-03"), ("20210303", "2021-03-03"), ("D:2021", "2021"),
    ("D:202103", "2021-03"), ("D:20211303", None), ("yesterday", None), ("", None),
])  # fmt: skip
def test_pdf_date_parses_only_real_dates(value: str, expected: str | None) -> None:
    assert pdf_date(value) == expected


def test_pdf_reads_only_the_page_limit(report: bytes) -> None:
    extracted = extract_pdf(report, "r.pdf", Limits(max_pdf_pages=2))
    assert len(extracted.pages) == 2
    assert "Appendix" not in extracted.text
    assert "--max-pdf-pages" in extracted.warnings[0]


def test_pdf_ocrs_a_scanned_page(tmp_path: Path, limits: Limits) -> None:
    lines = ["Invoice 4471 for harbour fees", "paid by Northwind Trading Ltd"]
    data = factory.scanned_pdf(tmp_path / "scan.pdf", [lines]).read_bytes()
    extracted = extract_pdf(data, "scan.pdf", Limits(ocr_dpi=150))
    assert "Northwind Trading" in extracted.text
    assert "4471" in extracted.text
    assert extracted.metadata["ocr"] == "tesseract"
    assert extracted.metadata["ocr_pages"] == "1"
    assert extracted.pages[0].end == len(extracted.text)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_pdf_reports_unreadable_file(report: bytes, limits: Limits, damage: str) -> None:
    data = {"garbage": b"%PDF-1.4\n" + bytes(range(256)) * 4,
            "truncated": report[: len(report) // 2], "empty": b""}[damage]  # fmt: skip
    with pytest.raises(IngestError, match="not a readable PDF") as info:
        extract_pdf(data, "box/r.pdf", limits)
    assert info.value.path == "box/r.pdf"
    assert info.value.hint
    assert info.value.__cause__ is not None


def test_pdf_reports_encrypted_file(tmp_path: Path, limits: Limits) -> None:
    data = factory.pdf_file(tmp_path / "e.pdf", ["secret"], password="pw").read_bytes()
    with pytest.raises(IngestError, match="encrypted PDF; sourcebook cannot read it") as info:
        extract_pdf(data, "e.pdf", limits)
    assert "password" in (info.value.hint or "")
