"""Score corpus entity resolution on the demo corpus's gold.

`python -m evaluation.resolve` builds `examples/corpus` into a temporary database (ingest,
analysis, resolution, as `sourcebook build` does) and reads each gold mention's entity: the
stored mention in that document with the same text. Pairwise scores over the gold mentions
found: precision = pairs we put in one entity that the gold has as one, recall = gold pairs
we put in one entity. Mentions analysis did not find are counted apart (they cannot be
resolved at all). Goal (issue 6): >= 0.9 each.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from evaluation.demo_documents import EXAMPLES, gold, gold_key
from evaluation.entities import norm
from sourcebook.build import build
from sourcebook.store import open_store


def stored_entities() -> tuple[dict[str, dict[str, str | None]], dict[str, str]]:
    """Per gold file: mention text → entity id; and entity id → its name."""
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "demo.db")
        build(store, [EXAMPLES / "corpus"], workers=1)
        keys = {doc.id: gold_key(doc) for doc in store.documents()}
        by_file: dict[str, dict[str, str | None]] = defaultdict(dict)
        for mention in store.mentions():
            by_file[keys[mention.document]].setdefault(norm(mention.text), mention.entity)
        names = {e.id: e.name for e in store.entities(limit=100_000)}
        store.close()
    return by_file, names


def main() -> None:
    by_file, names = stored_entities()
    found: list[tuple[str, str, str]] = []  # (file, gold entity, our entity)
    missed = 0
    for key, wanted in gold("entities.json")["mentions"].items():
        for item in wanted:
            ours = by_file.get(key, {}).get(norm(item["text"]))
            if ours is None:
                missed += 1
            else:
                found.append((key, item["entity"], ours))
    same_gold = same_ours = both = 0
    for (_, gold_a, ours_a), (_, gold_b, ours_b) in combinations(found, 2):
        same_gold += gold_a == gold_b
        same_ours += ours_a == ours_b
        both += gold_a == gold_b and ours_a == ours_b
    precision = both / same_ours if same_ours else 0.0
    recall = both / same_gold if same_gold else 0.0
    print(
        f"entity resolution on the demo gold: {len(found)} gold mentions resolved, {missed} not found"
    )
    print(f"  pairwise precision {precision:.3f} ({both}/{same_ours})")
    print(f"  pairwise recall    {recall:.3f} ({both}/{same_gold})  goal: >= 0.9 each")
    wrong: dict[str, set[str]] = defaultdict(set)
    for _, gold_entity, ours in found:
        wrong[gold_entity].add(names.get(ours, ours))
    for gold_entity, ours in sorted(wrong.items()):
        if len(ours) > 1:
            print(f"  split: {gold_entity} -> {sorted(ours)}")
    mixed: dict[str, set[str]] = defaultdict(set)
    for _, gold_entity, ours in found:
        mixed[names.get(ours, ours)].add(gold_entity)
    for ours, golds in sorted(mixed.items()):
        if len(golds) > 1:
            print(f"  merged: {ours} <- {sorted(golds)}")


if __name__ == "__main__":
    main()
