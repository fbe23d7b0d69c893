"""`sourcebook entities`: the people, bodies and places the corpus names, and a reviewer's say
over which names are one."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer
from rich.table import Table

from sourcebook.cli.common import DbOption, JsonOption, named_entity, open_existing, out
from sourcebook.records import Decision, DecisionKind, Entity
from sourcebook.store import DEFAULT_DB
from sourcebook.store.base import Store

_ALIASES_SHOWN = 4


def register(app: typer.Typer) -> None:
    entities = typer.Typer(rich_markup_mode="markdown")  # help: list_entities's docstring
    entities.callback(invoke_without_command=True)(list_entities)
    entities.command("merge")(merge)
    entities.command("split")(split)
    app.add_typer(entities, name="entities")


def list_entities(
    context: typer.Context,
    kind: Annotated[
        str | None,
        typer.Option("--type", help="Only this type: PERSON, ORG, GPE, LOC, NORP, LAW, ..."),
    ] = None,
    name: Annotated[
        str | None, typer.Option("--name", help="Only entities with this in a name or alias.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", help="Most rows shown.")] = 50,
    evidence: Annotated[
        bool, typer.Option("--evidence", help="Also say why each entity's names were joined.")
    ] = False,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """List entities across all documents, most mentioned first.

    Every name a document used becomes part of one entity: "Dana Okafor", "Ms Okafor" and
    "Interior Minister Dana Okafor" are one person; "李克強" and "Li Keqiang" too. Two people
    who share only a family name stay apart. When the rules get it wrong, `merge` and `split`
    record your decision, and every later build keeps it.

    Example: sourcebook entities --type PERSON --name okafor --evidence
    """
    if context.invoked_subcommand is not None:
        return
    store = open_existing(db)
    try:
        found = store.entities(kind, name, limit)
    finally:
        store.close()
    if as_json:
        out.print_json(json.dumps([asdict(e) for e in found], ensure_ascii=False))
        return
    table = Table(title=f"entities in {db}", title_justify="left")
    for column in ("id", "type", "name", "mentions", "documents", "also written"):
        table.add_column(column, justify="right" if column in ("mentions", "documents") else "left")
    for entity in found:
        shown = ", ".join(entity.aliases[:_ALIASES_SHOWN])
        more = len(entity.aliases) - _ALIASES_SHOWN
        table.add_row(
            entity.id,
            entity.type,
            entity.name,
            f"{entity.mentions:,}",
            f"{len(entity.documents):,}",
            shown + (f" (+{more})" if more > 0 else ""),
        )
    out.print(table)
    if evidence:
        for entity in found:
            for line in entity.evidence:
                out.print(f"[bold]{entity.name}[/]: {line}", soft_wrap=True)
    if not found:
        out.print("no entities: build the corpus first, or loosen --type / --name")


_NameArg = Annotated[str, typer.Argument(help="An entity id, name or alias.", show_default=False)]


def merge(a: _NameArg, b: _NameArg, db: DbOption = DEFAULT_DB) -> None:
    """Make two names one entity, whatever the rules say; later builds keep it.

    Example: sourcebook entities merge "M. Ilves" "Mart Ilves"
    """
    _decide(DecisionKind.MERGE, a, b, db)


def split(a: _NameArg, b: _NameArg, db: DbOption = DEFAULT_DB) -> None:
    """Keep two names apart, whatever the rules say; later builds keep it.

    Example: sourcebook entities split "Li Wei" "Wei Li"
    """
    _decide(DecisionKind.SPLIT, a, b, db)


def _decide(kind: DecisionKind, a: str, b: str, db: str) -> None:
    store = open_existing(db)
    try:
        names = [_name(store, ref) for ref in (a, b)]
        store.add_decision(Decision(kind, *names))
        from sourcebook.build import BuildReport, corpus_steps  # kept out of CLI start-up

        corpus_steps(store, BuildReport())  # clusters and verdicts read entities: all redone
        first, second = (store.entity(name) for name in names)
    finally:
        store.close()
    verb = "merged" if kind is DecisionKind.MERGE else "kept apart"
    out.print(f"{verb}: {names[0]} and {names[1]} (recorded; every later build keeps it)")
    for entity in dict.fromkeys(e for e in (first, second) if e is not None):
        _print_one(entity)


def _name(store: Store, ref: str) -> str:
    """The name as written, when `ref` is one; an entity's own name when `ref` is its id."""
    entity = named_entity(store, ref)
    return entity.name if ref == entity.id else ref


def _print_one(entity: Entity) -> None:
    also = f" — also {', '.join(entity.aliases)}" if entity.aliases else ""
    out.print(f"  {entity.id} {entity.type} {entity.name}{also}", soft_wrap=True)
