"""Ingest and search benchmark: sourcebook against the same work done bare, in one run.

    .venv/bin/python benchmarks/ingest.py                      # 10,000 and 100,000 documents
    .venv/bin/python benchmarks/ingest.py --quick              # 1,000 documents, a smoke run
    .venv/bin/python benchmarks/ingest.py --profile 2000       # where a 2,000-document build goes

For each size it builds the generated corpus (see corpus_gen.py) three ways, each in a fresh
process: the bare baseline (file read, trafilatura for HTML, one plain FTS5 row per document,
single process), sourcebook with one worker (like for like) and with the default two; then it
times the same seeded queries against each database, snippets included. It prints documents/s,
MB/s, peak memory and latency percentiles beside the baseline's, the ratios, and the goals,
and writes the same figures as JSON. Files and databases go under benchmarks/out/ (git-ignored);
the generated corpus is kept there and reused by later runs with the same seed and HTML share.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import pstats
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import corpus_gen  # noqa: E402
import report  # noqa: E402
from measure import run_workload  # noqa: E402
from queries import make_queries  # noqa: E402
from workloads import WARMUP  # noqa: E402

OUT = Path(__file__).parent / "out"
REPO = Path(__file__).parent.parent


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Benchmark sourcebook build and search against bare trafilatura + FTS5.",
        epilog="Example: .venv/bin/python benchmarks/ingest.py --sizes 10000 100000 --workers 1 2",
    )
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[10_000, 100_000],
        help="corpus sizes in documents, multiples of 1,000 (default: 10000 100000)",
    )
    parser.add_argument(
        "--html-share",
        type=float,
        default=0.1,
        help="share of documents that are HTML pages (default: 0.1; trafilatura "
        "reads these pages at ~270/s on one core, text files are cheap)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        nargs="+",
        default=[1, 2],
        help="sourcebook worker counts to run (default: 1 2)",
    )
    parser.add_argument("--queries", type=int, default=200, help="timed queries (default: 200)")
    parser.add_argument("--seed", type=int, default=1, help="corpus and query seed (default: 1)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 1,000 documents")
    parser.add_argument(
        "--json",
        type=Path,
        help="where to write the JSON figures (default: benchmarks/out/ingest-<time>.json)",
    )
    parser.add_argument("--keep-dbs", action="store_true", help="keep the built databases")
    parser.add_argument(
        "--worktree",
        action="store_true",
        help="measure the working tree's src/, uncommitted changes included (default: HEAD)",
    )
    parser.add_argument(
        "--search-passes",
        type=int,
        default=3,
        help="passes over the queries; each query's median is kept (default: 3)",
    )
    parser.add_argument(
        "--search-only",
        action="store_true",
        help="time search only, on the databases an earlier --keep-dbs run left",
    )
    parser.add_argument(
        "--profile",
        type=int,
        metavar="DOCS",
        help="instead: cProfile a DOCS-document build (sourcebook -w1 and baseline)",
    )
    return parser.parse_args(argv)


def _log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _meta(args: argparse.Namespace) -> dict[str, Any]:
    def git(*command: str) -> str:
        run = subprocess.run(["git", *command], cwd=REPO, capture_output=True, text=True)
        return run.stdout.strip()

    import trafilatura

    return {
        "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "commit": git("rev-parse", "--short", "HEAD"),
        "dirty": bool(git("status", "--porcelain", "--untracked-files=all", "src")),
        "seed": args.seed,
        "html_share": args.html_share,
        "queries": args.queries,
        "search_passes": args.search_passes,
        "workers": args.workers,
        "cpus": os.cpu_count(),
        "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "trafilatura": trafilatura.__version__,
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
    }


def _snapshot(worktree: bool) -> str:
    """Copy sourcebook's code aside and point every workload at the copy.

    The repository keeps changing while a long run goes on; each workload is a fresh process
    that imports sourcebook when it starts, so without the copy one run could measure two
    versions. Returns what was measured: the commit, or the working tree.
    """
    dest = OUT / "src-snapshot"
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    if worktree:
        shutil.copytree(REPO / "src", dest / "src", ignore=shutil.ignore_patterns("__pycache__"))
        label = "working tree"
    else:
        archive = subprocess.run(
            ["git", "archive", "HEAD", "src"], cwd=REPO, capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
        label = "HEAD"
    os.environ["PYTHONPATH"] = str(dest / "src")
    return label


def _db_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6


def _remove_db(path: Path) -> None:
    for p in path.parent.glob(path.name + "*"):
        p.unlink()


def _build_row(result: dict[str, Any], corpus_bytes: int, db: Path) -> dict[str, Any]:
    result["docs_per_s"] = result["files"] / result["seconds"]
    result["mb_per_s"] = corpus_bytes / 1e6 / result["seconds"]
    result["db_mb"] = _db_mb(db)
    result["cpu_ms_per_doc"] = result["cpu_seconds"] * 1000 / result["files"]
    return result


def _builds(
    size: int,
    parts: list[str],
    corpus_bytes: int,
    dbs: dict[str, Path],
    args: argparse.Namespace,
    notes: list[str],
) -> dict[str, Any]:
    for db in dbs.values():
        _remove_db(db)
    build: dict[str, Any] = {}
    _log(f"{size:,} docs: baseline build")
    build["baseline"] = _build_row(
        run_workload("baseline-build", "--db", str(dbs["baseline"]), *parts),
        corpus_bytes,
        dbs["baseline"],
    )
    _log(f"  {build['baseline']['docs_per_s']:,.0f} docs/s")
    for w in args.workers:
        system = f"sourcebook-w{w}"
        _log(f"{size:,} docs: sourcebook build, {w} worker(s)")
        row = run_workload(
            "sourcebook-build", "--db", str(dbs[system]), "--workers", str(w), *parts
        )
        build[system] = _build_row(row, corpus_bytes, dbs[system])
        if "src-snapshot" not in row["sourcebook"]:
            notes.append(f"{system} at {size:,} docs imported {row['sourcebook']}, not the copy")
        _log(
            f"  {row['docs_per_s']:,.0f} docs/s; ingested {row['ingested']:,}, duplicates "
            f"{row['duplicates']:,}, near-duplicate links {row['near_duplicates']:,}, "
            f"failed {row['failed']:,}"
        )
        if row["failed"] or row["skipped"]:
            notes.append(
                f"{system} at {size:,} docs: {row['failed']:,} failed, "
                f"{row['skipped']:,} skipped, e.g. {row['failed_examples'][:2]}"
            )
    return build


def run_size(
    size: int,
    corpus: corpus_gen.CorpusInfo,
    args: argparse.Namespace,
    query_files: dict[str, Path],
    kinds: list[str],
    notes: list[str],
) -> dict[str, Any]:
    parts = [str(p) for p in corpus.parts[: size // corpus_gen.PART_SIZE]]
    sub = corpus_gen.write_corpus(corpus.root, size, args.seed, args.html_share)
    work = OUT / f"run-{size}"
    work.mkdir(parents=True, exist_ok=True)
    dbs = {"baseline": work / "baseline.db"}
    dbs.update({f"sourcebook-w{w}": work / f"sourcebook-w{w}.db" for w in args.workers})
    build: dict[str, Any] = {}
    if args.search_only:
        missing = [str(db) for db in dbs.values() if not db.exists()]
        if missing:
            sys.exit(
                f"error: --search-only needs the databases of an earlier --keep-dbs run: {missing}"
            )
    else:
        build = _builds(size, parts, sub.bytes, dbs, args, notes)
    _log(f"{size:,} docs: search, {args.search_passes} interleaved passes over {', '.join(dbs)}")
    systems = [
        f"--system={system}={'baseline' if system == 'baseline' else 'sourcebook'}:{db}"
        for system, db in dbs.items()
    ]
    result = run_workload(
        "search",
        *systems,
        "--queries-baseline",
        str(query_files["baseline"]),
        "--queries-sourcebook",
        str(query_files["sourcebook"]),
        "--passes",
        str(args.search_passes),
    )
    search = {
        system: report.latency_summary(r["latencies_ms"], r["hits"], kinds)
        for system, r in result["systems"].items()
    }
    for system, row in search.items():
        _log(f"  {system}: p50 {row['p50']:.2f} ms, p95 {row['p95']:.2f} ms")
    if not (args.keep_dbs or args.search_only):
        for db in dbs.values():
            _remove_db(db)
    data = {
        "corpus": {"files": sub.files, "html_files": sub.html_files, "bytes": sub.bytes},
        "build": build,
        "search": search,
    }
    report.add_ratios(data)
    return data


def profile(docs: int, args: argparse.Namespace) -> None:
    corpus = corpus_gen.write_corpus(
        OUT / f"corpus-s{args.seed}-h{args.html_share}", docs, args.seed, args.html_share
    )
    work = OUT / "profile"
    work.mkdir(parents=True, exist_ok=True)
    parts = [str(p) for p in corpus.parts]
    for task, extra in (("baseline-build", []), ("sourcebook-build", ["--workers", "1"])):
        db, stats = work / f"{task}.db", work / f"{task}.pstats"
        _remove_db(db)
        result = run_workload(task, "--db", str(db), "--profile", str(stats), *extra, *parts)
        print(
            f"\n=== {task}: {docs:,} docs in {result['seconds']:.1f} s under cProfile "
            f"({docs / result['seconds']:,.0f} docs/s); stats in {stats}"
        )
        for order in ("tottime", "cumulative"):
            pstats.Stats(str(stats)).sort_stats(order).print_stats(25)
        _remove_db(db)


def main(argv: list[str]) -> None:
    args = _parse(argv)
    if args.quick:
        args.sizes = [1000]
    bad = [s for s in args.sizes if s <= 0 or s % corpus_gen.PART_SIZE]
    if bad:
        sys.exit(f"error: sizes must be positive multiples of {corpus_gen.PART_SIZE:,}: {bad}")
    OUT.mkdir(exist_ok=True)
    if args.profile:
        _snapshot(args.worktree)
        profile(args.profile, args)
        return
    meta = _meta(args)
    meta["measured"] = _snapshot(args.worktree)
    if meta["measured"] == "HEAD":
        meta["dirty"] = False  # uncommitted changes are not measured
    json_path = args.json or OUT / f"ingest-{time.strftime('%Y%m%d-%H%M', time.gmtime())}.json"
    _log(f"generating up to {max(args.sizes):,} documents (reused when already there)")
    corpus = corpus_gen.write_corpus(
        OUT / f"corpus-s{args.seed}-h{args.html_share}", max(args.sizes), args.seed, args.html_share
    )
    queries = make_queries(WARMUP + args.queries, args.seed)
    query_files = {}
    for which in ("sourcebook", "baseline"):
        query_files[which] = OUT / f"queries-{which}.json"
        texts = [q.sourcebook if which == "sourcebook" else q.fts5 for q in queries]
        query_files[which].write_text(json.dumps(texts))
    kinds = [q.kind for q in queries[WARMUP:]]
    notes: list[str] = []
    sizes: dict[str, Any] = {}
    ordered = sorted(args.sizes)
    for i, size in enumerate(ordered):
        began = time.perf_counter()
        sizes[str(size)] = run_size(size, corpus, args, query_files, kinds, notes)
        if i + 1 < len(ordered):
            eta = (time.perf_counter() - began) * sum(ordered[i + 1 :]) / size / 60
            _log(
                f"{size:,} docs took {(time.perf_counter() - began) / 60:.1f} min; "
                f"the remaining sizes should take about {eta:.0f} min"
            )
    systems = [f"sourcebook-w{w}" for w in args.workers]
    result = {
        "meta": meta,
        "sizes": sizes,
        "notes": notes,
        "queries": [
            {"kind": q.kind, "sourcebook": q.sourcebook, "fts5": q.fts5} for q in queries[WARMUP:]
        ],
    }
    result["goals"] = report.goals(sizes, systems)
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(result, indent=1))
    print(report.table(result))
    print(f"\nJSON: {json_path}")


if __name__ == "__main__":
    main(sys.argv[1:])
