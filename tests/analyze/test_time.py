"""The time analyzer on short fictional sentences, parsed by the shipped pipeline.

Every document is published on Saturday 14 March 2026 unless a test says otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from sourcebook.analyze.time import find_events, find_timexes
from sourcebook.analyze.timeml import Timex
from sourcebook.nlp.load import load
from sourcebook.records import Document, Event, Mention, Precision, Resolution

PUBLISHED = "2026-03-14"  # a Saturday

Find = Callable[..., list[Event]]
FindTimexes = Callable[..., list[Timex]]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    def run(text: str, published: str | None = PUBLISHED) -> list[Event]:
        precision = Precision.DAY if published else None
        document = Document(
            "d1", "d1.txt", "text/plain", text, published=published, published_precision=precision
        )
        doc = nlp(text)
        mentions = [
            Mention("d1", e.start_char, e.end_char, e.text, e.label_, name=e.text) for e in doc.ents
        ]
        return find_events(doc, document, mentions)

    return run


@pytest.fixture(scope="module")
def timexes(nlp: Language) -> FindTimexes:
    def run(text: str, published: str | None = PUBLISHED) -> list[Timex]:
        doc = nlp(text)
        mentions = [
            Mention("d1", e.start_char, e.end_char, e.text, e.label_, name=e.text) for e in doc.ents
        ]
        return find_timexes(doc, published, mentions)

    return run


def timex(found: list[Timex], text: str) -> tuple[str, str | None]:
    matches = [t for t in found if t.text == text]
    assert len(matches) == 1, [t.text for t in found]
    return matches[0].type, matches[0].value


def only(events: list[Event], text: str) -> Event:
    matches = [e for e in events if e.text == text]
    assert len(matches) == 1, [e.text for e in events]
    return matches[0]


@pytest.mark.parametrize(
    ("sentence", "text", "date", "precision"),
    [
        ("The contract was signed on March 3, 2021.", "March 3, 2021", "2021-03-03", "day"),
        ("The contract was signed on 3 March 2021.", "3 March 2021", "2021-03-03", "day"),
        ("The warehouse closed in June 2020.", "June 2020", "2020-06", "month"),
        ("The company was founded in 2014.", "2014", "2014", "year"),
        ("The inspection took place on 20 February.", "20 February", "2026-02-20", "day"),
        ("The port was busier in March.", "March", "2026-03", "month"),
    ],
)
def test_time_reads_absolute_dates_at_their_precision(
    find: Find, sentence: str, text: str, date: str, precision: str
) -> None:
    event = only(find(sentence), text)
    assert (event.date, event.precision, event.resolution) == (date, precision, "absolute")


def test_time_reads_year_range_as_date_and_end_date(find: Find) -> None:
    event = only(find("Prices rose between 2009 and 2014."), "between 2009 and 2014")
    assert (event.date, event.end_date, event.precision) == ("2009", "2014", Precision.YEAR)


def test_time_reads_decade_as_span_of_its_years(find: Find) -> None:
    event = only(find("The harbour was dredged in the 1990s."), "the 1990s")
    assert (event.date, event.end_date, event.precision) == ("1990", "1999", Precision.YEAR)


@pytest.mark.parametrize(
    ("sentence", "text", "date", "precision"),
    [
        ("The audit began last month.", "last month", "2026-02", "month"),
        ("Police raided the depot on Saturday.", "Saturday", "2026-03-14", "day"),
        ("The union met on Thursday.", "Thursday", "2026-03-12", "day"),
        ("Dana Okafor will visit the port next Tuesday.", "next Tuesday", "2026-03-17", "day"),
        ("The minister resigned yesterday.", "yesterday", "2026-03-13", "day"),
        ("The ferry sank two years ago.", "two years ago", "2024", "year"),
        ("The memo was leaked a week ago.", "a week ago", "2026-03-07", "day"),
        ("Arrests rose earlier this month.", "earlier this month", "2026-03", "month"),
        ("The council approved the plan last year.", "last year", "2025", "year"),
    ],
)
def test_time_resolves_relative_dates_against_publication(
    find: Find, sentence: str, text: str, date: str, precision: str
) -> None:
    event = only(find(sentence), text)
    assert (event.date, event.precision, event.resolution) == (date, precision, "relative")


def test_time_reads_earlier_this_week_as_days_up_to_publication(find: Find) -> None:
    event = only(find("Ships were turned away earlier this week."), "earlier this week")
    assert (event.date, event.end_date, event.precision) == ("2026-03-09", "2026-03-14", "day")


def test_time_resolves_following_year_against_last_written_date(find: Find) -> None:
    events = find("The depot opened in 2014. The following year it was sold.")
    event = only(events, "The following year")
    assert (event.date, event.precision, event.resolution) == ("2015", "year", "relative")


def test_time_resolves_following_year_without_publication_date(find: Find) -> None:
    text = "The depot opened in 2014. The following year it was sold."
    event = only(find(text, published=None), "The following year")
    assert event.date == "2015"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The audit began last month.", "last month"),
        ("Police raided the depot on Saturday.", "Saturday"),
        ("The ferry sank two years ago.", "two years ago"),
        ("The minister resigned yesterday.", "yesterday"),
        ("The inspection took place on 20 February.", "20 February"),
    ],
)
def test_time_leaves_relative_dates_unresolved_without_publication_date(
    find: Find, sentence: str, text: str
) -> None:
    event = only(find(sentence, published=None), text)
    assert (event.date, event.precision, event.resolution) == (None, None, "unresolved")


def test_time_keeps_absolute_dates_without_publication_date(find: Find) -> None:
    event = only(find("The contract was signed on 3 March 2021.", published=None), "3 March 2021")
    assert (event.date, event.resolution) == ("2021-03-03", Resolution.ABSOLUTE)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials may announce the results soon.",
        "May he rest in peace.",
        "The March on the capital drew thousands.",
        "The office is at 2014 Main Street.",
        "Police detained 1850 people and seized 2,014 rifles.",
        "Turnout was 1990 voters, about 20% of the district.",
        "She lives at 1800 Harbour Road.",
    ],
)
def test_time_ignores_non_dates(find: Find, sentence: str) -> None:
    assert [e.text for e in find(sentence)] == []


def test_time_lists_mentions_of_the_sentence_and_its_offsets(find: Find) -> None:
    text = "Nothing happened then. Dana Okafor met Ravi Mendel in Port Cassin on 3 March 2021."
    event = only(find(text), "3 March 2021")
    assert "Dana Okafor" in event.entities
    assert (event.sentence_start, event.sentence_end) == (23, len(text))
    assert text[event.start : event.end] == "3 March 2021"


@pytest.mark.parametrize(
    ("sentence", "text", "date"),
    [
        ("The board will meet on Monday.", "Monday", "2026-03-16"),
        ("The board met on Monday.", "Monday", "2026-03-09"),
    ],
)
def test_time_reads_bare_weekday_by_tense(find: Find, sentence: str, text: str, date: str) -> None:
    assert only(find(sentence), text).date == date


def test_time_resolves_day_expression_against_last_date_given(find: Find) -> None:
    events = find("The depot burned on Friday night. Guards had left the evening before.")
    assert only(events, "the evening before").date == "2026-03-12"


def test_time_takes_year_of_written_weekday(find: Find) -> None:
    event = only(find("The memo is dated Saturday 7 March."), "Saturday 7 March")
    assert (event.date, event.resolution) == ("2026-03-07", Resolution.ABSOLUTE)


def test_time_puts_past_months_ahead_of_publication_in_last_year(find: Find) -> None:
    assert only(find("The ferry sank in October."), "October").date == "2025-10"
    assert only(find("The ferry sank last June."), "last June").date == "2025-06"


@pytest.mark.parametrize(
    ("sentence", "text", "date", "end_date", "precision"),
    [
        ("Profit fell in the third quarter.", "the third quarter", "2025-07", "2025-09", "month"),
        ("Ports grew in the 19th century.", "the 19th century", "1800", "1899", "year"),
    ],
)
def test_time_reads_quarters_and_centuries_as_spans(
    find: Find, sentence: str, text: str, date: str, end_date: str, precision: str
) -> None:
    event = only(find(sentence), text)
    assert (event.date, event.end_date, event.precision) == (date, end_date, precision)


def test_time_ignores_month_names_of_people(find: Find) -> None:
    assert find("Theresa May spoke to reporters.") == []


def test_time_reads_the_weekend_as_its_two_days(find: Find) -> None:
    event = only(
        find("Protesters gathered over the weekend.", published="2026-03-17"), "the weekend"
    )
    assert (event.date, event.end_date) == ("2026-03-14", "2026-03-15")


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The strike lasted three years.", "three years", "P3Y"),
        ("Prices rose over the past two weeks.", "the past two weeks", "P2W"),
        ("The port signed a 10-year lease.", "10-year", "P10Y"),
        ("The talks ran for 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
        ("The mine has been idle for nearly forty years.", "nearly forty years", "P40Y"),
        ("The harbour was dredged for decades.", "decades", "PXY"),
        ("Ships will wait the next few days.", "the next few days", "PXD"),
        ("The ban held for two decades.", "two decades", "P20Y"),
    ],
)
def test_time_reads_durations_as_timeml_periods(
    timexes: FindTimexes, sentence: str, text: str, value: str
) -> None:
    assert timex(timexes(sentence), text) == ("DURATION", value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The ferry sails every week.", "every week", "P1W"),
        ("The register is published annually.", "annually", "P1Y"),
        ("The depot earns $5 million a year.", "a year", "P1Y"),
        ("Inspectors visit the mine twice a month.", "twice a month", "P1M"),
    ],
)
def test_time_reads_sets_as_their_period(
    timexes: FindTimexes, sentence: str, text: str, value: str
) -> None:
    assert timex(timexes(sentence), text) == ("SET", value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The depot burned on Friday night.", "Friday night", "2026-03-13TNI"),
        ("The minister spoke this morning.", "this morning", "2026-03-14TMO"),
        ("The ministers met at 5 p.m.", "5 p.m.", "2026-03-14T17:00"),
        ("Guards left at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2026-03-11T22:00"),
        ("Shots were heard last night.", "last night", "2026-03-13TNI"),
    ],
)
def test_time_reads_times_of_day_on_their_date(
    timexes: FindTimexes, sentence: str, text: str, value: str
) -> None:
    assert timex(timexes(sentence), text) == ("TIME", value)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The port is now closed.", "now", "PRESENT_REF"),
        ("Dredging may resume in the future.", "the future", "FUTURE_REF"),
        ("The ferry sank last summer.", "last summer", "2025-SU"),
        ("The harbour was dredged in the 1990s.", "the 1990s", "199"),
        ("Ships were turned away this week.", "this week", "2026-W11"),
        ("Profit fell in the third quarter.", "the third quarter", "2025-Q3"),
    ],
)
def test_time_writes_dates_as_timeml_values(
    timexes: FindTimexes, sentence: str, text: str, value: str
) -> None:
    assert timex(timexes(sentence), text) == ("DATE", value)


def test_time_marks_each_end_of_a_year_range(timexes: FindTimexes) -> None:
    found = timexes("Prices rose between 2009 and 2014.")
    assert [(t.text, t.value) for t in found] == [("2009", "2009"), ("2014", "2014")]


def test_time_keeps_durations_sets_and_now_out_of_events(find: Find) -> None:
    text = "The strike lasted three years. The ferry sails every week and is now idle."
    assert find(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A 6-year-old boy was hurt.",
        "The team made a second attempt.",
        "A quarter of the votes were void.",
        "Prices fall in the evening.",
    ],
)
def test_time_ignores_ages_ordinals_and_fractions(timexes: FindTimexes, sentence: str) -> None:
    assert [t.text for t in timexes(sentence)] == []


def test_time_gives_durations_values_without_publication_date(timexes: FindTimexes) -> None:
    found = timexes("The ferry sank last summer after three years at sea.", published=None)
    assert timex(found, "three years") == ("DURATION", "P3Y")
    assert timex(found, "last summer") == ("DATE", None)
