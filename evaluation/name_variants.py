"""Labelled name pairs made from the ways one name gets written, and from the names it is not.

`pairs(n, seed)` returns n pairs (a query as a paper writes it, a name as a list writes it),
spread evenly over the kinds below, drawn by a seeded `random.Random` from name pools written
here: English, Spanish, German, French, Arabic, Russian, Chinese and Korean people (with their
Cyrillic, Hangul, Arabic, simplified and traditional Chinese forms and the romanisations in
common use) and invented companies under nine jurisdictions' legal forms.

Positive kinds (the same person or company): transliteration, traditional_simplified, order,
initials, typo, titles, case_punctuation, middle_name, legal_form, company_typo. Hard negatives
(another one): same_family, same_given, company_shared_word, different_person.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from evaluation.name_pools import JURISDICTIONS, ORIGINS, PATRONYMIC_F, PATRONYMIC_M, WORDS, Name

PERSON, COMPANY = "Person", "Company"  # schemas, as name_bench spells them
POSITIVE = (
    "transliteration",
    "traditional_simplified",
    "order",
    "initials",
    "typo",
    "titles",
    "case_punctuation",
    "middle_name",
    "legal_form",
    "company_typo",
)
NEGATIVE = ("same_family", "same_given", "company_shared_word", "different_person")
KINDS = POSITIVE + NEGATIVE
COMPANY_KINDS = frozenset({"legal_form", "company_typo", "company_shared_word"})


@dataclass(frozen=True, slots=True)
class Pair:
    kind_of_variant: str  # one of KINDS
    schema: str  # PERSON or COMPANY
    query: str  # the name as a document writes it
    listed: str  # the name as a list writes it
    is_match: bool


def _feminine(family: Name) -> Name:
    """Иванов → Иванова, Ivanov → Ivanova; Островский → Островская, Ostrovsky → Ostrovskaya."""
    if family.script.endswith("ий"):
        return Name(
            tuple(
                dict.fromkeys(f.removesuffix("iy").removesuffix("y") + "aya" for f in family.forms)
            ),
            family.script[:-2] + "ая",
        )
    return Name(tuple(f + "a" for f in family.forms), family.script + "а")


@dataclass(frozen=True, slots=True)
class _Person:
    origin: str
    female: bool
    given: Name
    family: Name
    middle: Name | None  # middle name, patronymic, father's name or second surname


def _person(rng: random.Random, origin: str | None = None, female: bool | None = None) -> _Person:
    origin = origin or rng.choice(sorted(ORIGINS))
    o = ORIGINS[origin]
    female = rng.random() < 0.4 if female is None else female
    given = rng.choice(o.female if female else o.male)
    family = rng.choice(o.family)
    middle = None
    if o.middle == "patronymic":
        middle = rng.choice(PATRONYMIC_F if female else PATRONYMIC_M)
    elif o.middle == "father":
        middle = rng.choice([n for n in o.male if n != given])
    elif o.middle == "given":
        middle = rng.choice([n for n in (o.female if female else o.male) if n != given])
    elif o.middle == "surname":
        middle = rng.choice([n for n in o.family if n != family])
    if female and origin == "russian":
        family = _feminine(family)
    return _Person(origin, female, given, family, middle)


def _usual(name: Name) -> str:
    return name.forms[0]


def _words(p: _Person, middle: bool, spell: Callable[[Name], str] = _usual) -> list[str]:
    """The person's names in the order of their language, each spelled by `spell`."""
    o = ORIGINS[p.origin]
    mid = [spell(p.middle)] if middle and p.middle else []
    if o.family_first:
        return [spell(p.family), spell(p.given)]
    if o.middle == "surname":
        return [spell(p.given), spell(p.family), *mid]
    return [spell(p.given), *mid, spell(p.family)]


def _latin(p: _Person, middle: bool = False) -> str:
    return " ".join(_words(p, middle))


def _in_script(p: _Person, middle: bool, traditional: bool = False) -> str:
    if p.origin in ("chinese", "korean"):  # 张伟, 김민준: written without a space
        return (
            (p.family.traditional + p.given.traditional)
            if traditional
            else p.family.script + p.given.script
        )
    return " ".join(_words(p, middle, lambda n: n.script))


def _shows_middle(rng: random.Random, p: _Person) -> bool:
    return p.middle is not None and rng.random() < (
        0.5 if p.origin in ("russian", "spanish") else 0.25
    )


