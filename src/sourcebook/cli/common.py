"""What every command shares: the database option, consoles, and error printing."""

from __future__ import annotations

import os
from typing import Annotated

import typer
from rich.console import Console

from sourcebook.errors import NotFound
from sourcebook.records import Entity
from sourcebook.store import open_store
from sourcebook.store.base import Store

out = Console(highlight=False)  # results: stdout
err = Console(stderr=True, highlight=False)  # progress, warnings and errors: stderr

DbOption = Annotated[
    str,
    typer.Option(
        "--db",
        envvar="SOURCEBOOK_DB",
        help="Corpus database: a SQLite file path (a postgresql:// URL selects server mode).",
        show_default=True,
    ),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="Print JSON for other programs instead of tables.")
]


def open_existing(db: str) -> Store:
    return open_store(db, create=False)


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def named_entity(store: Store, ref: str) -> Entity:
    """The entity a user names (an id, a name or an alias, any case), or a clear error."""
    entity = store.entity(ref)
    if entity is None:
        raise NotFound(
            f"no entity named {ref!r}", "list them with `sourcebook entities --name PART`"
        )
    return entity
