"""The JSON export as one CSV table per record type, for spreadsheets and pandas.

Every row drawn from a passage keeps its `document,start,end`, so a figure pasted into a
story can still be found in its source. Columns come in a fixed order; keys a later export
adds are appended after them rather than dropped.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

SEPARATOR = " | "  # joins list fields; chosen because names rarely hold it and it reads well

COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "id",
        "path",
        "title",
        "source",
        "author",
        "published",
        "published_precision",
        "language",
        "media_type",
        "duplicate_of",
        "characters",
    ),
    "entities": ("id", "name", "type", "aliases", "documents", "mentions", "evidence"),
    "mentions": ("document", "start", "end", "text", "label", "entity", "name", "title"),
    "quotes": (
        "id",
        "document",
        "start",
        "end",
        "text",
        "kind",
        "speaker",
        "speaker_entity",
        "cluster",
        "cue",
        "speaker_start",
        "speaker_end",
    ),
    "claims": (
        "id",
        "document",
        "start",
        "end",
        "text",
        "value_low",
        "value_high",
        "unit",
        "qualifier",
        "subject",
        "cluster",
        "sentence_start",
        "sentence_end",
        "attributed_to",
    ),
    "claim_clusters": (
        "id",
        "label",
        "verdict",
        "members",
        "sources",
        "independent_sources",
        "reason",
        "measure",
        "unit",
    ),
    "quote_clusters": ("id", "members", "speaker", "speaker_entity", "speakers_differ", "text"),
    "events": (
        "id",
        "document",
        "start",
        "end",
        "text",
        "date",
        "precision",
        "end_date",
        "resolution",
        "entities",
    ),
    "citations": ("document", "start", "end", "cited", "kind"),
    "contested": (
        "id",
        "label",
        "kind",
        "document",
        "start",
        "end",
        "text",
        "speaker",
        "speaker_entity",
        "stance",
    ),
    "screening": (
        "entity",
        "entry_id",
        "entry_name",
        "list",
        "program",
        "score",
        "match",
        "explanations",
    ),
}


def write_csv(data: Mapping[str, Any], folder: Path) -> list[Path]:
    """Write `<table>.csv` for every table into `folder`; a header is written even when empty."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table, columns in COLUMNS.items():
        rows = list(_rows(table, data.get(table) or []))
        path = folder / f"{table}.csv"
        _write(path, columns, rows)
        written.append(path)
    return written


def _rows(table: str, records: Iterable[Mapping[str, Any]]) -> Iterable[dict[str, Any]]:
    for record in records:
        if table == "documents":
            row = {key: value for key, value in record.items() if key != "text"}
            row["characters"] = len(record.get("text") or "")
            yield row
        elif table == "contested":
            # One row per statement: each statement has its own passage and span.
            head = {key: record.get(key) for key in ("id", "label", "kind")}
            for statement in record.get("statements") or []:
                yield {**statement, **head}
        else:
            yield dict(record)


def _write(path: Path, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    extra = sorted({key for row in rows for key in row} - set(columns) - {"statements"})
    header = [*columns, *extra]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([cell(row.get(key)) for key in header])


def cell(value: Any) -> str:
    """One value as CSV text: lists joined, booleans as JSON spells them, null as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return SEPARATOR.join(cell(item) for item in value)
    return str(value)
