"""The demo corpus built end to end, then read back through every interface of issue 6:
`claims`, `timeline`, `conflicts`, `export` in each format and `report`."""

import csv
import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from sourcebook.cli.app import app
from sourcebook.errors import SourcebookError

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    location = str(tmp_path_factory.mktemp("findings") / "demo.db")
    result = runner.invoke(app, ["build", str(ROOT / "examples" / "corpus"), "--db", location])
    assert result.exit_code == 0, result.output
    return location


def run_json(*args):
    result = runner.invoke(app, [*args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # what a program reads; notes go to stderr


@pytest.fixture(scope="module")
def exported(db, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "demo.json"
    result = runner.invoke(app, ["export", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_export_of_the_demo_is_valid_against_the_contracts_schema(exported):
    schema = json.loads((ROOT / "docs" / "reference" / "export.schema.json").read_text())
    jsonschema.validate(exported, schema)
    assert exported["schema_version"] == 1
    assert all(exported[table] for table in ("entities", "quotes", "claims", "claim_clusters"))


def test_export_every_record_points_at_the_passage_that_supports_it(exported):
    texts = {doc["id"]: doc["text"] for doc in exported["documents"]}
    for table in ("mentions", "claims", "citations", "events"):
        for record in exported[table]:
            assert texts[record["document"]][record["start"] : record["end"]] == record["text"]
    ids = {c["id"] for c in exported["claims"]}
    for cluster in exported["claim_clusters"]:
        assert set(cluster["members"]) <= ids and cluster["sources"]


def test_claims_the_contract_value_conflicts_and_the_detention_counts_fit_together(db):
    found = {c["label"]: c for c in run_json("claims", "--db", db, "--json")}
    contract = next(c for label, c in found.items() if label.startswith("contract"))
    assert contract["verdict"] == "conflict"
    assert {c["value_low"] for c in contract["claims"]} == {1.4e9, 1.1e9}
    detained = found["people detained"]
    assert detained["verdict"] == "compatible" and len(detained["sources"]) == 5
    assert detained["independent_sources"] < len(detained["sources"])  # copies count once
    conflicts = run_json("conflicts", "--db", db, "--json")
    assert contract["id"] in {c["id"] for c in conflicts["figures"]}


def test_timeline_of_one_person_is_in_date_order(db):
    events = run_json("timeline", "--entity", "Samuel Okafor", "--db", db, "--json")
    dates = [e["date"] for e in events]
    assert dates and dates == sorted(dates)
    assert any(e["date"] == "2026-02-27" for e in events)  # relieved of his duties


def test_export_csv_ftm_and_timelinejs_keep_each_records_span(db, tmp_path):
    assert (
        runner.invoke(
            app, ["export", str(tmp_path / "csv"), "--format", "csv", "--db", db]
        ).exit_code
        == 0
    )
    with open(tmp_path / "csv" / "claims.csv", encoding="utf-8") as rows:
        claims = list(csv.DictReader(rows))
    assert claims and {"document", "start", "end"} <= set(claims[0])
    ftm = tmp_path / "demo.ftm.json"
    assert runner.invoke(app, ["export", str(ftm), "--format", "ftm", "--db", db]).exit_code == 0
    entities = [json.loads(line) for line in ftm.read_text(encoding="utf-8").splitlines()]
    assert {"Document", "Person", "Organization", "Documentation"} <= {
        e["schema"] for e in entities
    }
    timeline = tmp_path / "timeline.json"
    assert (
        runner.invoke(
            app, ["export", str(timeline), "--format", "timelinejs", "--db", db]
        ).exit_code
        == 0
    )
    slides = json.loads(timeline.read_text(encoding="utf-8"))["events"]
    assert slides and all("year" in s["start_date"] for s in slides)


def test_report_cites_a_document_and_span_for_the_figures(db, tmp_path):
    for name in ("facts.md", "facts.html"):
        result = runner.invoke(app, ["report", str(tmp_path / name), "--db", db])
        assert result.exit_code == 0, result.output
    markdown = (tmp_path / "facts.md").read_text(encoding="utf-8")
    assert "conflict" in markdown and "chars" in markdown
    assert "<script" not in (tmp_path / "facts.html").read_text(encoding="utf-8")
    wrong = runner.invoke(app, ["report", str(tmp_path / "facts.pdf"), "--db", db])
    assert isinstance(wrong.exception, SourcebookError) and "facts.pdf" in str(wrong.exception)
    assert not (tmp_path / "facts.pdf").exists()


def test_screen_finds_the_listed_company_and_person_and_not_their_look_alikes(db):
    answer = run_json("screen", str(ROOT / "examples" / "watchlist.csv"), "--db", db, "--json")
    found = list(answer["responses"].values())  # yente's /match shape: one response per query
    listed = {
        (q["query"]["properties"]["name"][0], r["reference"])
        for q in found
        for r in q["results"]
        if r["match"]
    }
    gold = json.loads((ROOT / "examples" / "gold" / "screening.json").read_text(encoding="utf-8"))
    assert {m["watchlist_reference"] for m in gold["matches"]} == {ref for _, ref in listed}
    anything = {r["reference"] for q in found for r in q["results"]}
    assert not anything & {m["watchlist_reference"] for m in gold["non_matches"]}
    assert all(r["explanations"] and r["features"] for q in found for r in q["results"])
    assert all(q["total"]["value"] == len(q["results"]) for q in found)


def test_screening_results_reach_the_export_and_the_report(db, tmp_path):
    result = runner.invoke(app, ["screen", str(ROOT / "examples" / "watchlist.csv"), "--db", db])
    assert result.exit_code == 0, result.output
    out = tmp_path / "demo.json"
    assert runner.invoke(app, ["export", str(out), "--db", db]).exit_code == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "docs" / "reference" / "export.schema.json").read_text())
    jsonschema.validate(exported, schema)
    names = {e["id"]: e["name"] for e in exported["entities"]}
    assert {names[s["entity"]] for s in exported["screening"] if s["match"]} == {
        "Brackwater Advisory Ltd",
        "Tomas Renko",
    }
    report = tmp_path / "facts.md"
    assert runner.invoke(app, ["report", str(report), "--db", db]).exit_code == 0
    assert "FCSL-IND-0377" in report.read_text(
        encoding="utf-8"
    ) or "Tomas Renko" in report.read_text(encoding="utf-8")


def test_a_dismissed_match_stays_dismissed_through_a_new_screen(db, tmp_path):
    watchlist = str(ROOT / "examples" / "watchlist.csv")
    assert runner.invoke(app, ["screen", watchlist, "--db", db]).exit_code == 0
    result = runner.invoke(app, ["matches", "dismiss", "Tomas Renko", "FCSL-IND-0377", "--db", db])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["screen", watchlist, "--db", db]).exit_code == 0
    decided = {r["entry_id"]: r["decision"] for r in run_json("matches", "--db", db, "--json")}
    assert decided["FCSL-IND-0377"] == "dismissed" and decided["FCSL-ENT-0142"] is None
    report = tmp_path / "facts.md"
    assert runner.invoke(app, ["report", str(report), "--db", db]).exit_code == 0
    matches = report.read_text(encoding="utf-8").split("## Screening matches", 1)[1]
    assert "Tomas Renko" not in matches.split("## ", 1)[0]
    assert (
        runner.invoke(
            app, ["matches", "confirm", "Tomas Renko", "FCSL-IND-0377", "--db", db]
        ).exit_code
        == 0
    )
