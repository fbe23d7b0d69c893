"""CSV tables keep each row's passage findable: document, start and end survive the trip."""

from __future__ import annotations

import csv
from pathlib import Path

from sourcebook.export.csv_tables import COLUMNS, write_csv
from tests.export.sample import sample_export


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_writes_one_table_per_record_type(tmp_path: Path):
    paths = write_csv(sample_export(), tmp_path)
    assert sorted(p.name for p in paths) == sorted(f"{table}.csv" for table in COLUMNS)
    assert all(p.is_file() for p in paths)


def test_csv_empty_table_still_has_its_header(tmp_path: Path):
    write_csv(sample_export(), tmp_path)
    lines = (tmp_path / "screening.csv").read_text(encoding="utf-8").splitlines()
    assert lines == ["entity,entry_id,entry_name,list,program,score,match,explanations"]


def test_csv_spans_round_trip_to_the_passage(tmp_path: Path):
    data = sample_export()
    texts = {doc["id"]: doc["text"] for doc in data["documents"]}
    write_csv(data, tmp_path)
    for table in ("mentions", "quotes", "claims", "events", "contested"):
        rows = _read(tmp_path / f"{table}.csv")
        assert rows, table
        for row in rows:
            assert texts[row["document"]][int(row["start"]) : int(row["end"])] == row["text"]
    for row in _read(tmp_path / "citations.csv"):
        assert texts[row["document"]][int(row["start"]) : int(row["end"])] == row["cited"]


def test_csv_documents_count_characters_instead_of_carrying_text(tmp_path: Path):
    data = sample_export()
    write_csv(data, tmp_path)
    rows = _read(tmp_path / "documents.csv")
    assert "text" not in rows[0]
    assert [int(r["characters"]) for r in rows] == [len(d["text"]) for d in data["documents"]]


def test_csv_joins_lists_and_writes_null_as_empty(tmp_path: Path):
    data = sample_export()
    data["entities"][0]["aliases"] = ["Rensky", "M. Rensky"]
    write_csv(data, tmp_path)
    entity = _read(tmp_path / "entities.csv")[0]
    assert entity["aliases"] == "Rensky | M. Rensky"
    assert entity["documents"] == "d1 | d2"
    cluster = _read(tmp_path / "claim_clusters.csv")[0]
    assert (cluster["members"], cluster["unit"]) == ("c1 | c2", "")
    assert _read(tmp_path / "quote_clusters.csv")[0]["speakers_differ"] == "false"


def test_csv_contested_has_one_row_per_statement(tmp_path: Path):
    write_csv(sample_export(), tmp_path)
    rows = _read(tmp_path / "contested.csv")
    assert [(r["id"], r["kind"], r["stance"]) for r in rows] == [
        ("x1", "denial", "denies"),
        ("x1", "denial", "asserts"),
    ]


def test_csv_keeps_fields_a_later_export_adds(tmp_path: Path):
    data = sample_export()
    data["claims"][0]["confidence"] = 0.9
    write_csv(data, tmp_path)
    rows = _read(tmp_path / "claims.csv")
    assert (rows[0]["confidence"], rows[1]["confidence"]) == ("0.9", "")
