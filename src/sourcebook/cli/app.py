"""The `sourcebook` command: one verb per job."""

from __future__ import annotations

import sys

import typer

from sourcebook.cli import (
    build,
    claims,
    conflicts,
    demo,
    entities,
    export,
    matches,
    quotes,
    report,
    screen,
    search,
    show,
    status,
    timeline,
)
from sourcebook.cli.common import err
from sourcebook.errors import SourcebookError

app = typer.Typer(
    name="sourcebook",
    help=(
        "Turn a pile of documents into facts you can publish and defend.\n\n"
        "Start with `sourcebook build FOLDER`, then `sourcebook search WORDS`. "
        "Everything stays on this machine: no network, no telemetry."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)
for module in (
    build, search, show, entities, quotes, claims, timeline, conflicts, report, export, screen,
    matches, status, demo,
):  # fmt: skip
    module.register(app)


def main() -> None:
    try:
        app()
    except SourcebookError as exc:
        err.print(f"[bold red]error:[/] {exc}", markup=True, soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print(
            "interrupted: every document committed so far is kept; run the same command to go on"
        )
        sys.exit(130)
