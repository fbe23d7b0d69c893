"""`sourcebook quotes`: one statement quoted in several documents, and who it is pinned on."""

import json

import pytest
from typer.testing import CliRunner

from sourcebook.cli.app import app

runner = CliRunner()
STATEMENT = "These are groundless accusations built on a forged document"


@pytest.fixture
def built(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    texts = {
        "wire.txt": f"“{STATEMENT},” ministry spokesperson Teodor Lenz told reporters on Sunday.",
        "gazette.txt": f"“{STATEMENT},” Teodor Lenz said on Sunday, speaking for the ministry.",
        "courier.txt": f"“{STATEMENT},” Interior Minister Dana Okafor said on Monday.",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "corpus.db")
    result = runner.invoke(app, ["build", str(folder), "--db", db, "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


def test_quotes_one_statement_in_three_documents_is_flagged_when_speakers_differ(built):
    result = runner.invoke(app, ["quotes", "--db", built, "--json"])
    assert result.exit_code == 0, result.output
    (cluster,) = json.loads(result.output)
    assert len(cluster["documents"]) == 3
    assert cluster["speaker_name"] == "Teodor Lenz"  # two of three documents name him
    assert cluster["speakers_differ"] is True
    disputed = runner.invoke(app, ["quotes", "--db", built, "--disputed", "--json"])
    assert [c["id"] for c in json.loads(disputed.output)] == [cluster["id"]]


def test_quotes_by_speaker_and_unknown_speaker_error(built):
    by_okafor = runner.invoke(app, ["quotes", "--db", built, "--speaker", "Dana Okafor", "--json"])
    assert json.loads(by_okafor.output) == []
    unknown = runner.invoke(app, ["quotes", "--db", built, "--speaker", "Nobody Here"])
    assert unknown.exit_code != 0 and "no entity named" in str(unknown.exception)
