"""Run ingest over paths: dispatch items to workers, write each result in its own transaction.

The runner is the only writer. It keeps at most a few items in flight, so memory does not grow
with the corpus, and it stores a container (archive, e-mail) only after everything inside it,
so a run killed half-way through an archive reads the rest of it next time.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from sourcebook.errors import IngestError
from sourcebook.ingest import items as item_walk
from sourcebook.ingest import registry
from sourcebook.ingest.items import Item
from sourcebook.ingest.limits import Limits
from sourcebook.ingest.pipeline import Outcome, Processed, is_unchanged, process
from sourcebook.store.base import Store
from sourcebook.text.fingerprint import THRESHOLD


@dataclass(slots=True)
class IngestReport:
    ingested: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    bytes_read: int = 0
    seconds: float = 0.0


class ProgressSink(Protocol):
    def start(self, total: int) -> None: ...
    def grow(self, extra: int) -> None: ...
    def advance(self, key: str, status: str) -> None: ...


class _Silent:
    def start(self, total: int) -> None: ...
    def grow(self, extra: int) -> None: ...
    def advance(self, key: str, status: str) -> None: ...


def ingest(
    store: Store,
    paths: list[Path],
    limits: Limits | None = None,
    workers: int = 1,
    progress: ProgressSink | None = None,
) -> IngestReport:
    run = _Run(store, limits or Limits(), progress or _Silent())
    began = time.perf_counter()
    run.progress.start(item_walk.count(paths))
    run.drive(item_walk.walk(paths), workers)
    store.tidy()
    run.report.seconds = time.perf_counter() - began
    return run.report


class _Run:
    def __init__(self, store: Store, limits: Limits, progress: ProgressSink) -> None:
        self.store = store
        self.limits = limits
        self.progress = progress
        self.report = IngestReport()
        self.queue: deque[Item] = deque()  # items found inside others, read before new files
        self.waiting: dict[str, list[Any]] = {}  # container id -> [Processed, children left]

    def drive(self, files: Iterator[Item], workers: int) -> None:
        executor: Executor = _Inline() if workers <= 1 else _pool(workers)
        in_flight: dict[Future[Outcome], Item] = {}
        try:
            while True:
                while len(in_flight) < max(2, 2 * workers):
                    item = self.queue.popleft() if self.queue else next(files, None)
                    if item is None:
                        break
                    known = self.store.stored_file(item.key)
                    if (
                        known
                        and known.size == item.size
                        and known.mtime == item.mtime
                        and is_unchanged(known)
                    ):
                        self.finish(Outcome(item, "unchanged"))
                        continue
                    in_flight[executor.submit(process, item, self.limits, known)] = item
                if not in_flight:
                    return
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    item = in_flight.pop(future)
                    try:
                        outcome = future.result()
                    except BrokenProcessPool:  # a reader crashed the worker (a native library)
                        error = IngestError(
                            item.key, "the reader crashed on this file", "please report its type"
                        )
                        outcome = Outcome(item, "failed", error=error)
                        executor.shutdown(wait=False, cancel_futures=True)
                        executor = _pool(workers)
                    self.finish(outcome)
        finally:
            executor.shutdown(wait=True, cancel_futures=True)

    def finish(self, outcome: Outcome) -> None:
        item, report = outcome.item, self.report
        if outcome.status == "unchanged":
            report.unchanged += 1
        elif outcome.error is not None:
            reason = outcome.error.reason + (
                f" ({outcome.error.hint})" if outcome.error.hint else ""
            )
            if outcome.status == "skipped":
                report.skipped.append((item.key, reason))
            else:
                report.failed.append((item.key, reason))
                with self.store.transaction():
                    self.store.record_failure(item.key, outcome.error.reason, outcome.error.hint)
        self.progress.advance(item.key, outcome.status)
        processed = outcome.processed
        if processed is not None:
            report.bytes_read += processed.size
            if processed.children:
                self.waiting[processed.doc.id] = [processed, len(processed.children)]
                self.queue.extendleft(reversed(processed.children))
                self.progress.grow(len(processed.children))
                return
            self.commit(processed)
        self.child_done(item.parent)

    def child_done(self, parent: str | None) -> None:
        if parent is None or parent not in self.waiting:
            return
        entry = self.waiting[parent]
        entry[1] -= 1
        if entry[1] == 0:
            del self.waiting[parent]
            container: Processed = entry[0]
            self.commit(container)
            self.child_done(container.doc.parent)

    def commit(self, processed: Processed) -> None:
        doc, fingerprint = processed.doc, processed.fingerprint
        original = self.store.document_with_text_hash(doc.text_hash) if doc.text.strip() else None
        if original is not None and original != doc.id:
            doc = replace(doc, text="", removed=(), pages=(), duplicate_of=original)
            fingerprint = None
        similar = []
        if fingerprint is not None:
            similar = [
                (other, s)
                for other, s in self.store.near_duplicates_of(fingerprint, THRESHOLD)
                if other != doc.id
            ]
        with self.store.transaction():
            self.store.put_document(doc, processed.size, processed.mtime, fingerprint)
            for other, similarity in similar:
                self.store.link_near_duplicates(doc.id, other, similarity)
            self.store.clear_failure(doc.path)
        if doc.duplicate_of:
            self.report.duplicates += 1
        else:
            self.report.ingested += 1
            self.report.near_duplicates += len(similar)


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=registry.load)


class _Inline(Executor):
    """Runs each task at once in this process: for one worker, tests and small corpora."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_result(fn(*args, **kwargs))
        return future
