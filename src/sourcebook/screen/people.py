"""People's names compared the way a reviewer checks them: family name against family name,
then the given names in their order, each step with its reason.

A name is read every way it may be written: family name last, before a comma ("RENKO,
Tomas"), in capitals ("RENKO Tomas"), first as Chinese, Korean and Russian names are, with a
second family name after it (Spanish), or, less surely, first in any name ("Renko Tomas").
Given names are aligned in order, so a patronymic reversed
("Salman bin Muhammad" against "Muhammad bin Salman") is another man, and a further name may
be missing from one side at a cost ("Nikolai Patrushev" for "Nikolai Platonovich Patrushev").
A family name alone names nobody in particular: "Li" or "Khan" never match on their own.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from sourcebook.nlp.chinese import to_simplified
from sourcebook.resolve.names import FAMILY_FIRST, fold, parse
from sourcebook.screen import arabic as arab
from sourcebook.screen.korean import ROMANISED as KOREAN
from sourcebook.screen.korean import by_syllable, one_family
from sourcebook.screen.words import (
    EQUAL,
    NAMES_KEPT,
    UNLIKE,
    Feature,
    Likeness,
    Reasons,
    likeness,
    unmistaken,
)

Like = Callable[[str, str, int], Likeness]  # how two words of two names are compared

#: The article of an Arabic nisba or family name, written or not: "al-Assad", "el-Assad".
_ARTICLES = frozenset({"al", "el", "ul"})
#: "Son of" in the romanisations lists use, written one way here.
_SON_OF = {"ben": "bin", "ibn": "bin", "bint": "bin", "binti": "bin"}
#: Words inside a name that are not a further name of their own when one side lacks them.
_LINKS = frozenset({"bin", "de", "da", "do", "dos", "das", "di", "du", "van", "von", "der", "y"})
_HONORIFICS = frozenset({"shaikh", "sheikh", "sheik"})
_ABDUL = frozenset({"abdul", "abdel", "abdal", "abdol"})
_CAPITALS = re.compile(r"^[^\W\d_]{2,}$")
_VOWELS = re.compile(r"[aeiouwy]")  # and w, y: "Hyun-woo" is "Hyeon-u"
#: Styles written before a name as initials: His or Her Excellency, Highness, Royal Highness.
_STYLES = re.compile(r"^\s*(?:H\.\s?E\.|H\.\s?H\.|H\.\s?R\.\s?H\.|HRH)\s+")
# Each step a reviewer should check costs enough that one of them alone leaves a possible match
# (below `match.FIRM`), not a firm one.
FURTHER = 0.88  # one further name on one side only
MOST_FURTHER = 2  # further names one side may hold before the two are other people
FIRST_ANYWHERE = 0.88  # a family name read first in a name not written that way
ACROSS_SCRIPTS = 0.95  # Arabic script against Latin letters: short vowels are guessed


@dataclass(frozen=True, slots=True)
class Reading:
    words: tuple[str, ...]  # given names first, the family name last
    certainty: float
    how: str  # how it was read, for the explanation; empty when as written
    syllables: bool = True  # given names may be syllables run together ("Jong-un", "Jongun")


@dataclass(frozen=True, slots=True)
class Person:
    words: tuple[str, ...]
    readings: tuple[Reading, ...]
    folds: tuple[str, ...]
    script: str  # the script its letters are written in: "LATIN", "CYRILLIC", "CJK", ...


def compare_people(a: str, b: str) -> tuple[float, Reasons]:
    """The score and reasons for two people's names."""
    pa, pb = person(a), person(b)
    if not pa.words or not pb.words:
        return 0.0, ()
    folds = tuple(Feature("script", 1.0, f) for f in pa.folds + pb.folds)
    if pa.words != pb.words and "".join(pa.words) == "".join(pb.words):
        spaces = Feature("spaces", 0.9, f"{a} and {b} are the same letters with the spaces moved")
        return 0.9, (*folds, spaces)
    if pa.script == pb.script != "LATIN":
        return _same_script(a, b, pa, pb)
    if len(pa.words) == 1 or len(pb.words) == 1:
        return _single(pa, pb, folds)
    if {pa.script, pb.script} == {"LATIN", "ARABIC"}:
        arabic = (pa if pa.script == "ARABIC" else pb).words
        score, reasons = _best_reading(a, b, pa, pb, folds, _across_arabic(arabic))
        return round(score * ACROSS_SCRIPTS, 3), reasons
    return _best_reading(a, b, pa, pb, folds, likeness)


