"""Writing a report picks the format from the file's suffix and refuses one it cannot tell."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcebook.errors import SourcebookError
from sourcebook.report.write import write_report
from tests.report.sample import SAMPLE


@pytest.mark.parametrize(
    ("name", "opening"),
    [("out.md", "# Fact sheet"), ("out.markdown", "# Fact sheet"), ("out.html", "<!DOCTYPE html>"),
     ("OUT.HTM", "<!DOCTYPE html>")],
)  # fmt: skip
def test_write_report_chooses_the_format_by_suffix(tmp_path: Path, name: str, opening: str) -> None:
    write_report(SAMPLE, tmp_path / name)
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(opening)


@pytest.mark.parametrize("name", ["out.pdf", "out"])
def test_write_report_unknown_suffix_raises_and_writes_nothing(tmp_path: Path, name: str) -> None:
    with pytest.raises(SourcebookError, match=r"name the file \.md or \.markdown"):
        write_report(SAMPLE, tmp_path / name)
    assert not (tmp_path / name).exists()
