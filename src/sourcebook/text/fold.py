"""Fold traditional Chinese characters to simplified ones, one character for one.

The search index holds folded text, so a query in either script finds text in the other. The
fold maps character to character (never phrase to phrase) so offsets in folded text are offsets
in the original: highlights found in the index land on the right characters of the document.
"""

from __future__ import annotations

import re
from functools import lru_cache

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


def has_cjk(text: str) -> bool:
    return CJK.search(text) is not None


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    import opencc  # imported late: building the table is needed only for CJK text

    converter = opencc.OpenCC("t2s")
    chars = [chr(code) for low, high in _RANGES for code in range(low, high + 1)]
    converted = converter.convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # a phrase rule joined lines: fall back to one call each
        converted = [converter.convert(ch) for ch in chars]
    return {
        ord(original): simple
        for original, simple in zip(chars, converted, strict=True)
        if len(simple) == 1 and simple != original
    }


def fold_cjk(text: str) -> str:
    """Traditional → simplified, length-preserving; text without CJK is returned unchanged."""
    if not has_cjk(text):
        return text
    return text.translate(_table())
