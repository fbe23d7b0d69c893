"""Turn one item into stored-ready documents: read, extract, clean, date, fingerprint.

Pure with respect to the store: it runs in worker processes and returns what it found; the
runner alone writes. Everything a format reader does not do (boilerplate, metadata from sign-off
lines, language, hashes) happens here the same way for every format.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sourcebook.errors import IngestError, LimitExceeded, Skipped
from sourcebook.ingest import registry
from sourcebook.ingest.dates import date_in_filename, normalize_date
from sourcebook.ingest.extracted import Extracted
from sourcebook.ingest.items import Item, document_id
from sourcebook.ingest.language import detect_language
from sourcebook.ingest.limits import Limits
from sourcebook.ingest.metadata import InferredMetadata, infer_metadata
from sourcebook.ingest.sniff import sniff
from sourcebook.records import Document
from sourcebook.store.base import StoredFile
from sourcebook.text.fingerprint import Fingerprint, fingerprint
from sourcebook.text.normalize import content_hash, text_hash

PASTED_TEXT_TYPES = {"text/plain", "text/markdown"}


@dataclass(slots=True)
class Processed:
    doc: Document
    size: int
    mtime: float
    fingerprint: Fingerprint | None
    children: list[Item] = field(default_factory=list)


@dataclass(slots=True)
class Outcome:
    item: Item
    status: str  # "ingested", "unchanged", "skipped" or "failed"
    processed: Processed | None = None
    error: IngestError | None = None


def process(item: Item, limits: Limits, known: StoredFile | None = None) -> Outcome:
    """Read one item; never raises for a bad file, so one file cannot stop a run."""
    try:
        data = read_bytes(item, limits)
        digest = content_hash(data)
        if is_unchanged(known, digest):
            return Outcome(item, "unchanged")
        return Outcome(item, "ingested", build_document(item, data, digest, limits))
    except Skipped as exc:
        return Outcome(item, "skipped", error=exc)
    except IngestError as exc:
        return Outcome(item, "failed", error=exc)
    except Exception as exc:  # a bug or a library's surprise: keep its name, go on with the run
        error = IngestError(
            item.key, f"unexpected {type(exc).__name__}: {exc}", "please report this file's type"
        )
        error.__cause__ = exc
        return Outcome(item, "failed", error=error)


def process_batch(batch: list[tuple[Item, StoredFile | None]], limits: Limits) -> list[Outcome]:
    """Several items in one task: fewer round trips between the writer and the workers."""
    return [process(item, limits, known) for item, known in batch]


def is_unchanged(known: StoredFile | None, digest: str | None = None) -> bool:
    """Stored with these bytes (when `digest` is given) by the current extractor version."""
    if known is None or (digest is not None and known.content_hash != digest):
        return False
    extractor = registry.get_by_key(known.extractor)
    return extractor is not None and extractor.version == known.extractor_version


def read_bytes(item: Item, limits: Limits) -> bytes:
    if item.data is not None:
        return item.data
    if item.members:
        from sourcebook.ingest.extractors.archive import open_member

        container: str | bytes = item.file
        archive_key = item.file
        for name in item.members:
            container = open_member(container, name, limits, archive_name=archive_key)
            archive_key = f"{archive_key}!{name}"
        assert isinstance(container, bytes)
        return container
    try:
        size = os.stat(item.file).st_size
        if size > limits.max_file_size:
            raise LimitExceeded(
                item.key,
                f"{size:,} bytes, past the {limits.max_file_size:,}-byte limit for one file",
                "raise it with --max-file-size if this file should be read",
            )
        if size == 0:
            raise Skipped(item.key, "empty file (0 bytes)")
        return Path(item.file).read_bytes()
    except FileNotFoundError as exc:
        raise IngestError(item.key, "the file disappeared before it could be read") from exc
    except IsADirectoryError as exc:
        raise Skipped(item.key, "a folder where a file was expected") from exc
    except PermissionError as exc:
        raise IngestError(item.key, "permission denied", "check the file's permissions") from exc
    except OSError as exc:
        raise IngestError(item.key, f"cannot read the file ({exc.strerror or exc})") from exc


def build_document(item: Item, data: bytes, digest: str, limits: Limits) -> Processed:
    media_type = sniff(data, item.name)
    extractor = registry.get(media_type)
    if extractor is None:
        raise Skipped(
            item.key,
            f"no extractor for {media_type}",
            "readable types: " + ", ".join(registry.media_types()),
        )
    extracted = extractor.extract(data, item.key, limits)
    # Sign-offs, datelines and headlines are read before cleaning, which may set them aside.
    inferred = _infer(extracted)
    if extracted.children and item.depth >= limits.max_archive_depth:
        # Bounds a zip that contains itself (a "quine") as well as honest deep nesting.
        extracted.warnings.append(
            f"{len(extracted.children)} items inside not read: nested {item.depth} levels deep, "
            f"the limit is {limits.max_archive_depth}"
        )
        extracted.children = []
    if not extracted.cleaned and extracted.media_type in PASTED_TEXT_TYPES:
        extracted = _clean_pasted(extracted)
    doc_id = document_id(item.key)
    doc = _document(item, extracted, inferred, doc_id, digest, extractor)
    children = [
        item.child(child.name, doc_id, data=child.data, size=child.size)
        for child in extracted.children
    ]
    return Processed(doc, len(data), item.mtime, fingerprint(doc.text), children)


def _infer(extracted: Extracted) -> InferredMetadata:
    """Fill from the text what the file itself does not say (title, outlet, author, date)."""
    complete = extracted.title and extracted.source and extracted.author and extracted.published
    if complete or not extracted.text.strip():
        return InferredMetadata()
    return infer_metadata(extracted.text)


def _clean_pasted(extracted: Extracted) -> Extracted:
    from sourcebook.ingest.clean.pasted import clean_pasted

    text, removed = clean_pasted(extracted.text)
    extracted.text = text
    extracted.removed = [*extracted.removed, *removed]
    extracted.cleaned = True
    return extracted


def _document(
    item: Item,
    extracted: Extracted,
    inferred: InferredMetadata,
    doc_id: str,
    digest: str,
    extractor: registry.Extractor,
) -> Document:
    published, precision = normalize_date(extracted.published)
    if published is None:
        published, precision = inferred.published, inferred.published_precision
    if published is None:
        published, precision = date_in_filename(item.name)
    return Document(
        id=doc_id,
        path=item.key,
        media_type=extracted.media_type,
        text=extracted.text,
        title=extracted.title or inferred.title or Path(item.name).stem,
        source=extracted.source or inferred.source,
        author=extracted.author or inferred.author,
        published=published,
        published_precision=precision,
        language=detect_language(extracted.text),
        removed=tuple(extracted.removed),
        pages=tuple(extracted.pages),
        content_hash=digest,
        text_hash=text_hash(extracted.text),
        parent=item.parent,
        extractor=extractor.key,
        extractor_version=extractor.version,
        metadata=dict(extracted.metadata),
        errors=tuple(extracted.warnings),
    )
