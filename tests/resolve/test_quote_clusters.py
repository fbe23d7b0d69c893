"""Quote clusters: one statement however it was cut or reworded, never two statements as one."""

from __future__ import annotations

from sourcebook.resolve.quote_clusters import QuoteRef, cluster_quotes

WHOLE = "We share the grief of the people of Kerrow, and we will publish a full account of it"
CUT = "We share the grief of the people of Kerrow,"
REWORDED = (
    "We share the grief of the people of Kerrow, and we will publish a complete account of it"
)
OTHER_TOWN = "We share the grief of the people of Talbury, and we will publish a full account of it"
OTHER_END = "We share the grief of the people of Kerrow, and an inquiry will look at every decision"


def refs(*items: tuple[str, str | None]) -> list[QuoteRef]:
    return [QuoteRef(i, f"doc{i}", text, speaker) for i, (text, speaker) in enumerate(items)]


def test_quote_clusters_join_a_statement_cut_and_reworded() -> None:
    (cluster,) = cluster_quotes(refs((WHOLE, "e1"), (CUT, "e1"), (REWORDED, "e1")))
    assert cluster.members == (0, 1, 2) and cluster.speaker == "e1"
    assert cluster.documents == ("doc0", "doc1", "doc2") and not cluster.speakers_differ


def test_quote_clusters_keep_a_template_with_another_name_apart() -> None:
    assert cluster_quotes(refs((WHOLE, "e1"), (OTHER_TOWN, "e2"))) == []


def test_quote_clusters_a_cut_quote_two_statements_hold_goes_with_its_speaker() -> None:
    found = cluster_quotes(refs((WHOLE, "e1"), (OTHER_END, "e2"), (CUT, "e2")))
    assert [c.members for c in found] == [(1, 2)]
    assert cluster_quotes(refs((WHOLE, "e1"), (OTHER_END, "e2"), (CUT, None))) == []


def test_quote_clusters_flag_members_naming_different_speakers() -> None:
    (cluster,) = cluster_quotes(refs((WHOLE, "e1"), (WHOLE, "e1"), (REWORDED, "e3")))
    assert cluster.speakers_differ and cluster.speaker == "e1"
