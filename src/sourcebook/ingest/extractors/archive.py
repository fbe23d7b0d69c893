"""Zip archives: list the members without reading them, and read one member safely.

A leak often arrives as one large zip, and a hostile one can be a zip bomb or carry names like
`../../etc/passwd`. The listing reads only the central directory and checks the bounds that it
can see there (member count, total declared size); `open_member` checks one member's name,
declared size and ratio before reading, then counts the bytes it actually gets, so a header
that lies about the size gets no further than the size it declared.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from sourcebook.errors import IngestError, LimitExceeded
from sourcebook.ingest.extracted import Child, Extracted
from sourcebook.ingest.limits import Limits
from sourcebook.ingest.registry import register

CHUNK = 1024 * 1024
RATIO_FLOOR = 1024 * 1024  # members expanding to less than this are harmless at any ratio
JUNK_PREFIXES = ("__MACOSX/",)
JUNK_NAMES = (".DS_Store", "Thumbs.db")
_DRIVE = re.compile(r"^[A-Za-z]:")
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError)

ArchiveSource = bytes | str | Path | zipfile.ZipFile


@register("application/zip", version=1)
def extract_zip(data: bytes, name: str, limits: Limits) -> Extracted:
    """The archive as an empty document whose children are its members, not yet read."""
    with _open(data, name) as archive:
        infos = archive.infolist()
    if len(infos) > limits.max_archive_members:
        raise LimitExceeded(
            name,
            f"has {len(infos)} members, over the {limits.max_archive_members} limit",
            "raise it with --max-archive-members",
        )
    children: list[Child] = []
    warnings: list[str] = []
    encrypted = 0
    for info in infos:
        member = member_name(info)
        if info.is_dir() or _is_junk(member):
            continue
        if not is_safe_name(member):
            warnings.append(f"skipped member with an unsafe name: {member!r}")
            continue
        encrypted += info.flag_bits & 0x1
        children.append(Child(name=member, size=info.file_size))
    total = sum(child.size for child in children)
    if total > limits.max_archive_size:
        raise LimitExceeded(
            name,
            f"expands to {total} bytes, past the {limits.max_archive_size}-byte archive limit",
            "raise it with --max-archive-size",
        )
    metadata = {"members": str(len(children)), "expanded_size": str(total)}
    if encrypted:
        metadata["encrypted_members"] = str(encrypted)
    title = name.replace("\\", "/").replace("!", "/").rsplit("/", 1)[-1]
    return Extracted(
        text="",
        media_type="application/zip",
        title=title,
        metadata=metadata,
        children=children,
        warnings=warnings,
    )


def open_member(
    source: ArchiveSource, member: str, limits: Limits, *, archive_name: str | None = None
) -> bytes:
    """The bytes of one member, refused with an error if its name, size or ratio is unsafe.

    `source` is the archive's bytes, its path, or an open ZipFile (to read many members
    without parsing the directory each time). Errors name `archive_name!member`.
    """
    if archive_name is None:
        archive_name = "archive" if isinstance(source, bytes | zipfile.ZipFile) else str(source)
    path = f"{archive_name}!{member}"
    if not is_safe_name(member):
        raise IngestError(path, "unsafe member name", "an absolute path or '..' is never read")
    if isinstance(source, zipfile.ZipFile):
        return _read(source, member, limits, path)
    with _open(source, archive_name) as archive:
        return _read(archive, member, limits, path)


def is_safe_name(member: str) -> bool:
    """False for absolute names, drive letters and any `..` component."""
    if not member or member.startswith(("/", "\\")) or _DRIVE.match(member) or "\x00" in member:
        return False
    return ".." not in re.split(r"[/\\]", member)


def check_expansion(info: zipfile.ZipInfo, limits: Limits, path: str) -> None:
    """Refuse a member whose declared size is over the file limit or whose ratio is a bomb's.

    Also used for the zip containers of other formats (.docx) before a library expands them.
    """
    if info.file_size > limits.max_file_size:
        raise LimitExceeded(
            path,
            f"expands to {info.file_size} bytes, over the {limits.max_file_size}-byte file limit",
            "raise it with --max-file-size",
        )
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > RATIO_FLOOR and ratio > limits.max_archive_ratio:
        raise LimitExceeded(
            path,
            f"looks like a zip bomb (expands {ratio:.0f}:1)",
            "raise --max-archive-ratio if you trust this archive",
        )


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name; UTF-8 names stored without the UTF-8 flag are repaired."""
    if info.flag_bits & 0x800 or info.filename.isascii():
        return info.filename
    try:
        return info.filename.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _open(source: bytes | str | Path, name: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise IngestError(
            name, f"not a readable zip archive ({exc})", "it may be truncated; get it again"
        ) from exc


def _is_junk(member: str) -> bool:
    return member.startswith(JUNK_PREFIXES) or PurePosixPath(member).name in JUNK_NAMES


def _find(archive: zipfile.ZipFile, member: str, path: str) -> zipfile.ZipInfo:
    try:
        return archive.getinfo(member)
    except KeyError:
        for info in archive.infolist():  # a repaired name differs from the stored one
            if member_name(info) == member:
                return info
    raise IngestError(path, "no such member in the archive")


def _read(archive: zipfile.ZipFile, member: str, limits: Limits, path: str) -> bytes:
    info = _find(archive, member, path)
    if info.is_dir():
        raise IngestError(path, "is a folder, not a file")
    if info.flag_bits & 0x1:
        raise IngestError(
            path,
            "encrypted archive member; sourcebook cannot read it without the password",
            "extract the archive with its password and add the files",
        )
    check_expansion(info, limits, path)
    chunks: list[bytes] = []
    total = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(CHUNK):
                total += len(chunk)
                if total > info.file_size:
                    raise LimitExceeded(
                        path, "expands past the size its header declares; not read further"
                    )
                chunks.append(chunk)
    except _READ_ERRORS as exc:
        raise IngestError(path, f"corrupt archive member ({exc})", "get the archive again") from exc
    return b"".join(chunks)
