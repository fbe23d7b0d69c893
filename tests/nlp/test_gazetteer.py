"""The gazetteer stage on a blank English pipeline, with model entities set by hand."""

from __future__ import annotations

from collections.abc import Sequence

import pycountry
import pytest
import spacy
from spacy.language import Language

from sourcebook.nlp import gazetteer  # also registers the factory
from sourcebook.nlp.names import SHORT_FORMS, load_names, read_demonyms

#: The 193 UN member states, by ISO 3166-1 alpha-2 code.
UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM
GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS
LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK
NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO
ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM
ZW
""".split()


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("gazetteer")
    return nlp


def run(
    nlp: Language, text: str, model: Sequence[tuple[str, str]] = (), **config: bool
) -> list[tuple[str, str]]:
    """Entities after the gazetteer, given (text, label) spans the "model" found."""
    doc = nlp.make_doc(text)
    spans = []
    for found, label in model:
        start = text.index(found)
        span = doc.char_span(start, start + len(found), label=label)
        assert span is not None, found
        spans.append(span)
    doc.set_ents(spans, default="outside")
    component = (
        gazetteer.Gazetteer(nlp, "gazetteer", **config) if config else nlp.get_pipe("gazetteer")
    )
    return [(ent.text, ent.label_) for ent in component(doc).ents]


def test_gazetteer_relabels_model_loc_country_as_gpe(nlp: Language) -> None:
    assert run(nlp, "Talks resumed in Syria.", [("Syria", "LOC")]) == [("Syria", "GPE")]


def test_gazetteer_relabels_loc_with_article(nlp: Language) -> None:
    got = run(nlp, "He flew to the United States.", [("the United States", "LOC")])
    assert got == [("the United States", "GPE")]


def test_gazetteer_relabels_org_only_when_whole_span_is_country(nlp: Language) -> None:
    assert run(nlp, "China said no.", [("China", "ORG")]) == [("China", "GPE")]
    assert run(nlp, "China Mobile said no.", [("China Mobile", "ORG")]) == [("China Mobile", "ORG")]


def test_gazetteer_relabels_only_orgs_that_are_countries(nlp: Language) -> None:
    assert run(nlp, "Barcelona won.", [("Barcelona", "ORG")]) == [("Barcelona", "ORG")]


def test_gazetteer_keeps_loc_that_is_not_geopolitical(nlp: Language) -> None:
    got = run(nlp, "The Euphrates crosses Africa.", [("Euphrates", "LOC"), ("Africa", "LOC")])
    assert got == [("Euphrates", "LOC"), ("Africa", "LOC")]


def test_gazetteer_relabels_stoplisted_name_the_model_found(nlp: Language) -> None:
    assert run(nlp, "They met in Nice.", [("Nice", "LOC")]) == [("Nice", "GPE")]


def test_gazetteer_relabels_small_town_the_model_found_but_never_adds_it(nlp: Language) -> None:
    assert run(nlp, "They met in Kidderminster.", [("Kidderminster", "LOC")]) == [
        ("Kidderminster", "GPE")
    ]
    assert run(nlp, "They met in Kidderminster.") == []


def test_gazetteer_adds_small_capitals(nlp: Language) -> None:
    assert run(nlp, "They met in Valletta.") == [("Valletta", "GPE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Refugees crossed from Syria into Turkey.", [("Syria", "GPE"), ("Turkey", "GPE")]),
        ("Police in Lagos and Texas agreed.", [("Lagos", "GPE"), ("Texas", "GPE")]),
        ("Aid reached Africa.", [("Africa", "LOC")]),
        ("Syrian and Kurdish fighters", [("Syrian", "NORP"), ("Kurdish", "NORP")]),
        ("Rohingya fled.", [("Rohingya", "NORP")]),
        ("Sunni and Shiite clerics", [("Sunni", "NORP"), ("Shiite", "NORP")]),
        ("Democrats and Republicans voted.", [("Democrats", "NORP"), ("Republicans", "NORP")]),
        ("Jewish, Hindu and Buddhist groups", [("Jewish", "NORP"), ("Hindu", "NORP"), ("Buddhist", "NORP")]),
        ("Chinese officials", [("Chinese", "NORP")]),
    ],
)  # fmt: skip
def test_gazetteer_adds_gpe_norp_loc_where_model_found_none(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert run(nlp, text) == expected


def test_gazetteer_never_overwrites_or_cuts_model_entity(nlp: Language) -> None:
    got = run(
        nlp,
        "Bank of China hired Georgia Syria in Amman.",
        [("Bank of China", "ORG"), ("Georgia Syria", "PERSON")],
    )
    assert got == [("Bank of China", "ORG"), ("Georgia Syria", "PERSON"), ("Amman", "GPE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BEIJING, CHINA — Officials met.", [("BEIJING", "GPE"), ("CHINA", "GPE")]),
        ("They sold china plates.", []),
        ("the turkey was dry", []),
        ("Imports From China Rose", [("China", "GPE")]),
    ],
)
def test_gazetteer_matches_written_case_title_and_capitals_only(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert run(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    ["Reading the file took hours.", "Nice work.", "Mobile phones failed.", "Man of the year."],
)
def test_gazetteer_skips_stoplisted_words(nlp: Language, text: str) -> None:
    assert run(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad Smith spoke.", []),
        ("Michael Jordan spoke.", []),
        ("Georgia Tech won.", []),
        ("Troops left Chad.", [("Chad", "GPE")]),
        ("They met in Amman, Jordan.", [("Amman", "GPE"), ("Jordan", "GPE")]),
        ("In Jordan, prices rose.", [("Jordan", "GPE")]),
        ("JORDAN PETERSON", []),
    ],
)
def test_gazetteer_skips_place_names_beside_a_person_name(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert run(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul is in South Korea.", [("Seoul", "GPE"), ("South Korea", "GPE")]),
        ("Ships in the South China Sea", [("South China Sea", "LOC")]),
        ("Storms hit New South Wales.", [("New South Wales", "GPE")]),
        ("Aid to Papua New Guinea", [("Papua New Guinea", "GPE")]),
        ("Ships in the Indian Ocean", [("Indian Ocean", "LOC")]),
    ],
)
def test_gazetteer_resolves_overlaps_longest_first(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert run(nlp, text) == expected


@pytest.mark.parametrize(
    "form",
    ["American", "Americans", "Syrian", "Syrians", "Rohingya", "Rohingyas", "Kurd", "Kurds",
     "Uyghur", "Uyghurs", "Uighur", "Uighurs", "Muslim", "Muslims", "Christians", "Hindus",
     "Buddhists", "Shia", "Filipinos", "Britons"],
)  # fmt: skip
def test_gazetteer_tags_demonym_singulars_and_plurals(nlp: Language, form: str) -> None:
    assert run(nlp, f"Local {form} gathered.") == [(form, "NORP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US troops left.", [("US", "GPE")]),
        ("The U.S. agreed.", [("U.S.", "GPE")]),
        ("PLEASE TELL US MORE", []),
        ("Us and them.", []),
    ],
)
def test_gazetteer_reads_us_as_country_only_outside_shouting(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert run(nlp, text) == expected


def test_gazetteer_flags_turn_off_adding_and_relabelling(nlp: Language) -> None:
    text = "Troops left Syria for Iraq."
    model = [("Syria", "LOC")]
    assert run(nlp, text, model, add=False) == [("Syria", "GPE")]
    assert run(nlp, text, model, relabel=False) == [("Syria", "LOC"), ("Iraq", "GPE")]


def test_gazetteer_factory_takes_config() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("gazetteer", config={"add": False})
    assert nlp("Troops left Syria.").ents == ()


def test_gazetteer_keeps_unannotated_tokens_unannotated(nlp: Language) -> None:
    doc = nlp("Troops left Syria.")
    assert [t.ent_iob_ for t in doc] == ["", "", "B", ""]


def test_demonyms_cover_every_un_member_state() -> None:
    table = read_demonyms()
    assert len(UN_MEMBERS) == 193
    assert [code for code in UN_MEMBERS if not table.get(code)] == []
    assert [c for c in UN_MEMBERS if pycountry.countries.get(alpha_2=c) is None] == []


def test_names_know_a_written_name_of_every_un_member_state() -> None:
    names = load_names()
    missing = []
    for code in UN_MEMBERS:
        country = pycountry.countries.get(alpha_2=code)
        written = {getattr(country, a, "") for a in ("name", "common_name", "official_name")}
        written.update(SHORT_FORMS.get(code, ()))
        if not any(names.labels.get(w) == "GPE" for w in written):
            missing.append(code)
    assert missing == []


def test_gazetteer_builds_its_matcher_once_per_process(nlp: Language) -> None:
    # ten thousand written forms: building the matcher per document would dominate its cost
    # (the speed itself is measured by benchmarks/nlp.py, not here)
    first = gazetteer.matcher(nlp, 200_000)
    component = nlp.get_pipe("gazetteer")
    for i in range(3):
        component(nlp.make_doc(f"Officials in Beijing said {i} Syrian soldiers entered Idlib."))
    assert gazetteer.matcher(nlp, 200_000) is first
    assert gazetteer.matcher(nlp, 500_000) is not first  # another threshold, another list
