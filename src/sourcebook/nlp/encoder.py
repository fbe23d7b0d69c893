"""The "accurate" entity tagger: a fine-tuned MiniLM-L6 encoder run by onnxruntime.

It replaces the CNN's "ner" in the accurate variant (`sourcebook.nlp.load`): 9.8 points of F1
more on UNER English-EWT (71.1 against 61.3) at 39 % of the names-only speed. Only onnxruntime and tokenizers
are needed at run time; the int8 model, its tokenizer and config are written by
`python -m training.minilm ship`. What it computes is what `training/minilm.py` scored: each
sentence on its own, the label of each word's first word piece, BIO decoded per sentence.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span

from sourcebook.errors import ModelMissing
from sourcebook.nlp import bio

#: Where the shipped encoder lives (model.onnx, tokenizer.json, config.json, LICENSE.md).
ENCODER_DIR = Path(__file__).resolve().parent / "pipelines" / "encoder_ner"

#: Tokens per chunk when a Doc has no sentence boundaries (no parser or senter ran).
WINDOW = 64


@dataclass(frozen=True, slots=True)
class Encoder:
    """A loaded model: the ONNX session, its tokenizer and what the config says about them."""

    session: Any  # onnxruntime.InferenceSession (untyped)
    tokenizer: Any  # tokenizers.Tokenizer
    labels: tuple[str, ...]
    max_pieces: int  # word pieces per window, [CLS] and [SEP] not counted
    cls: int
    sep: int


def missing(path: Path) -> list[str]:
    """The files of an encoder directory that are not there."""
    names = ("model.onnx", "tokenizer.json", "config.json")
    return [name for name in names if not (path / name).is_file()]


@functools.cache
def load_encoder(path: Path = ENCODER_DIR, threads: int = 1) -> Encoder:
    """Open the model once per process: a session costs ~1 s and ~60 MB, so every pipeline
    (and every variant) shares it. One intra-op thread by default, because sourcebook scales
    by processes, and CPU only, so results do not depend on the machine."""
    import onnxruntime as ort
    from tokenizers import Tokenizer

    if lost := missing(path):
        raise ModelMissing(
            f"no entity encoder at {path} (missing {', '.join(lost)})",
            hint="run `python -m training.minilm ship` in .venv-minilm, or use variant 'fast'",
        )
    config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(
        str(path / "model.onnx"), options, providers=["CPUExecutionProvider"]
    )
    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()  # long sentences are split into windows, never cut
    cls, sep = (tokenizer.token_to_id(config[k]) for k in ("cls_token", "sep_token"))
    if cls is None or sep is None:
        raise ModelMissing(f"{path / 'tokenizer.json'} lacks the [CLS] or [SEP] token")
    return Encoder(
        session=session,
        tokenizer=tokenizer,
        labels=tuple(config["labels"]),
        max_pieces=int(config["max_pieces"]),
        cls=cls,
        sep=sep,
    )


# ---- pure steps --------------------------------------------------------------------------


def windows(sizes: Sequence[int], limit: int) -> Iterator[tuple[int, int]]:
    """Word ranges of at most `limit` pieces, so a run-on sentence is split, not cut.

    A single word longer than `limit` gets a window of its own (its pieces are cut later).
    """
    start, size = 0, 0
    for i, n in enumerate(sizes):
        if size + n > limit and i > start:
            yield start, i
            start, size = i, 0
        size += n
    if start < len(sizes):
        yield start, len(sizes)


def chunks(doc: Doc, window: int = WINDOW) -> list[tuple[int, int]]:
    """Token ranges run one at a time: sentences if the Doc has them (the model was trained
    on sentences), else fixed windows, so a Doc of any length costs linear time."""
    if doc.has_annotation("SENT_START"):
        return [(s.start, s.end) for s in doc.sents]
    return [(i, min(i + window, len(doc))) for i in range(0, len(doc), window)]


# ---- the component -----------------------------------------------------------------------


@dataclass(slots=True)
class Job:
    """One model input row: which chunk, where its words start, ids, first-piece positions."""

    chunk: int
    offset: int
    ids: list[int]
    first: list[int]  # per word: position of its first piece, -1 for a word with none


class EncoderNER:
    """Sets doc.ents (PERSON, ORG, LOC) from the encoder, replacing any entities before it."""

    def __init__(self, encoder: Encoder, batch_size: int = 8) -> None:
        self.encoder = encoder
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        """Tag docs `batch_size` at a time; all their sentences share the model calls, sorted by
        length, so short passages are not padded to the longest sentence of the batch."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= (batch_size or self.batch_size):
                yield from self.tag(batch)
                batch = []
        if batch:
            yield from self.tag(batch)

    def tag(self, docs: list[Doc]) -> list[Doc]:
        ranges = [(doc, a, b) for doc in docs for a, b in chunks(doc)]
        tags = self.predict([[t.text for t in doc[a:b]] for doc, a, b in ranges])
        found: dict[int, list[Span]] = {id(doc): [] for doc in docs}
        for (doc, a, _), chunk_tags in zip(ranges, tags, strict=True):
            spans = bio.spans(chunk_tags)
            found[id(doc)] += [Span(doc, a + s, a + e, label=lab) for s, e, lab in spans]
        for doc in docs:
            doc.set_ents(found[id(doc)], default="outside")
        return docs

    def predict(self, chunks: list[list[str]]) -> list[list[str]]:
        """BIO tags per word of each chunk, from the label of each word's first piece."""
        enc = self.encoder
        jobs: list[Job] = []
        for n, words in enumerate(chunks):
            if not words:
                continue
            encoding = enc.tokenizer.encode(words, is_pretokenized=True, add_special_tokens=False)
            pieces: list[list[int]] = [[] for _ in words]
            for piece, word in zip(encoding.ids, encoding.word_ids, strict=True):
                if word is not None:
                    pieces[word].append(piece)
            pieces = [p[: enc.max_pieces] for p in pieces]
            for a, b in windows([len(p) for p in pieces], enc.max_pieces):
                ids, first = [enc.cls], []
                for p in pieces[a:b]:
                    first.append(len(ids) if p else -1)
                    ids.extend(p)
                if len(ids) > 1:  # a window of only empty words needs no model call
                    jobs.append(Job(n, a, [*ids, enc.sep], first))
        tags = [["O"] * len(words) for words in chunks]
        jobs.sort(key=lambda job: len(job.ids))  # similar lengths together: little padding
        for i in range(0, len(jobs), self.batch_size):
            group = jobs[i : i + self.batch_size]
            rows = np.zeros((len(group), max(len(job.ids) for job in group)), dtype=np.int64)
            for row, job in enumerate(group):
                rows[row, : len(job.ids)] = job.ids
            feed = {"input_ids": rows, "attention_mask": (rows != 0).astype(np.int64)}
            best = np.asarray(enc.session.run(None, feed)[0]).argmax(-1)
            for row, job in enumerate(group):
                for k, pos in enumerate(job.first):
                    if pos >= 0:
                        tags[job.chunk][job.offset + k] = enc.labels[int(best[row, pos])]
        return tags


@Language.factory(
    "encoder_ner",
    default_config={"path": None, "batch_size": 8},
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
)
def make_encoder_ner(nlp: Language, name: str, path: str | None, batch_size: int) -> EncoderNER:
    """The factory the accurate variant names; `path` defaults to the shipped encoder.

    `batch_size` is model rows (sentences) per call: 8 ran 2.2 times as fast as 32 on one
    thread (5,200 against 2,300 words/s on UNER EWT), the attention of wide batches being
    costly.
    """
    return EncoderNER(load_encoder(Path(path) if path else ENCODER_DIR), batch_size)
