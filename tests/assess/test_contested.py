"""Contested statements: denials set against what they deny, and rival reasons for one removal."""

from __future__ import annotations

from sourcebook.assess.contested import find_contests
from sourcebook.assess.relays import relay_graph
from sourcebook.records import Annotations, Contest, Document, Mention, Quote, QuoteKind

MEMO = (
    "MINISTRY OF WORKS\nRef: MW/2025/88\n"
    "1. The tender for the bridge was cancelled and the contract awarded to Norvik Ltd by direct "
    "negotiation on the minister's instruction.\n"
)
FIRST = (
    '"This memo is a forgery," said the spokesman Ivo Hale on Monday.\n'
    "He added that the ministry would study the matter."
)
SECOND = 'Deputy minister Lara Quist said the memo was "fabricated from start to finish".'


def doc(doc_id: str, text: str, source: str | None = None, path: str = "") -> Document:
    return Document(
        id=doc_id, path=path or f"{doc_id}.txt", media_type="text/plain", text=text, source=source
    )


def quoted(document: Document, words: str, speaker: str, cue: str = "said") -> Quote:
    at = document.text.index(words)
    named = document.text.index(speaker)
    return Quote(
        document.id, at, at + len(words), words, QuoteKind.DIRECT, cue, speaker,
        named, named + len(speaker),
    )  # fmt: skip


def person(
    document: Document, text: str, name: str | None = None, entity: str | None = None
) -> Mention:
    at = document.text.index(text)
    return Mention(document.id, at, at + len(text), text, "PERSON", name or text, entity=entity)


def contests(*pairs: tuple[Document, Annotations]) -> list[Contest]:
    documents = {d.id: d for d, _ in pairs}
    graph = relay_graph(documents.values(), [c for _, a in pairs for c in a.citations])
    return find_contests(documents, {d.id: a for d, a in pairs}, graph)


def test_contested_two_officials_denying_one_memo_join_one_contest_against_it() -> None:
    memo = doc("memo", MEMO, "Ministry of Works", path="box/leaked-memo_MW-2025-88.pdf")
    first, second = doc("paper1", FIRST, "Daily Post"), doc("paper2", SECOND, "Evening Times")
    found = contests(
        (memo, Annotations("memo")),
        (first, Annotations("paper1", quotes=(quoted(first, "This memo is a forgery,", "Ivo Hale"),))),
        (second, Annotations("paper2", quotes=(quoted(second, "fabricated from start to finish", "Lara Quist"),))),
    )  # fmt: skip
    assert len(found) == 1
    contest = found[0]
    assert contest.kind == "denial" and contest.label == "denial: memo MW-2025-88"
    sides = [(s.document, s.speaker, s.stance) for s in contest.statements]
    assert sides == [
        ("memo", "Ministry of Works", "asserts"),
        ("paper1", "Ivo Hale", "denies"),
        ("paper2", "Lara Quist", "denies"),
    ]
    assert contest.statements[0].text.startswith("1. The tender for the bridge")  # its lead


def test_contested_rival_reasons_for_one_dismissal_make_one_contest() -> None:
    ministry = doc(
        "wire",
        "The former harbour master, Piet Varga, was sacked over losses in the port's accounts, "
        "the ministry said.",
        "Wire Agency",
    )
    varga = doc(
        "paper",
        "Piet Varga spoke on Friday. He said he was fired because he refused to sign a contract "
        "that never went to tender.",
        "Daily Post",
    )
    found = contests(
        (ministry, Annotations("wire", mentions=(person(ministry, "Piet Varga", entity="e-varga"),))),
        (varga, Annotations("paper", mentions=(person(varga, "Piet Varga", entity="e-varga"),))),
    )  # fmt: skip
    assert [c.kind for c in found] == ["explanations"]
    assert found[0].label == "why Piet Varga was removed"
    stances = [s.stance for s in found[0].statements]
    assert stances == [
        "he refused to sign a contract that never",
        "losses in the port's accounts",
    ]
    assert [s.speaker for s in found[0].statements] == ["Daily Post", "Wire Agency"]


def test_contested_because_without_a_removal_is_no_explanation() -> None:
    one = doc("a", "Anna Berg stayed home because the roads were closed.", "Daily Post")
    two = doc("b", "Anna Berg stayed home because she was ill, her office said.", "Evening Times")
    found = contests(
        (one, Annotations("a", mentions=(person(one, "Anna Berg"),))),
        (two, Annotations("b", mentions=(person(two, "Anna Berg"),))),
    )
    assert found == []


def test_contested_a_surname_alone_is_the_nearest_full_name_before_it() -> None:
    text = (
        "Interior Minister Dana Moss praised the police. Former port chief Samuel Moss was "
        "dismissed over irregularities in the accounts, the ministry said. Mr Moss said he was "
        "forced out because he refused to approve the contract."
    )
    story = doc("story", text, "Daily Post")
    mentions = (
        person(story, "Dana Moss", entity="e-dana"),
        person(story, "Samuel Moss", entity="e-samuel"),
        person(story, "Mr Moss", name="Moss", entity="e-moss"),
    )
    quote = quoted(story, "he was forced out because he refused to approve the contract", "Mr Moss")
    found = contests((story, Annotations("story", mentions=mentions, quotes=(quote,))))
    assert [c.label for c in found] == ["why Samuel Moss was removed"]
    assert [s.speaker for s in found[0].statements] == ["Daily Post", "Mr Moss"]


def test_contested_a_denial_of_nothing_in_the_corpus_stands_alone() -> None:
    """Documented choice: the reader sees the denial; what it answers may be added later."""
    story = doc("story", '"These claims are baseless," the spokesman Ivo Hale said.', "Daily Post")
    quote = quoted(story, "These claims are baseless,", "Ivo Hale")
    found = contests((story, Annotations("story", quotes=(quote,))))
    assert len(found) == 1
    assert found[0].label.startswith("denial by Ivo Hale")
    assert [s.stance for s in found[0].statements] == ["denies"]


def test_contested_a_bodys_planned_line_is_not_a_denial() -> None:
    memo = doc(
        "memo",
        "Should the plan become public, the Ministry will describe reports as groundless.",
        "Ministry of Works",
    )
    assert contests((memo, Annotations("memo"))) == []
