"""`sourcebook build`: read files, folders and zip archives into the corpus."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from sourcebook.build import BuildReport
from sourcebook.build import build as run_build
from sourcebook.cli.common import DbOption, JsonOption, default_workers, err, out
from sourcebook.cli.progress import FileProgress
from sourcebook.ingest.limits import Limits, MiB
from sourcebook.store import DEFAULT_DB, open_store

DEFAULT_LIMITS = Limits()


def register(app: typer.Typer) -> None:
    app.command("build")(build)


def build(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Files, folders or zip archives to read.", show_default=False),
    ],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            "-w",
            help="Processes reading files in parallel (0: one per core, up to 8).",
        ),
    ] = 0,
    max_file_size: Annotated[
        int, typer.Option("--max-file-size", help="Largest file read, in MiB.")
    ] = DEFAULT_LIMITS.max_file_size // MiB,
    max_archive_size: Annotated[
        int,
        typer.Option("--max-archive-size", help="Most bytes one archive may expand to, in MiB."),
    ] = DEFAULT_LIMITS.max_archive_size // MiB,
    no_analyze: Annotated[
        bool,
        typer.Option(
            "--no-analyze",
            help="Only read files: skip finding names, quotes, claims, dates and citations "
            "(the next build without it analyses what was skipped).",
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Read files, folders and zip archives into the corpus.

    Every file becomes a document with clean text (web boilerplate removed), metadata, language
    and page numbers. Exact duplicates are recorded, not stored twice; near duplicates (one wire
    story in two outlets) are linked. Re-running skips unchanged files and picks up new ones; a
    run stopped half-way keeps everything it committed.

    Then each new or changed document is analysed: names, quotes, claims with their figures,
    dated events and cited sources, shown by `sourcebook show`. Analysis is incremental too; a
    document it fails on is listed with the reason and the build goes on. Last, across
    documents: names are resolved into entities (`sourcebook entities`), quotes into
    statements (`sourcebook quotes`), figures into facts with a verdict and their independent
    sources (`sourcebook claims`), and contested statements are set side by side
    (`sourcebook conflicts`); after new documents, only the clusters near them are redone.

    Example: sourcebook build ~/leak/ articles.zip --db leak.db
    """
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        err.print(f"[bold red]error:[/] no such file or folder: {', '.join(missing)}")
        raise typer.Exit(2)
    limits = Limits(max_file_size=max_file_size * MiB, max_archive_size=max_archive_size * MiB)
    store = open_store(db)
    try:
        with FileProgress("reading") as progress:
            report = run_build(
                store,
                paths,
                limits=limits,
                workers=workers or default_workers(),
                progress=progress,
                analysis_progress=progress.phase("analysing"),
                analyze=not no_analyze,
            )
    finally:
        store.close()
    if as_json:
        out.print_json(json.dumps(asdict(report)))
    else:
        print_report(report, db)


def print_report(report: BuildReport, db: str) -> None:
    table = Table(title=f"built {db}", title_justify="left", show_header=True)
    table.add_column("outcome")
    table.add_column("count", justify="right")
    for label, value in (
        ("ingested", report.ingested),
        ("duplicates", report.duplicates),
        ("unchanged", report.unchanged),
        ("skipped", len(report.skipped)),
        ("failed", len(report.failed)),
        ("analysed", report.analysed),
        ("entities", report.entities),
        ("quote clusters", report.quote_clusters),
        ("facts (claim clusters)", report.claim_clusters),
        ("conflicting figures", report.conflicts),
        ("contested statements", report.contests),
    ):
        style = "red" if label in ("failed", "conflicting figures") and value else ""
        table.add_row(label, f"{value:,}", style=style)
    out.print(table)
    if report.near_duplicates:
        out.print(f"near-duplicate links found: {report.near_duplicates:,}")
    for path, reason in report.skipped:
        out.print(f"[yellow]skipped[/] {path}: {reason}", soft_wrap=True)
    for path, reason in report.failed:
        out.print(f"[red]failed[/] {path}: {reason}", soft_wrap=True)
    rate = report.ingested / report.seconds if report.seconds else 0.0
    out.print(
        f"{report.ingested:,} documents in {report.seconds:.1f}s ({rate:,.1f}/s, "
        f"{report.bytes_read / MiB:,.1f} MiB read)"
        + (
            f"; {report.analysed:,} analysed in {report.analysis_seconds:.1f}s"
            if report.analysed
            else ""
        )
        + (
            f"; {len(report.failed)} failed, each listed above with its reason"
            if report.failed
            else ""
        )
    )
