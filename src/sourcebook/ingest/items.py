"""Items: the things a build reads, from files on disk down to archive members and attachments.

A path key names each item the same way on every run ("box.zip!memo.pdf"), which is what lets a
re-run recognise what it has already stored.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MEMBER_SEPARATOR = "!"


@dataclass(frozen=True, slots=True)
class Item:
    key: str  # stable path key: "/abs/box.zip!dir/memo.pdf"
    file: str  # the file on disk that holds it (the outermost archive for members)
    members: tuple[str, ...] = ()  # archive member names, outermost first
    data: bytes | None = None  # bytes carried along (e-mail attachments)
    parent: str | None = None  # id of the document it came out of
    size: int = 0
    mtime: float = 0.0

    @property
    def name(self) -> str:
        return self.key.rsplit(MEMBER_SEPARATOR, 1)[-1]

    @property
    def depth(self) -> int:
        return self.key.count(MEMBER_SEPARATOR)

    def child(self, name: str, parent: str, data: bytes | None = None, size: int = 0) -> Item:
        """An item found inside this one: an attachment (with data) or an archive member."""
        members = self.members if data is not None else self.members + (name,)
        return Item(
            key=f"{self.key}{MEMBER_SEPARATOR}{name}",
            file=self.file,
            members=members,
            data=data,
            parent=parent,
            size=len(data) if data is not None else size,
            mtime=self.mtime,
        )


def document_id(key: str) -> str:
    """A stable id from the path key: the same file gets the same id on every build."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def walk(paths: list[Path]) -> Iterator[Item]:
    """Files under the given paths, in a stable order, skipping hidden files and folders."""
    for path in paths:
        path = path.resolve()
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield _file_item(Path(folder) / name)
        else:
            yield _file_item(path)


def count(paths: list[Path]) -> int:
    """How many files `walk` will yield, for the progress bar's total."""
    return sum(1 for _ in walk(paths))


def _file_item(path: Path) -> Item:
    try:
        stat = path.stat()
        size, mtime = stat.st_size, stat.st_mtime
    except OSError:  # gone or unreadable: the worker reports it with its reason
        size, mtime = 0, 0.0
    return Item(key=str(path), file=str(path), size=size, mtime=mtime)
