"""find_mentions on short fictional sentences run through the shipped pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sourcebook.analyze.entities import find_mentions
from sourcebook.nlp.load import load
from sourcebook.records import Document, Mention


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def mentions(nlp: Language, text: str) -> list[Mention]:
    return find_mentions(
        nlp(text), Document(id="d", path="t.txt", media_type="text/plain", text=text)
    )


def named(found: list[Mention], text: str) -> Mention:
    return next(m for m in found if m.text == text)


def test_entities_strips_title_into_title_field(nlp: Language) -> None:
    text = "Foreign Minister Anna Keller arrived in Berlin on Monday."
    m = named(mentions(nlp, text), "Foreign Minister Anna Keller")
    assert (m.start, m.end, m.label) == (0, 28, "PERSON")
    assert (m.name, m.title) == ("Anna Keller", "Foreign Minister")


def test_entities_resolves_surname_and_titled_surname_to_full_name(nlp: Language) -> None:
    text = "Interior Minister Dana Okafor denied the report. Okafor said Ms Okafor had no comment."
    found = mentions(nlp, text)
    assert named(found, "Okafor").name == "Dana Okafor"
    assert named(found, "Ms Okafor").name == "Dana Okafor"


def test_entities_does_not_guess_between_two_people_with_one_surname(nlp: Language) -> None:
    text = "Dana Okafor met Samuel Okafor in Lagos. Mr Okafor left early."
    m = named(mentions(nlp, text), "Mr Okafor")
    assert (m.name, m.title, m.label) == ("Okafor", "Mr", "PERSON")


def test_entities_acronym_in_parentheses_names_the_organisation(nlp: Language) -> None:
    text = (
        "The Organisation for Security and Co-operation in Europe (OSCE) sent observers. "
        "The OSCE said the vote was fair."
    )
    found = [m for m in mentions(nlp, text) if m.text == "OSCE"]
    assert len(found) == 2
    assert {m.name for m in found} == {"Organisation for Security and Co-operation in Europe"}
    assert found[1].start == text.rindex("OSCE")


def test_entities_outlet_short_form_resolves_to_full_name(nlp: Language) -> None:
    text = "The Washington Post published the letter. The Post said it was genuine."
    m = next(m for m in mentions(nlp, text) if m.start == text.rindex("Post"))
    assert (m.name, m.label) == ("Washington Post", "ORG")


def test_entities_links_name_to_parenthetical_chinese_form(nlp: Language) -> None:
    text = "The premier, Li Keqiang (李克强), spoke in Beijing."
    found = mentions(nlp, text)
    assert "李克强" in named(found, "Li Keqiang").aliases
    han = named(found, "李克强")
    assert han.start == text.index("李克强") and "Li Keqiang" in han.aliases


def test_entities_gives_standalone_chinese_name_its_pinyin(nlp: Language) -> None:
    text = "The statement names 梁宏偉 as regional manager."
    m = named(mentions(nlp, text), "梁宏偉")
    assert m.label == "PERSON"
    assert {"Liang Hongwei", "梁宏伟"} <= set(m.aliases)


@pytest.mark.parametrize(("form", "name"), [("Uighurs", "Uyghur"), ("Rohingyas", "Rohingya")])
def test_entities_folds_group_name_variants(nlp: Language, form: str, name: str) -> None:
    text = f"Hundreds of {form} fled across the border last year."
    m = named(mentions(nlp, text), form)
    assert (m.label, m.name) == ("NORP", name)


def test_entities_finds_named_laws_and_operations(nlp: Language) -> None:
    text = "Police invoked the Public Order (Emergency Measures) Act during Operation Quiet Tide."
    found = mentions(nlp, text)
    assert named(found, "Public Order (Emergency Measures) Act").label == "LAW"
    assert named(found, "Operation Quiet Tide").label == "EVENT"


def test_entities_finds_quoted_report_title_as_work(nlp: Language) -> None:
    text = 'The group will publish its report "Nets and Handcuffs" on Monday.'
    m = named(mentions(nlp, text), "Nets and Handcuffs")
    assert (m.label, m.start) == ("WORK", text.index("Nets"))


def test_entities_place_is_not_the_organisation_named_after_it(nlp: Language) -> None:
    text = "The Government of Norway closed the port. Fishers in Norway stayed ashore."
    found = mentions(nlp, text)
    place = next(m for m in found if m.text == "Norway" and m.start > text.index("Fishers"))
    assert (place.name, place.label) == ("Norway", "GPE")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prosecutor Eva-Marie Persson closed the case.", "Eva-Marie Persson"),
        ("Patrick Soon-Shiong bought the newspaper.", "Patrick Soon-Shiong"),
    ],
)
def test_entities_keeps_hyphenated_names_whole(nlp: Language, text: str, name: str) -> None:
    assert name in [m.name for m in mentions(nlp, text)]


def test_entities_short_form_skips_a_generational_suffix(nlp: Language) -> None:
    found = mentions(nlp, "Thomas Carlineo Jr. was charged on Monday. Carlineo denied it.")
    assert named(found, "Carlineo").name == "Thomas Carlineo Jr."


def test_entities_reads_a_dateline_as_the_place_it_names(nlp: Language) -> None:
    found = mentions(nlp, "WASHINGTON (Reuters) — The Senate voted on Tuesday.")
    place = named(found, "WASHINGTON")
    assert (place.label, place.name) == ("GPE", "Washington")


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Julian Assange, the WikiLeaks founder, appeared in court.",
            "Julian Assange",
            "WikiLeaks founder",
        ),
        (
            "Kathleen Hawk Sawyer, the director of the prisons bureau, spoke on Monday.",
            "Kathleen Hawk Sawyer",
            "director of the prisons bureau",
        ),
    ],
)
def test_entities_an_office_in_apposition_makes_a_person(
    nlp: Language, text: str, name: str, title: str
) -> None:
    person = next(m for m in mentions(nlp, text) if m.name == name)
    assert (person.label, person.title) == ("PERSON", title)


def test_entities_a_title_alone_is_no_name(nlp: Language) -> None:
    found = mentions(nlp, "The Director-General signed the letter on Monday.")
    assert [m.text for m in found if "Director" in m.text] == []
