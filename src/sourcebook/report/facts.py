"""A neutral, ordered fact sheet built from the JSON export, shared by every report format.

All selection and ordering lives here, so the Markdown and HTML renderers only format.
People are ordered by how many documents name them and by nothing else.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sourcebook.report.cite import Cite, Citer, show_date
from sourcebook.report.model import (
    Actor,
    Contest,
    FactSheet,
    Figure,
    Match,
    Moment,
    QuoteLine,
    Speaker,
    Statement,
    Wording,
)

Data = Mapping[str, Any]
INTRO = (
    "People and organisations are listed by how many documents name them, and by nothing else; "
    "sourcebook does not score or rank anyone. Each line cites [document number, character span] "
    "in the reference list at the end, with the passage it rests on."
)
TOP = 15  # people and organisations shown
MAX_CITES = 5  # citations shown on a line; the rest are counted
_VERDICTS = ("conflict", "differing-measure", "compatible", "agree", "single")


def build_facts(data: Data, top: int = TOP) -> FactSheet:
    """Select and order what a reader needs first; every line keeps the spans that support it."""
    cite = Citer(data["documents"])
    entities = {e["id"]: e for e in data["entities"]}
    first = _first_mentions(data["mentions"], cite)
    ranked = sorted(entities.values(), key=lambda e: (-len(e["documents"]), e["name"].casefold()))

    def actors(kind: str) -> tuple[Actor, ...]:
        chosen = [e for e in ranked if e["type"] == kind][:top]
        return tuple(
            Actor(e["name"], e["type"], tuple(e["aliases"]), len(e["documents"]),
                  *_capped(first.get(e["id"], [])))
            for e in chosen
        )  # fmt: skip

    return FactSheet(
        generator=data.get("generator") or "sourcebook",
        intro=INTRO,
        people=actors("PERSON"),
        organisations=actors("ORG"),
        speakers=_speakers(data, cite, entities),
        figures=_figures(data, cite),
        contested=tuple(_contests(data["contested"], cite)),
        timeline=_timeline(data["events"], cite, entities),
        screening=_screening(data["screening"], entities, first),
        references=tuple(sorted(cite.references.values(), key=lambda r: r.number)),
    )


def _capped(cites: list[Cite], limit: int = MAX_CITES) -> tuple[tuple[Cite, ...], int]:
    cites = sorted(cites, key=lambda c: (c.reference.number, c.start))
    return tuple(cites[:limit]), max(0, len(cites) - limit)


def _first_mentions(mentions: Iterable[Data], cite: Citer) -> dict[str, list[Cite]]:
    """Each entity's first mention in each document that names it."""
    seen: dict[tuple[str, str], Data] = {}
    for m in mentions:
        key = (m["entity"], m["document"])
        if m["entity"] and (key not in seen or m["start"] < seen[key]["start"]):
            seen[key] = m
    found: dict[str, list[Cite]] = defaultdict(list)
    for (entity, _), m in seen.items():
        if (c := cite(m["document"], m["start"], m["end"])) is not None:
            found[entity].append(c)
    return found


def _speakers(data: Data, cite: Citer, entities: Mapping[str, Data]) -> tuple[Speaker, ...]:
    """One line per quote cluster or unclustered quote, grouped by who is said to have spoken."""
    quotes = {q["id"]: q for q in data["quotes"]}
    groups = [(c, [quotes[i] for i in c["members"] if i in quotes]) for c in data["quote_clusters"]]
    clustered = {q["id"] for _, members in groups for q in members}
    groups += [(None, [q]) for q in data["quotes"] if q["id"] not in clustered]
    lines: dict[tuple[str | None, str | None], list[QuoteLine]] = defaultdict(list)
    for cluster, members in groups:
        if not members:
            continue
        head = cluster or members[0]
        cites = [c for q in members if (c := cite(q["document"], q["start"], q["end"]))]
        key = (head.get("speaker") or members[0]["speaker"],
               head.get("speaker_entity") or members[0]["speaker_entity"])  # fmt: skip
        text = (cluster or {}).get("text") or members[0]["text"]
        differ = bool(cluster and cluster.get("speakers_differ"))
        kind = members[0]["kind"] if len({q["kind"] for q in members}) == 1 else "mixed"
        documents = len({q["document"] for q in members})
        lines[key].append(QuoteLine(text, kind, documents, differ, *_capped(cites)))

    def order(key: tuple[str | None, str | None]) -> tuple[int, int, str]:
        name, entity = key
        named = len(entities[entity]["documents"]) if entity and entity in entities else 0
        return (name is None, -named, (name or "").casefold())

    return tuple(
        Speaker(key[0], tuple(sorted(lines[key], key=_quote_order)))
        for key in sorted(lines, key=order)
    )


