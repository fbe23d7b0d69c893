"""The fact sheet as Markdown: plain enough to paste into an e-mail or a newsroom editor."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from sourcebook.report.cite import Cite, Reference, adds_context
from sourcebook.report.facts import build_facts
from sourcebook.report.model import Actor, FactSheet

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def render_markdown(data: Mapping[str, Any]) -> str:
    """Render the export `data` as a Markdown fact sheet whose every line cites its passage."""
    return "\n".join(_lines(build_facts(data))).rstrip() + "\n"


def md(text: str | None) -> str:
    """Document text on one line, with Markdown's and HTML's special characters escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join((text or "").split()))


def cite_line(cite: Cite, passage: bool = True) -> str:
    where = ", ".join(md(p) for p in (cite.reference.source or cite.reference.title,
                                       cite.reference.published) if p)  # fmt: skip
    return f"[{cite.label}] {where}" + (f": “{md(cite.excerpt)}”" if passage else "")


def _cites(cites: Iterable[Cite], more: int = 0, indent: str = "  ") -> list[str]:
    lines = [f"{indent}- {cite_line(c)}" for c in cites]
    return lines + ([f"{indent}- and {more} more documents"] if more else [])


def _actors(title: str, actors: tuple[Actor, ...]) -> list[str]:
    if not actors:
        return []
    lines = [f"## {title}", ""]
    for a in actors:
        aliases = [x for x in a.aliases if x != a.name]
        also = f" (also: {', '.join(md(x) for x in aliases)})" if aliases else ""
        plural = "s" if a.documents != 1 else ""
        lines.append(f"- **{md(a.name)}**{also}: named in {a.documents} document{plural}")
        lines += _cites(a.cites, a.more)
    return [*lines, ""]


def _reference(ref: Reference) -> str:
    about = ", ".join(md(p) for p in (ref.source, ref.published) if p)
    copy = f" (copy of [{ref.duplicate_of}])" if ref.duplicate_of else ""
    return (
        f"{ref.number}. **{md(ref.title)}**{f' — {about}' if about else ''}. {md(ref.path)}{copy}"
    )


def _lines(sheet: FactSheet) -> Iterable[str]:
    yield "# Fact sheet"
    yield ""
    yield f"_{md(sheet.generator)}, from {len(sheet.references)} documents._ {sheet.intro}"
    yield ""
    yield from _actors("People", sheet.people)
    yield from _actors("Organisations", sheet.organisations)
    if sheet.speakers:
        yield from ("## Quotes", "")
        for speaker in sheet.speakers:
            yield f"### {md(speaker.name) if speaker.name else 'Speaker not named'}"
            yield ""
            for q in speaker.quotes:
                plural = "s" if q.documents != 1 else ""
                differ = "; the documents name different speakers" if q.speakers_differ else ""
                yield f"- “{md(q.text)}” ({q.kind or 'quote'}, in {q.documents} document{plural}{differ})"
                yield from _cites(q.cites, q.more)
            yield ""
    if sheet.figures:
        yield from ("## Figures", "")
        for f in sheet.figures:
            yield f"### {md(f.label)}: {f.verdict}"
            yield ""
            reason = f"{md(f.reason)}. " if f.reason else ""
            yield f"{reason}{f.independent_sources} independent of {f.sources} sources."
            yield ""
            for w in f.wordings:
                by = f" (attributed to {md(w.attributed_to)})" if w.attributed_to else ""
                yield f"- “{md(w.text)}”{by} {cite_line(w.cite)}"
            yield ""
    if sheet.contested:
        yield from ("## Contested statements", "")
        for c in sheet.contested:
            yield from (f"### {md(c.label)} ({c.kind})", "", "| Who | Stance | Says | Cited |")
            yield "|---|---|---|---|"
            for s in c.statements:
                who = md(s.speaker) if s.speaker else "not named"
                said = f"“{md(s.text)}”"
                if adds_context(s.text, s.cite):
                    said += f" in “{md(s.cite.excerpt)}”"
                yield f"| {who} | {md(s.stance)} | {said} | {cite_line(s.cite, passage=False)} |"
            yield ""
    if sheet.timeline:
        yield from ("## Timeline", "")
        for m in sheet.timeline:
            who = f" ({', '.join(md(n) for n in m.entities)})" if m.entities else ""
            worked = " (worked out from the publication date)" if m.relative else ""
            said = f"“{md(m.cite.excerpt)}”"
            yield f"- **{md(m.when)}**{worked}: {said}{who} {cite_line(m.cite, passage=False)}"
        yield ""
    if sheet.screening:
        yield from ("## Screening matches", "")
        yield "Names compared with lists the user supplied; a match is a lead to check, not a finding."
        yield ""
        for match in sheet.screening:
            strength = "firm match" if match.firm else "possible match"
            score = f", score {match.score:.2f}" if match.score is not None else ""
            program = f", {md(match.program)}" if match.program else ""
            yield f"- **{md(match.entity)}** and {md(match.entry_name)} ({md(match.list)}{program}): {strength}{score}"
            yield from (f"  - {md(x)}" for x in match.explanations)
            yield from _cites(match.cites)
        yield ""
    yield from ("## Documents", "")
    yield from (_reference(r) for r in sheet.references)
