"""What a figure counts, reduced to a key two papers share when they count the same thing.

One paper writes "200 people were detained", another "200 protesters detained", a denial "only
60 people had been arrested": all count detentions. The key is the class of the subject's
participle or noun where news vocabulary has one ("died", "killed" and "deaths" are all deaths),
else the subject's noun with its modifiers, plural folded ("jobs" → "job"; "non-executive
members" stays apart from plain "members", which may belong to another body). Money reads its noun the same way
("fee of €4.2 million" → "fee").
"""

from __future__ import annotations

import re

#: Words news reporting uses for the same measured outcome, by class.
CLASSES: dict[str, frozenset[str]] = {
    "killed": frozenset(
        "killed dead died deaths death fatalities perished drowned lives toll".split()
    ),
    "injured": frozenset("injured wounded hurt injuries hospitalised hospitalized".split()),
    "detained": frozenset("detained arrested detentions arrests jailed imprisoned rounded".split()),
    "missing": frozenset("missing unaccounted disappeared".split()),
    "displaced": frozenset("evacuated displaced relocated moved fled homeless".split()),
    "rescued": frozenset("rescued saved".split()),
    "destroyed": frozenset("destroyed damaged razed flattened".split()),
}
_CLASS_OF = {word: name for name, words in CLASSES.items() for word in words}
#: Nouns that name whoever is counted, not what happened to them.
GENERIC = frozenset("people persons others individuals civilians residents".split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def measure(subject: str | None) -> str | None:
    """The key of what `subject` counts, or None when analysis found no subject."""
    if not subject:
        return None
    head = re.split(r"\s(?:of|for|to|in|at|on)\s", subject.lower(), maxsplit=1)[0]
    words: list[str] = _WORD.findall(head)
    for word in reversed(words):
        if word in _CLASS_OF:
            return _CLASS_OF[word]
    nouns = [w for w in words if not w.endswith(("ed", "ing")) or w in GENERIC]
    if not nouns:
        return None
    if nouns[-1] in GENERIC:
        return "people"
    *modifiers, noun = nouns  # "non-executive members" and "members" may be different bodies
    if len(noun) > 3 and noun.endswith("s") and not noun.endswith("ss"):
        noun = noun[:-1]
    return " ".join([*modifiers, noun])
