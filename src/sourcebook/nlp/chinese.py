"""Chinese names offline: segmentation, name candidates, pinyin, script conversion, aliases.

Investigations meet the same person as "Li Keqiang" in an English wire story and as 李克强 or
李克強 in a Chinese one; this module lets resolution connect them without a network or a
downloaded model: jieba's dictionary, pypinyin's tables and OpenCC's configs ship in the wheels.
Spans always index the caller's original string, whichever script it is in.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from sourcebook.text.fold import CJK, fold_cjk

#: Two-character surnames, kept whole so 欧阳修 is "Ouyang Xiu" and not "Ou Yangxiu".
COMPOUND_SURNAMES: Final[frozenset[str]] = frozenset(
    "欧阳 司马 诸葛 上官 司徒 司空 东方 夏侯 皇甫 尉迟 公孙 慕容 长孙 令狐 宇文 澹台 端木 "
    "轩辕 呼延 钟离 赫连 濮阳 淳于 申屠 闻人 太史 南宫 西门 独孤 万俟 单于 拓跋 完颜".split()
)

#: Surnames whose everyday reading differs from their reading as a surname (单 is dan, but Shan).
SURNAME_READINGS: Final[dict[str, str]] = {
    "单": "shan", "曾": "zeng", "解": "xie", "区": "ou", "仇": "qiu", "朴": "piao", "查": "zha",
    "盖": "ge", "乐": "yue", "覃": "qin", "缪": "miao", "秘": "bi", "种": "chong", "繁": "po",
    "翟": "zhai", "召": "shao", "员": "yun", "薄": "bo", "隗": "wei", "阚": "kan", "句": "gou",
    "藏": "zang", "卜": "bu", "佴": "nai", "折": "she", "黑": "he", "洗": "xian", "蕃": "pi",
}  # fmt: skip

#: jieba part-of-speech tag -> sourcebook label (nrfg: jieba's tag for some well-known people).
TAG_LABELS: Final[dict[str, str]] = {
    "nr": "PERSON", "nrfg": "PERSON", "nrt": "PERSON", "ns": "LOC", "nt": "ORG",
}  # fmt: skip

# A place name ending like this is an administrative unit, so a GPE; jieba's ns does not say which.
_GPE_SUFFIXES: Final[tuple[str, ...]] = ("国", "省", "市", "县", "州", "自治区", "特别行政区")
_NAME_DOTS: Final[str] = "·•‧・"
_LATIN: Final[str] = r"A-Za-z\u00C0-\u024F\u0300-\u036F"
_CAP_WORD: Final[str] = rf"[A-Z\u00C0-\u00DE\u0100-\u024F][{_LATIN}]*(?:['’\-][{_LATIN}]+)*"
_LATIN_RUN = re.compile(
    rf"{_CAP_WORD}(?:(?:[ \-]+|\s+(?:of|the|and|for|de|van|von|al)\s+){_CAP_WORD}){{0,5}}\s*$"
)
_HAN_RUN = re.compile(rf"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff{_NAME_DOTS}]+\s*$")
_PARENS = re.compile(r"[(（]([^()（）\n]{1,80})[)）]")
_LATIN_ONLY = re.compile(rf"[{_LATIN}][{_LATIN} .'’\-]*")
_HAN_ONLY = re.compile(rf"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff{_NAME_DOTS}]+")


@dataclass(frozen=True, slots=True)
class Word:
    text: str  # as in the original string, whichever script
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class NameCandidate:
    text: str
    start: int
    end: int
    label: str  # PERSON, ORG, LOC or GPE (see sourcebook.nlp.labels)
    pinyin: str  # "Li Keqiang" for a Chinese person; the syllables run together otherwise


@dataclass(frozen=True, slots=True)
class Alias:
    latin: str
    latin_start: int
    latin_end: int
    chinese: str
    chinese_start: int
    chinese_end: int
    confirmed: bool  # the Latin spelling romanises the characters; else leave it to the caller


@lru_cache(maxsize=1)
def _jieba() -> Any:
    """Load jieba once: building its prefix dictionary takes about a second, and it logs."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.initialize()
    return jieba


