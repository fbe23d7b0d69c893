from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from tests.fixtures import factory

from sourcebook.errors import IngestError, LimitExceeded
from sourcebook.ingest.extractors.docx import MEDIA_TYPE, extract_docx
from sourcebook.ingest.limits import Limits


@pytest.fixture
def memo(tmp_path: Path) -> bytes:
    path = factory.docx_file(
        tmp_path / "memo.docx",
        ["Memo on the Rotterdam shipment.", "", "Payments were made as follows:"],
        table=[["Payee", "Amount"], ["Northwind Trading", "20,000 USD"]],
        title="Shipment memo",
        author="Ana Ruiz",
        created=datetime(2021, 3, 3, 10, 0),
    )
    return path.read_bytes()


def test_docx_reads_paragraphs_then_table_in_order(memo: bytes, limits: Limits) -> None:
    extracted = extract_docx(memo, "memo.docx", limits)
    assert extracted.text == (
        "Memo on the Rotterdam shipment.\n\nPayments were made as follows:\n\n"
        "Payee\tAmount\nNorthwind Trading\t20,000 USD"
    )
    assert extracted.media_type == MEDIA_TYPE


def test_docx_reads_core_properties(memo: bytes, limits: Limits) -> None:
    extracted = extract_docx(memo, "memo.docx", limits)
    assert extracted.title == "Shipment memo"
    assert extracted.author == "Ana Ruiz"
    assert extracted.published == "2021-03-03"


def test_docx_reports_unreadable_file(limits: Limits) -> None:
    zipped = factory.zip_bytes({"word/other.xml": b"<x/>"})
    for data in (b"not a zip at all", zipped):
        with pytest.raises(IngestError, match="not a readable .docx") as info:
            extract_docx(data, "bad.docx", limits)
        assert info.value.path == "bad.docx"


def test_docx_refuses_a_bomb_before_expanding_it(memo: bytes) -> None:
    import io
    import zipfile

    buffer = io.BytesIO(memo)
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/media/zeros.bin", bytes(20 * 1024 * 1024))
    with pytest.raises(LimitExceeded, match="zip bomb"):
        extract_docx(buffer.getvalue(), "bomb.docx", Limits())
