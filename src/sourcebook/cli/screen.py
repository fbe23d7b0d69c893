"""`sourcebook screen`: which of the corpus's people and bodies a watch list names, and why."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from sourcebook.cli.common import DbOption, JsonOption, err, open_existing, out
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
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Match every person and organisation of the corpus against watch lists you provide.

    Lists are read from files only: nothing is looked up or sent anywhere. Each match shows
    its score and the reasons behind it ("family name equal, given name equal after pinyin
    folding"); a **firm** match is the same name once folded, a **possible** one is for you to
    check. A shared family name alone is never a match, and a person never matches a company.

    The matches are kept in the database, in place of the last screening's: `sourcebook
    export` lists them under `screening` and `sourcebook report` marks the people and bodies
    they name.

    Example: sourcebook screen sdn.csv opensanctions.ftm.json --db leak.db
    """
    from sourcebook.screen.lists import read_list
    from sourcebook.screen.match import POSSIBLE
    from sourcebook.screen.match import screen as match_entities

    entries = []
    for path in lists:
        read = read_list(path)
        entries.extend(read.entries)
        err.print(f"{path}: {len(read.entries):,} entries ({read.layout})")
        for error in read.errors:
            err.print(f"[yellow]skipped[/] {error}", soft_wrap=True)
    store = open_existing(db)
    try:
        found = match_entities(store.entities(limit=None), entries, POSSIBLE)
        store.replace_screening([m.result() for m in found])  # the export and report show them
    finally:
        store.close()
    found = [m for m in found if m.match or not firm]
    if as_json:  # the shape of yente's /match results, one query per entity
        by_entity: dict[str, dict[str, object]] = {}
        for m in found:
            query = by_entity.setdefault(m.entity, {"entity": m.entity, "name": m.entity_name,
                                                    "results": []})  # fmt: skip
            query["results"].append(  # type: ignore[attr-defined]
                {
                    "id": m.entry.id,
                    "caption": m.entry.name,
                    "schema": "Person" if m.entry.kind == "person" else "Organization",
                    "score": m.score,
                    "match": m.match,
                    "datasets": [m.entry.list],
                    "program": m.entry.program,
                    "reference": m.entry.reference,
                    "source": m.entry.source,
                    "matched": list(m.matched),
                    "explanations": list(m.explanations),
                }
            )
        out.print_json(json.dumps(list(by_entity.values()), ensure_ascii=False))
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
