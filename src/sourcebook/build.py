"""`build` orders the stages over a corpus; each stage lives in its own package.

The stages are ingest, per-document analysis, corpus-wide resolution (entities, quote and claim
clusters) and assessment (verdicts and independent sources), each reading what the last stored.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, fields
from pathlib import Path

from sourcebook.analyze import ANALYZER_VERSION
from sourcebook.ingest.limits import Limits
from sourcebook.ingest.runner import IngestReport, ProgressSink, ingest
from sourcebook.store.base import Store


@dataclass(slots=True)
class BuildReport(IngestReport):
    """Ingest's report plus analysis; analysis failures join `failed` with their reasons."""

    analysed: int = 0
    analysis_seconds: float = 0.0
    entities: int = 0
    quote_clusters: int = 0
    claim_clusters: int = 0
    conflicts: int = 0
    resolve_seconds: float = 0.0
    assess_seconds: float = 0.0


def build(
    store: Store,
    paths: list[Path],
    limits: Limits | None = None,
    workers: int = 1,
    progress: ProgressSink | None = None,
    analysis_progress: ProgressSink | None = None,
    analyze: bool = True,
) -> BuildReport:
    ingested = ingest(store, paths, limits=limits, workers=workers, progress=progress)
    report = BuildReport(**{f.name: getattr(ingested, f.name) for f in fields(IngestReport)})
    if analyze:
        analyse(store, report, workers, analysis_progress)
        corpus_steps(store, report)
    return report


def corpus_steps(store: Store, report: BuildReport) -> None:
    """Resolve, then assess, over everything stored."""
    from sourcebook.assess.corpus import assess_corpus  # name tables: only when needed
    from sourcebook.resolve.corpus import resolve_corpus

    documents = {doc.id: doc for doc in store.documents()}
    resolved = resolve_corpus(store, documents)
    report.entities, report.resolve_seconds = resolved.entities, resolved.seconds
    report.quote_clusters = resolved.quote_clusters
    assessed = assess_corpus(store, resolved.claim_groups, documents)
    report.claim_clusters, report.conflicts = assessed.claim_clusters, assessed.conflicts
    report.assess_seconds = assessed.seconds


def analyse(
    store: Store, report: BuildReport, workers: int = 1, progress: ProgressSink | None = None
) -> None:
    """Analyse every document whose annotations are missing or stale, one commit each.

    Documents are read from the store as workers free up, so memory stays flat; a document
    whose analysis fails keeps no annotations and is tried again by the next build.
    """
    from sourcebook.analyze import runner as analysis  # spaCy: only when there is work

    began = time.perf_counter()
    todo = store.documents_to_analyze(ANALYZER_VERSION)
    if progress is not None:
        progress.start(len(todo))
    for outcome in analysis.run((store.get_document(doc_id) for doc_id in todo), workers):
        with store.transaction():
            if outcome.annotations is not None:
                store.put_annotations(outcome.annotations, ANALYZER_VERSION)
                store.clear_failure(outcome.path)
            else:
                store.record_failure(outcome.path, outcome.error or "analysis failed", None)
        if outcome.annotations is not None:
            report.analysed += 1
        else:
            report.failed.append((outcome.path, outcome.error or "analysis failed"))
        if progress is not None:
            progress.advance(outcome.path, "analysed" if outcome.annotations else "failed")
    report.analysis_seconds = time.perf_counter() - began
