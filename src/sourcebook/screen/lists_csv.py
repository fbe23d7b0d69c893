"""A plain CSV watch list with a header row, as an analyst keeps one in a spreadsheet.

Columns: name, aliases (split on ";" or "|"), type, list, program, reference; any other column
is kept as metadata, so nothing the analyst wrote is lost.
"""

from __future__ import annotations

import re
from pathlib import Path

from sourcebook.screen.entries import (
    ORGANIZATION,
    OTHER,
    PERSON,
    ListEntry,
    ListRead,
    csv_rows,
    unique,
)

COLUMNS = ("name", "aliases", "type", "list", "program", "reference")
KINDS = {
    "person": PERSON,
    "individual": PERSON,
    "organization": ORGANIZATION,
    "organisation": ORGANIZATION,
    "entity": ORGANIZATION,
    "company": ORGANIZATION,
}
SPLIT = re.compile(r"[;|]")


def is_header(row: list[str]) -> bool:
    """A plain list names its columns, "name" among them."""
    return "name" in (cell.strip().lower() for cell in row)


def read_csv(path: Path, encoding: str) -> ListRead:
    """Read each row after the header; a row without a name is an error, the rest go on."""
    read = ListRead(layout="csv")
    rows = csv_rows(path, encoding, read)
    first = next(rows, None)
    header = [cell.strip().lower() for cell in first[1]] if first else []
    for where, row in rows:
        _row(header, row, where, path.stem, read)
    return read


def _row(header: list[str], row: list[str], where: str, stem: str, read: ListRead) -> None:
    if len(row) > len(header):
        read.errors.append(f"{where}: {len(row)} cells under {len(header)} columns")
        return
    cells = {key: " ".join(cell.split()) for key, cell in zip(header, row, strict=False)}
    name = cells.get("name", "")
    if not name:
        read.errors.append(f"{where}: no name")
        return
    if len(row) < len(header):  # a short row still lists someone: keep it, and say so
        read.errors.append(f"{where}: {len(row)} of {len(header)} cells; read what is there")
    kind = cells.get("type", "").lower()
    read.entries.append(
        ListEntry(
            id=cells.get("reference") or where,
            name=name,
            kind=KINDS.get(kind, OTHER),
            aliases=unique(SPLIT.split(cells.get("aliases", "")), name),
            list=cells.get("list") or stem,
            program=cells.get("program") or None,
            reference=cells.get("reference") or None,
            source=where,
            metadata=tuple((k, v) for k, v in cells.items() if k not in COLUMNS and v),
        )
    )
