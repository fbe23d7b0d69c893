"""Figures in Chinese and Japanese text: "3万人", "两千", "11億歐元", "超过2,000名".

The English grammar in `quantities` never reads a digit that touches a CJK character (CJK
characters are word characters), so this scan runs, only on text that has them, after it.
Dates, times, ages and ordinals ("3月12日", "45歲", "第3") are recognised and dropped here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
    "七": 7, "八": 8, "九": 9,
}  # fmt: skip
SMALL_SCALES = {"十": 10, "百": 100, "千": 1000}
BIG_SCALES = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "兆": 1e12}
CURRENCY = {
    "美元": "USD", "美金": "USD", "欧元": "EUR", "歐元": "EUR", "英镑": "GBP", "英鎊": "GBP",
    "日元": "JPY", "日圓": "JPY", "円": "JPY", "人民币": "CNY", "人民幣": "CNY", "元": "CNY",
    "港元": "HKD", "港币": "HKD", "港幣": "HKD", "新台币": "TWD", "新台幣": "TWD",
}  # fmt: skip
MEASURES = {
    "%": "%", "％": "%", "公里": "km", "千米": "km", "米": "m", "公斤": "kg", "吨": "t",
    "噸": "t", "小时": "hours", "小時": "hours", "天": "days",
}  # fmt: skip
QUALIFIERS = {
    "超过": ("more than", "low"), "超過": ("more than", "low"), "逾": ("more than", "low"),
    "至少": ("at least", "low"), "近": ("nearly", "high"), "将近": ("nearly", "high"),
    "將近": ("nearly", "high"), "不到": ("fewer than", "high"), "不足": ("fewer than", "high"),
    "多达": ("up to", "high"), "多達": ("up to", "high"), "约": ("about", ""), "約": ("about", ""),
}  # fmt: skip
#: What a figure is not a claim before: date, time, age and reference markers.
NOT_AFTER = "年月日号號时時点點分秒岁歲届屆条條章节節"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_NUMERAL = f"[{''.join(DIGITS)}{''.join(SMALL_SCALES)}]+"
PATTERN = re.compile(
    rf"(?P<qual>{_alt(QUALIFIERS)})?"
    rf"(?<![0-9A-Za-z_.,第])(?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_NUMERAL})"
    rf"(?P<scale>[{''.join(BIG_SCALES)}]*)(?:多|余|餘)?"
    rf"(?P<unit>{_alt(CURRENCY)}|{_alt(MEASURES)})?"
    rf"(?![\d{NOT_AFTER}{''.join(DIGITS)}{''.join(SMALL_SCALES)}{''.join(BIG_SCALES)}])"
)


@dataclass(frozen=True, slots=True)
class CjkFigure:
    start: int
    end: int
    value_low: float | None
    value_high: float | None
    unit: str | None
    qualifier: str | None
    number_start: int
    number_end: int


def parse_cjk(number: str) -> float | None:
    """ "2,000" -> 2000, "两千" -> 2000, "三十五" -> 35, "十二" -> 12."""
    if number[0].isdigit():
        return float(number.replace(",", ""))
    total, digit = 0.0, None
    for char in number:
        if char in DIGITS:
            digit = DIGITS[char]
        elif char in SMALL_SCALES:
            total += (1 if digit is None else digit) * SMALL_SCALES[char]
            digit = None
        else:
            return None
    return total + (digit or 0)


def find_cjk(text: str) -> list[CjkFigure]:
    """Each CJK-written figure worth a claim, in reading order."""
    found = []
    for match in PATTERN.finditer(text):
        value = parse_cjk(match["number"])
        if value is None:
            continue
        for char in match["scale"]:
            value *= BIG_SCALES[char]
        unit = CURRENCY.get(match["unit"] or "") or MEASURES.get(match["unit"] or "")
        if not (unit or match["scale"] or match["qual"]) and not match["number"][0].isdigit():
            if value < 10:
                continue  # "一个", "三方": a bare small word numeral is rarely a figure
        value = float(f"{value:.12g}")
        qualifier, open_side = QUALIFIERS.get(match["qual"] or "", (None, ""))
        low = None if open_side == "high" else value
        high = None if open_side == "low" else value
        found.append(
            CjkFigure(
                match.start(),
                match.end(),
                low,
                high,
                unit,
                qualifier,
                match.start("number"),
                match.end("scale"),
            )  # fmt: skip
        )
    return found
