"""`sourcebook matches`: the last screening's matches, and a reviewer's say over each."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer
from rich.table import Table

from sourcebook.cli.common import DbOption, JsonOption, named_entity, open_existing, out
from sourcebook.errors import NotFound
from sourcebook.store import DEFAULT_DB


def register(app: typer.Typer) -> None:
    matches = typer.Typer(rich_markup_mode="markdown")  # help: list_matches's docstring
    matches.callback(invoke_without_command=True)(list_matches)
    matches.command("confirm")(confirm)
    matches.command("dismiss")(dismiss)
    app.add_typer(matches, name="matches")


def list_matches(
    context: typer.Context, db: DbOption = DEFAULT_DB, as_json: JsonOption = False
) -> None:
    """List the watch-list matches of the last `sourcebook screen`, with your decisions.

    A match you **confirm** stays confirmed, and one you **dismiss** stays dismissed, through
    every later screen and build: the report leaves dismissed ones out.

    Example: sourcebook matches dismiss "Li Wei" ofac-sdn-12345
    """
    if context.invoked_subcommand is not None:
        return
    store = open_existing(db)
    try:
        found = store.screening()
        names = {e.id: e.name for e in store.entities(limit=None)}
    finally:
        store.close()
    if as_json:
        out.print_json(json.dumps([asdict(r) for r in found], ensure_ascii=False))
        return
    table = Table(title=f"watch-list matches, {db}", title_justify="left")
    for column in ("entity", "entry", "listed as", "list", "score", "decision"):
        table.add_column(column)
    for r in found:
        kind = "firm" if r.match else "possible"
        table.add_row(names.get(r.entity, r.entity), r.entry_id, r.entry_name, r.list,
                      f"{r.score:.2f} {kind}", r.decision or "")  # fmt: skip
    out.print(table)
    if not found:
        out.print("no matches stored: run `sourcebook screen LIST...` first")


def confirm(
    entity: Annotated[str, typer.Argument(help="The entity: its name or id.")],
    entry: Annotated[str, typer.Argument(help="The list entry's id, as `matches` shows it.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Confirm a match: this entity is the listed party.

    Example: sourcebook matches confirm "Tomas Renko" FCSL-IND-0377
    """
    _decide(entity, entry, "confirmed", db)


def dismiss(
    entity: Annotated[str, typer.Argument(help="The entity: its name or id.")],
    entry: Annotated[str, typer.Argument(help="The list entry's id, as `matches` shows it.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Dismiss a match: a namesake, not the listed party.

    Example: sourcebook matches dismiss "Li Wei" ofac-sdn-12345
    """
    _decide(entity, entry, "dismissed", db)


def _decide(ref: str, entry: str, decision: str, db: str) -> None:
    store = open_existing(db)
    try:
        entity = named_entity(store, ref)
        if not any(r.entity == entity.id and r.entry_id == entry for r in store.screening()):
            raise NotFound(
                f"no stored match of {entity.name!r} with list entry {entry!r}",
                "see `sourcebook matches`",
            )
        store.decide_match(entity.id, entry, decision)
    finally:
        store.close()
    out.print(f"{decision}: {entity.name} as list entry {entry}")
