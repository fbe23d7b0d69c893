"""Errors that name the file, the reason and the way out.

Library code raises these; the CLI prints them as one line each, without a traceback.
"""

from __future__ import annotations


class SourcebookError(Exception):
    """Base class: a problem the user can act on."""

    def __init__(self, reason: str, hint: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.reason} ({self.hint})" if self.hint else self.reason


class IngestError(SourcebookError):
    """One file could not be read; the build records it and goes on."""

    def __init__(self, path: str, reason: str, hint: str | None = None) -> None:
        super().__init__(reason, hint)
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {super().__str__()}"


class LimitExceeded(IngestError):
    """A file or archive is past a configured bound (size, ratio, count)."""


class StoreError(SourcebookError):
    """The database cannot be opened, migrated or written."""


class NotFound(SourcebookError):
    """A document, entity or record the user named does not exist."""


class QueryError(SourcebookError):
    """A search query that cannot be parsed."""


class Skipped(IngestError):
    """A file with nothing to read (empty, or of a type no extractor knows): not a failure."""


class ModelMissing(SourcebookError):
    """The language pipeline is not where sourcebook looks for it."""
