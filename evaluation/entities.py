"""Score the entity and citation analyzers on the demo corpus's gold.

`python -m evaluation.entities` builds `examples/corpus` into a temporary database (as
`evaluation.demo_documents` does), runs the shipped pipeline and the analyzers over each
document, and prints mention recall per label (any label, and the gold label), alias linking
accuracy (short forms carrying the right full name) and citation recall and precision.
Gold "credit" citations are negatives: a citation found there counts against precision.
"""

from __future__ import annotations

from collections import Counter

from evaluation.demo_documents import demo_documents, gold
from sourcebook.analyze.citations import find_citations
from sourcebook.analyze.entities import find_mentions
from sourcebook.nlp.load import load
from sourcebook.records import Citation, Document, Mention

#: Analyzer kind -> gold kind.
KINDS = {"reported": "reported", "first reported": "reported", "according to": "according-to",
         "told": "interview", "interview": "interview", "additional reporting": "additional-reporting",
         "syndicated": "syndicated"}  # fmt: skip


def norm(text: str) -> str:
    """Compare forms without line breaks, curly apostrophes or a leading article."""
    text = " ".join(text.replace("’", "'").split()).casefold()
    return text[4:] if text.startswith("the ") else text


def documents() -> dict[str, Document]:
    return {key: doc for key, doc in demo_documents().items() if doc.text}


def main() -> None:
    nlp = load()
    entities = {e["id"]: e for e in gold("entities.json")["entities"]}
    docs = documents()
    _TEXTS.update({key: doc.text for key, doc in docs.items()})
    found: dict[str, tuple[list[Mention], list[Citation]]] = {}
    for key, doc in docs.items():
        parsed = nlp(doc.text)
        mentions = find_mentions(parsed, doc)
        found[key] = (mentions, find_citations(parsed, doc, mentions))
    total, hit, labelled = Counter[str](), Counter[str](), Counter[str]()
    links = linked = 0
    misses: list[str] = []
    for key, wanted in gold("entities.json")["mentions"].items():
        mentions = found[key][0]
        for item in wanted:
            entity, label = entities[item["entity"]], item["label"]
            same = [m for m in mentions if norm(m.text) == norm(item["text"])]
            total[label] += 1
            hit[label] += bool(same)
            labelled[label] += any(m.label == label for m in same)
            if not same:
                misses.append(f"  {key}: {item['text']!r} {label}")
            if norm(item["text"]) != norm(entity["name"]):
                links += 1
                names = {norm(entity["name"])}
                linked += any(norm(m.name) in names for m in same)
    print("entity mentions on the demo gold (each distinct surface form once per file)")
    print(f"  {'label':<7} {'gold':>4} {'found':>6} {'recall':>7} {'+label':>7}")
    for label in sorted(total):
        print(
            f"  {label:<7} {total[label]:>4} {hit[label]:>6} {hit[label] / total[label]:>7.2f}"
            f" {labelled[label] / total[label]:>7.2f}"
        )
    all_total, all_hit, all_lab = sum(total.values()), sum(hit.values()), sum(labelled.values())
    print(
        f"  {'all':<7} {all_total:>4} {all_hit:>6} {all_hit / all_total:>7.2f} {all_lab / all_total:>7.2f}"
    )
    print(f"alias linking: {linked} / {links} short or other forms carry the gold full name")
    print("missed mentions:", *misses, sep="\n")
    score_citations(found, entities)


def score_citations(
    found: dict[str, tuple[list[Mention], list[Citation]]], entities: dict[str, dict[str, str]]
) -> None:
    gold_items = gold("citations.json")["citations"]
    right = cited_ok = kind_ok = 0
    matched: set[tuple[str, int]] = set()
    missed: list[str] = []
    relevant = [g for g in gold_items if g["kind"] != "credit"]
    for item in gold_items:
        hits = [c for c in found[item["file"]][1] if _inside(c, item, found)]
        matched |= {(item["file"], c.start) for c in hits}
        if item["kind"] != "credit" and not hits:
            missed.append(f"  missed {item['file']}: {item['text']!r}")
        if item["kind"] == "credit" or not hits:
            continue
        right += 1
        entity = entities.get(item["cited"])
        cited_ok += any(
            norm(c.cited) == norm(entity["name"] if entity else item["cited"]) for c in hits
        )
        kind_ok += any(KINDS[c.kind] == item["kind"] for c in hits)
    predicted = sum(len(c) for _, c in found.values())
    true = sum(
        1
        for key, (_, cs) in found.items()
        for c in cs
        if (key, c.start) in matched and not _credit(key, c, gold_items, found)
    )
    print("\ncitations on the demo gold (a citation counts when its name lies in the gold phrase)")
    print(f"  recall {right} / {len(relevant)} = {right / len(relevant):.2f}")
    print(
        f"  precision {true} / {predicted} = {true / max(predicted, 1):.2f} (credits count as wrong)"
    )
    print(f"  cited right {cited_ok} / {right}, kind right {kind_ok} / {right}")
    for key, (_, cs) in found.items():
        for c in cs:
            flag = "ok" if (key, c.start) in matched else "--"
            print(f"  {flag} {key}: {c.cited!r} {c.kind!r}")
    print(*missed, sep="\n")


def _phrase_spans(
    item: dict[str, str], found: dict[str, tuple[list[Mention], list[Citation]]]
) -> list[tuple[int, int]]:
    text = _TEXTS[item["file"]]
    spans, at = [], text.find(item["text"])
    while at >= 0:
        spans.append((at, at + len(item["text"])))
        at = text.find(item["text"], at + 1)
    return spans


def _inside(
    c: Citation, item: dict[str, str], found: dict[str, tuple[list[Mention], list[Citation]]]
) -> bool:
    return any(s <= c.start and c.end <= e for s, e in _phrase_spans(item, found))


def _credit(
    key: str,
    c: Citation,
    items: list[dict[str, str]],
    found: dict[str, tuple[list[Mention], list[Citation]]],
) -> bool:
    return any(i["file"] == key and i["kind"] == "credit" and _inside(c, i, found) for i in items)


_TEXTS: dict[str, str] = {}

if __name__ == "__main__":
    main()
