"""Corpus-level speed: resolving and assessing against analysing, and adding to a built corpus.

    .venv/bin/python benchmarks/resolve.py                      # 10,000 documents, then 100 more
    .venv/bin/python benchmarks/resolve.py --documents 2000 --added 50

Writes `--documents` + `--added` generated news documents (benchmarks/resolve_corpus.py, seed
1; entities, relays, figures and quotes recur across stories as in a real collection), builds
the first `--documents` of them from an empty database as `sourcebook build` does (ingest,
analysis on `--workers` processes, resolution, assessment), then puts the last `--added`
(the newest stories) beside them and builds again. Prints, from the build's own report, the
seconds of each stage; the goals of issue 6: resolution and assessment take less time than
analysis, and the second build takes under 5 % of the first. Writes
benchmarks/out/resolve.json.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import children  # noqa: E402
import resolve_corpus  # noqa: E402

from sourcebook.build import BuildReport, build  # noqa: E402
from sourcebook.store import open_store  # noqa: E402

OUT = Path(__file__).parent / "out" / "resolve.json"
ADD_GOAL = 0.05  # the second build's share of the first


def timed_build(db: Path, folder: Path, workers: int) -> tuple[BuildReport, float]:
    store = open_store(db)
    try:
        began = time.perf_counter()
        report = build(store, [folder], workers=workers)
        return report, time.perf_counter() - began
    finally:
        store.close()


def stages(report: BuildReport, wall: float) -> dict[str, Any]:
    return {
        "wall_s": round(wall, 2),
        "ingest_s": round(report.seconds, 2),
        "analysis_s": round(report.analysis_seconds, 2),
        "resolve_s": round(report.resolve_seconds, 2),
        "assess_s": round(report.assess_seconds, 2),
        "documents_ingested": report.ingested,
        "documents_analysed": report.analysed,
        "entities": report.entities,
        "claim_clusters": report.claim_clusters,
        "corpus_scope": report.corpus_scope,
        "quote_clusters": report.quote_clusters,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10_000, help="first build (10,000)")
    parser.add_argument("--added", type=int, default=100, help="added after it (100)")
    parser.add_argument("--workers", type=int, default=2, help="analysis processes (2)")
    parser.add_argument("--keep", type=Path, help="keep the corpus and database in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        root.mkdir(parents=True, exist_ok=True)
        gold = resolve_corpus.write(root / "generated", args.documents + args.added, seed=1)
        files = list(gold["documents"])  # in the order the stories were written
        first, later = root / "first", root / "later"
        first.mkdir()
        later.mkdir()
        for index, name in enumerate(files):
            target = first if index < args.documents else later
            shutil.move(root / "generated" / "documents" / name, target / name)
        print(f"building {args.documents:,} documents on {args.workers} processes …")
        full, full_wall = timed_build(root / "corpus.db", first, args.workers)
        for path in later.iterdir():
            shutil.move(path, first / path.name)
        print(f"adding {args.added:,} documents …")
        added, added_wall = timed_build(root / "corpus.db", first, args.workers)
    corpus = full.resolve_seconds + full.assess_seconds
    figures = {
        "documents": args.documents,
        "added": args.added,
        "workers": args.workers,
        "full": stages(full, full_wall),
        "add": stages(added, added_wall),
        "corpus_steps_vs_analysis": round(corpus / max(full.analysis_seconds, 1e-9), 3),
        "add_vs_full": round(added_wall / full_wall, 4),
    }
    rows = [("full build", figures["full"]), (f"+{args.added} documents", figures["add"])]
    print(f"{'':>18} {'wall s':>8} {'ingest':>8} {'analysis':>9} {'resolve':>8} {'assess':>7} "
          f"{'documents read':>15}")  # fmt: skip
    for name, s in rows:
        print(f"{name:>18} {s['wall_s']:8.1f} {s['ingest_s']:8.1f} {s['analysis_s']:9.1f} "
              f"{s['resolve_s']:8.2f} {s['assess_s']:7.2f} {s['corpus_scope']:15,}")  # fmt: skip
    print(
        f"resolve + assess / analysis: {figures['corpus_steps_vs_analysis']:.3f} (goal < 1)\n"
        f"adding {args.added} / full build: {figures['add_vs_full']:.2%} (goal < {ADD_GOAL:.0%})"
    )
    children.save(OUT, figures)


if __name__ == "__main__":
    main()
