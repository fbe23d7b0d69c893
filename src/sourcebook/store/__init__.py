"""Store: records in and out of a database, and full-text search over them."""

from __future__ import annotations

import os
from pathlib import Path

from sourcebook.errors import StoreError
from sourcebook.store.base import Store

DEFAULT_DB = "sourcebook.db"


def default_location() -> str:
    return os.environ.get("SOURCEBOOK_DB") or DEFAULT_DB


def open_store(location: str | Path | None = None, create: bool = True) -> Store:
    """Open the store at a file path (SQLite) or a `postgresql://` URL."""
    location = str(location or default_location())
    if location.startswith(("postgresql://", "postgres://")):
        raise StoreError(
            "the PostgreSQL backend is not available yet",
            "use a SQLite file path for now (the default is ./sourcebook.db)",
        )
    from sourcebook.store.sqlite.store import SQLiteStore

    if not create and not Path(location).exists():
        raise StoreError(
            f"no corpus at {location}",
            "build one first with `sourcebook build PATH`, or point --db / SOURCEBOOK_DB at it",
        )
    return SQLiteStore(location)
