"""The fact sheet model: what is selected, in which order, and what each line cites."""

from __future__ import annotations

import copy

import pytest

from sourcebook.report.cite import excerpt, show_date
from sourcebook.report.facts import build_facts
from tests.report.sample import SAMPLE, WIRE, span


def test_facts_people_are_ordered_by_how_many_documents_name_them() -> None:
    sheet = build_facts(SAMPLE)
    assert [(a.name, a.documents) for a in sheet.people] == [("Rosa Varga", 3), ("Tomas Brandt", 1)]
    assert [a.name for a in sheet.organisations] == [
        "Meridian News Agency",
        "Harbour Workers Union",
    ]
    assert "by how many documents name them, and by nothing else" in sheet.intro


def test_facts_people_list_stops_at_top() -> None:
    assert [a.name for a in build_facts(SAMPLE, top=1).people] == ["Rosa Varga"]


def test_facts_month_event_reads_as_month_and_sorts_before_that_months_days() -> None:
    # the export lists the day first, and the month comes later in the wire's text
    timeline = build_facts(SAMPLE).timeline
    assert [m.when for m in timeline] == ["2025", "March 2026", "8 March 2026"]
    assert (
        timeline[1].cite.excerpt == "The operation was planned in March 2026 after a court order."
    )
    assert (timeline[1].cite.start, timeline[1].cite.end) == span(WIRE, "in March 2026")


@pytest.mark.parametrize(
    ("date", "precision", "shown"),
    [
        ("2026", "year", "2026"),
        ("2026-03", "month", "March 2026"),
        ("2026-03-08", "day", "8 March 2026"),
        ("2026-03-08", "month", "March 2026"),
        ("2026-03-08T10:00:00", None, "8 March 2026"),
        (None, None, None),
    ],
)
def test_facts_dates_are_shown_at_their_precision(
    date: str | None, precision: str | None, shown: str | None
) -> None:
    assert show_date(date, precision) == shown


def test_facts_quote_cluster_is_one_line_counting_the_documents_that_carry_it() -> None:
    varga = build_facts(SAMPLE).speakers[0]
    assert varga.name == "Rosa Varga"
    assert len(varga.quotes) == 1
    line = varga.quotes[0]
    assert line.documents == 2
    assert [c.reference.number for c in line.cites] == [1, 3]


def test_facts_conflicts_come_before_agreement() -> None:
    data = copy.deepcopy(SAMPLE)
    data["claim_clusters"].insert(
        0, {**data["claim_clusters"][0], "id": "cc0", "verdict": "agree", "label": "a"}
    )
    assert [f.verdict for f in build_facts(data).figures] == ["conflict", "agree"]


def test_facts_claim_outside_any_cluster_is_its_own_single_figure() -> None:
    data = copy.deepcopy(SAMPLE)
    data["claim_clusters"] = []
    figures = build_facts(data).figures
    assert [(f.verdict, len(f.wordings)) for f in figures] == [("single", 1), ("single", 1)]


def test_facts_record_naming_a_missing_document_is_left_out_not_fatal() -> None:
    data = copy.deepcopy(SAMPLE)
    data["events"].append({**data["events"][0], "id": "ev-x", "document": "gone"})
    assert len(build_facts(data).timeline) == 3


def test_facts_copy_points_at_its_original_in_the_references() -> None:
    assert [r.duplicate_of for r in build_facts(SAMPLE).references] == [None, None, 1]


def test_facts_excerpt_of_a_long_run_is_a_window_cut_at_word_boundaries() -> None:
    text = " ".join(f"word{i}" for i in range(200))
    start = text.index("word100")
    cut = excerpt(text, start, start + len("word100"))
    assert "word100" in cut
    assert cut.startswith("…") and cut.endswith("…")
    assert len(cut) <= 170
    assert all(part.startswith("word") for part in cut.strip("…").split())


def test_facts_excerpt_is_the_sentence_holding_the_span() -> None:
    start = WIRE.index("Rosa Varga")
    assert (
        excerpt(WIRE, start, start + 10)
        == '"We acted within the law," said Interior Minister Rosa Varga.'
    )
