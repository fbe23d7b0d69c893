from __future__ import annotations

import random

import pytest

from sourcebook.errors import IngestError
from sourcebook.ingest.decode import decode_text

NOISE = random.Random(7).randbytes(4096)
ENGLISH = "Café owner José Müller said the “deal” was worth €20,000 — or more.\nSecond line."
CHINESE = "张伟说，货物于三月三日离开鹿特丹。港口清单显示共有十二个集装箱，总价值约两千万元。"


@pytest.mark.parametrize("encoding, text", [
    ("utf-8", ENGLISH), ("utf-8-sig", ENGLISH), ("utf-16", ENGLISH), ("utf-16-le", ENGLISH),
    ("utf-32", CHINESE), ("cp1252", ENGLISH), ("gb18030", CHINESE), ("utf-16", CHINESE),
])  # fmt: skip
def test_decode_reads_common_encodings(encoding: str, text: str) -> None:
    decoded, _ = decode_text(text.encode(encoding), "a.txt")
    assert decoded == text


@pytest.mark.parametrize("encoding, tail", [
    ("gb18030", "张伟确认了。"), ("big5", "張偉確認了。"), ("cp1252", "Café, naïve déjà vu."),
    ("euc-kr", "서울에서 확인했다."), ("shift_jis", "東京の港で確認した。"),
])  # fmt: skip
def test_decode_reads_a_few_legacy_characters_in_english(encoding: str, tail: str) -> None:
    text = "The port manager confirmed it on 3 March 2021.\n" + tail
    assert decode_text(text.encode(encoding), "a.txt")[0] == text
    assert decode_text(tail.encode(encoding), "a.txt")[0] == tail


def test_decode_reads_mostly_ascii_text_the_detector_gives_up_on() -> None:
    assert decode_text("Łódź i Kraków, żółć.".encode("cp1250") * 4, "a.txt")[1] == "cp1252"


def test_decode_reports_the_encoding_it_used() -> None:
    assert decode_text(CHINESE.encode("gb18030"), "a.txt")[1] == "gb18030"
    assert decode_text(ENGLISH.encode("utf-8"), "a.txt")[1] == "utf-8"
    assert decode_text(ENGLISH.encode("cp1252"), "a.txt")[1] in {"cp1252", "cp1250", "latin_1"}


def test_decode_normalises_newlines() -> None:
    assert decode_text(b"a\r\nb\rc\n", "a.txt")[0] == "a\nb\nc\n"


@pytest.mark.parametrize("data", [
    NOISE,
    b"\x00\xff" * 500,
    bytes(range(256)) * 8,
    b"\x01\x02\x03\x04\x05\x06 text \x07\x08\x0e\x0f" * 20,
    bytes((b % 128) + 128 for b in NOISE),
])  # fmt: skip
def test_decode_refuses_binary_data(data: bytes) -> None:
    with pytest.raises(IngestError, match="looks like binary data") as info:
        decode_text(data, "junk.txt")
    assert info.value.path == "junk.txt"
    assert info.value.hint


def test_decode_returns_empty_text_for_no_bytes() -> None:
    assert decode_text(b"", "a.txt")[0] == ""
