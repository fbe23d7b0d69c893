"""Two names of one kind compared: the score and the reasons a reviewer can check.

People (`screen.people`) are compared family name against family name and given names in
order; bodies (`screen.bodies`) without their legal forms, word by word. Both fold case,
accents, punctuation and script first (pinyin for Chinese, traditional to simplified, any
script to Latin letters). Scores stay below 1 unless two names are written alike once folded,
so a reviewer can tell "the same words" from "the same person, probably".
"""

from __future__ import annotations

from functools import lru_cache

from sourcebook.screen.bodies import compare_bodies
from sourcebook.screen.entries import PERSON
from sourcebook.screen.people import compare_people
from sourcebook.screen.words import Reasons


@lru_cache(maxsize=1 << 18)
def compare(a: str, b: str, kind: str) -> tuple[float, Reasons]:
    """The score and reasons for two names of one kind (PERSON or ORGANIZATION). Remembered:
    a list's common names meet the corpus's common names many times over."""
    return (compare_people if kind == PERSON else compare_bodies)(a, b)
