"""`sourcebook timeline`: dated events in date order, each with the sentence that dates it."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer
from rich.table import Table

from sourcebook.cli.common import DbOption, JsonOption, named_entity, open_existing, out
from sourcebook.records import Event
from sourcebook.report.cite import excerpt, show_date
from sourcebook.store import DEFAULT_DB

_SHOWN = 160  # characters of the dating sentence shown


def register(app: typer.Typer) -> None:
    app.command("timeline")(timeline)


def timeline(
    entity: Annotated[
        str | None,
        typer.Option("--entity", help="Only events whose sentence names this entity (name or id)."),
    ] = None,
    after: Annotated[str | None, typer.Option("--after", help="From this ISO date on.")] = None,
    before: Annotated[str | None, typer.Option("--before", help="Up to this ISO date.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="Most rows shown.")] = 200,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """List dated events in date order, each with its sentence and document.

    A date keeps the precision its words give ("in March" is March 2026, not 1 March);
    relative dates ("on Saturday", "last week") are worked out from the document's
    publication date and marked "relative". Dates analysis could not resolve are left out.

    Example: sourcebook timeline --entity "Samuel Okafor" --after 2026-02-01
    """
    store = open_existing(db)
    try:
        names = None
        if entity is not None:
            found = named_entity(store, entity)
            names = {found.name, *found.aliases}
        events = sorted(
            (e for _, e in store.numbered("events") if isinstance(e, Event) and e.date),
            key=lambda e: (e.date or "", e.document, e.start),
        )
        events = [
            e
            for e in events
            if (names is None or names & set(e.entities)) and _within(e.date or "", after, before)
        ][:limit]
        documents = {d: store.get_document(d) for d in {e.document for e in events}}
    finally:
        store.close()
    if as_json:
        out.print_json(json.dumps([asdict(e) for e in events], ensure_ascii=False))
        return
    table = Table(title=f"timeline, {db}", title_justify="left")
    for column in ("date", "what", "where", "how"):
        table.add_column(column)
    for e in events:
        doc = documents[e.document]
        span = None
        if e.sentence_start is not None and e.sentence_end is not None:
            span = (e.sentence_start, e.sentence_end)
        what = excerpt(doc.text, e.start, e.end, span)
        what = what if len(what) <= _SHOWN else what[:_SHOWN] + "…"
        date = show_date(e.date, e.precision.value if e.precision else None) or ""
        if e.end_date:
            date += f" – {show_date(e.end_date)}"
        where = f"{doc.source or doc.title or doc.path} ({e.start}–{e.end})"
        table.add_row(date, what, where, e.resolution.value)
    out.print(table)
    if not events:
        out.print("no dated event found (or none matches)")


def _within(date: str, after: str | None, before: str | None) -> bool:
    """Whether a date at its precision can fall in the range: "2026-03" is after "2026-03-10"
    as far as anyone knows, so it stays."""
    if after is not None and date[: len(after)] < after[: len(date)]:
        return False
    return before is None or date[: len(before)] <= before[: len(date)]
