"""The candidate index: every listed name a document may write another way is offered, and a
common word or family name alone does not make every entry a candidate."""

import pytest

from sourcebook.records import Entity
from sourcebook.screen.entries import ORGANIZATION, PERSON, ListEntry
from sourcebook.screen.index import Index

GIVEN = (
    "Anna Boris Carlos Dana Elena Farid Grace Hassan Ivan Julia Kwame Li Maria Nikolai Olga "
    "Pedro Qiang Rosa Samuel Tomas Umar Vera Wei Xin Yusuf Zhanna Ahmed Chen Dmitri Fatima"
).split()


def entry(ident: str, name: str, kind: str, *aliases: str) -> ListEntry:
    return ListEntry(ident, name, kind, aliases, "Test list", None, None, f"list.csv:{ident}")


def candidates(index: Index, name: str, kind: str) -> set[str]:
    entity = Entity("e1", name, "PERSON" if kind == PERSON else "ORG")
    return {e.id for e in index.candidates(entity, kind)}


# Fifty Smiths, fifty bodies trading as "Atlas Trading", and the parties the tests look for.
CROWD = [entry(f"S{i}", f"{given} Smith", PERSON) for i, given in enumerate(GIVEN)] + [
    entry(f"T{i}", f"{given}ov Atlas Trading Ltd", ORGANIZATION) for i, given in enumerate(GIVEN)
]
LISTED = [
    entry("P1", "Vladimir Vladimirovich Putin", PERSON),
    entry("P2", "RENKO, Tomas", PERSON, "Tomas RENKO"),
    entry("P3", "Li Keqiang", PERSON),
    entry("P4", "Aleksandr Tereshchenko", PERSON),
    entry("P5", "Hassan Okonkwo", PERSON),
    entry("O1", "Brackwater Advisory Limited", ORGANIZATION),
    entry("O2", "OOO Severny Potok", ORGANIZATION),
    entry("O3", "Siemens AG", ORGANIZATION),
    entry("O4", "Halvorsen Mercantile Shipping", ORGANIZATION),
]
INDEX = Index(CROWD + LISTED)


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("Vladimir Putin", "P1"),  # a given name left out
        ("PUTIN, Vladimir", "P1"),  # family name first, before a comma
        ("Putin Vladimir", "P1"),  # family name first, no comma
        ("V. V. Putin", "P1"),  # initials
        ("Putin V.", "P1"),
        ("Владимир Путин", "P1"),  # Cyrillic
        ("Tomas Renko", "P2"),
        ("Renko Tomas", "P2"),
        ("TomasRenko", "P2"),  # the space lost
        ("Keqiang Li", "P3"),  # the Chinese order turned
        ("李克强", "P3"),  # Chinese characters, read in pinyin
        ("Alexander Tereschenko", "P4"),  # another romanisation
        ("Aleksandr Tereshhcenko", "P4"),  # a typo in the family name
        ("Aleksandr Tereshchneko", "P4"),  # two letters swapped
        ("Khassan Okonkvo", "P5"),  # written in Cyrillic and read back
    ],
)
def test_index_offers_a_person_written_another_way(written: str, listed: str) -> None:
    assert listed in candidates(INDEX, written, PERSON)


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("Brackwater Advisory Ltd", "O1"),  # another legal form
        ("Brackwater Advisory", "O1"),  # none
        ("Brakwater Advisory Limited", "O1"),  # a letter missing
        ("Severny Potok LLC", "O2"),  # the legal form before, then after the name
        ("Open Joint Stock Company Severny Potok", "O2"),
        ("Severnyi Potok", "O2"),  # another romanisation
        ("SiemensAG", "O3"),
        ("Siemens", "O3"),  # a name of one word
        ("Halvorsen Mercantile Shiping AS", "O4"),
        ("Shipping Halvorsen Mercantile", "O4"),  # the words in another order
        ("HMS", "O4"),  # its initials
    ],
)
def test_index_offers_a_body_written_another_way(written: str, listed: str) -> None:
    assert listed in candidates(INDEX, written, ORGANIZATION)


def test_index_offers_few_of_many_people_sharing_a_family_name() -> None:
    found = candidates(INDEX, "Anna Smith", PERSON)
    assert "S0" in found
    assert len(found) <= 5  # Anna and Ahmed Smith, not fifty


def test_index_offers_few_of_many_bodies_sharing_common_words() -> None:
    found = candidates(INDEX, "Annaov Atlas Trading LLC", ORGANIZATION)
    assert "T0" in found
    assert len(found) <= 5


def test_index_offers_nothing_for_a_common_word_or_family_name_alone() -> None:
    assert candidates(INDEX, "Trading", ORGANIZATION) == set()
    assert candidates(INDEX, "Smith", PERSON) == set()


def test_index_keeps_people_and_bodies_apart() -> None:
    assert candidates(INDEX, "Brackwater Advisory", PERSON) == set()
    assert candidates(INDEX, "Tomas Renko", ORGANIZATION) == set()


def test_the_index_offers_every_pair_the_comparer_accepts_in_its_own_tests() -> None:
    from tests.screen.test_compare import BODIES_ALIKE, PEOPLE_ALIKE

    cases = [(a, b, PERSON) for a, b, _ in PEOPLE_ALIKE] + [
        (a, b, ORGANIZATION) for a, b, _ in BODIES_ALIKE
    ]
    for i, (ours, listed, kind) in enumerate(cases):
        for query, entry_name in ((ours, listed), (listed, ours)):  # either side on the list
            if _arabic(entry_name) and not _arabic(query):
                continue  # a list's Arabic-script name is found by its romanised aliases
            index = Index([entry(f"L{i}", entry_name, kind), *CROWD])
            assert f"L{i}" in candidates(index, query, kind), (query, entry_name)


def _arabic(name: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in name)
