"""Score name matching for screening on labelled name pairs: name_bench, then a generated set.

`python -m evaluation.screening` scores pairs with `sourcebook.screen.compare.compare` (people
as people, every other schema as a body), a pair said to match from the possible-match score
(0.7, `sourcebook.screen.match.POSSIBLE`), in two sections:

- nomenklatura's name_bench: reads `../shared/datasets/name-matching/nomenklatura/
  name_bench_cases.csv` (826 pairs; name1 the query, name2 the list side) and prints precision,
  recall and F1 per schema and overall, beside OpenSanctions' logic-v2 matcher on its frozen run
  of the same benchmark (`name_bench_logicv2-frozen.csv`, threshold 0.7, an older version of the
  cases). Skips cleanly when the data is absent. Goal (issue 7): above the published matcher.
- the generated set (`evaluation.name_variants`, needs no data): `--generated N` pairs (3,000)
  from `--seed` (7), with per kind the recall of a variant kind or the false-positive rate of a
  hard-negative kind, and precision, recall and F1 per schema and overall; `--errors K` prints
  K wrongly judged pairs of each kind. Goal (issue 7): F1 >= 0.90 on the generated set.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter, defaultdict

from evaluation import name_variants
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


def name_bench() -> None:
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


def generated(n: int, seed: int, errors: int) -> None:
    per_kind: defaultdict[str, Counter[str]] = defaultdict(Counter)
    per_schema: defaultdict[str, Counter[str]] = defaultdict(Counter)
    wrong: defaultdict[str, list[tuple[float, name_variants.Pair]]] = defaultdict(list)
    for pair in name_variants.pairs(n, seed):
        kind = PERSON if pair.schema == name_variants.PERSON else ORGANIZATION
        score, _ = compare(pair.query, pair.listed, kind)
        said = score >= POSSIBLE
        _count(per_kind[pair.kind_of_variant], pair.is_match, said)
        for key in (pair.schema, "all"):
            _count(per_schema[key], pair.is_match, said)
        if said != pair.is_match and len(wrong[pair.kind_of_variant]) < errors:
            wrong[pair.kind_of_variant].append((score, pair))
    print(f"name matching on {n:,} generated pairs, seed {seed} (threshold 0.7)")
    print(f"  {'kind':<23} {'pairs':>5}  {'recall':>6}  {'false pos.':>10}")
    for kind in name_variants.KINDS:
        c = per_kind[kind]
        if kind in name_variants.POSITIVE:
            recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
            print(f"  {kind:<23} {c.total():>5}  {recall:6.3f}")
        else:
            rate = c["fp"] / (c["fp"] + c["tn"]) if c["fp"] + c["tn"] else 0.0
            print(f"  {kind:<23} {c.total():>5}  {'':>6}  {rate:10.3f}")
    print(f"  {'schema':<23} {'pairs':>5}  {'P / R / F1':>20}")
    for key in (name_variants.PERSON, name_variants.COMPANY, "all"):
        p, r, f = _f1(per_schema[key])
        print(f"  {key:<23} {per_schema[key].total():>5}  {p:6.3f} {r:6.3f} {f:6.3f}")
    print("goal (issue 7): F1 >= 0.90 on the generated set")
    if errors:
        print(f"wrongly judged pairs, at most {errors} of each kind (score, query ~ listed)")
    for kind in name_variants.KINDS:
        for score, pair in wrong[kind]:
            said = "missed" if pair.is_match else "matched"
            print(f"  {kind:<23} {said:<7} {score:4.2f}  {pair.query!r} ~ {pair.listed!r}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.screening", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--generated", type=int, default=3000, metavar="N", help="generated pairs (3000)"
    )
    parser.add_argument("--seed", type=int, default=7, help="seed of the generated set (7)")
    parser.add_argument(
        "--errors", type=int, default=0, metavar="K", help="wrong pairs to print per kind"
    )
    args = parser.parse_args(argv)
    name_bench()
    print()
    generated(args.generated, args.seed, args.errors)


if __name__ == "__main__":
    main()
