"""Claims across documents: one cluster per measured fact of one event, comparisons apart."""

from __future__ import annotations

from sourcebook.records import Claim
from sourcebook.resolve.claim_clusters import ClaimRef, Context, cluster_claims
from sourcebook.resolve.measures import measure

PORT = Context(frozenset({"p:okafor"}), frozenset({"g:port-cassin"}), "2026-03-14")


def claim(
    ident: int, document: str, low: float | None, subject: str | None, **kw: object
) -> ClaimRef:
    high = kw.pop("high", low)
    return ClaimRef(
        ident,
        Claim(document, ident * 10, ident * 10 + 3, str(low), low, high, subject=subject, **kw),
    )  # type: ignore[arg-type]


def groups(claims: list[ClaimRef], contexts: dict[str, Context]) -> list[set[int]]:
    return [{r.id for r in g.members} for g in cluster_claims(claims, contexts) if g.primary]


def test_measure_reads_the_same_outcome_in_other_words() -> None:
    assert measure("people detained") == measure("protesters arrested") == "detained"
    assert measure("people had died") == measure("workers killed") == "killed"
    assert measure("fee of € 4.2 million") == "fee"
    assert measure("jobs") == measure("job") == "job"
    assert measure("non-executive members") != measure("members")
    assert measure(None) is None


def test_claims_of_one_event_in_several_documents_are_one_fact() -> None:
    contexts = {"a": PORT, "b": PORT, "c": Context(PORT.people, PORT.others, "2026-03-16")}
    claims = [
        claim(1, "a", 200, "protesters detained", qualifier="at least"),
        claim(2, "b", 300, "people arrested", qualifier="nearly"),
        claim(3, "c", 200, "people detained", high=350, qualifier="between"),
    ]
    assert groups(claims, contexts) == [{1, 2, 3}]


def test_the_same_measure_elsewhere_or_months_later_is_another_fact() -> None:
    elsewhere = Context(frozenset({"p:okafor"}), frozenset({"g:vessen"}), "2026-03-14")
    later = Context(PORT.people, PORT.others, "2026-09-01")
    stranger = Context(frozenset({"p:someone"}), PORT.others, "2026-03-15")
    contexts = {"a": PORT, "b": elsewhere, "c": later, "d": stranger}
    claims = [claim(i, d, 40, "people killed") for i, d in enumerate("abcd", 1)]
    assert sorted(map(sorted, groups(claims, contexts))) == [[1], [2], [3], [4]]


def test_one_sum_of_money_beside_different_words_is_one_figure() -> None:
    lanhai = Context(frozenset({"p:okafor"}), frozenset({"o:瀾海"}), "2026-03-15")
    contexts = {"a": PORT, "b": lanhai}
    claims = [
        claim(1, "a", 1.4e9, "contract", unit="EUR"),
        claim(2, "a", 1.1e9, "contract", unit="EUR"),
        claim(3, "b", 1.1e9, None, unit="EUR"),
        claim(4, "a", 4.2e6, "fee", unit="EUR"),
    ]
    assert sorted(map(sorted, groups(claims, contexts))) == [[1, 2, 3], [4]]


def test_a_document_counting_two_things_yields_a_comparison() -> None:
    claims = [claim(1, "a", 40, "people injured"), claim(2, "a", 300, "people detained")]
    found = cluster_claims(claims, {"a": PORT})
    assert sorted(len(g.members) for g in found if g.primary) == [1, 1]
    (comparison,) = [g for g in found if not g.primary]
    assert {r.id for r in comparison.members} == {1, 2}
    assert "detained, injured" in comparison.evidence[0]


def test_durations_and_bare_numbers_are_not_facts_to_cluster() -> None:
    claims = [
        claim(1, "a", 5, None, unit="days"),
        claim(2, "a", 3, None),
        claim(3, "a", 5, "government", unit="days"),
    ]
    assert cluster_claims(claims, {"a": PORT}) == []