def _best_reading(
    a: str, b: str, pa: Person, pb: Person, folds: Reasons, like: Like
) -> tuple[float, Reasons]:
    best = 0.0
    reasons: Reasons = ()
    for ra in pa.readings:
        for rb in pb.readings:
            fa, fb = ra.words[-1], rb.words[-1]
            if fa != fb and like(fa, fb, 4).score < 0.8 and not one_family(fa, fb):
                continue  # most pairs of readings: two family names
            syllables = ra.syllables and rb.syllables and like is likeness
            score, why = _aligned(ra.words, rb.words, like, syllables)
            score *= ra.certainty * rb.certainty
            if score > best:
                how = tuple(
                    Feature("reading", r.certainty, r.how)
                    for r in dict.fromkeys(r for r in (ra, rb) if r.how)
                )
                best, reasons = score, (*folds, *how, *why)
    if best >= 1 and a != b:
        best = 0.99  # alike once folded; a reviewer sees it was written otherwise
    return round(best, 3), reasons


@lru_cache(maxsize=NAMES_KEPT)
def person(written: str) -> Person:
    """A written name folded and read each way it may be written."""
    family, comma, given = written.partition(",")
    if comma:
        (fam, fold_f), (giv, fold_g) = _words(family), _words(given)
        if fam and giv:
            how = f"{' '.join(fam)} read as the family name, written before the comma"
            readings = [Reading(giv + fam, 1.0, how)]
            if len(fam) > 1:  # "MADURO MOROS, Nicolas": two family names, the first one used
                how = f"{fam[0]} read as the family name, the first of those before the comma"
                readings.append(Reading((*giv, *fam[1:], fam[0]), 1.0, how))
            return Person(giv + fam, tuple(readings), fold_f + fold_g, _script(written))
    words, folds = _words(written)
    readings = []
    if len(words) > 1:
        first, rest = words[0], words[1:]
        turned = (*rest, first)
        capitals = _capitalised_first(written, len(words))
        if capitals:
            how = f"{' '.join(words[:capitals])} read as the family name, written in capitals"
            readings.append(Reading((*words[capitals:], *words[:capitals]), 1.0, how))
        east_asian = parse(written).family_first or first in FAMILY_FIRST or first in KOREAN
        cyrillic = _script(written) == "CYRILLIC"  # Russian papers: family, given, patronymic
        family_first = east_asian or cyrillic
        if family_first:  # first, so that on a tie the likelier reading explains the match
            how = f"{first} read as the family name, written first as " + (
                "Chinese and Korean names are" if east_asian else "Russian documents write it"
            )
            readings.append(Reading(turned, 1.0, how))
        # read as written, a family name first would pose as a given name's syllable
        readings.append(Reading(words, 1.0, "", syllables=not family_first))
        if len(words) > 2 and not family_first:  # "María Domínguez Flores": two family names
            how = f"{words[-2]} read as the family name, {words[-1]} as a second one"
            readings.append(Reading((*words[:-2], words[-1], words[-2]), 1.0, how))
        readings.append(Reading(turned, FIRST_ANYWHERE, f"{first} read as the family name"))
    else:
        readings.append(Reading(words, 1.0, ""))
    unique = {r.words: r for r in reversed(readings)}  # the first reading of each wins
    kept = tuple(r for r in readings if unique[r.words] is r)
    return Person(words, kept, folds, _script(written))


@lru_cache(maxsize=NAMES_KEPT)
def _script(written: str) -> str:
    """The script of a name's letters ("LATIN", "CYRILLIC", "CJK", ...); "MIXED" for several."""
    scripts = {unicodedata.name(c, "?").split()[0] for c in written if c.isalpha()}
    return scripts.pop() if len(scripts) == 1 else "MIXED"


def _same_script(a: str, b: str, pa: Person, pb: Person) -> tuple[float, Reasons]:
    """Two names in one script other than Latin: a letter that differs is another name
    (习近平 and 习近朋, two Arabic spellings a letter apart), whatever their romanisations say;
    Chinese characters compare as written, once simplified."""
    if pa.script == "CJK":
        ca, cb = (re.sub(r"\W", "", to_simplified(x)) for x in (a, b))
        if ca != cb:
            return 0.0, ()
        said = f"{a} and {b} the same characters" + (" once simplified" if a != b else "")
        return (1.0 if a == b else 0.99), (Feature("characters", 1.0, said),)
    if len(pa.words) == 1 or len(pb.words) == 1:
        return _single(pa, pb, (), _exact)
    return _best_reading(a, b, pa, pb, (), _exact)


