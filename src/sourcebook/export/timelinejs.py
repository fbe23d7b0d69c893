"""The dated events of a JSON export in TimelineJS's JSON format (timeline.knightlab.com).

A date keeps only the parts its precision knows: a year-precision event gets a `year` and no
month, because TimelineJS would otherwise show "1 January" as if it were reported. Events with
no date are left out. Each slide quotes the sentence around the event and names the document
and the character span it comes from, so a reader of the timeline can go back to the passage.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

PARTS = ("year", "month", "day")
DEPTH = {"year": 1, "month": 2, "day": 3}
HEADLINE_LENGTH = 90


def timelinejs(data: Mapping[str, Any]) -> dict[str, Any]:
    """A TimelineJS timeline: a title slide and one slide per dated event, in date order."""
    documents = {doc["id"]: doc for doc in data.get("documents") or []}
    names = {entity["id"]: entity["name"] for entity in data.get("entities") or []}
    slides = []
    for event in data.get("events") or []:
        start_date = timeline_date(event.get("date"), event.get("precision"))
        if start_date is None:
            continue
        slides.append((event["date"], _slide(event, start_date, documents, names)))
    slides.sort(key=lambda pair: pair[0])
    sources = {slide["group"] for _, slide in slides if "group" in slide}
    title = {
        "text": {
            "headline": "Timeline",
            "text": html.escape(
                f"{len(slides)} dated events from {len(sources)} sources, "
                f"written by {data.get('generator') or 'sourcebook'}"
            ),
        }
    }
    return {"title": title, "events": [slide for _, slide in slides]}


def timeline_date(date: str | None, precision: str | None = None) -> dict[str, str] | None:
    """`"2026-03"` at month precision -> `{"year": "2026", "month": "3"}`; None without a date."""
    if not date:
        return None
    negative = date.startswith("-")
    parts = date.lstrip("-").split("T")[0].split("-")
    depth = min(DEPTH.get(precision or "", len(parts)), len(parts))
    out = {name: str(int(value)) for name, value in zip(PARTS, parts[:depth], strict=False)}
    if negative:
        out["year"] = f"-{out['year']}"
    return out


def _slide(
    event: Mapping[str, Any],
    start_date: dict[str, str],
    documents: Mapping[str, Mapping[str, Any]],
    names: Mapping[str, str],
) -> dict[str, Any]:
    doc = documents.get(event["document"], {})
    text = doc.get("text") or ""
    start, end = event["start"], event["end"]
    sentence_start, sentence_end = sentence_around(text, start, end) if text else (start, end)
    passage = text[sentence_start:sentence_end] if text else str(event.get("text") or "")
    where = doc.get("title") or doc.get("path") or event["document"]
    source = doc.get("source")
    cite = f"{where} ({source})" if source else str(where)
    involved = [names.get(entity, entity) for entity in event.get("entities") or []]
    body = [
        f"<blockquote>{html.escape(passage)}</blockquote>",
        f"<p>Source: {html.escape(cite)}, chars {sentence_start}-{sentence_end}; "
        f"date read from «{html.escape(str(event.get('text') or text[start:end]))}» "
        f"at chars {start}-{end}.</p>",
    ]
    if involved:
        body.append(f"<p>Involved: {html.escape(', '.join(involved))}</p>")
    slide: dict[str, Any] = {
        "start_date": start_date,
        "text": {"headline": html.escape(_shorten(passage)), "text": "\n".join(body)},
        "unique_id": f"sb-{event['id']}",
    }
    end_date = timeline_date(event.get("end_date"))
    if end_date is not None:
        slide["end_date"] = end_date
    if source or doc.get("title"):
        slide["group"] = str(source or doc.get("title"))
    return slide


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding [start, end): from after the last stop to the next."""
    left = max(text.rfind(stop, 0, start) for stop in (". ", "? ", "! ", "\n"))
    left = 0 if left < 0 else left + 1
    while left < start and text[left].isspace():
        left += 1
    rights = [i for stop in (". ", "? ", "! ", "\n") if (i := text.find(stop, end)) >= 0]
    right = min(rights) + 1 if rights else len(text)
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right


def _shorten(passage: str) -> str:
    if len(passage) <= HEADLINE_LENGTH:
        return passage
    return passage[: HEADLINE_LENGTH - 1].rsplit(" ", 1)[0] + "…"
