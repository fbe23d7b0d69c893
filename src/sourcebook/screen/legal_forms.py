"""The word tables body names are folded with: legal forms and their spelled-out names,
abbreviations, numbers written as words.

Kept apart from the rules so that a jurisdiction's form is a one-line change. Every entry is
in the ASCII lower case `resolve.names.fold` gives, dotted initials already joined ("L.L.C."
is "llc", "Sp. z o.o." is "sp zoo").
"""

from __future__ import annotations

from typing import Final

#: Each legal form's short code, and the spelled-out names that mean it.
SPELLED_OUT: Final[dict[str, tuple[str, ...]]] = {
    "ag": ("aktiengesellschaft", "aktien gesellschaft"),
    "gmbh": ("gesellschaft mit beschrankter haftung",),
    "plc": ("public limited company",),
    "llc": ("limited liability company",),
    "llp": ("limited liability partnership",),
    "lp": ("limited partnership",),
    "ltd": ("limited", "private limited company", "company limited", "co ltd", "pte ltd",
            "pty ltd", "limited company"),
    "jsc": ("joint stock company", "aktsionernoe obshchestvo", "ao"),
    "ojsc": ("open joint stock company", "otkrytoe aktsionernoe obshchestvo", "oao"),
    "cjsc": ("closed joint stock company", "zakrytoe aktsionernoe obshchestvo", "zao"),
    "pjsc": ("public joint stock company", "publichnoe aktsionernoe obshchestvo", "pao"),
    "ooo": ("obshchestvo s ogranichennoy otvetstvennostyu", "tov"),
    "srl": ("societatea cu raspundere limitata", "societa a responsabilita limitata"),
    "sa": ("societe anonyme", "sociedad anonima", "sa de cv"),
    "sp zoo": ("spolka z ograniczona odpowiedzialnoscia",),
    "nv": ("naamloze vennootschap",),
    "bv": ("besloten vennootschap",),
    "sarl": ("societe a responsabilite limitee",),
    "sas": ("societe par actions simplifiee",),
    "fzco": ("free zone company",),
    "fze": ("free zone establishment",),
    "kg": ("kommanditgesellschaft",),
    "gmbh co kg": ("gmbh and co kg",),
    "inc": ("incorporated",),
    "corp": ("corporation",),
    "co": ("company",),
}  # fmt: skip

#: Codes of the same kind of company: a joint-stock company is not a limited-liability one
#: ("Deutsche Bank AG" and "Deutsche Bank GmbH" are two), but "Ltd" or "Inc" say too little
#: to tell anything apart.
STOCK: Final = frozenset("ag jsc ojsc cjsc pjsc sa spa nv as asa ab oyj kk se sas sca kgaa".split())
LIMITED: Final = frozenset({*"gmbh llc ooo srl sarl bv sro kft doo eood sl".split(), "sp zoo"})
#: Forms that say only "a company": they neither tell two apart nor join them.
GENERAL: Final = frozenset(
    "ltd plc inc corp co llp lp pte pty ead fzco fze fzc fzllc kg pt".split()
)

#: Codes written before the name as well as after it ("OOO Atlas", "JSC Tactical Missiles",
#: "SRL Pro Traffic"); other codes of two letters at the front are a word of the name ("As
#: Salam Bank", "Sa Trading").
FIRST: Final = frozenset("ooo ao oao zao pao tov jsc ojsc cjsc pjsc srl llc pt".split())

#: Every spelled-out form to its code, and every code to itself.
FORMS: Final[dict[tuple[str, ...], str]] = {
    **{tuple(code.split()): code for code in STOCK | LIMITED | GENERAL | set(SPELLED_OUT)},
    **{tuple(long.split()): code for code, longs in SPELLED_OUT.items() for long in longs},
}
LONGEST_FORM: Final = max(len(words) for words in FORMS)

#: Short words for long ones in body names.
ABBREVIATIONS: Final[dict[str, tuple[str, ...]]] = {
    "intl": ("international",),
    "natl": ("national",),
    "dept": ("department",),
    "govt": ("government",),
    "mfg": ("manufacturing",),
    "bros": ("brothers",),
    "assn": ("association",),
    "svcs": ("services",),
    "us": ("united", "states"),
    "usa": ("united", "states"),
    "uk": ("united", "kingdom"),
    "uae": ("united", "arab", "emirates"),
}

#: Words for numbers, as digits: "Brigade Forty-Four" is "Brigade 44".
UNITS: Final = dict(
    zip(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split(),
        range(20),
        strict=True,
    )
)
TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINALS: Final = {
    "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
    "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th",
}  # fmt: skip

#: Words that qualify a body by where it works: "Deutsche Bank (Schweiz) AG" is a branch.
PLACES: Final = frozenset(
    """europe asia africa america americas schweiz suisse
    switzerland deutschland germany france uk britain england russia china india
    japan korea singapore dubai emirates cyprus netherlands luxembourg austria italy spain
    turkey usa canada australia brazil mexico""".split()
)
