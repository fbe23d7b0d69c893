"""Turn the open treebanks and NER sets into spaCy training files, on one label scheme.

    python -m training.convert OUTDIR

UD English-EWT and the open GUM part carry tags and trees; where a NER layer exists for the
same sentences (UNER on EWT, the derived GUM view) it is merged in by sentence id, so those
documents teach every component at once. wikigold, SEC filings and re3d add names only; their
missing layers are marked missing, not empty, so they do not teach the parser anything wrong.
Mapping of labels: `sourcebook.nlp.labels.SOURCE_MAP`. CoNLL-2003 is never read here.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

from evaluation import corpora
from evaluation.corpora import Sentence
from sourcebook.nlp.labels import SOURCE_MAP

SENTENCES_PER_DOC = 8
UPPER_SHARE = 0.08  # share of NER sentences also trained in capitals (headlines, datelines)
RE3D_MIN_CONFIDENCE = 0.5
_FUNCTION_WORDS = {"of", "and", "for", "the", "de", "al", "on", "in", "to", "'s", "&", "-"}


def merge_ner(sentences: Iterable[Sentence], ner: dict[str, Sentence]) -> Iterator[Sentence]:
    """Attach the NER layer with the same sentence id and the same words; otherwise none."""
    for sentence in sentences:
        other = ner.get(sentence.id)
        if other is not None and other.words == sentence.words:
            sentence.ner = other.ner
        yield sentence


def mapped(source: str, tags: list[str]) -> list[tuple[int, int, str]]:
    return [
        (start, end, SOURCE_MAP[(source, label)])
        for start, end, label in corpora.spans(tags)
        if (source, label) in SOURCE_MAP
    ]


def _chosen(sentence_id: str, share: float) -> bool:
    digest = hashlib.sha256(sentence_id.encode()).digest()
    return int.from_bytes(digest[:4], "big") < share * 2**32


def to_docs(vocab: spacy.Vocab, source: str, sentences: Iterable[Sentence]) -> Iterator[Doc]:
    """Group consecutive sentences of one document into Docs of a few sentences each."""
    group: list[Sentence] = []
    for sentence in sentences:
        if group and (group[-1].doc != sentence.doc or len(group) >= SENTENCES_PER_DOC):
            yield _doc(vocab, source, group)
            group = []
        group.append(sentence)
    if group:
        yield _doc(vocab, source, group)


def upper_copies(sentences: Iterable[Sentence]) -> Iterator[Sentence]:
    for sentence in sentences:
        if sentence.ner is not None and _chosen(sentence.id, UPPER_SHARE):
            yield Sentence(
                id=sentence.id + "-upper",
                doc=sentence.id + "-upper",
                words=[w.upper() for w in sentence.words],
                spaces=sentence.spaces,
                tags=sentence.tags,
                pos=sentence.pos,
                morphs=sentence.morphs,
                heads=sentence.heads,
                deps=sentence.deps,
                ner=sentence.ner,
            )


def _doc(vocab: spacy.Vocab, source: str, group: list[Sentence]) -> Doc:
    words = [w for s in group for w in s.words]
    spaces = [sp for s in group for sp in s.spaces]
    parsed = all(s.heads is not None for s in group)
    heads: list[int] | None = [] if parsed else None
    offset = 0
    for s in group:
        if heads is not None and s.heads is not None:
            heads.extend(h + offset for h in s.heads)
        offset += len(s.words)
    sent_starts = [i == 0 for s in group for i in range(len(s.words))]
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=[t for s in group for t in s.tags] if all(s.tags for s in group) else None,
        pos=[p for s in group for p in s.pos] if all(s.pos for s in group) else None,
        lemmas=[m for s in group for m in s.lemmas] if all(s.lemmas for s in group) else None,
        morphs=[m for s in group for m in s.morphs] if all(s.morphs for s in group) else None,
        heads=heads,
        deps=[d for s in group for d in s.deps] if parsed else None,  # type: ignore[misc]
        sent_starts=None if parsed else sent_starts,
    )
    if all(s.ner is not None for s in group):
        entities, offset = [], 0
        for s in group:
            assert s.ner is not None
            for start, end, label in mapped(source, s.ner):
                entities.append(Span(doc, start + offset, end + offset, label))
            offset += len(s.words)
        doc.set_ents(entities, default="outside")
    return doc


def _is_name(text: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'.&-]*", text)
    return bool(words) and all(w[0].isupper() or w.lower() in _FUNCTION_WORDS for w in words)


def re3d_docs(nlp: spacy.Language) -> Iterator[Doc]:
    """re3d's character spans on spaCy's own tokens; nominal and doubtful mentions left out."""
    for document in corpora.read_re3d(corpora.re3d()):
        doc = nlp.make_doc(document.text)
        entities, missing = [], []
        for start, end, kind, confidence in sorted(document.entities):
            label = SOURCE_MAP.get(("re3d", kind))
            text = document.text[start:end]
            if text.lower().startswith("the "):
                start, text = start + 4, text[4:]
            span = doc.char_span(start, end, label=label or "", alignment_mode="expand")
            if span is None or label is None:
                continue
            if confidence < RE3D_MIN_CONFIDENCE:
                missing.append(span)
            elif _is_name(text):
                entities.append(span)
        entities = spacy.util.filter_spans(entities)
        taken = {i for span in entities for i in range(span.start, span.end)}
        missing = [s for s in missing if not taken.intersection(range(s.start, s.end))]
        doc.set_ents(entities, missing=spacy.util.filter_spans(missing), default="outside")
        yield doc


def build(outdir: Path, *, gum_ner: bool = True) -> dict[str, Counter[str]]:
    nlp = spacy.blank("en")
    outdir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, Counter[str]] = {}

    def sources(split: str) -> Iterator[tuple[str, Iterable[Sentence]]]:
        uner = {s.id: s for s in corpora.read_uner(corpora.uner_ewt(split))}
        yield "uner", merge_ner(corpora.read_conllu(corpora.ud_ewt(split)), uner)
        gum = {s.id: s for s in corpora.read_gum_ner(corpora.gum_ner(split))} if gum_ner else {}
        yield "gum", merge_ner(corpora.read_conllu(corpora.ud_gum(split)), gum)
        if split == "train":
            yield "wikigold", corpora.read_conll(corpora.wikigold(), iob1=True)
            yield "sec", corpora.read_conll(corpora.sec_filings("train"), iob1=True)

    for split in ("train", "dev"):
        bin_ = DocBin(store_user_data=False)
        tally: Counter[str] = Counter()
        for source, sentences in sources(split):
            sentences = list(sentences)
            extra = list(upper_copies(sentences)) if split == "train" else []
            for doc in to_docs(nlp.vocab, source, [*sentences, *extra]):
                bin_.add(doc)
                tally[f"{source} docs"] += 1
                tally[f"{source} words"] += len(doc)
                tally.update(f"{source} {e.label_}" for e in doc.ents)
        if split == "train":
            for doc in re3d_docs(nlp):
                bin_.add(doc)
                tally["re3d docs"] += 1
                tally["re3d words"] += len(doc)
                tally.update(f"re3d {e.label_}" for e in doc.ents)
        bin_.to_disk(outdir / f"{split}.spacy")
        counts[split] = tally
    return counts


def main(argv: list[str]) -> int:
    gum_ner = "--no-gum-ner" not in argv
    args = [a for a in argv if not a.startswith("--")]
    outdir = Path(args[0] if args else "training/corpus")
    for split, tally in build(outdir, gum_ner=gum_ner).items():
        print(f"{split}: " + ", ".join(f"{k} {v:,}" for k, v in sorted(tally.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
