"""Whether a name is the press's: citation finding and the relay graph both ask.

"The police reported three deaths" credits a claimant; "the Post reported" relays an outlet.
Only names that look like an outlet's count as relayed press.
"""

from __future__ import annotations

from sourcebook.analyze import titles as T


def is_outlet(name: str) -> bool:
    words = name.lower().split()
    return bool(words) and (
        words[-1] in T.OUTLET_HEADS
        or name.lower() in T.OUTLETS
        or not T.PRESS_WORDS.isdisjoint(words[:-1])
    )
