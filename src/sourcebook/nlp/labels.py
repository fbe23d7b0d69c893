"""sourcebook's one entity label scheme, and how each source's labels map onto it.

The model learns PERSON, ORG and LOC, the labels every open training set shares; GPE and NORP
come from the gazetteer stage (`sourcebook.nlp.gazetteer`), which knows countries, their
subdivisions, large cities and demonyms. docs/reference/entity-labels.md is generated from here.
"""

from __future__ import annotations

from typing import Final

#: Each label and what it means, as users read it in the docs and the UI.
LABELS: Final[dict[str, str]] = {
    "PERSON": "A named person, real or fictional, without titles: 'Li Keqiang', 'Ms Okafor'.",
    "ORG": "A named organisation: companies, agencies, ministries, parties, armed groups, "
    "outlets, courts, teams.",
    "GPE": "A geopolitical entity: a country, state, province, region with a government, or city.",
    "LOC": "Any other named place: rivers, mountains, seas, regions without a government, "
    "streets, buildings, camps; also a place the gazetteer does not know as a GPE.",
    "NORP": "A nationality, religious or political group named as such: 'Syrian', 'Rohingya', "
    "'Kurds', 'Sunni', 'Republicans'.",
}

#: Labels the statistical model is trained on; the rest are added by rules.
MODEL_LABELS: Final[tuple[str, ...]] = ("PERSON", "ORG", "LOC")

#: (dataset, its label) -> sourcebook label; a missing pair means the span is trained as O.
SOURCE_MAP: Final[dict[tuple[str, str], str]] = {
    ("uner", "PER"): "PERSON",
    ("uner", "ORG"): "ORG",
    ("uner", "LOC"): "LOC",
    ("gum", "PER"): "PERSON",
    ("gum", "ORG"): "ORG",
    ("gum", "LOC"): "LOC",
    ("wikigold", "PER"): "PERSON",
    ("wikigold", "ORG"): "ORG",
    ("wikigold", "LOC"): "LOC",
    ("sec", "PER"): "PERSON",
    ("sec", "ORG"): "ORG",
    ("sec", "LOC"): "LOC",
    ("re3d", "Person"): "PERSON",
    ("re3d", "Organisation"): "ORG",
    ("re3d", "Location"): "LOC",
}

#: Why the other labels of the sources are left out of training.
DROPPED: Final[dict[str, str]] = {
    "MISC (GUM, wikigold, SEC)": "a grab bag (events, works, nationalities) UNER leaves as O; "
    "training it would teach the model two contradicting answers",
    "Nationality (re3d)": "NORP comes from the demonym list, which knows every country",
    "other re3d types": "nominal mentions, quantities and dates, not names",
}

#: sourcebook label -> the three-way PER/ORG/LOC scheme of UNER and CoNLL-2003, for scoring.
EVAL_MAP: Final[dict[str, str]] = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
