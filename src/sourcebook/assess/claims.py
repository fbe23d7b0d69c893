"""The corpus step that judges every claim cluster: who stands behind it, and how they agree.

Runs after resolution (entities name each document's event, claims are grouped into facts) and
replaces the stored clusters whole; each carries its verdict, the reason, and the independent
sources the relay graph finds behind its passages.
"""

from __future__ import annotations

from collections.abc import Iterable

from sourcebook.assess.relays import RelayGraph
from sourcebook.assess.verdicts import Verdict, assess
from sourcebook.records import ClaimCluster
from sourcebook.resolve.claim_clusters import ClaimGroup, ClaimRef


def judge(group: ClaimGroup, graph: RelayGraph) -> ClaimCluster:
    """One group's verdict; a comparison of measures is a differing measure by construction."""
    independent = graph.independent_sources(_passages(group.members))
    if group.primary:
        found = assess([ref.claim for ref in group.members], independent)
        verdict, reason = found.verdict.value, found.reason
    else:
        verdict, reason = Verdict.DIFFERING_MEASURE.value, "; ".join(group.evidence)
    return ClaimCluster(
        id=group.id,
        label=group.label,
        verdict=verdict,
        reason=reason,
        members=tuple(ref.id for ref in group.members),
        sources=tuple(sorted({ref.claim.document for ref in group.members})),
        independent_sources=independent,
        measure=group.measure,
        unit=group.unit,
        primary=group.primary,
        evidence=tuple(group.evidence),
    )


def _passages(members: Iterable[ClaimRef]) -> list[tuple[str, int, int]]:
    """The figure's own words: the relay graph reads the citations of their paragraph."""
    return [(ref.claim.document, ref.claim.start, ref.claim.end) for ref in members]
