"""HTML pages: the article's text and what the page says about it, furniture already removed.

HTML is the one format where boilerplate can be told apart by structure, so it is removed here
(`cleaned=True`) rather than by the pasted-text cleaner the pipeline runs on plain text.
"""

from __future__ import annotations

from sourcebook.errors import IngestError
from sourcebook.ingest.clean.charset import decode_html
from sourcebook.ingest.clean.html import extract_page
from sourcebook.ingest.extracted import Extracted
from sourcebook.ingest.limits import Limits
from sourcebook.ingest.registry import register

EMPTY_HINT = "the file has no content; check the download or export that made it"
NO_TEXT = "no readable text found in the page (it may be built by JavaScript)"


@register("text/html", version=1)
def extract_html(data: bytes, name: str, limits: Limits) -> Extracted:
    """Decode by the page's declared charset, then take the main text and its metadata."""
    if not data.strip():
        raise IngestError(name, "empty file", EMPTY_HINT)
    page, encoding = decode_html(data)
    result = extract_page(page)
    metadata = {"encoding": encoding}
    if result.url:
        metadata["url"] = result.url
    if result.sitename:
        metadata["sitename"] = result.sitename
    return Extracted(
        text=result.text,
        media_type="text/html",
        title=result.title,
        author=result.author,
        source=result.sitename,
        published=result.published,
        removed=result.removed,
        metadata=metadata,
        warnings=[] if result.text.strip() else [NO_TEXT],
        cleaned=True,
    )
