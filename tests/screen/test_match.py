"""Matching corpus entities against a list: who is named, why, and who is not."""

from sourcebook.records import Entity
from sourcebook.screen.entries import ORGANIZATION, PERSON, ListEntry
from sourcebook.screen.match import screen


def entry(ident: str, name: str, kind: str, *aliases: str) -> ListEntry:
    return ListEntry(ident, name, kind, aliases, "Test list", "PROG", ident, f"list.csv:{ident}")


def entity(ident: str, name: str, kind: str, *aliases: str) -> Entity:
    return Entity(ident, name, kind, aliases)


LIST = [
    entry("P1", "RENKO, Tomas", PERSON, "Tomas RENKO", "Томас Ренко"),
    entry("P2", "Li Keqiang", PERSON),
    entry("P3", "Viktor Anselm Dray", PERSON, "Viktor Dray"),
    entry("O1", "Brackwater Advisory Limited", ORGANIZATION, "BWA Consulting"),
    entry("O2", "Halden Marine Services", ORGANIZATION),
]


def matches(*entities: Entity) -> dict[tuple[str, str], object]:
    return {(m.entity, m.entry.id): m for m in screen(entities, LIST)}


def test_a_person_matches_across_order_script_and_spelling() -> None:
    found = matches(
        entity("e1", "Tomas Renko", "PERSON"),
        entity("e2", "李克強", "PERSON"),  # traditional characters, read in pinyin
        entity("e3", "Viktor Drai", "PERSON"),
    )
    assert set(found) == {("e1", "P1"), ("e2", "P2"), ("e3", "P3")}
    renko, li, drai = found[("e1", "P1")], found[("e2", "P2")], found[("e3", "P3")]
    assert renko.match and "family name renko equal" in renko.explanations
    assert li.match and any("pinyin" in e for e in li.explanations)
    assert not drai.match and 0.7 <= drai.score < 0.9  # possible: a reviewer decides
    assert "drai and dray one letter apart" in drai.explanations


def test_a_shared_family_name_or_first_word_is_no_match() -> None:
    found = matches(
        entity("e1", "Li Qiang", "PERSON"),  # another Li
        entity("e2", "Okafor", "PERSON"),
        entity("e3", "Halden Maritime Holdings", "ORG"),
    )
    assert found == {}


def test_a_company_matches_without_its_legal_form_and_never_a_person() -> None:
    found = matches(
        entity("e1", "Brackwater Advisory Ltd", "ORG"),
        entity("e2", "Brackwater Advisory", "PERSON"),
    )
    (only,) = found
    assert only == ("e1", "O1")
    assert any("legal form" in e for e in found[only].explanations)  # type: ignore[attr-defined]


def test_screening_in_processes_finds_what_one_process_finds(monkeypatch) -> None:
    from sourcebook.screen import match

    monkeypatch.setattr(match, "PARALLEL_FROM", 4)
    monkeypatch.setattr(match, "STEP", 2)
    people = [
        entity("e1", "Tomas Renko", "PERSON"),
        entity("e2", "李克強", "PERSON"),
        entity("e3", "Viktor Drai", "PERSON"),
        entity("e4", "Brackwater Advisory Ltd", "ORG"),
        entity("e5", "Li Qiang", "PERSON"),
    ]
    done: list[int] = []
    alone = screen(people, LIST)
    together = screen(people, LIST, workers=2, progress=done.append)
    assert [(m.entity, m.entry.id, m.score) for m in together] == [
        (m.entity, m.entry.id, m.score) for m in alone
    ]
    assert len(alone) == 4 and sum(done) == len(people)
