"""What a sanctions or watch list holds, whatever layout it came in.

Every reader maps its layout onto `ListEntry`, so matching never needs to know whether a name
came from OpenSanctions, the OFAC SDN list or a spreadsheet a colleague kept.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PERSON = "person"
ORGANIZATION = "organization"
OTHER = "other"  # vessels, aircraft, anything a list does not call a person or a body


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One listed party, with every name it is listed under."""

    id: str  # unique within its list: the list's own id where it has one
    name: str  # the primary name, as the list writes it ("RENKO, Tomas")
    kind: str  # PERSON, ORGANIZATION or OTHER
    aliases: tuple[str, ...]  # other names and spellings, and "Tomas RENKO" for "RENKO, Tomas"
    list: str  # the list or dataset it is on
    program: str | None  # the sanctions programme(s), "; "-joined
    reference: str | None  # the list's reference number for it
    source: str  # the file and line it came from, e.g. "sdn.csv:12"
    metadata: tuple[tuple[str, str], ...] = ()  # other columns or properties, kept as read


@dataclass(slots=True)
class ListRead:
    """What one list file gave: its entries, its layout and the lines that could not be read."""

    layout: str  # "ftm", "sdn-csv", "sdn-xml" or "csv"
    entries: list[ListEntry] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "file:line: reason", one per bad line


def unique(names: list[str], primary: str) -> tuple[str, ...]:
    """The names, stripped, once each and without the primary name, in the order given."""
    seen = {primary}
    kept: list[str] = []
    for name in names:
        name = " ".join(name.split())
        if name and name not in seen:
            seen.add(name)
            kept.append(name)
    return tuple(kept)


def reordered(name: str) -> str | None:
    """ "RENKO, Tomas" as "Tomas RENKO", the order documents write it in; None if not inverted."""
    last, comma, first = name.partition(",")
    if not comma or not first.strip() or not last.strip() or "," in first:
        return None
    return f"{first.strip()} {last.strip()}"


#: The DOS end-of-file byte some lists (OFAC's CSV files) end with: not a row.
EOF_MARK = "\x1a"


def csv_rows(path: Path, encoding: str, read: ListRead) -> Iterator[tuple[str, list[str]]]:
    """Non-blank rows with "file:line" of the line each starts on; a row the csv module
    rejects becomes an error in `read` and the rows after it are still read."""
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        reader = csv.reader(handle)
        end = 0
        while True:
            start = end + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                read.errors.append(f"{path.name}:{start}: unreadable CSV row ({exc})")
                end = reader.line_num
                continue
            end = reader.line_num
            if any(cell.strip() and cell.strip() != EOF_MARK for cell in row):
                yield f"{path.name}:{start}", row
