"""`sourcebook conflicts`: where sources contradict each other, each side with its passage."""

from __future__ import annotations

import json
from dataclasses import asdict

import typer
from rich.table import Table

from sourcebook.cli.claims import claims_table
from sourcebook.cli.common import DbOption, JsonOption, open_existing, out
from sourcebook.store import DEFAULT_DB

_SHOWN = 140


def register(app: typer.Typer) -> None:
    app.command("conflicts")(conflicts)


def conflicts(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """List what the sources disagree on: figures no value can satisfy, official denials set
    against what they deny, different explanations of one event, and statements papers
    attribute to different people.

    Each side keeps the document and span it rests on; `sourcebook show DOC` shows it in
    context, `sourcebook report` writes it all up with citations.

    Example: sourcebook conflicts --json > conflicts.json
    """
    store = open_existing(db)
    try:
        figures = store.claim_clusters("conflict", limit=None)
        members = store.claims(m for c in figures for m in c.members)
        contests = store.contests()
        misattributed = store.quote_clusters(differ=True, limit=None)
        titles = {
            d: (doc.source or doc.title or doc.path)
            for d in {s.document for c in contests for s in c.statements}
            for doc in [store.get_document(d)]
        }
    finally:
        store.close()
    if as_json:
        records = {
            "figures": [
                asdict(c) | {"claims": [asdict(members[m]) for m in c.members if m in members]}
                for c in figures
            ],
            "contested": [asdict(c) for c in contests],
            "misattributed_quotes": [asdict(c) for c in misattributed],
        }
        out.print_json(json.dumps(records, ensure_ascii=False))
        return
    if figures:
        out.print(claims_table(figures, members, "figures in conflict"))
    for contest in contests:
        table = Table(title=contest.label, title_justify="left")
        for column in ("who", "stance", "says", "where"):
            table.add_column(column)
        for s in contest.statements:
            says = " ".join(s.text.split())
            says = says if len(says) <= _SHOWN else says[:_SHOWN] + "…"
            where = f"{titles[s.document]} ({s.start}–{s.end})"
            table.add_row(s.speaker or "unknown", s.stance, says, where)
        out.print(table)
    if misattributed:
        table = Table(title="statements attributed to different people", title_justify="left")
        for column in ("cluster", "documents", "words"):
            table.add_column(column)
        for c in misattributed:
            words = c.text if len(c.text) <= _SHOWN else c.text[:_SHOWN] + "…"
            table.add_row(c.id, str(len(c.documents)), words)
        out.print(table)
    if not (figures or contests or misattributed):
        out.print("no conflict found between the sources")
