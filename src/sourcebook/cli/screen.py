"""`sourcebook screen`: which of the corpus's people and bodies a watch list names, and why."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress
from rich.table import Table

from sourcebook.cli.common import (
    DbOption,
    JsonOption,
    default_workers,
    err,
    open_existing,
    out,
)
from sourcebook.errors import IngestError, SourcebookError
from sourcebook.screen.entries import ListEntry
from sourcebook.store import DEFAULT_DB


def register(app: typer.Typer) -> None:
    app.command("screen")(screen)


def screen(
    lists: Annotated[
        list[Path],
        typer.Argument(
            metavar="LIST...",
            help="List files: FollowTheMoney JSON lines, OFAC sdn.csv or sdn.xml, or a CSV "
            "with a name,aliases,type,list,program,reference header.",
        ),
    ],
    firm: Annotated[
        bool, typer.Option("--firm", help="Only firm matches, not possible ones.")
    ] = False,
    threshold: Annotated[
        float,
        typer.Option(
            min=0.0,
            max=1.0,
            help="Lowest score kept as a possible match; from 0.9 a match is firm. Lower it to "
            "see more look-alikes, raise it for fewer.",
        ),
    ] = 0.7,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            help="Processes that screen a large corpus at once (default: one per CPU, up to 8).",
        ),
    ] = None,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Match every person and organisation of the corpus against watch lists you provide.

    Lists are read from files only: nothing is looked up or sent anywhere. Each match shows
    its score and the reasons behind it ("family name renko equal; given name tomas equal";
    "Aktiengesellschaft is the legal form AG"); a **firm** match (0.9 or more) is the same
    name or nearly, a **possible** one is for you to check. A shared family name alone is
    never a match, and a person never matches a company.

    The matches are kept in the database, in place of the last screening's: `sourcebook
    export` lists them under `screening`, `sourcebook report` marks the people and bodies they
    name, and `sourcebook matches` confirms or dismisses them. `--json` answers in the shape
    of yente's /match API, one response per entity.

    Example: sourcebook screen sdn.csv opensanctions.ftm.json --db leak.db
    """
    from sourcebook.export.yente import yente_matches
    from sourcebook.screen.match import FIRM
    from sourcebook.screen.match import screen as match_entities

    entries = read_lists(lists)
    store = open_existing(db)
    try:
        entities = store.entities(limit=None)
        with Progress(*Progress.get_default_columns(), console=err, transient=True) as bar:
            task = bar.add_task("screening", total=len(entities))
            found = match_entities(
                entities,
                entries,
                threshold,
                workers=workers or default_workers(),
                progress=lambda done: bar.advance(task, done),
            )
        store.replace_screening([m.result() for m in found])  # the export and report show them
    finally:
        store.close()
    found = [m for m in found if m.match or not firm]
    if as_json:
        answer = yente_matches(found, entities, threshold=FIRM)
        out.print_json(json.dumps(answer, ensure_ascii=False))
        return
    table = Table(title=f"watch-list matches, {db}", title_justify="left")
    for column in ("entity", "listed as", "list", "programme", "score", "why"):
        table.add_column(column, justify="right" if column == "score" else "left")
    for m in found:
        verdict = "[red]firm[/]" if m.match else "[yellow]possible[/]"
        table.add_row(
            m.entity_name,
            m.entry.name,
            m.entry.list,
            m.entry.program or "",
            f"{m.score:.2f} {verdict}",
            "; ".join(m.explanations),
        )
    out.print(table)
    if not found:
        out.print("no person or organisation of the corpus is on these lists")


def read_lists(paths: list[Path]) -> list[ListEntry]:
    """Every entry of every list; a list that cannot be read is reported and the others go
    on. OFAC's alt.csv joins the sdn.csv given with it."""
    from sourcebook.screen.lists import read_list, sniff

    layouts: dict[Path, str] = {}
    for path in paths:
        try:
            layouts[path] = sniff(path)[0]
        except IngestError as exc:
            err.print(f"[red]not read[/] {exc}", soft_wrap=True)
    alts = [p for p, layout in layouts.items() if layout == "sdn-alt"]
    sdns = [p for p, layout in layouts.items() if layout == "sdn-csv"]
    alt = alts[0] if len(alts) == 1 and len(sdns) == 1 else None
    entries: list[ListEntry] = []
    for path, layout in layouts.items():
        if path == alt:
            continue
        try:
            read = read_list(path, alt=alt if layout == "sdn-csv" else None)
        except IngestError as exc:
            err.print(f"[red]not read[/] {exc}", soft_wrap=True)
            continue
        entries.extend(read.entries)
        joined = f", aliases from {alt}" if alt and layout == "sdn-csv" else ""
        err.print(f"{path}: {len(read.entries):,} entries ({read.layout}{joined})")
        for error in read.errors:
            err.print(f"[yellow]skipped[/] {error}", soft_wrap=True)
    if not entries:
        raise SourcebookError("no list entry could be read", "check the files named above")
    return entries
