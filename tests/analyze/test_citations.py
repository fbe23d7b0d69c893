"""find_citations on short fictional sentences run through the shipped pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sourcebook.analyze.citations import find_citations
from sourcebook.analyze.entities import find_mentions
from sourcebook.nlp.load import load
from sourcebook.records import Citation, Document


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def citations(nlp: Language, text: str) -> list[Citation]:
    document = Document(id="d", path="t.txt", media_type="text/plain", text=text)
    doc = nlp(text)
    return find_citations(doc, document, find_mentions(doc, document))


@pytest.mark.parametrize(
    ("text", "cited", "kind"),
    [
        ("Dozens were held, the Harbour Times reported on Saturday.", "Harbour Times", "reported"),
        ("Dozens were held, according to the Harbour Times.", "Harbour Times", "according to"),
        ("The plan was first reported by the Harbour Times.", "Harbour Times", "first reported"),
        ("A spokesman, Teodor Lenz, told the Harbour Times it was false.", "Harbour Times", "told"),
        ("She said so in an interview with the Harbour Times.", "Harbour Times", "interview"),
        ("The boats were seized on Monday, writes Reuters.", "Reuters", "reported"),
        ("Forty people were hurt, per the BBC.", "BBC", "according to"),
        ("He denied it in an email to the Harbour Times.", "Harbour Times", "told"),
    ],
)
def test_citations_finds_cue_and_kind(nlp: Language, text: str, cited: str, kind: str) -> None:
    found = [c for c in citations(nlp, text) if c.kind == kind]
    assert [c.cited for c in found] == [cited]
    assert text[found[0].start : found[0].end] == cited


def test_citations_cites_the_full_name_of_a_short_form(nlp: Language) -> None:
    text = "Meridian News Agency covered the protest. Later, the Agency reported more arrests."
    assert [c.cited for c in citations(nlp, text)] == ["Meridian News Agency"]


def test_citations_reads_additional_reporting_line(nlp: Language) -> None:
    text = "Police cleared the quay.\nAdditional reporting by Kwame Idris in Port Cassin"
    found = citations(nlp, text)
    assert [(c.cited, c.kind) for c in found] == [("Kwame Idris", "additional reporting")]
    assert found[0].start == text.index("Kwame")


def test_citations_skips_photo_credits(nlp: Language) -> None:
    text = "Photo: Ana Ruiz/Reuters\nFishers mended their nets on the quay."
    assert citations(nlp, text) == []


def test_citations_ignores_statements_by_organisations_that_are_not_outlets(
    nlp: Language,
) -> None:
    text = "Lanhai Port Construction Group said on Sunday that the contract was lawful."
    assert citations(nlp, text) == []


def test_citations_names_every_contributor_of_a_contributing_line(nlp: Language) -> None:
    text = "The port reopened on Tuesday.\nContributing: Ana Ruiz, Jonah Pell and Kwame Idris"
    found = citations(nlp, text)
    assert [(c.cited, c.kind) for c in found] == [
        ("Ana Ruiz", "additional reporting"),
        ("Jonah Pell", "additional reporting"),
        ("Kwame Idris", "additional reporting"),
    ]


def test_citations_leave_out_the_outlet_citing_itself(nlp: Language) -> None:
    text = "The Harbour Times has published the memo, and the Courier reported the arrests."
    document = Document(
        id="d", path="t.txt", media_type="text/plain", text=text, source="Harbour Times"
    )
    doc = nlp(text)
    found = find_citations(doc, document, find_mentions(doc, document))
    assert "Harbour Times" not in [c.cited for c in found]
