"""Score name matching for screening on labelled name pairs (nomenklatura's name_bench).

`python -m evaluation.screening` reads `../shared/datasets/name-matching/nomenklatura/
name_bench_cases.csv` (826 pairs; name1 the query, name2 the list side), scores each pair with
`sourcebook.screen.match.compare` (people as people, every other schema as a body), and prints
precision, recall and F1 at the possible-match threshold (0.7), per schema and overall, beside
OpenSanctions' logic-v2 matcher on its frozen run of the same benchmark (`name_bench_logicv2-
frozen.csv`, threshold 0.7, an older version of the cases). Skips cleanly when the data is absent.
Goal (issue 7): above the published matcher.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict

from evaluation.datasets import datasets_dir
from sourcebook.screen.compare import compare
from sourcebook.screen.entries import ORGANIZATION, PERSON
from sourcebook.screen.match import POSSIBLE


def _f1(counts: Counter[str]) -> tuple[float, float, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _count(counts: Counter[str], truth: bool, said: bool) -> None:
    counts["tp" if truth and said else "fp" if said else "fn" if truth else "tn"] += 1


def main() -> None:
    bench = datasets_dir() / "name-matching" / "nomenklatura"
    cases = bench / "name_bench_cases.csv"
    if not cases.exists():
        print(f"skipped: {cases} is not there")
        return
    ours: defaultdict[str, Counter[str]] = defaultdict(Counter)
    with cases.open(encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            kind = PERSON if row["schema"] == "Person" else ORGANIZATION
            score, _ = compare(row["name1"], row["name2"], kind)
            truth = row["is_match"] == "true"
            for key in (row["schema"], "all"):
                _count(ours[key], truth, score >= POSSIBLE)
    theirs: defaultdict[str, Counter[str]] = defaultdict(Counter)
    frozen = bench / "name_bench_logicv2-frozen.csv"
    if frozen.exists():
        with frozen.open(encoding="utf-8", newline="") as rows:
            for row in csv.DictReader(rows):
                truth, said = row["is_match"] == "true", row["predicted_match"] == "true"
                for key in (row["schema"], "all"):
                    _count(theirs[key], truth, said)
    print("name matching on nomenklatura name_bench (threshold 0.7)")
    print(f"  {'schema':<13} {'pairs':>5}  {'ours P / R / F1':>20}  {'logic-v2 P / R / F1':>22}")
    for key in sorted(ours, key=lambda k: (k == "all", k)):
        p, r, f = _f1(ours[key])
        tp, fp, fn = _f1(theirs[key]) if theirs.get(key) else (0.0, 0.0, 0.0)
        pairs = sum(ours[key].values())
        print(f"  {key:<13} {pairs:>5}  {p:6.3f} {r:6.3f} {f:6.3f}  {tp:7.3f} {fp:6.3f} {fn:6.3f}")
    print("goal (issue 7): F1 above the published matcher")


if __name__ == "__main__":
    main()
