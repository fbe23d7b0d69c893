"""Word tables the entity rules read: titles that precede names, and the head words that say
what a capitalised run names.

Kept apart from the rules so a new title or outlet word is a one-line change. Entries are lower
case; titles are matched on whole words, longest first.
"""

from __future__ import annotations

import re
from typing import Final

#: Courtesy titles, written with or without a full stop.
HONORIFICS: Final[frozenset[str]] = frozenset(
    "mr mrs ms miss mx dr prof sir dame lord lady madam madame mme monsieur herr frau "
    "sheikh imam rev fr sr sra".split()
)

#: Offices and roles. A qualifier before one ("Interior", "Foreign", "former", "deputy") is
#: taken with it by `title_words`, so "former Deputy Foreign Minister" is one title.
OFFICES: Final[frozenset[str]] = frozenset(
    """president vice-president prime premier minister chancellor secretary undersecretary
    ambassador envoy consul governor mayor senator congressman congresswoman representative
    lawmaker legislator mp deputy chairman chairwoman chair chairperson chief director
    director-general commissioner general colonel major captain lieutenant sergeant admiral
    marshal commander officer king queen prince princess emperor pope bishop archbishop cardinal
    judge justice prosecutor attorney-general spokesman spokeswoman spokesperson
    ceo cfo coo founder head leader secretary-general inspector superintendent constable
    councillor councilor speaker editor reporter correspondent researcher analyst professor
    lawyer activist""".split()
)

#: Words that may stand before an office and belong to the title.
QUALIFIERS: Final[frozenset[str]] = frozenset(
    """former acting deputy vice assistant associate senior junior chief interim then
    foreign interior defence defense finance justice health trade education home permanent
    prime general executive managing regional party state national provincial police army
    ministry company group cabinet opposition""".split()
)

#: Titles of more than one word that are not a qualifier plus an office.
PHRASES: Final[tuple[str, ...]] = (
    "prime minister",
    "attorney general",
    "secretary of state",
    "minister of the interior",
    "managing director",
    "chief executive",
    "party secretary",
)

_PHRASE_WORDS = [phrase.split() for phrase in PHRASES]
_TITLE_STARTS = HONORIFICS | OFFICES | QUALIFIERS | {parts[0] for parts in _PHRASE_WORDS}

#: Last words that make a capitalised run an organisation ("Harbour Times", "Lanhai Group").
ORG_HEADS: Final[frozenset[str]] = frozenset(
    """ministry department office agency authority commission committee council board bureau
    service services police command army navy force forces court tribunal parliament assembly
    congress senate party union federation association cooperative co-operative society
    foundation institute institution university college school hospital bank fund trust
    group holdings company corporation corp inc ltd llc plc gmbh sa ag partners advisory
    consultancy consulting industries enterprises organisation organization watch network
    coalition alliance front movement league church mission centre center club team
    times post gazette ledger courier herald tribune journal news agency press telegraph
    guardian chronicle observer mail express standard review wire daily weekly radio tv
    television broadcasting media""".split()
)

#: First words that make a run "X of Y" an organisation ("Ministry of the Interior").
ORG_STARTS: Final[frozenset[str]] = frozenset(
    """ministry department office bureau council committee commission court bank university
    institute organisation organization federation union association""".split()
)

#: Last words that make an organisation a news outlet, for citations.
OUTLET_HEADS: Final[frozenset[str]] = frozenset(
    """times post gazette ledger courier herald tribune journal news agency press telegraph
    guardian chronicle observer mail express standard wire daily weekly radio television
    broadcasting record sentinel dispatch star echo bulletin mirror inquirer examiner monitor
    register mercury gazetteer despatch""".split()
)
#: Words that make the name they stand in an outlet's wherever they stand ("Coastal News
#: Service", "Fox News Channel").
PRESS_WORDS: Final[frozenset[str]] = frozenset("news press broadcasting wire".split())

#: Outlets known by a bare name.
OUTLETS: Final[frozenset[str]] = frozenset(
    """reuters afp ap bloomberg xinhua bbc cnn tass interfax kyodo yonhap anadolu dpa efe ansa
    aljazeera al-jazeera nhk rfa caixin politico axios""".split()
    + ["associated press", "agence france-presse", "al jazeera", "the associated press"]
)

#: Last words that make a capitalised run a place.
LOC_HEADS: Final[frozenset[str]] = frozenset(
    """quay street road avenue square bridge river lake sea bay gulf strait mountain mountains
    hill hills valley desert island peninsula coast camp park harbour harbor port""".split()
)
GPE_HEADS: Final[frozenset[str]] = frozenset("islands city province county district".split())


def _word(token: str) -> str:
    return token.lower().rstrip(".")


def is_title_word(token: str) -> bool:
    word = _word(token)
    return word in HONORIFICS or word in OFFICES or word in QUALIFIERS


def title_words(tokens: list[str]) -> int:
    """How many leading tokens form a title: "Foreign Minister Anna Keller" -> 2.

    A title must end in an honorific or an office; qualifiers alone ("Interior") are not one.
    """
    if not tokens or _word(tokens[0]) not in _TITLE_STARTS:  # most names: one look suffices
        return 0
    words = [_word(t) for t in tokens]
    best = 0
    for parts in _PHRASE_WORDS:
        if words[: len(parts)] == parts:
            best = max(best, len(parts))
    for i, word in enumerate(words):
        if word in HONORIFICS or word in OFFICES:
            best = max(best, i + 1)
        elif word not in QUALIFIERS:
            break
    return best


def title_before(text: str, start: int) -> str | None:
    """ "ministry spokesperson Teodor Lenz", "Marivel’s interior minister, Dana Okafor"."""
    clause = re.split(r"[.;:!?()\[\]*\n]", text[max(0, start - 120) : start])[-1]
    words = re.findall(r"[\w’'-]+", clause)[-10:]
    kept = 0
    for i in range(len(words) - 1, -1, -1):
        if is_title_word(words[i]):
            kept = len(words) - i
        elif words[i].lower() not in {"of", "the"} and not words[i][:1].isupper():
            break
    title = words[len(words) - kept :]
    return " ".join(title) if title and title_words(title) else None


def title_after(text: str, end: int) -> str | None:
    """ "Anton Veyra, Permanent Secretary", "Rosa Mendel, secretary of the fishers' cooperative",
    "Julian Assange, the WikiLeaks founder"."""
    m = re.match(r",\s*(?:the |a |an )?([^,.;:()\n]{2,60})", text[end:])
    if not m:
        return None
    words = m.group(1).split()
    if not words or len(words) > 7:
        return None
    if title_words(words):
        return " ".join(words)
    # "the WikiLeaks founder", "a Kremlin spokesman": an office after the body it serves
    for i, word in enumerate(words[:4]):
        if _word(word) in OFFICES or _word(word) in HONORIFICS:
            return " ".join(words) if i else None
        if not (word[:1].isupper() or _word(word) in QUALIFIERS):
            return None
    return None
