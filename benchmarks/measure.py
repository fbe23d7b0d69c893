"""Run one workload in a fresh interpreter and watch the memory of its process tree.

The child reports its own peak RSS and its largest worker's (getrusage); meanwhile this side
samples /proc twice a second and keeps the peak of the tree's summed PSS, which counts the
pages forked workers share once rather than once per process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

WORKLOADS = Path(__file__).with_name("workloads.py")
SAMPLE_SECONDS = 0.5


def _parents() -> dict[int, int]:
    parents = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            parents[int(entry.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue  # the process ended while we looked
    return parents


def _tree(root: int) -> list[int]:
    parents = _parents()
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        tree += frontier
    return tree


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class _Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kib = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(SAMPLE_SECONDS):
            total = sum(_pss_kib(pid) for pid in _tree(self.pid))
            self.peak_kib = max(self.peak_kib, total)


def run_workload(task: str, *args: str) -> dict[str, Any]:
    """Run `workloads.py TASK ARGS...` and return its JSON result plus `pss_tree_peak_mb`."""
    command = [sys.executable, str(WORKLOADS), task, *args]
    began = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    sampler = _Sampler(child.pid)
    sampler.start()
    stdout, _ = child.communicate()
    sampler.done.set()
    sampler.join()
    if child.returncode != 0:
        raise RuntimeError(
            f"{task} failed with exit status {child.returncode}: {' '.join(command)}"
        )
    result: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
    result["pss_tree_peak_mb"] = sampler.peak_kib * 1024 / 1e6
    result["process_seconds"] = time.perf_counter() - began
    return result
