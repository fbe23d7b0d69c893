"""Reading sanctions and watch lists: each layout sniffed by content and read entry by entry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sourcebook.errors import IngestError, SourcebookError
from sourcebook.screen.lists import read_list, sniff

DATA = Path(__file__).parent / "data"
EXAMPLES = Path(__file__).parents[2] / "examples"


@pytest.mark.parametrize(
    ("name", "layout"),
    [
        ("entities.ftm.json", "ftm"),
        ("sdn.csv", "sdn-csv"),
        ("sdn.xml", "sdn-xml"),
        ("watchlist.csv", "csv"),
    ],
)
def test_lists_sniffs_layout_by_content_not_name(tmp_path: Path, name: str, layout: str) -> None:
    renamed = tmp_path / "download.dat"
    shutil.copy(DATA / name, renamed)
    assert sniff(renamed)[0] == layout
    assert read_list(renamed).layout == layout


def test_lists_reads_ftm_kinds_aliases_and_programs() -> None:
    read = read_list(DATA / "entities.ftm.json")
    entries = {entry.id: entry for entry in read.entries}
    assert sorted(entries) == [
        "fx-company-lanhai",
        "fx-org-brackwater",
        "fx-person-liu-haoran",
        "fx-vessel-halden",
    ]  # the Sanction entity names no party and is passed over
    liu = entries["fx-person-liu-haoran"]
    assert (liu.name, liu.kind, liu.program) == ("Liu Haoran", "person", "FX-HK-AUTONOMY")
    assert liu.aliases == ("刘浩然", "Hao-ran Liu", "Old Liu")
    assert liu.source == "entities.ftm.json:1"
    assert ("birthDate", "1961-04-02") in liu.metadata
    assert entries["fx-org-brackwater"].kind == "organization"
    assert entries["fx-org-brackwater"].list == "fx_sanctions, fx_watch"
    assert entries["fx-company-lanhai"].aliases == ("瀾海海洋貿易公司", "Lanhai Shipping")
    assert entries["fx-vessel-halden"].kind == "other"
    assert entries["fx-vessel-halden"].program == "FX-VESSEL"


def test_lists_ftm_malformed_line_is_an_error_and_later_lines_survive() -> None:
    read = read_list(DATA / "entities.ftm.json")
    assert len(read.errors) == 1
    assert read.errors[0].startswith("entities.ftm.json:5: not a JSON entity")
    assert read.entries[-1].source == "entities.ftm.json:6"


def test_lists_reads_sdn_csv_with_reordered_alias() -> None:
    read = read_list(DATA / "sdn.csv")
    entries = {entry.reference: entry for entry in read.entries}
    assert sorted(entries) == ["101", "102", "103", "105"]
    renko = entries["101"]
    assert (renko.name, renko.kind, renko.program) == ("RENKO, Tomas", "person", "GLOMAG")
    assert renko.aliases == ("Tomas RENKO",)
    assert (renko.id, renko.list, renko.source) == ("ofac-sdn-101", "OFAC SDN", "sdn.csv:1")
    assert ("title", "Former Deputy Minister of Ports") in renko.metadata
    assert entries["102"].kind == "organization"
    assert entries["102"].program == "SDGT; GLOMAG"
    assert entries["102"].aliases == ()
    assert entries["103"].kind == "other"
    assert ("vessel_flag", "Fictonia") in entries["103"].metadata


def test_lists_sdn_csv_truncated_row_is_an_error_and_later_rows_survive() -> None:
    read = read_list(DATA / "sdn.csv")
    assert read.errors == ["sdn.csv:4: 6 of 12 columns (a truncated row?)"]
    assert read.entries[-1].source == "sdn.csv:5"


def test_lists_sdn_csv_takes_aliases_from_alt_csv(tmp_path: Path) -> None:
    alt = tmp_path / "alt.csv"
    alt.write_text('101,9001,"aka","RENKO, Thomas","-0-"\n102,9002,"aka","BWA CONSULTING","-0-"\n')
    entries = {e.reference: e for e in read_list(DATA / "sdn.csv", alt=alt).entries}
    assert entries["101"].aliases == ("Tomas RENKO", "RENKO, Thomas", "Thomas RENKO")
    assert entries["102"].aliases == ("BWA CONSULTING",)


def test_lists_reads_sdn_xml_with_namespace_and_akas() -> None:
    read = read_list(DATA / "sdn.xml")
    assert read.errors == []
    renko, brackwater, vessel = read.entries
    assert (renko.name, renko.kind, renko.program) == ("RENKO, Tomas", "person", "GLOMAG")
    assert renko.aliases == ("Tomas RENKO", "RENKO, Thomas", "Thomas RENKO")
    assert renko.source == "sdn.xml:7"
    assert (brackwater.kind, brackwater.program) == ("organization", "SDGT; GLOMAG")
    assert brackwater.aliases == ("BWA CONSULTING",)
    assert (vessel.name, vessel.kind, vessel.source) == ("HALDEN STAR", "other", "sdn.xml:43")


def test_lists_sdn_xml_cut_short_keeps_entries_before_the_break(tmp_path: Path) -> None:
    cut = tmp_path / "sdn.xml"
    lines = (DATA / "sdn.xml").read_text().splitlines()
    cut.write_text("\n".join(lines[:30]) + "\n")  # ends inside the second entry
    read = read_list(cut)
    assert [entry.reference for entry in read.entries] == ["101"]
    assert len(read.errors) == 1
    assert read.errors[0].startswith("sdn.xml:")
    assert "XML breaks off" in read.errors[0]


def test_lists_reads_plain_csv_with_both_alias_separators_and_metadata() -> None:
    read = read_list(DATA / "watchlist.csv")
    entries = {entry.name: entry for entry in read.entries}
    liu = entries["Liu Haoran"]
    assert (liu.kind, liu.list, liu.program, liu.reference) == (
        "person",
        "Newsroom Watch List",
        "FX-HK-AUTONOMY",
        "NWL-001",
    )
    assert liu.aliases == ("刘浩然", "Hao-ran Liu")
    assert liu.metadata == (("note", "named in the port filings"),)
    assert liu.source == "watchlist.csv:2"
    assert entries["Brackwater Advisory Limited"].aliases == (
        "BWA Consulting",
        "Brackwater Advisory",
    )
    halden = entries["Halden Marine Services"]
    assert (halden.kind, halden.list, halden.reference) == ("organization", "watchlist", None)
    assert read.errors == ["watchlist.csv:4: no name"]


def test_lists_reads_the_example_watchlist() -> None:
    read = read_list(EXAMPLES / "watchlist.csv")
    assert read.layout == "csv"
    assert read.errors == []
    entries = {entry.reference: entry for entry in read.entries}
    assert len(entries) == 5
    assert entries["FCSL-IND-0377"].kind == "person"
    assert "Томас Ренко" in entries["FCSL-IND-0377"].aliases
    assert entries["FCSL-ENT-0142"].kind == "organization"


@pytest.mark.parametrize(
    "content",
    ["just some notes\nabout people\n", "1,2,3\n", "<html><body>list</body></html>\n"],
)
def test_lists_unknown_layout_raises_a_clear_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "mystery.txt"
    path.write_text(content)
    with pytest.raises(IngestError) as raised:
        read_list(path)
    assert raised.value.path == str(path)
    assert "mystery.txt" in str(raised.value)
    assert raised.value.hint


def test_lists_empty_or_missing_file_raises(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n")
    with pytest.raises(SourcebookError, match="empty"):
        read_list(empty)
    with pytest.raises(SourcebookError, match="cannot read"):
        read_list(tmp_path / "absent.csv")
