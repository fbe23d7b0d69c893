"""Score quote finding on PolNeAR (content and source spans) and on the demo corpus's gold.

Run `python -m evaluation.quotes [--split test|dev|train] [--limit N] [--no-demo]`.

PolNeAR (internal evaluation only, never copied into the tree) annotates every attribution:
speech, but also beliefs, plans and endorsements ("the Post backs Clinton"); we find speech,
so recall is bounded by that. Content spans are scored exact (raw offsets), exact after
normalising the edges (whitespace, punctuation, quotation marks, a leading "that", which the
corpus keeps and we drop) and by overlap (one-to-one, greedy on the largest overlap); the
source is scored on overlap-matched quotes, right when our speaker span overlaps the gold
Source span (both absent counts as right). One annotator per article: the first in sorted
order. Figures go to evaluation/out/quotes.json.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.datasets import datasets_dir
from sourcebook.analyze.entities import find_mentions
from sourcebook.analyze.quotes import find_quotes
from sourcebook.nlp.load import pipe
from sourcebook.records import Document, Quote

OUT = Path(__file__).parent / "out" / "quotes.json"
ANCHOR = (
    "anchor (BBC Citron on PARC 3.0, not PolNeAR): source exact F1 82.0, "
    "content exact F1 59.3, quote span overlap F1 83.2"
)
GOALS = "goals: source accuracy >= 0.90 on matched quotes, content overlap F1 >= 0.85"
_EDGE = " \t\n,.;:!?\"'“”‘’«»「」『』()—–-"

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Gold:
    content: Span  # first to last character of the Content fragments
    source: Span | None


def _spans(field: str) -> list[Span]:
    return [(int(a), int(b)) for a, b in (p.split() for p in field.split(";"))]


def read_ann(path: Path) -> list[Gold]:
    """Attributions of one brat file; continuation lines of multi-line span texts are skipped."""
    spans: dict[str, tuple[str, list[Span]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("T") and len(cells) >= 2 and " " in cells[1]:
            kind, _, where = cells[1].partition(" ")
            if re.fullmatch(r"\d+ \d+(;\d+ \d+)*", where):
                spans[cells[0]] = (kind, _spans(where))
        elif line.startswith("E") and len(cells) >= 2:
            roles = dict(r.split(":", 1) for r in cells[1].split() if ":" in r)
            events.append(roles)
    found = []
    for roles in events:
        parts = [s for key in ("Content", "Content2") if key in roles for s in spans[roles[key]][1]]
        if not parts:
            continue
        source = spans[roles["Source"]][1] if "Source" in roles else None
        found.append(
            Gold(
                (min(s for s, _ in parts), max(e for _, e in parts)),
                (min(s for s, _ in source), max(e for _, e in source)) if source else None,
            )
        )
    return found


def polnear(split: str) -> Iterator[tuple[str, str, list[Gold]]]:
    root = datasets_dir() / "polnear" / "data" / split
    chosen: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    for article, ann in sorted(chosen.items()):
        text = (root / "text" / f"{article}.txt").read_text(encoding="utf-8")
        yield article, text, read_ann(ann)


def normal(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if text[start : start + 5].lower() == "that ":
        start += 5
    return start, end


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def prf(hits: int, predicted: int, gold: int) -> dict[str, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score_polnear(split: str, limit: int | None) -> dict[str, Any] | None:
    if not (datasets_dir() / "polnear" / "data" / split).is_dir():
        print(f"PolNeAR {split}: not found under {datasets_dir()}, skipped")
        return None
    articles = list(polnear(split))[:limit]
    began = time.perf_counter()
    counts = dict.fromkeys(("pred", "gold", "raw", "norm", "over", "src_ok", "src_n"), 0)
    counts |= {"src_exact": 0, "src_pred": 0, "src_gold": 0}
    texts = [text for _, text, _ in articles]
    for (article, text, golds), doc in zip(articles, pipe(texts, batch_size=8), strict=True):
        document = Document(id=article, path=article, media_type="text/plain", text=text)
        quotes = find_quotes(doc, document, find_mentions(doc, document))
        counts["pred"] += len(quotes)
        counts["gold"] += len(golds)
        predicted = [(q.start, q.end) for q in quotes]
        gold_spans = [g.content for g in golds]
        counts["raw"] += len(set(predicted) & set(gold_spans))
        counts["norm"] += len(
            {normal(text, s) for s in predicted} & {normal(text, s) for s in gold_spans}
        )
        pairs = sorted(
            (
                (overlap(p, g.content), i, j)
                for i, p in enumerate(predicted)
                for j, g in enumerate(golds)
            ),
            reverse=True,
        )
        taken_p: set[int] = set()
        taken_g: set[int] = set()
        for size, i, j in pairs:
            if size <= 0 or i in taken_p or j in taken_g:
                continue
            taken_p.add(i)
            taken_g.add(j)
            counts["over"] += 1
            counts["src_n"] += 1
            counts["src_ok"] += _source_right(quotes[i], golds[j].source)
        ours = {
            normal(text, (q.speaker_start, q.speaker_end))
            for q in quotes
            if q.speaker_start is not None and q.speaker_end is not None
        }
        theirs = {normal(text, g.source) for g in golds if g.source}
        counts["src_exact"] += len(ours & theirs)
        counts["src_pred"] += len(ours)
        counts["src_gold"] += len(theirs)
    seconds = time.perf_counter() - began
    result: dict[str, Any] = {
        "split": split,
        "articles": len(articles),
        "gold": counts["gold"],
        "predicted": counts["pred"],
        "content_exact_raw": prf(counts["raw"], counts["pred"], counts["gold"]),
        "content_exact_normalised": prf(counts["norm"], counts["pred"], counts["gold"]),
        "content_overlap": prf(counts["over"], counts["pred"], counts["gold"]),
        "source_accuracy_on_matched": counts["src_ok"] / max(counts["src_n"], 1),
        "source_exact_normalised": prf(counts["src_exact"], counts["src_pred"], counts["src_gold"]),
        "seconds": round(seconds, 1),
    }
    print(
        f"PolNeAR {split}: {len(articles)} articles, {counts['gold']} gold attributions, "
        f"{counts['pred']} predicted, {seconds:.0f} s"
    )
    for key in (
        "content_exact_raw",
        "content_exact_normalised",
        "content_overlap",
        "source_exact_normalised",
    ):
        s = result[key]
        print(f"  {key:<26} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}")
    print(
        f"  source accuracy on overlap-matched quotes: {result['source_accuracy_on_matched']:.3f}"
        f" ({counts['src_ok']}/{counts['src_n']})"
    )
    print(f"  {ANCHOR}\n  {GOALS}")
    return result


def _source_right(quote: Quote, gold: Span | None) -> bool:
    if quote.speaker_start is None or quote.speaker_end is None:
        return gold is None
    return gold is not None and overlap((quote.speaker_start, quote.speaker_end), gold) > 0


# ---- the demo corpus --------------------------------------------------------------------------


def _norm_name(name: str) -> str:
    """Case, apostrophes and a leading "the" aside; a collective in plain words may be written
    either way round: "Marivel's government" is the "government of Marivel"."""
    name = name.lower().replace("’", "'").strip()
    name = name[4:] if name.startswith("the ") else name
    owner, sep, body = name.partition("'s ")
    return f"{body} of {owner}" if sep and " " not in owner else name


def score_demo() -> dict[str, Any]:

    from evaluation.demo_documents import demo_documents, gold

    documents = demo_documents()
    names: dict[str, set[str]] = {}
    for entity in gold("entities.json")["entities"]:
        names[entity["id"]] = {_norm_name(n) for n in [entity["name"], *entity["aliases"]]}
    wanted = gold("quotes.json")["quotes"]
    keys = sorted({q["file"] for q in wanted})
    docs = dict(zip(keys, pipe([documents[k].text for k in keys], batch_size=4), strict=True))
    found = {}
    for key in keys:
        document = documents[key]
        found[key] = find_quotes(docs[key], document, find_mentions(docs[key], document))
    hits = speakers = 0
    misses = []
    for item in wanted:
        text = documents[item["file"]].text
        first = (item.get("parts") or [item["text"]])[0]
        at = text.find(first)
        span = (at, at + len(item["text"]))
        match = next(
            (q for q in found[item["file"]] if at >= 0 and overlap((q.start, q.end), span)), None
        )
        if match is None:
            misses.append(f"  missed {item['file']}: {item['text'][:60]!r}")
            continue
        hits += 1
        want = item["speaker"]
        allowed = names.get(want, {_norm_name(want)}) if want else set()
        right = (
            (match.speaker is None)
            if want is None
            else (match.speaker is not None and _norm_name(match.speaker) in allowed)
        )
        speakers += right
        if not right:
            misses.append(f"  speaker {match.speaker!r}, gold {want!r}: {item['text'][:50]!r}")
    total = sum(len(v) for v in found.values())
    print(
        f"demo gold: quote recall {hits}/{len(wanted)} = {hits / len(wanted):.2f}; speaker "
        f"accuracy on found {speakers}/{hits} = {speakers / max(hits, 1):.2f}; "
        f"{total} quotes found in the {len(keys)} annotated files"
    )
    print(*misses, sep="\n")
    return {
        "recall": hits / len(wanted),
        "speaker_accuracy": speakers / max(hits, 1),
        "gold": len(wanted),
        "found": hits,
        "predicted_in_files": total,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=("train", "dev", "test"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--no-demo", action="store_true")
    args = parser.parse_args()
    result: dict[str, Any] = {"polnear": score_polnear(args.split, args.limit)}
    if not args.no_demo:
        result["demo"] = score_demo()
    if args.limit is None:
        OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
