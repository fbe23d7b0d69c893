"""`make model`: rebuild sourcebook's English pipeline from the open data, then score it.

    python -m training.train [--steps N] [--skip-train] [--no-eval]

1. `training.convert` writes the spaCy training files (UD EWT + UNER, GUM, wikigold, SEC, re3d).
2. `spacy train training/config.cfg` with the config's fixed seed, on one thread.
3. The best checkpoint gets UD-like tokenizer rules (`training.tokenizer`), the gazetteer
   stage, its licence and attributions, and is written
   to `src/sourcebook/nlp/pipelines/en_sourcebook`, where `sourcebook.nlp.load` finds it.
4. `evaluation.ner` and `evaluation.parse` print its scores next to the published anchors.

The same config, data and seed give the same model; git shows whether the binary changed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = HERE / "corpus"
OUTPUT = HERE / "output" / "cnn"
SHIPPED = ROOT / "src" / "sourcebook" / "nlp" / "pipelines" / "en_sourcebook"
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}

META = {
    "name": "sourcebook",
    "version": "0.1.0",
    "description": (
        "sourcebook's English pipeline: tagger, morphologizer, lemmatizer, parser and named "
        "entities (PERSON, ORG, LOC from the model; GPE and NORP from the gazetteer stage), "
        "trained from openly licensed data only."
    ),
    "license": "CC BY-SA 4.0",
    "author": "the sourcebook authors",
    "sources": [
        {
            "name": "UD English-EWT",
            "license": "CC BY-SA 4.0",
            "author": "Silveira et al. 2014; Universal Dependencies",
        },
        {
            "name": "UNER English-EWT (train: 2022 export, repaired)",
            "license": "CC BY-SA 4.0",
            "author": "Mayhew et al., NAACL 2024",
        },
        {
            "name": "UD English-GUM and GUM entities, open genres",
            "license": "CC BY 4.0 "
            "annotations; texts CC BY / CC BY-SA 3.0 / CC BY 2.5 / public domain per genre",
            "author": "Zeldes 2017",
        },
        {
            "name": "wikigold",
            "license": "CC BY 4.0 (text from Wikipedia, CC BY-SA)",
            "author": "Balasuriya et al. 2009; Nothman et al. 2013",
        },
        {
            "name": "SEC filings NER (FIN5)",
            "license": "CC BY 3.0",
            "author": "Salinas Alvarado, Verspoor and Baldwin 2015",
        },
        {
            "name": "re3d (open sources only)",
            "license": "per source: public domain, OGL v3, "
            "CC BY 3.0 AU, EU reuse notice, CC BY-SA 3.0",
            "author": "Dstl",
        },
    ],
}


def run(command: list[str], **env: str) -> None:
    print("$", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT, env={**os.environ, **env})


def assemble(best: Path, target: Path) -> None:
    """Copy the checkpoint, add the rule stage and the licence, and save it where it ships."""
    import spacy

    sys.path.insert(0, str(ROOT / "src"))
    from sourcebook.nlp import gazetteer  # noqa: F401  (registers the factory)
    from training.tokenizer import customize

    nlp = spacy.load(best)
    customize(nlp.tokenizer)
    if "gazetteer" not in nlp.pipe_names:
        nlp.add_pipe("gazetteer", after="ner")
    meta = dict(nlp.meta)
    meta.update(META)
    meta.pop("performance", None)
    nlp.meta.clear()
    nlp.meta.update(meta)
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    shutil.copy(HERE / "MODEL_LICENSE.md", target / "LICENSE.md")
    print(f"saved {target} ({_size(target) / 1e6:.1f} MB)")


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--steps", type=int, help="override the config's training.max_steps")
    parser.add_argument("--skip-train", action="store_true", help="reuse training/output/cnn")
    parser.add_argument("--no-eval", action="store_true", help="do not score the result")
    args = parser.parse_args(argv)
    started = time.monotonic()
    python = sys.executable
    if not args.skip_train:
        run([python, "-m", "training.convert", str(CORPUS)])
        command = [python, "-m", "spacy", "train", "training/config.cfg", "--output", str(OUTPUT)]
        if args.steps:
            command += ["--training.max_steps", str(args.steps)]
        run(command, **ONE_THREAD)
    assemble(OUTPUT / "model-best", SHIPPED)
    print(f"model built in {(time.monotonic() - started) / 60:.1f} min")
    if not args.no_eval:
        run([python, "-m", "evaluation.ner", "--model", str(SHIPPED), "--compare"], **ONE_THREAD)
        run([python, "-m", "evaluation.parse", "--model", str(SHIPPED)], **ONE_THREAD)
        scores = ROOT / "evaluation" / "out"
        for name in ("ner.json", "parse.json"):
            if (scores / name).is_file():
                print(name, json.dumps(json.loads((scores / name).read_text())), sep=": ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
