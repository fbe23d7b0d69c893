"""The Markdown fact sheet: every line cites a numbered document and a character span."""

from __future__ import annotations

from sourcebook.report.markdown import render_markdown
from tests.report.sample import COURIER, SAMPLE, WIRE, span


def test_markdown_claim_cites_its_document_number_and_span() -> None:
    text = render_markdown(SAMPLE)
    start, end = span(COURIER, "450 people")
    assert (start, end) == (67, 77)
    assert f"“450 people” (attributed to Harbour Workers Union) [2, chars {start}–{end}]" in text
    start, end = span(WIRE, "200 people")
    assert f"“200 people” [1, chars {start}–{end}] Meridian News Agency, 9 March 2026" in text


def test_markdown_conflict_shows_its_reason_and_each_members_wording() -> None:
    text = render_markdown(SAMPLE)
    section = text[text.index("## Figures") : text.index("## Contested")]
    assert "### people detained at the port: conflict" in section
    assert "200 and 450 cannot both be the number detained. 2 independent of 2 sources." in section
    assert "“200 people”" in section and "“450 people”" in section
    assert "“The Harbour Workers Union said 450 people were detained.”" in section


def test_markdown_month_event_reads_march_2026_between_the_year_and_the_day() -> None:
    text = render_markdown(SAMPLE)
    year, month, day = (text.index(f"- **{w}**") for w in ("2025", "March 2026", "8 March 2026"))
    assert year < month < day


def test_markdown_intro_says_people_are_ordered_only_by_documents_naming_them() -> None:
    assert "listed by how many documents name them, and by nothing else" in render_markdown(SAMPLE)


def test_markdown_escapes_markup_in_document_text() -> None:
    text = render_markdown(SAMPLE)
    assert "<script>" not in text
    assert r"\<script\>alert(1)\</script\>" in text


def test_markdown_lists_documents_with_numbers_and_copies() -> None:
    text = render_markdown(SAMPLE)
    assert "1. **Dozens held at Halvik port** — Meridian News Agency, 9 March 2026." in text
    assert (
        "3. **Port arrests** — The Northern Ledger, 9 March 2026. news/ledger.html (copy of [1])"
        in text
    )
