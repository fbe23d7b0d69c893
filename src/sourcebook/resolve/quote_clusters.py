"""Quote clusters: the same words attributed in several documents, as one statement.

A statement travels: whole in one paper, cut after its first clause in another, with a word
changed in a third. Quotes are compared only with those sharing a run of three words (an
index, never all pairs), then by how much of the shorter one the longer holds. A cluster's
speaker is the one most of its members name; members naming different speakers flag it, since
one of the papers has misattributed the words.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from anyascii import anyascii
from rapidfuzz.fuzz import partial_ratio, ratio

from sourcebook.records import QuoteCluster
from sourcebook.text.isodate import first_day

SHINGLE = 3  # words in a run two quotes must share to be compared
SAME = 88  # rapidfuzz score from which two quotes are one statement
MIN_SHARE = 0.4  # a cut quote holds at least this share of the whole one's letters
MIN_SHINGLES = 0.2  # share of a quote's word runs a cluster must hold to be compared with it
TRIED = 3  # members of a cluster compared with a quote, longest first
CANDIDATES = 8  # clusters compared with a quote, those sharing most of its words first
COMMON_RUN = 64  # a word run held by more clusters than this is left out of the comparison
QUOTE_DAYS = 31  # a statement is quoted again within weeks; later, the same words are new
_WEEKS = datetime.timedelta(days=QUOTE_DAYS)
_WORD = re.compile(r"[a-z0-9]+")
_NAME = re.compile(r"(?<=[\w,;] )[A-Z][\w'’-]+")  # a capital after a word: not a sentence start


@dataclass(frozen=True, slots=True)
class QuoteRef:
    """A stored quote as clustering needs it: its id, words and who it is attributed to."""

    id: int
    document: str
    text: str
    speaker: str | None  # the speaker entity's id, or the speaker's words when unresolved
    published: str | None = None  # the document's date


def cluster_quotes(quotes: Sequence[QuoteRef]) -> list[QuoteCluster]:
    """Clusters of two or more quotes holding the same words; a quote alone is no cluster.

    Longest first: whole statements found the clusters, and a cut one joins the cluster whose
    words hold it. A cut quote that two different statements both hold ("We share the grief of
    the people of Kerrow" before two different second halves) joins the one its speaker made,
    or none: chaining through it would make two statements one."""
    words = {q.id: _words(q.text) for q in quotes}
    names = {q.id: _names(q.text) for q in quotes}
    index = _Index()
    members: defaultdict[int, list[QuoteRef]] = defaultdict(list)
    named: dict[int, set[str]] = {}  # cluster → the capitalised words its quotes hold
    spans: dict[int, tuple[datetime.date, datetime.date]] = {}  # cluster → first, last day
    for quote in sorted(quotes, key=lambda q: (-len(words[q.id]), q.id)):
        text = words[quote.id]
        shingles = _shingles(text)
        day = first_day(quote.published)
        hits = index.clusters(shingles, day)
        enough = max(1, MIN_SHINGLES * len(shingles))  # a shared "the minister said" is not
        likely = [  # most words in common first; a cut quote names only what the whole does
            c
            for c, n in sorted(hits.items(), key=lambda hit: (-hit[1], hit[0]))
            if n >= enough and names[quote.id] <= named[c] and _near(day, spans.get(c))
        ]
        fits = sorted(
            cluster
            for cluster in likely[:CANDIDATES]
            if any(
                names[quote.id] <= names[m.id] and _same(text, words[m.id])
                for m in members[cluster][:TRIED]  # the longest first: they hold the rest
            )
        )
        if len(fits) > 1:
            fits = [c for c in fits if quote.speaker and members[c][0].speaker == quote.speaker]
        cluster = fits[0] if len(fits) == 1 else quote.id
        members[cluster].append(quote)
        named.setdefault(cluster, set()).update(names[quote.id])
        if day is not None:
            lo, hi = spans.get(cluster, (day, day))
            spans[cluster] = (min(lo, day), max(hi, day))
        index.add(shingles, day, cluster)
    return [_cluster(group) for group in members.values() if len(group) > 1]


class _Index:
    """Word runs → the clusters holding them, by period of `QUOTE_DAYS`: a dated quote looks
    only at clusters quoted in its own period or the next ones either side (nothing further
    could be near enough), so a phrase every flood report repeats costs little."""

    def __init__(self) -> None:
        self.dated: defaultdict[tuple[tuple[str, ...], int | None], set[int]] = defaultdict(set)
        self.anywhen: defaultdict[tuple[str, ...], set[int]] = defaultdict(set)

    def clusters(self, shingles: set[tuple[str, ...]], day: datetime.date | None) -> Counter[int]:
        if day is None:  # an undated quote may belong with any
            found = [self.anywhen.get(s, set()) for s in shingles]
        else:
            period = _period(day)
            found = [
                self.dated.get((s, p), set())
                for s in shingles
                for p in (period - 1, period, period + 1, None)
            ]
        # a run of words that many statements share ("the situation closely") tells none apart
        return Counter(c for clusters in found if len(clusters) <= COMMON_RUN for c in clusters)

    def add(self, shingles: set[tuple[str, ...]], day: datetime.date | None, cluster: int) -> None:
        period = None if day is None else _period(day)
        for shingle in shingles:
            self.dated[(shingle, period)].add(cluster)
            self.anywhen[shingle].add(cluster)


def _period(day: datetime.date) -> int:
    return day.toordinal() // QUOTE_DAYS


def related_quotes(quotes: Iterable[tuple[int, str, str]], new: Collection[str]) -> set[int]:
    """Of `quotes` (id, document, words), those of the `new` documents and those that share
    enough runs of words with one of them to join its cluster: all that new documents can
    change in the clustering of quotes near them."""
    shingles = {i: _shingles(_words(text)) for i, _, text in quotes}
    fresh = {i for i, document, _ in quotes if document in new}
    holders: defaultdict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, runs in shingles.items():
        for run in runs:
            holders[run].add(i)
    found = set(fresh)
    for i in fresh:
        shared = Counter(j for run in shingles[i] for j in holders[run])
        found.update(
            j
            for j, n in shared.items()
            if n >= MIN_SHINGLES * min(len(shingles[i]), len(shingles[j]))
        )
    return found


def _words(text: str) -> str:
    return " ".join(_WORD.findall(anyascii(text).lower()))


def _near(day: datetime.date | None, span: tuple[datetime.date, datetime.date] | None) -> bool:
    """Whether a quote of `day` falls within `QUOTE_DAYS` of a cluster's dates: "it was
    monitoring the situation closely", said of one flood in May and another in October, is
    two statements."""
    if day is None or span is None:
        return True
    return span[0] - _WEEKS <= day <= span[1] + _WEEKS


def _names(text: str) -> frozenset[str]:
    """The capitalised words inside a quote: "Nobody in Kerrow will …" and "Nobody in Talbury
    will …" are two statements, however alike the rest; a cut quote names only what the whole
    one names (quotes go longest first, so the earlier quote is the longer)."""
    return frozenset(m.group() for m in _NAME.finditer(text))


def _shingles(text: str) -> set[tuple[str, ...]]:
    w = text.split()
    return {tuple(w[i : i + SHINGLE]) for i in range(max(1, len(w) - SHINGLE + 1))}


def _same(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    if not short:
        return False
    if ratio(a, b) >= SAME:
        return True
    return len(short) >= MIN_SHARE * len(long) and partial_ratio(short, long) >= SAME


def _cluster(members: list[QuoteRef]) -> QuoteCluster:
    members.sort(key=lambda q: q.id)
    named = Counter(q.speaker for q in members if q.speaker)
    speaker = named.most_common(1)[0][0] if named else None
    return QuoteCluster(
        id=f"q{members[0].id}",
        members=tuple(q.id for q in members),
        speaker=speaker,
        speakers_differ=len(named) > 1,
        documents=tuple(sorted({q.document for q in members})),
        text=max((q.text for q in members), key=len),
    )
