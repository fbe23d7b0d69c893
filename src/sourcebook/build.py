"""`build` orders the stages over a corpus; each stage lives in its own package.

Today the stages are ingest only; analysis, resolution and assessment join here as they land,
each reading what the previous one stored.
"""

from __future__ import annotations

from pathlib import Path

from sourcebook.ingest.limits import Limits
from sourcebook.ingest.runner import IngestReport, ProgressSink, ingest
from sourcebook.store.base import Store


def build(
    store: Store,
    paths: list[Path],
    limits: Limits | None = None,
    workers: int = 1,
    progress: ProgressSink | None = None,
) -> IngestReport:
    return ingest(store, paths, limits=limits, workers=workers, progress=progress)
