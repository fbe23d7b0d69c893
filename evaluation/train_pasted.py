"""Train the pasted-text line scorer on the dev half (even indexes) of both benchmarks.

Run `python -m evaluation.train_pasted`; it rewrites `ingest/clean/pasted_weights.json`, so the
shipped weights are reproducible from the data and this script alone (Newton's method and a
seeded Adam: the same data give the same file, byte for byte). Labels: a scrapinghub line is
article when half its 4-token shingles are in the gold body; a trafilatura-eval line is
article / furniture when it holds a "with" / "without" segment, otherwise unlabelled.
Hyper-parameters (16 hidden units, 150 epochs) were chosen by splitting the dev half in two;
the odd-indexed held-out half is never read here.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from evaluation.datasets import (
    SCRAPINGHUB,
    TRAFILATURA,
    available,
    scrapinghub_pages,
    trafilatura_pages,
)
from evaluation.metrics.boilerplate import normalise_space, shingles
from sourcebook.ingest.clean.charset import decode_html
from sourcebook.ingest.clean.lines import FEATURES, line_features
from sourcebook.ingest.clean.model import STAGE2, WEIGHTS, score, stage2_rows
from sourcebook.ingest.clean.pasted import blank_before, split_lines
from sourcebook.ingest.clean.render import render_text

_TOKEN = re.compile(r"\w+")


def _gold_label(
    line: str, gold: str, gold_shingles: Counter[tuple[str, ...]], gold_lines: set[str]
) -> float:
    tokens = _TOKEN.findall(line)
    if len(tokens) >= 4:
        own = shingles(line)
        hit = sum((own & gold_shingles).values())
        return float(hit / max(sum(own.values()), 1) >= 0.5)
    flat = normalise_space(line)
    return float(flat in gold_lines or (len(flat) >= 15 and flat in gold))


def _segment_label(line: str, with_: tuple[str, ...], without: tuple[str, ...]) -> float | None:
    flat = normalise_space(line)

    def hits(segments: tuple[str, ...]) -> bool:
        return any(
            (s := normalise_space(x)) in flat or (len(flat) >= 20 and flat in s) for x in segments
        )

    if hits(with_):
        return 1.0
    if hits(without):
        return 0.0
    return None


@dataclass
class Doc:
    """One dev page's lines: features, labels (None where the gold says nothing), weights."""

    lines: list[str]
    rows: list[list[float]]
    labels: list[float | None]
    weights: list[float]


def _lines(html: bytes) -> tuple[list[str], list[list[float]]]:
    """The page's lines as a browser would copy them, and their features."""
    text = render_text(decode_html(html)[0])
    lines = list(split_lines(text))
    texts = [line for _, _, line in lines]
    return texts, line_features(texts, blank_before(text, lines))


def documents() -> Iterator[Doc]:
    """Labelled lines of each dev page (even indexes) of both benchmarks."""
    if available(SCRAPINGHUB):
        for page in scrapinghub_pages():
            if not page.dev:
                continue
            gold = normalise_space(page.body or "")
            gold_lines = {normalise_space(x) for x in (page.body or "").split("\n")}
            gold_shingles = shingles(gold)
            lines, rows = _lines(page.html)
            labels: list[float | None] = [
                _gold_label(line, gold, gold_shingles, gold_lines) for line in lines
            ]
            yield Doc(lines, rows, labels, [float(np.log1p(len(x))) for x in lines])
    if available(TRAFILATURA):
        for page in trafilatura_pages():
            if not page.dev:
                continue
            lines, rows = _lines(page.html)
            labels = [_segment_label(line, page.with_, page.without) for line in lines]
            yield Doc(lines, rows, labels, [2 * float(np.log1p(len(x))) for x in lines])


Arrays = tuple[np.ndarray, np.ndarray, np.ndarray]


def _arrays(docs: list[Doc], rows: list[list[list[float]]]) -> Arrays:
    x, y, w = [], [], []
    for doc, doc_rows in zip(docs, rows, strict=True):
        for row, label, weight in zip(doc_rows, doc.labels, doc.weights, strict=True):
            if label is not None:
                x.append(row)
                y.append(label)
                w.append(weight)
    return np.array(x), np.array(y), np.array(w)


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Weighted L2-regularised logistic regression by Newton's method."""
    beta = np.zeros(x.shape[1])
    reg = l2 * np.eye(x.shape[1])
    reg[0, 0] = 0.0
    for _ in range(25):
        p = 1 / (1 + np.exp(-np.clip(x @ beta, -30, 30)))
        grad = x.T @ (w * (p - y)) + reg @ beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + reg + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-7:
            break
    return beta


