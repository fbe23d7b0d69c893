"""A small hand-made JSON export whose spans are true offsets, found in the texts, not typed."""

from __future__ import annotations

from typing import Any

GAZETTE = (
    "Port authority chief Marta Rensky said on 8 March 2026 that 212 containers had been "
    'seized at Velmora harbour. "We acted on a tip from customs," Rensky told reporters. '
    "The Velmora Port Authority denied that any bribes were paid. "
    "According to Reuters, the inquiry began in 2025.\n"
)
TIMES = (
    "Customs officials put the number of seized containers at about 180. "
    "Marta Rensky, who heads the Velmora Port Authority, said the operation was "
    '"a turning point". Officials in Velmora said bribes had been paid to inspectors. '
    "Prosecutors expect charges in April 2026.\n"
)
TEXTS = {"d1": GAZETTE, "d2": TIMES}


def span(document: str, phrase: str, nth: int = 0) -> dict[str, Any]:
    """`document`, `start`, `end` and `text` of the nth occurrence of `phrase`."""
    text = TEXTS[document]
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return {"document": document, "start": start, "end": start + len(phrase), "text": phrase}


def _mention(
    document: str, phrase: str, label: str, entity: str | None, name: str, nth: int = 0
) -> dict[str, Any]:
    return {
        **span(document, phrase, nth),
        "label": label,
        "entity": entity,
        "name": name,
        "title": None,
    }


