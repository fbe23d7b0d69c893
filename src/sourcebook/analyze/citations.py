"""Citations: where a document relays another source ("the Post reported", "according to X").

Independence scoring needs to know which outlet's reporting a story repeats, so each citation
names the cited source by its full in-document name (from `find_mentions`). Credits ("Photo:
X/Reuters") attribute material, not facts, and are left out. Pure, like every analyzer.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from sourcebook.analyze import titles as T
from sourcebook.records import Citation, Document, Mention

_CONTRIBUTORS = r"(?:\badditional reporting by|^contributing(?: reporting)?(?: by)?:?) "

#: Cues before the name: (pattern ending where the name starts, kind, who may be cited).
BEFORE: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\baccording to (?:the )?$", re.I), "according to", "any"),
    (
        re.compile(r"\bfirst (?:reported|published|revealed) by (?:the )?$", re.I),
        "first reported",
        "outlet",
    ),
    (
        re.compile(r"\b(?:reported|published|revealed|broken) by (?:the )?$", re.I),
        "reported",
        "outlet",
    ),
    (re.compile(r"\b(?:told|tells|telling|tell) (?:the )?$", re.I), "told", "outlet"),
    (re.compile(r"\bin an? (?:\w+ )?interview with (?:the )?$", re.I), "interview", "any"),
    (re.compile(r"\b(?:writes|wrote|reports) (?:the )?$", re.I), "reported", "outlet"),
    (re.compile(r"\bper (?:the )?$", re.I), "according to", "any"),
    (
        re.compile(r"\bin an? (?:\w+ )?(?:e-?mail|statement|letter) to (?:the )?$", re.I),
        "told",
        "outlet",
    ),
    (re.compile(_CONTRIBUTORS + r"$", re.I | re.M), "additional reporting", "person"),
)
#: Cues after the name.
AFTER: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        re.compile(r"^,? (?:has |had |was )?first (?:reported|revealed|published)\b"),
        "first reported",
        "outlet",
    ),
    (re.compile(r"^,? (?:has |had )?(?:reported|revealed|published)\b"), "reported", "outlet"),
    (re.compile(r"^ (?:said|says|quoted|writes|wrote)\b"), "reported", "outlet"),
)
#: Words every cue holds: a mention with none of them near it is no citation, without a search.
_BEFORE_HINTS = (
    "accord", "report", "publish", "reveal", "broken", "tell", "told", "interview", "writes",
    "wrote", "per ", "mail", "statement", "letter", "contributing",
)  # fmt: skip
_AFTER_HINTS = ("report", "reveal", "publish", "said", "says", "quoted", "writes", "wrote")
CHAIN = re.compile(_CONTRIBUTORS + r"([^\n]*?(?:,| and) )$", re.I | re.M)
CREDIT = re.compile(
    r"^\s*(?:photo|photograph|image|picture|graphic|video|illustration|credit)s?\s*:", re.I
)
REPORT_VERBS = frozenset({"report", "reveal", "publish"})


def is_outlet(name: str) -> bool:
    words = name.lower().split()
    return bool(words) and (words[-1] in T.OUTLET_HEADS or name.lower() in T.OUTLETS)


def _allowed(mention: Mention, who: str) -> bool:
    if who == "outlet":
        return mention.label == "ORG" and is_outlet(mention.name)
    if who == "person":
        return mention.label == "PERSON"
    return mention.label in {"ORG", "PERSON"}


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def find_citations(doc: Doc, document: Document, mentions: list[Mention]) -> list[Citation]:
    """Each mention of a source that a cue marks as relayed, with the cue's kind."""
    text = document.text
    found: dict[tuple[int, int], Citation] = {}
    for mention in mentions:
        line = _line_start(text, mention.start)
        if CREDIT.match(text[line : mention.start]) or _own(document, mention):
            continue
        kind = _kind(text, doc, mention, mentions)
        if kind:
            found[(mention.start, mention.end)] = Citation(
                document.id, mention.start, mention.end, mention.name, kind
            )
    return sorted(found.values(), key=lambda c: c.start)


def _own(document: Document, mention: Mention) -> bool:
    """ "The Harbour Times has published the memo" in the Harbour Times: no relay."""
    own = (document.source or "").casefold().removeprefix("the ")
    return bool(own) and mention.name.casefold().removeprefix("the ") == own


def _kind(text: str, doc: Doc, mention: Mention, mentions: list[Mention]) -> str | None:
    before = text[max(0, mention.start - 60) : mention.start]
    low = before.lower()
    if any(hint in low for hint in _BEFORE_HINTS):  # a word test first: most mentions have none
        for pattern, kind, who in BEFORE:
            if pattern.search(before) and _allowed(mention, who):
                return kind
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
    if any(hint in after for hint in _AFTER_HINTS):
        for pattern, kind, who in AFTER:
            if pattern.search(after) and _allowed(mention, who):
                return kind
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
