"""Score quote clustering on a generated corpus whose quote clusters are known.

`python -m evaluation.quote_clusters [--documents N]` writes N documents with
`benchmarks/resolve_corpus.py` (seed 1), builds them as `sourcebook build` does (which
clusters the quotes) and matches each gold quote to the stored quote in its file that holds
its words. Purity: the share of clustered, matched quotes that
belong to their cluster's most common gold cluster. Pairwise precision and recall over matched
quotes. Goal (issue 6): purity >= 0.9.
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from evaluation.demo_documents import built
from evaluation.entities import norm
from evaluation.resolve import generated_gold
from sourcebook.resolve.quote_clusters import QuoteRef


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=400, help="default: 400")
    parser.add_argument("--show", action="store_true", help="print clusters mixing gold ones")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        truth = generated_gold(args.documents, Path(scratch))
        with built(Path(scratch) / "documents", workers=2) as store:
            file_of = {doc.id: Path(doc.path).name for doc in store.documents()}
            refs = [QuoteRef(*row) for row in store.quotes_to_cluster()]
            clusters = store.quote_clusters(limit=1_000_000)
    ours = {member: c.id for c in clusters for member in c.members}
    text = {ref.id: norm(ref.text) for ref in refs}
    by_file: defaultdict[str, list[int]] = defaultdict(list)
    for ref in refs:
        by_file[file_of[ref.document]].append(ref.id)
    matched: list[tuple[str, str]] = []  # (gold cluster, our cluster or the quote alone)
    missed = 0
    for quote in truth["quotes"]:
        words = norm(quote["text"])
        hit = next(
            (i for i in by_file[quote["file"]] if words in text[i] or text[i] in words), None
        )
        if hit is None:
            missed += 1
            continue
        matched.append((quote["cluster"], ours.get(hit, f"alone{hit}")))
    majority = Counter[str]()
    sizes = Counter[str]()
    per_cluster: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for gold_cluster, our_cluster in matched:
        per_cluster[our_cluster][gold_cluster] += 1
    for our_cluster, golds in per_cluster.items():
        majority[our_cluster] = golds.most_common(1)[0][1]
        sizes[our_cluster] = sum(golds.values())
    purity = sum(majority.values()) / max(sum(sizes.values()), 1)
    both = same_gold = same_ours = 0
    for (gold_a, ours_a), (gold_b, ours_b) in combinations(matched, 2):
        same_gold += gold_a == gold_b
        same_ours += ours_a == ours_b
        both += gold_a == gold_b and ours_a == ours_b
    print(
        f"quote clusters on {args.documents:,} generated documents: {len(matched)} gold quotes "
        f"matched, {missed} not found; {len(set(ours.values()))} clusters"
    )
    print(f"  purity {purity:.3f}  (goal >= 0.9)")
    if args.show:
        texts = {ref.id: ref.text for ref in refs}
        for our_cluster, golds in per_cluster.items():
            if len(golds) > 1 and not our_cluster.startswith("alone"):
                inside = [i for i, c in ours.items() if c == our_cluster][:4]
                print(
                    f"  mixed {our_cluster}: {dict(golds)}",
                    *(texts[i][:90] for i in inside),
                    sep="\n    ",
                )
    print(
        f"  pairwise precision {both / max(same_ours, 1):.3f}  recall {both / max(same_gold, 1):.3f}"
    )


if __name__ == "__main__":
    main()
