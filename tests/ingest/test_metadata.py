"""infer_metadata on short fictional articles."""

from __future__ import annotations

from sourcebook.ingest.metadata import infer_metadata
from sourcebook.records import Precision

BODY = "The harbour road was shut on Tuesday after the storm damaged its sea wall.\n"


def test_metadata_reads_agency_dateline_and_reporting_signoff() -> None:
    text = ("Storm Closes Harbour Road\n\nLONDON, March 3, 2021 (Reuters) - " + BODY +
            "\nReporting by Jane Marsh; Editing by Tom Reed\n")
    meta = infer_metadata(text)
    assert meta.title == "Storm Closes Harbour Road"
    assert meta.source == "Reuters"
    assert meta.author == "Jane Marsh"
    assert (meta.published, meta.published_precision) == ("2021-03-03", Precision.DAY)


def test_metadata_reads_published_line_byline_and_author_blurb() -> None:
    text = ("Skip to content\nHome\nCouncil delays vote on tram line\nPublished 3 March 2021\n"
            "By Ana Ruiz\n" + BODY + "Ana Ruiz is a reporter for The Riverside Courier.\n")
    meta = infer_metadata(text)
    assert meta.title == "Council delays vote on tram line"
    assert meta.author == "Ana Ruiz"
    assert meta.source == "The Riverside Courier"
    assert meta.published == "2021-03-03"


def test_metadata_reads_updated_iso_date_and_for_the_signoff() -> None:
    text = "Why the bridge matters\nUpdated: 2021-03-04\n" + BODY + "— Lena Park, for The Northern Star\n"
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
