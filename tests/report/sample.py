"""A small, fictional JSON export: three news items about one night at a port.

Offsets are found in the texts below, so they are the true character spans the exporter would write.
"""

from __future__ import annotations

from typing import Any

WIRE = (
    "Police detained 200 people at the Port of Halvik on 8 March 2026, Meridian News Agency "
    'reported. "We acted within the law," said Interior Minister Rosa Varga. '
    "The operation was planned in March 2026 after a court order."
)
COURIER = (
    "Protests at the port began in 2025. The Harbour Workers Union said 450 people were detained. "
    'Union leader Tomas Brandt said: "Nobody was charged <script>alert(1)</script>." '
    "Varga denied that anyone was held overnight. Brandt said detainees were held overnight."
)
LEDGER = (
    "Police detained 200 people at the Port of Halvik, Meridian News Agency reported. "
    '"We acted within the law," said Interior Minister Rosa Varga.'
)


def span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """The (start, end) of the nth occurrence of `phrase` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _doc(
    id: str, title: str, source: str, published: str, text: str, copy: str | None = None
) -> dict[str, Any]:
    return {
        "id": id, "path": f"news/{id}.html", "title": title, "source": source, "published": published,
        "language": "en", "text": text, "media_type": "text/html", "author": None,
        "published_precision": "day", "duplicate_of": copy,
    }  # fmt: skip


TEXTS = {"wire": WIRE, "courier": COURIER, "ledger": LEDGER}


def _at(document: str, phrase: str, nth: int = 0) -> dict[str, Any]:
    start, end = span(TEXTS[document], phrase, nth)
    return {"document": document, "start": start, "end": end, "text": phrase}


def _mention(document: str, phrase: str, label: str, entity: str, name: str) -> dict[str, Any]:
    return {**_at(document, phrase), "label": label, "entity": entity, "name": name, "title": None}


def _quote(
    id: str, document: str, phrase: str, speaker: str, entity: str, cluster: str | None
) -> dict[str, Any]:
    return {
        "id": id, **_at(document, phrase), "kind": "direct", "speaker": speaker,
        "speaker_entity": entity, "cluster": cluster, "cue": "said", "speaker_start": None,
        "speaker_end": None,
    }  # fmt: skip


def _claim(
    id: str, document: str, phrase: str, value: float, attributed_to: str | None
) -> dict[str, Any]:
    at = _at(document, phrase)
    sentence_start = TEXTS[document].rfind(". ", 0, at["start"])
    return {
        "id": id, **at, "value_low": value, "value_high": value, "unit": None, "qualifier": None,
        "subject": "people detained", "cluster": "cc1",
        "sentence_start": 0 if sentence_start < 0 else sentence_start + 2,
        "sentence_end": TEXTS[document].index(".", at["end"]) + 1, "attributed_to": attributed_to,
    }  # fmt: skip


def _event(
    id: str, document: str, phrase: str, date: str, precision: str, entities: list[str]
) -> dict[str, Any]:
    return {
        "id": id, "date": date, "precision": precision, **_at(document, phrase),
        "entities": entities, "end_date": None, "resolution": "absolute",
    }  # fmt: skip


def _statement(
    document: str, phrase: str, speaker: str, entity: str, stance: str
) -> dict[str, Any]:
    return {**_at(document, phrase), "speaker": speaker, "speaker_entity": entity, "stance": stance}


def _entity(
    id: str, name: str, type: str, aliases: list[str], documents: list[str]
) -> dict[str, Any]:
    return {
        "id": id, "name": name, "type": type, "aliases": aliases, "documents": documents,
        "mentions": len(documents), "evidence": [],
    }  # fmt: skip


SAMPLE: dict[str, Any] = {
    "schema_version": 1,
    "generator": "sourcebook 0.1",
    "documents": [
        _doc("wire", "Dozens held at Halvik port", "Meridian News Agency", "2026-03-09", WIRE),
        _doc("courier", "Union disputes port arrests", "Halvik Courier", "2026-03-10", COURIER),
        _doc("ledger", "Port arrests", "The Northern Ledger", "2026-03-09", LEDGER, copy="wire"),
    ],
    "entities": [
        _entity(
            "e-varga",
            "Rosa Varga",
            "PERSON",
            ["Rosa Varga", "Varga"],
            ["wire", "courier", "ledger"],
        ),
        _entity("e-brandt", "Tomas Brandt", "PERSON", ["Tomas Brandt", "Brandt"], ["courier"]),
        _entity("e-union", "Harbour Workers Union", "ORG", ["Harbour Workers Union"], ["courier"]),
        _entity("e-meridian", "Meridian News Agency", "ORG", [], ["wire", "ledger"]),
        _entity("e-halvik", "Port of Halvik", "PLACE", [], ["wire", "ledger"]),
    ],
    "mentions": [
        _mention("wire", "Rosa Varga", "PERSON", "e-varga", "Rosa Varga"),
        _mention("courier", "Varga", "PERSON", "e-varga", "Rosa Varga"),
        _mention("ledger", "Rosa Varga", "PERSON", "e-varga", "Rosa Varga"),
        _mention("courier", "Tomas Brandt", "PERSON", "e-brandt", "Tomas Brandt"),
        _mention("courier", "Harbour Workers Union", "ORG", "e-union", "Harbour Workers Union"),
        _mention("wire", "Meridian News Agency", "ORG", "e-meridian", "Meridian News Agency"),
        _mention("ledger", "Meridian News Agency", "ORG", "e-meridian", "Meridian News Agency"),
        _mention("wire", "Port of Halvik", "GPE", "e-halvik", "Port of Halvik"),
    ],
    "quotes": [
        _quote("q-wire", "wire", "We acted within the law,", "Rosa Varga", "e-varga", "qc1"),
        _quote("q-ledger", "ledger", "We acted within the law,", "Rosa Varga", "e-varga", "qc1"),
        _quote(
            "q-brandt",
            "courier",
            "Nobody was charged <script>alert(1)</script>.",
            "Tomas Brandt",
            "e-brandt",
            None,
        ),
    ],
    "claims": [
        _claim("c-wire", "wire", "200 people", 200, None),
        _claim("c-courier", "courier", "450 people", 450, "Harbour Workers Union"),
    ],
    "claim_clusters": [
        {
            "id": "cc1",
            "label": "people detained at the port",
            "verdict": "conflict",
            "members": ["c-wire", "c-courier"],
            "sources": ["wire", "courier"],
            "independent_sources": 2,
            "reason": "200 and 450 cannot both be the number detained",
            "measure": "count",
            "unit": None,
        }
    ],  # fmt: skip
    "quote_clusters": [
        {
            "id": "qc1",
            "members": ["q-wire", "q-ledger"],
            "speaker": "Rosa Varga",
            "speaker_entity": "e-varga",
            "speakers_differ": False,
            "text": "We acted within the law,",
        }
    ],  # fmt: skip
    "events": [
        _event("ev-day", "wire", "8 March 2026", "2026-03-08", "day", ["e-halvik"]),
        _event("ev-month", "wire", "in March 2026", "2026-03", "month", []),
        _event("ev-year", "courier", "in 2025", "2025", "year", ["e-union"]),
    ],
    "citations": [
        {**_at("wire", "Meridian News Agency"), "cited": "Meridian News Agency", "kind": "reported"}
    ],
    "contested": [
        {
            "id": "k1",
            "label": "whether anyone was held overnight",
            "kind": "denial",
            "statements": [
                _statement(
                    "courier",
                    "Varga denied that anyone was held overnight.",
                    "Rosa Varga",
                    "e-varga",
                    "denies",
                ),
                _statement(
                    "courier",
                    "Brandt said detainees were held overnight.",
                    "Tomas Brandt",
                    "e-brandt",
                    "asserts",
                ),
            ],
        }
    ],  # fmt: skip
    "screening": [
        {
            "entity": "e-brandt",
            "entry_id": "X-17",
            "entry_name": "Tomas BRANDT",
            "list": "Example Watch List",
            "program": None,
            "score": 0.71,
            "match": False,
            "explanations": ["name: exact after case folding"],
        }
    ],  # fmt: skip
}
