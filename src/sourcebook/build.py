"""`build` orders the stages over a corpus; each stage lives in its own package.

The stages are ingest, per-document analysis, corpus-wide resolution (entities, quote and claim
clusters) and assessment (verdicts and independent sources), each reading what the last stored.
"""

from __future__ import annotations

import time
from collections.abc import Collection
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
    contests: int = 0
    corpus_scope: int = 0  # documents the corpus steps read again
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
        touched = analyse(store, report, workers, analysis_progress)
        corpus_steps(store, report, touched)
    return report


def corpus_steps(store: Store, report: BuildReport, touched: Collection[str] | None = None) -> None:
    """Resolve, then assess: around the `touched` documents when the stored results allow it
    (`resolve.scope`), else over the whole corpus."""
    from sourcebook.assess.corpus import assess_corpus  # name tables: only when needed
    from sourcebook.resolve import CORPUS_VERSION
    from sourcebook.resolve.claim_clusters import EVENT_DAYS
    from sourcebook.resolve.corpus import contexts, resolve_clusters, resolve_entities
    from sourcebook.resolve.quote_clusters import QUOTE_DAYS
    from sourcebook.resolve.scope import WHOLE_SHARE, around, related

    began = time.perf_counter()
    outline = store.document_index()
    whole = touched is None or store.setting("corpus_version") != str(CORPUS_VERSION)
    if not whole and not touched and not report.ingested:
        return  # nothing new: every stored result stands
    report.entities = resolve_entities(store)  # whole: it reads distinct names only
    scope = window = None
    if not whole and touched is not None and len(touched) <= WHOLE_SHARE * len(outline):
        window = around(outline, touched, QUOTE_DAYS)
        near = around(outline, touched, EVENT_DAYS)
        involved = {d: c.people | c.others for d, c in contexts(store, near).items()}
        scope = related(near, touched, involved)
    resolved = resolve_clusters(store, scope, window, touched if window is not None else None)
    report.resolve_seconds = time.perf_counter() - began
    report.quote_clusters = resolved.quote_clusters
    assessed = assess_corpus(store, resolved, scope)
    report.claim_clusters, report.conflicts = assessed.claim_clusters, assessed.conflicts
    report.contests = assessed.contests
    report.assess_seconds = assessed.seconds
    report.corpus_scope = len(outline) if scope is None else len(scope)
    store.set_setting("corpus_version", str(CORPUS_VERSION))


def analyse(
    store: Store, report: BuildReport, workers: int = 1, progress: ProgressSink | None = None
) -> list[str]:
    """Analyse every document whose annotations are missing or stale, one commit each.

    Documents are read from the store as workers free up, so memory stays flat; a document
    whose analysis fails keeps no annotations and is tried again by the next build.
    Returns the documents analysed.
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
    return todo
