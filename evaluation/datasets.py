"""Where the benchmark data lives, and how its pages are read.

The benchmark pages are third-party copyrighted text: they stay in the shared folder beside
the repo and are read at evaluation time only, never copied into the tree.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SCRAPINGHUB = "scrapinghub-article-extraction"
TRAFILATURA = "trafilatura-eval"


def datasets_dir() -> Path:
    """`$SOURCEBOOK_DATASETS`, else the `shared/datasets` folder beside the repository."""
    env = os.environ.get("SOURCEBOOK_DATASETS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "shared" / "datasets"


@dataclass(frozen=True, slots=True)
class Page:
    """One benchmark page: its raw HTML bytes and whichever gold the benchmark gives."""

    id: str
    index: int  # position in the benchmark's sorted order; even indexes form the dev half
    html: bytes
    body: str | None = None  # scrapinghub: the gold article body
    with_: tuple[str, ...] = field(default=())  # trafilatura-eval: must appear
    without: tuple[str, ...] = field(default=())  # trafilatura-eval: must not appear

    @property
    def dev(self) -> bool:
        return self.index % 2 == 0


def _natural(key: str) -> list[object]:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", key)]


def scrapinghub_pages(limit: int | None = None) -> Iterator[Page]:
    root = datasets_dir() / SCRAPINGHUB
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for index, key in enumerate(sorted(gold, key=_natural)[:limit]):
        html = gzip.open(root / "html" / f"{key}.html.gz").read()
        yield Page(key, index, html, body=gold[key]["articleBody"])


def trafilatura_pages(limit: int | None = None) -> Iterator[Page]:
    root = datasets_dir() / TRAFILATURA
    data = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    for index, url in enumerate(sorted(data)[:limit]):
        item = data[url]
        html = gzip.open(root / "html" / f"{item['file']}.gz").read()
        yield Page(url, index, html, with_=tuple(item["with"]), without=tuple(item["without"]))


def available(name: str) -> bool:
    return (datasets_dir() / name).is_dir()