_NEIGHBOURS = dict(zip("qwertyuiopasdfghjklzxcvbnm", (
    "wa eqs rwd tef ryg tuh yij uok ipl o qsz awdxe sfecx dgrcv fhtvb gjybn hkum jliom kop "
    "xas zcsd xvdf cbfg vghn bhjm njk".split()
), strict=True))  # fmt: skip


def _typo(word: str, rng: random.Random) -> str:
    """One slip of the keyboard after a word's first letter: swap, drop, double or substitute."""
    while True:
        op = rng.choice(("swap", "drop", "double", "substitute"))
        i = rng.randrange(1, len(word) - (op == "swap"))
        if op == "swap":
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif op == "drop":
            out = word[:i] + word[i + 1 :]
        elif op == "double":
            out = word[: i + 1] + word[i:]
        else:
            near = _NEIGHBOURS.get(word[i].lower())
            if not near:
                continue
            sub = rng.choice(near)
            out = word[:i] + (sub.upper() if word[i].isupper() else sub) + word[i + 1 :]
        if out != word:
            return out


def _typable(word: str) -> bool:
    return len(word) >= 5 and word.isalpha()


_TITLES = tuple(
    "Dr. Dr Prof. President Minister General Colonel Ambassador H.E. Judge Senator".split()
)
_TITLES_M = ("Mr", "Mr.", "Mr.", "Mr")
_TITLES_F = ("Mrs", "Ms", "Ms.", "Mrs.")


