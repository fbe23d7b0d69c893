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
    text = "Forty people were detained, police said on Saturday in a statement to the press.\n"
    text += "Forty people were detained at the port, Meridian reported.\nThe minister denied it."
    story = doc("story", text, source="Paper")
    graph = relay_graph([story], [cites(story, "Meridian")])
    assert graph.roots("story", 0, 10) == {"story"}  # the lead credits nobody
    relayed = text.index("Forty", 10)
    assert graph.roots("story", relayed, relayed + 10) == {"outlet:meridian"}
    denial = text.index("The minister")
    assert graph.roots("story", denial, denial + 10) == {"story"}


def test_relays_a_lead_crediting_an_outlet_covers_the_story() -> None:
    lead = "Forty people were detained at the port on Saturday, the Harbour Times reported."
    text = f"Paper - News\n\n{lead}\n\nThe minister denied it, saying order had been kept."
    story = doc("story", text, source="Paper")
    graph = relay_graph([story], [cites(story, "Harbour Times")])
    denial = text.index("The minister")
    assert graph.roots("story", denial, denial + 10) == {"outlet:harbour times"}


def test_relays_a_claimant_is_not_a_relayed_source() -> None:
    text = "Forty people were detained on Saturday at the port, according to the Police Service."
    story = doc("story", text, source="Paper")
    graph = relay_graph([story], [cites(story, "Police Service", "according to")])
    assert graph.roots("story", 0, 10) == {"story"}  # the paper's own report of a claim


def test_relays_an_outlet_with_many_stories_is_followed_to_the_one_relayed() -> None:
    floods = doc("w1", "Floods killed 12 people in Kerrow on Monday.", source="Meridian Wire")
    fire = doc("w2", "A fire killed 30 workers in Ostness on Tuesday.", source="Meridian Wire")
    text = "A fire killed 30 workers in Ostness on Tuesday, Meridian Wire reported."
    paper = doc("paper", text, source="Paper")
    graph = relay_graph([floods, fire, paper], [cites(paper, "Meridian Wire")])
    assert graph.roots("paper", 0, 10) == {"w2"}
    assert graph.relays("paper") == {"w2"}


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
