"""Group names in one form: "Uighurs" and "Uyghur", "Rohingyas" and "Rohingya" are one group.

Spelling variants come from a table users can extend (`data/group_variants.tsv`); plurals of a
known demonym fold by rule.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from sourcebook.nlp.names import load_names

VARIANTS = Path(__file__).resolve().parent / "data" / "group_variants.tsv"


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    table: dict[str, str] = {}
    with VARIANTS.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader((ln for ln in handle if not ln.startswith("#")), delimiter="\t"):
            if len(row) == 2:
                for form in [row[0], *row[1].split(",")]:
                    table[form.strip().casefold()] = row[0].strip()
    return table


def group_name(name: str) -> str:
    """One name per group: "Uighurs" and "Uyghur" are both "Uyghur"."""
    if (canonical := _variants().get(name.casefold())) is not None:
        return canonical
    labels = load_names().labels
    for cut in ("es", "s"):
        if name.endswith(cut) and labels.get(name[: -len(cut)]) == "NORP":
            return name[: -len(cut)]
    return name
