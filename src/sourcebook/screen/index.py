"""Which list entries a name could match, found by key, so no pair is compared that shares none.

People are keyed by family name (its spelling key, or its first letters for a typo further on),
bodies by their significant words. A name is looked up by its two rarest keys only: "Holdings"
or "Li" alone would make every entry a candidate.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sourcebook.records import Entity
from sourcebook.resolve.names import family_names, organisation_key, parse, spelling_key
from sourcebook.screen.entries import PERSON, ListEntry

_MINOR = frozenset({"of", "the", "and", "for", "de", "la"})
RAREST = 2  # keys of a name looked up, the rarest first


class Index:
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
