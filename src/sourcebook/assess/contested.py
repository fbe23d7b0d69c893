"""Contested statements of a corpus: what cannot all be true, side by side with who says what.

Two kinds, each in its own module: an official denial set against the report or document it
answers (`denials`), and one person's removal or arrest explained in different ways
(`explanations`). Both read stored documents and annotations only, so a rebuild or a test can
call them without a database; the relay graph says which story a denial's document relays.
"""

from __future__ import annotations

from collections.abc import Mapping

from sourcebook.assess.denials import find_denials
from sourcebook.assess.explanations import find_explanations
from sourcebook.assess.relays import RelayGraph
from sourcebook.records import Annotations, Contest, Document


def find_contests(
    documents: Mapping[str, Document], annotations: Mapping[str, Annotations], graph: RelayGraph
) -> list[Contest]:
    """Every contest of the corpus, denials first, each in order of its first statement."""
    contests = find_denials(documents, annotations, graph)
    canonical = {d: doc for d, doc in documents.items() if graph.canonical.get(d, d) == d}
    contests += find_explanations(canonical, annotations)

    def first(contest: Contest) -> tuple[str, str, int]:
        head = contest.statements[0]
        return contest.kind, head.document, head.start

    return sorted(contests, key=first)