def _exact(x: str, y: str, shortest: int = 4) -> Likeness:
    return EQUAL if x == y else UNLIKE


def _across_arabic(arabic: tuple[str, ...]) -> Like:
    """Words compared as an Arabic-script word and its romanisation, whichever side each is."""

    def like(x: str, y: str, shortest: int = 4) -> Likeness:
        word, latin = (x, y) if x in arabic else (y, x)
        if x == y or not arab.fills(word, latin):
            return EQUAL if x == y else UNLIKE
        return Likeness(1.0, f"{latin} spells {word}, as Arabic script writes it")

    return like


def _words(written: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    written = by_syllable(_STYLES.sub("", written))
    # titles are read in Latin letters; a romanised "mr" is Omar's consonants, not "Mr"
    name = parse(written) if _script(written) in ("LATIN", "MIXED") else fold(written)
    initials = {w.lower() for w in written.split() if w.isupper() and 1 < len(w) <= 3}
    words: list[str] = []
    for i, word in enumerate(name.words):
        word = unmistaken(word)
        if word in initials and i < len(name.words) - 1 and not re.search("[aeiouy]", word):
            words.extend(word)  # "JC Juncker": two initials written together
        elif word in _ARTICLES and words and words[-1] == "abd":
            words[-1] = "abdul"  # "Abd al-Aziz", "Abdul Aziz"
        elif word not in _ARTICLES and not (not words and word in _HONORIFICS):
            words.append("abdul" if word in _ABDUL else _SON_OF.get(word, word))
    return (arab.words(tuple(words)) if _script(written) == "ARABIC" else tuple(words)), name.folds


def _capitalised_first(written: str, count: int) -> int:
    """How many leading words are written in capitals where the rest are not ("RENKO Tomas"),
    as lists mark a family name; 0 when none or all are."""
    written_words = re.findall(r"[^\W\d_]+", written)
    if len(written_words) != count:
        return 0
    capitals = [bool(_CAPITALS.match(w)) and w.isupper() for w in written_words]
    leading = next((i for i, c in enumerate(capitals) if not c), count)
    return leading if 0 < leading < count and not any(capitals[leading:]) else 0


def _single(pa: Person, pb: Person, folds: Reasons, like: Like = likeness) -> tuple[float, Reasons]:
    """One name of one word against another: a mononym ("Hannibal") may match its like; one
    word against a fuller name is a family name alone, which names nobody in particular."""
    if len(pa.words) != len(pb.words):
        return 0.0, ()
    alike = like(pa.words[0], pb.words[0], 6)
    if alike.score < 0.85:
        return 0.0, ()
    said = alike.reason or f"{pa.words[0]} equal"
    score = round(0.8 * alike.score, 3)
    return score, (*folds, Feature("single_name", score, f"one name only on each side, {said}"))


def _aligned(
    x: tuple[str, ...], y: tuple[str, ...], like: Like, syllables: bool
) -> tuple[float, Reasons]:
    """Family name last against family name last, then the given names in order."""
    if len(x) < 2 or len(y) < 2:
        return 0.0, ()
    korean = x[-1] != y[-1] and one_family(x[-1], y[-1])
    family = like(x[-1], y[-1], 4)
    if korean:
        family = Likeness(0.95, f"{x[-1]} and {y[-1]} one Korean family name romanised two ways")
    elif family.score < 1 and {x[-1], y[-1]} & FAMILY_FIRST:
        family = UNLIKE  # "Chen" and "Shen", "Jung" and "Jang": a letter makes another family
    if family.score < 0.8 or (min(len(x[-1]), len(y[-1])) < 2 and not korean):
        return 0.0, ()  # an initial is no family name: "N.N." is not Nursultan Nazarbayev
    if len(x) <= len(y):
        short, long, given = x[:-1], y[:-1], like
    else:  # the words of the shorter name come first to `like`, as they came to `family`
        short, long, given = y[:-1], x[:-1], _swapped(like)
    found = (
        _in_order(short, long, given)
        or _reordered(short, long)
        or (_run_together(short, long) if syllables else None)
    )
    if found is None:
        return 0.0, ()
    score, pairs, further = found
    said = [Feature("family_name", family.score, family.reason or f"family name {x[-1]} equal")]
    same = [s for s, _, alike in pairs if alike is EQUAL]
    if same:
        plural = "s" * (len(same) > 1)
        said.append(Feature("given_names", 1.0, f"given name{plural} {' '.join(same)} equal"))
    said += [Feature("given_names", a.score, a.reason) for _, _, a in pairs if a is not EQUAL]
    if further:
        kept = FURTHER ** len(further)
        said.append(Feature("further_names", kept, f"{' '.join(further)} on one side only"))
    return family.score * score, tuple(said)


def _swapped(like: Like) -> Like:
    def swapped(x: str, y: str, shortest: int = 4) -> Likeness:
        return like(y, x, shortest)

    return swapped


Alignment = tuple[float, list[tuple[str, str, Likeness]], list[str]]


def _reordered(short: tuple[str, ...], long: tuple[str, ...]) -> Alignment | None:
    """The same given names in another order ("Gregorio Lenin", "Lenin Gregorio"); never
    where "bin" says whose son is whose."""
    if sorted(short) != sorted(long) or "bin" in short or len(short) < 2:
        return None
    return (
        0.9,
        [(" ".join(short), " ".join(long), Likeness(1.0, "given names in another order"))],
        [],
    )


def _run_together(short: tuple[str, ...], long: tuple[str, ...]) -> Alignment | None:
    """Given names of syllables, hyphened or not, that differ in their vowels only, as
    romanisations of Korean do: "Jong-un" and "Jong Uun", "Hyeon-u" and "Hyun-woo". A
    consonant that differs ("Su-jin", "Su-bin") is another name."""
    if len(long) < 2 or short[0][0] != long[0][0]:
        return None
    if any(len(w) < 2 and w not in "aeiou" for w in (*short, *long)):
        return None  # initials are compared one by one; "u" in "Hyeon U" is a syllable
    x, y = "".join(short), "".join(long)
    if x == y:
        said = f"given names {' '.join(short)} and {' '.join(long)} the same letters"
        return 1.0, [(x, y, Likeness(1.0, said))], []
    if syllables_key(x) != syllables_key(y):
        return None
    said = f"given names {' '.join(short)} and {' '.join(long)} differ in vowels only"
    return 0.85, [(x, y, Likeness(0.85, said))], []


def syllables_key(given: str) -> str:
    """What given names run together share when they differ in vowels only: the first letter
    and the consonants ("Hyeonu", "Hyunwoo": hn). The index keys syllable names by it."""
    return given[0] + _VOWELS.sub("", given[1:])


def _in_order(short: tuple[str, ...], long: tuple[str, ...], like: Like) -> Alignment | None:
    """Every word of `short` matched to a word of `long`, in order, the rest of `long` further
    names: the best such alignment, or None."""
    n, m = len(short), len(long)
    if n == m:  # the commonest case: word for word
        pairs = [(x, y, like(x, y, 5)) for x, y in zip(short, long, strict=True)]
        if any(alike.score < 0.8 for _, _, alike in pairs):
            return None
        return math.prod(alike.score for _, _, alike in pairs), pairs, []
    best: dict[tuple[int, int], Alignment] = {(0, 0): (1.0, [], [])}
    for j in range(1, m + 1):  # leading further names
        score, pairs, further = best[(0, j - 1)]
        best[(0, j)] = _skipped(score, pairs, further, long[j - 1])
    for i in range(1, n + 1):
        for j in range(i, m + 1):
            options = []
            if (i, j - 1) in best:
                options.append(_skipped(*best[(i, j - 1)], long[j - 1]))
            if (i - 1, j - 1) in best:
                x, y = short[i - 1], long[j - 1]
                alike = like(x, y, 5)
                if alike.score >= 0.8:
                    score, pairs, further = best[(i - 1, j - 1)]
                    pair = (short[i - 1], long[j - 1], alike)
                    options.append((score * alike.score, [*pairs, pair], further))
            options = [o for o in options if o[0] > 0]
            if options:
                best[(i, j)] = max(options, key=lambda o: o[0])
    found = best.get((n, m))
    return found if found and len(found[2]) <= MOST_FURTHER else None


def _skipped(
    score: float, pairs: list[tuple[str, str, Likeness]], further: list[str], word: str
) -> Alignment:
    if word in _LINKS:
        return score, pairs, further
    return score * FURTHER, pairs, [*further, word]
