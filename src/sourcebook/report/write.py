"""Write a fact sheet to a file, choosing the format from its suffix as `sourcebook report` does."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from sourcebook.errors import SourcebookError
from sourcebook.report.html import render_html
from sourcebook.report.markdown import render_markdown

RENDERERS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    ".md": render_markdown,
    ".markdown": render_markdown,
    ".html": render_html,
    ".htm": render_html,
}


def write_report(data: Mapping[str, Any], path: Path) -> None:
    """Render `data` (the JSON export) as Markdown or HTML, by the suffix of `path`."""
    render = RENDERERS.get(path.suffix.lower())
    if render is None:
        raise SourcebookError(
            f"{path}: cannot tell the report format from the suffix {path.suffix or '(none)'!r}",
            "name the file .md or .markdown for Markdown, .html or .htm for HTML",
        )
    path.write_text(render(data), encoding="utf-8")
