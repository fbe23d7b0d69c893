"""The store's interface: what ingest, search and the interfaces need from a database.

SQLite implements it today; a PostgreSQL backend implements the same protocol, so nothing
upstream changes when a team moves to a server.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Protocol

from sourcebook.records import (
    Annotations,
    Citation,
    Claim,
    ClaimCluster,
    Contest,
    Decision,
    Document,
    Entity,
    Event,
    Mention,
    NameUse,
    Quote,
    QuoteCluster,
    ScreeningResult,
)
from sourcebook.text.fingerprint import Fingerprint


@dataclass(frozen=True, slots=True)
class StoredFile:
    """What the store remembers of a path, to tell an unchanged file from a new one."""

    path: str
    document: str
    content_hash: str
    size: int
    mtime: float
    extractor: str
    extractor_version: int


@dataclass(frozen=True, slots=True)
class SearchFilters:
    source: str | None = None
    language: str | None = None
    after: str | None = None  # ISO date, inclusive
    before: str | None = None  # ISO date, inclusive


@dataclass(frozen=True, slots=True)
class SearchHit:
    document: str
    start: int
    end: int
    text: str  # the passage
    highlights: tuple[tuple[int, int], ...]  # spans matched, relative to `text`
    score: float
    title: str | None
    source: str | None
    published: str | None
    path: str
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    reason: str
    hint: str | None
    at: str


@dataclass(slots=True)
class CorpusCounts:
    documents: int = 0
    duplicates: int = 0
    near_duplicate_pairs: int = 0
    passages: int = 0
    failures: int = 0
    characters: int = 0
    by_media_type: dict[str, int] = field(default_factory=dict)
    by_language: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, int] = field(default_factory=dict)


class Store(Protocol):
    """Everything above the store talks to it through these methods only."""

    location: str

    def transaction(self) -> AbstractContextManager[None]: ...

    def stored_file(self, path: str) -> StoredFile | None: ...

    def document_with_text_hash(self, text_hash: str) -> str | None: ...

    def put_document(
        self, doc: Document, size: int, mtime: float, fingerprint: Fingerprint | None
    ) -> None: ...

    def near_duplicates_of(
        self, fingerprint: Fingerprint, threshold: float
    ) -> list[tuple[str, float]]: ...

    def link_near_duplicates(self, a: str, b: str, similarity: float) -> None: ...

    def put_annotations(self, annotations: Annotations, version: int) -> None:
        """Replace the document's annotations and mark it analysed at `version`, atomically."""

    def get_annotations(self, document_id: str) -> Annotations: ...

    def mentions(self) -> Iterator[Mention]:
        """Every stored mention."""

    def name_uses(self) -> Iterator[NameUse]:
        """Mentions gathered by (label, name), for corpus-wide resolution."""

    def replace_entities(
        self, entities: list[Entity], assignments: list[tuple[str, str, str]]
    ) -> None:
        """Replace all entities; `assignments` are (entity id, mention label, mention name)."""

    def entities(
        self, kind: str | None = None, name: str | None = None, limit: int | None = 100
    ) -> list[Entity]: ...

    def entity(self, ref: str) -> Entity | None:
        """By id, or by a name or alias written exactly (any case)."""

    def add_decision(self, decision: Decision) -> None: ...

    def quotes_to_cluster(
        self, ids: Collection[int] | None = None
    ) -> Iterator[tuple[int, str, str, str | None, str | None]]:
        """(quote id, document, words, speaker entity or words, the document's publication
        date) of every stored quote, or of the quotes `ids`."""

    def quote_words(self, documents: Collection[str]) -> Iterator[tuple[int, str, str]]:
        """(quote id, document, words) of the quotes of `documents`."""

    def quote_neighbourhood(self, quotes: Collection[int], documents: Collection[str]) -> set[int]:
        """`quotes` and every quote of a cluster holding one of them or quoted in `documents`."""

    def replace_quote_clusters(
        self,
        clusters: list[QuoteCluster],
        documents: Collection[str] | None = None,
        quotes: Collection[int] = (),
    ) -> None:
        """Replace all quote clusters, or those holding one of `quotes` (a neighbourhood) or
        quoted in `documents`."""

    def quote_clusters(
        self, speaker: str | None = None, differ: bool = False, limit: int | None = 100
    ) -> list[QuoteCluster]: ...

    def decisions(self) -> list[Decision]: ...

    def setting(self, key: str) -> str | None:
        """A value the store keeps for the corpus steps ("corpus_version")."""

    def set_setting(self, key: str, value: str) -> None: ...

    def numbered(
        self, kind: str, documents: Collection[str] | None = None
    ) -> Iterator[tuple[int, Mention | Quote | Claim | Event | Citation]]:
        """Every annotation of a kind ("mentions", "quotes", "claims", "events", "citations")
        with its store id, document by document; only those of `documents` when given."""

    def entity_occurrences(
        self, documents: Collection[str] | None = None
    ) -> Iterator[tuple[str, str, str, str]]:
        """(document, entity id, entity type, entity name) for each entity a document names."""

    def document_index(self) -> list[tuple[str, str | None, str | None, str | None]]:
        """(id, published, source, duplicate_of) of every document, without texts."""

    def document_names(self) -> list[tuple[str, str, str | None]]:
        """(id, path, title) of every document."""

    def document_text(self, doc_id: str) -> str: ...

    def cited_names(self, kinds: Collection[str]) -> set[str]:
        """Every name cited with one of these citation kinds anywhere in the corpus."""

    def near_duplicate_pairs(self) -> list[tuple[str, str]]: ...

    def claim_neighbourhood(self, documents: Collection[str]) -> set[int]:
        """The claims of `documents` and every claim of a fact stated in one of them."""

    def replace_claim_clusters(
        self,
        clusters: list[ClaimCluster],
        documents: Collection[str] | None = None,
        claims: Collection[int] = (),
    ) -> None:
        """Replace all claim clusters, or those stated in `documents`, whose claims (their
        neighbourhood) the new clusters hold."""

    def claim_clusters(
        self, verdict: str | None = None, label: str | None = None, limit: int | None = 100
    ) -> list[ClaimCluster]: ...

    def claims(self, ids: Iterable[int]) -> dict[int, Claim]:
        """Stored claims by id."""

    def replace_contests(
        self, contests: list[Contest], documents: Collection[str] | None = None
    ) -> None:
        """Replace all contests, or those with a statement in one of `documents`."""

    def contests(self, kind: str | None = None) -> list[Contest]: ...

    def replace_screening(self, results: list[ScreeningResult]) -> None:
        """Keep the matches of the last screening, in place of the ones before."""

    def screening(self) -> list[ScreeningResult]:
        """The stored matches, best first, each with a reviewer's decision if one was made."""

    def decide_match(self, entity: str, entry_id: str, decision: str) -> None: ...

    def documents_to_analyze(self, version: int) -> list[str]:
        """Ids of non-duplicate documents not yet analysed at `version` (new, changed, stale)."""

    def record_failure(self, path: str, reason: str, hint: str | None) -> None: ...

    def clear_failure(self, path: str) -> None: ...

    def failures(self) -> list[Failure]: ...

    def get_document(self, ref: str) -> Document: ...

    def children(self, doc_id: str) -> list[Document]: ...

    def near_duplicate_links(self, doc_id: str) -> list[tuple[str, float]]: ...

    def documents(self) -> Iterator[Document]: ...

    def search(self, query: str, filters: SearchFilters, limit: int = 20) -> list[SearchHit]: ...

    def counts(self) -> CorpusCounts: ...

    def tidy(self) -> None: ...

    def close(self) -> None: ...
