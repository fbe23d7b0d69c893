"""Speaker turns: lines that open with a name and a colon, as transcripts and some headlines do.

"PENCE: Well, look, …" in a hearing or interview transcript, "Caddell: Voters worried …" in a
headline. No quotation marks and no cue verb: the label is the attribution. A document with
several such lines is a transcript and its turns are verbatim; a single labelled line is a
headline's paraphrase. Labels that only head a line (credits, e-mail headers, headings) are
left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from sourcebook.analyze.cues import NOT_TURN_LABELS
from sourcebook.records import Mention

_WORD = r"[A-Z][\w.'’-]*"
_TURN = re.compile(
    rf"^[ \t]*(?P<label>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]*:[ \t]+(?P<words>\S[^\n]*)$",
    re.MULTILINE,
)
_MIN_WORDS = 3  # "Update: none" is not a statement


@dataclass(frozen=True, slots=True)
class Turn:
    """Character spans of the label and of the words it attributes."""

    label: tuple[int, int]
    words: tuple[int, int]


def turns(text: str) -> list[Turn]:
    """Every labelled line, in text order."""
    found = []
    for match in _TURN.finditer(text):
        label = match.group("label")
        first = label.split()[0].lower().rstrip(".")
        words = match.group("words").rstrip()
        if first in NOT_TURN_LABELS or len(label) < 2 or len(words.split()) < _MIN_WORDS:
            continue
        start = match.start("words")
        found.append(Turn(match.span("label"), (start, start + len(words))))
    return found


def spoken(doc: Doc, turn: Turn, mentions: Sequence[Mention]) -> Span | None:
    """The label of a turn that is a statement by someone named (or a transcript's capitals);
    None for a form field ("Chair: Marta Diallo", "Distribution: Minister (1 copy)")."""
    label = doc.char_span(*turn.label, alignment_mode="expand")
    words = doc.char_span(*turn.words, alignment_mode="expand")
    if label is None or words is None:
        return None
    named = label.text.isupper() or any(
        m.start < label.end_char and label.start_char < m.end for m in mentions
    )
    return label if named and any(t.pos_ in ("VERB", "AUX") for t in words) else None
