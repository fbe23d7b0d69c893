"""`sourcebook show`: one document's clean text and metadata, and what cleaning dropped."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from sourcebook.cli.common import DbOption, JsonOption, open_existing, out
from sourcebook.records import Document
from sourcebook.store import DEFAULT_DB
from sourcebook.store.base import Store


def register(app: typer.Typer) -> None:
    app.command("show")(show)


def show(
    doc_ref: Annotated[
        str,
        typer.Argument(
            metavar="DOC", help="Document id (or its first characters), path or file name."
        ),
    ],
    removed: Annotated[
        bool,
        typer.Option("--removed", help="Also show, in place, the boilerplate cleaning dropped."),
    ] = False,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Print a document's clean text and metadata.

    Example: sourcebook show memo.pdf --removed
    """
    store = open_existing(db)
    try:
        doc = store.get_document(doc_ref)
        original = store.get_document(doc.duplicate_of) if doc.duplicate_of else None
        links = store.near_duplicate_links(doc.id)
        children = store.children(doc.id)
        if as_json:
            record = asdict(doc)
            record["near_duplicates"] = [{"document": d, "similarity": s} for d, s in links]
            record["children"] = [child.id for child in children]
            out.print_json(json.dumps(record, ensure_ascii=False, default=str))
            return
        out.print(_metadata(doc, links, children, store))
        if original is not None:
            out.print(
                Text(
                    f"exact duplicate of {original.id} ({original.path}); its text:", style="yellow"
                )
            )
            doc = original
        out.print()
        out.print(_text(doc, removed))
    finally:
        store.close()


def _metadata(
    doc: Document, links: list[tuple[str, float]], children: list[Document], store: Store
) -> Table:
    table = Table(show_header=False, box=None, padding=(0, 1))
    table.add_column(style="bold cyan")
    table.add_column()
    rows: list[tuple[str, str | None]] = [
        ("id", doc.id),
        ("path", doc.path),
        ("type", doc.media_type),
        ("title", doc.title),
        ("source", doc.source),
        ("author", doc.author),
        (
            "published",
            f"{doc.published} ({doc.published_precision.value})"
            if doc.published and doc.published_precision
            else doc.published,
        ),
        ("language", doc.language),
        ("pages", str(len(doc.pages)) if doc.pages else None),
        ("inside", doc.parent),
        ("duplicate of", doc.duplicate_of),
        (
            "removed",
            f"{len(doc.removed)} blocks (show them with --removed)" if doc.removed else None,
        ),
    ]
    rows += [(key, value) for key, value in sorted(doc.metadata.items())]
    rows += [
        ("near duplicate", f"{other} (similarity {similarity:.2f})") for other, similarity in links
    ]
    rows += [("contains", f"{child.id}  {child.path.rsplit('!', 1)[-1]}") for child in children]
    rows += [("warning", problem) for problem in doc.errors]
    for key, value in rows:
        if value:
            table.add_row(key, value)
    return table


def _text(doc: Document, with_removed: bool) -> Text:
    if not with_removed or not doc.removed:
        return Text(doc.text)
    text = Text()
    position = 0
    for span in sorted(doc.removed, key=lambda span: span.at):
        at = min(max(span.at, position), len(doc.text))
        text.append(doc.text[position:at])
        text.append(f"\n[removed: {span.reason}] ", style="bold red")
        text.append(span.text.strip(), style="dim strike")
        text.append("\n")
        position = at
    text.append(doc.text[position:])
    return text
