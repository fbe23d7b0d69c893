"""OCR costs about 0.2-1 s per image, so these tests are few and each checks several claims."""

from __future__ import annotations

from pathlib import Path

import pytesseract
import pytest
from tests.fixtures import factory

from sourcebook.errors import IngestError
from sourcebook.ingest.extractors.image import close_cjk_gaps, extract_image, join_pages
from sourcebook.ingest.limits import Limits

LINES = ["The shipment left Rotterdam", "on 3 March 2021."]


@pytest.mark.parametrize("suffix, media_type", [(".png", "image/png"), (".jpg", "image/jpeg")])
def test_image_reads_english_text(
    tmp_path: Path, limits: Limits, suffix: str, media_type: str
) -> None:
    data = factory.image_file(tmp_path / f"scan{suffix}", LINES).read_bytes()
    extracted = extract_image(data, f"scan{suffix}", limits)
    assert "shipment left Rotterdam" in extracted.text
    assert "3 March 2021" in extracted.text
    assert extracted.media_type == media_type
    assert extracted.metadata["ocr"] == "tesseract"


def test_image_reads_tiff_frames_as_pages(tmp_path: Path, limits: Limits) -> None:
    path = factory.image_file(tmp_path / "scan.tif", ["First page"], pages=[["Second page"]])
    extracted = extract_image(path.read_bytes(), "scan.tif", limits)
    assert [p.number for p in extracted.pages] == [1, 2]
    second = extracted.pages[1]
    assert "Second" in extracted.text[second.start : second.end]
    assert extracted.media_type == "image/tiff"


def test_image_reads_chinese_text_without_gaps(tmp_path: Path, limits: Limits) -> None:
    path = factory.image_file(tmp_path / "zh.png", ["陳國華表示，貨物已離開鹿特丹。"], cjk=True)
    text = extract_image(path.read_bytes(), "zh.png", limits).text
    assert sum(ch in text for ch in "陳國華表") >= 3
    assert "鹿特丹" in text


def test_image_reads_chinese_name_in_english_line(tmp_path: Path, limits: Limits) -> None:
    path = factory.image_file(tmp_path / "mix.png", ["Port manager 张伟 said it left."], cjk=True)
    text = extract_image(path.read_bytes(), "mix.png", limits).text
    assert "Port manager" in text
    assert "张伟" in text


def test_image_close_cjk_gaps_keeps_latin_spaces() -> None:
    assert close_cjk_gaps("张 伟 说 ， 货 物 ok then 离开") == "张伟说，货物 ok then 离开"


def test_image_join_pages_keeps_offsets() -> None:
    text, pages = join_pages(["ab", "", "cde"])
    assert text == "ab\n\n\n\ncde"
    assert [text[p.start : p.end] for p in pages] == ["ab", "", "cde"]


def test_image_reports_missing_tesseract(
    tmp_path: Path, limits: Limits, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    data = factory.image_file(tmp_path / "a.png", ["x"]).read_bytes()
    with pytest.raises(IngestError, match="Tesseract is not installed") as info:
        extract_image(data, "a.png", limits)
    assert info.value.hint == "run scripts/install-system-deps.sh"


def test_image_reports_unreadable_image(limits: Limits) -> None:
    with pytest.raises(IngestError, match="not a readable image"):
        extract_image(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "broken.png", limits)
