"""Who a passage's facts come from: the relay graph, and independent sources counted by roots.

Ten articles that each write "Reuters reported" carry one source, not ten; two mastheads that
print the same syndicated text are one source too. A passage relays the outlets its paragraph
cites ("…, the Harbour Times reported", "according to Reuters"; "according to the police"
credits the claimant, not the press, and relays nothing), and the paper a paragraph names
when the corpus holds it ("the memo says" relays the leaked memo). A cited outlet whose own story is in
the corpus is followed to that story, and on to whatever it cites in turn; an outlet the corpus
does not hold is a root of its own. An outlet prints many stories: the one relayed is the
outlet's story, published at most `RELAY_DAYS` before the relaying one and a few days after it,
that holds most of the names and numbers of the relaying paragraph (at least `SHARED_MARKS` of
them); with none such the outlet is a root. A passage that cites nobody relays what its story
credits in its lead or closing credit line, if anything, else it is its document's own
reporting; near or exact duplicates of a document count as that document.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sourcebook.analyze.outlets import is_outlet
from sourcebook.assess.document_nouns import RELAYED, kinds_named, references
from sourcebook.records import Citation, Document
from sourcebook.resolve.names import organisation_key
from sourcebook.text.isodate import first_day

#: Citation kinds that relay facts; "additional reporting" credits a writer of this document.
RELAY_KINDS = frozenset(
    {"reported", "first reported", "according to", "told", "interview", "syndicated"}
)
#: Kinds that name an outlet whatever it is called: only the press reports or syndicates.
OUTLET_KINDS = frozenset({"reported", "first reported", "syndicated"})
#: Share of the relaying paragraph's names and numbers an outlet's story must hold to be the
#: story relayed: "Briskholm" and "730" pick the outlet's one story of that event.
SHARED_MARKS = 0.5
MIN_MARKS = 3  # fewer in a paragraph (a credit line): the story's opening is read too
LEAD_CHARACTERS = 600
#: Words of a story's first real paragraph, its lead, where a relaying story credits its source.
LEAD_WORDS = 12
#: Days a relayed story may precede the story relaying it: news is relayed within weeks.
RELAY_DAYS = 31
_PRONOUN = re.compile(r"(?:It|They|This|These|Its)\b")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n")
_MARK = re.compile(r"\b(?:[A-Z][\w'’-]+|\d(?:[\d,.]*\d)?)")
_WORD = re.compile(r"\w(?:[\w'’,.-]*\w)?")

Root = str  # a document id, or "outlet:<folded name>" for an outlet the corpus does not hold


@dataclass(slots=True)
class RelayGraph:
    """Documents, their outlets and what each paragraph cites, with duplicates collapsed."""

    texts: Mapping[str, str] = field(default_factory=dict)
    canonical: dict[str, str] = field(default_factory=dict)  # document → its duplicate group
    by_outlet: dict[str, list[str]] = field(default_factory=dict)  # folded outlet → documents
    reporters: set[str] = field(default_factory=set)  # folded names cited as reporting
    papers: Mapping[str, list[str]] = field(default_factory=dict)  # "memo" → the memos held
    citations: Mapping[str, list[Citation]] = field(default_factory=dict)
    published: dict[str, datetime.date] = field(default_factory=dict)
    _words: dict[str, frozenset[str]] = field(default_factory=dict)
    _stories: dict[tuple[str, str, str], list[str]] = field(default_factory=dict)
    _memo: dict[str, set[Root]] = field(default_factory=dict)
    _busy: set[str] = field(default_factory=set)

    def roots(self, document: str, start: int, end: int) -> set[Root]:
        """The independent origins of the passage [start, end) of `document`."""
        here = self.canonical.get(document, document)
        self._busy.add(here)
        try:
            return self._roots(document, start, end)
        finally:
            self._busy.discard(here)

    def independent_sources(self, passages: Iterable[tuple[str, int, int]]) -> int:
        """How many independent sources stand behind passages (document, start, end)."""
        found: set[Root] = set()
        for document, start, end in passages:
            found |= self.roots(document, start, end)
        return len(found)

    def relays(self, document: str) -> set[str]:
        """The documents `document` relays directly: the stories of the outlets it cites."""
        text = self.texts.get(document, "")
        return {
            story
            for outlet, paragraph in self._cited(document, 0, len(text))
            for story in self._story(outlet, document, paragraph)
        }

    def _roots(self, document: str, start: int, end: int) -> set[Root]:
        here = self.canonical.get(document, document)
        papers = self._papers(document, start, end)
        cited = self._cited(document, start, end) or (set() if papers else self._lead(document))
        if not cited and not papers:
            return {here}
        found: set[Root] = set()
        for paper in papers:  # "the memo says": the memo is the source
            found |= self._story_roots(paper)
        for outlet, paragraph in cited:
            if any(self.canonical[d] == here for d in self.by_outlet.get(outlet, [])):
                found.add(here)  # a copy crediting the story it copies: one source already
                continue
            stories = self._story(outlet, document, paragraph)
            if not stories:
                found.add(f"outlet:{outlet}")
            for story in stories:  # the outlet's own story, and what it relays in turn
                found |= self._story_roots(story)
        return found

    def _story_roots(self, story: str) -> set[Root]:
        """A whole relayed story's origins, worked out once; a loop of outlets citing each
        other stops where it closes."""
        group = self.canonical.get(story, story)
        if group in self._busy:
            return {group}
        if story not in self._memo:
            self._busy.add(group)
            try:
                self._memo[story] = self._roots(story, 0, len(self.texts[story]))
            finally:
                self._busy.discard(group)
        return self._memo[story]

    def _story(self, outlet: str, document: str, paragraph: str) -> list[str]:
        """The outlet's story that `paragraph` of `document` relays, if the corpus holds it."""
        key = (outlet, document, paragraph)
        if key not in self._stories:
            self._stories[key] = self._find_story(outlet, document, paragraph)
        return self._stories[key]

    def _find_story(self, outlet: str, document: str, paragraph: str) -> list[str]:
        here = self.canonical.get(document, document)
        day = self.published.get(document)
        candidates = sorted(
            {
                self.canonical[d]
                for d in self.by_outlet.get(outlet, [])
                if self.canonical[d] != here
                and (day is None or d not in self.published or _within(self.published[d], day))
            }
        )
        if len(candidates) <= 1:  # the outlet's one story in the corpus
            return candidates
        marks = _marks(paragraph) - set(outlet.split())
        if len(marks) < MIN_MARKS:  # a credit line: "This story was provided by X."
            marks |= _marks(self.texts[document][:LEAD_CHARACTERS]) - set(outlet.split())
        if not marks:
            return []

        def shared(d: str) -> int:
            return len(marks & self._words_of(d))

        def apart(d: str) -> int:
            there = self.published.get(d)
            return abs((there - day).days) if there and day else 0

        best = max(candidates, key=lambda d: (shared(d), -apart(d), d))
        return [best] if shared(best) >= SHARED_MARKS * len(marks) else []

    def _words_of(self, document: str) -> frozenset[str]:
        if document not in self._words:
            self._words[document] = frozenset(_WORD.findall(self.texts[document].lower()))
        return self._words[document]

    def _cited(self, document: str, start: int, end: int) -> set[tuple[str, str]]:
        """(outlet, the paragraph citing it) for the paragraphs the passage touches."""
        text = self.texts.get(document, "")
        lo, hi = _paragraphs(text, start, end)
        found = set()
        for c in self.citations.get(document, []):
            if c.kind in RELAY_KINDS and lo <= c.start < hi:
                outlet = self._outlet(organisation_key(c.cited))
                if self.is_press(outlet):
                    p_lo, p_hi = _paragraphs(text, c.start, c.end)
                    found.add((outlet, text[p_lo:p_hi]))
        return found

    def _lead(self, document: str) -> set[tuple[str, str]]:
        """The outlets a story credits in its lead or its closing line: "X reported on
        Sunday" is written once, and "This story was provided by X" covers the whole story.
        The lead is the first paragraph of `LEAD_WORDS` words or more: mastheads, headlines
        and bylines are shorter."""
        text = self.texts.get(document, "").rstrip()
        at = 0
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if len(text[at:end].split()) >= LEAD_WORDS:
                cited = self._cited(document, at, at)
                if cited:
                    return cited
                break
            at = end + 1
        last = text.rfind("\n") + 1
        return self._cited(document, last, last)

    def _papers(self, document: str, start: int, end: int) -> set[str]:
        """The corpus's papers ("the leaked memo") the sentences of the passage refer to,
        when the corpus holds one paper of that kind and it is not this document. Sentences,
        not paragraphs: "The memo sets out the operation. At least 200 were detained,
        according to the cooperative" takes the count from the cooperative."""
        text = self.texts.get(document, "")
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
        lo = ends[-1] if ends else 0
        if _PRONOUN.match(text, lo) and len(ends) > 1:  # "It also describes a fee": the memo
            lo = ends[-2]
        after = _SENTENCE_END.search(text, end)
        hi = after.start() if after else len(text)
        here = self.canonical.get(document, document)
        return {
            held[0]
            for kind in references(text[lo:hi], self.papers)
            if len(held := self.papers[kind]) == 1 and self.canonical.get(held[0]) != here
        }

    def is_press(self, outlet: str) -> bool:
        """An outlet of the corpus, a name the corpus says reports, or a press-like name."""
        return outlet in self.by_outlet or outlet in self.reporters or is_outlet(outlet)

    def _outlet(self, cited: str) -> str:
        """The corpus's outlet a cited name stands for: the same name, or the one outlet whose
        name begins or ends with it, or begins it ("Meridian" and "Meridian News Agency")."""
        if cited in self.by_outlet:
            return cited
        near = [
            k
            for k in self.by_outlet
            if k.startswith(cited + " ") or k.endswith(" " + cited) or cited.startswith(k + " ")
        ]
        return near[0] if len(near) == 1 else cited


