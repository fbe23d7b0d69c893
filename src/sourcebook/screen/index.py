"""Which list entries a name could match, found by key, so no pair is compared that shares none.

A key is narrow enough that "Smith" or "Trading" alone never makes every entry a candidate, and
loose enough that the pairs `screen.compare` accepts share one. Names are read as the comparer
reads them (`screen.people.person`, `screen.bodies.body`), then keyed:

- people by a family name with a given name's initial, or with a given name within a letter;
  the list is keyed with every word of an entry as the family name, so "PUTIN Vladimir",
  "Putin, Vladimir" and "Vladimir Putin" all meet "Vladimir Putin" in a document;
- bodies by two of their significant words (legal forms set aside wherever they stand:
  "OOO Atlas", "Atlas LLC"), by their whole name, by initials for an acronym, and by one word
  alone only where that word is rare on the list;
- both also by any two of their words alike in sound, except two words common on the list
  where the name has two rarer ones to look up;
- a word also with each one of its letters left out (two in long words), so a typo, two
  letters swapped or a space moved ("AnnaS mith") still meets the listed spelling, and by its
  sound (`screen.words.sound`: "Khassan" and "Hassan", "Zelenskyy" and "Selenskyj").

A list entry is keyed on more readings of its name than a document's name is looked up by:
that keeps a common given name from pulling in every entry that holds it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from itertools import combinations

from sourcebook.records import Entity
from sourcebook.screen import arabic
from sourcebook.screen.bodies import body
from sourcebook.screen.entries import PERSON, ListEntry
from sourcebook.screen.korean import ROMANISED as KOREAN
from sourcebook.screen.legal_forms import PLACES
from sourcebook.screen.people import person, syllables_key
from sourcebook.screen.words import sound, spelled_alike

Key = tuple[str, ...]
Pairs = tuple[tuple[Key, frozenset[Key]], ...]

#: A word alone finds the bodies it names only where no more than this many list entries hold
#: it: "Rosneft" is a key, "Trading" is not.
RARE = 5
#: Letters from which a word is keyed with one left out: in shorter words one letter makes
#: another name ("Dana", "Dina").
TYPO_FROM = 4
#: Letters from which a family name is keyed with two left out, as the comparer allows two
#: slips in a word this long.
TWO_SLIPS_FROM = 7
#: Letters past which a word is keyed only as written: a 600-letter "name" is no typo.
LONGEST = 30
#: Letters from which a word is keyed by its sound, as `screen.words.likeness` compares it.
SOUND_FROM = 5
#: List entries from which two words of a name are too common to look up together, where
#: the name has two rarer ones: "Atlas Trading" in "Kamiro Atlas Trading".
CROWDED = 10
#: Words of a body's name paired at most (the first ones): a long name still has few keys.
PAIRED = 6
#: Letters a given name keyed with a family name a letter or two apart is folded by, beyond
#: those `words.spelled_alike` folds: "Karlos Smit" and "Carlos Smith" share a key.
_FOLDS = (("j", "y"), ("c", "k"))


class Index:
    """List entries by the keys a matching name must share (see the module's notes)."""

    def __init__(self, entries: Sequence[ListEntry]):
        self.entries = list(entries)
        self.by_key: dict[str, defaultdict[Key, list[int]]] = {}  # key: positions in entries
        for at, entry in enumerate(self.entries):
            keys = self.by_key.setdefault(entry.kind, defaultdict(list))
            forms = (entry.name, *entry.aliases)
            for key in {k for form in forms for k in _listed(form, entry.kind)}:
                keys[key].append(at)

    def candidates(self, entity: Entity, kind: str) -> list[ListEntry]:
        """The entries sharing a key with any of the entity's names, in list order. A common
        word alone does not count, nor two common words together where the name has a rarer
        one to pair."""
        keys: dict[Key, list[int]] = self.by_key.get(kind, {})
        found: set[int] = set()
        for form in (entity.name, *entity.aliases):
            alone, pairs = _sought(form, kind)
            held = [len(keys.get(pair, ())) for pair, _ in pairs]
            limit = CROWDED if any(n <= CROWDED for n in held) else math.inf
            sought = [
                alone,
                *(near for (_, near), n in zip(pairs, held, strict=True) if n <= limit),
            ]
            for key in (k for group in sought for k in group):
                at = keys.get(key)
                if at and not (key[0] == "word" and len(at) > RARE):
                    found.update(at)
        return [self.entries[at] for at in sorted(found)]


def _listed(form: str, kind: str) -> frozenset[Key]:
    """The keys a list entry's name is filed under."""
    keys, pairs = (_person if kind == PERSON else _body)(form, listed=True)
    return keys.union(*(near for _, near in pairs))


@lru_cache(maxsize=1 << 14)
def _sought(form: str, kind: str) -> tuple[frozenset[Key], Pairs]:
    """The keys a document's name is looked up by, and apart, for each two of its words, the
    keys of that pair (the pair itself first, telling how common it is on the list)."""
    return _person(form, listed=False) if kind == PERSON else _body(form, listed=False)


def _person(form: str, listed: bool) -> tuple[frozenset[Key], Pairs]:
    """A family name within a letter or by sound with a given name's initial, a family name
    with a given name within a letter, and any two words alike in sound.

    A list entry's family name is the last word of each reading the comparer is sure of (as
    written, before a comma, in capitals, first in a Chinese or Korean name), and with a
    given name whole every word is. A document's name is looked up by its last word, or its
    first where it ends in an initial ("Putin V."), and with a given name whole by its first
    word too where that may be the family name: "Li" with an initial would be half a list."""
    read = person(form)
    words = tuple(KOREAN.get(w, w) for w in read.words)  # "Yi", "Rhee" filed as "Lee"
    if not words:
        return frozenset(), ()
    keys: set[Key] = {("whole", "".join(words))}  # "VladimirPutin"
    if len(words) == 1:  # "Hannibal" meets only another name of one word
        keys.update(("whole", w) for w in _typos(words[0]))
        keys.add(("whole sound", _sound(words[0])))
        return frozenset(keys), ()
    # Read any other way ("Smith Anna Maria"), a name meets one with two of its words alike,
    # and, however common the two are, a name of those two words only ("Ivan Li").
    pairs = []
    unique = tuple(dict.fromkeys(words))
    for a, b in combinations(unique, 2):
        pair = ("pair sound", *sorted((_sound(a), _sound(b))))
        pairs.append((pair, frozenset((pair,))))
        if not listed or len(unique) == 2:
            keys.add(("both", *pair[1:]))
    if listed or read.script == "ARABIC":  # عمر عباس in a paper meets "Omar Abbas": "mr bs"
        skeletons = dict.fromkeys(arabic.consonants(w) for w in words)
        keys.update(("consonants", *sorted(p)) for p in combinations(skeletons, 2))
    sure = {KOREAN.get(r.words[-1], r.words[-1]) for r in read.readings if r.certainty >= 1}
    for r in read.readings:  # "Hyeon-u" and "Hyun-woo": given syllables by their consonants
        if r.certainty >= 1 and r.syllables and len(r.words) > 1:
            given = "".join(r.words[:-1])
            keys.add(("syllables", KOREAN.get(r.words[-1], r.words[-1]), syllables_key(given)))
    if listed:
        surnames, families = sure, set(words)
    else:
        surnames = {words[-1], words[0]} if len(words[-1]) == 1 else {words[-1]}
        families = surnames | sure
    for family in surnames:
        if len(family) < 2:  # an initial is no family name
            continue
        near = _slips(family) or _typos(family)
        for given in words:
            if given == family or (not listed and len(given) > 1 and len(family) < TYPO_FROM):
                continue  # "Li" with an initial is looked up only for an initial written
            keys.update(("family", f, _initial(given)) for f in near)
            keys.add(("family sound", _sound(family), _initial(given)))
            if len(given) > 1:  # "Karlos Smit" for "Carlos Smith"
                keys.update(("family folded", f, _folded(given)[:2]) for f in _typos(family))
    for family in families:
        for given in words:
            if given == family or len(family) < 2:
                continue
            if len(given) == 1 or not listed:  # an initial on the list meets the name in full
                keys.add(("given", family, _initial(given)))
            if len(given) > 1:
                keys.update(("given", family, g) for g in _typos(given))
    return frozenset(keys), tuple(pairs)


def _body(form: str, listed: bool) -> tuple[frozenset[Key], Pairs]:
    """Every two significant words (one within a letter or two, or both by sound), the whole
    name within a letter and without a place it adds ("Rosneft Germany"), its initials or the
    acronym it is, and each word alone, looked up only where it is rare on the list."""
    read = body(form)
    core = read.core
    if not core:
        return frozenset(), ()
    joined = "".join(core)  # within a letter for a name of one word; two words are paired
    keys: set[Key] = {("whole", w) for w in (_typos(joined) if len(core) == 1 else (joined,))}
    keys.add(("whole", "".join(read.words)))  # "SiemensAG"
    keys.update(("word", w) for w in core)
    if len(core) == 1:  # "Rossiya" and "Russia"
        keys.add(("whole sound", _sound(core[0])))
    if len(core) > 1:
        for word in set(core) & (PLACES | read.qualifiers):
            keys.add(("whole", "".join(w for w in core if w != word)))
    if len(core) > 1:  # "HMS" for "Halvorsen Mercantile Shipping"
        keys.add(("initials" if listed else "acronym", "".join(w[0] for w in core)))
    else:
        keys.add(("acronym" if listed else "initials", core[0]))
    pairs = []
    unique = tuple(dict.fromkeys(core[:PAIRED]))
    for i, j in combinations(range(len(unique)), 2):
        a, b = unique[i], unique[j]
        # Two slips in a long word leave the others unchanged: one neighbour to pair with.
        far_a, far_b = (_slips(a), _slips(b)) if j == i + 1 else ((), ())
        near: set[Key] = {("pair", x, b) if x < b else ("pair", b, x) for x in _typos(a) + far_a}
        near.update(("pair", a, y) if a < y else ("pair", y, a) for y in _typos(b) + far_b)
        near.add(("pair sound", *sorted((_sound(a), _sound(b)))))
        pairs.append((("pair", *sorted((a, b))), frozenset(near)))
    return frozenset(keys), tuple(pairs)


@lru_cache(maxsize=1 << 16)
def _typos(word: str) -> tuple[str, ...]:
    """The word and, from `TYPO_FROM` letters, the word with each one letter left out: two
    spellings one letter apart, or with two letters swapped, share one of these."""
    if not TYPO_FROM <= len(word) <= LONGEST:
        return (word,)
    return (word, *{word[:i] + word[i + 1 :] for i in range(len(word))})


@lru_cache(maxsize=1 << 16)
def _slips(word: str) -> tuple[str, ...]:
    """From `TWO_SLIPS_FROM` letters, the word with up to two letters left out: what two
    spellings two letters apart share ("Zarrolen", "Zarsholen"), as the comparer allows in
    long words."""
    if not TWO_SLIPS_FROM <= len(word) <= LONGEST:
        return ()
    once = _typos(word)
    return tuple({w[:i] + w[i + 1 :] for w in once[1:] for i in range(len(w))}.union(once))


def _initial(given: str) -> str:
    """A given name's first letter, w as v: "Wolodymyr" and "Volodymyr" share one."""
    return "v" if given[0] == "w" else given[0]


def _sound(word: str) -> str:
    return sound(word) if len(word) >= SOUND_FROM else word


@lru_cache(maxsize=1 << 16)
def _folded(word: str) -> str:
    """A given name in one spelling of the letters romanisations differ by: "karlos" for
    "Carlos" and "Karlos", "hassan" for "Khassan"."""
    return spelled_alike(word, _FOLDS)
