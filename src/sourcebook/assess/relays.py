"""Who a passage's facts come from: the relay graph, and independent sources counted by roots.

Ten articles that each write "Reuters reported" carry one source, not ten; two mastheads that
print the same syndicated text are one source too. A passage relays the outlets its paragraph
cites ("…, the Harbour Times reported"); a cited outlet whose own story is in the corpus is
followed to that story, and on to whatever it cites in turn; an outlet the corpus does not hold
is a root of its own. A passage that cites nobody is its document's own reporting, and near or
exact duplicates of a document count as that document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sourcebook.records import Citation, Document
from sourcebook.resolve.names import organisation_key

#: Citation kinds that relay facts; "additional reporting" credits a writer of this document.
RELAY_KINDS = frozenset({"reported", "first reported", "according to", "told", "interview"})

Root = str  # a document id, or "outlet:<folded name>" for an outlet the corpus does not hold


@dataclass(slots=True)
class RelayGraph:
    """Documents, their outlets and what each paragraph cites, with duplicates collapsed."""

    texts: dict[str, str] = field(default_factory=dict)
    canonical: dict[str, str] = field(default_factory=dict)  # document → its duplicate group
    by_outlet: dict[str, list[str]] = field(default_factory=dict)  # folded outlet → documents
    citations: dict[str, list[Citation]] = field(default_factory=dict)

    def roots(self, document: str, start: int, end: int) -> set[Root]:
        """The independent origins of the passage [start, end) of `document`."""
        return self._roots(document, start, end, frozenset())

    def independent_sources(self, passages: Iterable[tuple[str, int, int]]) -> int:
        """How many independent sources stand behind passages (document, start, end)."""
        found: set[Root] = set()
        for document, start, end in passages:
            found |= self.roots(document, start, end)
        return len(found)

    def _roots(self, document: str, start: int, end: int, seen: frozenset[str]) -> set[Root]:
        here = self.canonical.get(document, document)
        if here in seen:  # a loop of outlets citing each other: stop where it closes
            return {here}
        cited = self._cited(document, start, end)
        if not cited:
            return {here}
        found: set[Root] = set()
        for outlet in cited:
            stories = [d for d in self.by_outlet.get(outlet, []) if self.canonical[d] != here]
            if not stories:
                found.add(f"outlet:{outlet}")
            for story in stories:  # the outlet's own story, and what it relays in turn
                found |= self._roots(story, 0, len(self.texts[story]), seen | {here})
        return found

    def _cited(self, document: str, start: int, end: int) -> set[str]:
        """Outlets cited in the paragraphs the passage touches."""
        text = self.texts.get(document, "")
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", end)
        hi = len(text) if hi < 0 else hi
        return {
            self._outlet(organisation_key(c.cited))
            for c in self.citations.get(document, [])
            if c.kind in RELAY_KINDS and lo <= c.start < hi
        }

    def _outlet(self, cited: str) -> str:
        """The corpus's outlet a cited name stands for: the same name, or the one outlet whose
        name begins or ends with it ("Meridian" for "Meridian News Agency")."""
        if cited in self.by_outlet:
            return cited
        longer = [k for k in self.by_outlet if k.startswith(cited + " ") or k.endswith(" " + cited)]
        return longer[0] if len(longer) == 1 else cited


def relay_graph(
    documents: Iterable[Document],
    citations: Iterable[Citation],
    near_duplicates: Iterable[tuple[str, str]] = (),
) -> RelayGraph:
    """The graph of a corpus: its documents, the citations analysis found, and near-duplicate
    pairs (exact duplicates come from `Document.duplicate_of`)."""
    graph = RelayGraph()
    parent: dict[str, str] = {}

    def find(doc: str) -> str:
        while parent.get(doc, doc) != doc:
            doc = parent[doc]
        return doc

    for document in documents:
        graph.texts[document.id] = document.text
        parent.setdefault(document.id, document.id)
        if document.duplicate_of:
            parent[document.id] = document.duplicate_of
        if document.source:
            graph.by_outlet.setdefault(organisation_key(document.source), []).append(document.id)
    for a, b in near_duplicates:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    graph.canonical = {doc: find(doc) for doc in parent}
    for citation in citations:
        graph.citations.setdefault(citation.document, []).append(citation)
    return graph
