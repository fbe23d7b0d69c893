"""`sourcebook quotes`: statements quoted in several documents, with who they are attributed to."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer
from rich.table import Table

from sourcebook.cli.common import DbOption, JsonOption, named_entity, open_existing, out
from sourcebook.store import DEFAULT_DB
from sourcebook.store.base import Store

_SHOWN = 90  # characters of a statement shown in the table


def register(app: typer.Typer) -> None:
    app.command("quotes")(quotes)


def quotes(
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Only statements of this entity (name or id).")
    ] = None,
    disputed: Annotated[
        bool,
        typer.Option("--disputed", help="Only statements papers attribute to different people."),
    ] = False,
    limit: Annotated[int, typer.Option("--limit", help="Most rows shown.")] = 50,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """List statements quoted in more than one document, most widely quoted first.

    A statement is one cluster however it was cut or reworded; its speaker is the one most
    documents name. `--disputed` shows those that documents attribute to different people:
    one of them has the speaker wrong.

    Example: sourcebook quotes --speaker "Teodor Lenz"
    """
    store = open_existing(db)
    try:
        who = None if speaker is None else named_entity(store, speaker).id
        found = store.quote_clusters(who, disputed, limit)
        names = {c.speaker: _name(store, c.speaker) for c in found}
    finally:
        store.close()
    if as_json:
        records = [asdict(c) | {"speaker_name": names[c.speaker]} for c in found]
        out.print_json(json.dumps(records, ensure_ascii=False))
        return
    table = Table(title=f"statements quoted in several documents, {db}", title_justify="left")
    for column in ("cluster", "speaker", "documents", "quotes", "words"):
        table.add_column(column, justify="right" if column in ("documents", "quotes") else "left")
    for cluster in found:
        words = cluster.text if len(cluster.text) <= _SHOWN else cluster.text[:_SHOWN] + "…"
        speaker_cell = names[cluster.speaker] or "unknown"
        if cluster.speakers_differ:
            speaker_cell += " [red](attributed to others too)[/]"
        table.add_row(
            cluster.id, speaker_cell, str(len(cluster.documents)), str(len(cluster.members)), words
        )
    out.print(table)
    if not found:
        out.print("no statement is quoted in more than one document (or none matches)")


def _name(store: Store, speaker: str | None) -> str | None:
    """An entity's name for its id; words analysis gave stay as they are."""
    if speaker is None:
        return None
    entity = store.entity(speaker)
    return entity.name if entity is not None else speaker
