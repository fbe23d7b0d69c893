"""Tell a file's media type from its bytes first, its name second.

Leaked files are often misnamed (a PDF saved as `.dat`, an e-mail as `.txt`, a scan with no
extension), so the content decides when it is unambiguous and the extension only breaks ties.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePosixPath

OCTET_STREAM = "application/octet-stream"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)

_EXTENSIONS = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".gif": "image/gif",
    ".bmp": "image/bmp",
    ".webp": "image/webp",
    ".docx": DOCX,
    ".eml": "message/rfc822",
    ".zip": "application/zip",
}

# Headers that, at the very start of a file, only an e-mail (or a saved mailbox entry) has.
_MAIL_HEADERS = {"from", "received", "message-id", "mime-version", "return-path", "delivered-to"}
_HEADER_LINE = re.compile(rb"^([A-Za-z][A-Za-z0-9-]*):[ \t]")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff(data: bytes, name: str) -> str:
    """The media type of `data`, by magic bytes, then leading markup or headers, then extension."""
    head = data[:2048]
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if b"%PDF-" in head[:1024]:  # the spec lets junk precede the header
        return "application/pdf"
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return DOCX if _is_docx(data) else "application/zip"
    if _is_html(head):
        return "text/html"
    if _is_email(head):
        return "message/rfc822"
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    return _EXTENSIONS.get(suffix, OCTET_STREAM)


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False  # a broken zip is still a zip; its extractor reports the damage


def _leading_text(head: bytes) -> str:
    """The start of the file as text, without BOM or leading whitespace, lowercased."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.decode("utf-8", errors="ignore")
    return text.lstrip("\ufeff \t\r\n").lower()


def _is_html(head: bytes) -> bool:
    """Markup first, and an html doctype or element within the first KB."""
    text = _leading_text(head)[:1024]
    return text.startswith("<") and ("<!doctype html" in text or "<html" in text)


def _is_email(head: bytes) -> bool:
    """A block of header lines at the start, including one only mail has (`From:`, ...)."""
    if head.startswith(_BOMS):
        return False
    names: list[bytes] = []
    for line in head.split(b"\n")[:40]:
        line = line.rstrip(b"\r")
        if not line:
            break
        if line[:1] in (b" ", b"\t") and names:
            continue  # a folded header continues
        if line.startswith(b"From ") and not names:
            continue  # an mbox separator line
        match = _HEADER_LINE.match(line)
        if not match:
            return False
        names.append(match.group(1).lower())
    return len(names) >= 2 and any(n.decode() in _MAIL_HEADERS for n in names)
