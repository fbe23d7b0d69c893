"""Score the time analyzer on TempEval-3 and on the demo corpus's gold events.

`python -m evaluation.time [--limit N] [--show-errors]`:

(a) TempEval-3 (`shared/datasets/tempeval3`, skipped when absent): the TBAQ training part
(dev: rules were looked at against it) and the platinum test. Each document's DCT is its
publication date; the analyzer's `find_timexes` gives each expression a TIMEX3 type and value.
Extent P/R/F1 relaxed (any overlap) and strict (same span) over every TIMEX3, as the TE3
anchors are, and value F1 = correct values / predictions and / gold (the first overlapping
prediction of each gold timex), over all types and per type: a type's row scores the
predictions of that type against the gold timexes of that type.
The data is licensed for internal evaluation only: nothing here copies it or learns from it.

(b) The demo gold (`examples/gold/events.json`): for each gold event, whether an event in that
document has the same text (or one holding the other) and the gold date and precision.
Figures go to evaluation/out/time.json.
"""

from __future__ import annotations

import argparse
import json
import tarfile
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from evaluation.datasets import datasets_dir
from sourcebook.analyze.time import find_events, find_timexes
from sourcebook.nlp.load import load
from sourcebook.records import Event, Mention

OUT = Path(__file__).parent / "out" / "time.json"
ANCHORS = "HeidelTime relaxed 90.3 / strict 81.3 / value 77.6; SUTime value 67.4; goal value 78"


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    type: str
    value: str | None


@dataclass(frozen=True, slots=True)
class TmlDoc:
    id: str
    dct: str
    text: str
    timexes: tuple[Timex, ...]


def read_tml(path: Path) -> TmlDoc:
    """The text inside <TEXT> with its tags stripped, and the TIMEX3 spans in that text."""
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    body = root.find("TEXT")
    assert dct is not None and body is not None, path
    parts: list[str] = [body.text or ""]
    timexes: list[Timex] = []

    def walk(element: ET.Element) -> None:
        start = sum(map(len, parts))
        parts.append(element.text or "")
        for child in element:
            walk(child)
        if element.tag == "TIMEX3":
            end = sum(map(len, parts))
            timexes.append(Timex(start, end, element.get("type", ""), element.get("value")))
        parts.append(element.tail or "")

    for child in body:
        walk(child)
    return TmlDoc(path.stem, str(dct.get("value"))[:10], "".join(parts), tuple(timexes))


def tempeval_sets(folder: Path, scratch: Path) -> Iterator[tuple[str, list[Path]]]:
    archive = folder / "TBAQ-cleaned.tar.gz"
    if archive.is_file():
        with tarfile.open(archive) as tar:
            tar.extractall(scratch, filter="data")
        yield "TBAQ train (dev)", sorted(scratch.glob("TBAQ-cleaned/*/*.tml"))
    yield "TE3 platinum test", sorted((folder / "te3-platinum").glob("*.tml"))


def prf(hit_pred: int, n_pred: int, hit_gold: int, n_gold: int) -> dict[str, float]:
    p, r = hit_pred / max(n_pred, 1), hit_gold / max(n_gold, 1)
    return {
        "P": round(100 * p, 1),
        "R": round(100 * r, 1),
        "F1": round(200 * p * r / max(p + r, 1e-9), 1),
    }


