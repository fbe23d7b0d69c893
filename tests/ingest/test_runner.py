"""The build's ingest run: what gets stored, skipped, failed, and what a re-run does."""

import io
import os
import sqlite3
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from sourcebook.ingest import registry
from sourcebook.ingest.limits import Limits
from sourcebook.ingest.runner import ingest
from sourcebook.store import open_store

WIRE = (
    "The interior ministry detained at least 200 protesters at the northern port on Saturday, "
    "according to three people who witnessed the arrests. Police used batons and tear gas to "
    "clear the quay where dock workers had gathered since dawn to oppose the expansion contract. "
    "A ministry spokesman said the detentions were lawful and that most of those held would be "
    "released within days. Opposition lawmakers called for an independent inquiry into the "
    "operation and into the contract itself, which was awarded without a public tender last year."
)


@pytest.fixture
def store(tmp_path):
    store = open_store(tmp_path / "corpus.db")
    yield store
    store.close()


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    write(
        folder,
        "a.txt",
        "Port deal signed\n\nThe port contract was signed on Monday by the minister.",
    )
    write(folder, "b.txt", "Statement\n\nThe ministry denies every accusation made in the report.")
    write(folder, "notes/c.md", "# Notes\n\nCall the harbour master about the tender documents.")
    return folder


def test_runner_ingests_a_folder_recursively(store, tmp_path):
    report = ingest(store, [corpus(tmp_path)])
    assert (report.ingested, report.failed, report.skipped) == (3, [], [])
    assert store.get_document("c.md").media_type == "text/markdown"


def test_runner_rerun_skips_unchanged_files_and_picks_up_new_ones(store, tmp_path):
    folder = corpus(tmp_path)
    ingest(store, [folder])
    write(folder, "d.txt", "A new file.\n\nIt arrived after the first build.")
    report = ingest(store, [folder])
    assert (report.ingested, report.unchanged) == (1, 3)


def test_runner_rereads_a_file_whose_content_changed(store, tmp_path):
    folder = corpus(tmp_path)
    ingest(store, [folder])
    write(folder, "a.txt", "Port deal cancelled\n\nThe contract was cancelled.")
    report = ingest(store, [folder])
    assert (report.ingested, report.unchanged) == (1, 2)
    assert "cancelled" in store.get_document("a.txt").text


def test_runner_records_exact_duplicates_without_storing_their_text_twice(store, tmp_path):
    folder = corpus(tmp_path)
    write(folder, "copy-of-a.txt", (folder / "a.txt").read_text())
    report = ingest(store, [folder])
    assert (report.ingested, report.duplicates) == (3, 1)
    copy = store.get_document("copy-of-a.txt")
    assert copy.duplicate_of == store.get_document("a.txt").id and copy.text == ""
    assert store.counts().passages == 3


def test_runner_links_near_duplicates_such_as_one_wire_story_in_two_outlets(store, tmp_path):
    folder = tmp_path / "wire"
    write(folder, "times.txt", "Hundreds held at port\n\n" + WIRE)
    write(
        folder,
        "herald.txt",
        "Port protest ends in mass arrests\n\nBy Herald staff\n\n" + WIRE + " Reuters contributed.",
    )
    write(folder, "other.txt", "Budget vote delayed\n\n" + " ".join(reversed(WIRE.split())))
    report = ingest(store, [folder])
    assert report.near_duplicates == 1
    times = store.get_document("times.txt")
    [(other, similarity)] = store.near_duplicate_links(times.id)
    assert other == store.get_document("herald.txt").id and similarity > 0.5


def test_runner_goes_on_after_bad_files_and_names_each_with_its_reason(store, tmp_path):
    folder = corpus(tmp_path)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n this is not really a pdf")
    (folder / "garbage.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.txt").write_bytes(b"")
    report = ingest(store, [folder])
    assert report.ingested == 3
    failed = dict(report.failed)
    assert set(failed) == {str(folder / "broken.pdf"), str(folder / "garbage.txt")}
    assert all(reason for reason in failed.values())
    assert dict(report.skipped) == {str(folder / "empty.txt"): "empty file (0 bytes)"}
    assert {failure.path for failure in store.failures()} == set(failed)


def test_runner_keeps_stored_documents_when_a_later_file_is_corrupt(store, tmp_path):
    folder = corpus(tmp_path)
    ingest(store, [folder])
    (folder / "a.txt").write_bytes(b"\x00\xff" * 500)  # the same path, now garbage
    report = ingest(store, [folder])
    assert len(report.failed) == 1
    assert "port contract" in store.get_document("a.txt").text
    assert store.counts().documents == 3


