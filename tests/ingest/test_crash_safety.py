"""A build killed with SIGKILL loses no committed document and leaves no half-written one."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from sourcebook.store import open_store
from sourcebook.store.base import SearchFilters

pytestmark = pytest.mark.slow

FILES = 300


def committed(db_path) -> int:
    try:
        with sqlite3.connect(db_path, timeout=5) as db:
            return db.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_build_killed_mid_run_keeps_whole_documents_and_resumes(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number in range(FILES):
        paragraphs = [
            f"Report {number}, part {part}: the port contract and its tender, item {number * 7 + part}."
            for part in range(30)
        ]
        (folder / f"report-{number:04d}.txt").write_text("\n\n".join(paragraphs))
    db_path = tmp_path / "corpus.db"
    command = [
        sys.executable,
        "-m",
        "sourcebook",
        "build",
        str(folder),
        "--db",
        str(db_path),
        "--workers",
        "1",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while committed(db_path) < 20 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, (
        "the build finished before it could be killed: make the corpus larger"
    )
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    with sqlite3.connect(db_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert (
            db.execute(
                "INSERT INTO passages_fts (passages_fts) VALUES ('integrity-check')"
            ).fetchall()
            == []
        )
        stored = db.execute("SELECT count(*) FROM documents").fetchone()[0]
        unindexed = db.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.document = d.id)"
        ).fetchone()[0]
    assert 20 <= stored < FILES
    assert unindexed == 0

    resumed = subprocess.run(command + ["--json"], capture_output=True, text=True, check=True)
    report = json.loads(resumed.stdout)
    assert (report["unchanged"], report["ingested"]) == (stored, FILES - stored)
    store = open_store(db_path)
    try:
        assert store.counts().documents == FILES
        hits = store.search('"report 299"', SearchFilters())
        assert {hit.path for hit in hits} == {str(folder / "report-0299.txt")}
    finally:
        store.close()
