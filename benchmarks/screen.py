"""Screening speed: the corpus's entities against a watch list, by index, never all pairs.

    .venv/bin/python benchmarks/screen.py                       # 100,000 entities, 50,000 entries
    .venv/bin/python benchmarks/screen.py --entities 10000 --entries 5000
    .venv/bin/python benchmarks/screen.py --workers 1            # in one process

Entities and list entries are generated from one seeded pool of given and family names (Latin,
pinyin and Cyrillic-transliterated) and company words, so family names recur across many
people and words across many companies, as in real lists; one entity in a hundred is a listed
name written another way: a person family name first, with a typo, with a given name as its
initial or written in Cyrillic and read back; a body with a typo, its legal form first or
another legal form. Prints the seconds `screen` takes from a cold start (reading every
name, indexing the list, screening; `--workers` processes, default one per CPU), the
candidates an entity is compared with, and how many of the planted variants are found
(recall: speed is never bought with it), with how many the index offered and how many
`compare` alone would accept. Goal (issue 7): under a minute. Writes
benchmarks/out/screen.json.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import children  # noqa: E402

from sourcebook.records import Entity  # noqa: E402
from sourcebook.screen.compare import compare  # noqa: E402
from sourcebook.screen.entries import ORGANIZATION, PERSON, ListEntry  # noqa: E402
from sourcebook.screen.index import Index  # noqa: E402
from sourcebook.screen.match import KINDS, POSSIBLE, screen  # noqa: E402

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


#: Latin letters as a Russian paper writes them; read back by `parse`, "Hassan" is "Khassan".
CYRILLIC = {"sh": "ш", "ch": "ч", "zh": "ж", "kh": "х", "ya": "я", "yu": "ю", "a": "а", "b": "б",
            "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "дж",
            "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р",
            "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс", "y": "й", "z": "з"}  # fmt: skip


def cyrillic(name: str) -> str:
    out, i, low = [], 0, name.lower()
    while i < len(low):
        pair = low[i : i + 2]
        letters = CYRILLIC.get(pair) or CYRILLIC.get(low[i], low[i])
        step = 2 if pair in CYRILLIC else 1
        out.append(letters.capitalize() if name[i].isupper() else letters)
        i += step
    return "".join(out)


def variant(name: str, kind: str, rng: random.Random) -> tuple[str, str]:
    """The listed name as a document might write it, and how."""
    words = name.split()
    how = rng.choice(("reorder", "typo", "initial", "script") if kind == PERSON
                     else ("reorder", "typo", "form"))  # fmt: skip
    if how == "reorder":  # a family name first; a legal form first ("OOO Atlas")
        return " ".join([words[-1], *words[:-1]]), how
    if how == "typo":
        i = rng.randrange(len(name) - 1)
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :], how
    if how == "initial":  # "A. Smith" or "Anna M. Smith"
        i = rng.randrange(len(words) - 1)
        return " ".join(words[:i] + [words[i][0] + "."] + words[i + 1 :]), how
    if how == "script":
        return cyrillic(name), how
    return " ".join(words[:-1] + [rng.choice([f for f in FORMS if f != words[-1]])]), how


def generate(
    entities: int, entries: int, seed: int
) -> tuple[list[Entity], list[ListEntry], list[tuple[str, ListEntry, str]]]:
    """The corpus's entities, the list, and the planted variants: (entity id, entry, how)."""
    rng = random.Random(seed)
    listed = []
    for i in range(entries):
        kind = PERSON if i % 2 else ORGANIZATION
        name = person(rng) if kind == PERSON else company(rng)
        listed.append(
            ListEntry(f"L{i}", name, kind, (), "Generated list", "PROG", None, f"gen:{i}")
        )
    found, planted = [], []
    for i in range(entities):
        if i % 100 == 0:  # a listed party, written another way
            entry = listed[rng.randrange(len(listed))]
            name, how = variant(entry.name, entry.kind, rng)
            kind = "PERSON" if entry.kind == PERSON else "ORG"
            planted.append((f"E{i}", entry, how))
        else:
            kind = "PERSON" if i % 2 else "ORG"
            name = person(rng) if kind == "PERSON" else company(rng)
        found.append(Entity(f"E{i}", name, kind))
    return found, listed, planted


def recall(
    planted: list[tuple[str, ListEntry, str]], entities: list[Entity], found: list, index: Index
) -> dict[str, Any]:
    """How many planted variants were matched, offered by the index, and accepted by `compare`
    alone; those `compare` accepts but the screen missed, by how they were written."""
    matched = {(m.entity, m.entry.id) for m in found}
    by_id = {e.id: e for e in entities}
    hits: dict[str, Any] = {"matched": 0, "candidate": 0, "compare": 0, "lost": {}}
    for ident, entry, how in planted:
        entity = by_id[ident]
        accepted = compare(entity.name, entry.name, entry.kind)[0] >= POSSIBLE
        hits["matched"] += (ident, entry.id) in matched
        hits["candidate"] += entry.id in {c.id for c in index.candidates(entity, entry.kind)}
        hits["compare"] += accepted
        if accepted and (ident, entry.id) not in matched:
            hits["lost"][how] = hits["lost"].get(how, 0) + 1
    return hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entities", type=int, default=100_000, help="default 100,000")
    parser.add_argument("--entries", type=int, default=50_000, help="default 50,000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="processes (default: CPUs)"
    )
    args = parser.parse_args()
    entities, entries, planted = generate(args.entities, args.entries, args.seed)
    began = time.perf_counter()
    found = screen(entities, entries, workers=args.workers)  # indexes the list, then screens
    seconds = time.perf_counter() - began
    began = time.perf_counter()
    index = Index(entries)  # again, apart, for the candidate counts (names already read)
    indexing = time.perf_counter() - began
    firm = sum(m.match for m in found)
    sample = entities[:: max(1, len(entities) // 2000)]
    counts = sorted(len(index.candidates(e, KINDS[e.type])) for e in sample)
    mean = sum(counts) / len(counts)
    hits = recall(planted, entities, found, index)
    print(f"{args.entities:,} entities against {args.entries:,} list entries: {seconds:.1f} s "
          f"with {args.workers} worker(s) (goal < 60 s); {len(found):,} matches, {firm:,} firm; "
          f"indexing the list alone, its names already read: {indexing:.1f} s")  # fmt: skip
    print(f"candidates per entity: mean {mean:.1f}, median {counts[len(counts) // 2]}, "
          f"99th percentile {counts[len(counts) * 99 // 100]}, most {counts[-1]}")  # fmt: skip
    print(f"planted variants: {len(planted):,}; matched {hits['matched']:,}, "
          f"offered by the index {hits['candidate']:,}, accepted by compare alone "
          f"{hits['compare']:,}; lost by the index: {hits['lost'] or 'none'}")  # fmt: skip
    children.save(OUT, {"entities": args.entities, "entries": args.entries,
                        "workers": args.workers, "seconds": round(seconds, 2),
                        "index_seconds": round(indexing, 2),
                        "candidates_mean": round(mean, 2), "matches": len(found), "firm": firm,
                        "planted": len(planted), "planted_matched": hits["matched"],
                        "planted_candidates": hits["candidate"],
                        "planted_compare": hits["compare"]})  # fmt: skip


if __name__ == "__main__":
    main()
