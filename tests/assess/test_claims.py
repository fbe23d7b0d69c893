"""Judging a claim cluster: its verdict, reason and independent sources from the relay graph."""

from __future__ import annotations

from sourcebook.assess.claims import judge
from sourcebook.assess.relays import relay_graph
from sourcebook.records import Claim, Document
from sourcebook.resolve.claim_clusters import ClaimGroup, ClaimRef

WIRE = "At least 200 people were detained in Port Cassin on Saturday, the police said."


def doc(doc_id: str, text: str, source: str) -> Document:
    return Document(
        id=doc_id, path=f"{doc_id}.txt", media_type="text/plain", text=text, source=source
    )


def figure(ident: int, document: str, text: str, low: float, qualifier: str | None) -> ClaimRef:
    high = None if qualifier == "at least" else low
    return ClaimRef(ident, Claim(document, 0, len(text), text, low, high, qualifier=qualifier))


def test_copies_of_one_report_are_one_source_whatever_they_say() -> None:
    graph = relay_graph([doc("a", WIRE, "Gazette"), doc("b", WIRE, "Ledger")], [], [("a", "b")])
    group = ClaimGroup("cc-1", "people detained", "detained", None,
                       [figure(1, "a", "At least 200", 200, "at least"), figure(2, "b", "At least 200", 200, "at least")])  # fmt: skip
    judged = judge(group, graph)
    assert (judged.verdict, judged.independent_sources) == ("single", 1)
    assert judged.members == (1, 2) and judged.sources == ("a", "b")


def test_independent_reports_that_cannot_both_hold_conflict_with_a_reason() -> None:
    graph = relay_graph([doc("a", WIRE, "Gazette"), doc("b", "Only 60 were held.", "Ledger")], [])
    group = ClaimGroup("cc-1", "people detained", "detained", None,
                       [figure(1, "a", "At least 200", 200, "at least"), figure(2, "b", "60", 60, None)])  # fmt: skip
    judged = judge(group, graph)
    assert judged.verdict == "conflict" and judged.independent_sources == 2
    assert "'At least 200'" in judged.reason and "'60'" in judged.reason


def test_a_comparison_of_measures_is_never_a_conflict() -> None:
    graph = relay_graph([doc("a", WIRE, "Gazette")], [])
    group = ClaimGroup("cm-1", "detained vs injured", None, None,
                       [figure(1, "a", "200", 200, None), figure(2, "a", "40", 40, None)],
                       primary=False, evidence=["one document counts different things: detained, injured"])  # fmt: skip
    judged = judge(group, graph)
    assert judged.verdict == "differing-measure" and not judged.primary
    assert "detained, injured" in judged.reason
