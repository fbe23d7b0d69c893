"""TimelineJS export: dates kept at their precision, each slide citing its passage."""

from __future__ import annotations

import re

import pytest

from sourcebook.export.timelinejs import sentence_around, timeline_date, timelinejs
from tests.export.sample import TIMES, sample_export


def _slides() -> dict[str, dict]:
    return {slide["unique_id"]: slide for slide in timelinejs(sample_export())["events"]}


@pytest.mark.parametrize(
    ("date", "precision", "expected"),
    [
        ("2026-03-08", "day", {"year": "2026", "month": "3", "day": "8"}),
        ("2026-03", "month", {"year": "2026", "month": "3"}),
        ("2026", "year", {"year": "2026"}),
        ("2026-03-08", "month", {"year": "2026", "month": "3"}),
        ("2026-03", None, {"year": "2026", "month": "3"}),
        (None, "day", None),
    ],
)
def test_timeline_date_keeps_only_the_known_parts(date, precision, expected):
    assert timeline_date(date, precision) == expected


def test_timeline_month_precision_event_has_no_day():
    assert _slides()["sb-e3"]["start_date"] == {"year": "2026", "month": "4"}


def test_timeline_leaves_out_undated_events_and_sorts_by_date():
    events = timelinejs(sample_export())["events"]
    assert [e["unique_id"] for e in events] == ["sb-e2", "sb-e1", "sb-e3"]


def test_timeline_slide_names_document_and_span_of_its_passage():
    data = sample_export()
    slide = _slides()["sb-e1"]
    body = slide["text"]["text"]
    assert "Containers seized at Velmora (Harbour Gazette)" in body
    start, end = map(int, re.search(r"chars (\d+)-(\d+);", body).groups())
    passage = data["documents"][0]["text"][start:end]
    assert passage.startswith("Port authority chief") and passage.endswith("harbour.")
    assert f"<blockquote>{passage}</blockquote>" in body
    assert "«8 March 2026» at chars 42-54" in body
    assert "Involved: Marta Rensky, Velmora" in body
    assert slide["group"] == "Harbour Gazette"


def test_timeline_escapes_html_in_passages():
    data = sample_export()
    data["entities"][0]["name"] = "<b>"  # ent-rensky, involved in e1
    body = {s["unique_id"]: s for s in timelinejs(data)["events"]}["sb-e1"]["text"]["text"]
    assert "&lt;b&gt;" in body and "<b>" not in body


def test_timeline_range_gets_an_end_date():
    data = sample_export()
    data["events"][1]["end_date"] = "2026-02"
    slide = {s["unique_id"]: s for s in timelinejs(data)["events"]}["sb-e2"]
    assert slide["end_date"] == {"year": "2026", "month": "2"}
    assert "end_date" not in _slides()["sb-e1"]


def test_timeline_sentence_around_finds_the_enclosing_sentence():
    start = TIMES.index("April 2026")
    left, right = sentence_around(TIMES, start, start + len("April 2026"))
    assert TIMES[left:right] == "Prosecutors expect charges in April 2026."
