"""Official denials, each set against what it denies.

A denial is a quote that calls something groundless, forged or false (or whose cue is "denied",
"rejected"), or a sentence of a statement the denying body issued itself (a document whose
source is a ministry, a company, a police force — not the press). A plan to deny ("the Ministry
will describe reports as groundless accusations") is not yet a denial. Its target is looked for
in ever wider text — the denial, its sentence, its paragraph, its story: a kind of document
named there ("memo", 備忘錄) that a corpus document's title or file name holds, else, for "a
newspaper report" or "the reports", the story its document relays. Denials of one target
join one contest against the target's lead. A denial whose target the corpus lacks still makes
a contest of its own: a reader should see it, and what it answers may come in later.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import PurePath

from sourcebook.analyze.outlets import is_outlet
from sourcebook.assess.document_nouns import NOUN
from sourcebook.assess.relays import RelayGraph
from sourcebook.assess.statements import Layout, Span, clip, contest_id, layout, ordered, statement
from sourcebook.records import Annotations, Contest, Document, Quote, Statement
from sourcebook.resolve.names import organisation_key

#: Words of a denial in news copy and official statements, English and Chinese.
DENIALS = re.compile(
    r"\b(?:groundless|baseless|unfounded|unsubstantiated|without\s+(?:any\s+)?(?:foundation|basis)"
    r"|no\s+basis\s+in\s+fact|fabricat(?:ed|ions?)|forg(?:ed|ery|eries)|fake\s+news|smears?"
    r"|(?:utterly|completely|entirely)\s+(?:false|untrue)|untrue|false\s+(?:and|claims?|allegations?|reports?)"
    r"|categorically\s+(?:den(?:y|ies|ied)|reject(?:s|ed)?)|den(?:y|ies|ied)\s+(?:the|these|all|any)\s+"
    r"(?:claims?|allegations?|accusations?|reports?)|(?:will|would)\s+not\s+dignify|no\s+knowledge\s+of"
    r"|never\s+(?:seen|received|met)|pack\s+of\s+lies|malicious(?:ly)?|politically\s+motivated)\b"
    r"|毫無根據|毫无根据|失實|失实|否認|否认|捏造|造謠|造谣|不實|不实|子虛烏有|子虚乌有|無中生有|无中生有"
    r"|偽造|伪造|抹黑|不知悉|並無此事|并无此事",
    re.I,
)
DENIAL_CUES = frozenset(
    {"denied", "denies", "deny", "rejected", "rejects", "refuted", "dismissed", "repudiated"}
)
#: A denial announced for later is a plan, not a denial.
PLANNED = re.compile(
    r"\b(?:will|would|should|shall|is\s+to|are\s+to)\s+(?:describe|state|say|call|characteri[sz]e"
    r"|dismiss|deny|reject|brand)\b",
    re.I,
)
#: Words for what the press printed: the target is the story the denying document relays.
PRESS_NOUNS = re.compile(
    r"\b(?:reports?|reporting|newspaper|article|stor(?:y|ies)|media|coverage)\b|報道|报道|媒體|媒体",
    re.I,
)
#: Heads of an issuing body's name: a statement it issued speaks for it.
ISSUERS = re.compile(
    r"\b(?:ministry|department|government|office|authority|police|embassy|council|commission"
    r"|company|group|corporation|ltd|limited|inc|plc|party|cooperative|union|association|army"
    r"|presidency|bank|fund|court)\b|公司|集團|集团|政府|委員會|委员会|辦公室|部$|局$",
    re.I,
)
_CODE = re.compile(r"[A-Z]{2,}(?:[-/_][A-Z0-9]+)*[-/_]\d[\w/-]*")


@dataclass(frozen=True, slots=True)
class Target:
    document: str
    label: str


def find_denials(
    documents: Mapping[str, Document], annotations: Mapping[str, Annotations], graph: RelayGraph
) -> list[Contest]:
    press = {d for d, doc in documents.items() if _press(doc, graph)}
    joined: defaultdict[str, list[Statement]] = defaultdict(list)
    labels: dict[str, str] = {}
    for doc_id in sorted(documents):
        doc = documents[doc_id]
        if not doc.text or graph.canonical.get(doc_id, doc_id) != doc_id:
            continue  # a copy says what its original says
        found = annotations.get(doc_id, Annotations(doc_id))
        page = layout(doc.text)
        for span, quote in _denials(doc, found, page, doc_id not in press):
            denial = statement(doc, found, span, "denies", quote)
            target = _target(doc, page, span, documents, press, graph)
            key = target.document if target else f"{doc_id}:{span[0]}"
            joined[key].append(denial)
            labels[key] = (
                target.label if target else f"denial by {denial.speaker}: {clip(denial.text, 6)}"
            )
    contests = []
    for key, statements in joined.items():
        if key in documents:
            statements.append(_lead(documents[key]))
        ordered_ = ordered(statements)
        contests.append(Contest(contest_id("denial", ordered_), labels[key], "denial", ordered_))
    return contests


def _denials(
    doc: Document, annotations: Annotations, page: Layout, issued: bool
) -> Iterator[tuple[Span, Quote | None]]:
    """Quotes that deny; then, in a body's own statement, sentences that deny outside them."""
    taken: list[Span] = []
    for quote in annotations.quotes:
        words = doc.text[quote.start : quote.end]
        cue = (quote.cue or "").lower()
        if not (DENIALS.search(words) or cue in DENIAL_CUES):
            continue
        if any(
            PLANNED.search(doc.text[s:e]) for s, e in page.sentences_in((quote.start, quote.end))
        ):
            continue
        taken.append((quote.start, quote.end))
        yield (quote.start, quote.end), quote
    if not issued or not ISSUERS.search(doc.source or ""):
        return
    for start, end in page.sentences:
        text = doc.text[start:end]
        if DENIALS.search(text) and not PLANNED.search(text):
            if not any(s < end and start < e for s, e in taken):
                yield (start, end), None


