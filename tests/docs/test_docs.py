"""Docs that cannot drift: the CLI reference is generated, and every command is in it."""

from pathlib import Path

from sourcebook.cli.reference import render

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_docs_cli_reference_matches_the_commands():
    committed = (DOCS / "reference" / "cli.md").read_text(encoding="utf-8")
    assert committed == render(), (
        "regenerate: python -m sourcebook.cli.reference > docs/reference/cli.md"
    )


def test_docs_every_page_linked_from_the_readme_exists():
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    import re

    for target in re.findall(r"\]\((docs/[^)]+)\)", readme):
        assert (DOCS.parent / target).is_file(), target


def test_docs_records_reference_matches_the_records():
    from sourcebook.cli.records_reference import render as render_records

    committed = (DOCS / "reference" / "records.md").read_text(encoding="utf-8")
    assert committed == render_records(), (
        "regenerate: python -m sourcebook.cli.records_reference > docs/reference/records.md"
    )