def _undiacritic(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_GERMAN = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


# Each positive maker returns (variant, plain) or None to draw again; negatives return two names.
def _transliteration(rng: random.Random) -> tuple[str, str] | None:
    p = _person(
        rng, rng.choice(("russian",) * 5 + ("chinese",) * 2 + ("korean", "arabic", "arabic"))
    )
    middle = p.origin in ("russian", "arabic") and rng.random() < 0.35
    if rng.random() < 0.35 and p.origin != "chinese":  # Sergei Ivanov / Sergey Ivanov
        a = " ".join(_words(p, middle, lambda n: rng.choice(n.forms)))
        b = " ".join(_words(p, middle, lambda n: rng.choice(n.forms)))
        return (a, b) if a != b else None
    latin = " ".join(_words(p, middle, lambda n: rng.choice(n.forms)))
    return _in_script(p, middle, traditional=rng.random() < 0.3), latin


def _traditional_simplified(rng: random.Random) -> tuple[str, str] | None:
    p = _person(rng, "chinese")
    a, b = _in_script(p, False, traditional=True), _in_script(p, False)
    return (a, b) if a != b else None


def _order(rng: random.Random) -> tuple[str, str] | None:
    p = _person(rng)
    o = ORIGINS[p.origin]
    if o.family_first:  # Zhang Wei / Wei Zhang
        return _usual(p.given) + " " + _usual(p.family), _latin(p)
    middle = _shows_middle(rng, p)
    words = _words(p, middle)
    family = words[1:] if o.middle == "surname" else words[-1:]
    given = words[:1] if o.middle == "surname" else words[:-1]
    fam = " ".join(family)
    style = rng.choice(("comma", "comma_upper", "upper", "plain"))
    if style == "comma":
        return f"{fam}, {' '.join(given)}", _latin(p, middle)
    if style == "comma_upper":
        return f"{fam.upper()}, {' '.join(given)}", _latin(p, middle)
    if style == "upper":
        return f"{fam.upper()} {' '.join(given)}", _latin(p, middle)
    return f"{fam} {' '.join(given)}", _latin(p, middle)


def _initials(rng: random.Random) -> tuple[str, str] | None:
    p = _person(rng, rng.choice(("english", "english", "german", "french", "spanish", "russian")))
    given, mid, family = _usual(p.given), _usual(p.middle) if p.middle else "", _usual(p.family)
    if p.origin == "spanish":  # the second surname is no middle name: J. García López
        if p.middle and rng.random() < 0.3:
            family = f"{family} {mid}"
        mid = ""
    initial = given[0] + "."
    style = rng.choice(
        ("given", "given", "given_bare", "middle", "both") if mid else ("given", "given_bare")
    )
    if style == "given":  # J. Smith / John Smith
        return f"{initial} {family}", f"{given} {family}"
    if style == "given_bare":  # J Smith
        return f"{given[0]} {family}", f"{given} {family}"
    if style == "middle":  # John E. Smith / John Edward Smith
        return f"{given} {mid[0]}. {family}", f"{given} {mid} {family}"
    sep = rng.choice((" ", ""))  # S. P. Ivanov, J.E. Smith
    return f"{initial}{sep}{mid[0]}. {family}", f"{given} {mid} {family}"


def _typo_person(rng: random.Random) -> tuple[str, str] | None:
    p = _person(rng)
    words = _words(p, _shows_middle(rng, p))
    spots = [i for i, w in enumerate(words) if _typable(w)]
    if not spots:
        return None
    i = rng.choice(spots)
    return " ".join(words[:i] + [_typo(words[i], rng)] + words[i + 1 :]), " ".join(words)


def _titles(rng: random.Random) -> tuple[str, str] | None:
    p = _person(rng)
    name = _latin(p, _shows_middle(rng, p))
    pool = _TITLES + (_TITLES_F if p.female else _TITLES_M)
    if p.origin == "arabic":
        pool += ("Sheikha",) * 3 if p.female else ("Sheikh",) * 4
    if p.origin == "english" and not p.female:
        pool += ("Sir",)
    title = rng.choice(pool)
    if title in ("Dr.", "Prof.") and rng.random() < 0.2:
        title = "H.E. " + title
    return f"{title} {name}", name


def _case_punctuation(rng: random.Random) -> tuple[str, str] | None:
    p = _person(rng)
    words = _words(p, _shows_middle(rng, p))
    name = " ".join(words)
    special = []
    if _undiacritic(name) != name:
        special.append(_undiacritic(name))
    if name.translate(_GERMAN) != name and p.origin == "german":
        special.append(name.translate(_GERMAN))
    if "-" in name:
        special += [name.replace("-", " "), name.replace("-", "")]
    if "'" in name:
        special += [name.replace("'", ""), name.replace("'", " ")]
    if special and rng.random() < 0.6:
        return rng.choice(special), name
    fam = 0 if ORIGINS[p.origin].family_first else len(words) - 1
    return rng.choice((
        name.upper(),
        name.lower(),
        " ".join(w.upper() if i == fam else w for i, w in enumerate(words)),
        _undiacritic(name).upper(),
    )), name  # fmt: skip


def _middle_name(rng: random.Random) -> tuple[str, str] | None:
    p = _person(
        rng, rng.choice(("english", "spanish", "german", "french", "arabic", "russian", "russian"))
    )
    return _latin(p, middle=True), _latin(p)


_RENAMED = {"OJSC": "PJSC", "CJSC": "JSC", "Ltd": "PLC"}  # forms companies move between


@dataclass(frozen=True, slots=True)
class _Company:
    jurisdiction: str
    words: tuple[str, ...]  # its distinctive words
    sector: str
    form: tuple[str, ...]


def _company(rng: random.Random) -> _Company:
    key = rng.choice(sorted(JURISDICTIONS))
    j = JURISDICTIONS[key]
    pool = j.words * 3 + WORDS if j.words else WORDS
    words = (rng.choice(pool),)
    if rng.random() < 0.3:
        words += (rng.choice([w for w in pool if w != words[0]]),)
    return _Company(key, words, rng.choice(j.sectors), rng.choice(j.forms))


def _written(c: _Company, form: str | None = None, lead: bool = False) -> str:
    name = " ".join((*c.words, c.sector))
    form = c.form[0] if form is None else form
    if not form:
        return name
    return f'{form} "{name}"' if lead else f"{name} {form}"


def _legal_form(rng: random.Random) -> tuple[str, str] | None:
    c = _company(rng)
    plain = _written(c)
    op = rng.choice(("respelled", "respelled", "dropped", "renamed", "lead"))
    if op == "respelled":
        return _written(c, rng.choice(c.form[1:])), plain
    if op == "dropped":
        return _written(c, ""), plain
    if op == "renamed" and c.form[0] in _RENAMED:
        return _written(c, _RENAMED[c.form[0]]), plain
    if op == "lead" and JURISDICTIONS[c.jurisdiction].prefix:
        return _written(c, rng.choice(c.form[:2]), lead=True), plain
    return None


def _company_typo(rng: random.Random) -> tuple[str, str] | None:
    c = _company(rng)
    words = [*c.words, c.sector]
    spots = [i for i, w in enumerate(words) if _typable(w)]
    if not spots:
        return None
    i = rng.choice(spots)
    words[i] = _typo(words[i], rng)
    typo = _Company(c.jurisdiction, tuple(words[: len(c.words)]), words[-1], c.form)
    return _written(typo), _written(c)


def _company_shared_word(rng: random.Random) -> tuple[str, str] | None:
    c = _company(rng)
    j = JURISDICTIONS[c.jurisdiction]
    if len(c.words) == 2 and rng.random() < 0.5:  # Golden Dragon Trading / Golden Phoenix Trading
        pool = j.words + WORDS
        other = _Company(c.jurisdiction, (c.words[0], rng.choice(pool)), c.sector, c.form)
    else:  # Meridian Shipping Ltd / Meridian Mining Ltd
        other = _Company(c.jurisdiction, c.words, rng.choice(j.sectors), c.form)
    if set(other.words) | {other.sector} == set(c.words) | {c.sector}:
        return None
    return _written(other), _written(c)


def _other_given(rng: random.Random, p: _Person) -> _Person:
    """Another of p's family: often of p's sex, sometimes sharing the first letter (John, James)."""
    female = p.female if rng.random() < 0.75 else not p.female
    o = ORIGINS[p.origin]

    def parts(n: Name) -> set[str]:  # Jean-Pierre may go by Pierre: not another person
        return set(_usual(n).split("-")) if p.origin == "french" else {_usual(n)}

    names = [n for n in (o.female if female else o.male) if not parts(p.given) & parts(n)]
    close = [n for n in names if _usual(n)[0] == _usual(p.given)[0]]
    given = rng.choice(close if close and rng.random() < 0.4 else names)
    family = p.family
    if p.origin == "russian" and female != p.female:
        family = (
            _feminine(family)
            if female
            else Name(tuple(f.removesuffix("a") for f in family.forms), family.script[:-1])
        )
    return _Person(p.origin, female, given, family, p.middle)


def _same_family(rng: random.Random) -> tuple[str, str] | None:
    p = _person(rng)
    if p.family.script.endswith("ая"):  # Ostrovskaya: no back-formation here
        return None
    q = _other_given(rng, p)
    middle = _shows_middle(rng, p)
    return _latin(q, middle), _latin(p, middle)


def _same_given(rng: random.Random) -> tuple[str, str] | None:
    p = _person(rng)
    o = ORIGINS[p.origin]
    families = [n for n in o.family if _usual(n) not in (_usual(p.family), _usual(p.family)[:-1])]
    close = [n for n in families if _usual(n)[0] == _usual(p.family)[0]]
    family = rng.choice(close if close and rng.random() < 0.4 else families)
    if p.female and p.origin == "russian":
        family = _feminine(family)
    q = _Person(p.origin, p.female, p.given, family, p.middle)
    middle = _shows_middle(rng, p)
    a, b = _latin(q, middle), _latin(p, middle)
    return (a, b) if _usual(family) != _usual(p.family) else None


def _different_person(rng: random.Random) -> tuple[str, str] | None:
    p = _person(rng)
    q = _person(
        rng, p.origin if rng.random() < 0.8 else None, p.female if rng.random() < 0.8 else None
    )
    if _usual(q.given) == _usual(p.given) or _usual(q.family) == _usual(p.family):
        return None
    middle = _shows_middle(rng, p)
    return _latin(q, middle), _latin(p, middle)


_MAKERS: dict[str, Callable[[random.Random], tuple[str, str] | None]] = {
    "transliteration": _transliteration,
    "traditional_simplified": _traditional_simplified,
    "order": _order,
    "initials": _initials,
    "typo": _typo_person,
    "titles": _titles,
    "case_punctuation": _case_punctuation,
    "middle_name": _middle_name,
    "legal_form": _legal_form,
    "company_typo": _company_typo,
    "same_family": _same_family,
    "same_given": _same_given,
    "company_shared_word": _company_shared_word,
    "different_person": _different_person,
}


def pairs(n: int = 3000, seed: int = 7) -> list[Pair]:
    """n labelled pairs, as even across KINDS as n allows, the same for the same n and seed.

    A pair is never repeated within a kind; the variant lands on the query or the list side
    at random, as papers and lists both carry titles, initials and other spellings.
    """
    rng = random.Random(seed)
    out: list[Pair] = []
    for k, kind in enumerate(KINDS):
        want = n // len(KINDS) + (k < n % len(KINDS))
        seen: set[tuple[str, str]] = set()
        tries = 0
        while len(seen) < want:
            tries += 1
            if tries > want * 50:
                raise RuntimeError(f"{kind}: only {len(seen)} distinct pairs of {want} asked for")
            made = _MAKERS[kind](rng)
            if made is None or made in seen or made[0] == made[1]:
                continue
            seen.add(made)
            query, listed = made if rng.random() < 0.5 else made[::-1]
            schema = COMPANY if kind in COMPANY_KINDS else PERSON
            out.append(Pair(kind, schema, query, listed, kind in POSITIVE))
    return out
