"""Bytes of unknown encoding to text, or a clear refusal.

Leaks mix UTF-8, UTF-16 exports from Windows tools, cp1252 and GB18030. A wrong guess turns
names into mojibake that no search finds, and binary data read as text fills the index with
noise, so a file that does not look like text is refused rather than decoded anyhow.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from sourcebook.errors import IngestError

BINARY_REASON = "looks like binary data, not text"
BINARY_HINT = "if it is a document in another format, give it the right extension or convert it"
MAX_CONTROL_SHARE = 0.02  # control characters in real text: tabs and newlines aside, ~none
# A few Chinese characters or accents in English text give the detector too little to go on:
# it ties GB18030 with Korean cp949, and scores cp1252 0.08 worse than Baltic cp1257 for
# "naïve déjà vu". These legacy encodings, the common ones in English and Chinese sources, win
# when within their margin of the least chaotic guess (short Korean scores GB18030 0.1 worse,
# so the CJK margins are tighter). Cost: Polish cp1250 in short texts reads as cp1252.
PREFERRED = {"gb18030": 0.05, "big5": 0.05, "cp1252": 0.1}
MIN_ASCII_SHARE = 0.5  # when the detector gives up, mostly-ASCII bytes are still text

_BOMS = (  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def has_bom(data: bytes) -> bool:
    return any(data.startswith(bom) for bom, _ in _BOMS)


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """The text of `data` with newlines as "\\n", and the encoding it was read with."""
    text, encoding = _decode(data, path)
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise IngestError(path, BINARY_REASON, BINARY_HINT)
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def _decode(data: bytes, path: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise IngestError(path, BINARY_REASON, BINARY_HINT)
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass  # not UTF-8: ask charset_normalizer below
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        sample = data[:65536]
        if sum(byte < 0x80 for byte in sample) < MIN_ASCII_SHARE * len(sample):
            raise IngestError(path, BINARY_REASON, BINARY_HINT)
        return data.decode("cp1252", errors="replace"), "cp1252"
    least = min(match.chaos for match in matches)
    by_encoding = {match.encoding: match for match in matches}
    for encoding, margin in PREFERRED.items():
        match = by_encoding.get(encoding)
        if match is not None and match.chaos <= least + margin:
            return str(match), encoding
    return str(matches[0]), matches[0].encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM, if its NULs sit in the high bytes of mostly-ASCII text."""
    sample = data[:4096]
    half = len(sample) // 2
    if half == 0:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.3 * half and even.count(0) < 0.05 * half and _mostly_ascii(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * half and odd.count(0) < 0.05 * half and _mostly_ascii(odd):
        return "utf-16-be"
    return None


def _mostly_ascii(low_bytes: bytes) -> bool:
    """The low bytes of UTF-16 English text are printable ASCII; those of a binary file are not."""
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in low_bytes)
    return printable >= 0.7 * len(low_bytes)


# Control characters (Unicode category Cc, less tab, newlines and form feeds) and private-use
# ones (Co): common in binary read as text, rare in real text.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\U000f0000-\U0010ffff]")


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)
