"""Which of the corpus's people and bodies a watch list names, each match with its reasons.

Every form of an entity (its name and aliases) meets every form of a candidate entry, and the
best pair gives the score (`screen.compare` says how two names compare; `screen.index` which
entries are candidates at all, so no pair is compared that shares no key). A person never
matches a company. At `FIRM` or above a match is firm; from `POSSIBLE` it is a possible one,
for a reviewer to confirm or dismiss.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_all_start_methods, get_context

from sourcebook.records import Entity, ScreeningResult
from sourcebook.screen.compare import compare
from sourcebook.screen.entries import ORGANIZATION, PERSON, ListEntry
from sourcebook.screen.index import Index
from sourcebook.screen.words import Feature, Reasons

FIRM = 0.9
POSSIBLE = 0.7
PARALLEL_FROM = 5_000  # entities from which screening in several processes pays off
STEP = 2_000  # entities screened at a time: the unit of progress and of work per process
KINDS = {"PERSON": PERSON, "ORG": ORGANIZATION}


@dataclass(frozen=True, slots=True)
class Match:
    entity: str  # the corpus entity's id
    entity_name: str
    entry: ListEntry
    score: float
    match: bool  # firm; False: possible, for a reviewer
    matched: tuple[str, str]  # the entity's form and the list's form that met
    features: Reasons  # each step of the comparison, with its score and its words

    @property
    def explanations(self) -> tuple[str, ...]:
        return tuple(f.detail for f in self.features)

    def result(self) -> ScreeningResult:
        """The match as the store and the export keep it."""
        e = self.entry
        return ScreeningResult(self.entity, e.id, e.name, e.list, e.program, self.score,
                               self.match, self.explanations, e.reference, e.source,
                               self.matched, features=scores(self.features))  # fmt: skip


def scores(features: Reasons) -> tuple[tuple[str, float], ...]:
    """Each feature's name and its weakest score in one comparison, as yente's `features`."""
    weakest: dict[str, float] = {}
    for f in features:
        weakest[f.name] = min(weakest.get(f.name, 1.0), f.score)
    return tuple(weakest.items())


def screen(
    entities: Iterable[Entity],
    entries: Sequence[ListEntry],
    threshold: float = POSSIBLE,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> list[Match]:
    """Every entity–entry pair scoring `threshold` or more, best first.

    With `workers` above one and a corpus worth it, entities are screened in forked processes
    that share the index built here; `progress` hears how many entities each step finished.
    """
    index = Index(entries)
    entities = list(entities)
    if workers > 1 and len(entities) >= PARALLEL_FROM and "fork" in get_all_start_methods():
        found = _in_processes(entities, index, threshold, workers, progress)
    else:
        found = []
        for at in range(0, len(entities), STEP):
            found += _screened(entities[at : at + STEP], index, threshold)
            if progress:
                progress(len(entities[at : at + STEP]))
    return sorted(found, key=lambda m: (-m.score, m.entity_name, m.entry.id))


def _screened(entities: Sequence[Entity], index: Index, threshold: float) -> list[Match]:
    found: list[Match] = []
    for entity in entities:
        kind = KINDS.get(entity.type)
        if kind is None:
            continue
        best: dict[str, Match] = {}
        for entry in index.candidates(entity, kind):
            match = _best(entity, entry, kind)
            if match is not None and match.score >= threshold:
                if entry.id not in best or match.score > best[entry.id].score:
                    best[entry.id] = match
        found.extend(best.values())
    return found


#: The index and threshold forked workers screen against: set before the pool forks, so
#: each worker has them without pickling a large index.
_SHARED: tuple[Index, float] | None = None


def _in_processes(
    entities: list[Entity],
    index: Index,
    threshold: float,
    workers: int,
    progress: Callable[[int], None] | None,
) -> list[Match]:
    global _SHARED
    _SHARED = (index, threshold)
    steps = [entities[at : at + STEP] for at in range(0, len(entities), STEP)]
    found: list[Match] = []
    try:
        context = get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            for step, part in zip(steps, pool.map(_screened_shared, steps), strict=True):
                found += part
                if progress:
                    progress(len(step))
    finally:
        _SHARED = None
    return found


def _screened_shared(entities: Sequence[Entity]) -> list[Match]:
    assert _SHARED is not None, "set by the parent before it forks"
    return _screened(entities, *_SHARED)


def _best(entity: Entity, entry: ListEntry, kind: str) -> Match | None:
    best: Match | None = None
    for ours in (entity.name, *entity.aliases):
        for theirs in (entry.name, *entry.aliases):
            score, reasons = compare(ours, theirs, kind)
            if score and (best is None or score > best.score):
                said = f"{theirs!r} is listed as an alias of {entry.name!r}"
                alias = (Feature("alias", 1.0, said),) if theirs != entry.name else ()
                best = Match(entity.id, entity.name, entry, round(score, 3), score >= FIRM,
                             (ours, theirs), (*reasons, *alias))  # fmt: skip
    return best