def _target(
    doc: Document,
    page: Layout,
    span: Span,
    documents: Mapping[str, Document],
    press: set[str],
    graph: RelayGraph,
) -> Target | None:
    """What a denial answers: a document its passage names, else the story its document relays."""
    sentence = (
        min(page.sentence_at(span[0])[0], span[0]),
        max(page.sentence_at(span[1] - 1)[1], span[1]),
    )
    paragraph = page.paragraph_at(span[0])
    relayed = _relayed(doc, span[0], press, documents, graph)
    for lo, hi in (span, sentence, paragraph, (0, len(doc.text))):
        named = _named(doc, (lo, hi), span[0], documents, press)
        if named:
            return named
        if relayed and (hi - lo == len(doc.text) or PRESS_NOUNS.search(doc.text, lo, hi)):
            story = documents[relayed]
            title = clip(story.title or "", 8)
            return Target(story.id, f"denial: {story.source or 'press'} report “{title}”")
    return None


def _relayed(
    doc: Document, near: int, press: set[str], documents: Mapping[str, Document], graph: RelayGraph
) -> str | None:
    """The press story relayed by the citation nearest before `near`, else nearest after it:
    a denial answers what its story has already reported."""
    stories = {
        organisation_key(documents[d].source or ""): d
        for d in sorted(graph.relays(doc.id) - {doc.id}, reverse=True)
        if d in press
    }
    ranked = []
    for citation in graph.citations.get(doc.id, []):
        cited = organisation_key(citation.cited)
        for key, story in stories.items():
            if cited == key or cited.startswith(key + " ") or key.startswith(cited + " "):
                ranked.append((citation.start > near, abs(citation.start - near), story))
    if ranked:
        return min(ranked)[2]
    return min(stories.values()) if stories else None


def _named(
    doc: Document, span: Span, near: int, documents: Mapping[str, Document], press: set[str]
) -> Target | None:
    """The corpus document of the kind named in `span` nearest to `near`, if one is held."""
    hits = []
    for kind, pattern in NOUN.items():
        for found in pattern.finditer(doc.text, *span):
            hits.append((abs(found.start() - near), kind))
    for _, kind in sorted(hits):
        held = []
        for other in documents.values():
            if other.id == doc.id or other.id in press or other.duplicate_of or not other.text:
                continue
            name = PurePath(other.path.replace("!", "/")).stem
            in_name = bool(NOUN[kind].search(name.replace("_", " ").replace("-", " ")))
            if in_name or NOUN[kind].search(other.title or ""):
                held.append((not in_name, other.id, name))
        if held:
            _, found_id, name = min(held)
            code = _CODE.search(name) or _CODE.search(documents[found_id].title or "")
            return Target(found_id, f"denial: {kind} {code.group() if code else clip(name, 6)}")
    return None


def _press(doc: Document, graph: RelayGraph) -> bool:
    """A press story, not a body's own paper: its source is an outlet's name."""
    if not doc.source:
        return False
    key = organisation_key(doc.source)
    return is_outlet(key) or any(r == key or r.startswith(key + " ") for r in graph.reporters)


def _lead(doc: Document) -> Statement:
    """The target's side: its lead, or its first paragraph when every one is short."""
    page = layout(doc.text)
    start, end = page.lead() or (page.paragraphs[0] if page.paragraphs else (0, len(doc.text)))
    return Statement(doc.id, start, end, doc.text[start:end], doc.source, None, "asserts")
