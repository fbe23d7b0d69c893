"""Corpus entities from document-level names: who is joined, who is kept apart, and why."""

from __future__ import annotations

from sourcebook.records import Decision, DecisionKind, Entity, Mention
from sourcebook.resolve.entities import resolve


def mention(document: str, name: str, label: str = "PERSON", *aliases: str) -> Mention:
    return Mention(document, 0, len(name), name, label, name, None, aliases)


def by_name(entities: list[Entity], name: str) -> Entity:
    return next(e for e in entities if name == e.name or name in e.aliases)


def test_resolve_joins_one_persons_forms_with_evidence() -> None:
    found = resolve(
        [
            mention("a", "Vladimir Putin"),
            mention("b", "Путин Владимир"),
            mention("c", "Li Keqiang", "PERSON", "李克強"),
            mention("d", "李克强"),
        ]
    ).entities
    putin = by_name(found, "Vladimir Putin")
    assert "Путин Владимир" in putin.aliases and putin.documents == ("a", "b")
    assert any("another order" in line for line in putin.evidence)
    li = by_name(found, "Li Keqiang")
    assert {"李克強", "李克强"} <= set(li.aliases) and len(li.documents) == 2


def test_resolve_keeps_people_with_one_family_name_apart() -> None:
    found = resolve(
        [mention("a", "Li Qiang"), mention("b", "Li Keqiang"), mention("c", "Li")]
    ).entities
    assert by_name(found, "Li Qiang").id != by_name(found, "Li Keqiang").id
    assert by_name(found, "Li").name == "Li"  # two Lis named in full: no guess


def test_resolve_gives_a_bare_family_name_to_the_one_person_named_in_full() -> None:
    found = resolve([mention("a", "Dana Okafor"), mention("b", "Okafor")]).entities
    okafor = by_name(found, "Dana Okafor")
    assert "Okafor" in okafor.aliases and okafor.mentions == 2


def test_resolve_joins_organisations_by_legal_form_acronym_and_word_order() -> None:
    found = resolve(
        [
            mention("a", "Brackwater Advisory Ltd", "ORG"),
            mention("b", "Brackwater Advisory", "ORG"),
            mention("a", "Cassin Port Authority", "ORG"),
            mention("c", "CPA", "ORG"),
            mention("a", "Ministry of the Interior", "ORG"),
            mention("d", "Interior Ministry", "ORG"),
        ]
    ).entities
    assert len(found) == 3
    assert by_name(found, "CPA").name == "Cassin Port Authority"
    assert by_name(found, "Interior Ministry").name == "Ministry of the Interior"


def test_resolve_places_join_whatever_the_model_called_them() -> None:
    found = resolve([mention("a", "Port Cassin", "GPE"), mention("b", "Port Cassin", "LOC")])
    assert len(found.entities) == 1
    assert found.entity_of[("PLACE", "Port Cassin")] == found.entities[0].id


def test_resolve_follows_a_reviewers_merge_and_split() -> None:
    names = [mention("a", "M. Ilves"), mention("b", "Mart Ilves"), mention("c", "Tomas Renko")]
    assert len(resolve(names).entities) == 2  # the initial fits
    split = [Decision(DecisionKind.SPLIT, "M. Ilves", "Mart Ilves")]
    assert len(resolve(names, split).entities) == 3
    merge = [Decision(DecisionKind.MERGE, "Tomas Renko", "Mart Ilves")]
    joined = by_name(resolve(names, merge).entities, "Tomas Renko")
    assert "merged by hand" in " ".join(joined.evidence)


def test_resolve_ids_do_not_depend_on_document_order() -> None:
    names = [mention("a", "Dana Okafor"), mention("b", "Rosa Mendel"), mention("c", "Okafor")]
    first = {e.name: e.id for e in resolve(names).entities}
    again = {e.name: e.id for e in resolve(list(reversed(names))).entities}
    assert first == again


def test_resolve_joins_two_romanisations_of_one_person() -> None:
    found = resolve([mention("a", "Aleksandr Tereshchenko"), mention("b", "Alexander Tereschenko")])
    assert len(found.entities) == 1


def test_resolve_decisions_find_names_however_the_reviewer_types_them() -> None:
    names = [
        mention("a", "Dana Okafor"),
        mention("b", "Samuel Okafor"),
        Mention("c", 0, 9, "Ms Okafor", "PERSON", "Okafor", "Ms"),
    ]
    assert by_name(resolve(names).entities, "Okafor").name == "Okafor"  # two Okafors: no guess
    merged = resolve(names, [Decision(DecisionKind.MERGE, "ms okafor", "dana okafor")])
    assert "Okafor" in by_name(merged.entities, "Dana Okafor").aliases
