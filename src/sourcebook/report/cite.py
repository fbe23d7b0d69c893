"""Citations and the passages they quote: the part of a fact sheet a reader checks first."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sourcebook.text.snippets import snippet

_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’)]*\s+|\n")
_SENTENCE_LIMIT = 240  # a longer sentence is cut to a window around the span
_WINDOW = 160


@dataclass(frozen=True, slots=True)
class Reference:
    """A numbered document in the reference list, so lines can cite "[3, chars 10–40]"."""

    number: int
    id: str
    title: str  # the document's title, or its path when it has none
    path: str
    source: str | None
    published: str | None  # already shown at its precision ("March 2026")
    duplicate_of: int | None  # number of the document this one copies


@dataclass(frozen=True, slots=True)
class Cite:
    """One supporting span: where it is, and the passage around it, so the claim can be checked."""

    reference: Reference
    start: int
    end: int
    excerpt: str

    @property
    def label(self) -> str:
        return f"{self.reference.number}, chars {self.start}–{self.end}"


def adds_context(text: str, cite: Cite) -> bool:
    """Whether the cited passage says more than `text` itself, so is worth showing beside it."""
    return " ".join(text.split()) != cite.excerpt


def show_date(date: str | None, precision: str | None = None) -> str | None:
    """An ISO date at its precision as a reader says it: "2026", "March 2026", "8 March 2026"."""
    if not date:
        return None
    parts = date[:10].split("-")
    if precision == "year" or len(parts) == 1:
        return parts[0]
    try:
        month = _MONTHS[int(parts[1]) - 1]
    except (ValueError, IndexError):
        return date
    if precision == "month" or len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def references(documents: list[Mapping[str, Any]]) -> dict[str, Reference]:
    """Number every document in export order; copies point at the number of their original."""
    numbers = {doc["id"]: n for n, doc in enumerate(documents, 1)}
    return {
        doc["id"]: Reference(
            number=numbers[doc["id"]],
            id=doc["id"],
            title=doc.get("title") or doc["path"],
            path=doc["path"],
            source=doc.get("source"),
            published=show_date(doc.get("published"), doc.get("published_precision")),
            duplicate_of=numbers.get(doc.get("duplicate_of") or ""),
        )  # fmt: skip
        for doc in documents
    }


def excerpt(text: str, start: int, end: int, sentence: tuple[int, int] | None = None) -> str:
    """The sentence holding the span, or about 160 characters around it cut at word boundaries."""
    lo, hi = sentence if sentence else _sentence(text, start, end)
    if hi - lo <= _SENTENCE_LIMIT:
        return " ".join(text[lo:hi].split())
    window, _ = snippet(text, ((start, end),), width=max(_WINDOW, min(end - start, 400)))
    return " ".join(window.split())


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence(s) holding the span; looks at most a window beyond it either side."""
    lo = floor = max(0, start - _SENTENCE_LIMIT)
    for found in _SENTENCE_END.finditer(text, floor, start):
        lo = found.end()
    if lo == floor and floor > 0:
        lo = 0  # no sentence start in reach: the caller will cut a window instead
    after = _SENTENCE_END.search(text, max(end - 1, start), end + _SENTENCE_LIMIT)
    hi = after.start() + len(after.group().rstrip()) if after else len(text)
    return lo, max(hi, end)


class Citer:
    """Turns (document, start, end) into a `Cite`, knowing each document's text and number."""

    def __init__(self, documents: list[Mapping[str, Any]]) -> None:
        self.references = references(documents)
        self._texts = {doc["id"]: doc.get("text") or "" for doc in documents}

    def __call__(
        self, document: str, start: int, end: int, sentence: tuple[int, int] | None = None
    ) -> Cite | None:
        reference = self.references.get(document)
        if reference is None:
            return None  # a record pointing outside the export cannot be cited
        return Cite(reference, start, end, excerpt(self._texts[document], start, end, sentence))
