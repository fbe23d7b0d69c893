"""find_claims on short fictional sentences through the shipped pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sourcebook.analyze.claims import find_claims
from sourcebook.nlp.load import load
from sourcebook.records import Claim, Document


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def claims(nlp: Language, text: str) -> list[Claim]:
    document = Document(id="d1", path="d1.txt", media_type="text/plain", text=text)
    return find_claims(nlp(text), document)


def only(nlp: Language, text: str) -> Claim:
    found = claims(nlp, text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "qualifier"),
    [
        ("Police detained more than 2,000 people.", 2000, None, None, "more than"),
        ("At least two thousand protesters marched.", 2000, None, None, "at least"),
        ("Between 1.5 and 2 million residents fled.", 1.5e6, 2e6, None, "between"),
        ("Nearly half of voters backed the plan.", None, 50, "%", "nearly"),
        ("Two dozen countries signed the accord.", 24, 24, None, None),
        ("A dozen experts reviewed the report.", 12, 12, None, None),
        ("The site is visited 4.1 million times per day.", 4.1e6, 4.1e6, "times per day", None),
        ("Officials reported a 10-fold increase in arrests.", 10, 10, "fold", None),
        ("The leak ran to over 400 pages.", 400, None, None, "more than"),
        ("Unemployment rose 12% in the port.", 12, 12, "%", None),
        ("Turnout fell 12 per cent.", 12, 12, "%", None),
        ("Prices rose twelve percent.", 12, 12, "%", None),
        ("The company paid $4.5bn for the mine.", 4.5e9, 4.5e9, "USD", None),
        ("The contract is worth €200 million.", 2e8, 2e8, "EUR", None),
        ("He received USD 3 million from the fund.", 3e6, 3e6, "USD", None),
        ("She was fined 300,000 euros.", 3e5, 3e5, "EUR", None),
        ("Nearly 300 people were held.", None, 300, None, "nearly"),
        ("About 300 people were held.", 300, 300, None, "about"),
        ("Up to 50 boats sank.", None, 50, None, "up to"),
        ("Fewer than 10 boats returned.", None, 10, None, "fewer than"),
        ("The fee was $1-2bn.", 1e9, 2e9, "USD", "between"),
        ("Some 5,000 or more workers struck.", 5000, None, None, "about"),
    ],
)
def test_claims_reads_value_unit_and_qualifier(
    nlp: Language, text: str, low: float | None, high: float | None, unit: str | None,
    qualifier: str | None,
) -> None:  # fmt: skip
    claim = only(nlp, text)
    assert (claim.value_low, claim.value_high, claim.unit, claim.qualifier) == (
        pytest.approx(low) if low is not None else None,
        pytest.approx(high) if high is not None else None,
        unit,
        qualifier,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The port opened in 2019.",
        "The raid took place on March 29.",
        "The raids of 6-8 March were filmed.",
        "A man aged 45 was arrested.",
        "A 45-year-old man was arrested.",
        "John Okafor, 45, was arrested.",
        "The 22nd amendment was cited.",
        "The meeting began at 10:30.",
        "The meeting began at 3 pm.",
        "Call +44 20 7946 0958 for details.",
        "Call 555-1234 for details.",
        "Article 12 forbids it.",
        "See page 4 of the memo.",
        "The memo MI-SEC-2026-0417 leaked.",
        "The mood of the 1990s returned.",
        "No one was hurt.",
    ],
)
def test_claims_skips_non_claims(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Police said more than 2,000 people were detained.", "people detained"),
        ("Two dozen countries signed the accord.", "countries"),
        ("The leak ran to over 400 pages of documents.", "pages of documents"),
        ("Nearly half of voters backed the plan.", "voters"),
        ("The contract is worth €200 million.", "contract"),
        ("40 were injured.", "injured"),
        ("The deal will create 3,000 new jobs.", "new jobs"),
    ],
)
def test_claims_names_the_subject_counted(nlp: Language, text: str, subject: str) -> None:
    assert only(nlp, text).subject == subject


def test_claims_keeps_offsets_and_sentence(nlp: Language) -> None:
    text = "The port was quiet. Police detained more than 2,000 people. Nobody spoke."
    claim = only(nlp, text)
    assert text[claim.start : claim.end] == claim.text == "more than 2,000"
    assert text[claim.sentence_start : claim.sentence_end] == (
        "Police detained more than 2,000 people."
    )


def test_claims_reads_speaker_of_according_to(nlp: Language) -> None:
    text = "According to Coastal Rights Watch, between 200 and 350 people were held."
    assert only(nlp, text).attributed_to == "Coastal Rights Watch"


def test_claims_treats_year_shaped_count_as_count(nlp: Language) -> None:
    assert only(nlp, "The strike idled 1500 workers.").value_low == 1500
