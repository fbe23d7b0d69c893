"""The fact sheet as one self-contained HTML page: inline CSS, no script, nothing fetched.

It must open offline and print cleanly, since it is what goes to an editor or a lawyer; every
string from the documents is escaped, so a quoted `<script>` stays text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

from sourcebook.report.cite import Cite, Reference, adds_context
from sourcebook.report.facts import build_facts
from sourcebook.report.model import Actor, FactSheet

_CSS = """
body{font:16px/1.5 Georgia,'Times New Roman',serif;color:#1a1a1a;max-width:48rem;margin:2rem auto;padding:0 1rem}
h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.25}h2{border-bottom:1px solid #ccc;margin-top:2rem}
.intro{color:#444}.cites{font-size:.9em;color:#333;list-style:none;padding-left:1rem}
.cites li{margin:.2rem 0}.cite{font-family:system-ui,sans-serif;white-space:nowrap}
blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.8rem;border-left:3px solid #999}
.verdict{font:600 .8em system-ui,sans-serif;text-transform:uppercase;padding:.1em .4em;border:1px solid}
.verdict-conflict{color:#a00}.verdict-differing-measure{color:#a60}
table{border-collapse:collapse;width:100%;font-size:.95em}th,td{border:1px solid #ccc;padding:.3rem;vertical-align:top;text-align:left}
.path{font:.85em ui-monospace,monospace;color:#555;word-break:break-all}
@page{margin:2cm}
@media print{body{max-width:none;margin:0;font-size:10.5pt}a{color:inherit;text-decoration:none}
li,tr,blockquote{break-inside:avoid}h2,h3{break-after:avoid}}
"""


def render_html(data: Mapping[str, Any]) -> str:
    """Render the export `data` as a printable HTML page whose every line cites its passage."""
    sheet = build_facts(data)
    head = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Fact sheet</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
    )
    return head + "\n".join(_body(sheet)) + "\n</main>\n</body>\n</html>\n"


def cite_html(cite: Cite, passage: bool = True) -> str:
    ref = cite.reference
    where = ", ".join(escape(p) for p in (ref.source or ref.title, ref.published) if p)
    anchor = f'<a class="cite" href="#ref-{ref.number}">[{escape(cite.label)}]</a>'
    return f"{anchor} {where}" + (f": <q>{escape(cite.excerpt)}</q>" if passage else "")


def _cites(cites: Iterable[Cite], more: int = 0) -> str:
    items = [f"<li>{cite_html(c)}</li>" for c in cites]
    items += [f"<li>and {more} more documents</li>"] if more else []
    return f'<ul class="cites">{"".join(items)}</ul>' if items else ""


def _actors(title: str, actors: tuple[Actor, ...]) -> Iterable[str]:
    if not actors:
        return
    yield f"<section>\n<h2>{title}</h2>\n<ul>"
    for a in actors:
        aliases = [escape(x) for x in a.aliases if x != a.name]
        also = f" (also: {', '.join(aliases)})" if aliases else ""
        plural = "s" if a.documents != 1 else ""
        yield f"<li><strong>{escape(a.name)}</strong>{also}: named in {a.documents} document{plural}"
        yield f"{_cites(a.cites, a.more)}</li>"
    yield "</ul>\n</section>"


def _reference(ref: Reference) -> str:
    about = ", ".join(escape(p) for p in (ref.source, ref.published) if p)
    copy = (
        f' (copy of <a href="#ref-{ref.duplicate_of}">[{ref.duplicate_of}]</a>)'
        if ref.duplicate_of
        else ""
    )
    return (
        f'<li id="ref-{ref.number}"><strong>{escape(ref.title)}</strong>'
        f'{f" — {about}" if about else ""}. <span class="path">{escape(ref.path)}</span>{copy}</li>'
    )


def _body(sheet: FactSheet) -> Iterable[str]:
    yield "<h1>Fact sheet</h1>"
    yield (
        f'<p class="intro"><em>{escape(sheet.generator)}, from {len(sheet.references)} '
        f"documents.</em> {escape(sheet.intro)}</p>"
    )
    yield from _actors("People", sheet.people)
    yield from _actors("Organisations", sheet.organisations)
    if sheet.speakers:
        yield "<section>\n<h2>Quotes</h2>"
        for speaker in sheet.speakers:
            yield f"<h3>{escape(speaker.name) if speaker.name else 'Speaker not named'}</h3>\n<ul>"
            for q in speaker.quotes:
                plural = "s" if q.documents != 1 else ""
                differ = "; the documents name different speakers" if q.speakers_differ else ""
                about = f"{escape(q.kind or 'quote')}, in {q.documents} document{plural}{differ}"
                yield f"<li><blockquote>{escape(q.text)}</blockquote>({about}){_cites(q.cites, q.more)}</li>"
            yield "</ul>"
        yield "</section>"
    if sheet.figures:
        yield "<section>\n<h2>Figures</h2>"
        for f in sheet.figures:
            badge = f'<span class="verdict verdict-{escape(f.verdict)}">{escape(f.verdict)}</span>'
            yield f"<h3>{escape(f.label)} {badge}</h3>"
            reason = f"{escape(f.reason)}. " if f.reason else ""
            yield f"<p>{reason}{f.independent_sources} independent of {f.sources} sources.</p>\n<ul>"
            for w in f.wordings:
                by = f" (attributed to {escape(w.attributed_to)})" if w.attributed_to else ""
                yield f"<li><q>{escape(w.text)}</q>{by}{_cites([w.cite])}</li>"
            yield "</ul>"
        yield "</section>"
    if sheet.contested:
        yield "<section>\n<h2>Contested statements</h2>"
        for c in sheet.contested:
            yield f"<h3>{escape(c.label)} ({escape(c.kind)})</h3>"
            yield "<table>\n<tr><th>Who</th><th>Stance</th><th>Says</th><th>Cited</th></tr>"
            for s in c.statements:
                who = escape(s.speaker) if s.speaker else "not named"
                said = f"<q>{escape(s.text)}</q>"
                if adds_context(s.text, s.cite):
                    said += f"<blockquote>{escape(s.cite.excerpt)}</blockquote>"
                yield (
                    f"<tr><td>{who}</td><td>{escape(s.stance or '')}</td><td>{said}</td>"
                    f"<td>{cite_html(s.cite, passage=False)}</td></tr>"
                )
            yield "</table>"
        yield "</section>"
    if sheet.timeline:
        yield "<section>\n<h2>Timeline</h2>\n<ul>"
        for m in sheet.timeline:
            who = f" ({', '.join(escape(n) for n in m.entities)})" if m.entities else ""
            worked = " (worked out from the publication date)" if m.relative else ""
            said = f"<blockquote>{escape(m.cite.excerpt)}</blockquote>"
            yield (
                f"<li><strong>{escape(m.when)}</strong>{worked}{who}: {said}"
                f"{cite_html(m.cite, passage=False)}</li>"
            )
        yield "</ul>\n</section>"
    if sheet.screening:
        yield "<section>\n<h2>Screening matches</h2>"
        yield "<p>Names compared with lists the user supplied; a match is a lead to check, not a finding.</p>\n<ul>"
        for match in sheet.screening:
            strength = "firm match" if match.firm else "possible match"
            score = f", score {match.score:.2f}" if match.score is not None else ""
            program = f", {escape(match.program)}" if match.program else ""
            explained = "".join(f"<li>{escape(x)}</li>" for x in match.explanations)
            yield (
                f"<li><strong>{escape(match.entity)}</strong> and {escape(match.entry_name)} "
                f"({escape(match.list)}{program}): {strength}{score}<ul>{explained}</ul>"
                f"{_cites(match.cites)}</li>"
            )
        yield "</ul>\n</section>"
    yield "<section>\n<h2>Documents</h2>\n<ol>"
    yield from (_reference(r) for r in sheet.references)
    yield "</ol>\n</section>"
