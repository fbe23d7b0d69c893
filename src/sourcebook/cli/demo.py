"""`sourcebook demo`: build the bundled fictional investigation and show what came out."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sourcebook.build import build as run_build
from sourcebook.cli.build import print_report
from sourcebook.cli.claims import claims_table
from sourcebook.cli.common import default_workers, err, out
from sourcebook.cli.progress import FileProgress
from sourcebook.cli.search import print_hit
from sourcebook.cli.status import print_counts
from sourcebook.errors import NotFound
from sourcebook.store import open_store
from sourcebook.store.base import SearchFilters

SAMPLE_QUERIES = ('"at least 200"', "detained OR detention", "港口")


def corpus_folder() -> Path:
    """The demo corpus in a source checkout (examples/corpus beside src/)."""
    folder = Path(__file__).resolve().parents[3] / "examples" / "corpus"
    if not folder.is_dir():
        raise NotFound(
            f"the demo corpus is not at {folder}",
            "run the demo from a source checkout of sourcebook",
        )
    return folder


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)


def demo(
    db: Annotated[str, typer.Option("--db", help="Where to build the demo corpus.")] = "demo.db",
) -> None:
    """Build the bundled demo corpus (a fictional investigation) and show the result.

    Example: sourcebook demo && sourcebook search --db demo.db "Okafor"
    """
    folder = corpus_folder()
    err.print(f"building the demo corpus from {folder} into {db}")
    store = open_store(db)
    try:
        with FileProgress("reading") as progress:
            report = run_build(
                store,
                [folder],
                workers=default_workers(),
                progress=progress,
                analysis_progress=progress.phase("analysing"),
            )
        print_report(report, db)
        print_counts(store.counts(), db)
        for query in SAMPLE_QUERIES:
            out.rule(f"sourcebook search {query!r} --db {db}")
            for rank, hit in enumerate(store.search(query, SearchFilters(), limit=3), 1):
                print_hit(rank, hit)
        out.rule(f"sourcebook entities --type PERSON --db {db}")
        for entity in store.entities(kind="PERSON", limit=6):
            also = f" (also {', '.join(entity.aliases[:3])})" if entity.aliases else ""
            out.print(
                f"{entity.name}{also}: {entity.mentions} mentions in "
                f"{len(entity.documents)} documents",
                soft_wrap=True,
            )
        facts = [c for c in store.claim_clusters(limit=None) if len(c.sources) > 1]
        out.rule(f"sourcebook claims --db {db}")
        out.print(claims_table(facts, store.claims(m for c in facts for m in c.members), "facts"))
        out.rule(f"sourcebook conflicts --db {db}")
        for contest in store.contests():
            speakers = sorted({s.speaker or "unknown" for s in contest.statements})
            out.print(f"{contest.label} ({', '.join(speakers)})", soft_wrap=True)
        out.print(f"then: sourcebook report facts.html --db {db}")
    finally:
        store.close()
