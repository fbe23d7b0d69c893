"""The records every stage shares.

One definition, read by the store's schema, the JSON export and the docs. Offsets are character
offsets into `Document.text`, the clean text, so any derived fact can be shown in its passage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Precision(StrEnum):
    """How much of a date is known; a date is stored truncated to it ("2021", "2021-03")."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True, slots=True)
class RemovedSpan:
    """A block that cleaning dropped, kept so a reader can see what was cut and why.

    `at` is the offset in the clean text where the block stood; the block is not part of
    `Document.text`, so it has a position but no extent there.
    """

    at: int
    text: str
    reason: str  # e.g. "navigation", "subscription", "credit", "share", "teaser", "page-chrome"


@dataclass(frozen=True, slots=True)
class Page:
    """Where a page of the source file lies in the clean text (1-based page numbers)."""

    number: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """One ingested item: a file, an archive member or an e-mail attachment."""

    id: str
    path: str  # where it came from: a file path, or "archive.zip!member" / "mail.eml!attachment"
    media_type: str
    text: str
    title: str | None = None
    source: str | None = None  # the outlet or issuer
    author: str | None = None
    published: str | None = None  # ISO date truncated to its precision
    published_precision: Precision | None = None
    language: str | None = None  # ISO 639-1 code
    removed: tuple[RemovedSpan, ...] = ()
    pages: tuple[Page, ...] = ()
    content_hash: str = ""  # sha256 of the raw bytes
    text_hash: str = ""  # sha256 of the normalised text; equal hashes are exact duplicates
    duplicate_of: str | None = None
    parent: str | None = None  # id of the archive or e-mail this came out of
    extractor: str = ""  # registry key of the extractor that read it
    extractor_version: int = 0
    metadata: dict[str, str] = field(default_factory=dict)  # headers, site name, url, ...
    errors: tuple[str, ...] = ()  # non-fatal problems met while reading it

    def page_at(self, offset: int) -> int | None:
        """The page number holding `offset`, for files that have pages."""
        for page in self.pages:
            if page.start <= offset < page.end or (offset == page.end == len(self.text)):
                return page.number
        return None


# ---- annotations: what per-document analysis finds ------------------------------------------


class QuoteKind(StrEnum):
    """Direct: the words stand in quotation marks. Indirect: reported without marks. Mixed:
    reported speech holding a quoted fragment (called for a "total reset")."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class Resolution(StrEnum):
    """How a date was reached: written out, worked out from the publication date, or not."""

    ABSOLUTE = "absolute"
    RELATIVE = "relative"  # resolved against the document's publication date
    UNRESOLVED = "unresolved"  # relative, and the document has no publication date


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in the text. `name` is the full form the document uses for it, so "Okafor" and
    "Ms Okafor" after "Interior Minister Dana Okafor" all carry name "Dana Okafor"."""

    document: str
    start: int
    end: int
    text: str  # verbatim, as written at [start, end)
    label: str  # PERSON, ORG, GPE, LOC, NORP, LAW, WORK, EVENT (sourcebook.nlp.labels)
    name: str  # the full name within the document, title stripped
    title: str | None = None  # "Foreign Minister", "spokesman", kept apart from the name
    aliases: tuple[str, ...] = ()  # forms in other scripts or spellings: 李克强, "Li Keqiang"
    entity: str | None = None  # the corpus-wide entity, once resolved


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a speaker, with the cue that attributes them."""

    document: str
    start: int  # the quoted or reported words; a split quote spans from its first to last part
    end: int
    text: str  # the words, parts joined by one space
    kind: QuoteKind
    cue: str | None = None  # the verb or phrase: "said", "told", "according to"
    speaker: str | None = None  # the speaker's name in the document, a collective, or None
    speaker_start: int | None = None
    speaker_end: int | None = None
    parts: tuple[tuple[int, int], ...] = ()  # the spans of a quote split by its cue
    relayed_by: str | None = None  # "..., the Post reported": the outlet that relays it
    cluster: str | None = None  # the corpus-wide quote cluster, once resolved


@dataclass(frozen=True, slots=True)
class Claim:
    """A figure someone states: "more than 2,000 people detained"."""

    document: str
    start: int
    end: int
    text: str  # the quantity phrase as written
    value_low: float | None
    value_high: float | None  # equal to value_low for an exact figure
    unit: str | None = None  # "%", "USD", "km", "times per day", or None for a count
    qualifier: str | None = None  # "more than", "at least", "nearly", "between", ...
    subject: str | None = None  # what is counted or measured: "people detained"
    sentence_start: int | None = None
    sentence_end: int | None = None
    attributed_to: str | None = None  # who states it, where the sentence says
    cluster: str | None = None  # the corpus-wide claim cluster (the fact), once resolved


@dataclass(frozen=True, slots=True)
class Event:
    """A dated statement: a time expression, the date it stands for, and who is involved."""

    document: str
    start: int  # the time expression
    end: int
    text: str
    date: str | None  # ISO, truncated to its precision ("2021", "2021-03", "2021-03-03")
    precision: Precision | None
    resolution: Resolution
    end_date: str | None = None  # for ranges: "between 2009 and 2014"
    sentence_start: int | None = None
    sentence_end: int | None = None
    entities: tuple[str, ...] = ()  # names of the mentions in the same sentence


@dataclass(frozen=True, slots=True)
class Citation:
    """A passage relays another source: "according to Reuters", "the Post reported"."""

    document: str
    start: int  # the cited source's name in the text
    end: int
    cited: str  # the outlet, agency, document or person relayed
    kind: str  # "reported", "according to", "told", "interview", "additional reporting", ...


@dataclass(frozen=True, slots=True)
class Annotations:
    """Everything per-document analysis found in one document."""

    document: str
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True)
class NameUse:
    """How the corpus uses one name under one label: all entity resolution needs of the
    mentions that carry it, so it compares distinct names, not every mention."""

    label: str
    name: str
    documents: tuple[str, ...]
    mentions: int
    aliases: tuple[str, ...] = ()  # forms in other scripts or spellings the mentions give
    forms: tuple[str, ...] = ()  # the words as written ("Ms Okafor")


@dataclass(frozen=True, slots=True)
class Entity:
    """One person, body, place or group across the corpus: the names every document used for
    it, and why those names were taken for one (`evidence`, one line per merge)."""

    id: str  # stable while its name and type stay: a hash of both
    name: str  # the canonical name: the full form most mentions use
    type: str  # a mention label; GPE and LOC resolve together as places
    aliases: tuple[str, ...] = ()  # every other form, any script
    documents: tuple[str, ...] = ()  # ids of the documents that name it
    mentions: int = 0
    evidence: tuple[str, ...] = ()


class DecisionKind(StrEnum):
    """A reviewer's ruling on two names, kept across rebuilds."""

    MERGE = "merge"  # one entity, whatever the rules say
    SPLIT = "split"  # never one entity


