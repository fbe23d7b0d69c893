"""The fact sheet's records: what a report shows, already selected and ordered, with its citations."""

from __future__ import annotations

from dataclasses import dataclass

from sourcebook.report.cite import Cite, Reference


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    type: str
    aliases: tuple[str, ...]
    documents: int
    cites: tuple[Cite, ...]  # first mention in each of the first documents
    more: int  # documents naming it beyond those cited


@dataclass(frozen=True, slots=True)
class QuoteLine:
    text: str
    kind: str | None
    documents: int  # how many documents carry these words
    speakers_differ: bool  # the documents disagree on who said them
    cites: tuple[Cite, ...]
    more: int


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None  # None when no document says who spoke
    quotes: tuple[QuoteLine, ...]


@dataclass(frozen=True, slots=True)
class Wording:
    text: str
    attributed_to: str | None
    cite: Cite


@dataclass(frozen=True, slots=True)
class Figure:
    label: str
    verdict: str
    reason: str | None
    independent_sources: int
    sources: int
    wordings: tuple[Wording, ...]


@dataclass(frozen=True, slots=True)
class Statement:
    speaker: str | None
    stance: str | None
    text: str
    cite: Cite


@dataclass(frozen=True, slots=True)
class Contest:
    label: str
    kind: str
    statements: tuple[Statement, ...]


@dataclass(frozen=True, slots=True)
class Moment:
    date: str  # ISO, truncated to its precision: the sort key
    when: str  # as a reader says it: "March 2026", "2009 – 2014"
    text: str  # the time expression; the cite's excerpt holds the sentence it dates
    entities: tuple[str, ...]
    relative: bool  # worked out from the publication date ("last Tuesday"), not written out
    cite: Cite


@dataclass(frozen=True, slots=True)
class Match:
    entity: str
    entry_name: str
    list: str
    program: str | None
    score: float | None
    firm: bool
    explanations: tuple[str, ...]
    cites: tuple[Cite, ...]


@dataclass(frozen=True, slots=True)
class FactSheet:
    generator: str
    intro: str
    people: tuple[Actor, ...]
    organisations: tuple[Actor, ...]
    speakers: tuple[Speaker, ...]
    figures: tuple[Figure, ...]
    contested: tuple[Contest, ...]
    timeline: tuple[Moment, ...]
    screening: tuple[Match, ...]
    references: tuple[Reference, ...]
