"""Entities across the corpus: the names documents use, grouped into one entity per referent.

Works on names, not mentions: analysis already gave every mention the full name its document
introduced ("Okafor" → "Dana Okafor"), so the corpus step compares the few thousand distinct
names rather than every mention, and a rebuild after new documents costs little. Two names
join when a rule says so, each join recorded as evidence: the same name once folded, one
written as the other in brackets ("李克强 (Li Keqiang)"), a comparison of family and given
names (`names`), an organisation's legal form or acronym, or a reviewer's decision. A family
name alone joins only when the corpus names exactly one such person in full; a reviewer's
"split" is never undone by a rule.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sourcebook.records import Decision, DecisionKind, Entity, Mention, NameUse
from sourcebook.resolve.names import (
    Same,
    compare_organisations,
    compare_people,
    family_names,
    organisation_key,
    parse,
    spelling_key,
)
from sourcebook.text.fold import CJK

#: Labels resolved together: a place is a place whether the model said GPE or LOC.
GROUPS = {"GPE": "PLACE", "LOC": "PLACE"}

Key = tuple[str, str]  # (label group, name as mentions carry it)
_SMALL_WORDS = frozenset({"of", "the", "and", "for"})
_LATIN_END = 0x250  # Basic Latin to Latin Extended-B: "José Núñez" is Latin, "Путин" is not


def group_of(label: str) -> str:
    return GROUPS.get(label, label)


@dataclass(slots=True)
class _Name:
    """One distinct name of one label group, with what its mentions say about it."""

    labels: Counter[str] = field(default_factory=Counter)
    documents: set[str] = field(default_factory=set)
    mentions: int = 0
    aliases: set[str] = field(default_factory=set)  # other scripts and spellings: names too
    forms: set[str] = field(default_factory=set)  # as written ("Ms Okafor"): shown, not joined


@dataclass(frozen=True, slots=True)
class Resolution:
    entities: list[Entity]
    entity_of: dict[Key, str]  # (label group, mention name) → entity id


class _Union:
    """Union-find over names, refusing joins a reviewer split."""

    def __init__(self, keys: Iterable[Key], apart: set[frozenset[Key]]) -> None:
        self.parent = {key: key for key in keys}
        self.apart = apart
        self.evidence: defaultdict[Key, list[str]] = defaultdict(list)
        #: per component root, its names that a reviewer's split names
        self.split_names: dict[Key, set[Key]] = {}
        for pair in apart:
            for key in pair:
                if key in self.parent:
                    self.split_names[key] = {key}

    def find(self, key: Key) -> Key:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def members(self) -> defaultdict[Key, list[Key]]:
        groups: defaultdict[Key, list[Key]] = defaultdict(list)
        for key in self.parent:
            groups[self.find(key)].append(key)
        return groups

    def join(self, a: Key, b: Key, why: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        left, right = self.split_names.get(ra, set()), self.split_names.get(rb, set())
        if any(frozenset((x, y)) in self.apart for x in left for y in right):
            return False
        if right:
            self.split_names[ra] = left | self.split_names.pop(rb)
        self.parent[rb] = ra
        self.evidence[ra].extend([*self.evidence.pop(rb, []), why])
        return True


def name_uses(mentions: Iterable[Mention]) -> list[NameUse]:
    """Mentions gathered by (label, name), as the store's `name_uses` gives them."""
    found: dict[tuple[str, str], tuple[set[str], list[int], set[str], set[str]]] = {}
    for m in mentions:
        documents, count, aliases, forms = found.setdefault(
            (m.label, m.name), (set(), [0], set(), set())
        )
        documents.add(m.document)
        count[0] += 1
        aliases.update(m.aliases)
        forms.add(m.text)
    return [
        NameUse(label, name, tuple(sorted(d)), n, tuple(sorted(a)), tuple(sorted(f)))
        for (label, name), (d, [n], a, f) in sorted(found.items())
    ]


def resolve(mentions: Iterable[Mention], decisions: Sequence[Decision] = ()) -> Resolution:
    """Every entity the mentions name, and which entity each (label group, name) is."""
    return resolve_names(name_uses(mentions), decisions)


