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
from sourcebook.ingest.pipeline import Outcome, Processed, is_unchanged, process_batch
from sourcebook.store.base import Store, StoredFile
from sourcebook.text.fingerprint import THRESHOLD

BATCH = 8  # items per task sent to a worker process


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
        self.suspects: set[str] = set()  # keys of items that were in a batch whose worker died

    def drive(self, files: Iterator[Item], workers: int) -> None:
        executor: Executor = _Inline() if workers <= 1 else _pool(workers)
        size = 1 if workers <= 1 else BATCH
        in_flight: dict[Future[list[Outcome]], list[Item]] = {}
        try:
            while True:
                while len(in_flight) < max(2, 2 * workers) and not self.isolating(in_flight):
                    batch = self.next_batch(files, size)
                    if not batch:
                        break
                    first = batch[0][0]
                    if first.key in self.suspects and in_flight:
                        self.queue.appendleft(first)  # a suspect runs alone: let the rest finish
                        break
                    future = executor.submit(process_batch, batch, self.limits)
                    in_flight[future] = [item for item, _ in batch]
                if not in_flight:
                    return
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    batch_items = in_flight.pop(future)
                    try:
                        outcomes = future.result()
                    except BrokenProcessPool:  # a reader crashed its worker (a native library)
                        executor.shutdown(wait=False, cancel_futures=True)
                        executor = _pool(workers)
                        outcomes = self.crashed(batch_items)
                    for outcome in outcomes:
                        self.finish(outcome)
        finally:
            executor.shutdown(wait=True, cancel_futures=True)

    def next_batch(self, files: Iterator[Item], size: int) -> list[tuple[Item, StoredFile | None]]:
        """Up to `size` items to read, settling unchanged ones on the way without reading them.

        Sending items to workers in batches keeps both cores reading: one item per task left
        them waiting on the writer's round trips. An item under suspicion of crashing a worker
        travels alone.
        """
        batch: list[tuple[Item, StoredFile | None]] = []
        while len(batch) < size:
            item = self.queue.popleft() if self.queue else next(files, None)
            if item is None:
                break
            known = self.store.stored_file(item.key)
            if (
                known
                and (known.size, known.mtime) == (item.size, item.mtime)
                and is_unchanged(known)
            ):
                self.finish(Outcome(item, "unchanged"))
                continue
            if item.key in self.suspects and batch:
                self.queue.appendleft(item)
                break
            batch.append((item, known))
            if item.key in self.suspects:
                break
        return batch

    def isolating(self, in_flight: dict[Any, list[Item]]) -> bool:
        """Whether a suspect is in flight: then nothing else is, so a crash names its file."""
        return any(item.key in self.suspects for items in in_flight.values() for item in items)

    def crashed(self, items: list[Item]) -> list[Outcome]:
        """A worker died: one suspect is the culprit; a batch is read again one item at a time."""
        if len(items) == 1 and items[0].key in self.suspects:
            error = IngestError(
                items[0].key, "the reader crashed on this file", "please report its type"
            )
            return [Outcome(items[0], "failed", error=error)]
        self.suspects.update(item.key for item in items)
        self.queue.extendleft(reversed(items))
        return []

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
