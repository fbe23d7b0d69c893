"""Rows of a corpus-level table that involve some documents: what an incremental corpus step
replaces around new documents. Cluster tables keep their documents as a JSON list."""

from __future__ import annotations


def within(column: str) -> str:
    """A WHERE clause: the row's JSON list `column` holds one of the documents bound as `?`."""
    return (
        f"EXISTS (SELECT 1 FROM json_each({column}) AS listed "
        "WHERE listed.value IN (SELECT value FROM json_each(?)))"
    )
