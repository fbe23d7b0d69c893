"""The records every stage shares.

One definition, read by the store's schema, the JSON export and the docs. Offsets are character
offsets into `Document.text`, the clean text, so any derived fact can be shown in its passage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Precision(StrEnum):
    """How much of a date is known; a date is stored truncated to it ("2021", "2021-03")."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True, slots=True)
class RemovedSpan:
    """A block that cleaning dropped, kept so a reader can see what was cut and why.

    `at` is the offset in the clean text where the block stood; the block is not part of
    `Document.text`, so it has a position but no extent there.
    """

    at: int
    text: str
    reason: str  # e.g. "navigation", "subscription", "credit", "share", "teaser", "page-chrome"


@dataclass(frozen=True, slots=True)
class Page:
    """Where a page of the source file lies in the clean text (1-based page numbers)."""

    number: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """One ingested item: a file, an archive member or an e-mail attachment."""

    id: str
    path: str  # where it came from: a file path, or "archive.zip!member" / "mail.eml!attachment"
    media_type: str
    text: str
    title: str | None = None
    source: str | None = None  # the outlet or issuer
    author: str | None = None
    published: str | None = None  # ISO date truncated to its precision
    published_precision: Precision | None = None
    language: str | None = None  # ISO 639-1 code
    removed: tuple[RemovedSpan, ...] = ()
    pages: tuple[Page, ...] = ()
    content_hash: str = ""  # sha256 of the raw bytes
    text_hash: str = ""  # sha256 of the normalised text; equal hashes are exact duplicates
    duplicate_of: str | None = None
    parent: str | None = None  # id of the archive or e-mail this came out of
    extractor: str = ""  # registry key of the extractor that read it
    extractor_version: int = 0
    metadata: dict[str, str] = field(default_factory=dict)  # headers, site name, url, ...
    errors: tuple[str, ...] = ()  # non-fatal problems met while reading it

    def page_at(self, offset: int) -> int | None:
        """The page number holding `offset`, for files that have pages."""
        for page in self.pages:
            if page.start <= offset < page.end or (offset == page.end == len(self.text)):
                return page.number
        return None
