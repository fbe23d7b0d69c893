from __future__ import annotations

from sourcebook.ingest.clean.charset import decode_html


def test_decode_html_follows_the_declared_charset() -> None:
    data = '<meta charset="windows-1251"><p>Привет</p>'.encode("cp1251")
    text, encoding = decode_html(data)
    assert "Привет" in text and encoding == "cp1251"


def test_decode_html_reads_latin1_label_as_cp1252() -> None:
    data = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">€'.encode(
        "cp1252"
    )
    assert decode_html(data)[0].endswith("€")


def test_decode_html_falls_back_to_utf8_without_declaration() -> None:
    assert decode_html("<p>naïve café</p>".encode())[0] == "<p>naïve café</p>"
