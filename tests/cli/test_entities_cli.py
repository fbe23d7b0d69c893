"""`sourcebook entities`: one row per person or body across documents, and decisions that last."""

import json

import pytest
from typer.testing import CliRunner

from sourcebook.cli.app import app

runner = CliRunner()


@pytest.fixture
def built(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "harbour.txt").write_text(
        "Interior Minister Dana Okafor defended the arrests on Monday. Okafor said the police "
        "acted lawfully. Liang Hongwei (梁宏偉) signed the contract for the Cassin Port "
        "Authority (CPA). The CPA paid Brackwater Advisory Ltd a fee.",
        encoding="utf-8",
    )
    (folder / "ledger.txt").write_text(
        "Dana Okafor denied the report on Tuesday. Samuel Okafor, the former port chief, said "
        "he was forced out. Brackwater Advisory declined to comment.",
        encoding="utf-8",
    )
    db = str(tmp_path / "corpus.db")
    result = runner.invoke(app, ["build", str(folder), "--db", db, "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db, folder


def entities(db: str, *args: str) -> list[dict]:
    result = runner.invoke(app, ["entities", "--db", db, "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_entities_joins_one_persons_names_across_documents(built):
    db, _ = built
    people = {e["name"]: e for e in entities(db, "--type", "PERSON")}
    assert len(people["Dana Okafor"]["documents"]) == 2
    assert "Samuel Okafor" in people  # a shared family name is not one person
    assert "梁宏偉" in people["Liang Hongwei"]["aliases"]
    (authority,) = entities(db, "--name", "Cassin Port")
    assert "CPA" in authority["aliases"]
    (firm,) = entities(db, "--name", "Brackwater")
    assert len(firm["documents"]) == 2  # with and without its legal form


def test_entities_merge_is_kept_by_later_builds(built):
    db, folder = built
    result = runner.invoke(app, ["entities", "merge", "Samuel Okafor", "Dana Okafor", "--db", db])
    assert result.exit_code == 0, result.output
    rebuilt = runner.invoke(app, ["build", str(folder), "--db", db, "--workers", "1"])
    assert rebuilt.exit_code == 0, rebuilt.output
    (okafor,) = [
        e for e in entities(db, "--type", "PERSON") if "Samuel Okafor" in (e["name"], *e["aliases"])
    ]
    assert "Dana Okafor" in (okafor["name"], *okafor["aliases"])
    assert any("merged by hand" in line for line in okafor["evidence"])


def test_entities_split_keeps_two_names_apart(built):
    db, _ = built
    result = runner.invoke(app, ["entities", "split", "梁宏偉", "Liang Hongwei", "--db", db])
    assert result.exit_code == 0, result.output
    names = {e["name"] for e in entities(db, "--type", "PERSON")}
    assert {"梁宏偉", "Liang Hongwei"} <= names


def test_entities_unknown_name_is_a_one_line_error(built):
    db, _ = built
    result = runner.invoke(app, ["entities", "merge", "Nobody Here", "Dana Okafor", "--db", db])
    assert result.exit_code != 0
    assert "no entity named" in str(result.exception)


def test_entities_help_teaches_with_an_example():
    result = runner.invoke(app, ["entities", "--help"])
    assert result.exit_code == 0 and "Example: sourcebook entities" in result.output
