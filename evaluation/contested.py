"""Score contested statements on the demo corpus's gold `assertions` and `assertion_clusters`.

`python -m evaluation.contested` builds `examples/corpus` into a temporary database, runs
`find_contests` and prints: recall, the gold assertions whose text (found in its file's stored
text, whitespace and quote marks loosely) overlaps a statement of some contest; and, per gold
cluster, whether one contest holds two or more of its assertions. `--show` lists the contests.
"""

from __future__ import annotations

import argparse
import re

from evaluation.demo_documents import EXAMPLES, built, gold, gold_key
from sourcebook.assess.contested import find_contests
from sourcebook.assess.relays import relay_graph
from sourcebook.records import Citation, Contest

_LOOSE = {"'": "['’‘]", "’": "['’‘]", '"': '["“”]', "“": '["“”]', "”": '["“”]'}


def locate(words: str, text: str) -> tuple[int, int] | None:
    """Where gold words stand in a stored text, whitespace and quote marks read loosely."""
    pattern = "".join(
        r"\s+" if part.isspace() else "".join(_LOOSE.get(c, re.escape(c)) for c in part)
        for part in re.split(r"(\s+)", words)
        if part
    )
    found = re.search(pattern, text)
    return found.span() if found else None


def holding(contests: list[Contest], document: str, span: tuple[int, int]) -> set[str]:
    """The contests with a statement overlapping `span` of `document`."""
    return {
        c.id
        for c in contests
        for s in c.statements
        if s.document == document and s.start < span[1] and span[0] < s.end
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every contest found")
    args = parser.parse_args()
    with built(EXAMPLES / "corpus", workers=2) as store:
        documents = {doc.id: doc for doc in store.documents()}
        annotations = {d: store.get_annotations(d) for d in documents}
        citations = [c for _, c in store.numbered("citations") if isinstance(c, Citation)]
        graph = relay_graph(documents.values(), citations, store.near_duplicate_pairs())
    contests = find_contests(documents, annotations, graph)
    by_key = {gold_key(doc): doc for doc in documents.values()}
    claims = gold("claims.json")
    found: dict[str, set[str]] = {}
    missed = []
    for assertion in claims["assertions"]:
        doc = by_key[assertion["file"]]
        span = locate(assertion["text"], doc.text)
        found[assertion["id"]] = holding(contests, doc.id, span) if span else set()
        if not found[assertion["id"]]:
            where = "in no contest" if span else "not in the stored text"
            missed.append(f"  {assertion['id']} {assertion['file']}: {where}")
    hits = sum(bool(v) for v in found.values())
    total = len(found)
    print(f"contested statements on the demo gold: {len(contests)} contests")
    for kind in ("denial", "explanations"):
        print(f"  {kind:<13} {sum(c.kind == kind for c in contests)}")
    print(f"  assertions found in a contest {hits} / {total}  recall {hits / max(total, 1):.2f}")
    print("missed:", *missed, sep="\n")
    print("gold clusters held by one contest (>= 2 of their assertions)")
    for cluster in claims["assertion_clusters"]:
        members = [a["id"] for a in claims["assertions"] if a["cluster"] == cluster["id"]]
        best = (
            max((sum(c.id in found[m] for m in members), c.label) for c in contests)
            if contests
            else (0, "")
        )
        verdict = "held" if best[0] >= 2 else "not held"
        print(f"  {cluster['id']:<19} {verdict:<8} {best[0]} / {len(members)}  by {best[1]!r}")
    if args.show:
        for contest in contests:
            print(f"\n{contest.id} ({contest.kind}) {contest.label}")
            for s in contest.statements:
                text = " ".join(s.text.split())
                print(f"  [{s.speaker}] ({s.stance}) {text[:100]}")


if __name__ == "__main__":
    main()