@lru_cache(maxsize=2)
def _converter(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Phrase-aware (may change length); use `fold_cjk` where offsets must hold."""
    return str(_converter("t2s").convert(text))


def to_traditional(text: str) -> str:
    return str(_converter("s2t").convert(text))


def segment(text: str) -> list[Word]:
    """Segment a simplified copy (jieba's dictionary is simplified) and slice the original."""
    folded = fold_cjk(text)
    return [
        Word(text[start:end], start, end)
        for _, start, end in _jieba().tokenize(folded)
        if folded[start:end].strip()
    ]


def _tagged(folded: str) -> list[tuple[str, str, int, int]]:
    """jieba.posseg gives no offsets; its pieces cover the text in order, so count them."""
    pieces: list[tuple[str, str, int, int]] = []
    pos = 0
    for pair in _jieba().posseg.cut(folded):
        word, flag = str(pair.word), str(pair.flag)
        start = folded.find(word, pos)
        if start < 0:
            continue
        pos = start + len(word)
        pieces.append((word, flag, start, pos))
    return pieces


def name_candidates(text: str) -> list[NameCandidate]:
    """Names as jieba tags them: a high-recall list for the resolver, not a verdict."""
    folded = fold_cjk(text)
    spans: list[tuple[str, int, int, bool]] = []  # label, start, end, transliterated
    for word, flag, start, end in _tagged(folded):
        label = TAG_LABELS.get(flag)
        last = spans[-1] if spans else None
        if label == "PERSON" and last and last[0] == "PERSON":
            gap = folded[last[2] : start]
            dotted = bool(gap) and all(ch in _NAME_DOTS for ch in gap)
            if dotted or (not gap and (last[2] - last[1] == 1 or end - start == 1)):
                spans[-1] = ("PERSON", last[1], end, last[3] or dotted or flag == "nrt")
                continue  # 布|林肯, 唐纳德·特朗普: one person
        if label == "LOC" and word.endswith(_GPE_SUFFIXES):
            label = "GPE"
        if label:
            spans.append((label, start, end, flag == "nrt"))
    found = []
    for label, start, end, foreign in spans:
        if end - start < 2:  # a lone character is a fragment or an abbreviation (美), not a name
            continue
        simple = folded[start:end]
        family_first = label == "PERSON" and not foreign and len(simple) <= 4
        pinyin = romanize(simple) if family_first else _romanize_run(simple)
        found.append(NameCandidate(text[start:end], start, end, label, pinyin))
    return found


def _syllables(han: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    return [str(s) for s in lazy_pinyin(han, style=Style.NORMAL, v_to_u=True, errors="ignore")]


def _join(syllables: list[str]) -> str:
    """Pinyin orthography: an apostrophe before a, o, e inside a word keeps Xi'an from xian."""
    parts = [s if i == 0 or s[:1] not in "aoe" else "'" + s for i, s in enumerate(syllables)]
    return "".join(parts).capitalize()


def _romanize_run(text: str) -> str:
    """A place, an organisation or a transliterated foreign name: words, no family name."""
    words = re.split(rf"[{_NAME_DOTS}\s]+", fold_cjk(text))
    return " ".join(_join(_syllables(w)) for w in words if w)


def _split_name(simple: str) -> tuple[str, str]:
    if len(simple) >= 3 and simple[:2] in COMPOUND_SURNAMES:
        return simple[:2], simple[2:]
    return simple[:1], simple[1:]


def _name_parts(name: str) -> tuple[str, str]:
    """Family and given name in pinyin; the surname read as a surname (曾 zeng, not ceng)."""
    simple = fold_cjk(name.strip())
    family, given = _split_name(simple)
    whole = _syllables(simple)
    if len(whole) == len(simple):  # one syllable per character: keep the readings in context
        family_syl, given_syl = whole[: len(family)], whole[len(family) :]
    else:
        family_syl, given_syl = _syllables(family), _syllables(given)
    if family in SURNAME_READINGS:
        family_syl = [SURNAME_READINGS[family]]
    return _join(family_syl), _join(given_syl)


def romanize(name: str) -> str:
    """A Chinese personal name as newspapers print it: "李克强" -> "Li Keqiang".

    Names with a middle dot are transliterated foreign names, so they keep their own order.
    """
    if any(dot in name for dot in _NAME_DOTS):
        return _romanize_run(name)
    family, given = _name_parts(name)
    return f"{family} {given}".strip()


def _fold_latin(text: str) -> str:
    """Drop what spellings of one name differ by: case, spaces, hyphens, apostrophes, tones."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())


def same_name(latin: str, chinese: str) -> bool:
    """Whether a Latin spelling is the pinyin of a Chinese name, in either order.

    Only Hanyu Pinyin is recognised: Wade-Giles or Cantonese spellings (Chiang Kai-shek) are not
    confirmed, and a caller may still link them by other evidence.
    """
    han = chinese.strip()
    if not han or CJK.search(latin) or not all(CJK.match(ch) for ch in han):
        return False
    key = _fold_latin(latin)
    if not key:
        return False
    family, given = (_fold_latin(part) for part in _name_parts(han))
    spellings = {family + given, given + family}
    if "ü" in romanize(han).casefold():  # 吕 is printed Lü, Lu, Lv or Lyu
        spellings |= {s.replace("u", "v") for s in spellings}
        spellings |= {s.replace("lu", "lyu").replace("nu", "nyu") for s in spellings}
    return key in spellings


def parenthetical_aliases(text: str) -> list[Alias]:
    """Pairs a writer glossed in parentheses: "Li Keqiang (李克强)" or "李克强（Li Keqiang）"."""
    aliases: list[Alias] = []
    for match in _PARENS.finditer(text):
        inner = match.group(1).strip()
        inner_start = match.start(1) + match.group(1).index(inner[:1])
        inner_end = inner_start + len(inner)
        offset = max(0, match.start() - 120)
        before = text[offset : match.start()]
        if _HAN_ONLY.fullmatch(inner) and (run := _LATIN_RUN.search(before)):
            end = offset + run.start() + len(run.group().rstrip())
            words = reversed(list(re.finditer(_CAP_WORD, run.group())))
            start, ok = _pick(text, [offset + run.start() + w.start() for w in words], end, inner)
            aliases.append(Alias(text[start:end], start, end, inner, inner_start, inner_end, ok))
        elif _LATIN_ONLY.fullmatch(inner) and (run := _HAN_RUN.search(before)):
            run_start = offset + run.start()
            end = run_start + len(run.group().rstrip())
            starts = list(range(end - 2, max(run_start, end - 6) - 1, -1)) or [run_start]
            start, ok = _pick(text, starts, end, inner)
            start = start if ok else _last_name_start(text, run_start, end)
            aliases.append(Alias(inner, inner_start, inner_end, text[start:end], start, end, ok))
    return aliases


def _pick(text: str, starts: list[int], end: int, gloss: str) -> tuple[int, bool]:
    """The shortest span ending at `end` that names the gloss: titles come before names."""
    for start in starts:
        span = text[start:end]
        if same_name(span, gloss) or same_name(gloss, span):
            return start, True
    return starts[-1], False


def _last_name_start(text: str, run_start: int, end: int) -> int:
    """Where the Chinese side starts when nothing confirms: the last name or word of the run."""
    run = text[run_start:end]
    for candidate in reversed(name_candidates(run)):
        if candidate.end == len(run):
            return run_start + candidate.start
    words = segment(run)
    return run_start + words[-1].start if words else run_start
