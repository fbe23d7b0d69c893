"""Quote clusters: the same words attributed in several documents, as one statement.

A statement travels: whole in one paper, cut after its first clause in another, with a word
changed in a third. Quotes are compared only with those sharing a run of three words (an
index, never all pairs), then by how much of the shorter one the longer holds. A cluster's
speaker is the one most of its members name; members naming different speakers flag it, since
one of the papers has misattributed the words.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from anyascii import anyascii
from rapidfuzz.fuzz import partial_ratio, ratio

from sourcebook.records import QuoteCluster

SHINGLE = 3  # words in a run two quotes must share to be compared
SAME = 88  # rapidfuzz score from which two quotes are one statement
MIN_SHARE = 0.4  # a cut quote holds at least this share of the whole one's letters
_WORD = re.compile(r"[a-z0-9]+")
_NAME = re.compile(r"(?<=[\w,;] )[A-Z][\w'’-]+")  # a capital after a word: not a sentence start


@dataclass(frozen=True, slots=True)
class QuoteRef:
    """A stored quote as clustering needs it: its id, words and who it is attributed to."""

    id: int
    document: str
    text: str
    speaker: str | None  # the speaker entity's id, or the speaker's words when unresolved


def cluster_quotes(quotes: Sequence[QuoteRef]) -> list[QuoteCluster]:
    """Clusters of two or more quotes holding the same words; a quote alone is no cluster.

    Longest first: whole statements found the clusters, and a cut one joins the cluster whose
    words hold it. A cut quote that two different statements both hold ("We share the grief of
    the people of Kerrow" before two different second halves) joins the one its speaker made,
    or none: chaining through it would make two statements one."""
    words = {q.id: " ".join(_WORD.findall(anyascii(q.text).lower())) for q in quotes}
    names = {q.id: _names(q.text) for q in quotes}
    index: defaultdict[tuple[str, ...], set[int]] = defaultdict(set)  # shingle → cluster ids
    members: defaultdict[int, list[QuoteRef]] = defaultdict(list)
    for quote in sorted(quotes, key=lambda q: (-len(words[q.id]), q.id)):
        text = words[quote.id]
        shingles = _shingles(text)
        fits = [
            cluster
            for cluster in sorted({c for s in shingles for c in index.get(s, ())})
            if any(
                names[quote.id] <= names[m.id] and _same(text, words[m.id])  # names: cheap
                for m in members[cluster]
            )
        ]
        if len(fits) > 1:
            fits = [c for c in fits if quote.speaker and members[c][0].speaker == quote.speaker]
        cluster = fits[0] if len(fits) == 1 else quote.id
        members[cluster].append(quote)
        for shingle in shingles:
            index[shingle].add(cluster)
    return [_cluster(group) for group in members.values() if len(group) > 1]


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
