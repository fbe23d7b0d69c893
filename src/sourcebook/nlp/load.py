"""The one English pipeline, loaded once per process, with only the components a task needs.

Analyzers call `pipe(texts, task=...)` rather than `spacy.load`: the pipeline ships
inside the package (nothing is downloaded), it is loaded the first time it is needed, and each
task runs only the components it reads, so entity-only work skips the parser.

Two variants: "fast" (the CNN pipeline as shipped) and "accurate", the same pipeline with its
"ner" replaced by the MiniLM encoder (`sourcebook.nlp.encoder`): 10 to 17 F1 points more on
people, organisations and places, at about 40 % of the speed (docs/explanation/models.md).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sourcebook.errors import ModelMissing
from sourcebook.nlp import encoder, gazetteer  # noqa: F401  (register the factories used)

#: Where the shipped pipeline lives; `$SOURCEBOOK_MODEL` points elsewhere (a retrained one).
PIPELINE_DIR = Path(__file__).resolve().parent / "pipelines" / "en_sourcebook"

#: What each kind of analysis reads, beyond the tokens and tok2vec every component shares.
TASKS: dict[str, frozenset[str]] = {
    "entities": frozenset({"ner", "encoder_ner", "gazetteer"}),
    "syntax": frozenset({"tagger", "morphologizer", "trainable_lemmatizer", "parser"}),
    "all": frozenset(),  # empty: nothing disabled
}


Variant = Literal["fast", "accurate"]
VARIANTS: tuple[Variant, ...] = ("fast", "accurate")


def pipeline_path() -> Path:
    return Path(os.environ.get("SOURCEBOOK_MODEL") or PIPELINE_DIR)


@functools.cache
def load(path: Path | None = None, variant: Variant = "fast") -> Language:
    """The ready pipeline; later calls in the same process return the same object.

    Each variant is its own object (the accurate one is built from a fresh load of the same
    pipeline), so a process may hold both and neither changes under the other's users.
    """
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; expected one of {', '.join(VARIANTS)}")
    where = path or pipeline_path()
    if not (where / "config.cfg").is_file():
        raise ModelMissing(
            f"no language pipeline at {where}",
            hint="run `make model` to train it, or set SOURCEBOOK_MODEL to a trained pipeline",
        )
    if variant == "accurate" and (lost := encoder.missing(encoder.ENCODER_DIR)):
        raise ModelMissing(
            f"no entity encoder at {encoder.ENCODER_DIR} (missing {', '.join(lost)})",
            hint="run `python -m training.minilm ship` in .venv-minilm, or use variant 'fast'",
        )
    nlp = spacy.load(where)
    nlp.max_length = 2_000_000  # analyzers feed passages; this only guards against misuse
    if variant == "accurate":
        names = nlp.pipe_names
        after = names[names.index("ner") + 1 :] if "ner" in names else ["gazetteer"]
        if "ner" in names:
            nlp.remove_pipe("ner")
        before = next((name for name in after if name in nlp.pipe_names), None)
        nlp.add_pipe("encoder_ner", before=before)  # where "ner" was: before the gazetteer
    return nlp


def needed(nlp: Language, components: Iterable[str]) -> list[str]:
    """Components to disable so that only `components` (and what they listen to) run.

    The shared tok2vec runs only if a kept component listens to it: the encoder does not, so
    entity-only work on the accurate variant skips the CNN altogether.
    """
    wanted = set(components)
    if not wanted:
        return []
    keep = set(wanted)
    if "tok2vec" in nlp.pipe_names:
        listeners = getattr(nlp.get_pipe("tok2vec"), "listening_components", None)
        if listeners is None or keep & set(listeners) & set(nlp.pipe_names):
            keep.add("tok2vec")
    return [name for name in nlp.pipe_names if name not in keep]


def pipe(
    texts: Iterable[str],
    *,
    task: str = "all",
    batch_size: int = 64,
    nlp: Language | None = None,
    variant: Variant = "fast",
) -> Iterator[Doc]:
    """Run the pipeline over texts in batches, with the components `task` does not need off.

    `variant` picks the loaded pipeline when `nlp` is not given.
    """
    nlp = nlp or load(variant=variant)
    disabled = needed(nlp, TASKS[task])
    with nlp.select_pipes(disable=disabled):
        yield from nlp.pipe(texts, batch_size=batch_size)
