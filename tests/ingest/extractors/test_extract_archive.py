from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from tests.fixtures import factory

from sourcebook.errors import IngestError, LimitExceeded
from sourcebook.ingest.extractors.archive import extract_zip, is_safe_name, open_member
from sourcebook.ingest.limits import Limits

MB = 1024 * 1024
MEMBERS = {
    "box/report.txt": b"The shipment left Rotterdam.",
    "box/": b"",
    "__MACOSX/box/._report.txt": b"junk",
    "box/.DS_Store": b"junk",
    "scan.pdf": b"%PDF-1.4 fake",
}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return factory.zip_file(tmp_path / "evidence.zip", MEMBERS)


def test_archive_lists_members_without_data(archive: Path, limits: Limits) -> None:
    extracted = extract_zip(archive.read_bytes(), "cases/evidence.zip", limits)
    assert extracted.text == ""
    assert extracted.title == "evidence.zip"
    assert [(c.name, c.size, c.data) for c in extracted.children] == [
        ("box/report.txt", 28, None),
        ("scan.pdf", 13, None),
    ]


def test_archive_open_member_reads_from_path_bytes_or_zipfile(
    archive: Path, limits: Limits
) -> None:
    expected = MEMBERS["box/report.txt"]
    assert open_member(archive, "box/report.txt", limits) == expected
    assert open_member(archive.read_bytes(), "box/report.txt", limits) == expected
    with zipfile.ZipFile(archive) as opened:
        assert open_member(opened, "box/report.txt", limits) == expected


@pytest.mark.parametrize("name", ["../../x", "/etc/passwd", "a/../../x", "C:\\x", "..\\x", ""])
def test_archive_refuses_unsafe_member_names(tmp_path: Path, limits: Limits, name: str) -> None:
    path = factory.zip_file(tmp_path / "evil.zip", {"ok.txt": b"ok", name or "x": b"x"})
    with pytest.raises(IngestError, match="unsafe member name") as info:
        open_member(path, name, limits, archive_name="evil.zip")
    assert info.value.path == f"evil.zip!{name}"
    assert not is_safe_name(name)


def test_archive_listing_skips_unsafe_names_with_warning(tmp_path: Path, limits: Limits) -> None:
    data = factory.zip_bytes({"ok.txt": b"ok", "../../x": b"x"})
    extracted = extract_zip(data, "evil.zip", limits)
    assert [c.name for c in extracted.children] == ["ok.txt"]
    assert "../../x" in extracted.warnings[0]


def test_archive_refuses_zip_bomb_member(limits: Limits) -> None:
    data = factory.zip_bytes({"zeros.bin": bytes(50 * MB)})
    assert len(data) < MB  # ~1000:1
    with pytest.raises(LimitExceeded, match="looks like a zip bomb"):
        open_member(data, "zeros.bin", limits, archive_name="bomb.zip")


def test_archive_reads_small_repetitive_member_despite_ratio(limits: Limits) -> None:
    data = factory.zip_bytes({"table.csv": b"0,0,0\n" * 10000})
    assert open_member(data, "table.csv", limits) == b"0,0,0\n" * 10000


def test_archive_listing_enforces_total_size(limits: Limits) -> None:
    data = factory.zip_bytes({"a.bin": bytes(3 * MB), "b.bin": bytes(3 * MB)})
    with pytest.raises(LimitExceeded, match="archive limit") as info:
        extract_zip(data, "big.zip", Limits(max_archive_size=5 * MB))
    assert info.value.hint == "raise it with --max-archive-size"


def test_archive_listing_enforces_member_count() -> None:
    data = factory.zip_bytes({f"{i}.txt": b"x" for i in range(5)})
    with pytest.raises(LimitExceeded, match="5 members"):
        extract_zip(data, "many.zip", Limits(max_archive_members=4))


def test_archive_refuses_member_over_file_size_limit() -> None:
    data = factory.zip_bytes({"a.txt": b"abc" * 1000})
    with pytest.raises(LimitExceeded, match="file limit"):
        open_member(data, "a.txt", Limits(max_file_size=1000))


def test_archive_lying_header_gets_no_further_than_declared(limits: Limits) -> None:
    real = bytes(2 * MB)
    data = bytearray(factory.zip_bytes({"a.bin": real}))
    declared = (1000).to_bytes(4, "little")
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    data[local + 22 : local + 26] = declared
    data[central + 24 : central + 28] = declared
    with pytest.raises(IngestError):
        open_member(bytes(data), "a.bin", limits)


def test_archive_reports_encrypted_member(limits: Limits) -> None:
    data = bytearray(factory.zip_bytes({"secret.txt": b"x"}))
    for signature, flags in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature) + flags
        data[at] |= 0x1  # the "encrypted" bit, as a password-protected zip sets it
    extracted = extract_zip(bytes(data), "locked.zip", limits)
    assert extracted.metadata["encrypted_members"] == "1"
    with pytest.raises(IngestError, match="encrypted archive member"):
        open_member(bytes(data), "secret.txt", limits)


def test_archive_reports_corrupt_zip(archive: Path, limits: Limits) -> None:
    data = archive.read_bytes()
    for broken in (b"PK\x03\x04 not really", data[: len(data) // 2]):
        with pytest.raises(IngestError, match="not a readable zip archive"):
            extract_zip(broken, "broken.zip", limits)


def test_archive_reports_missing_member(archive: Path, limits: Limits) -> None:
    with pytest.raises(IngestError, match="no such member"):
        open_member(archive, "nope.txt", limits)


def test_archive_repairs_utf8_names_without_flag(tmp_path: Path, limits: Limits) -> None:
    path = tmp_path / "cn.zip"
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo("报告.txt")
        archive.writestr(info, b"x")
    data = bytearray(path.read_bytes())
    for signature, flags in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature) + flags + 1
        data[at] &= ~0x08  # clear the UTF-8 flag (bit 11), as old Windows tools write
    extracted = extract_zip(bytes(data), "cn.zip", limits)
    assert [c.name for c in extracted.children] == ["报告.txt"]
    assert open_member(bytes(data), "报告.txt", limits) == b"x"
