"""The command line as a user meets it: build, search, show, status, and errors without tracebacks."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from sourcebook.cli.app import app

runner = CliRunner()


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "times.txt").write_text(
        "Hundreds held at port\n\nSkip to content\n\nAt least 200 protesters were detained at the port "
        "on Saturday, police said. The interior minister defended the operation.\n\n"
        "Subscribe to our newsletter for daily updates.",
        encoding="utf-8",
    )
    (folder / "statement.txt").write_text(
        "港口聲明\n\n梁宏偉說：港口合同已經簽署，一切合法。", encoding="utf-8"
    )
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    return folder


@pytest.fixture
def built(tmp_path, corpus):
    db = str(tmp_path / "corpus.db")
    result = runner.invoke(app, ["build", str(corpus), "--db", db, "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db, result.output


def test_cli_build_prints_a_summary_with_each_failure_and_its_reason(built, corpus):
    _, output = built
    for label in ("ingested", "duplicates", "unchanged", "skipped", "failed"):
        assert label in output
    assert f"failed {corpus / 'broken.pdf'}" in " ".join(output.split())


def test_cli_search_shows_title_and_highlighted_passage(built):
    db, _ = built
    result = runner.invoke(app, ["search", "detained", "--db", db])
    assert result.exit_code == 0
    assert "Hundreds held at port" in result.output
    assert "protesters were detained" in " ".join(result.output.split())


def test_cli_search_finds_traditional_text_with_a_simplified_query(built):
    db, _ = built
    result = runner.invoke(app, ["search", "梁宏伟", "--db", db, "--json"])
    [hit] = json.loads(result.output)
    assert hit["text"][hit["highlights"][0][0] : hit["highlights"][0][1]] == "梁宏偉"


def test_cli_search_json_is_machine_readable_and_filters_by_language(built):
    db, _ = built
    result = runner.invoke(
        app, ["search", "port OR 港口", "--db", db, "--json", "--language", "en"]
    )
    hits = json.loads(result.output)
    assert hits and all(hit["path"].endswith("times.txt") for hit in hits)


def test_cli_search_rejects_a_malformed_date(built):
    db, _ = built
    result = runner.invoke(app, ["search", "port", "--db", db, "--after", "March"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_cli_show_prints_clean_text_and_what_cleaning_removed(built):
    db, _ = built
    plain = runner.invoke(app, ["show", "times.txt", "--db", db])
    assert plain.exit_code == 0
    assert "At least 200 protesters" in plain.output
    assert "Subscribe to our newsletter" not in plain.output
    removed = runner.invoke(app, ["show", "times.txt", "--db", db, "--removed"])
    assert "Subscribe to our newsletter" in removed.output
    assert "[removed:" in removed.output


def test_cli_build_reports_analysed_documents(built):
    _, output = built
    assert "analysed" in output and "2 analysed in" in output


def test_cli_build_no_analyze_skips_analysis_until_a_later_build(tmp_path, corpus):
    db = str(tmp_path / "plain.db")
    args = ["build", str(corpus), "--db", db, "--workers", "1", "--json"]
    assert json.loads(runner.invoke(app, [*args, "--no-analyze"]).output)["analysed"] == 0
    assert json.loads(runner.invoke(app, args).output)["analysed"] == 2


def test_cli_show_json_lists_what_analysis_found(built):
    db, _ = built
    record = json.loads(runner.invoke(app, ["show", "times.txt", "--db", db, "--json"]).output)
    for kind in ("mentions", "quotes", "claims", "events", "citations"):
        assert isinstance(record[kind], list), kind
    [claim] = [c for c in record["claims"] if c["value_low"] == 200]
    assert record["text"][claim["start"] : claim["end"]] == claim["text"]
    assert claim["qualifier"] == "at least"
    assert any(event["text"] == "Saturday" for event in record["events"])
    assert record["quotes"] and record["quotes"][0]["cue"] == "said"


def test_cli_show_marks_findings_with_a_legend_under_the_text(built):
    db, _ = built
    result = runner.invoke(app, ["show", "times.txt", "--db", db, "--removed"])
    assert "marked: mentions" in result.output and "claims (" in result.output


def test_cli_status_counts_documents_and_lists_failures(built):
    db, _ = built
    result = runner.invoke(app, ["status", "--db", db, "--json"])
    counts = json.loads(result.output)
    assert counts["documents"] == 2
    assert [failure["path"].rsplit("/", 1)[-1] for failure in counts["failed_files"]] == [
        "broken.pdf"
    ]


def test_cli_reports_errors_in_one_line_without_a_traceback(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sourcebook",
            "search",
            "port",
            "--db",
            str(tmp_path / "missing.db"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "error: no corpus at" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["build", "search", "show", "status", "demo"])
def test_cli_help_teaches_with_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
