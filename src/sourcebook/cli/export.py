"""`sourcebook export`: the corpus's findings for other tools, each record with its passage."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sourcebook.cli.common import DbOption, err, open_existing
from sourcebook.store import DEFAULT_DB


class Format(StrEnum):
    JSON = "json"
    CSV = "csv"
    FTM = "ftm"
    TIMELINEJS = "timelinejs"


def register(app: typer.Typer) -> None:
    app.command("export")(export)


def export(
    out_path: Annotated[
        Path, typer.Argument(metavar="OUT", help="File to write (a folder for --format csv).")
    ],
    form: Annotated[Format, typer.Option("--format", help="What to write.")] = Format.JSON,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write everything the build found, every record with its document and character span.

    - **json**: one object in the export contract (docs/reference/export.md, JSON Schema in
      docs/reference/export.schema.json): documents, entities, mentions, quotes, claims,
      clusters with verdicts, events, citations, contested statements.
    - **csv**: one CSV per record type in the folder OUT.
    - **ftm**: FollowTheMoney entities, one per line, for Aleph (`ftm store write` / `alephclient`).
    - **timelinejs**: the dated events as a TimelineJS timeline, dates kept at their precision.

    Example: sourcebook export --format csv findings/
    """
    from sourcebook.export.contract import export as contract

    store = open_existing(db)
    try:
        data = contract(store)
    finally:
        store.close()
    if form is Format.CSV:
        from sourcebook.export.csv_tables import write_csv

        written = write_csv(data, out_path)
        err.print(f"wrote {len(written)} CSV files to {out_path}")
        return
    out_path.parent.mkdir(parents=True, exist_ok=True)
    if form is Format.FTM:
        from sourcebook.export.ftm import write_ftm

        err.print(f"wrote {write_ftm(data, out_path):,} FollowTheMoney entities to {out_path}")
        return
    if form is Format.TIMELINEJS:
        from sourcebook.export.timelinejs import timelinejs

        data = timelinejs(data)
    out_path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    err.print(f"wrote {out_path}")
