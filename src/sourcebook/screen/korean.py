"""Korean names: family names romanised several ways, and names in Hangul read syllable by
syllable.

A Korean family name is romanised by older and newer systems and by family habit: 이 is Lee,
Yi or Rhee, 박 Park, Pak or Bak. These are one family, which no spelling rule finds ("Lee" and
"Yi" share no letter). Hangul names are written without spaces, so `anyascii` gives one word
("GimJeongEun"); read by syllable, the first is the family name and the rest the given name.
"""

from __future__ import annotations

import re
from typing import Final

#: Each common Korean family name's romanisations, the usual one first.
#: The spellings `anyascii` gives Hangul (이 "i", 박 "bag", 곽 "gwag") are among them.
_FAMILIES = """kim gim | lee yi rhee ri rhie i | park pak bak bag | choi choe | jung jeong chung
    | kang gang | cho jo | yoon yun | jang chang | lim im rim | han | seo suh | shin sin
    | kwon gwon | hwang | song | hong | moon mun | bae pae | oh o | yoo yu ryu lyu
    | jeon jun chun | ko go | nam | ahn an | noh roh no | ha | kwak gwak gwag
    | sung seong | cha | joo ju chu | min | baek paek baeg | heo hur | nam"""
ROMANISED: Final[dict[str, str]] = {
    spelling: names.split()[0] for names in _FAMILIES.split("|") for spelling in names.split()
}
_HANGUL = re.compile(r"[\uac00-\ud7a3]+")


def one_family(x: str, y: str) -> bool:
    """Whether two romanised words are one Korean family name ("Lee", "Yi")."""
    return x in ROMANISED and ROMANISED[x] == ROMANISED.get(y)


def by_syllable(written: str) -> str:
    """A name in Hangul with its family name apart from its given name: 송현우 → "송 현우"."""
    return _HANGUL.sub(lambda m: f"{m[0][0]} {m[0][1:]}" if len(m[0]) > 1 else m[0], written)
