"""`sourcebook search`: ranked passages with the match highlighted."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from typing import Annotated

import typer
from rich.text import Text

from sourcebook.cli.common import DbOption, JsonOption, err, open_existing, out
from sourcebook.store import DEFAULT_DB
from sourcebook.store.base import SearchFilters, SearchHit
from sourcebook.text.snippets import snippet

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def register(app: typer.Typer) -> None:
    app.command("search")(search)


def _date(value: str | None, option: str) -> str | None:
    if value is not None and not _DATE.match(value):
        err.print(
            f"[bold red]error:[/] {option} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}"
        )
        raise typer.Exit(2)
    return value


def search(
    query: Annotated[
        str,
        typer.Argument(help='Words, "exact phrases", prefix*, AND / OR / NOT, -word, (groups).'),
    ],
    source: Annotated[
        str | None,
        typer.Option("--source", help="Only documents whose outlet or issuer contains this."),
    ] = None,
    language: Annotated[
        str | None,
        typer.Option("--language", help="Only documents in this language (ISO code: en, zh, ...)."),
    ] = None,
    after: Annotated[
        str | None, typer.Option("--after", help="Only documents published on or after this date.")
    ] = None,
    before: Annotated[
        str | None,
        typer.Option("--before", help="Only documents published on or before this date."),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most passages shown.")] = 20,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Find passages that match a query, best first, with the match highlighted.

    Words match in any case and without accents; Chinese matches in simplified or traditional
    characters alike. Words side by side must all match; OR offers alternatives; NOT or a
    leading - excludes.

    Example: sourcebook search '"port contract" OR harbour* -draft' --after 2021-01
    """
    filters = SearchFilters(
        source=source,
        language=language,
        after=_date(after, "--after"),
        before=_date(before, "--before"),
    )
    store = open_existing(db)
    try:
        hits = store.search(query, filters, limit=limit)
    finally:
        store.close()
    if as_json:
        out.print_json(json.dumps([_hit_json(hit) for hit in hits], ensure_ascii=False))
        return
    if not hits:
        err.print(f"no passages match {query!r}")
        return
    for rank, hit in enumerate(hits, 1):
        print_hit(rank, hit)


def _hit_json(hit: SearchHit) -> dict[str, object]:
    record = asdict(hit)
    record["snippet"], _ = snippet(hit.text, hit.highlights)
    return record


def print_hit(rank: int, hit: SearchHit) -> None:
    header = Text(f"{rank}. ", style="bold")
    header.append(hit.title or hit.path, style="bold")
    details = [part for part in (hit.source, hit.published) if part]
    if details:
        header.append("  " + " · ".join(details), style="cyan")
    out.print(header)
    where = hit.path + (f"  p. {hit.page}" if hit.page else "") + f"  [{hit.document}]"
    out.print(Text("   " + where, style="dim"))
    window, spans = snippet(hit.text, hit.highlights)
    body = Text("   " + window)
    for start, end in spans:
        body.stylize("bold yellow", start + 3, end + 3)
    out.print(body)
    out.print()
