"""The HTML extractor on a short fictional news page."""

from __future__ import annotations

import pytest

from sourcebook.errors import IngestError
from sourcebook.ingest.extractors.html import extract_html
from sourcebook.ingest.limits import Limits

PARAGRAPHS = [
    "The harbour authority of Port Elling confirmed on Tuesday that three cargo ships were held "
    "at anchor for nine days while inspectors checked their manifests against customs records.",
    "“We found discrepancies in the declared weight of two containers,” said Mara Velde, the "
    "authority's chief inspector, adding that the owners had been asked to explain them.",
    "Shipping agents said the delay cost each vessel about 40,000 euros a day in charter fees, "
    "a figure the authority did not dispute but called unavoidable given the findings.",
    "Velde said the review would finish by the end of the month and that the results would be "
    "passed to prosecutors if any wrongdoing was found in the records of the forwarders.",
]
PAGE = """<!doctype html><html><head><meta charset="{charset}">
<title>Ships held for nine days | The Elling Courier</title>
<meta name="author" content="Mara Lind">
<meta property="og:site_name" content="The Elling Courier">
<meta property="article:published_time" content="2021-03-04T09:00:00Z">
<link rel="canonical" href="https://courier.example/ships-held">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
<article><h1>Ships held for nine days</h1>
<div class="share"><a>Share on Facebook</a> <a>Share on Twitter</a></div>
{body}
</article>
<aside><h3>More from Business</h3><ul>
<li><a href="/a">Ferry operator posts record summer traffic</a></li>
<li><a href="/b">Fishing quotas cut again in the northern waters</a></li></ul></aside>
<footer><p>© 2031 The Elling Courier. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
</body></html>"""


def _page(charset: str = "utf-8", extra: str = "") -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS) + extra
    return PAGE.format(charset=charset, body=body).encode(charset, "xmlcharrefreplace")


def test_html_keeps_the_article_and_drops_the_page_around_it(limits: Limits) -> None:
    extracted = extract_html(_page(), "ships.html", limits)
    for paragraph in PARAGRAPHS:
        assert paragraph in extracted.text
    for junk in ("Ferry operator", "All rights reserved", "Privacy policy", "Share on"):
        assert junk not in extracted.text
    assert extracted.cleaned is True
    assert extracted.media_type == "text/html"


def test_html_reads_title_author_date_site_and_url(limits: Limits) -> None:
    extracted = extract_html(_page(), "ships.html", limits)
    assert extracted.title and "Ships held for nine days" in extracted.title
    assert extracted.author == "Mara Lind"
    assert extracted.source == "The Elling Courier"
    assert extracted.published and extracted.published.startswith("2021-03-04")
    assert extracted.metadata["url"] == "https://courier.example/ships-held"


def test_html_lists_dropped_blocks_with_positions_in_the_text(limits: Limits) -> None:
    extracted = extract_html(_page(), "ships.html", limits)
    assert extracted.removed
    assert all(0 <= span.at <= len(extracted.text) for span in extracted.removed)
    dropped = "\n".join(span.text for span in extracted.removed)
    assert "Ferry operator posts record summer traffic" in dropped


def test_html_decodes_by_the_declared_charset(limits: Limits) -> None:
    extra = "<p>Der Hafenmeister sagte: «Wir prüfen jede Ladung, größere wie kleinere.»</p>"
    extracted = extract_html(_page("iso-8859-1", extra), "ships.html", limits)
    assert "größere" in extracted.text
    assert extracted.metadata["encoding"] == "cp1252"


def test_html_refuses_an_empty_file(limits: Limits) -> None:
    with pytest.raises(IngestError, match="empty file"):
        extract_html(b"  \n", "blank.html", limits)


def test_html_warns_when_the_page_has_no_text(limits: Limits) -> None:
    extracted = extract_html(
        b"<html><body><script>app()</script></body></html>", "app.html", limits
    )
    assert extracted.text == ""
    assert extracted.warnings


def test_html_keeps_the_text_of_a_page_too_short_for_trafilatura(limits: Limits) -> None:
    data = b"<html><body><p>The board met on Monday and approved the audit.</p></body></html>"
    assert extract_html(data, "note.html", limits).text == (
        "The board met on Monday and approved the audit."
    )
