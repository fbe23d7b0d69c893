"""Vocabulary, templates and the cast for `resolve_corpus.py`, and the gold's field notes.

Everything here is fiction. Names are drawn so that a resolver meets the cases real news
gives it: spellings with and without diacritics, two romanisations of one Russian name,
Chinese names in pinyin (either order) and in characters, and many people sharing a surname.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from sourcebook.nlp.chinese import romanize

GIVEN = (
    "Dana Amara Tobias Lina Marek Odile Ruben Ines Kofi Maren Idris Yara Felix Noor Elias "
    "Talia Simon Wren Hugo Esme Anton Leda Caspar Mila Jonah Petra Rafael Sanna Otto Delia "
    "Bastian Irene Cyrus Helka Nils Olena Teodor Vera Quentin Alma"
).split()
FAMILY = (
    "Okafor Brandt Mendel Quist Harrow Salcedo Ferrante Oduya Lindqvist Marchetti Abara "
    "Voss Castellan Nakamura Pellew Drummond Achterberg Renner Tamsin Oyelaran Kessler "
    "Valdane Corvino Halloran Strand Bexley Morrow Ilunga Saberi Wendt"
).split()
FEMININE = frozenset(
    "Dana Amara Lina Odile Ines Maren Yara Noor Talia Wren Esme Leda Mila Petra Sanna Delia "
    "Irene Helka Olena Vera Alma Zoë Inés Renée Marisol Anaïs".split()
)
#: Printed with diacritics in one paper and without them in another.
ACCENTED_GIVEN = ("José", "Zoë", "Inés", "Renée", "Ángel", "Søren", "Anaïs", "Björn")
ACCENTED_FAMILY = ("Núñez", "Brönner", "Ibáñez", "Løvholt", "Ferreño", "Çelikay", "Dvořan")
#: Russian names: the first spelling is canonical, the second another newspaper's.
CYRILLIC_GIVEN = (
    ("Sergei", "Sergey"),
    ("Yuri", "Yury"),
    ("Aleksandr", "Alexander"),
    ("Dmitri", "Dmitry"),
    ("Natalya", "Natalia"),
    ("Andrei", "Andrey"),
)
CYRILLIC_FAMILY = (
    ("Kovalyov", "Kovalev"),
    ("Zhurbenko", "Zhurbenko"),
    ("Tereshchenko", "Tereschenko"),
    ("Volkanov", "Volkanov"),
    ("Sokolovsky", "Sokolovskiy"),
)
CYRILLIC_FEMININE = frozenset({"Natalya"})
#: Chinese family and given names, romanised with sourcebook.nlp.chinese.romanize.
HAN_FAMILY = "李王张刘陈杨赵黄周吴"
HAN_GIVEN = (
    "建国",
    "晓梅",
    "志强",
    "海燕",
    "文博",
    "秀兰",
    "国华",
    "丽娟",
    "明轩",
    "春生",
    "玉珍",
    "宏伟",
)
HAN_FEMININE = frozenset({"晓梅", "海燕", "秀兰", "丽娟", "玉珍"})
#: (title before a full name, short title before a surname alone)
TITLES = (
    ("Interior Minister", "Minister"),
    ("Health Minister", "Minister"),
    ("Mayor", "Mayor"),
    ("Governor", "Governor"),
    ("Police Chief", "Chief"),
    ("Deputy Mayor", "Deputy Mayor"),
)
PLACE_HEADS = (
    "Kerr Dun Vel Ost Bram Tal Hollin Cassel Wend Mar Fen Lur Stav Quell Orn Brisk".split()
)
PLACE_TAILS = "ow marsh mora haven dale ford wick bury mouth stead holm ness".split()
#: Originating agencies first; any outlet may carry a copy or a rewrite.
AGENCIES = ("Meridian Wire", "Lowland Press Agency", "Coastal News Service", "Northwind Agency")
PAPERS = (
    "Eastbank Gazette",
    "Valley Courier",
    "Kestrel Daily",
    "Harbourside Post",
    "Fenland Record",
    "Granite Herald",
    "Tidewater Times",
    "Upland Sentinel",
    "Larkspur Chronicle",
    "Saltmarsh Observer",
    "Riverbend Star",
    "Ashford Ledger",
    "Copperfield Journal",
    "Bayline News",
    "Stonegate Tribune",
    "Westmere Echo",
    "Lantern Weekly",
    "Hillcrest Bulletin",
    "Clearwater Dispatch",
    "Redfern Mail",
)
OUTLETS = AGENCIES + PAPERS
SECTIONS = ("News", "World", "Nation", "Local")
#: Story kinds. `lead` takes the figure phrase; `measure` and `noun` name what is counted.
#: `org` is the organisation that speaks; the second measure is another count of the event.
KINDS: dict[str, dict[str, object]] = {
    "flood": dict(
        event="floods",
        org="{place} Water Board",
        measure="people killed",
        lead="{fig} people were killed when floods swept through {place}",
        noun="people had died",
        range=(12, 400),
        measure2="homes destroyed",
        second="{fig} homes were destroyed",
        range2=(150, 4000),
    ),
    "protest": dict(
        event="protests",
        org="{place} Police Service",
        measure="people detained",
        lead="{fig} people were detained during protests in {place}",
        noun="people had been detained",
        range=(60, 900),
        measure2="people injured",
        second="{fig} people were injured in clashes with police",
        range2=(10, 120),
    ),
    "fire": dict(
        event="factory fire",
        org="{place} Textile Company",
        measure="workers killed",
        lead="{fig} workers were killed in a fire at a garment factory in {place}",
        noun="workers had died",
        range=(8, 160),
        measure2="people injured",
        second="{fig} others were taken to hospital with burns",
        range2=(20, 300),
    ),
    "ferry": dict(
        event="ferry sinking",
        org="{place} Ferry Company",
        measure="passengers missing",
        lead="{fig} passengers were missing after a ferry capsized off {place}",
        noun="passengers were unaccounted for",
        range=(15, 240),
        measure2="passengers rescued",
        second="{fig} passengers were rescued by fishing boats",
        range2=(30, 500),
    ),
    "strike": dict(
        event="dock strike",
        org="{place} Port Authority",
        measure="dock workers on strike",
        lead="{fig} dock workers walked out at the port of {place}",
        noun="workers had joined the stoppage",
        range=(300, 6000),
        measure2="ships waiting",
        second="{fig} ships were waiting to unload",
        range2=(12, 90),
    ),
    "landslide": dict(
        event="landslide",
        org="{place} Mining Corporation",
        measure="families evacuated",
        lead="{fig} families were evacuated after a landslide near {place}",
        noun="families had been moved",
        range=(40, 1200),
        measure2="people killed",
        second="{fig} people were killed when the hillside gave way",
        range2=(3, 60),
    ),
}
#: A spokesperson's statement: an opening clause, then a promise. {place} keeps it local.
QUOTE_OPENINGS = (
    "Our thoughts are with every family in {place} tonight",
    "We are doing everything we can to support the people of {place}",
    "The situation in {place} remains serious but it is under control",
    "Our teams have been working through the night across {place}",
    "Nobody in {place} will be left without help",
    "We share the anger and the grief of the people of {place}",
)
QUOTE_PROMISES = (
    "and we will publish a full account of what happened",
    "and an independent inquiry will look at every decision we made",
    "and we will keep the public informed as the work goes on",
    "and those responsible will be held to account",
    "and we ask everyone to follow the advice of the emergency services",
)
#: Small wording changes a rewrite makes to a quote (first match is replaced once).
REWORDINGS = (
    ("everything we can", "all we can"),
    ("every family", "all the families"),
    ("through the night", "all night"),
    ("will be left without help", "will be left alone"),
    ("full account", "complete account"),
    ("every decision", "each decision"),
    ("keep the public informed", "keep people informed"),
    ("held to account", "held accountable"),
    ("the anger and the grief", "the grief and the anger"),
    ("remains serious", "is still serious"),
)
FILLER = (
    "Residents of {place} described scenes of confusion as the day went on.",
    "The {org} has faced criticism over its planning in recent years.",
    "Local officials in {place} said roads into the town had been closed.",
    "A fund for those affected was opened by community groups on the same day.",
    "Opposition councillors called for an emergency session of the regional assembly.",
    "The {org} said it would release more information in the coming days.",
    "Schools in {place} were closed and several businesses stayed shut.",
    "Aid groups said they were sending blankets, food and drinking water.",
    "The regional government said it was monitoring the situation closely.",
    "Older residents said they could not remember anything like it.",
)
#: Headlines carry no figures, so every claim sits in the body where the gold says it is.
HEADLINES = (
    "{event} in {place}",
    "{place} counts the cost of {event}",
    "What we know about the {place} {event}",
    "Questions mount after {place} {event}",
    "Anger grows in {place} after {event}",
    "Officials under pressure over {place} {event}",
)


def fold(text: str) -> str:
    """The spelling a paper without diacritics prints: "Núñez" -> "Nunez", "Løvholt" -> "Lovholt"."""
    text = text.translate(str.maketrans("øØłŁ", "oOlL")).replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


@dataclass
class Person:
    """Full-name spellings (each paper picks one) and the surname each goes with."""

    id: str
    name: str
    spellings: list[tuple[str, str]]  # (full name, surname), the canonical one first
    feminine: bool
    title: tuple[str, str] | None = None  # ("Interior Minister", "Minister")
    han: str | None = None  # a Chinese name in characters
    given_first: str | None = None  # and in Western order: "Jianguo Li"


def _person(rng: random.Random) -> Person:
    kind = rng.random()
    if kind < 0.1:  # printed with diacritics in one paper, without in another
        given, family = rng.choice(ACCENTED_GIVEN), rng.choice(ACCENTED_FAMILY)
        full = f"{given} {family}"
        return Person("", full, [(full, family), (fold(full), fold(family))], given in FEMININE)
    if kind < 0.18:  # two romanisations of one Russian name
        g, f = rng.choice(CYRILLIC_GIVEN), rng.choice(CYRILLIC_FAMILY)
        spellings = [(f"{a} {b}", b) for a in dict.fromkeys(g) for b in dict.fromkeys(f)]
        return Person("", spellings[0][0], spellings, g[0] in CYRILLIC_FEMININE)
    if kind < 0.3:
        given = rng.choice(HAN_GIVEN)
        han = rng.choice(HAN_FAMILY) + given
        full = romanize(han)
        family, personal = full.split(" ", 1)
        feminine = given in HAN_FEMININE
        return Person(
            "", full, [(full, family)], feminine, han=han, given_first=f"{personal} {family}"
        )
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    return Person("", f"{given} {family}", [(f"{given} {family}", family)], given in FEMININE)


def people(rng: random.Random, count: int) -> list[Person]:
    """A pool with every kind of spelling trouble; full names are unique, surnames are not."""
    people: dict[str, Person] = {}
    for _ in range(count * 20):
        person = _person(rng)
        if person.name not in people:
            person.id = "person-" + slug(person.name)
            person.title = rng.choice(TITLES) if rng.random() < 0.4 else None
            people[person.name] = person
        if len(people) >= count:
            break
    return list(people.values())


#: The `_comment` of gold.json: what each field means, for whoever scores a resolver against it.
GOLD_COMMENT = {
    "documents": "file name (in OUT/documents) -> {story, role (original | syndicated | rewrite | "
    "independent | denial), outlet (entity id), published (ISO date, also in the file name), "
    "relays (the file this one copies or cites; null for a root of the relay graph), "
    "near_duplicate_of (for a syndicated copy, near-verbatim under another masthead: its original)}",
    "entities": "{id, name (canonical), type (PERSON | ORG | GPE), aliases (every surface form "
    "written), occurrences [[file, surface]] (each distinct pair once)}. A surface is the words "
    "naming the entity as written, a title or honorific before the name included, as "
    "sourcebook's mentions and the demo gold have them ('Interior Minister Dana Okafor', "
    "'Minister Okafor', 'Ms Okafor'); a dateline prints a place in capitals ('KERROW'); a name "
    "glossed in characters gives two surfaces ('Li Jianguo', '李建国'). Outlets are ORG entities.",
    "confusables": "hard negatives: {key, why (surname | acronym), entities [ids]}: different "
    "entities sharing a surname (after folding diacritics) or an acronym; no two of one group "
    "share a document.",
    "claims": "{id, file, text (the figure phrase, verbatim), value_low, value_high (null = open), "
    "qualifier, unit (null: every figure is a count), measure, subject, claimant (entity id: the "
    "official, organisation or outlet the sentence credits), cluster}. value_low, value_high and "
    "qualifier are what sourcebook.analyze.quantities reads: 'at least N' and 'more than N' "
    "[N, null], 'nearly N' [null, N], 'between A and B' [A, B], 'N' [N, N].",
    "claim_clusters": "{id, story, subject, verdict, members [claim ids], sources [files], roots "
    "[files], independent_sources, note (the wordings)}. One cluster per (story, measure), with "
    "verdict agree (every member reads the same), compatible (different readings, one true count "
    "fits all; 'more than N' means > N, 'nearly N' means 0.8 N to N), conflict (no count fits "
    "all: a denial), or single (one independent source, however many documents print it). "
    "A differing-measure cluster (id <story>/measures) "
    "pairs the original's two claims counting different things; they keep their own cluster. "
    "roots: the relay-graph roots of the sources (follow `relays`); independent_sources = "
    "len(roots), so syndicated copies and rewrites count once, with what they relay.",
    "quotes": "{id, file, text (between the quotation marks, verbatim, without the comma or stop "
    "before the closing mark), speaker (entity id), variant (full | truncated | reworded | "
    "reworded-truncated), cluster}",
    "quote_clusters": "{id, story, speaker, members [quote ids]}: one statement and its copies.",
    "words": "whitespace-separated words in all documents.",
}
