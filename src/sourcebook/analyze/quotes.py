"""Quotes: words in marks, reported speech, who said them and who relays them.

Marks are found on the characters first (`quote_marks`), so a quote the parser splits into
several sentences is still one quote; the cue and speaker come from the few words beside it.
Reported speech comes from cue verbs in the parse (`attribution`). A quoted fragment inside
reported speech makes that speech "mixed"; a fragment with no cue near it is a scare quote and
is not a quote at all. Speakers are resolved against the mentions (`speakers`), never guessed.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from sourcebook.analyze.attribution import (
    cues_in,
    drop_nested,
    is_cue,
    lemma,
    may_hold_cues,
    opened,
)
from sourcebook.analyze.cues import CJK_CUES, MARK_PAIRS, RELAY_VERBS, SPEECH_VERBS
from sourcebook.analyze.datelines import datelines
from sourcebook.analyze.quote_marks import Marked, marked_spans
from sourcebook.analyze.sentences import sentence_of, sentences
from sourcebook.analyze.speakers import Speaker, Speakers
from sourcebook.analyze.subjects import speakerish, subject
from sourcebook.analyze.turns import spoken, turns
from sourcebook.records import Document, Mention, Quote, QuoteKind

_FRAME = 14  # most tokens between a quote and its cue ("…,” the ministry's spokesman said on …)
_NOUNISH = frozenset({"NOUN", "PROPN", "PRON"})
_CLOSERS = "".join(MARK_PAIRS.values())


@dataclass(slots=True)
class _Found:
    """A quote being assembled; char offsets, `cue` as a token range."""

    parts: list[tuple[int, int]]
    kind: QuoteKind
    cue: tuple[int, int] | None = None
    cue_chars: tuple[int, int] | None = None  # a cue the tokens do not separate (CJK)
    speaker: Speaker | None = None
    relayed_by: str | None = None
    frame_end: int = -1  # where the words after a quote that attribute it end
    cue_after: bool = False
    marks: list[Marked] = field(default_factory=list)


def _utterance(text: str, mark: Marked, doc: Doc, at: int) -> bool:
    """Words in marks that stand as speech of their own, not a phrase inside a clause."""
    before = text[: mark.open].rstrip(" \t")
    if not before or before[-1] in "\n.!?:;—–-(：。，" or before[-1] in '”"»’」』':
        return True
    words = text[mark.start : mark.end]
    if words[:1].isupper() and words[-1:] in ".!?" and " " in words:
        return True  # a whole sentence in marks
    if before[-1] == ",":
        return words[:1].isupper() or words[-1:] in ",.!?…"
    previous = doc[at - 1] if at > 0 else None
    return previous is not None and is_cue(previous) and words[:1].isupper()


def _surface_speaker(frame: list[Token], verb: Token) -> Token | None:
    before = [t for t in frame if t.i < verb.i and speakerish(t)]
    if before:
        return before[-1]
    after = [t for t in frame if t.i > verb.i and speakerish(t)]
    if not after:
        return None
    run = after[0]
    doc = verb.doc
    while run.i + 1 < len(doc) and doc[run.i + 1].pos_ == "PROPN" and run.pos_ != "PRON":
        run = doc[run.i + 1]
    return run


def _stop(token: Token, starts: set[int]) -> bool:
    return "\n" in token.text or token.idx in starts or token.text in (".", "!", "?")


class _Finder:
    def __init__(self, doc: Doc, document: Document, mentions: Sequence[Mention]):
        self.doc = doc
        self.text = document.text
        self.marks = marked_spans(self.text)
        self.idx = doc.to_array(IDX).tolist()  # token starts, without making Token objects
        self.used: set[int] = set()  # cue verbs already given to a quote
        self.utterances = [
            m for m in self.marks if _utterance(self.text, m, doc, self._token(m.open))
        ]
        self.fragments = [m for m in self.marks if m not in self.utterances]
        self.datelines = [(d.place[0], d.end) for d in datelines(self.text)]
        self.speakers = Speakers(doc, mentions, [(m.open, m.close) for m in self.utterances])

    def _resolve(self, head: Token | None) -> Speaker | None:
        """Who the phrase at `head` names; a dateline's city names nobody."""
        if head is None or any(s <= head.idx < e for s, e in self.datelines):
            return None
        return self.speakers.resolve(head)

    def _token(self, offset: int) -> int:
        return bisect.bisect_left(self.idx, offset)

    def _inside_marks(self, token: Token) -> bool:
        return any(m.open <= token.idx < m.close for m in self.marks)

    # ---- direct quotes ----------------------------------------------------------------------

    def _attribute(self, found: _Found, verb: Token, frame: list[Token]) -> None:
        head = subject(verb)
        if head is None or not any(t.i == head.i for t in frame):
            head = _surface_speaker(frame, verb)
        found.cue = (verb.i, verb.i + 1)
        while found.cue[0] > 0 and self.doc[found.cue[0] - 1].dep_ == "aux":
            found.cue = (found.cue[0] - 1, found.cue[1])
        found.speaker = self._resolve(head)
        self.used.add(verb.i)

    def _direct(self, mark: Marked) -> _Found:
        found = _Found(list(mark.parts), QuoteKind.DIRECT, marks=[mark])
        starts = {m.open for m in self.marks}
        doc = self.doc
        after: list[Token] = []
        for token in doc[self._token(mark.close) : self._token(mark.close) + _FRAME]:
            if _stop(token, starts):
                break
            after.append(token)
        ends_sentence = self.text[mark.end - 1 : mark.end] == "."
        if not ends_sentence and self._after(found, after):
            return found
        before = self._before(mark, starts)
        verbs = [t for t in before if is_cue(t) and t.i not in self.used]
        if verbs and before[-1].text in (":", ",", verbs[-1].text):
            self._attribute(found, verbs[-1], before)
        elif ends_sentence:
            self._after(found, after)
        if found.cue is None:
            self._label(found, before, after)
        if found.cue is None and found.speaker is None:
            self._cjk(found, mark)
        return found

    def _before(self, mark: Marked, starts: set[int]) -> list[Token]:
        """The words before a quote back to the sentence start; across one paragraph break
        when the paragraph before ends in a colon ("He said:" then the quote)."""
        first = self._token(mark.open)
        before: list[Token] = []
        crossed = False
        for token in reversed(self.doc[max(0, first - 2 * _FRAME) : first]):
            if token.idx < self._previous_close(mark):
                break
            if "\n" in token.text and not crossed and not before:
                crossed = self.text[: token.idx].rstrip().endswith(":")
                if crossed:
                    continue
            if _stop(token, starts):
                break
            if not token.is_space:
                before.insert(0, token)
        return before

    def _label(self, found: _Found, before: list[Token], after: list[Token]) -> None:
        """A name set off by a colon before the quote ("Limbaugh:") or by a dash after it
        ("― Carla Sanchez"): the speaker without a cue verb."""
        names: list[Token] = []
        if len(before) >= 2 and before[-1].text == ":":
            verb = before[-2]
            if lemma(verb) in SPEECH_VERBS:  # "The Times reports:", "reports" tagged a noun
                names = [t for t in before[:-2] if speakerish(t)][-1:]
                if names:
                    found.cue = (verb.i, verb.i + 1)
            else:
                names = [t for t in before[:-1] if t.pos_ == "PROPN"]
                if len(names) != len(before) - 1:
                    names = []
        elif self.text[found.marks[-1].close :].lstrip()[:1] in ("―", "—", "–"):
            names = [t for t in after[:2] if t.pos_ == "PROPN" and t.text[:1].isalpha()][:1]
        if names:
            found.speaker = self.speakers.resolve(names[-1])

    def _after(self, found: _Found, after: list[Token]) -> bool:
        verbs = [t for t in after if is_cue(t) and t.i not in self.used]
        if not verbs or self._inside_marks(verbs[0]):
            return False
        self._attribute(found, verbs[0], after)
        found.cue_after = True
        found.frame_end = after[-1].idx + len(after[-1])
        return True

    def _cjk(self, found: _Found, mark: Marked) -> None:
        """李克強表示：「…」: the cue word before the mark, the speaker a mention just before it."""
        line_start = self.text.rfind("\n", 0, mark.open) + 1
        before = self.text[line_start : mark.open].rstrip("：:，, ")
        cue = next((c for c in CJK_CUES if before.endswith(c)), None)
        if cue is None:
            return
        at = line_start + len(before) - len(cue)
        found.cue_chars = (at, at + len(cue))
        named = [
            m
            for m in self.speakers.mentions
            if at - 12 <= m.end <= at and not any(p in m.text for p in "，。、；：")
        ]
        if named:
            found.speaker = Speaker(named[-1].name, named[-1].start, named[-1].end)

    def _previous_close(self, mark: Marked) -> int:
        closes = [m.close for m in self.marks if m.close <= mark.open]
        return max(closes, default=0)

    def _merge_split(self, quotes: list[_Found]) -> list[_Found]:
        """“…,” she said, “…” is one quote in two parts."""
        merged: list[_Found] = []
        for quote in quotes:
            last = merged[-1] if merged else None
            if (
                last is not None
                and last.cue_after
                and (quote.cue is None or quote.cue == last.cue)
                and self.text[last.frame_end : quote.marks[0].open].strip(" \t,.:;") == ""
                and "\n" not in self.text[last.marks[-1].close : quote.marks[0].open]
            ):
                last.parts.extend(quote.parts)
                last.marks.extend(quote.marks)
                continue
            merged.append(quote)
        return merged

    # ---- reported speech --------------------------------------------------------------------

    def _char_span(self, tokens: tuple[int, int]) -> tuple[int, int]:
        first, last = self.doc[tokens[0]], self.doc[tokens[1] - 1]
        return first.idx, last.idx + len(last.text)

    def _reported(self) -> list[_Found]:
        found: list[_Found] = []
        direct = [(m.open, m.close) for m in self.utterances]
        hold = may_hold_cues(self.doc)
        for sent in sentences(self.doc):
            if not any(hold[sent.start : sent.end]):
                continue
            cues = [
                c
                for c in cues_in(sent, hold)
                if c.cue[1] - 1 not in self.used
                and not self._inside_marks(self.doc[c.cue[0]])
                and c.content is not None
            ]
            cues = drop_nested(cues)
            relays = [c for c in cues if c.lemma in RELAY_VERBS or c.lemma == "according to"]
            for cue in cues:
                assert cue.content is not None
                if cue in relays and any(
                    o is not cue and cue.content[0] <= o.cue[0] < cue.content[1] for o in cues
                ):
                    continue
                start, end = self._char_span(cue.content)
                start = max([start, *(e for s, e in self.datelines if s <= start < e)])
                if start >= end:
                    continue  # "INDIANAPOLIS — …" is where the story was filed, not what was said
                if (
                    end < len(self.text)
                    and self.text[end] in _CLOSERS
                    and opened(self.text[start:end])
                ):
                    end += 1  # the parse left the fragment's closing mark outside
                if any(s < end and start < e for s, e in direct):
                    continue
                if cue.content[1] - cue.content[0] < 2 and self.doc[cue.content[0]].pos_ == "PRON":
                    continue
                for mark in self.fragments:  # "dismissed “because …”": the parse cut it off
                    if mark.open >= end and not self.text[end : mark.open].strip():
                        end = mark.close
                kind = QuoteKind.INDIRECT
                if any(start <= m.open and m.close <= end + 1 for m in self.fragments):
                    kind = QuoteKind.MIXED
                speaker = self._resolve(cue.speaker)
                relay = next(
                    (
                        r
                        for r in relays
                        if r is not cue and r.content and r.content[0] <= cue.cue[0] < r.content[1]
                    ),
                    None,
                )
                relayed_by = None
                if relay is not None and relay.speaker is not None:
                    relayer = self.speakers.resolve(relay.speaker)
                    relayed_by = relayer.name or self.text[relayer.start : relayer.end]
                parts = [self._char_span(p) for p in cue.parts] or [(start, end)]
                found.append(_Found(parts, kind, cue.cue, speaker=speaker, relayed_by=relayed_by))
                self.used.update(range(*cue.cue))
        return found

    def _fragments(self, reported: list[_Found]) -> list[_Found]:
        """A quoted fragment outside any reported content, after a cue in its sentence."""
        found: list[_Found] = []
        for mark in self.fragments:
            if any(
                q.parts[0][0] <= mark.open and mark.close <= q.parts[-1][1] + 1 for q in reported
            ):
                continue
            token = self.doc[min(self._token(mark.open), len(self.doc) - 1)]
            sent = sentence_of(token)
            verbs = [t for t in sent if t.i < token.i and is_cue(t) and t.i not in self.used]
            if not verbs:
                continue
            verb = verbs[-1]
            head = subject(verb)
            if head is None:
                continue  # nobody says it: a scare quote or a title
            quote = _Found(list(mark.parts), QuoteKind.MIXED, (verb.i, verb.i + 1), marks=[mark])
            quote.speaker = self._resolve(head)
            self.used.add(verb.i)
            found.append(quote)
        return found

    def _carry_speakers(self, quotes: list[_Found]) -> None:
        """A quote with no cue continues the speaker of the quote before it in its paragraph
        ("…,” Caddell said. “…”), the convention news writing follows; cue stays None."""
        for before, quote in zip(quotes, quotes[1:], strict=False):
            if quote.cue is not None or quote.cue_chars is not None or quote.speaker is not None:
                continue
            between = self.text[before.parts[-1][1] : quote.parts[0][0]]
            if before.speaker is not None and before.speaker.name and "\n" not in between:
                quote.speaker = before.speaker

    # ---- records ----------------------------------------------------------------------------

    def _turns(self) -> list[_Found]:
        """Labelled lines ("PENCE: …") not already quoted in marks; verbatim in a transcript."""
        labelled = turns(self.text)
        kind = QuoteKind.DIRECT if len(labelled) > 1 else QuoteKind.INDIRECT
        found = []
        for turn in labelled:
            start, end = turn.words
            if any(m.open < end and start < m.close for m in self.marks):
                continue
            label = spoken(self.doc, turn, self.speakers.mentions)
            if label is None:
                continue
            quote = _Found([turn.words], kind)
            quote.speaker = self.speakers.resolve(label.root)
            found.append(quote)
        return found

    def run(self, document: Document) -> list[Quote]:
        direct = self._merge_split([self._direct(m) for m in self.utterances])
        labelled = self._turns()
        reported = self._reported()
        quotes = direct + reported + self._fragments(reported)
        # univocal: what a turn says is the turn's, cues inside it included
        quotes = labelled + [
            q
            for q in quotes
            if not any(t.parts[0][0] <= q.parts[0][0] < t.parts[-1][1] for t in labelled)
        ]
        quotes.sort(key=lambda q: q.parts[0][0])
        self._carry_speakers(quotes)
        return [self._record(q, document) for q in quotes]

    def _record(self, found: _Found, document: Document) -> Quote:
        parts = tuple(found.parts)
        cue = None
        if found.cue is not None:
            lo, hi = self._char_span(found.cue)
            cue = self.text[lo:hi]
        elif found.cue_chars is not None:
            cue = self.text[found.cue_chars[0] : found.cue_chars[1]]
        speaker = found.speaker
        return Quote(
            document=document.id,
            start=parts[0][0],
            end=parts[-1][1],
            text=" ".join(self.text[s:e] for s, e in parts),
            kind=found.kind,
            cue=cue,
            speaker=speaker.name if speaker else None,
            speaker_start=speaker.start if speaker else None,
            speaker_end=speaker.end if speaker else None,
            parts=parts if len(parts) > 1 else (),
            relayed_by=found.relayed_by,
        )


def find_quotes(doc: Doc, document: Document, mentions: Sequence[Mention]) -> list[Quote]:
    """Every quote in the document, in text order. `doc` is the parsed `document.text`."""
    return _Finder(doc, document, mentions).run(document)
