"""Two names compared: what a reviewer would call one name, what two, and why."""

import pytest

from sourcebook.screen.compare import compare
from sourcebook.screen.entries import ORGANIZATION, PERSON
from sourcebook.screen.match import FIRM, POSSIBLE


def person(a: str, b: str) -> tuple[float, tuple[str, ...]]:
    score, features = compare(a, b, PERSON)
    return score, tuple(f.detail for f in features)


def body(a: str, b: str) -> tuple[float, tuple[str, ...]]:
    score, features = compare(a, b, ORGANIZATION)
    return score, tuple(f.detail for f in features)


PEOPLE_ALIKE = [
    ("PUTIN, Vladimir", "Vladimir Putin", "written before the comma"),
    ("RENKO Tomas", "Tomas Renko", "written in capitals"),
    ("Hans J Friedrich", "Hans Joachim Friedrich", "J. is the initial of joachim"),
    ("JC Juncker", "Jean-Claude Juncker", "C. is the initial of claude"),
    ("Bachar el-Assad", "Bashar al-Assad", "bachar and bashar one letter apart"),
    ("Wolodymyr Selenskyj", "Volodymyr Zelenskyy", "one name spelled two ways"),
    ("Ig0r Sech1n", "Igor Sechin", "family name sechin equal"),
    ("SergeiLavrov", "Sergei Lavrov", "spaces moved"),
    ("Kim Jong-uun", "Kim Jong-un", "differ in vowels only"),
    ("Ротенберг Аркадий", "Arkadii Romanovich Rotenberg", "romanovich on one side only"),
    ("عمر عباس", "Omar Abbas", "omar spells mr, as Arabic script writes it"),
    ("Saddam Husayn", "Saddam Hussein", "one name spelled two ways"),
    ("H.E. Dr. Jörg Jäger", "Jorg Jager", "family name jager equal"),
    ("HE CHUNMEI", "He Chunmei", "family name"),  # He is a family name, not "His Excellency"
    ("Suh Eunji", "Seo Eun-ji", "one Korean family name romanised two ways"),
    ("송현우", "Song Hyun-woo", "differ in vowels only"),
    ("박근혜", "Park Geun-hye", "one Korean family name romanised two ways"),
    ("Ali Abdullah Saleh", "علي عبد الله صالح", "abdullah spells bdllh"),
    ("María Domínguez", "María Domínguez Flores", "flores on one side only"),
    ("Jesú Mendoza", "Jesús Mendoza", "jesu and jesus one letter apart"),
]


@pytest.mark.parametrize(("a", "b", "reason"), PEOPLE_ALIKE)
def test_a_person_written_another_way_matches(a: str, b: str, reason: str) -> None:
    score, reasons = person(a, b)
    assert POSSIBLE <= score < 1.0
    assert any(reason in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Li Qiang", "Li Keqiang"),  # one family name, two people
        ("Khan", "Imran Khan"),  # a family name alone names nobody in particular
        ("N.N.", "Nursultan Nazarbayev"),  # initials alone
        ("Frost, William G.", "William W Frost"),  # two different middle initials
        ("SALMAN BIN MUHAMMAD AL-RAWI", "MUHAMMAD BIN SALMAN AL-RAWI"),  # father and son
        ("ABDUL KABIR ABDUL JAN", "ABDUL KABIR MOHAMMAD JAN"),  # one name of four differs
        ("SAIF AL-DIN AL-RAWI", "SAIF-AL-DIN FULAYYIH HASSAN TAHA AL-RAWI"),  # three left out
        ("Pedro Sancho", "Pedro Sánchez"),  # two family names
        ("Robert Smith", "Roberta Smith"),  # a man's name and a woman's
        ("Maria Petrova", "Mario Petrova"),
        ("Mahmoud Abbas", "محمد عباس"),  # Mahmoud writes a و that Muhammad has not
        ("Hasan Ali", "حسين علي"),  # Hasan is not Husayn, in either script
        ("Hassan Al-Zein", "Hussein Al-Zein"),  # two given names, though their consonants agree
        ("Choi Su-jin", "Choi Su-bin"),  # a syllable of another consonant: another name
        ("Chen Gang", "Shen Gang"),  # Chinese family names a letter apart are two families
        ("习近朋", "习近平"),  # one character differs, however pinyin reads it
        ("محمد شريف السوداني", "محمد شياع السوداني"),  # one script: a letter is another name
    ],
)
def test_two_people_do_not_match(a: str, b: str) -> None:
    assert person(a, b)[0] < POSSIBLE