def fit_mlp(
    x: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    hidden: int = 24,
    epochs: int = 400,
    l2: float = 1e-4,
    seed: int = 0,
) -> dict[str, object]:
    """One hidden tanh layer, weighted log-loss, full-batch Adam; fixed seed for repeatability."""
    rng = np.random.default_rng(seed)
    mean, std = x.mean(0), np.maximum(x.std(0), 1e-3)
    z = (x - mean) / std
    params = [
        rng.normal(0, 1 / np.sqrt(x.shape[1]), (x.shape[1], hidden)),
        np.zeros(hidden),
        rng.normal(0, 1 / np.sqrt(hidden), hidden),
        np.zeros(1),
    ]
    moments = [np.zeros_like(p) for p in params]
    squares = [np.zeros_like(p) for p in params]
    weight = w / w.sum()
    for step in range(1, epochs + 1):
        h = np.tanh(z @ params[0] + params[1])
        p = 1 / (1 + np.exp(-np.clip(h @ params[2] + params[3][0], -30, 30)))
        d = weight * (p - y)
        dh = np.outer(d, params[2]) * (1 - h**2)
        grads = [
            z.T @ dh + l2 * params[0],
            dh.sum(0),
            h.T @ d + l2 * params[2],
            np.array([d.sum()]),
        ]
        for i, g in enumerate(grads):
            moments[i] = 0.9 * moments[i] + 0.1 * g
            squares[i] = 0.999 * squares[i] + 0.001 * g**2
            m_hat = moments[i] / (1 - 0.9**step)
            v_hat = squares[i] / (1 - 0.999**step)
            params[i] = params[i] - 0.01 * m_hat / (np.sqrt(v_hat) + 1e-8)
    return {
        "mean": mean.round(5).tolist(),
        "std": std.round(5).tolist(),
        "hidden": params[0].round(5).tolist(),
        "hidden_bias": params[1].round(5).tolist(),
        "out": params[2].round(5).tolist(),
        "out_bias": round(float(params[3][0]), 5),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--hidden", type=int, default=16, help="stage-2 hidden units; 0: linear")
    parser.add_argument("--epochs", type=int, default=150)
    args = parser.parse_args()
    docs = list(documents())
    if not docs:
        print("no benchmark data found; weights left unchanged")
        return
    beta1 = fit(*_arrays(docs, [d.rows for d in docs]), l2=args.l2)
    # Stage two learns from stage-one scores made without seeing the page (two-fold).
    folds = [docs[0::2], docs[1::2]]
    stage2_docs, stage2_rows_ = [], []
    for held, train in ((folds[0], folds[1]), (folds[1], folds[0])):
        b = fit(*_arrays(train, [d.rows for d in train]), l2=args.l2)
        for doc in held:
            first = score(doc.rows, tuple(b))
            stage2_docs.append(doc)
            stage2_rows_.append(stage2_rows(doc.lines, doc.rows, first))
    x2, y2, w2 = _arrays(stage2_docs, stage2_rows_)
    beta2 = fit(x2, y2, w2, l2=args.l2)
    acc = float((((x2 @ beta2) > 0) == (y2 > 0.5)).mean())
    print(f"{len(y2)} labelled dev lines, {y2.mean():.2f} positive, stage-2 accuracy {acc:.3f}")
    mlp = fit_mlp(x2, y2, w2, args.hidden, args.epochs) if args.hidden else None
    stored: dict[str, object] = {
        "trained_on": "dev half (even indexes) of scrapinghub + trafilatura-eval",
        "stage1": {n: round(float(b), 4) for n, b in zip(FEATURES, beta1, strict=True)},
        "stage2": {n: round(float(b), 4) for n, b in zip(STAGE2, beta2, strict=True)},
    }
    if mlp is not None:
        stored["stage2_mlp"] = mlp
    WEIGHTS.write_text(json.dumps(stored, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
