"""NLP pipeline speed: words/s of the whole pipeline and of NER alone, on one and two processes.

    .venv/bin/python benchmarks/nlp.py                         # the shipped pipeline
    .venv/bin/python benchmarks/nlp.py --model training/output/cnn/model-best --sentences 2000
    .venv/bin/python benchmarks/nlp.py --variant accurate   # NER by the MiniLM encoder

The text is 10,000 seeded news-like sentences (news_sentences.py) in passages of five. Each
measurement is a fresh process pinned to one thread (OMP/OpenBLAS/MKL), which loads the
model, warms up, waits until every sibling is ready and then times its share; two processes
each take half, and their rate is all words over the wall time from the first start to the
last end. Words are the spaCy tokens that are not whitespace. Prints the table next to the
goal and writes benchmarks/out/nlp.json
(nlp-accurate.json for --variant accurate).
"""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"  # before numpy is imported, here and in every child

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))

import children  # noqa: E402
import news_sentences  # noqa: E402

OUT = Path(__file__).parent / "out"
PER_TEXT = 5  # sentences per passage handed to nlp.pipe
WARMUP = 8  # passages run before timing starts
GOAL = 10_000  # words/s per core, full pipeline (parser + NER)
TASKS = {"all": "full pipeline", "entities": "NER only"}


def passages(count: int, seed: int, part: int, parts: int) -> list[str]:
    """The benchmark text in passages; `part` of `parts` takes its contiguous share."""
    lines = news_sentences.sentences(count, seed)
    texts = [" ".join(lines[i : i + PER_TEXT]) for i in range(0, len(lines), PER_TEXT)]
    share = -(-len(texts) // parts)
    return texts[part * share : (part + 1) * share]


def child(args: argparse.Namespace) -> None:
    """One measured process: load, warm up, report ready, wait for go, time its share."""
    from sourcebook.nlp.load import load, pipe

    texts = passages(args.sentences, args.seed, args.part, args.parts)
    began = time.perf_counter()
    nlp = load(args.model, args.variant)
    load_s = time.perf_counter() - began
    for _ in pipe(texts[:WARMUP], task=args.task, nlp=nlp):
        pass
    started = children.wait_for_go()
    words = 0
    for doc in pipe(texts, task=args.task, nlp=nlp):
        words += sum(1 for token in doc if not token.is_space)
    children.report(words, started, load_s)


def measure(args: argparse.Namespace, task: str, parts: int) -> dict[str, Any]:
    """Start `parts` children at once, release them together, and combine their figures."""
    command = [sys.executable, __file__, "--child", "--task", task, "--parts", str(parts)]
    command += ["--sentences", str(args.sentences), "--seed", str(args.seed)]
    command += ["--variant", args.variant]
    if args.model:
        command += ["--model", str(args.model)]
    return {"task": task, **children.run(command, parts, task)}


def disk_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", type=Path, help="a spaCy pipeline (default: the shipped one)")
    parser.add_argument(
        "--variant", choices=["fast", "accurate"], default="fast", help="default: fast"
    )
    parser.add_argument("--sentences", type=int, default=10_000, help="default: 10000")
    parser.add_argument("--seed", type=int, default=1, help="sentence seed (default: 1)")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2], help="default: 1 2")
    children.add_child_arguments(parser, "--task", "all")
    args = parser.parse_args()
    if args.child:
        child(args)
        return

    from sourcebook.nlp.load import pipeline_path

    model = args.model or pipeline_path()
    if not (model / "config.cfg").is_file():
        sys.exit(f"error: no spaCy pipeline at {model} (train one, or pass --model PATH)")
    rows = []
    for task in TASKS:
        for parts in args.processes:
            print(
                f"[{time.strftime('%H:%M:%S')}] {TASKS[task]}, {parts} process(es)", file=sys.stderr
            )
            rows.append(measure(args, task, parts))
    size = disk_mb(model)
    if args.variant == "accurate":
        from sourcebook.nlp.encoder import ENCODER_DIR

        size += disk_mb(ENCODER_DIR)
    print(
        f"\nNLP speed: {model} [{args.variant}] ({size:.1f} MB on disk), {args.sentences:,} sentences, "
        f"{rows[0]['words']:,} words; load average {os.getloadavg()[0]:.2f} on "
        f"{os.cpu_count()} cores"
    )
    children.print_table(rows, "task", TASKS)
    print(f"goal: >= {GOAL:,} words/s per core with parser + NER (full pipeline, 1 process)")
    name = "nlp.json" if args.variant == "fast" else f"nlp-{args.variant}.json"
    children.save(
        OUT / name,
        {
            "model": str(model),
            "variant": args.variant,
            "model_mb": round(size, 2),
            "sentences": args.sentences,
            "seed": args.seed,
            "per_text": PER_TEXT,
            "goal_words_per_s_per_core": GOAL,
            "runs": rows,
        },
    )


if __name__ == "__main__":
    main()
