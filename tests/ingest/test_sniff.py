from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from tests.fixtures import factory

from sourcebook.ingest.sniff import DOCX, sniff


def test_sniff_trusts_pdf_magic_over_extension(tmp_path: Path) -> None:
    data = factory.pdf_file(tmp_path / "a.pdf", ["hello"]).read_bytes()
    assert sniff(data, "evidence/report.dat") == "application/pdf"


def test_sniff_tells_docx_from_plain_zip(tmp_path: Path) -> None:
    docx = factory.docx_file(tmp_path / "a.docx", ["hello"]).read_bytes()
    assert sniff(docx, "memo.zip") == DOCX
    assert sniff(factory.zip_bytes({"word/other.xml": b"x"}), "memo.docx") == "application/zip"


@pytest.mark.parametrize("suffix, media_type", [
    (".png", "image/png"), (".jpg", "image/jpeg"), (".tif", "image/tiff"),
    (".gif", "image/gif"), (".bmp", "image/bmp"), (".webp", "image/webp"),
])  # fmt: skip
def test_sniff_reads_image_magic(suffix: str, media_type: str) -> None:
    buffer = io.BytesIO()
    factory.render_text(["x"]).save(buffer, format=media_type.split("/")[1])
    assert sniff(buffer.getvalue(), "scan.bin") == media_type


@pytest.mark.parametrize("data", [
    b"<!DOCTYPE html><html><body>x</body></html>",
    b"\xef\xbb\xbf\n  <html lang='en'><p>x</p></html>",
    b"<?xml version='1.0'?>\n<!-- saved page -->\n<html><p>x</p></html>",
    "<!doctype html><p>x</p>".encode("utf-16"),
])  # fmt: skip
def test_sniff_finds_html_by_leading_markup(data: bytes) -> None:
    assert sniff(data, "page.txt") == "text/html"


def test_sniff_finds_email_by_headers(tmp_path: Path) -> None:
    data = factory.eml_file(tmp_path / "m.eml").read_bytes()
    assert sniff(data, "message.txt") == "message/rfc822"
    raw = b"Received: from mx.example.org\r\n\tby mx2\r\nFrom: a@b.c\r\nSubject: x\r\n\r\nbody"
    assert sniff(raw, "noname") == "message/rfc822"


@pytest.mark.parametrize("data", [
    b"From: the desk of the editor\nthis is a memo, not a mail",
    b"Subject: notes\nTitle: draft\n\nplain notes",
    b"plain text about From: headers",
])  # fmt: skip
def test_sniff_keeps_text_that_only_resembles_email(data: bytes) -> None:
    assert sniff(data, "notes.txt") == "text/plain"


@pytest.mark.parametrize("name, media_type", [
    ("a.txt", "text/plain"), ("a.MD", "text/markdown"), ("a.markdown", "text/markdown"),
    ("a.htm", "text/html"), ("a.xhtml", "text/html"), ("a.eml", "message/rfc822"),
    ("box.zip!dir/b.txt", "text/plain"), ("mail.eml!notes.md", "text/markdown"),
    ("a.xyz", "application/octet-stream"), ("README", "application/octet-stream"),
])  # fmt: skip
def test_sniff_falls_back_to_extension(name: str, media_type: str) -> None:
    assert sniff(b"just some words", name) == media_type


def test_sniff_calls_a_broken_zip_a_zip() -> None:
    assert sniff(b"PK\x03\x04" + b"\x00" * 40, "x.docx") == "application/zip"


def test_sniff_reads_zip_listing_without_error() -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("a.txt", "x")
    assert sniff(data.getvalue(), "a") == "application/zip"
