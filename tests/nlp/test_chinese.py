import subprocess
import sys

import pytest

from sourcebook.nlp.chinese import (
    Alias,
    name_candidates,
    parenthetical_aliases,
    romanize,
    same_name,
    segment,
    to_simplified,
    to_traditional,
)

SIMPLIFIED = "国务院总理李克强在北京会见了美国国务卿。"
TRADITIONAL = "國務院總理李克強在北京會見了美國國務卿。"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("李克强", "Li Keqiang"),
        ("习近平", "Xi Jinping"),
        ("李克強", "Li Keqiang"),
        ("欧阳修", "Ouyang Xiu"),
        ("歐陽修", "Ouyang Xiu"),
        ("司马光", "Sima Guang"),
        ("诸葛亮", "Zhuge Liang"),
        ("单雄信", "Shan Xiongxin"),
        ("曾国藩", "Zeng Guofan"),
        ("解缙", "Xie Jin"),
        ("吕不韦", "Lü Buwei"),
        ("刘恩爱", "Liu En'ai"),
        ("唐纳德·特朗普", "Tangnade Telangpu"),
    ],
)
def test_romanize_puts_family_name_first_and_reads_it_as_a_surname(
    name: str, expected: str
) -> None:
    assert romanize(name) == expected


def test_segment_reports_offsets_on_traditional_original() -> None:
    words = segment(TRADITIONAL)
    assert [w.text for w in words][:3] == ["國務院", "總理", "李克強"]
    for word in words:
        assert TRADITIONAL[word.start : word.end] == word.text
    assert [(w.start, w.end) for w in words] == [(w.start, w.end) for w in segment(SIMPLIFIED)]


def test_segment_skips_whitespace() -> None:
    assert [w.text for w in segment("李克强 在北京")] == ["李克强", "在", "北京"]


def test_name_candidates_label_people_places_and_organisations() -> None:
    found = {(c.text, c.label, c.pinyin) for c in name_candidates(SIMPLIFIED)}
    assert ("李克强", "PERSON", "Li Keqiang") in found
    assert ("国务院", "ORG", "Guowuyuan") in found
    assert ("北京", "LOC", "Beijing") in found
    assert ("美国", "GPE", "Meiguo") in found


def test_name_candidates_spans_index_the_traditional_original() -> None:
    found = name_candidates(TRADITIONAL)
    person = next(c for c in found if c.label == "PERSON")
    assert (person.text, person.start, person.end) == ("李克強", 5, 8)
    assert person.pinyin == "Li Keqiang"
    for candidate in found:
        assert TRADITIONAL[candidate.start : candidate.end] == candidate.text


def test_name_candidates_join_a_transliterated_name_across_the_middle_dot() -> None:
    text = "唐纳德·特朗普在华盛顿"
    people = [c for c in name_candidates(text) if c.label == "PERSON"]
    assert [(c.text, c.start, c.end) for c in people] == [("唐纳德·特朗普", 0, 7)]


def test_name_candidates_of_text_without_names_is_empty() -> None:
    assert name_candidates("Nothing Chinese here.") == []
    assert name_candidates("") == []


@pytest.mark.parametrize(
    ("latin", "chinese"),
    [
        ("Li Keqiang", "李克强"),
        ("Keqiang Li", "李克强"),
        ("LI Keqiang", "李克強"),
        ("Lǐ Kèqiáng", "李克强"),
        ("Xi Jin-ping", "习近平"),
        ("Ouyang Xiu", "欧阳修"),
        ("Ou-Yang Xiu", "歐陽修"),
        ("Zeng Guofan", "曾国藩"),
        ("Lu Buwei", "吕不韦"),
        ("Lyu Buwei", "吕不韦"),
    ],
)
def test_same_name_accepts_spellings_orders_and_scripts(latin: str, chinese: str) -> None:
    assert same_name(latin, chinese)


@pytest.mark.parametrize(
    ("latin", "chinese"),
    [
        ("Li Qiang", "李克强"),
        ("Li Keqiang", "李强"),
        ("Ceng Guofan", "曾国藩"),
        ("", "李克强"),
        ("Li Keqiang", ""),
        ("李克强", "李克强"),
    ],
)
def test_same_name_rejects_other_names(latin: str, chinese: str) -> None:
    assert not same_name(latin, chinese)


def test_aliases_find_latin_name_glossed_in_characters() -> None:
    text = "Premier Li Keqiang (李克强) said"
    assert parenthetical_aliases(text) == [Alias("Li Keqiang", 8, 18, "李克强", 20, 23, True)]


def test_aliases_find_characters_glossed_in_latin_with_full_width_parentheses() -> None:
    text = "国务院总理李克強（Li Keqiang）说"
    [alias] = parenthetical_aliases(text)
    assert alias == Alias("Li Keqiang", 9, 19, "李克強", 5, 8, True)
    assert text[alias.chinese_start : alias.chinese_end] == alias.chinese


def test_aliases_accept_family_name_last() -> None:
    [alias] = parenthetical_aliases("Keqiang Li （李克強）")
    assert (alias.latin, alias.chinese, alias.confirmed) == ("Keqiang Li", "李克強", True)


def test_aliases_keep_an_unconfirmed_pair_for_the_caller() -> None:
    [wrong_name] = parenthetical_aliases("Li Qiang (李克强) said")
    assert (wrong_name.latin, wrong_name.chinese, wrong_name.confirmed) == (
        "Li Qiang",
        "李克强",
        False,
    )
    [title] = parenthetical_aliases("the Ministry of State Security (国家安全部) said")
    assert (title.latin, title.chinese, title.confirmed) == (
        "Ministry of State Security",
        "国家安全部",
        False,
    )


def test_aliases_ignore_parentheses_in_one_script() -> None:
    assert parenthetical_aliases("Li Keqiang (the premier) and 李克强（总理）") == []


def test_opencc_converts_between_scripts() -> None:
    assert to_simplified(TRADITIONAL) == SIMPLIFIED
    assert to_traditional(SIMPLIFIED) == TRADITIONAL


def test_chinese_prints_nothing_while_loading_jieba() -> None:
    code = "from sourcebook.nlp.chinese import segment; segment('李克强在北京')"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout == result.stderr == ""
