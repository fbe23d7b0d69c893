"""`sourcebook status`: what the corpus holds."""

from __future__ import annotations

import json
from dataclasses import asdict

import typer
from rich.table import Table

from sourcebook.cli.common import DbOption, JsonOption, open_existing, out
from sourcebook.store import DEFAULT_DB
from sourcebook.store.base import CorpusCounts


def register(app: typer.Typer) -> None:
    app.command("status")(status)


def status(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Count the corpus's documents, duplicates, passages and failed files.

    Example: sourcebook status --db leak.db
    """
    store = open_existing(db)
    try:
        counts = store.counts()
        failures = store.failures()
    finally:
        store.close()
    if as_json:
        record = asdict(counts)
        record["failed_files"] = [asdict(failure) for failure in failures]
        out.print_json(json.dumps(record, ensure_ascii=False))
        return
    print_counts(counts, db)
    for failure in failures:
        hint = f" ({failure.hint})" if failure.hint else ""
        out.print(f"[red]failed[/] {failure.path}: {failure.reason}{hint}", soft_wrap=True)


def print_counts(counts: CorpusCounts, db: str) -> None:
    table = Table(title=f"corpus {db}", title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in (
        ("documents", counts.documents),
        ("exact duplicates (not stored twice)", counts.duplicates),
        ("near-duplicate pairs", counts.near_duplicate_pairs),
        ("passages indexed", counts.passages),
        ("characters of clean text", counts.characters),
        ("files that failed", counts.failures),
    ):
        table.add_row(label, f"{value:,}")
    out.print(table)
    for title, groups in (
        ("type", counts.by_media_type),
        ("language", counts.by_language),
        ("source", counts.by_source),
    ):
        breakdown = Table(title=f"documents by {title}", title_justify="left")
        breakdown.add_column(title)
        breakdown.add_column("documents", justify="right")
        for key, value in list(groups.items())[:12]:
            breakdown.add_row(key, f"{value:,}")
        out.print(breakdown)