def resolve_names(uses: Iterable[NameUse], decisions: Sequence[Decision] = ()) -> Resolution:
    """`resolve` from the corpus's name uses: the corpus step reads them straight from the
    store, one row per distinct name."""
    names: defaultdict[Key, _Name] = defaultdict(_Name)
    for use in uses:
        info = names[(group_of(use.label), use.name)]
        info.labels[use.label] += use.mentions
        info.documents.update(use.documents)
        info.mentions += use.mentions
        info.aliases.update(a for a in use.aliases if a != use.name)
        info.forms.update(" ".join(form.split()) for form in use.forms)
    for (group, _), info in list(names.items()):
        for alias in info.aliases:  # an alias is a name of its own: "李克强" may stand alone
            names.setdefault((group, alias), _Name())
    written = _written(names)
    apart = {
        frozenset((a, b))
        for d in decisions
        if d.kind is DecisionKind.SPLIT
        for a in written.get(d.a.casefold(), ())
        for b in written.get(d.b.casefold(), ())
        if a != b
    }
    union = _Union(names, apart)
    for key, info in names.items():
        for alias in sorted(info.aliases):
            union.join(key, (key[0], alias), f"{key[1]} is also written {alias}")
    _join_people(union, [k for k in names if k[0] == "PERSON"])
    _join_organisations(union, [k for k in names if k[0] == "ORG"])
    _join_folded(union, [k for k in names if k[0] not in ("PERSON", "ORG")])
    for decision in decisions:
        if decision.kind is DecisionKind.MERGE:
            left = written.get(decision.a.casefold(), ())
            right = written.get(decision.b.casefold(), ())
            for a in left[:1]:
                for b in right:
                    union.join(a, b, f"{decision.a} and {decision.b} merged by hand")
    return _entities(names, union)


def _written(names: dict[Key, _Name]) -> dict[str, list[Key]]:
    """The names a reviewer may type for each key, any case: the name, or a form as written
    ("Ms Okafor"), so a decision finds its names however it spells them."""
    found: defaultdict[str, list[Key]] = defaultdict(list)
    for key in sorted(names):  # a name as such first, before names that were written so
        found[key[1].casefold()].append(key)
    for key, info in sorted(names.items()):
        for form in info.forms:
            if key not in found[form.casefold()]:
                found[form.casefold()].append(key)
    return found


def _join_people(union: _Union, keys: list[Key]) -> None:
    """Full names compared within blocks of a shared family name; a bare family name joins
    the one person the corpus names in full with it, or nobody."""
    blocks: defaultdict[str, list[Key]] = defaultdict(list)
    for key in keys:
        name = parse(key[1])
        for family in family_names(name):
            blocks[spelling_key(family)].append(key)
        if len(name.words) > 1:  # "Путин Владимир" and "Vladimir Putin": the same words
            blocks[" ".join(sorted(name.words))].append(key)
    for family, block in blocks.items():
        full = [k for k in block if len(parse(k[1]).words) > 1]
        for bucket in _by_initial(full, family).values():
            for i, a in enumerate(bucket):
                for b in bucket[i + 1 :]:
                    found = compare_people(parse(a[1]), parse(b[1]))
                    if found.same is Same.YES:
                        union.join(a, b, f"{a[1]} = {b[1]}: " + "; ".join(found.reasons))
        bare = [
            k for k in block if len(words := parse(k[1]).words) == 1 and _key(words[0]) == family
        ]
        people = {
            union.find(k) for k in full if family in (_key(parse(k[1]).words[-1]), _key(_first(k)))
        }
        if len(people) == 1:
            (person,) = people
            for key in bare:
                union.join(person, key, f"{key[1]}: the only one so named in full in the corpus")


def _by_initial(keys: list[Key], family: str) -> dict[str, list[Key]]:
    """Names of one family block by the first letter of their given name: only names that
    share it can be one person (an initial fits, a spelling differs in its vowels), so common
    family names do not cost a comparison of every pair. A block of the same words in
    another order is one bucket."""
    if " " in family:
        return {"": keys}
    buckets: defaultdict[str, list[Key]] = defaultdict(list)
    for key in keys:
        words = parse(key[1]).words
        given = words[:-1] if _key(words[-1]) == family else words[1:]
        buckets[given[0][0] if given else ""].append(key)
    return buckets


def _key(word: str) -> str:
    return spelling_key(word) if word else ""


def _first(key: Key) -> str:
    name = parse(key[1])
    return name.words[0] if name.family_first else ""


