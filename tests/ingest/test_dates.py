import pytest

from sourcebook.ingest.dates import date_in_filename, normalize_date
from sourcebook.records import Precision


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-03-03T10:00:00Z", ("2021-03-03", Precision.DAY)),
        ("D:20210303120000+01'00'", ("2021-03-03", Precision.DAY)),
        ("Wed, 03 Mar 2021 10:00:00 +0000", ("2021-03-03", Precision.DAY)),
        ("3 March 2021", ("2021-03-03", Precision.DAY)),
        ("March 2021", ("2021-03", Precision.MONTH)),
        ("2021-03", ("2021-03", Precision.MONTH)),
        ("2021", ("2021", Precision.YEAR)),
    ],
)
def test_dates_keep_the_precision_the_source_gives(value, expected):
    assert normalize_date(value) == expected


@pytest.mark.parametrize("value", [None, "", "   ", "not a date at all", "2021-13-45"])
def test_dates_give_nothing_for_what_is_not_a_date(value):
    assert normalize_date(value) == (None, None)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Sunday, 15 March 2026", "2026-03-15"),
        ("Mar. 3, 2021", "2021-03-03"),
        ("September 30th, 2020", "2020-09-30"),
        ("1 Sept 2019", "2019-09-01"),
    ],
)
def test_dates_read_common_english_forms(value, expected):
    assert normalize_date(value) == (expected, Precision.DAY)


def test_dates_reject_an_impossible_day_in_a_written_date():
    assert normalize_date("31 February 2021") == (None, None)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("meridian-wire_2026-03-15.txt", ("2026-03-15", Precision.DAY)),
        ("20260315-memo.pdf", ("2026-03-15", Precision.DAY)),
        ("scan_2021.02.30_then_2021.03.01.png", ("2021-03-01", Precision.DAY)),  # no 30 Feb
        ("report-v2-final.docx", (None, None)),
        ("invoice-12345678.pdf", (None, None)),
    ],
)
def test_dates_in_file_names_fill_a_missing_publication_date(name, expected):
    assert date_in_filename(name) == expected
