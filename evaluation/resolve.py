"""Score corpus entity resolution on the demo corpus's gold and on a generated corpus.

`python -m evaluation.resolve [--generated N]` builds `examples/corpus` (or N documents from
`benchmarks/resolve_corpus.py`, seed 1) into a temporary database, as `sourcebook build` does,
and reads each gold mention's entity: the stored mention in that document with the same text.
Pairwise scores over the gold mentions found: precision = pairs we put in one entity that the
gold has as one, recall = gold pairs we put in one entity. Mentions analysis did not find are
counted apart (they cannot be resolved at all). Goal (issue 6): >= 0.9 each.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

from evaluation.demo_documents import EXAMPLES, built, gold, gold_key
from evaluation.entities import norm
from sourcebook.records import Document


def stored_entities(
    folder: Path, key: Callable[[Document], str]
) -> tuple[dict[str, dict[str, str | None]], dict[str, str]]:
    """Per gold file: mention text → entity id; and entity id → its name."""
    with built(folder, workers=2) as store:
        keys = {doc.id: key(doc) for doc in store.documents()}
        by_file: dict[str, dict[str, str | None]] = defaultdict(dict)
        for mention in store.mentions():
            by_file[keys[mention.document]].setdefault(norm(mention.text), mention.entity)
        names = {e.id: e.name for e in store.entities(limit=100_000)}
    return by_file, names


def demo_mentions() -> Iterator[tuple[str, str, str]]:
    """(file, surface, gold entity) of the demo gold."""
    for key, wanted in gold("entities.json")["mentions"].items():
        for item in wanted:
            yield key, item["text"], item["entity"]


def generated_gold(documents: int, folder: Path) -> dict[str, Any]:
    """Write a generated corpus (seed 1) to `folder`/documents and return its gold."""
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    import resolve_corpus

    truth: dict[str, Any] = resolve_corpus.write(folder, documents=documents, seed=1)
    return truth


def generated(documents: int, folder: Path) -> list[tuple[str, str, str]]:
    """(file, surface, gold entity) of a generated corpus written to `folder`."""
    truth = generated_gold(documents, folder)
    return [
        (file, surface, entity["id"])
        for entity in truth["entities"]
        for file, surface in entity["occurrences"]
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=0, help="documents to generate")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        if args.generated:
            wanted = generated(args.generated, Path(scratch))
            by_file, names = stored_entities(
                Path(scratch) / "documents", lambda d: Path(d.path).name
            )
            label = f"a generated corpus of {args.generated:,} documents"
        else:
            wanted = list(demo_mentions())
            by_file, names = stored_entities(EXAMPLES / "corpus", gold_key)
            label = "the demo gold"
    score(wanted, by_file, names, label)


def score(
    wanted: list[tuple[str, str, str]],
    by_file: dict[str, dict[str, str | None]],
    names: dict[str, str],
    label: str,
) -> None:
    found: list[tuple[str, str, str]] = []  # (file, gold entity, our entity)
    missed = 0
    for key, surface, entity in wanted:
        resolved = by_file.get(key, {}).get(norm(surface))
        if resolved is None:
            missed += 1
        else:
            found.append((key, entity, resolved))
    same_gold = same_ours = both = 0
    for (_, gold_a, ours_a), (_, gold_b, ours_b) in combinations(found, 2):
        same_gold += gold_a == gold_b
        same_ours += ours_a == ours_b
        both += gold_a == gold_b and ours_a == ours_b
    precision = both / same_ours if same_ours else 0.0
    recall = both / same_gold if same_gold else 0.0
    print(f"entity resolution on {label}: {len(found)} gold mentions resolved, {missed} not found")
    print(f"  pairwise precision {precision:.3f} ({both}/{same_ours})")
    print(f"  pairwise recall    {recall:.3f} ({both}/{same_gold})  goal: >= 0.9 each")
    split: dict[str, set[str]] = defaultdict(set)  # gold entity → our names for it
    merged: dict[str, set[str]] = defaultdict(set)  # our name → gold entities under it
    for _, gold_entity, entity_id in found:
        split[gold_entity].add(names.get(entity_id, entity_id))
        merged[names.get(entity_id, entity_id)].add(gold_entity)
    for gold_entity, ours in sorted(split.items()):
        if len(ours) > 1:
            print(f"  split: {gold_entity} -> {sorted(ours)}")
    for name, golds in sorted(merged.items()):
        if len(golds) > 1:
            print(f"  merged: {name} <- {sorted(golds)}")


if __name__ == "__main__":
    main()