def _join_organisations(union: _Union, keys: list[Key]) -> None:
    by_key: defaultdict[str, list[Key]] = defaultdict(list)
    for key in keys:
        by_key[organisation_key(key[1])].append(key)
    for same in by_key.values():
        for other in same[1:]:
            found = compare_organisations(same[0][1], other[1])
            union.join(same[0], other, "; ".join(found.reasons))
    initials: defaultdict[str, list[Key]] = defaultdict(list)
    for folded, group in by_key.items():
        words = [w for w in folded.split() if w not in _SMALL_WORDS]
        if len(words) > 1:
            initials["".join(w[0] for w in words)].append(group[0])
    for folded, group in by_key.items():
        candidates = initials.get(folded, []) if " " not in folded else []
        if len(candidates) == 1:  # "CPA" and one "Cassin Port Authority"; two means no guess
            found = compare_organisations(group[0][1], candidates[0][1])
            union.join(candidates[0], group[0], "; ".join(found.reasons))
    by_words: defaultdict[frozenset[str], list[str]] = defaultdict(list)
    for folded in by_key:
        by_words[frozenset(folded.split()) - _SMALL_WORDS].append(folded)
    for alike in by_words.values():  # "Interior Ministry", "Ministry of the Interior"
        for folded in alike[1:]:
            a, b = by_key[alike[0]][0], by_key[folded][0]
            union.join(a, b, f"{a[1]} = {b[1]}: the same words in another order")
    for folded in by_key:
        if folded.count(" ") < 1:
            continue
        longer = {w for w in by_key if w.endswith(" " + folded)}
        if len(longer) == 1:  # "Port Authority" when one "Cassin Port Authority" is named
            (full,) = longer
            a, b = by_key[full][0], by_key[folded][0]
            union.join(a, b, f"{b[1]}: the only {b[1]} the corpus names in full, as {a[1]}")


def _join_folded(union: _Union, keys: list[Key]) -> None:
    """Places, groups, laws and works: the same name once case, accents and script are folded."""
    by_form: defaultdict[tuple[str, tuple[str, ...]], list[Key]] = defaultdict(list)
    for key in keys:
        if not CJK.search(key[1]):  # a Chinese place name is not a person's pinyin
            by_form[(key[0], parse(key[1]).words)].append(key)
    for same in by_form.values():
        for other in same[1:]:
            union.join(same[0], other, f"{same[0][1]} = {other[1]} once case and accents fold")


def _entities(names: dict[Key, _Name], union: _Union) -> Resolution:
    entities: list[Entity] = []
    entity_of: dict[Key, str] = {}
    taken: set[str] = set()
    for root, keys in union.members().items():
        group = root[0]
        mentioned = [k for k in keys if names[k].mentions]
        if not mentioned:
            continue
        canonical = max(mentioned, key=lambda k: _rank(k, names[k]))[1]
        labels: Counter[str] = Counter()
        documents: set[str] = set()
        written = {k[1] for k in keys}
        for key in keys:
            labels.update(names[key].labels)
            documents.update(names[key].documents)
            written |= names[key].forms
        label = labels.most_common(1)[0][0] if group == "PLACE" else group
        entity = Entity(
            id=_entity_id(group, canonical, keys, taken),
            name=canonical,
            type=label,
            aliases=tuple(sorted(written - {canonical})),
            documents=tuple(sorted(documents)),
            mentions=sum(names[k].mentions for k in keys),
            evidence=tuple(union.evidence.get(root, ())),
        )
        entities.append(entity)
        entity_of.update((key, entity.id) for key in keys)
    entities.sort(key=lambda e: (-e.mentions, e.name))
    return Resolution(entities, entity_of)


def _entity_id(group: str, canonical: str, keys: list[Key], taken: set[str]) -> str:
    """A hash of the type and the folded canonical name, so an entity keeps its id across
    builds; two entities that fold alike (a reviewer split "梁宏偉" from "Liang Hongwei") add
    their names to tell them apart."""
    basis = f"{group}:{' '.join(parse(canonical).words)}"
    found = f"e{hashlib.sha1(basis.encode()).hexdigest()[:12]}"
    if found in taken:
        basis += ":" + "|".join(sorted(k[1] for k in keys))
        found = f"e{hashlib.sha1(basis.encode()).hexdigest()[:12]}"
    taken.add(found)
    return found


def _rank(key: Key, info: _Name) -> tuple[bool, bool, int, int, str]:
    """The canonical name: a Latin-script full name, the most mentioned, then the longest
    (the reports and exports built on it are read in English)."""
    name = key[1]
    latin = all(ord(ch) < _LATIN_END for ch in name)
    return (latin, " " in name, info.mentions, len(name), name)
