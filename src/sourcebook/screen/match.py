"""Which of the corpus's people and bodies a watch list names, each match with its reasons.

A person is compared by family and given names apart, after folding case, accents, titles,
word order and script (pinyin for Chinese, traditional to simplified, Cyrillic to Latin):
the rules entity resolution uses (`resolve.names`), so "Томас Ренко" on a list is "Tomas Renko"
in a paper. A shared family name alone is never a match ("Li" would match half a ministry).
A body is compared without its legal form, by its acronym, and, for a misspelling, by the
letters of its words in any order. A person never matches a company. Every form of the entity
meets every form of the entry, and the best pair gives the score; lists are indexed by family
name or its first letters and by word, and a name is looked up by its two rarest keys, so
no pair is compared that shares neither.

Scores stay below 1 unless two names are written alike once folded, so a reviewer can tell
"the same words" from "the same person, probably": at `FIRM` or above a match is firm, from
`POSSIBLE` a possible one for a reviewer to confirm or dismiss.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.fuzz import ratio, token_sort_ratio

from sourcebook.records import Entity, ScreeningResult
from sourcebook.resolve.names import (
    Same,
    compare_organisations,
    compare_people,
    family_names,
    organisation_key,
    parse,
    spelling_key,
)
from sourcebook.screen.entries import ORGANIZATION, PERSON, ListEntry

FIRM = 0.9
POSSIBLE = 0.7
SPELLED = 88  # rapidfuzz ratio from which two folded names are one name misspelled
KINDS = {"PERSON": PERSON, "ORG": ORGANIZATION}
_MINOR = frozenset({"of", "the", "and", "for", "de", "la"})
RAREST = 2  # keys of a name looked up, the rarest first


@dataclass(frozen=True, slots=True)
class Match:
    entity: str  # the corpus entity's id
    entity_name: str
    entry: ListEntry
    score: float
    match: bool  # firm; False: possible, for a reviewer
    matched: tuple[str, str]  # the entity's form and the list's form that met
    explanations: tuple[str, ...]

    def result(self) -> ScreeningResult:
        """The match as the store and the export keep it."""
        e = self.entry
        return ScreeningResult(self.entity, e.id, e.name, e.list, e.program, self.score,
                               self.match, self.explanations, e.reference, e.source,
                               self.matched)  # fmt: skip


def screen(
    entities: Iterable[Entity], entries: Sequence[ListEntry], threshold: float = POSSIBLE
) -> list[Match]:
    """Every entity–entry pair scoring `threshold` or more, best first."""
    index = _Index(entries)
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
    return sorted(found, key=lambda m: (-m.score, m.entity_name, m.entry.id))


class _Index:
    """List entries by the keys a matching name must share: a family name's spelling key or
    first letters for people, a significant word for bodies. A name is looked up by its two
    rarest keys only: "Holdings" or "Li" alone would make every entry a candidate."""

    def __init__(self, entries: Sequence[ListEntry]):
        self.by_key: defaultdict[tuple[str, str], list[ListEntry]] = defaultdict(list)
        for entry in entries:
            keys = {key for form in (entry.name, *entry.aliases) for key in _keys(form, entry.kind)}
            for key in keys:
                self.by_key[(entry.kind, key)].append(entry)

    def candidates(self, entity: Entity, kind: str) -> list[ListEntry]:
        seen: dict[str, ListEntry] = {}
        for form in (entity.name, *entity.aliases):
            held = [self.by_key[(kind, k)] for k in _keys(form, kind) if (kind, k) in self.by_key]
            for entries in sorted(held, key=len)[:RAREST]:
                for entry in entries:
                    seen.setdefault(entry.id, entry)
        return list(seen.values())


def _keys(form: str, kind: str) -> set[str]:
    if kind == PERSON:  # a family name's spelling, or its first letters (a typo further on)
        families = family_names(parse(form))
        return {spelling_key(f) for f in families} | {f"{f[:3]}…" for f in families}
    return {w for w in organisation_key(form).split() if len(w) > 2 and w not in _MINOR}


def compare(a: str, b: str, kind: str) -> tuple[float, tuple[str, ...]]:
    """The score and reasons for two names of one kind (PERSON or ORGANIZATION)."""
    return (_people if kind == PERSON else _bodies)(a, b)


def _best(entity: Entity, entry: ListEntry, kind: str) -> Match | None:
    best: Match | None = None
    for ours in (entity.name, *entity.aliases):
        for theirs in (entry.name, *entry.aliases):
            score, reasons = compare(ours, theirs, kind)
            if score and (best is None or score > best.score):
                said = (f"{theirs!r} is listed as an alias of {entry.name!r}",)
                explanations = (*reasons, *(said if theirs != entry.name else ()))
                best = Match(entity.id, entity.name, entry, round(score, 3), score >= FIRM,
                             (ours, theirs), explanations)  # fmt: skip
    return best


def _people(a: str, b: str) -> tuple[float, tuple[str, ...]]:
    na, nb = parse(a), parse(b)
    if len(na.words) < 2 or len(nb.words) < 2:
        return 0.0, ()  # a family name alone names nobody in particular
    found = compare_people(na, nb)
    if found.same is Same.YES:
        return found.score * 0.99 if found.score >= 1 and a != b else found.score, found.reasons
    spelled = ratio(" ".join(sorted(na.words)), " ".join(sorted(nb.words)))
    if spelled >= SPELLED:  # "Viktor Drai" for "Viktor Dray"
        return spelled / 100 * 0.9, (f"{a} and {b} spelled alike ({spelled:.0f} of 100)",)
    if "".join(na.words) == "".join(nb.words):  # "VladimirPutin"
        return 0.85, (f"{a} and {b} are the same letters with the spaces moved",)
    short, long = sorted((set(na.words), set(nb.words)), key=len)
    if len(short) >= 2 and short < long:  # a middle or a further given name left out
        return 0.8, (f"every name of {a if set(na.words) == short else b} is in the other",)
    return 0.0, ()


def _bodies(a: str, b: str) -> tuple[float, tuple[str, ...]]:
    found = compare_organisations(a, b)
    if found.same is Same.YES:
        return found.score * 0.99 if found.score >= 1 and a != b else found.score, found.reasons
    ka, kb = (" ".join(w for w in organisation_key(x).split() if w not in _MINOR) for x in (a, b))
    if min(len(ka), len(kb)) < 5:  # "ABC" and "ABD" are two companies
        return 0.0, ()
    alike = token_sort_ratio(ka, kb)
    if alike >= SPELLED:  # "Brakwater Advisory" for "Brackwater Advisory"
        return alike / 100 * 0.9, (f"{a} and {b} spelled alike ({alike:.0f} of 100)",)
    return 0.0, ()
