"""Entities in the store: replaced whole, mentions pointed at them, decisions kept, and a
corpus from before entities existed upgraded in place."""

import sqlite3

from tests.store.helpers import make_doc, put

from sourcebook.records import (
    Annotations,
    Claim,
    ClaimCluster,
    Decision,
    DecisionKind,
    Entity,
    Mention,
    Quote,
    QuoteCluster,
    QuoteKind,
)
from sourcebook.store import open_store

OKAFOR = Entity("e1", "Dana Okafor", "PERSON", ("Okafor",), ("a",), 2, ("Okafor: the only one",))


def annotate(store, doc_id: str, *names: tuple[str, str]) -> None:
    mentions = tuple(
        Mention(doc_id, i, i + 1, text, "PERSON", name) for i, (text, name) in enumerate(names)
    )
    store.put_annotations(Annotations(doc_id, mentions=mentions), version=1)


def test_entities_replace_points_mentions_and_keeps_decisions(store):
    put(store, make_doc("a", "Dana Okafor spoke. Okafor left."))
    annotate(store, "a", ("Dana Okafor", "Dana Okafor"), ("Okafor", "Dana Okafor"))
    store.add_decision(Decision(DecisionKind.SPLIT, "Li Wei", "Wei Li"))
    store.replace_entities([OKAFOR], [("e1", "PERSON", "Dana Okafor")])
    assert {m.entity for m in store.mentions()} == {"e1"}
    assert store.entity("okafor") == OKAFOR  # an alias, any case
    assert store.entities(kind="person", name="Dana") == [OKAFOR]
    store.replace_entities([], [])
    assert store.entities() == [] and {m.entity for m in store.mentions()} == {None}
    assert store.decisions() == [Decision(DecisionKind.SPLIT, "Li Wei", "Wei Li")]


def test_entities_a_corpus_built_before_entities_is_upgraded_in_place(tmp_path):
    location = tmp_path / "old.db"
    store = open_store(location)
    put(store, make_doc("a", "Dana Okafor spoke."))
    annotate(store, "a", ("Dana Okafor", "Dana Okafor"))
    store.close()
    with sqlite3.connect(location) as db:  # as schema 2 left it
        db.executescript(
            "DROP TABLE entities; DROP TABLE entity_decisions; DROP INDEX mentions_entity;"
            "DROP TABLE quote_clusters; DROP INDEX quotes_cluster;"
            "ALTER TABLE quotes DROP COLUMN cluster;"
            "DROP TABLE claim_cluster_members; DROP TABLE claim_clusters;"
            "DROP INDEX claims_cluster; ALTER TABLE claims DROP COLUMN cluster;"
            "DROP TABLE contests; DROP INDEX mentions_label_name; DROP TABLE screening;"
            "DROP TABLE screening_decisions;"
            "UPDATE meta SET value = '2' WHERE key = 'schema_version';"
        )
    store = open_store(location)
    assert [m.name for m in store.mentions()] == ["Dana Okafor"]
    store.replace_entities([OKAFOR], [("e1", "PERSON", "Dana Okafor")])
    assert store.entity("e1") == OKAFOR
    assert store.quote_clusters() == []
    assert store.claim_clusters() == []
    store.close()


def test_quote_clusters_replace_and_select_with_their_speaker(store):
    put(store, make_doc("a", "“We will rebuild,” Dana Okafor said."))
    put(store, make_doc("b", "“We will rebuild,” said Dana Okafor."))
    for doc_id in ("a", "b"):
        store.put_annotations(
            Annotations(
                doc_id,
                mentions=(Mention(doc_id, 18, 29, "Dana Okafor", "PERSON", "Dana Okafor"),),
                quotes=(
                    Quote(
                        doc_id,
                        1,
                        15,
                        "We will rebuild",
                        QuoteKind.DIRECT,
                        "said",
                        "Dana Okafor",
                        18,
                        29,
                    ),
                ),
            ),
            version=1,
        )
    store.replace_entities([OKAFOR], [("e1", "PERSON", "Dana Okafor")])
    rows = list(store.quotes_to_cluster())
    assert [(doc, text, who) for _, doc, text, who, _ in rows] == [
        ("a", "We will rebuild", "e1"),
        ("b", "We will rebuild", "e1"),
    ]
    cluster = QuoteCluster(
        "q1", tuple(r[0] for r in rows), "e1", False, ("a", "b"), "We will rebuild"
    )
    store.replace_quote_clusters([cluster])
    assert store.quote_clusters(speaker="e1") == [cluster]
    assert store.quote_clusters(differ=True) == []


def test_claim_clusters_point_claims_at_their_fact_and_keep_comparisons(store):
    put(store, make_doc("a", "At least 200 were detained and 40 injured."))
    store.put_annotations(
        Annotations(
            "a",
            claims=(
                Claim("a", 0, 12, "At least 200", 200, None, qualifier="at least"),
                Claim("a", 30, 32, "40", 40, 40),
            ),
        ),
        1,
    )
    (detained, injured) = [i for i, _ in store.numbered("claims")]
    fact = ClaimCluster("cc-1", "detained", "single", "one source", (detained,), ("a",), 1)
    other = ClaimCluster("cc-2", "injured", "single", "one source", (injured,), ("a",), 1)
    comparison = ClaimCluster(
        "cm-1", "detained vs injured", "differing-measure", "counts differ",
        (detained, injured), ("a",), 1, primary=False,
    )  # fmt: skip
    store.replace_claim_clusters([fact, other, comparison])
    assert [c.cluster for c in store.get_annotations("a").claims] == ["cc-1", "cc-2"]
    assert store.claim_clusters(verdict="differing-measure") == [comparison]
    assert [c.id for c in store.claim_clusters()] == ["cc-1", "cc-2", "cm-1"]
    store.replace_claim_clusters([])
    assert store.claim_clusters() == []
    assert [c.cluster for c in store.get_annotations("a").claims] == [None, None]
