"""Read a sanctions or watch list from a file, whatever its layout, judged by content.

Lists arrive renamed ("sdn (3).csv", "export.json"), so the layout is sniffed from the first
bytes: `{` FollowTheMoney JSON lines, `<` OFAC sdn.xml, a CSV with a "name" header a plain
watch list, a headerless CSV of 12 columns starting with a number OFAC sdn.csv (of 5, its
alt.csv of aliases, read only with the sdn.csv).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sourcebook.errors import IngestError
from sourcebook.screen.entries import ListEntry, ListRead
from sourcebook.screen.lists_csv import is_header, read_csv
from sourcebook.screen.lists_ftm import read_ftm
from sourcebook.screen.lists_sdn import COLUMNS, read_sdn_csv, read_sdn_xml

__all__ = ["ListEntry", "ListRead", "read_list", "sniff"]

SAMPLE = 64 * 1024
HINT = (
    "give FollowTheMoney JSON lines, OFAC sdn.csv or sdn.xml, "
    "or a CSV with a header row: name,aliases,type,list,program,reference"
)


def read_list(path: Path, *, alt: Path | None = None) -> ListRead:
    """Every entry the file holds, and an error line for each line it could not read.

    `alt` is OFAC's alt.csv, whose aliases join the sdn.csv entries they belong to.
    Raises IngestError for a file that cannot be opened or whose layout is unknown.
    """
    layout, encoding = sniff(path)
    if layout == "sdn-alt":
        raise IngestError(
            str(path),
            "this looks like OFAC alt.csv, the aliases alone",
            "give it with its sdn.csv: read_list(sdn, alt=path), or both files to `screen`",
        )
    if alt is not None and layout != "sdn-csv":
        raise IngestError(str(alt), f"alt.csv goes with an sdn.csv, and {path} is {layout}")
    if layout == "ftm":
        return read_ftm(path, encoding)
    if layout == "sdn-xml":
        return read_sdn_xml(path, encoding)
    if layout == "sdn-csv":
        return read_sdn_csv(path, encoding, alt)
    return read_csv(path, encoding)


def sniff(path: Path) -> tuple[str, str]:
    """The layout and text encoding of a list file, from its first bytes."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SAMPLE)
    except OSError as exc:
        raise IngestError(str(path), f"cannot read the list ({exc.strerror})") from exc
    encoding = _encoding(head)
    text = head.decode(encoding, errors="replace").lstrip("\ufeff \t\r\n")
    if not text:
        raise IngestError(str(path), "the list is empty", HINT)
    if text[0] == "{":
        return "ftm", encoding
    if text[0] == "<":
        return "sdn-xml", encoding
    first = next(csv.reader(io.StringIO(text.splitlines()[0])), [])
    if is_header(first):
        return "csv", encoding
    if len(first) == COLUMNS and first[0].strip().isdigit():
        return "sdn-csv", encoding
    if len(first) == 5 and first[0].strip().isdigit():
        return "sdn-alt", encoding  # OFAC alt.csv: aliases of sdn.csv's entries
    raise IngestError(str(path), "not a list layout sourcebook knows", HINT)


def _encoding(head: bytes) -> str:
    """UTF-8 when the sample decodes as it (a cut character at the end is forgiven), else
    Windows-1252, which older list exports use."""
    try:
        head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:
            return "cp1252"
    return "utf-8-sig"
