"""Word documents (.docx) read with python-docx.

Paragraphs and tables are read in the order they stand in the body, because in contracts and
memos a table row often completes the sentence before it. Table cells become tab-separated
lines; headers and footers are page chrome and are left out.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
from docx.document import Document as WordDocument
from docx.opc.exceptions import OpcError
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

from sourcebook.errors import IngestError
from sourcebook.ingest.extracted import Extracted
from sourcebook.ingest.extractors.archive import check_expansion
from sourcebook.ingest.limits import Limits
from sourcebook.ingest.registry import register

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@register(MEDIA_TYPE, version=1)
def extract_docx(data: bytes, name: str, limits: Limits) -> Extracted:
    """Body text, one block per paragraph or table row, with the core properties."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            for info in package.infolist():  # a .docx is a zip: no bombs through this door
                check_expansion(info, limits, name)
        document = docx.Document(io.BytesIO(data))
        blocks = [block for block in _blocks(document) if block.strip()]
        props = document.core_properties
        title, author, created = props.title, props.author, props.created
    except (zipfile.BadZipFile, OpcError, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise IngestError(
            name, f"not a readable .docx ({exc})", "check it opens in a word processor"
        ) from exc
    metadata = {}
    if props.last_modified_by:
        metadata["last_modified_by"] = props.last_modified_by
    if props.modified:
        metadata["modified"] = props.modified.date().isoformat()
    return Extracted(
        text="\n\n".join(blocks),
        media_type=MEDIA_TYPE,
        title=title or None,
        author=author or None,
        published=created.date().isoformat() if created else None,
        metadata=metadata,
    )


def _blocks(container: WordDocument | _Cell) -> Iterator[str]:
    for item in container.iter_inner_content():
        if isinstance(item, Paragraph):
            yield item.text
        elif isinstance(item, Table):
            yield "\n".join(_rows(item))


def _rows(table: Table) -> Iterator[str]:
    """Each row as tab-separated cells; a merged cell is read once, nested tables inline."""
    for row in table.rows:
        seen: set[int] = set()
        cells: list[str] = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(b for b in _blocks(cell) if b.strip()))
        yield "\t".join(cells)
