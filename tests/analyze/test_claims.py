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
        ("Prices are set to rise between 3% and 4%.", 3, 4, "%", "between"),
        ("Fees ranged from $300 to $2 million.", 300, 2e6, "USD", "between"),
        ("The repairs took two or three weeks.", 2, 3, "weeks", "between"),
        ("Tens of thousands of dockworkers marched.", 1e4, 1e5, None, "between"),
        ("Dozens of boats sank.", 12, 120, None, "between"),
        ("There were 3 hundred million viewers.", 3e8, 3e8, None, None),
        ("Half a million people fled.", 5e5, 5e5, None, None),
        ("The error rate fell to .002 per cent.", 0.002, 0.002, "%", None),
        ("One in three residents left.", 100 / 3, 100 / 3, "%", None),
        ("Only 3 out of 10 voters agreed.", 30, 30, "%", None),
        ("The river fell to minus 2 metres.", -2, -2, "m", None),
        ("The port balance fell to $-12.4bn.", -1.24e10, -1.24e10, "USD", None),
        ("The bonus was worth up to PS1.4m.", None, 1.4e6, "GBP", "up to"),
        ("The ferry sold for USD12m.", 1.2e7, 1.2e7, "USD", None),
        ("The shares closed at RM4.80.", 4.8, 4.8, "MYR", None),
        ("The port posted a loss of 212 million pounds.", 2.12e8, 2.12e8, "GBP", None),
        ("Tickets cost 15 € each.", 15, 15, "EUR", None),
        ("They paid Rs 500 crore.", 5e9, 5e9, "INR", None),
        ("Temperatures fell to -5C overnight.", -5, -5, "°C", None),
        ("Each tablet holds 250mg of the drug.", 250, 250, "mg", None),
        ("The depot covers 840 sq m.", 840, 840, "m2", None),
        ("Rent is $2400 a month.", 2400, 2400, "USD per month", None),
        ("It was a four-mile walk.", 4, 4, "mi", None),
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
        "She won 6-4 in the final.",
        "Her old Pixel 6 still works.",
        "Surveys between 2011 and 2015 found lead.",
        "He announced a five-year plan.",
        "She lives at 221B Baker Street.",
        "The PS4 went on sale.",
        "合同已於3月12日正式簽署。",
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


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Oil rose $1.50 to $65.40 a barrel.", [(1.5, "USD"), (65.4, "USD per barrel")]),
        ("Port fees dropped 4% to $1.8 billion.", [(4, "%"), (1.8e9, "USD")]),
        ("Turnover rose to $5.2 billion from $4.9 billion a year earlier.",
         [(5.2e9, "USD"), (4.9e9, "USD")]),
        ("The population grew by 1.2 million to 8.4 million.", [(1.2e6, None), (8.4e6, None)]),
        ("The carrier grounded two 797 Skyliner jets.", [(2, None)]),
    ],
)  # fmt: skip
def test_claims_reads_change_then_level_as_two_figures(
    nlp: Language, text: str, values: list[tuple[float, str | None]]
) -> None:
    found = claims(nlp, text)
    assert [c.unit for c in found] == [unit for _, unit in values]
    for claim, (value, _) in zip(found, values, strict=True):
        assert claim.value_low == claim.value_high == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "qualifier"),
    [
        ("卡辛深水碼頭項目合同金額為11億歐元。", 1.1e9, 1.1e9, "EUR", None),
        ("超过3万人参加了抗议。", 3e4, None, None, "more than"),
        ("两千名警察到场。", 2000, 2000, None, None),
    ],
)
def test_claims_reads_cjk_numerals(
    nlp: Language, text: str, low: float | None, high: float | None, unit: str | None,
    qualifier: str | None,
) -> None:  # fmt: skip
    claim = only(nlp, text)
    assert (claim.value_low, claim.value_high, claim.unit, claim.qualifier) == (
        low,
        high,
        unit,
        qualifier,
    )


def test_claims_names_the_subject_of_a_vague_magnitude(nlp: Language) -> None:
    assert only(nlp, "Hundreds of students protested.").subject == "students"


@pytest.mark.parametrize(
    "text",
    [
        "The programme will run until at least 2031.",
        "Tomas Renko Jr., 55, was charged on Friday.",
        "A neighbour called 911 when the boats burned.",
    ],
)
def test_claims_skip_years_ages_and_emergency_numbers(nlp: Language, text: str) -> None:
    assert claims(nlp, text) == []
