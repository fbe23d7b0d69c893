"""The HTML fact sheet: escaped, self-contained, and its citations link to the reference list."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from sourcebook.report.html import render_html
from tests.report.sample import COURIER, SAMPLE, span


def test_html_escapes_a_script_tag_inside_a_quote() -> None:
    page = render_html(SAMPLE)
    assert "<script" not in page
    assert (
        "<blockquote>Nobody was charged &lt;script&gt;alert(1)&lt;/script&gt;.</blockquote>" in page
    )


def test_html_fetches_nothing_and_runs_nothing() -> None:
    page = render_html(SAMPLE)
    for forbidden in ("http://", "https://", "src=", "<link", "@import", "url("):
        assert forbidden not in page


def test_html_every_citation_links_to_an_entry_in_the_reference_list() -> None:
    page = render_html(SAMPLE)
    targets = set(re.findall(r'href="#(ref-\d+)"', page))
    assert targets == {"ref-1", "ref-2", "ref-3"}
    assert all(f'id="{target}"' in page for target in targets)


def test_html_claim_cites_its_document_and_span_with_the_passage() -> None:
    start, end = span(COURIER, "450 people")
    cite = (
        f'<a class="cite" href="#ref-2">[2, chars {start}–{end}]</a> Halvik Courier, 10 March 2026'
    )
    page = render_html(SAMPLE)
    assert f"{cite}: <q>The Harbour Workers Union said 450 people were detained.</q>" in page


def test_html_conflict_shows_its_reason_and_each_members_wording() -> None:
    page = render_html(SAMPLE)
    assert '<span class="verdict verdict-conflict">conflict</span>' in page
    assert "<p>200 and 450 cannot both be the number detained. 2 independent" in page
    assert "<q>200 people</q>" in page and "<q>450 people</q>" in page


def test_html_month_event_reads_march_2026() -> None:
    assert "<li><strong>March 2026</strong>:" in render_html(SAMPLE)


def test_html_tags_are_balanced() -> None:
    class Balance(HTMLParser):
        VOID = {"meta", "br", "hr", "img", "link", "input"}

        def __init__(self) -> None:
            super().__init__()
            self.open: list[str] = []

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag not in self.VOID:
                self.open.append(tag)

        def handle_endtag(self, tag: str) -> None:
            assert self.open.pop() == tag

    parser = Balance()
    parser.feed(render_html(SAMPLE))
    assert parser.open == []
