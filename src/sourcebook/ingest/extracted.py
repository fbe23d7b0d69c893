"""What an extractor returns: raw text and what the file itself says about it.

Extractors only read formats. Cleaning, language, hashing and duplicate detection happen
after, the same way for every format (see `ingest.pipeline`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sourcebook.records import Page, RemovedSpan


@dataclass(frozen=True, slots=True)
class Child:
    """Something inside a file that is ingested as a document of its own.

    An e-mail attachment carries its bytes; an archive member carries only its name, and is
    read from the archive when its turn comes, so a large archive is never held in memory.
    """

    name: str
    data: bytes | None = None
    size: int = 0  # declared (uncompressed) size, for archive members


@dataclass(slots=True)
class Extracted:
    text: str
    media_type: str
    title: str | None = None
    author: str | None = None
    source: str | None = None  # outlet, site name or issuer, when the file says
    published: str | None = None  # any date string the file gives; normalised later
    pages: list[Page] = field(default_factory=list)
    removed: list[RemovedSpan] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    children: list[Child] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cleaned: bool = False  # True when the extractor already removed boilerplate (HTML)
