"""`sourcebook screen`: lists read together, a bad one reported, the rest screened."""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sourcebook.cli.app import app

runner = CliRunner()
DATA = Path(__file__).resolve().parents[1] / "screen" / "data"


@pytest.fixture
def built(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "memo.txt").write_text(
        "The payment was approved by Tomas Renko. Brackwater Advisory Ltd received the fee, "
        "and Thomas Renkov, a namesake, was not involved.",
        encoding="utf-8",
    )
    db = str(tmp_path / "corpus.db")
    result = runner.invoke(app, ["build", str(folder), "--db", db, "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


def screen(db: str, *lists: Path) -> tuple[dict, str]:
    result = runner.invoke(app, ["screen", *map(str, lists), "--db", db, "--json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout), result.stderr


def test_screen_reads_every_list_and_reports_a_broken_one_without_stopping(built, tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_text("this is not a list\n", encoding="utf-8")
    answer, said = screen(built, broken, DATA / "watchlist.csv")
    assert "broken.txt: not a list layout sourcebook knows" in said.replace("\n", " ")
    found = {
        (q["query"]["properties"]["name"][0], r["caption"])
        for q in answer["responses"].values()
        for r in q["results"]
    }
    assert ("Brackwater Advisory Ltd", "Brackwater Advisory Limited") in found  # screened


def test_screen_joins_ofac_alt_csv_to_the_sdn_csv_given_with_it(built, tmp_path):
    shutil.copy(DATA / "sdn.csv", tmp_path / "sdn.csv")
    alt = tmp_path / "alt.csv"
    alt.write_text('101,9001,"aka","RENKO, Thomas","-0-"\n', encoding="utf-8")
    answer, said = screen(built, tmp_path / "sdn.csv", alt)
    assert "aliases from" in said and "alt.csv" in said
    assert "not read" not in said
    renko = [
        r
        for q in answer["responses"].values()
        for r in q["results"]
        if r["caption"] == "RENKO, Tomas"
    ]
    assert renko and "RENKO, Thomas" in renko[0]["properties"]["alias"]  # alt.csv's alias


def test_screen_answers_in_yentes_match_shape(built):
    answer, _ = screen(built, DATA / "watchlist.csv")
    assert set(answer) == {"responses", "matcher", "limit"}
    assert answer["responses"]
    for query_id, response in answer["responses"].items():
        assert response["query"]["id"] == query_id
        for result in response["results"]:
            assert {"id", "caption", "schema", "score", "match", "features", "explanations"} <= set(
                result
            )
            assert all(0 < score <= 1 for score in result["features"].values())
