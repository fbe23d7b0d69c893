"""Citations: where a document relays another source ("the Post reported", "according to X").

Independence scoring needs to know which outlet's reporting a story repeats, so each citation
names the cited source by its full in-document name (from `find_mentions`). Credits ("Photo:
X/Reuters") attribute material, not facts, and are left out. Pure, like every analyzer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from sourcebook.analyze import titles as T
from sourcebook.analyze.outlets import is_outlet
from sourcebook.records import Citation, Document, Mention

_CONTRIBUTORS = r"(?:\badditional reporting by|^contributing(?: reporting)?(?: by)?:?) "


@dataclass(frozen=True, slots=True)
class _Cue:
    """A cue pattern, the kind of citation it marks, who may be cited, and words the cue
    always holds: most mentions have none of them nearby and are passed without a search."""

    pattern: re.Pattern[str]
    kind: str
    who: str  # "outlet", "org", "person" or "any"
    words: tuple[str, ...]

    def marks(self, window: str, lowered: str) -> bool:
        return any(word in lowered for word in self.words) and bool(self.pattern.search(window))


def _cue(pattern: str, kind: str, who: str, words: str, flags: int = re.I) -> _Cue:
    return _Cue(re.compile(pattern, flags), kind, who, tuple(words.split("|")))


#: Cues before the name, each pattern ending where the name starts.
BEFORE: tuple[_Cue, ...] = (
    _cue(r"\baccording to (?:the )?$", "according to", "any", "according"),
    _cue(
        r"\bfirst (?:reported|published|revealed) by (?:the )?$",
        "first reported",
        "outlet",
        "first",
    ),
    _cue(
        r"\b(?:reported|published|revealed|broken) by (?:the )?$",
        "reported",
        "outlet",
        "reported|published|revealed|broken",
    ),
    # "told Meridian": an outlet not named like one; assessment keeps the press among them
    _cue(r"\b(?:told|tells|telling|tell) (?:the )?$", "told", "org", "told|tell"),
    _cue(  # a syndicated story's credit line: "This story was provided by Meridian Wire."
        r"\b(?:provided|supplied|distributed|syndicated) by (?:the )?$",
        "syndicated",
        "outlet",
        "provided|supplied|distributed|syndicated",
    ),
    _cue(r"\bin an? (?:\w+ )?interview with (?:the )?$", "interview", "any", "interview"),
    _cue(r"\b(?:writes|wrote|reports) (?:the )?$", "reported", "outlet", "writes|wrote|reports"),
    _cue(r"\bper (?:the )?$", "according to", "any", "per "),
    _cue(
        r"\bin an? (?:\w+ )?(?:e-?mail|statement|letter) to (?:the )?$",
        "told",
        "outlet",
        "mail|statement|letter",
    ),
    _cue(
        _CONTRIBUTORS + r"$",
        "additional reporting",
        "person",
        "reporting|contributing",
        re.I | re.M,
    ),
)
#: Cues after the name.
AFTER: tuple[_Cue, ...] = (
    _cue(
        r"^,? (?:has |had |was )?first (?:reported|revealed|published)\b",
        "first reported",
        "outlet",
        "first",
        0,
    ),
    _cue(
        r"^,? (?:has |had )?(?:reported|revealed|published)\b",
        "reported",
        "outlet",
        "reported|revealed|published",
        0,
    ),
    _cue(
        r"^ (?:said|says|quoted|writes|wrote)\b",
        "reported",
        "outlet",
        "said|says|quoted|writes|wrote",
        0,
    ),
)
CHAIN = re.compile(_CONTRIBUTORS + r"([^\n]*?(?:,| and) )$", re.I | re.M)
CREDIT = re.compile(
    r"^\s*(?:photo|photograph|image|picture|graphic|video|illustration|credit)s?\s*:", re.I
)
REPORT_VERBS = frozenset({"report", "reveal", "publish"})


def _allowed(mention: Mention, who: str) -> bool:
    if who == "outlet":  # "Upland Sentinel" tagged a person is still a paper
        return mention.label in ("ORG", "PERSON") and is_outlet(mention.name)
    if who == "person":
        return mention.label == "PERSON"
    if who == "org":
        return mention.label == "ORG"
    return mention.label in {"ORG", "PERSON"}


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def find_citations(doc: Doc, document: Document, mentions: list[Mention]) -> list[Citation]:
    """Each mention of a source that a cue marks as relayed, with the cue's kind."""
    text = document.text
    found: dict[tuple[int, int], Citation] = {}
    for mention in [*mentions, *_unnamed_outlets(document, mentions)]:
        line = _line_start(text, mention.start)
        if CREDIT.match(text[line : mention.start]) or _own(document, mention):
            continue
        kind = _kind(text, doc, mention, mentions)
        if kind:
            found[(mention.start, mention.end)] = Citation(
                document.id, mention.start, mention.end, mention.name, kind
            )
    for citation in _short_forms(document, mentions):
        found.setdefault((citation.start, citation.end), citation)
    return sorted(found.values(), key=lambda c: c.start)