def test_runner_refuses_files_past_the_size_limit_without_reading_them(store, tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    report = ingest(store, [huge])
    [(path, reason)] = report.failed
    assert path == str(huge) and "limit" in reason and "--max-file-size" in reason


def test_runner_reports_a_file_that_disappears_mid_run(store, tmp_path):
    folder = corpus(tmp_path)
    late = write(folder, "z-late.txt", "Read last, if it is still there.")

    class DeleteLater:
        def start(self, total): ...
        def grow(self, extra): ...
        def advance(self, key, status):
            late.unlink(missing_ok=True)

    report = ingest(store, [folder], progress=DeleteLater())
    assert report.ingested == 3
    assert report.failed == [(str(late), "the file disappeared before it could be read")]


def test_runner_expands_zip_archives_and_links_members_to_the_archive(store, tmp_path):
    archive = tmp_path / "box.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("minutes.txt", "Minutes of the port board.\n\nThe tender was skipped.")
        zipped.writestr("inner/wire.txt", WIRE)
    report = ingest(store, [archive])
    assert report.ingested == 3
    box = store.get_document("box.zip")
    members = store.children(box.id)
    assert [doc.path for doc in members] == [f"{archive}!inner/wire.txt", f"{archive}!minutes.txt"]
    assert all(doc.parent == box.id for doc in members)
    assert ingest(store, [archive]).unchanged == 1


def test_runner_ingests_email_attachments_as_documents_linked_to_the_mail(store, tmp_path):
    message = EmailMessage()
    message["From"] = "Dana Okafor <dana@interior.example>"
    message["To"] = "press@interior.example"
    message["Subject"] = "Draft statement"
    message["Date"] = "Wed, 03 Mar 2021 10:00:00 +0000"
    message.set_content("Please see the attached draft before Friday.")
    message.add_attachment(
        b"Draft: the ministry denies the report.",
        maintype="text",
        subtype="plain",
        filename="draft.txt",
    )
    mail = tmp_path / "mail.eml"
    mail.write_bytes(bytes(message))
    report = ingest(store, [mail])
    assert report.ingested == 2
    parent = store.get_document("mail.eml")
    assert parent.title == "Draft statement" and parent.published == "2021-03-03"
    [attachment] = store.children(parent.id)
    assert attachment.path == f"{mail}!draft.txt" and "denies" in attachment.text


def test_runner_gives_the_same_corpus_with_a_process_pool(tmp_path):
    folder = corpus(tmp_path)
    write(folder, "copy.txt", (folder / "b.txt").read_text())
    results = []
    for workers in (1, 2):
        store = open_store(tmp_path / f"w{workers}.db")
        report = ingest(store, [folder], workers=workers)
        results.append(
            (
                (report.ingested, report.duplicates),
                sorted((d.path, d.text_hash) for d in store.documents()),
            )
        )
        store.close()
    assert results[0] == results[1]


def test_runner_bounds_archive_expansion(store, tmp_path):
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("zeros.txt", b"0" * (20 * 1024 * 1024))
    report = ingest(store, [archive], limits=Limits(max_archive_ratio=100.0))
    assert report.failed and "zip bomb" in report.failed[0][1]
    assert sqlite3.connect(store.location).execute(
        "SELECT count(*) FROM documents WHERE path LIKE '%zeros%'"
    ).fetchone() == (0,)


def test_runner_isolates_a_file_that_crashes_its_worker(store, tmp_path, monkeypatch):
    folder = corpus(tmp_path)
    (folder / "poison.bin").write_bytes(b"\x00\x01 crashes the reader")

    def crash(data, name, limits):
        os._exit(1)  # what a segfault in a native reader looks like to the pool

    registry.load()
    crashing = registry.Extractor("application/octet-stream", 1, crash)
    monkeypatch.setitem(registry._registry, "application/octet-stream", crashing)
    report = ingest(store, [folder], workers=2)
    assert report.ingested == 3
    assert report.failed == [
        (str(folder / "poison.bin"), "the reader crashed on this file (please report its type)")
    ]


def test_runner_stops_expanding_archives_nested_past_the_depth_limit(store, tmp_path):
    payload = b"Deepest memo.\n\nThe tender was skipped."
    name = "memo.txt"
    for level in range(5):  # memo.txt inside five zips, one inside the other
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zipped:
            zipped.writestr(name, payload)
        payload, name = buffer.getvalue(), f"level{level}.zip"
    outer = tmp_path / name
    outer.write_bytes(payload)
    report = ingest(store, [outer], limits=Limits(max_archive_depth=3))
    assert report.failed == []
    paths = sorted(doc.path for doc in store.documents())
    assert len(paths) == 4  # the outer zip and three nested ones; the rest is not opened
    deepest = store.get_document(paths[-1])
    assert any("nested 3 levels deep" in problem for problem in deepest.errors)
