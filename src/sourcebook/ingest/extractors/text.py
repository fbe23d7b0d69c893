"""Plain text and Markdown, kept as written.

Boilerplate pasted along with an article is cleaned later by the pipeline, the same way for
every format. An empty file is refused here with "empty file": it is almost always a failed
export or copy, and a document with no text would only hide that from the user.
"""

from __future__ import annotations

import re

from sourcebook.errors import IngestError
from sourcebook.ingest.decode import decode_text
from sourcebook.ingest.extracted import Extracted
from sourcebook.ingest.limits import Limits
from sourcebook.ingest.registry import register

EMPTY_HINT = "the file has no text; check the export or copy that made it"
_HEADING = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)


@register("text/plain", "text/markdown", version=1)
def extract_text(data: bytes, name: str, limits: Limits) -> Extracted:
    """Decode the bytes; a Markdown file's first top-level heading is its title."""
    if not data:
        raise IngestError(name, "empty file", EMPTY_HINT)
    text, encoding = decode_text(data, name)
    if not text.strip():
        raise IngestError(name, "empty file (only whitespace)", EMPTY_HINT)
    markdown = name.lower().endswith((".md", ".markdown"))
    heading = _HEADING.search(text) if markdown else None
    return Extracted(
        text=text,
        media_type="text/markdown" if markdown else "text/plain",
        title=heading.group(1) if heading else None,
        metadata={"encoding": encoding},
    )
