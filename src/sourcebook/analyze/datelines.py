"""Datelines: the place (and agency) that opens a wire story, "WASHINGTON (Reuters) — ".

The place is a place, not an organisation or a speaker, and the words before the dash belong
to no sentence: the parser otherwise reads "INDIANAPOLIS — Teachers said" as if the city
spoke, or as what was said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,3})"
    r"(?:,[ \t]+[A-Z][\w.]+(?:[ \t][A-Z][\w.]+){0,2})?"  # ", Belgium" / ", Ind."
    r"(?:[ \t]+\([^)\n]{1,40}\))?"  # "(Reuters)"
    r"[ \t]+[—–-][ \t]+",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    place: tuple[int, int]
    end: int  # just after the dash and its space: where the story's first sentence starts


def datelines(text: str) -> list[Dateline]:
    """Every dateline at a line start; a capitalised city needs at least two letters."""
    return [
        Dateline(m.span("place"), m.end())
        for m in _DATELINE.finditer(text)
        if len(m.group("place")) > 1
    ]
