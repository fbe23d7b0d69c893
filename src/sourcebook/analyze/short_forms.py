"""Short forms of names: "Okafor", "Mr Okafor" and "the Gazette" take the full name
the document introduced earlier, when exactly one fits; two candidates means no guess.
"""

from __future__ import annotations

from spacy.tokens import Token

from sourcebook.analyze import titles as T
from sourcebook.analyze.name_spans import NameSpan, span_of
from sourcebook.text.fold import CJK

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # generational, not part of a surname
PLACES = frozenset({"GPE", "LOC", "NORP"})  # labels a short form never takes an ORG from


def resolve_short_forms(spans: list[NameSpan], text: str, runs: list[list[Token]]) -> None:
    """A surname, given name or part of an organisation's name takes the earlier full name
    it uniquely matches, with its label; two candidates means no guess. `text` is the Doc's."""
    fulls: list[NameSpan] = []
    taken = {i for s in spans for i in range(s.start, s.end)}
    extra = [
        span_of(run, "", "short")
        for run in runs
        if run[0].idx not in taken and not T.is_title_word(run[0].text)
    ]
    for span in extra:
        span.name = " ".join(text[span.start : span.end].split())
        span.words = span.name.split(" ")
    #: the first and the last words of each full name, each count shorter than the whole
    ends: dict[tuple[str, ...], list[int]] = {}
    for span in sorted(spans + extra, key=lambda s: s.start):
        short = [w.lower() for w in span.words]
        found = sorted(set(ends.get(tuple(short), ())))
        hits = {fulls[i].name: fulls[i] for i in found}
        if span.label in PLACES:  # "Syria" is not the "Government of Syria" named before
            hits = {n: f for n, f in hits.items() if not _placed_in(short, f)}
        if len(hits) > 1:
            group = {"GPE": "LOC"}.get(span.label, span.label)
            hits = {n: f for n, f in hits.items() if {"GPE": "LOC"}.get(f.label, f.label) == group}
        if len(hits) == 1:
            full = next(iter(hits.values()))
            span.name, span.label = full.name, full.label
            span.aliases.extend(full.aliases)
            if span.source == "short":
                spans.append(span)
        elif len(span.words) > 1 and span.source != "short" and not CJK.search(span.name):
            core = [w.lower() for w in _without_suffix(span.words)]
            for size in range(1, len(core)):
                ends.setdefault(tuple(core[:size]), []).append(len(fulls))
                ends.setdefault(tuple(core[-size:]), []).append(len(fulls))
            fulls.append(span)
    spans.sort(key=lambda s: s.start)


def _without_suffix(words: list[str]) -> list[str]:
    """ "Thomas Carlineo Jr." is "Carlineo" later on."""
    return words[:-1] if len(words) > 2 and words[-1].lower().rstrip(".") in SUFFIXES else words


def _placed_in(place: list[str], full: NameSpan) -> bool:
    """Whether an organisation's name ends in the place: the "Government of Syria", "RT
    America" are not Syria or America; "Meridian News Agency" may be called "Meridian"."""
    return full.label == "ORG" and [w.lower() for w in full.words[-len(place) :]] == place


def unify_case(spans: list[NameSpan]) -> None:
    """ "MINISTRY OF THE INTERIOR" takes the mixed-case form the document also uses."""
    mixed = {s.name.casefold(): s.name for s in spans if not s.name.isupper()}
    for span in spans:
        if span.name.isupper() and " " in span.name:
            span.name = mixed.get(span.name.casefold(), span.name)
