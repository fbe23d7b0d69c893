"""Decode HTML bytes: byte-order mark, then the page's own declaration, then detection.

A page's `<meta charset>` is usually right and is cheaper than guessing; detection is the
fallback for undeclared or mis-declared pages.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
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
    """(text, encoding) of an HTML page; never raises, replacing what cannot be read."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, "replace"), name
    declared = declared_charset(data)
    for name in filter(None, (declared, "utf-8")):
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except ImportError:  # pragma: no cover - charset-normalizer is a dependency
        best = None
    name = best.encoding if best is not None else "cp1252"
    return data.decode(name, "replace"), name
