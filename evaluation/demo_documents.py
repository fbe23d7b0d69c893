"""Score document-level ingest on the demo corpus's gold: metadata, duplicates, boilerplate.

`python -m evaluation.demo_documents` builds `examples/corpus` into a temporary database and
prints, per field, how many documents get the gold value, then the boilerplate lines dropped
and the article paragraphs kept in the three pages the gold annotates.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sourcebook.build import build
from sourcebook.records import Document
from sourcebook.store import open_store
from sourcebook.store.base import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FIELDS = ("title", "source", "author", "published", "language")


def gold(name: str) -> dict[str, Any]:
    found: dict[str, Any] = json.loads((EXAMPLES / "gold" / name).read_text(encoding="utf-8"))
    return found


def gold_key(doc: Document) -> str:
    return str(Path(doc.path).relative_to(EXAMPLES)).replace("!", "::")


@contextmanager
def built(folder: Path = EXAMPLES / "corpus", workers: int = 1) -> Iterator[Store]:
    """The corpus in `folder` built into a temporary database, as `sourcebook build` does."""
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(Path(scratch) / "corpus.db")
        try:
            build(store, [folder], workers=workers)
            yield store
        finally:
            store.close()


def demo_documents() -> dict[str, Document]:
    """The built demo corpus's documents, by their key in the gold files."""
    with built() as store:
        return {gold_key(doc): doc for doc in store.documents()}


def expected(meta: dict, field: str) -> str | None:  # type: ignore[type-arg]
    value = meta.get(field)
    if value and field == "published":
        return str(value)[:10]
    if value and field == "language":
        return str(value).split("-")[0]
    return value


def main() -> None:
    with built() as store:
        documents = {gold_key(doc): doc for doc in store.documents()}
        links = {
            key: {o for o, _ in store.near_duplicate_links(doc.id)}
            for key, doc in documents.items()
        }
    metadata = gold("documents.json")["documents"]
    right, total = Counter[str](), Counter[str]()
    misses = []
    for key, meta in metadata.items():
        doc = documents[key]
        if doc.duplicate_of:
            continue
        for field in FIELDS:
            want = expected(meta, field)
            if want is None:
                continue
            total[field] += 1
            got = getattr(doc, field)
            right[field] += got == want
            if got != want:
                misses.append(f"  {key}: {field} {got!r}, gold {want!r}")
    ids = {key: doc.id for key, doc in documents.items()}
    dup_ok = sum(
        documents[key].duplicate_of
        == (ids[meta["duplicate_of"]] if meta.get("duplicate_of") else None)
        for key, meta in metadata.items()
    )
    near = [
        (key, meta["near_duplicate_of"])
        for key, meta in metadata.items()
        if meta.get("near_duplicate_of")
    ]
    near_ok = sum(ids[other] in links[key] for key, other in near)
    print("document metadata on the demo gold (files that carry it, or inferred from the text)")
    for field in FIELDS:
        print(
            f"  {field:<10} {right[field]:>3} / {total[field]:<3} {right[field] / max(total[field], 1):.2f}"
        )
    print(
        f"  duplicates {dup_ok:>3} / {len(metadata):<3} near-duplicate links {near_ok} / {len(near)}"
    )
    print("misses:", *misses, sep="\n")
    print("\nboilerplate on the demo gold")
    for key, page in gold("boilerplate.json").items():
        if key.startswith("_"):
            continue
        text = documents[key].text
        lines = {line.strip() for line in text.splitlines()}
        kept = sum(paragraph in text for paragraph in page["keep"])
        dropped = sum(line not in lines for line in page["remove"])
        print(
            f"  {key}: paragraphs kept {kept}/{len(page['keep'])}, boilerplate dropped {dropped}/{len(page['remove'])}"
        )


if __name__ == "__main__":
    main()