#: "according to hospital staff and the cooperative": the sources a cue lists, up to the clause end.
_LISTED = re.compile(r"\baccording to ([^.;:\n]{1,80})", re.I)
#: "the cooperative's list also records": a body's own tally, named by its head noun.
_TALLY = re.compile(
    r"\b[Tt]he (\w+)['’]s (?:own )?(?:list|lists|figures?|count|tally|records?|data|estimates?)\b"
)
_SHORT = re.compile(r"\bthe (\w+)\b", re.I)


def _short_forms(document: Document, mentions: list[Mention]) -> list[Citation]:
    """Sources a document names by their head noun alone ("the cooperative" after "the Cassin
    Fishers' Cooperative"), cited by a listing cue or a body's own tally: the one organisation
    the document names in full with that last word."""
    heads: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "ORG" and " " in m.name:
            heads.setdefault(m.name.split()[-1].casefold(), set()).add(m.name)
    found = []
    text = document.text
    spans = [(m.group(1), m.start(1)) for m in _LISTED.finditer(text)]
    for listed, at in spans:
        for short in _SHORT.finditer(listed):
            names = heads.get(short.group(1).casefold(), set())
            if len(names) == 1:
                start, end = at + short.start(), at + short.end()
                found.append(Citation(document.id, start, end, next(iter(names)), "according to"))
    for tally in _TALLY.finditer(text):
        names = heads.get(tally.group(1).casefold(), set())
        if len(names) == 1:
            start, end = tally.start(), tally.end(1)
            found.append(Citation(document.id, start, end, next(iter(names)), "according to"))
    return found


#: The last word of an outlet's name ("… Bulletin"), for the names the tagger missed.
OUTLET_HEAD = re.compile(
    r"\b(?:"
    + "|".join(sorted((w.capitalize() for w in T.OUTLET_HEADS), key=len, reverse=True))
    + r")\b"
)
#: Up to three capitalised words before it: "Hillcrest Bulletin", "The Valley Courier".
_BEFORE_HEAD = re.compile(r"(?:[A-Z][\w'’&.-]* ){1,3}$")


def _unnamed_outlets(document: Document, mentions: list[Mention]) -> list[Mention]:
    """Outlet-shaped names that no mention covers, as mentions for the cues to test."""
    taken = [(m.start, m.end) for m in mentions]
    found = []
    text = document.text
    for head in OUTLET_HEAD.finditer(text):
        before = _BEFORE_HEAD.search(text, max(0, head.start() - 60), head.start())
        if before is None:
            continue
        start, end = before.start(), head.end()
        if not any(a < end and start < b for a, b in taken):
            name = text[start:end].removeprefix("The ")
            found.append(Mention(document.id, end - len(name), end, name, "ORG", name))
    return found


def _own(document: Document, mention: Mention) -> bool:
    """ "The Harbour Times has published the memo" in the Harbour Times: no relay."""
    own = (document.source or "").casefold().removeprefix("the ")
    return bool(own) and mention.name.casefold().removeprefix("the ") == own


def _kind(text: str, doc: Doc, mention: Mention, mentions: list[Mention]) -> str | None:
    before = text[max(0, mention.start - 60) : mention.start]
    lowered = before.lower()
    for cue in BEFORE:
        if cue.marks(before, lowered) and _allowed(mention, cue.who):
            return cue.kind
    # "Additional reporting by A and B", "Contributing: A, B": the names chained after the cue
    if mention.label == "PERSON":
        line = text[_line_start(text, mention.start) : mention.start]
        lowered = line.lower()
        chain = (
            CHAIN.search(line) if "reporting by" in lowered or "contributing" in lowered else None
        )
        if chain and _chained(chain.group(1), mention, mentions):
            return "additional reporting"
    after = text[mention.end : mention.end + 40]
    for cue in AFTER:
        if cue.marks(after, after) and _allowed(mention, cue.who):
            return cue.kind
    return _parsed(doc, mention)


def _chained(names: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Only names and ", "/" and " stand between the cue and the mention."""
    for other in mentions:
        if other is not mention:
            names = names.replace(other.text, "")
    return re.fullmatch(r"(?:\s*(?:,|and)\s*)*", names) is not None


def _parsed(doc: Doc, mention: Mention) -> str | None:
    """ "The Post, citing two officials, reported": the outlet is the subject of a report verb."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not (mention.label == "ORG" and is_outlet(mention.name)):
        return None
    root = span.root
    if root.dep_.startswith("nsubj") and root.head.lemma_ in REPORT_VERBS:
        first = any(child.lower_ == "first" for child in root.head.children)
        return "first reported" if first else "reported"
    return None