def overlaps(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


TYPES = ("DATE", "TIME", "DURATION", "SET")


def score(pairs: list[tuple[TmlDoc, list[Timex]]], errors: list[str]) -> dict[str, object]:
    """Extent and value over every type, then for each type on its own."""
    out: dict[str, object] = {}
    for scope in ("all", *TYPES):
        n_pred = n_gold = rel_p = rel_g = str_hit = val_hit = 0
        for tml, predicted in pairs:
            gold = [t for t in tml.timexes if scope in ("all", t.type)]
            preds = [p for p in predicted if scope in ("all", p.type)]
            n_pred, n_gold = n_pred + len(preds), n_gold + len(gold)
            rel_p += sum(any(overlaps(p, g) for g in gold) for p in preds)
            rel_g += sum(any(overlaps(p, g) for p in preds) for g in gold)
            str_hit += sum(any((p.start, p.end) == (g.start, g.end) for p in preds) for g in gold)
            used: set[int] = set()
            for g in gold:
                match = next(
                    (i for i, p in enumerate(preds) if i not in used and overlaps(p, g)), None
                )
                if match is not None:
                    used.add(match)
                    got = preds[match]
                    val_hit += got.value == g.value
                    if scope == "all" and got.value != g.value:
                        text = tml.text[got.start : got.end]
                        errors.append(
                            f"  value {tml.id}: {text!r} {got.type} {got.value}"
                            f" gold {g.type} {g.value} (DCT {tml.dct})"
                        )
                elif scope == "all":
                    text = tml.text[g.start : g.end]
                    errors.append(f"  missed {tml.id}: {text!r} {g.type} {g.value}")
            if scope == "all":
                for p in preds:
                    if not any(overlaps(p, g) for g in gold):
                        text = tml.text[p.start : p.end]
                        errors.append(f"  spurious {tml.id}: {text!r} {p.type} {p.value}")
        out[scope] = {
            "relaxed": prf(rel_p, n_pred, rel_g, n_gold),
            "strict": prf(str_hit, n_pred, str_hit, n_gold),
            "value": prf(val_hit, n_pred, val_hit, n_gold),
            "gold": n_gold,
            "predicted": n_pred,
        }
    return out


def run_tempeval(limit: int | None, show: bool) -> dict[str, object]:
    folder = datasets_dir() / "tempeval3"
    if not (folder / "te3-platinum").is_dir():
        print(f"TempEval-3 not found at {folder}: skipped")
        return {}
    nlp = load()
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name, paths in tempeval_sets(folder, Path(scratch)):
            docs = [read_tml(path) for path in paths[:limit]]
            pairs = []
            for tml, parsed in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
                mentions = [mention(tml.id, e) for e in parsed.ents]
                found = find_timexes(parsed, tml.dct, mentions)
                pairs.append((tml, [Timex(t.start, t.end, t.type, t.value) for t in found]))
            errors: list[str] = []
            results[name] = figures = score(pairs, errors)
            print(f"\n{name}: {len(docs)} documents  (anchors: {ANCHORS})")
            print(
                f"  {'type':<8} {'gold':>5} {'pred':>5}  relaxed P/R/F1     strict F1  value P/R/F1"
            )
            for scope in ("all", *TYPES):
                row = figures[scope]
                assert isinstance(row, dict)
                rel, val = row["relaxed"], row["value"]
                print(
                    f"  {scope:<8} {row['gold']:>5} {row['predicted']:>5}  "
                    f"{rel['P']:>5} {rel['R']:>5} {rel['F1']:>5}  {row['strict']['F1']:>8}  "
                    f"{val['P']:>5} {val['R']:>5} {val['F1']:>5}"
                )
            if show:
                print(*errors, sep="\n")
    return results


def mention(document: str, ent: object) -> Mention:
    start, end, text, label = (
        getattr(ent, k) for k in ("start_char", "end_char", "text", "label_")
    )
    return Mention(document, start, end, text, label, name=text)


def flat(text: str) -> str:
    """OCR and PDF text break lines inside expressions ("27\nFebruary")."""
    return " ".join(text.split())


def run_demo(show: bool) -> dict[str, object]:
    from evaluation.demo_documents import demo_documents, gold

    documents = {k: d for k, d in demo_documents().items() if not d.duplicate_of}
    nlp = load()
    keys = sorted(documents)
    events: dict[str, list[Event]] = {}
    for key, parsed in zip(keys, nlp.pipe(documents[k].text for k in keys), strict=True):
        doc = documents[key]
        events[key] = find_events(parsed, doc, [mention(doc.id, e) for e in parsed.ents])
    found = right = 0
    misses: list[str] = []
    wanted = gold("events.json")["events"]
    used: set[int] = set()
    for item in wanted:
        candidates = [
            e
            for e in events.get(item["file"], [])
            if id(e) not in used and (item["text"] in flat(e.text) or flat(e.text) in item["text"])
        ]
        if not candidates:
            misses.append(f"  missed {item['file']}: {item['text']!r} {item['date']}")
            continue
        found += 1
        best = next((e for e in candidates if e.date == item["date"]), candidates[0])
        used.add(id(best))
        ok = best.date == item["date"] and best.precision == item["precision"]
        right += ok
        if not ok:
            misses.append(
                f"  wrong {item['file']}: {item['text']!r} {best.date} gold {item['date']}"
            )
    extra = [(k, e) for k, es in events.items() for e in es if id(e) not in used]
    misses += [f"  not in the gold {k}: {e.text!r} {e.date}" for k, e in extra]
    print(f"\ndemo gold events: {len(wanted)}; found {found}, date and precision right {right}")
    print(f"  event date accuracy {right / len(wanted):.3f}; events not in the gold {len(extra)}")
    if show:
        print(*misses, sep="\n")
    return {
        "gold": len(wanted),
        "found": found,
        "right": right,
        "accuracy": round(right / len(wanted), 3),
        "extra": len(extra),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="documents per TempEval set")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--no-demo", action="store_true")
    args = parser.parse_args()
    results = {"tempeval3": run_tempeval(args.limit, args.show_errors)}
    if not args.no_demo:
        results["demo"] = run_demo(args.show_errors)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
