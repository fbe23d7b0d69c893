"""One measured workload per process: `ingest.py` runs each in a fresh interpreter.

    python benchmarks/workloads.py baseline-build --db DB PATH ...
    python benchmarks/workloads.py sourcebook-build --db DB --workers N PATH ...
    python benchmarks/workloads.py search --system NAME=KIND:DB ... --queries-baseline F
        --queries-sourcebook F [--passes 3]

Each prints one JSON object: the timings, the peak RSS of this process and of its largest
child (the build's worker processes) and the CPU seconds of both, read from getrusage once the
work is done. `--profile FILE` runs the task under cProfile.

The baseline is the same work done bare: read the file, trafilatura.extract() for HTML or a
UTF-8 decode for text, one row per document in a plain FTS5 table (content stored, unicode61),
committed every 1,000 documents; its queries are one `MATCH ... ORDER BY rank LIMIT 20` with
FTS5's snippet().
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

BASELINE_BATCH = 1000
LIMIT = 20
WARMUP = 10  # queries run before timing, the same for both


def _files(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        for folder, dirs, names in os.walk(path):
            dirs.sort()
            for name in sorted(names):
                if not name.startswith("."):
                    yield Path(folder) / name


def baseline_build(db_path: str, paths: list[Path]) -> dict[str, Any]:
    began = time.perf_counter()  # imports count, as they do in sourcebook's build
    import trafilatura

    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("CREATE VIRTUAL TABLE fts USING fts5 (body, tokenize = 'unicode61')")
    files = size = empty = 0
    db.execute("BEGIN")
    for path in _files(paths):
        data = path.read_bytes()
        if path.suffix == ".html":
            text = trafilatura.extract(data.decode("utf-8")) or ""
        else:
            text = data.decode("utf-8")
        empty += not text
        db.execute("INSERT INTO fts (body) VALUES (?)", (text,))
        files += 1
        size += len(data)
        if files % BASELINE_BATCH == 0:
            db.execute("COMMIT")
            db.execute("BEGIN")
    db.execute("COMMIT")
    db.close()
    seconds = time.perf_counter() - began
    return {"files": files, "bytes": size, "seconds": seconds, "empty_texts": empty}


def sourcebook_build(db_path: str, paths: list[Path], workers: int) -> dict[str, Any]:
    began = time.perf_counter()  # imports count: the extractors and models load here
    from sourcebook.build import build
    from sourcebook.store import open_store

    store = open_store(db_path)
    try:
        report = build(store, paths, workers=workers)
    finally:
        store.close()
    seconds = time.perf_counter() - began
    failed = report.failed[:5]
    import sourcebook

    return {
        "sourcebook": str(Path(sourcebook.__file__).parent),
        "files": report.ingested
        + report.duplicates
        + report.unchanged
        + len(report.skipped)
        + len(report.failed),
        "bytes": report.bytes_read,
        "seconds": seconds,
        "ingested": report.ingested,
        "duplicates": report.duplicates,
        "near_duplicates": report.near_duplicates,
        "skipped": len(report.skipped),
        "failed": len(report.failed),
        "failed_examples": failed,
    }


def baseline_searcher(db_path: str) -> Callable[[str], int]:
    db = sqlite3.connect(db_path)
    sql = (
        "SELECT rowid, snippet(fts, 0, '\x02', '\x03', '…', 48) FROM fts "
        "WHERE fts MATCH ? ORDER BY rank LIMIT ?"
    )

    def run(query: str) -> int:
        return len(db.execute(sql, (query, LIMIT)).fetchall())

    return run


def sourcebook_searcher(db_path: str) -> Callable[[str], int]:
    from sourcebook.store import open_store
    from sourcebook.store.base import SearchFilters
    from sourcebook.text.snippets import snippet

    store = open_store(db_path)
    filters = SearchFilters()

    def run(query: str) -> int:
        hits = store.search(query, filters, limit=LIMIT)
        for hit in hits:
            snippet(hit.text, hit.highlights)
        return len(hits)

    return run


def search(systems: dict[str, str], queries: dict[str, list[str]], passes: int) -> dict[str, Any]:
    """Time every system on every query, interleaved, `passes` times; keep each query's median.

    Interleaving (query 1 on each system, then query 2, ...) puts the systems side by side in
    time, so a neighbour's load on a shared machine lands on all of them alike.
    """
    runners = {
        name: (baseline_searcher(db) if kind == "baseline" else sourcebook_searcher(db), kind)
        for name, (kind, db) in ((n, spec.split(":", 1)) for n, spec in systems.items())
    }
    names = list(runners)
    count = len(next(iter(queries.values())))
    for i in range(min(WARMUP, count)):
        for run, kind in runners.values():
            run(queries[kind][i])
    timings: dict[str, list[float]] = {name: [] for name in names}
    hits: dict[str, list[int]] = {name: [] for name in names}
    for i in range(WARMUP, count):
        rotated = names[i % len(names) :] + names[: i % len(names)]
        samples: dict[str, list[float]] = {name: [] for name in names}
        found: dict[str, int] = {}
        for _ in range(passes):
            for name in rotated:
                run, kind = runners[name]
                began = time.perf_counter_ns()
                found[name] = run(queries[kind][i])
                samples[name].append((time.perf_counter_ns() - began) / 1e6)
        for name in names:
            timings[name].append(statistics.median(samples[name]))
            hits[name].append(found[name])
    return {name: {"latencies_ms": timings[name], "hits": hits[name]} for name in names}


def _usage() -> dict[str, float]:
    """Peak RSS (MB, 10^6 bytes) and CPU seconds of this process and its finished children.

    CPU time is what the work cost whatever else the machine was doing; wall time is what a
    user waits, and on a busy shared machine it is the noisier of the two.
    """
    kib = 1024 / 1e6  # ru_maxrss is in KiB on Linux
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "rss_self_mb": own.ru_maxrss * kib,
        "rss_children_mb": children.ru_maxrss * kib,
        "cpu_seconds": own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime,
        "load_average_after": os.getloadavg()[0],
    }


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("task")
    parser.add_argument("--db", help="database to build")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument(
        "--system",
        action="append",
        default=[],
        help="search: NAME=KIND:DB, KIND baseline or sourcebook (repeat the option)",
    )
    parser.add_argument("--queries-baseline", help="search: JSON list of FTS5 queries")
    parser.add_argument("--queries-sourcebook", help="search: JSON list of sourcebook queries")
    parser.add_argument("--passes", type=int, default=3, help="search: passes per query")
    parser.add_argument("--profile", help="write cProfile stats here")
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_intermixed_args(argv)

    def search_task() -> dict[str, Any]:
        systems = dict(spec.split("=", 1) for spec in args.system)
        queries = {
            "baseline": json.loads(Path(args.queries_baseline).read_text()),
            "sourcebook": json.loads(Path(args.queries_sourcebook).read_text()),
        }
        return {"systems": search(systems, queries, args.passes)}

    tasks: dict[str, Callable[[], dict[str, Any]]] = {
        "baseline-build": lambda: baseline_build(args.db, args.paths),
        "sourcebook-build": lambda: sourcebook_build(args.db, args.paths, args.workers),
        "search": search_task,
    }
    if args.profile:
        profiler = cProfile.Profile()
        result = profiler.runcall(tasks[args.task])
        profiler.dump_stats(args.profile)
    else:
        result = tasks[args.task]()
    result.update(_usage())
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
