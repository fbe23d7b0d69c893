"""FollowTheMoney export: entities Aleph can load, each link carrying its passages."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sourcebook.export.ftm import ftm_entities, ftm_id, write_ftm
from tests.export.sample import sample_export


def _by_schema(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for entity in ftm_entities(data):
        grouped.setdefault(entity["schema"], []).append(entity)
    return grouped


def test_ftm_every_property_is_a_list_of_strings():
    for entity in ftm_entities(sample_export()):
        assert set(entity) == {"id", "schema", "properties"}
        for values in entity["properties"].values():
            assert values and all(isinstance(v, str) and v for v in values)


def test_ftm_maps_types_to_schemata_and_leaves_out_the_rest():
    grouped = _by_schema(sample_export())
    names = {
        schema: sorted(e["properties"]["name"][0] for e in items)
        for schema, items in grouped.items()
        if schema != "Documentation"
    }
    assert names == {
        "Document": ["Containers seized at Velmora", "Velmora seizure: what we know"],
        "Person": ["Marta Rensky"],
        "Organization": ["Reuters", "Velmora Port Authority"],
        "Address": ["Velmora"],
    }
    assert grouped["Address"][0]["properties"]["full"] == ["Velmora"]
    assert all("Velmora Customs Act" not in str(e) for e in ftm_entities(sample_export()))


def test_ftm_document_carries_its_metadata():
    doc = _by_schema(sample_export())["Document"][0]["properties"]
    assert doc["title"] == ["Containers seized at Velmora"]
    assert doc["fileName"] == ["gazette-0309.html"]
    assert doc["publishedAt"] == ["2026-03-09"]
    assert doc["author"] == ["Ines Kolar"]


def test_ftm_every_documentation_links_existing_ids():
    entities = list(ftm_entities(sample_export()))
    ids = {e["id"]: e["schema"] for e in entities}
    links = [e for e in entities if e["schema"] == "Documentation"]
    assert len(links) == 7  # Rensky, the authority and Velmora in both documents; Reuters in one
    for link in links:
        assert ids[link["properties"]["document"][0]] == "Document"
        assert ids[link["properties"]["entity"][0]] in {"Person", "Organization", "Address"}


def test_ftm_documentation_passages_round_trip_to_the_text():
    data = sample_export()
    text = data["documents"][0]["text"]
    rensky = ftm_id("ent", "ent-rensky")
    link = next(
        e
        for e in ftm_entities(data)
        if e["properties"].get("entity") == [rensky]
        and e["properties"]["document"] == [ftm_id("doc", "d1")]
    )
    lines = link["properties"]["description"][0].splitlines()
    assert len(lines) == 2
    for line in lines:
        start, end, quoted = re.fullmatch(r"chars (\d+)-(\d+): «(.*)»", line).groups()
        assert text[int(start) : int(end)] == quoted
        assert quoted in {"Marta Rensky", "Rensky"}


def test_ftm_ids_are_stable_and_distinct():
    first = [e["id"] for e in ftm_entities(sample_export())]
    assert first == [e["id"] for e in ftm_entities(sample_export())]
    assert len(set(first)) == len(first)
    assert all(i.startswith("sb-") for i in first)
    assert ftm_id("doc", "x") != ftm_id("ent", "x")


def test_ftm_write_is_one_entity_per_line(tmp_path: Path):
    path = tmp_path / "out.ftm.json"
    count = write_ftm(sample_export(), path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert count == len(lines) == len(list(ftm_entities(sample_export())))
    assert json.loads(lines[0])["schema"] == "Document"
