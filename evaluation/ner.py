"""Score sourcebook's entities on UNER English-EWT, UNER English-PUD and CoNLL-2003 test.

Run `python -m evaluation.ner [--model PATH] [--variant fast|accurate] [--no-gazetteer |
--compare] [--limit N]`; `accurate` swaps the CNN's NER for the MiniLM encoder.
The gold words become the Doc's tokens, so spans align without guessing; sentences of one
source document are run together (up to GROUP at a time) so the model sees context as it
does on real text, then spans are scored per sentence, exact match, after mapping our labels
to PER/ORG/LOC (EVAL_MAP; NORP and gold MISC are left out). Each table is printed next to the
published anchors, with error classes and the ALL-CAPS sentences scored apart, and the figures
go to evaluation/out/ner.json
(ner-accurate.json for the accurate variant). CoNLL-2003 is a test set only: nothing may
ever train on it.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evaluation.corpora import (
    Sentence,
    conll2003_test,
    read_conll,
    read_uner,
    spans,
    uner_ewt,
    uner_pud,
)
from evaluation.datasets import datasets_dir
from evaluation.metrics.ner import Span, SpanScores
from sourcebook.nlp.labels import EVAL_MAP

if TYPE_CHECKING:
    from spacy.language import Language

GROUP = 20  # sentences per Doc: about a few paragraphs of context
SCORED = frozenset({"PER", "ORG", "LOC"})
OUT = Path(__file__).parent / "out" / "ner.json"
GAZETTEER = "gazetteer"

SETS: dict[str, tuple[Callable[[], Path], Callable[[Path], Iterator[Sentence]], str]] = {
    "uner-ewt": (
        lambda: uner_ewt("test"),
        read_uner,
        "XLM-R large (UNER paper) ~86 micro F1",
    ),
    "uner-pud": (uner_pud, read_uner, "XLM-R large (UNER paper) ~80 micro F1"),
    "conll2003": (
        conll2003_test,
        read_conll,
        "goal (issue) 80 micro F1 on PER/ORG/LOC; a plain spaCy CNN got 52.3",
    ),
}


# ---- spans and error classes ----------------------------------------------------------------


def gold_spans(tags: list[str]) -> list[Span]:
    """Gold IOB2 spans on the scored labels; MISC and anything else is dropped."""
    return [span for span in spans(tags) if span[2] in SCORED]


def mapped(found: Iterable[Span]) -> list[Span]:
    """Our labels on the PER/ORG/LOC scheme; a label EVAL_MAP lacks (NORP) is dropped."""
    return [(s, e, EVAL_MAP[label]) for s, e, label in found if label in EVAL_MAP]


def error_classes(predicted: Iterable[Span], gold: Iterable[Span]) -> Counter[str]:
    """Why each gold span was missed and which predictions hit nothing, for reading errors.

    Each gold span is `correct`, `wrong type` (same words, other label), `boundary` (overlaps
    a prediction with other words) or `missed` (no prediction overlaps it); each prediction
    that overlaps no gold span is `spurious`.
    """
    p, g = set(predicted), set(gold)
    counts: Counter[str] = Counter()

    def overlaps(a: Span, b: Span) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    for span in g:
        if span in p:
            counts["correct"] += 1
        elif any(q[:2] == span[:2] for q in p):
            counts["wrong type"] += 1
        elif any(overlaps(q, span) for q in p):
            counts["boundary"] += 1
        else:
            counts["missed"] += 1
    counts["spurious"] += sum(1 for q in p if not any(overlaps(q, span) for span in g))
    return counts


def all_caps(words: list[str]) -> bool:
    """Whether most words with letters are upper case (headlines, datelines, shouted text)."""
    alpha = [w for w in words if any(c.isalpha() for c in w)]
    return bool(alpha) and sum(w.isupper() for w in alpha) * 2 > len(alpha)


def groups(sentences: Iterable[Sentence], size: int = GROUP) -> Iterator[list[Sentence]]:
    """Runs of consecutive sentences from one source document, at most `size` long."""
    run: list[Sentence] = []
    for sentence in sentences:
        if run and (sentence.doc != run[0].doc or len(run) >= size):
            yield run
            run = []
        run.append(sentence)
    if run:
        yield run


def sentence_spans(starts: list[int], found: Iterable[Span]) -> list[list[Span]]:
    """Spans of a grouped Doc, handed to the sentence they start in, in its own offsets.

    A span that runs past its sentence's end keeps its length, so it can never match gold.
    """
    out: list[list[Span]] = [[] for _ in starts]
    index = 0
    for start, end, label in sorted(found):
        while index + 1 < len(starts) and starts[index + 1] <= start:
            index += 1
        out[index].append((start - starts[index], end - starts[index], label))
    return out


# ---- running the model ---------------------------------------------------------------------


def predict(nlp: Language, sentences: list[Sentence], *, gazetteer: bool) -> list[list[Span]]:
    """Predicted spans per sentence (raw labels), running the whole pipeline on grouped Docs."""
    from spacy.tokens import Doc

    docs, offsets = [], []
    for chunk in groups(sentences):
        words: list[str] = []
        spaces: list[bool] = []
        starts: list[int] = []
        for sentence in chunk:
            starts.append(len(words))
            words += sentence.words
            spaces += sentence.spaces[:-1] + [True]  # sentences apart by a space
        spaces[-1] = False
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces))
        offsets.append(starts)
    disable = [GAZETTEER] if not gazetteer and GAZETTEER in nlp.pipe_names else []
    out: list[list[Span]] = []
    with nlp.select_pipes(disable=disable):
        for doc, starts in zip(nlp.pipe(docs, batch_size=16), offsets, strict=True):
            found = [(e.start, e.end, e.label_) for e in doc.ents]
            out += sentence_spans(starts, found)
    return out


def score(sentences: list[Sentence], predicted: list[list[Span]]) -> dict[str, Any]:
    """Per-label and micro P/R/F, error classes, and the ALL-CAPS sentences on their own."""
    every, caps = SpanScores(), SpanScores()
    errors: Counter[str] = Counter()
    caps_count = 0
    for sentence, found in zip(sentences, predicted, strict=True):
        gold, pred = gold_spans(sentence.ner or []), mapped(found)
        every.add(pred, gold)
        errors += error_classes(pred, gold)
        if all_caps(sentence.words):
            caps.add(pred, gold)
            caps_count += 1

    def table(s: SpanScores) -> dict[str, Any]:
        rows = {label: _prf(s, label) for label in sorted(SCORED)}
        return {"labels": rows, "micro": _prf(s, None)}

    return {
        "sentences": len(sentences),
        **table(every),
        "errors": {
            k: errors[k] for k in ("correct", "wrong type", "boundary", "missed", "spurious")
        },
        "all_caps": {"sentences": caps_count, "micro": _prf(caps, None)},
    }


def _prf(s: SpanScores, label: str | None) -> dict[str, float | int]:
    p, r, f = s.prf(label)
    gold = sum(s.tp.values()) + sum(s.fn.values()) if label is None else s.tp[label] + s.fn[label]
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f1": round(100 * f, 2), "gold": gold}


# ---- printing ------------------------------------------------------------------------------


def print_set(name: str, anchor: str, results: dict[str, dict[str, Any]]) -> None:
    """One table per set; with --compare, one column group per setting, side by side."""
    settings = list(results)
    first = results[settings[0]]
    print(f"\n{name}: {first['sentences']:,} sentences   published: {anchor}")
    print(f"{'':9}" + "".join(f" {s:>26}" for s in settings))
    print(f"{'label':9}" + " ".join(f"{'P':>6} {'R':>6} {'F1':>6} {'gold':>5}" for _ in settings))
    for label in [*sorted(SCORED), "micro"]:
        cells = []
        for setting in settings:
            row = results[setting]["micro" if label == "micro" else "labels"]
            row = row if label == "micro" else row[label]
            cells.append(f"{row['p']:6.1f} {row['r']:6.1f} {row['f1']:6.1f} {row['gold']:5}")
        print(f"{label:9}" + " ".join(cells))
    for setting in settings:
        r = results[setting]
        errors = ", ".join(f"{k} {v}" for k, v in r["errors"].items())
        caps = r["all_caps"]
        print(f"[{setting}] errors: {errors}")
        print(
            f"[{setting}] ALL-CAPS sentences ({caps['sentences']}): micro F1 "
            f"{caps['micro']['f1']:.1f} on {caps['micro']['gold']} gold spans; "
            f"{r['seconds']:.1f} s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", type=Path, help="a spaCy pipeline (default: the shipped one)")
    parser.add_argument(
        "--variant", choices=["fast", "accurate"], default="fast", help="default: fast"
    )
    parser.add_argument("--limit", type=int, help="first N sentences of each set")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--no-gazetteer", action="store_true", help="run without the gazetteer")
    choice.add_argument("--compare", action="store_true", help="with and without, side by side")
    args = parser.parse_args()

    from sourcebook.nlp.load import load

    nlp = load(args.model, args.variant)
    has_gazetteer = GAZETTEER in nlp.pipe_names
    if args.compare:
        settings = {"gazetteer": True, "no-gazetteer": False}
    else:
        settings = {"no-gazetteer" if args.no_gazetteer else "gazetteer": not args.no_gazetteer}
    if not has_gazetteer:
        print(f"note: the pipeline has no {GAZETTEER!r} component; scores are the model alone")
        settings = {"model (no gazetteer)": False}
    report: dict[str, Any] = {
        "model": str(args.model or "shipped"),
        "variant": args.variant,
        "pipeline": nlp.pipe_names,
        "limit": args.limit,
        "sets": {},
    }
    for name, (where, reader, anchor) in SETS.items():
        path = where()
        if not path.is_file():
            print(
                f"\n{name}: {path} not found under {datasets_dir()} (set SOURCEBOOK_DATASETS); "
                "skipped"
            )
            continue
        sentences = [s for s in reader(path) if s.words][: args.limit]
        results = {}
        for setting, on in settings.items():
            began = time.perf_counter()
            predicted = predict(nlp, sentences, gazetteer=on)
            results[setting] = score(sentences, predicted)
            results[setting]["seconds"] = round(time.perf_counter() - began, 2)
        print_set(name, anchor, results)
        report["sets"][name] = {"anchor": anchor, **results}
    if not report["sets"]:
        return
    out = OUT if args.variant == "fast" else OUT.with_name(f"ner-{args.variant}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {out}")


if __name__ == "__main__":
    main()
