"""Name comparison: what counts as one name, what never does, and the reasons given."""

from __future__ import annotations

import pytest

from sourcebook.resolve.names import Same, compare_organisations, compare_people, parse


def people(a: str, b: str) -> tuple[Same, str]:
    found = compare_people(parse(a), parse(b))
    return found.same, "; ".join(found.reasons)


@pytest.mark.parametrize(
    ("a", "b", "because"),
    [
        ("Interior Minister Dana Okafor", "Dana Okafor", "same words"),
        ("José Núñez", "Jose Nunez", "spelled Jose Nunez"),
        ("Путин Владимир", "Vladimir Putin", "another order"),
        ("李克强", "Li Keqiang", "pinyin"),
        ("李克強", "李克强", "traditional → simplified"),
        ("Keqiang Li", "Li Keqiang", "another order"),
        ("M. Ilves", "Mart Ilves", "initial M. fits mart"),
        ("Sergei Lavrov", "Sergey Lavrov", "spelled alike"),
        ("Thomas Carlineo Jr.", "Thomas Carlineo", "same words"),
    ],
)
def test_names_one_person_written_two_ways(a: str, b: str, because: str) -> None:
    same, reasons = people(a, b)
    assert same is Same.YES
    assert because in reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [("Li Qiang", "Li Keqiang"), ("Dana Okafor", "Samuel Okafor"), ("Kim Jong-un", "Kim Yo-jong")],
)
def test_names_a_shared_family_name_is_not_one_person(a: str, b: str) -> None:
    same, reasons = people(a, b)
    assert same is Same.NO
    assert "differ" in reasons


def test_names_a_family_name_alone_decides_nothing() -> None:
    same, reasons = people("Mr Okafor", "Dana Okafor")
    assert same is Same.UNDECIDED
    assert "family name okafor equal" in reasons


def test_names_different_family_names_differ() -> None:
    assert people("Dana Okafor", "Dana Marsh")[0] is Same.NO


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Brackwater Advisory Ltd", "Brackwater Advisory", Same.YES),
        ("The Northern Ledger", "Northern Ledger", Same.YES),
        ("CPA", "Cassin Port Authority", Same.YES),
        ("Cassin Port Authority", "Cassin Fishers' Cooperative", Same.NO),
    ],
)
def test_names_organisations_compare_without_legal_form(a: str, b: str, same: Same) -> None:
    assert compare_organisations(a, b).same is same


def test_names_transliterations_differ_in_vowels_but_short_names_do_not_merge() -> None:
    assert people("Mohammed Saleh", "Muhammad Saleh")[0] is Same.YES
    assert people("Dana Okafor", "Dina Okafor")[0] is Same.NO


def test_names_romanisations_of_one_family_name_compare_alike() -> None:
    same, reasons = people("Aleksandr Tereshchenko", "Alexander Tereschenko")
    assert same is Same.YES
    assert "spelled alike" in reasons
