"""`sourcebook show`: one document's clean text and metadata, what cleaning dropped, and what
analysis found in it, marked in place so each finding is read in its passage."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from sourcebook.cli.common import DbOption, JsonOption, open_existing, out
from sourcebook.records import Annotations, Document
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
    """Print a document's clean text and metadata, with the names, quotes, figures, dates and
    cited sources that analysis found marked in the text.

    Example: sourcebook show memo.pdf --removed   (or --json for the records themselves)
    """
    store = open_existing(db)
    try:
        doc = store.get_document(doc_ref)
        original = store.get_document(doc.duplicate_of) if doc.duplicate_of else None
        links = store.near_duplicate_links(doc.id)
        children = store.children(doc.id)
        if as_json:
            record = asdict(doc)
            found = asdict(store.get_annotations(doc.id))
            for kind in KINDS:
                record[kind] = found[kind]
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
        annotations = store.get_annotations(doc.id)
        out.print(_text(doc, removed, annotations))
        out.print()
        out.print(_legend(annotations))
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


KINDS = ("mentions", "quotes", "claims", "events", "citations")

#: How each kind of finding is marked; later ones are drawn over earlier ones where they overlap.
STYLES = {
    "quotes": "green",
    "claims": "bold yellow",
    "events": "underline magenta",
    "mentions": "bold cyan",
}


def _text(doc: Document, with_removed: bool, annotations: Annotations) -> Text:
    text = Text(doc.text)
    for kind, style in STYLES.items():
        for found in getattr(annotations, kind):
            text.stylize(style, found.start, found.end)
    if not with_removed or not doc.removed:
        return text
    removed = sorted(doc.removed, key=lambda span: span.at)
    cuts = sorted({min(max(span.at, 0), len(doc.text)) for span in removed})
    pieces = iter(text.divide(cuts))  # keeps the marks, offsets into the clean text
    shown = Text()
    position = 0
    for span in removed:
        at = min(max(span.at, position), len(doc.text))
        while position < at:
            piece = next(pieces)
            shown.append_text(piece)
            position += len(piece)
        shown.append(f"\n[removed: {span.reason}] ", style="bold red")
        shown.append(span.text.strip(), style="dim strike")
        shown.append("\n")
    for piece in pieces:
        shown.append_text(piece)
    return shown


def _legend(annotations: Annotations) -> Text:
    """One line naming each mark, with how many the document has."""
    legend = Text("marked: ", style="dim")
    for kind, style in reversed(STYLES.items()):
        name = "dates" if kind == "events" else kind
        legend.append(f"{name} ({len(getattr(annotations, kind))})", style=style)
        legend.append("  ")
    legend.append(f"cited sources: {len(annotations.citations)}", style="dim")
    return legend
