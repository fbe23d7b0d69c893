from __future__ import annotations

from pathlib import Path

import pytest
from tests.fixtures import factory

from sourcebook.errors import IngestError
from sourcebook.ingest.extractors.text import extract_text
from sourcebook.ingest.limits import Limits

STORY = "The shipment left Rotterdam on 3 March 2021.\nThe port manager, Zhang Wei, confirmed it.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1252", "gb18030"])
def test_text_reads_file_in_any_common_encoding(
    tmp_path: Path, limits: Limits, encoding: str
) -> None:
    text = STORY + ("张伟确认了。" if encoding in ("utf-8", "utf-16", "gb18030") else "Café.")
    data = factory.text_file(tmp_path / "story.txt", text, encoding).read_bytes()
    extracted = extract_text(data, "story.txt", limits)
    assert extracted.text == text
    assert extracted.media_type == "text/plain"
    assert extracted.metadata["encoding"]


def test_text_takes_markdown_title_from_first_heading(limits: Limits) -> None:
    data = b"Intro line\n\n# Port records leak \n\nBody text.\n\n# Second\n"
    extracted = extract_text(data, "notes/leak.md", limits)
    assert extracted.media_type == "text/markdown"
    assert extracted.title == "Port records leak"
    assert extracted.text.startswith("Intro line")


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n"])
def test_text_reports_empty_file(limits: Limits, data: bytes) -> None:
    with pytest.raises(IngestError, match="empty file") as info:
        extract_text(data, "box/empty.txt", limits)
    assert info.value.path == "box/empty.txt"


def test_text_refuses_binary_garbage_named_txt(limits: Limits) -> None:
    garbage = bytes(range(256)) * 40
    with pytest.raises(IngestError, match="binary data"):
        extract_text(garbage, "garbage.txt", limits)