@dataclass(frozen=True, slots=True)
class Decision:
    kind: DecisionKind
    a: str  # a name as mentions carry it
    b: str


@dataclass(frozen=True, slots=True)
class QuoteCluster:
    """One statement quoted in several places: its quotes (store ids), the speaker most of them
    name, and whether they disagree on who said it (one paper misattributed the words)."""

    id: str
    members: tuple[int, ...]
    speaker: str | None  # an entity id, or the speaker's words when no entity was resolved
    speakers_differ: bool
    documents: tuple[str, ...]
    text: str = ""  # the longest member's words


@dataclass(frozen=True, slots=True)
class ClaimCluster:
    """One fact stated in several places, with the verdict on how its sources agree and the
    reason a reader can check; or (`primary` False) one document's figures of different
    measures set side by side, so "40 injured" beside "12 killed" is not read as a conflict."""

    id: str
    label: str  # what is measured, in the words most members use
    verdict: str  # agree, compatible, differing-measure, conflict, single
    reason: str
    members: tuple[int, ...]  # claims (store ids)
    sources: tuple[str, ...]  # the documents stating it
    independent_sources: int  # roots of the relay graph behind them
    measure: str | None = None
    unit: str | None = None
    primary: bool = True
    evidence: tuple[str, ...] = ()  # why the members were taken for one fact


@dataclass(frozen=True, slots=True)
class Statement:
    """One side of a contested point: who says what, where."""

    document: str
    start: int
    end: int
    text: str
    speaker: str | None  # the speaker's name as written, or the issuing body
    speaker_entity: str | None = None
    stance: str = ""  # "denies", "asserts", or the position in a few words


@dataclass(frozen=True, slots=True)
class Contest:
    """Statements that cannot all be true, side by side: an official denial against what it
    denies ("denial"), or different explanations of one event ("explanations")."""

    id: str
    label: str
    kind: str  # "denial" or "explanations"
    statements: tuple[Statement, ...]


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    """A corpus entity found on a watch list, as `sourcebook screen` stored it."""

    entity: str
    entry_id: str  # the list entry's own id
    entry_name: str
    list: str
    program: str | None
    score: float
    match: bool  # firm; False: possible, for a reviewer to confirm or dismiss
    explanations: tuple[str, ...]
    reference: str | None = None
    source: str = ""  # the list file and line
    matched: tuple[str, ...] = ()  # the entity's form and the list's form that met
    decision: str | None = None  # a reviewer's "confirmed" or "dismissed", kept across screens
    features: tuple[tuple[str, float], ...] = ()  # each feature's name and score
