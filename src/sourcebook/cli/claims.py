"""`sourcebook claims`: each figure the corpus states, how its sources agree, and why."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Annotated

import typer
from rich.table import Table

from sourcebook.cli.common import DbOption, JsonOption, open_existing, out
from sourcebook.records import Claim, ClaimCluster
from sourcebook.store import DEFAULT_DB

VERDICTS = ("agree", "compatible", "differing-measure", "conflict", "single")
COLOURS = {"conflict": "red", "compatible": "yellow", "agree": "green", "single": "dim"}
_WORDINGS = 4  # distinct wordings shown per cluster


def register(app: typer.Typer) -> None:
    app.command("claims")(claims)


def claims(
    verdict: Annotated[
        str | None,
        typer.Option("--verdict", help="Only this verdict: " + ", ".join(VERDICTS) + "."),
    ] = None,
    about: Annotated[
        str | None, typer.Option("--about", help="Only figures whose label holds these words.")
    ] = None,
    comparisons: Annotated[
        bool,
        typer.Option(
            "--comparisons/--facts-only",
            help="Also list documents' figures of different measures set side by side.",
        ),
    ] = False,
    limit: Annotated[int, typer.Option("--limit", help="Most rows shown.")] = 50,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """List the figures the corpus states, each with its verdict and independent sources.

    One row is one fact however many documents state it and however they word it ("at least
    200", "nearly 300"). The verdict says how they compare: **agree** (same value),
    **compatible** (ranges overlap), **conflict** (no value fits them all), **single** (one
    independent source, however many copies print it), **differing-measure** (one document
    counts different things). Sources counts the documents; independent counts their origins
    once relays, copies and syndicated text are followed back.

    Example: sourcebook claims --verdict conflict
    """
    if verdict is not None and verdict not in VERDICTS:
        raise typer.BadParameter(
            f"{verdict!r} is not one of {', '.join(VERDICTS)}", param_hint="--verdict"
        )
    store = open_existing(db)
    try:
        found = [
            c
            for c in store.claim_clusters(verdict, about, limit=None)
            if comparisons or c.primary or verdict == "differing-measure"
        ][:limit]
        members = store.claims(m for c in found for m in c.members)
    finally:
        store.close()
    if as_json:
        records = [asdict(c) | {"claims": [asdict(members[m]) for m in c.members if m in members]}
                   for c in found]  # fmt: skip
        out.print_json(json.dumps(records, ensure_ascii=False))
        return
    out.print(claims_table(found, members, f"figures and how their sources agree, {db}"))
    if not found:
        out.print("no figure found (or none matches); `sourcebook build` finds them")


def claims_table(found: list[ClaimCluster], members: dict[int, Claim], title: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column in ("fact", "verdict", "sources", "independent", "wordings", "why"):
        table.add_column(
            column, justify="right" if column in ("sources", "independent") else "left"
        )
    for cluster in found:
        colour = COLOURS.get(cluster.verdict, "cyan")
        table.add_row(
            cluster.label,
            f"[{colour}]{cluster.verdict}[/]",
            str(len(cluster.sources)),
            str(cluster.independent_sources),
            wordings([members[m] for m in cluster.members if m in members]),
            cluster.reason,
        )
    return table


def wordings(claims: list[Claim]) -> str:
    seen = list(dict.fromkeys(" ".join(c.text.split()) for c in claims))
    more = f" (+{len(seen) - _WORDINGS} more)" if len(seen) > _WORDINGS else ""
    return "; ".join(seen[:_WORDINGS]) + more