def relay_graph(
    documents: Iterable[Document],
    citations: Iterable[Citation],
    near_duplicates: Iterable[tuple[str, str]] = (),
) -> RelayGraph:
    """The graph of a corpus: its documents, the citations analysis found, and near-duplicate
    pairs (exact duplicates come from `Document.duplicate_of`)."""
    documents = list(documents)
    cited: dict[str, list[Citation]] = {}
    for citation in citations:
        cited.setdefault(citation.document, []).append(citation)
    reporters = {c.cited for found in cited.values() for c in found if c.kind in OUTLET_KINDS}
    return outline_graph(
        [(d.id, d.published, d.source, d.duplicate_of) for d in documents],
        {d.id: d.text for d in documents},
        cited,
        near_duplicates,
        reporters,
        [(d.id, d.path, d.title) for d in documents],
    )


def outline_graph(
    outline: Iterable[tuple[str, str | None, str | None, str | None]],
    texts: Mapping[str, str],
    citations: Mapping[str, list[Citation]],
    near_duplicates: Iterable[tuple[str, str]],
    reporters: Iterable[str],
    names: Iterable[tuple[str, str, str | None]] = (),
) -> RelayGraph:
    """The graph from a corpus's outline, (id, published, source, duplicate_of) per document:
    texts and citations are read only for the documents a question reaches, so they may be
    mappings that load from the store on demand. `reporters` are names cited as reporting;
    `names` (id, path, title) say which documents are papers of a kind ("memo", "letter")."""
    graph = RelayGraph(texts=texts, citations=citations)
    graph.reporters = {organisation_key(name) for name in reporters}
    papers: dict[str, list[str]] = {}
    for doc_id, path, title in names:
        for kind in kinds_named(path, title) & set(RELAYED):
            papers.setdefault(kind, []).append(doc_id)
    parent: dict[str, str] = {}

    def find(doc: str) -> str:
        while parent.get(doc, doc) != doc:
            doc = parent[doc]
        return doc

    for doc_id, published, source, duplicate_of in outline:
        day = first_day(published)
        if day is not None:
            graph.published[doc_id] = day
        parent.setdefault(doc_id, doc_id)
        if duplicate_of:
            parent[doc_id] = duplicate_of
        if source:
            graph.by_outlet.setdefault(organisation_key(source), []).append(doc_id)
    for a, b in near_duplicates:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    graph.canonical = {doc: find(doc) for doc in parent}
    press = {
        d
        for outlet, docs in graph.by_outlet.items()
        if is_outlet(outlet) or outlet in graph.reporters
        for d in docs
    }
    graph.papers = {  # a copy of a memo is that memo; a story about a memo is not one
        kind: sorted({graph.canonical.get(d, d) for d in held if d not in press})
        for kind, held in papers.items()
    }
    return graph


def _paragraphs(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the lines (paragraphs) that [start, end) touches."""
    hi = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if hi < 0 else hi


_LATER = datetime.timedelta(days=3)  # datelines, time zones and late copies
_EARLIER = datetime.timedelta(days=RELAY_DAYS)


def _within(story: datetime.date, relaying: datetime.date) -> bool:
    """Whether a story can be the one a story of `relaying`'s date relays."""
    return relaying - _EARLIER <= story <= relaying + _LATER


def _marks(text: str) -> set[str]:
    """Names and numbers, a sentence's first word left out ("This story was provided by")."""
    return {
        m.group().lower()
        for m in _MARK.finditer(text)
        if m.start()
        and text[max(0, m.start() - 2) : m.start()].strip() not in ("", ".", "!", "?")
        or m.group()[0].isdigit()
    }
