"""`sourcebook report`: a fact sheet an editor or a lawyer can check line by line."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sourcebook.cli.common import DbOption, err, open_existing
from sourcebook.store import DEFAULT_DB


def register(app: typer.Typer) -> None:
    app.command("report")(report)


def report(
    out_path: Annotated[
        Path, typer.Argument(metavar="OUT", help="OUT.md for Markdown, OUT.html for a web page.")
    ],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write a fact sheet: key people and organisations, quotes by speaker, figures with their
    verdicts, contested statements and a timeline, each line citing its document and passage.

    The HTML page is self-contained (no scripts, nothing fetched) and prints cleanly.

    Example: sourcebook report port-cassin.html
    """
    from sourcebook.export.contract import export
    from sourcebook.report.write import write_report

    store = open_existing(db)
    try:
        data = export(store)
    finally:
        store.close()
    out_path.parent.mkdir(parents=True, exist_ok=True)
    write_report(data, out_path)
    err.print(f"wrote {out_path}")