def sample_export() -> dict[str, Any]:
    """Two reports of one seizure that disagree on the count; a denial contested by the other."""
    rensky, authority, velmora, reuters = "ent-rensky", "ent-vpa", "ent-velmora", "ent-reuters"
    quote_1 = span("d1", "We acted on a tip from customs")
    speaker_1 = span("d1", "Rensky", 1)
    quote_2 = span("d2", "a turning point")
    claim_1 = span("d1", "212 containers")
    claim_2 = span("d2", "about 180")
    return {
        "schema_version": 1,
        "generator": "sourcebook 0.test",
        "documents": [
            {
                "id": "d1",
                "path": "press/gazette-0309.html",
                "title": "Containers seized at Velmora",
                "source": "Harbour Gazette",
                "published": "2026-03-09",
                "language": "en",
                "text": GAZETTE,
                "media_type": "text/html",
                "author": "Ines Kolar",
                "published_precision": "day",
                "duplicate_of": None,
            },
            {
                "id": "d2",
                "path": "press/times-march.pdf",
                "title": "Velmora seizure: what we know",
                "source": "Coastal Times",
                "published": "2026-03",
                "language": "en",
                "text": TIMES,
                "media_type": "application/pdf",
                "author": None,
                "published_precision": "month",
                "duplicate_of": None,
            },
        ],
        "entities": [
            {
                "id": rensky,
                "name": "Marta Rensky",
                "type": "PERSON",
                "aliases": ["Rensky"],
                "documents": ["d1", "d2"],
                "mentions": 3,
                "evidence": ["'Rensky' is the surname of 'Marta Rensky'"],
            },
            {
                "id": authority,
                "name": "Velmora Port Authority",
                "type": "ORG",
                "aliases": [],
                "documents": ["d1", "d2"],
                "mentions": 2,
                "evidence": [],
            },
            {
                "id": velmora,
                "name": "Velmora",
                "type": "GPE",
                "aliases": [],
                "documents": ["d1", "d2"],
                "mentions": 2,
                "evidence": [],
            },
            {
                "id": reuters,
                "name": "Reuters",
                "type": "ORG",
                "aliases": [],
                "documents": ["d1"],
                "mentions": 1,
                "evidence": [],
            },
            {
                "id": "ent-charges",
                "name": "Velmora Customs Act",
                "type": "LAW",
                "aliases": [],
                "documents": [],
                "mentions": 0,
                "evidence": [],
            },
        ],
        "mentions": [
            _mention("d1", "Marta Rensky", "PERSON", rensky, "Marta Rensky"),
            _mention("d1", "Rensky", "PERSON", rensky, "Marta Rensky", 1),
            _mention("d1", "Velmora", "GPE", velmora, "Velmora"),
            _mention("d1", "Velmora Port Authority", "ORG", authority, "Velmora Port Authority"),
            _mention("d1", "Reuters", "ORG", reuters, "Reuters"),
            _mention("d2", "Marta Rensky", "PERSON", rensky, "Marta Rensky"),
            _mention("d2", "Velmora Port Authority", "ORG", authority, "Velmora Port Authority"),
            _mention("d2", "Velmora", "GPE", velmora, "Velmora", 1),
            _mention("d2", "Customs officials", "NORP", None, "Customs officials"),
        ],
        "quotes": [
            {
                "id": "q1",
                **quote_1,
                "kind": "direct",
                "speaker": "Marta Rensky",
                "speaker_entity": rensky,
                "cluster": "qc1",
                "cue": "told",
                "speaker_start": speaker_1["start"],
                "speaker_end": speaker_1["end"],
            },
            {
                "id": "q2",
                **quote_2,
                "kind": "mixed",
                "speaker": "Marta Rensky",
                "speaker_entity": rensky,
                "cluster": "qc2",
                "cue": "said",
                "speaker_start": span("d2", "Marta Rensky")["start"],
                "speaker_end": span("d2", "Marta Rensky")["end"],
            },
        ],
        "claims": [
            {
                "id": "c1",
                **claim_1,
                "value_low": 212,
                "value_high": 212,
                "unit": None,
                "qualifier": None,
                "subject": "containers seized",
                "cluster": "cc1",
                "sentence_start": 0,
                "sentence_end": GAZETTE.index(".") + 1,
                "attributed_to": "Marta Rensky",
            },
            {
                "id": "c2",
                **claim_2,
                "value_low": 170.0,
                "value_high": 190.0,
                "unit": None,
                "qualifier": "about",
                "subject": "containers seized",
                "cluster": "cc1",
                "sentence_start": 0,
                "sentence_end": TIMES.index(".") + 1,
                "attributed_to": "Customs officials",
            },
        ],
        "claim_clusters": [
            {
                "id": "cc1",
                "label": "containers seized",
                "verdict": "conflict",
                "members": ["c1", "c2"],
                "sources": ["d1", "d2"],
                "independent_sources": 2,
                "reason": "212 lies outside 170-190",
                "measure": "count",
                "unit": None,
            },
        ],
        "quote_clusters": [
            {
                "id": "qc1",
                "members": ["q1"],
                "speaker": "Marta Rensky",
                "speaker_entity": rensky,
                "speakers_differ": False,
                "text": quote_1["text"],
            },
            {
                "id": "qc2",
                "members": ["q2"],
                "speaker": "Marta Rensky",
                "speaker_entity": rensky,
                "speakers_differ": False,
                "text": quote_2["text"],
            },
        ],
        "events": [
            {
                "id": "e1",
                **span("d1", "8 March 2026"),
                "date": "2026-03-08",
                "precision": "day",
                "entities": [rensky, velmora],
                "end_date": None,
                "resolution": "absolute",
            },
            {
                "id": "e2",
                **span("d1", "2025"),
                "date": "2025",
                "precision": "year",
                "entities": [reuters],
                "end_date": None,
                "resolution": "absolute",
            },
            {
                "id": "e3",
                **span("d2", "April 2026"),
                "date": "2026-04",
                "precision": "month",
                "entities": [],
                "end_date": None,
                "resolution": "absolute",
            },
            {
                "id": "e4",
                **span("d2", "the operation"),
                "date": None,
                "precision": None,
                "entities": [rensky],
                "end_date": None,
                "resolution": "unresolved",
            },
        ],
        "citations": [
            {**_without_text(span("d1", "Reuters")), "cited": "Reuters", "kind": "according to"},
        ],
        "contested": [
            {
                "id": "x1",
                "label": "bribes paid",
                "kind": "denial",
                "statements": [
                    {
                        **span(
                            "d1", "The Velmora Port Authority denied that any bribes were paid."
                        ),
                        "speaker": "Velmora Port Authority",
                        "speaker_entity": authority,
                        "stance": "denies",
                    },
                    {
                        **span(
                            "d2", "Officials in Velmora said bribes had been paid to inspectors."
                        ),
                        "speaker": "Officials in Velmora",
                        "speaker_entity": None,
                        "stance": "asserts",
                    },
                ],
            },
        ],
        "screening": [],
    }


def _without_text(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key != "text"}
