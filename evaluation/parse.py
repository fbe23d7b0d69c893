"""Score tagging and parsing from raw text on UD English-EWT test, as CoNLL 2018 scores it.

Run `python -m evaluation.parse [--model PATH] [--limit DOCS]`. Each document's raw text is
rebuilt from the gold `# text` lines (a space between sentences, a newline at each
`# newpar`), the whole pipeline runs on it, so tokens and sentences are the model's own as on
real input, and system tokens are aligned to gold words by character offsets with whitespace
ignored. Scores are F1 over words (precision over system words, recall over gold words):
tokens, sentences (same character extent), UPOS, UAS and LAS (punctuation counted; only the
universal relation before any ':' is compared). Printed next to the published raw-text
anchors, written to evaluation/out/parse.json.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evaluation.corpora import Sentence, read_conllu, ud_ewt
from evaluation.datasets import datasets_dir

if TYPE_CHECKING:
    from spacy.tokens import Doc

OUT = Path(__file__).parent / "out" / "parse.json"
ANCHORS = {
    "LAS": "UDPipe 2 89.1, Stanza 86.8 (raw text, CoNLL 2018 scoring); goal 85",
}
METRICS = ("Tokens", "Sentences", "UPOS", "UAS", "LAS")


def stripped_spans(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Each token's extent in the text with all whitespace removed; a space token is empty."""
    out, cursor = [], 0
    for token in tokens:
        length = sum(1 for c in token if not c.isspace())
        out.append((cursor, cursor + length))
        cursor += length
    return out


def align(gold: Sequence[str], system: Sequence[str]) -> list[int | None]:
    """For each gold word, the system token covering exactly the same characters, or None.

    Whitespace is ignored on both sides (as the CoNLL 2018 script does), so a different
    tokenisation only loses the words it splits differently. The two sides must spell the
    same characters; anything else means the raw text was rebuilt wrongly, so it raises.
    """
    if "".join("".join(gold).split()) != "".join("".join(system).split()):
        raise ValueError("gold words and system tokens spell different characters")
    by_span = {span: j for j, span in enumerate(stripped_spans(system)) if span[0] < span[1]}
    return [by_span.get(span) for span in stripped_spans(gold)]


@dataclass(slots=True)
class GoldDocument:
    """One source document: its rebuilt raw text and its gold words, document-wide."""

    id: str
    text: str = ""
    words: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # document-wide; the root points at itself
    deps: list[str] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # word ranges

    def add(self, sentence: Sentence) -> None:
        if self.text:
            self.text += "\n" if "newpar id" in sentence.meta else " "
        self.text += sentence.text or "".join(
            w + (" " if s else "") for w, s in zip(sentence.words, sentence.spaces, strict=True)
        )
        offset = len(self.words)
        self.words += sentence.words
        self.pos += sentence.pos or []
        self.heads += [offset + h for h in sentence.heads or []]
        self.deps += sentence.deps or []
        self.sentences.append((offset, len(self.words)))


def documents(sentences: Iterable[Sentence]) -> Iterator[GoldDocument]:
    current: GoldDocument | None = None
    for sentence in sentences:
        if current is None or sentence.doc != current.id:
            if current is not None:
                yield current
            current = GoldDocument(sentence.doc)
        current.add(sentence)
    if current is not None:
        yield current


def universal(relation: str) -> str:
    """The universal part of a relation; spaCy names the root ROOT, UD names it root."""
    return relation.split(":", 1)[0].lower()


def count(gold: GoldDocument, doc: Doc) -> Counter[str]:
    """Gold, system and matching counts for every metric on one document."""
    system = [t.text for t in doc]
    to_system = align(gold.words, system)
    to_gold = {j: i for i, j in enumerate(to_system) if j is not None}
    spans_g, spans_s = stripped_spans(gold.words), stripped_spans(system)
    c: Counter[str] = Counter()
    c["gold Tokens"] = len(gold.words)
    c["system Tokens"] = sum(1 for s, e in spans_s if s < e)
    for i, j in enumerate(to_system):
        if j is None:
            continue
        c["Tokens"] += 1
        token = doc[j]
        c["UPOS"] += token.pos_ == gold.pos[i]
        gold_head = None if gold.heads[i] == i else gold.heads[i]
        system_head = None if token.head.i == j else to_gold.get(token.head.i, -1)
        if gold_head == system_head:
            c["UAS"] += 1
            c["LAS"] += universal(token.dep_) == universal(gold.deps[i])
    gold_sents = {(spans_g[a][0], spans_g[b - 1][1]) for a, b in gold.sentences}
    system_sents = set()
    for sent in doc.sents:
        extent = [spans_s[t.i] for t in sent if spans_s[t.i][0] < spans_s[t.i][1]]
        if extent:
            system_sents.add((extent[0][0], extent[-1][1]))
    c["gold Sentences"], c["system Sentences"] = len(gold_sents), len(system_sents)
    c["Sentences"] = len(gold_sents & system_sents)
    for metric in ("UPOS", "UAS", "LAS"):
        c[f"gold {metric}"], c[f"system {metric}"] = c["gold Tokens"], c["system Tokens"]
    return c


def f1(c: Counter[str], metric: str) -> dict[str, float]:
    p = c[metric] / c[f"system {metric}"] if c[f"system {metric}"] else 0.0
    r = c[metric] / c[f"gold {metric}"] if c[f"gold {metric}"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f1": round(100 * f, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", type=Path, help="a spaCy pipeline (default: the shipped one)")
    parser.add_argument("--limit", type=int, help="first N documents")
    args = parser.parse_args()
    path = ud_ewt("test")
    if not path.is_file():
        print(
            f"UD English-EWT: {path} not found under {datasets_dir()} "
            "(set SOURCEBOOK_DATASETS); skipped"
        )
        return

    from sourcebook.nlp.load import load

    nlp = load(args.model)
    gold = list(documents(read_conllu(path)))[: args.limit]
    began = time.perf_counter()
    totals: Counter[str] = Counter()
    for g, doc in zip(gold, nlp.pipe([g.text for g in gold], batch_size=8), strict=True):
        totals += count(g, doc)
    seconds = time.perf_counter() - began
    words = sum(len(g.words) for g in gold)
    print(
        f"\nUD English-EWT test from raw text: {len(gold)} documents, {words:,} gold words, "
        f"{seconds:.1f} s ({words / seconds:,.0f} words/s)"
    )
    print(f"{'metric':10} {'P':>6} {'R':>6} {'F1':>6}   published")
    scores = {m: f1(totals, m) for m in METRICS}
    for metric, s in scores.items():
        print(f"{metric:10} {s['p']:6.1f} {s['r']:6.1f} {s['f1']:6.1f}   {ANCHORS.get(metric, '')}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "model": str(args.model or "shipped"),
        "pipeline": nlp.pipe_names,
        "documents": len(gold),
        "gold_words": words,
        "seconds": round(seconds, 2),
        "scores": scores,
        "anchors": ANCHORS,
    }
    OUT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
