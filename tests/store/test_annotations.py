"""Annotations in the SQLite store: round trip, replacement, and which documents need analysis."""

from dataclasses import fields

import pytest
from tests.store.helpers import make_doc, put

from sourcebook.records import (
    Annotations,
    Citation,
    Claim,
    Event,
    Mention,
    Precision,
    Quote,
    QuoteKind,
    Resolution,
)

TEXT = (
    '"We acted lawfully," Dana Okafor said on 3 March 2026, after 2,000 arrests, Reuters reported.'
)


def full(doc_id):
    return Annotations(
        document=doc_id,
        mentions=(
            Mention(
                doc_id, 20, 31, "Dana Okafor", "PERSON", "Dana Okafor", "Minister", ("奥卡福",)
            ),
            Mention(doc_id, 76, 83, "Reuters", "ORG", "Reuters"),
        ),
        quotes=(
            Quote(
                doc_id,
                1,
                18,
                "We acted lawfully",
                QuoteKind.DIRECT,
                "said",
                "Dana Okafor",
                20,
                31,
                parts=((1, 8), (9, 18)),
                relayed_by="Reuters",
            ),
        ),
        claims=(
            Claim(doc_id, 61, 66, "2,000", 2000.0, 2000.0, None, None, "arrests", 0, 94, None),
        ),
        events=(
            Event(
                doc_id,
                40,
                52,
                "3 March 2026",
                "2026-03-03",
                Precision.DAY,
                Resolution.ABSOLUTE,
                entities=("Dana Okafor",),
            ),
        ),
        citations=(Citation(doc_id, 76, 83, "Reuters", "reported"),),
    )


def test_store_round_trips_annotations_of_every_kind(store):
    put(store, make_doc("a", TEXT))
    store.put_annotations(full("a"), version=1)
    assert store.get_annotations("a") == full("a")


def test_store_replaces_a_documents_previous_annotations(store):
    put(store, make_doc("a", TEXT), make_doc("b", TEXT))
    store.put_annotations(full("a"), version=1)
    store.put_annotations(full("b"), version=1)
    fewer = Annotations("a", mentions=full("a").mentions[:1])
    with store.transaction():
        store.put_annotations(fewer, version=2)
    assert store.get_annotations("a") == fewer
    assert store.get_annotations("b") == full("b")


def test_store_lists_documents_not_analysed_at_the_current_version(store):
    put(store, make_doc("a", TEXT), make_doc("b", TEXT), make_doc("c", TEXT, duplicate_of="a"))
    assert store.documents_to_analyze(1) == ["a", "b"]
    store.put_annotations(full("a"), version=1)
    assert store.documents_to_analyze(1) == ["b"]
    assert store.documents_to_analyze(2) == ["a", "b"]


def test_store_drops_annotations_when_a_document_is_read_again(store):
    put(store, make_doc("a", TEXT))
    store.put_annotations(full("a"), version=1)
    put(store, make_doc("a", TEXT + " Updated."))
    assert store.get_annotations("a") == Annotations("a")
    assert store.documents_to_analyze(1) == ["a"]


@pytest.mark.parametrize(
    ("table", "record"),
    [("mentions", Mention), ("quotes", Quote), ("claims", Claim), ("events", Event)]
    + [("citations", Citation)],
)
def test_store_has_a_column_for_every_field_of_each_record(store, table, record):
    columns = {row[1] for row in store.db.execute(f"PRAGMA table_info({table})")}
    assert {field.name for field in fields(record)} <= columns
