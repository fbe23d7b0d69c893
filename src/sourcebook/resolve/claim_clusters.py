"""Claims across documents that state one fact: the same measure of the same event.

"At least 200 protesters detained" in one paper and "nearly 300 people arrested" in another
are one fact stated two ways when both count detentions (`measures.measure`), in the same unit,
about the same event. Two documents are taken to tell of one event when they appeared no more
than `EVENT_DAYS` apart and name a common place or organisation (outlets aside: an outlet names
itself in every story it prints) and a common person, unless one of them names nobody. Money
and other measured units are linked by value too, and for them a common person is enough:
"€1.4 billion" beside "the port" in one paper and beside "the contract" in another is one
figure, and a statement in another language spells the places its own way.

A document that counts two different things of its event ("40 injured", "nearly 300
detained") also yields a differing-measure comparison, so a reader sees they are not a
conflict; its members keep their own clusters.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from sourcebook.records import Claim
from sourcebook.resolve.measures import measure
from sourcebook.text.isodate import first_day

EVENT_DAYS = 14
#: The figure a subject repeats ("fee of € 4.2 million"), left out of the cluster's label.
_FIGURE = re.compile(r"\s+of\s+\W*(?:[A-Z]{3}\b|\d).*$")
#: Units of time: "for five days" says how long, not how many of something.
DURATIONS = frozenset("seconds minutes hours days weeks months years decades centuries".split())


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """A stored claim: its store id and the claim."""

    id: int
    claim: Claim


@dataclass(frozen=True, slots=True)
class Context:
    """What a document says its event involves: entity ids, and when it was published."""

    people: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()  # places and organisations, outlets left out
    published: str | None = None


@dataclass(slots=True)
class ClaimGroup:
    """Claims found to state one fact (`primary`), or a document's figures of different
    measures set side by side (not primary: each member keeps its own fact)."""

    id: str
    label: str
    measure: str | None
    unit: str | None
    members: list[ClaimRef] = field(default_factory=list)
    primary: bool = True
    evidence: list[str] = field(default_factory=list)


def cluster_claims(claims: Sequence[ClaimRef], contexts: Mapping[str, Context]) -> list[ClaimGroup]:
    """Primary groups first (every clusterable claim in exactly one), then comparisons."""
    keyed = [(ref, measure(ref.claim.subject)) for ref in claims if ref.claim.unit not in DURATIONS]
    keyed = [(ref, key) for ref, key in keyed if key is not None or _measured_unit(ref.claim)]
    links = _Links(keyed, contexts)
    buckets: dict[tuple[str | None, str], list[int]] = {}
    by_value: dict[tuple[str | None, float | None, float | None], list[int]] = {}
    for i, (ref, key) in enumerate(keyed):
        if key is not None:
            buckets.setdefault((ref.claim.unit, key), []).append(i)
        if _measured_unit(ref.claim):
            c = ref.claim
            by_value.setdefault((c.unit, c.value_low, c.value_high), []).append(i)
    for (_, key), members in buckets.items():
        links.link(members, f"both count {key}", exact=False)
    for (unit, *_), members in by_value.items():
        links.link(members, f"the same {unit} figure", exact=True)
    groups: dict[int, list[int]] = {}
    for i in range(len(keyed)):
        groups.setdefault(links.find(i), []).append(i)
    found = [
        _group([keyed[i] for i in members], [links.why[i] for i in members if i in links.why])
        for members in groups.values()
    ]
    found.sort(key=lambda g: g.id)
    return found + _comparisons(found)


class _Links:
    """Union-find over claims, linking those of one event, with the reason for each link."""

    def __init__(self, keyed: list[tuple[ClaimRef, str | None]], contexts: Mapping[str, Context]):
        self.keyed, self.contexts = keyed, contexts
        self.parent = list(range(len(keyed)))
        self.why: dict[int, str] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def link(self, members: list[int], reason: str, exact: bool) -> None:
        """Union the members that tell of one event; a document's first claim stands for it."""
        by_document: dict[str, int] = {}
        for i in members:
            document = self.keyed[i][0].claim.document
            if document in by_document:
                self._union(by_document[document], i, reason + ", in one document")
            else:
                by_document[document] = i
        sharing: dict[str, list[str]] = {}  # entity → documents naming it
        for document in by_document:
            context = self.contexts.get(document, Context())
            for entity in context.others | context.people:
                sharing.setdefault(entity, []).append(document)
        tried: set[tuple[str, str]] = set()
        for documents in sharing.values():
            for da, db in combinations(documents, 2):
                a, b = by_document[da], by_document[db]
                if (da, db) in tried or self.find(a) == self.find(b):
                    continue
                tried.add((da, db))
                if self.same_event(da, db, exact):
                    self._union(a, b, reason + ", of one event")

    def same_event(self, a: str, b: str, exact: bool) -> bool:
        """Asked only of documents that share an entity; `exact` when the figures are one
        value in money or another unit, which alone nearly says they are one figure."""
        ca, cb = self.contexts[a], self.contexts[b]
        if _days_apart(ca.published, cb.published) > EVENT_DAYS:
            return False  # a town's police spokesman speaks of many events in a year
        person = bool(ca.people & cb.people)
        if exact and person:  # a statement in another language spells the places its way
            return True
        # a minister comments on floods in many towns; one town has many floods
        return bool(ca.others & cb.others) and (person or not (ca.people and cb.people))

    def _union(self, a: int, b: int, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
            self.why.setdefault(b, reason)


def _group(members: list[tuple[ClaimRef, str | None]], evidence: list[str]) -> ClaimGroup:
    refs = sorted((ref for ref, _ in members), key=lambda r: (r.claim.document, r.claim.start))
    keys = Counter(key for _, key in members if key is not None)
    key = keys.most_common(1)[0][0] if keys else None
    unit = refs[0].claim.unit
    subjects = Counter(_FIGURE.sub("", r.claim.subject) for r in refs if r.claim.subject)
    label = subjects.most_common(1)[0][0] if subjects else (key or "figure")
    label += f" ({unit})" if unit else ""
    first = refs[0].claim
    digest = hashlib.sha1(f"{key}|{unit}|{first.document}:{first.start}".encode()).hexdigest()
    return ClaimGroup(f"cc-{digest[:12]}", label, key, unit, refs, True, sorted(set(evidence)))


def _comparisons(groups: list[ClaimGroup]) -> list[ClaimGroup]:
    """Per document, its counts of different measures, one claim of each."""
    first: dict[str, dict[str, ClaimRef]] = {}
    for group in groups:
        if group.unit is not None or group.measure is None:
            continue
        for ref in group.members:
            first.setdefault(ref.claim.document, {}).setdefault(group.measure, ref)
    found = []
    for document, by_measure in sorted(first.items()):
        if len(by_measure) < 2:
            continue
        refs = sorted(by_measure.values(), key=lambda r: r.claim.start)
        digest = hashlib.sha1(f"compare|{document}".encode()).hexdigest()
        label = " vs ".join(sorted(by_measure))
        reason = "one document counts different things: " + ", ".join(sorted(by_measure))
        found.append(ClaimGroup(f"cm-{digest[:12]}", label, None, None, refs, False, [reason]))
    return found


def _measured_unit(claim: Claim) -> bool:
    """A figure in money or another unit: its value alone nearly identifies it."""
    return claim.unit is not None and claim.value_low is not None and claim.value_low >= 100


def _days_apart(a: str | None, b: str | None) -> float:
    da, db = first_day(a), first_day(b)
    return float("inf") if da is None or db is None else abs((da - db).days)
