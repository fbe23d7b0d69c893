"""infer_metadata on short fictional articles."""

from __future__ import annotations

from sourcebook.ingest.metadata import infer_metadata
from sourcebook.records import Precision

BODY = "The harbour road was shut on Tuesday after the storm damaged its sea wall.\n"


def test_metadata_reads_agency_dateline_and_reporting_signoff() -> None:
    text = (
        "Storm Closes Harbour Road\n\nLONDON, March 3, 2021 (Reuters) - "
        + BODY
        + "\nReporting by Jane Marsh; Editing by Tom Reed\n"
    )
    meta = infer_metadata(text)
    assert meta.title == "Storm Closes Harbour Road"
    assert meta.source == "Reuters"
    assert meta.author == "Jane Marsh"
    assert (meta.published, meta.published_precision) == ("2021-03-03", Precision.DAY)


def test_metadata_reads_published_line_byline_and_author_blurb() -> None:
    text = (
        "Skip to content\nHome\nCouncil delays vote on tram line\nPublished 3 March 2021\n"
        "By Ana Ruiz\n" + BODY + "Ana Ruiz is a reporter for The Riverside Courier.\n"
    )
    meta = infer_metadata(text)
    assert meta.title == "Council delays vote on tram line"
    assert meta.author == "Ana Ruiz"
    assert meta.source == "The Riverside Courier"
    assert meta.published == "2021-03-03"


def test_metadata_reads_updated_iso_date_and_for_the_signoff() -> None:
    text = (
        "Why the bridge matters\nUpdated: 2021-03-04\n"
        + BODY
        + "— Lena Park, for The Northern Star\n"
    )
    meta = infer_metadata(text)
    assert (meta.author, meta.source) == ("Lena Park", "The Northern Star")
    assert meta.published == "2021-03-04"


def test_metadata_prefers_published_over_updated() -> None:
    text = "Title of the piece\nUpdated: 2021-05-01\nPublished: 2021-04-30\n" + BODY
    assert infer_metadata(text).published == "2021-04-30"


def test_metadata_falls_back_to_additional_reporting() -> None:
    assert infer_metadata(BODY + "Additional reporting by Sam Ode\n").author == "Sam Ode"


def test_metadata_keeps_month_precision_for_month_only_dates() -> None:
    meta = infer_metadata("A quiet month at the port\nPublished March 2021\n" + BODY)
    assert (meta.published, meta.published_precision) == ("2021-03", Precision.MONTH)


def test_metadata_is_empty_for_text_that_says_nothing() -> None:
    meta = infer_metadata("the audit is complete.\nfigures follow.\n")
    assert meta.title is None and meta.author is None and meta.published is None


def test_metadata_reads_a_letterhead_subject_line_and_signatory() -> None:
    text = (
        "NORTHPORT HARBOUR AUTHORITY\nOffice of the Director\n\nRef: NHA/2024/12\n12 May 2024\n\n"
        "Subject: Approval of the dredging contract\n\n"
        + BODY
        + "\nYours sincerely,\n\nMira Kovac\nDirector\n"
    )
    meta = infer_metadata(text)
    assert meta.title == "Approval of the dredging contract"
    assert meta.source == "Northport Harbour Authority"
    assert meta.author == "Mira Kovac"
    assert meta.published == "2024-05-12"


def test_metadata_reads_the_outlet_from_a_copyright_line_and_skips_its_masthead() -> None:
    text = (
        "Skip to content\nRiverside Courier\nMenu\nFloods close the old bridge\nBy Ana Ruiz\n"
        "4 June 2024 · 3 min read\n"
        + BODY
        + "Share this article\n© 2024 Riverside Courier. All rights reserved.\n"
    )
    meta = infer_metadata(text)
    assert (meta.title, meta.source, meta.author) == (
        "Floods close the old bridge",
        "Riverside Courier",
        "Ana Ruiz",
    )
    assert meta.published == "2024-06-04"


def test_metadata_prefers_the_masthead_to_the_agency_it_relays() -> None:
    story = "Dam talks stall again\n\n" + BODY + "\nThis story was provided by Lakeside Wire.\n"
    meta = infer_metadata("Valley Post - World\n\n" + story)
    assert (meta.title, meta.source) == ("Dam talks stall again", "Valley Post")
    assert infer_metadata(story).source == "Lakeside Wire"


def test_metadata_reads_a_chinese_issuer_title_and_date() -> None:
    text = "北港建設集團有限公司\n關於碼頭工程的說明\n\n2024年5月12日\n\n本集團現說明如下：工程進展順利。\n"
    meta = infer_metadata(text)
    assert meta.source == "北港建設集團有限公司"
    assert meta.title == "關於碼頭工程的說明"
    assert (meta.published, meta.published_precision) == ("2024-05-12", Precision.DAY)


def test_metadata_finds_a_date_inside_an_opening_line() -> None:
    text = (
        "# Notes on the inquiry\n\n*Working notes, 18 March 2026. Not for publication.*\n\n" + BODY
    )
    meta = infer_metadata(text)
    assert meta.title == "Notes on the inquiry"
    assert meta.published == "2026-03-18"
