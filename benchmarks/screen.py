"""Screening speed: the corpus's entities against a watch list, by index, never all pairs.

    .venv/bin/python benchmarks/screen.py                       # 100,000 entities, 50,000 entries
    .venv/bin/python benchmarks/screen.py --entities 10000 --entries 5000

Entities and list entries are generated from one seeded pool of given and family names (Latin,
pinyin and Cyrillic-transliterated) and company words, so family names recur across many
people and words across many companies, as in real lists; one entity in a hundred is a listed
name written another way (reordered, with a typo, or with its legal form changed). Prints the
seconds to index the list and to screen, and the matches found. Goal (issue 7): under a minute.
Writes benchmarks/out/screen.json.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import children  # noqa: E402

from sourcebook.records import Entity  # noqa: E402
from sourcebook.screen.entries import ORGANIZATION, PERSON, ListEntry  # noqa: E402
from sourcebook.screen.match import screen  # noqa: E402

OUT = Path(__file__).parent / "out" / "screen.json"
GIVEN = (
    "Anna Boris Carlos Dana Elena Farid Grace Hassan Ivan Julia Kwame Li Maria Nikolai Olga "
    "Pedro Qiang Rosa Samuel Tomas Umar Vera Wei Xin Yusuf Zhanna Ahmed Chen Dmitri Fatima"
).split()
FAMILY = (
    "Smith Wang Li Zhang Ivanov Petrov Okafor Mendel Garcia Khan Haddad Novak Kowalski Sato Kim "
    "Park Nguyen Tran Silva Costa Rossi Weber Schulz Dubois Moreau Popescu Horvat Jensen Larsen "
    "Yilmaz Demir Ahmadi Hosseini Mensah Owusu Abebe Tesfaye Renko Lenz Brandt"
).split()
WORDS = (
    "Atlas Harbour Northern Meridian Global Eastern Pacific Orion Delta Summit Pioneer Falcon "
    "Granite Silver Crescent Horizon Vector Zenith Apex Sterling Trading Shipping Logistics "
    "Holdings Energy Mining Capital Marine Advisory Industries Systems Resources"
).split()
FORMS = ("Ltd", "LLC", "Limited", "Inc", "GmbH", "SA", "Co.")


def coined(rng: random.Random) -> str:
    """A made-up name word: most names of a real list are rarer than "Smith"."""
    syllables = ("ka", "ro", "mi", "len", "tav", "os", "ur", "bek", "ni", "zar", "sho", "del")
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()


def person(rng: random.Random) -> str:
    given = " ".join(rng.sample(GIVEN, rng.choice((1, 1, 2))))
    family = rng.choice(FAMILY) if rng.random() < 0.3 else coined(rng)
    return f"{given} {family}"


def company(rng: random.Random) -> str:
    words = [coined(rng), *rng.sample(WORDS, rng.choice((1, 2)))]
    return f"{' '.join(words)} {rng.choice(FORMS)}"


def variant(name: str, rng: random.Random) -> str:
    """The listed name as a document might write it."""
    words = name.split()
    how = rng.choice(("reorder", "typo", "form"))
    if how == "reorder" and len(words) > 1:
        return " ".join([words[-1], *words[:-1]])
    if how == "typo":
        i = rng.randrange(len(name) - 1)
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    return " ".join(words[:-1] + [rng.choice(FORMS)]) if len(words) > 2 else name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entities", type=int, default=100_000, help="default 100,000")
    parser.add_argument("--entries", type=int, default=50_000, help="default 50,000")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    entries = []
    for i in range(args.entries):
        kind = PERSON if i % 2 else ORGANIZATION
        name = person(rng) if kind == PERSON else company(rng)
        entries.append(
            ListEntry(f"L{i}", name, kind, (), "Generated list", "PROG", None, f"gen:{i}")
        )
    entities = []
    for i in range(args.entities):
        if i % 100 == 0:  # a listed party, written another way
            entry = entries[rng.randrange(len(entries))]
            name = variant(entry.name, rng)
            kind = "PERSON" if entry.kind == PERSON else "ORG"
        else:
            kind = "PERSON" if i % 2 else "ORG"
            name = person(rng) if kind == "PERSON" else company(rng)
        entities.append(Entity(f"E{i}", name, kind))
    began = time.perf_counter()
    found = screen(entities, entries)
    seconds = time.perf_counter() - began
    firm = sum(m.match for m in found)
    print(f"{args.entities:,} entities against {args.entries:,} list entries: {seconds:.1f} s "
          f"(goal < 60 s); {len(found):,} matches, {firm:,} firm")  # fmt: skip
    children.save(OUT, {"entities": args.entities, "entries": args.entries,
                        "seconds": round(seconds, 2), "matches": len(found), "firm": firm})  # fmt: skip


if __name__ == "__main__":
    main()
