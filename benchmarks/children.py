"""Timing one-thread child processes released together, shared by the NLP benchmarks.

A parent starts N copies of a benchmark in `--child` mode; each loads its model and warms up,
says "ready", and waits; the parent releases them at once, so loading is never timed and the
wall time of N processes is the span from the first start to the last end.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


def add_child_arguments(parser: argparse.ArgumentParser, role: str, default: str) -> None:
    """The hidden flags a parent passes its children: child mode, which share, and `role`
    (what the child measures, e.g. "--mode pipe")."""
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(role, default=default, help=argparse.SUPPRESS)
    parser.add_argument("--part", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--parts", type=int, default=1, help=argparse.SUPPRESS)


def wait_for_go() -> tuple[resource.struct_rusage, float]:
    """In a child: say ready, wait for the parent, and start the clocks."""
    print("ready", flush=True)
    sys.stdin.readline()
    return resource.getrusage(resource.RUSAGE_SELF), time.time()


def report(words: int, started: tuple[resource.struct_rusage, float], load_s: float) -> None:
    """In a child: print its figures as the last line of its output."""
    cpu0, start = started
    end = time.time()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - cpu0.ru_utime - cpu0.ru_stime
    result = {"words": words, "start": start, "end": end, "cpu_s": cpu, "load_s": load_s}
    result["peak_rss_mb"] = usage.ru_maxrss / 1024  # KiB on Linux
    print(json.dumps(result), flush=True)


def run(command: list[str], parts: int, label: str) -> dict[str, Any]:
    """In the parent: start `parts` children (`--part i` added), release them, combine."""
    children = [
        subprocess.Popen(
            [*command, "--part", str(part)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for part in range(parts)
    ]
    for process in children:
        assert process.stdout is not None
        if process.stdout.readline().strip() != "ready":
            sys.exit(f"error: a {label} child failed before it was ready (see its error above)")
    for process in children:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    results = []
    for process in children:
        stdout, _ = process.communicate()
        if process.returncode:
            sys.exit(f"error: a {label} child exited with {process.returncode}")
        results.append(json.loads(stdout.strip().splitlines()[-1]))
    words = sum(r["words"] for r in results)
    wall = max(r["end"] for r in results) - min(r["start"] for r in results)
    return {
        "processes": parts,
        "words": words,
        "wall_s": round(wall, 2),
        "words_per_s": round(words / wall),
        "words_per_cpu_s": round(words / sum(r["cpu_s"] for r in results)),
        "load_s": round(max(r["load_s"] for r in results), 2),
        "peak_rss_mb": round(max(r["peak_rss_mb"] for r in results), 1),
    }


def print_table(rows: list[dict[str, Any]], key: str, names: dict[str, str]) -> None:
    """The runs, one line each: words/s in all, per process, per CPU second, and peak RSS."""
    print(f"{'run':15} {'procs':>5} {'words/s':>9} {'/process':>9} {'/CPU s':>8} {'peak RSS':>9}")
    for row in rows:
        rss = f"{row['peak_rss_mb']:.0f} MB" if row["processes"] == 1 else ""
        print(
            f"{names[row[key]]:15} {row['processes']:5} {row['words_per_s']:9,} "
            f"{row['words_per_s'] // row['processes']:9,} {row['words_per_cpu_s']:8,} {rss:>9}"
        )


def save(path: Path, figures: dict[str, Any]) -> None:
    """Write the figures as JSON, with the machine and the moment they were taken on."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cpus": os.cpu_count(),
        "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "python": platform.python_version(),
        **figures,
    }
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path}")
