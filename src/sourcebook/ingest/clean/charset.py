"""Decode HTML bytes: byte-order mark, then the page's own declaration, then detection.

A page's `<meta charset>` is usually right and is cheaper than guessing; detection is the
fallback for undeclared or mis-declared pages.
"""

from __future__ import annotations

import codecs
import re

from sourcebook.errors import IngestError
from sourcebook.ingest.decode import decode_text, has_bom

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_XML = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset the page names in its first 4 KiB, if Python knows it."""
    head = data[:4096]
    match = _DECLARED.search(head) or _XML.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    if name in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"}:
        name = "cp1252"  # browsers read these labels as windows-1252
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes) -> tuple[str, str]:
    """(text, encoding) of an HTML page; never raises, replacing what cannot be read.

    A byte-order mark wins, then the page's declaration; past those, text decoding is the
    same as for any text file (`sourcebook.ingest.decode`).
    """
    declared = None if has_bom(data) else declared_charset(data)
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # mis-declared: detect instead
    try:
        return decode_text(data, "<html page>")
    except IngestError:  # bytes that look binary: still give the page a reading
        return data.decode("cp1252", "replace"), "cp1252"
