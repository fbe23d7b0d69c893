"""Run analysis over many documents in a process pool, yielding each result as it lands.

Store-free: the caller feeds documents and writes what comes back, so the one writer stays in
the main process. Each worker loads the NLP pipeline once (the pool's initializer); one
document's analyzer error is that document's failure, never its batch's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import Any

from sourcebook.analyze import pipeline
from sourcebook.nlp import load as nlp
from sourcebook.records import Annotations, Document

BATCH = 32  # documents per task sent to a worker: each task starts one parse stream


@dataclass(frozen=True, slots=True)
class Analysed:
    """One document's outcome: its annotations, or the reason analysis failed."""

    document: str
    path: str
    annotations: Annotations | None
    error: str | None = None


def analyse_batch(documents: list[Document]) -> list[Analysed]:
    """Parse the batch in one `nlp.pipe` call, then analyse each document on its own."""
    todo = [document for document in documents if pipeline.needs_analysis(document)]
    parsed = dict(zip((d.id for d in todo), nlp.pipe([d.text for d in todo]), strict=True))
    results = []
    for document in documents:
        doc = parsed.get(document.id)
        if doc is None:
            results.append(Analysed(document.id, document.path, Annotations(document.id)))
            continue
        try:
            annotations = pipeline.analyze(document, doc)
        except Exception as exc:  # noqa: BLE001  (any analyzer bug is this document's failure)
            reason = f"analysis failed: {type(exc).__name__}: {exc}"
            results.append(Analysed(document.id, document.path, None, reason))
        else:
            results.append(Analysed(document.id, document.path, annotations))
    return results


def run(documents: Iterable[Document], workers: int = 1) -> Iterator[Analysed]:
    """Analyse `documents` with `workers` processes (one: in this process), in any order.

    At most two batches per worker are in flight, so memory does not grow with the corpus. A
    worker that dies (out of memory, a native crash) fails its batch; the pool is restarted
    and those documents are tried again by the next build.
    """
    executor: Executor = _Inline() if workers <= 1 else _pool(workers)
    pending = iter(documents)
    in_flight: dict[Future[list[Analysed]], list[Document]] = {}
    try:
        while True:
            while len(in_flight) < max(1, 2 * workers):
                batch = list(islice(pending, BATCH))
                if not batch:
                    break
                in_flight[executor.submit(analyse_batch, batch)] = batch
            if not in_flight:
                return
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in done:
                batch = in_flight.pop(future)
                try:
                    results = future.result()
                except BrokenProcessPool:  # every batch of the dead pool is lost with it
                    executor.shutdown(wait=False, cancel_futures=True)
                    executor = _pool(workers)
                    lost = batch + [d for other in in_flight.values() for d in other]
                    in_flight.clear()
                    reason = "analysis failed: the worker process died (out of memory?)"
                    yield from (Analysed(d.id, d.path, None, reason) for d in lost)
                    break
                yield from results
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _load() -> None:
    nlp.load()


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_load)


class _Inline(Executor):
    """Runs each task at once in this process: for one worker and tests."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_result(fn(*args, **kwargs))
        return future
