"""The published JSON Schema accepts a real export and rejects a broken contract."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.export.sample import sample_export

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "reference" / "export.schema.json"


def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _errors(data: dict[str, Any]) -> list[str]:
    return [error.message for error in _validator().iter_errors(data)]


def test_schema_accepts_the_sample_export():
    assert _errors(sample_export()) == []


def test_schema_sample_spans_are_true_offsets():
    data = sample_export()
    texts = {doc["id"]: doc["text"] for doc in data["documents"]}
    records = [r for table in ("mentions", "quotes", "claims") for r in data[table]]
    records += [s for item in data["contested"] for s in item["statements"]]
    for record in records:
        assert texts[record["document"]][record["start"] : record["end"]] == record["text"]


@pytest.mark.parametrize(
    ("table", "field"),
    [
        ("documents", "text"),
        ("mentions", "entity"),
        ("quotes", "speaker_entity"),
        ("claims", "value_low"),
        ("claim_clusters", "independent_sources"),
        ("events", "precision"),
        ("citations", "cited"),
    ],
)
def test_schema_rejects_a_missing_required_field(table: str, field: str):
    data = copy.deepcopy(sample_export())
    del data[table][0][field]
    assert any(repr(field) in message for message in _errors(data))


def test_schema_rejects_a_missing_table():
    data = sample_export()
    del data["screening"]
    assert _errors(data)


@pytest.mark.parametrize(
    ("table", "field", "value"),
    [
        ("claim_clusters", "verdict", "disagree"),
        ("quotes", "kind", "paraphrase"),
        ("events", "precision", "week"),
        ("events", "date", "8 March 2026"),
        ("contested", "kind", "rumour"),
        ("mentions", "start", -1),
    ],
)
def test_schema_rejects_a_value_outside_the_contract(table: str, field: str, value: Any):
    data = copy.deepcopy(sample_export())
    data[table][0][field] = value
    assert _errors(data)


def test_schema_allows_extras_and_nulls_where_the_contract_does():
    data = copy.deepcopy(sample_export())
    data["documents"][0]["new_field"] = {"anything": True}
    data["documents"][0].update(title=None, source=None, published=None, language=None)
    data["quotes"][0].update(speaker=None, speaker_entity=None, cluster=None)
    assert _errors(data) == []