def test_identical_names_in_any_script_match() -> None:
    assert person("Путин Владимир", "Путин Владимир")[0] == 1.0
    assert POSSIBLE <= person("عمر", "عمر")[0] < FIRM  # one name alone: possible only


def test_one_doubtful_step_leaves_a_possible_match_not_a_firm_one() -> None:
    for a, b in [
        ("Ali Hassan", "Hassan Ali"),
        ("J Smith", "Jane Smith"),
        ("Kim Jong", "Kim Jong-un"),
    ]:
        assert POSSIBLE <= person(a, b)[0] < FIRM, (a, b)


def test_a_score_of_one_means_written_alike_once_folded() -> None:
    assert person("Tomas Renko", "Tomas Renko")[0] == 1.0
    assert person("TOMAS RENKO", "Tomas Renko")[0] == 0.99
    score, reasons = person("張偉", "张伟")
    assert score == 0.99 and "once simplified" in reasons[0]


def test_a_single_name_matches_only_its_like_and_only_as_possible() -> None:
    assert POSSIBLE <= person("Hannibal", "Hannibal")[0] < FIRM
    assert person("Hannibal", "Hannibal Barca")[0] == 0.0


BODIES_ALIKE = [
    ("Siemens Aktiengesellschaft", "Siemens AG", "aktiengesellschaft is the legal form AG"),
    ("Ravenscroft Beheer NV", "Ravenscroft Beheer Naamloze Vennootschap", "legal form NV"),
    ("Atlas Trading Lmiited", "Atlas Trading Ltd", "equal without case"),
    ("OAO Gazprom", "Open Joint Stock Company Gazprom", "equal without case"),
    ("Goldman Sachs & Co. L.L.C.", "Goldman Sachs & Co. LLC", "equal without case"),
    ("Brigade Forty-Four", "Brigade 44", "equal without case"),
    ("1st International Bank", "First International Bank", "equal without case"),
    ("U.S. Department of State", "United States Department of State", "equal without case"),
    ("PLA", "People’s Liberation Army", "PLA is the initials of peoples liberation army"),
    ("PricewaterhouseCoopers LLP", "Pricewaterhouse Coopers LLP", "spaces moved"),
    ("Brakwater Advisory Ltd", "Brackwater Advisory Limited", "spelled two ways"),
    ("Deutsche Bank (Schweiz) AG", "Deutsche Bank AG", "schweiz names where"),
]


@pytest.mark.parametrize(("a", "b", "reason"), BODIES_ALIKE)
def test_a_body_written_another_way_matches(a: str, b: str, reason: str) -> None:
    score, reasons = body(a, b)
    assert POSSIBLE <= score < 1.0
    assert any(reason in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Deutsche Bank AG", "Deutsche Bank GmbH"),  # a joint-stock and a limited company
        ("Brigade 44", "Brigade 45"),
        ("Bowne Global Solutions, Inc.", "Bowne Global Solutions II, Inc."),
        ("Halden Maritime Holdings", "Halden Marine Services"),
        ("C.B.A. Company", "A.B.C. Company"),
        ("Industrial and Commercial Bank of Chad", "Industrial and Commercial Bank of China"),
        ("Snow", "Snoe"),  # one short word a letter apart: nothing else confirms it
        ("Moscow Zoo", "Moscow"),  # "zoo" is no legal form, though "Sp. z o.o." is one
        ("As Salam Bank", "Salam Bank"),  # "As" leads the name; A/S is written after it
        ("Hong Kong Trading", "Hong Trading"),
    ],
)
def test_two_bodies_do_not_match(a: str, b: str) -> None:
    assert body(a, b)[0] < POSSIBLE


def test_two_kinds_of_company_are_named_in_the_explanation() -> None:
    _, features = compare("Deutsche Bank AG", "Deutsche Bank GmbH", ORGANIZATION)
    (form,) = (f for f in features if f.name == "legal_form")
    assert form.detail == "legal forms AG and GMBH are two kinds of company"
    assert form.score < POSSIBLE  # the cost that makes one name of two kinds a non-match


def test_every_feature_of_a_match_is_named_and_scored() -> None:
    _, features = compare("RENKO, Tomas", "Tomas Renko", PERSON)
    assert {f.name for f in features} == {"reading", "family_name", "given_names"}
    assert all(0 < f.score <= 1 and f.detail for f in features)