def _sentence(record: Data) -> tuple[int, int] | None:
    """The record's own sentence bounds, when the export carries them."""
    start, end = record.get("sentence_start"), record.get("sentence_end")
    return (start, end) if isinstance(start, int) and isinstance(end, int) else None


def _quote_order(line: QuoteLine) -> tuple[int, int, int]:
    at = line.cites[0] if line.cites else None
    return (-line.documents, at.reference.number if at else 0, at.start if at else 0)


def _figures(data: Data, cite: Citer) -> tuple[Figure, ...]:
    """Claim clusters, conflicts first, each with every member's own wording."""
    claims = {c["id"]: c for c in data["claims"]}
    clusters = list(data["claim_clusters"])
    grouped = {i for c in clusters for i in c["members"]}
    clusters += [
        {"label": c["subject"] or c["text"], "verdict": "single", "reason": None,
         "members": [c["id"]], "sources": [c["document"]], "independent_sources": 1}
        for c in data["claims"] if c["id"] not in grouped
    ]  # fmt: skip
    figures = []
    for cluster in clusters:
        wordings = []
        for claim in (claims[i] for i in cluster["members"] if i in claims):
            if c := cite(claim["document"], claim["start"], claim["end"], _sentence(claim)):
                wordings.append(Wording(claim["text"], claim.get("attributed_to"), c))
        wordings.sort(key=lambda w: (w.cite.reference.number, w.cite.start))
        figures.append(
            Figure(cluster["label"] or "", cluster["verdict"], cluster.get("reason"),
                   cluster["independent_sources"], len(cluster["sources"]), tuple(wordings))
        )  # fmt: skip
    rank = {v: n for n, v in enumerate(_VERDICTS)}
    figures.sort(key=lambda f: (rank.get(f.verdict, len(rank)), -f.independent_sources, f.label))
    return tuple(figures)


def _contests(contested: Iterable[Data], cite: Citer) -> Iterable[Contest]:
    for item in contested:
        statements = tuple(
            Statement(s["speaker"], s["stance"], s["text"], c)
            for s in item["statements"]
            if (c := cite(s["document"], s["start"], s["end"]))
        )
        yield Contest(item["label"] or "", item["kind"], statements)


def _timeline(
    events: Iterable[Data], cite: Citer, entities: Mapping[str, Data]
) -> tuple[Moment, ...]:
    """Dated events in date order; a month-precision date sorts before that month's days."""
    moments = []
    for e in events:
        if not e["date"] or not (c := cite(e["document"], e["start"], e["end"], _sentence(e))):
            continue
        when = show_date(e["date"], e["precision"]) or e["date"]
        if e.get("end_date"):
            when = f"{when} – {show_date(e['end_date'])}"
        names = tuple(entities[i]["name"] if i in entities else i for i in e["entities"])
        relative = e.get("resolution") == "relative"
        moments.append(Moment(e["date"], when, e["text"], names, relative, c))
    moments.sort(key=lambda m: (m.date, m.cite.reference.number, m.cite.start))
    return tuple(moments)


def _screening(
    screening: Iterable[Data], entities: Mapping[str, Data], first: Mapping[str, list[Cite]]
) -> tuple[Match, ...]:
    matches = [
        Match(entities.get(s["entity"], {}).get("name", s["entity"]), s["entry_name"], s["list"],
              s.get("program"), s.get("score"), bool(s["match"]), tuple(s["explanations"]),
              _capped(first.get(s["entity"], []), 3)[0])
        for s in screening
        if s.get("decision") != "dismissed"  # a reviewer said: a namesake
    ]  # fmt: skip
    matches.sort(key=lambda m: (not m.firm, -(m.score or 0.0), m.entity.casefold()))
    return tuple(matches)
