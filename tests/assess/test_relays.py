"""Independent sources: copies of one report count once, a report cited by others is their root."""

from __future__ import annotations

from sourcebook.assess.relays import relay_graph
from sourcebook.records import Citation, Document

WIRE = "Forty people were detained at the port on Saturday, police said."
COPY = "Forty people were detained at the port, Meridian reported.\nThe minister denied it."


def doc(
    doc_id: str, text: str, source: str | None = None, duplicate_of: str | None = None
) -> Document:
    return Document(
        id=doc_id, path=f"{doc_id}.txt", media_type="text/plain", text=text, source=source,
        duplicate_of=duplicate_of,
    )  # fmt: skip


def cites(document: Document, outlet: str, kind: str = "reported") -> Citation:
    at = document.text.index(outlet)
    return Citation(document.id, at, at + len(outlet), outlet, kind)


def test_relays_count_copies_of_one_wire_story_once() -> None:
    wire = doc("wire", WIRE, source="Meridian News Agency")
    copies = [doc(f"copy{i}", COPY, source=f"Paper {i}") for i in range(5)]
    graph = relay_graph([wire, *copies], [cites(c, "Meridian") for c in copies])
    figure = [(c.id, 0, 10) for c in copies] + [("wire", 0, 10)]
    assert graph.independent_sources(figure) == 1
    assert graph.roots("copy0", 0, 10) == {"wire"}
    elsewhere = relay_graph(copies, [cites(c, "Meridian") for c in copies])
    assert elsewhere.independent_sources(figure[:-1]) == 1  # an outlet the corpus lacks


def test_relays_a_paragraph_without_a_citation_is_the_documents_own() -> None:
    copy = doc("copy", COPY, source="Paper")
    graph = relay_graph([copy], [cites(copy, "Meridian")])
    denial = COPY.index("The minister")
    assert graph.roots("copy", denial, denial + 10) == {"copy"}
    assert graph.roots("copy", 0, 10) == {"outlet:meridian"}


def test_relays_duplicates_and_near_duplicates_are_one_source() -> None:
    a, b = doc("a", WIRE, source="Gazette"), doc("b", WIRE, source="Ledger")
    c = doc("c", WIRE, duplicate_of="a")
    graph = relay_graph([a, b, c], [], near_duplicates=[("a", "b")])
    assert graph.independent_sources([("a", 0, 5), ("b", 0, 5), ("c", 0, 5)]) == 1


def test_relays_outlets_citing_each_other_do_not_loop() -> None:
    one = doc("one", "It rose, the Ledger reported.", source="Gazette")
    two = doc("two", "It rose, the Gazette reported.", source="Ledger")
    graph = relay_graph([one, two], [cites(one, "Ledger"), cites(two, "Gazette")])
    assert graph.roots("one", 0, 5) == {"one"}  # round the loop and back: it stops there
    assert graph.independent_sources([("one", 0, 5), ("two", 0, 5)]) == 2
