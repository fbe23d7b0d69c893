"""Benchmark queries drawn from the corpus vocabulary with a seed, in two spellings.

Each query is written once in sourcebook's search language and once as the equivalent FTS5
MATCH expression for the bare baseline. The mix: single words, two words (AND), phrases,
prefixes and OR. Words come 40% from the common lists (which match a large share of the
corpus, the slow case) and 60% from the long tail (names and rare terms, what people search for).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from corpus_gen import vocabulary
from vocabulary import FIRST_NAMES, ORGANISATIONS, PLACES, SURNAMES

MIX = (("word", 0.30), ("and", 0.20), ("phrase", 0.20), ("prefix", 0.15), ("or", 0.15))


@dataclass(frozen=True, slots=True)
class Query:
    kind: str
    sourcebook: str  # sourcebook's syntax
    fts5: str  # the same query as an FTS5 MATCH expression


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _word(rng: random.Random) -> str:
    v = vocabulary()
    if rng.random() < 0.4:
        common = (
            v.nouns[:300] + v.verbs + v.adjectives + SURNAMES + [p for p in PLACES if " " not in p]
        )
        return rng.choice(common)
    return rng.choice(v.tail)


def _phrase(rng: random.Random) -> str:
    v = vocabulary()
    kind = rng.random()
    if kind < 0.3:
        return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
    if kind < 0.5:
        return rng.choice([p for p in PLACES if " " in p] + ORGANISATIONS[:12])
    return f"{rng.choice(v.adjectives)} {rng.choice(v.nouns[:200])}"


def make_queries(count: int, seed: int) -> list[Query]:
    rng = random.Random(f"queries:{seed}")
    kinds = rng.choices([k for k, _ in MIX], weights=[w for _, w in MIX], k=count)
    queries = []
    for kind in kinds:
        if kind == "word":
            word = _word(rng)
            queries.append(Query(kind, word, _quoted(word)))
        elif kind == "and":
            a, b = _word(rng), _word(rng)
            queries.append(Query(kind, f"{a} {b}", f"{_quoted(a)} AND {_quoted(b)}"))
        elif kind == "or":
            a, b = _word(rng), _word(rng)
            queries.append(Query(kind, f"{a} OR {b}", f"{_quoted(a)} OR {_quoted(b)}"))
        elif kind == "phrase":
            phrase = _phrase(rng)
            queries.append(Query(kind, _quoted(phrase), _quoted(phrase)))
        else:
            word = _word(rng)
            stem = word[: max(3, len(word) - 3)]
            queries.append(Query(kind, f"{stem}*", f"{_quoted(stem)}*"))
    return queries
