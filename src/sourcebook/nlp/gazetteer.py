"""The gazetteer stage: GPE and NORP from name lists, run after the statistical NER.

The model learns only PERSON, ORG and LOC (`sourcebook.nlp.labels`), and a small model cannot
know every country, city and people. This component relabels the model's LOC (and ORG when
the whole span is a country, as "China" often is) whose name is geopolitical, and adds GPE,
NORP and LOC spans where the model found nothing. A model entity is never cut or overwritten:
the model sees context the lists do not. Disable the component to measure what it adds.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from sourcebook.nlp.names import Names, load_names

#: Labels the matcher assigns, by the hash spaCy gives them in every vocabulary.
MATCH_LABELS: dict[int, str] = {get_string_id(label): label for label in ("GPE", "NORP", "LOC")}

#: Short names that are also English words when a whole line is in capitals ("TELL US").
SHOUTED_AMBIGUOUS: frozenset[str] = frozenset({"US"})

#: One matcher per (language, population threshold) per process: building one tokenises
#: some 30,000 names, which must not happen per document or per pipeline copy.
_MATCHERS: dict[tuple[str, int], PhraseMatcher] = {}


@Language.factory(
    "gazetteer",
    default_config={"add": True, "relabel": True, "min_population": 200_000},
    assigns=["doc.ents"],
)
def make_gazetteer(
    nlp: Language, name: str, add: bool, relabel: bool, min_population: int
) -> Gazetteer:
    return Gazetteer(nlp, name, add=add, relabel=relabel, min_population=min_population)


class Gazetteer:
    """Relabel (`relabel`) and add (`add`) entities from the name lists; no trained weights."""

    def __init__(
        self,
        nlp: Language,
        name: str = "gazetteer",
        *,
        add: bool = True,
        relabel: bool = True,
        min_population: int = 200_000,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.add = add
        self.relabel = relabel
        self.min_population = min_population

    def __call__(self, doc: Doc) -> Doc:
        names = load_names(self.min_population)
        ents = list(doc.ents)
        if self.relabel:
            ents = [relabelled(span, names) for span in ents]
        if self.add:
            found = matcher(self.nlp, self.min_population)(doc)
            ents.extend(additions(doc, ents, names, found))
        # "unmodified": tokens the model left unannotated stay so, the rest keep their O
        doc.set_ents(sorted(ents, key=lambda span: span.start), default="unmodified")
        return doc


def matcher(nlp: Language, min_population: int) -> PhraseMatcher:
    """The process-wide matcher over every known written form except the stoplisted ones."""
    key = (nlp.lang or "", min_population)
    if key not in _MATCHERS:
        names = load_names(min_population)
        by_label: dict[str, list[str]] = {}
        for form, label in names.labels.items():
            if form not in names.stop:
                by_label.setdefault(label, []).append(form)
        built = PhraseMatcher(nlp.vocab, attr="ORTH")
        for label, forms in sorted(by_label.items()):
            built.add(label, [nlp.make_doc(form) for form in sorted(forms)])
        _MATCHERS[key] = built
    return _MATCHERS[key]


def relabelled(span: Span, names: Names) -> Span:
    """A model LOC named like a country, city or people becomes GPE or NORP; an ORG that is
    exactly a country name becomes GPE ("China" said, not "China Mobile")."""
    text = span.text
    if text.startswith(("the ", "The ", "THE ")):
        text = text[4:]
    known = names.labels.get(text) or ("GPE" if text in names.places else None)
    if span.label_ == "LOC" and known in ("GPE", "NORP"):
        label = known
    elif span.label_ == "ORG" and text in names.countries:
        label = "GPE"
    else:
        return span
    return Span(span.doc, span.start, span.end, label=label, kb_id=span.kb_id)


def additions(
    doc: Doc, ents: list[Span], names: Names, matches: list[tuple[int, int, int]]
) -> list[Span]:
    """Matches that touch no model entity, longest first, so "South Korea" beats "Korea"."""
    taken = {i for span in ents for i in range(span.start, span.end)}
    candidates: list[tuple[int, int, str]] = []
    for match_id, start, end in matches:
        if taken.intersection(range(start, end)):
            continue
        text = doc[start:end].text
        if text in names.personlike and beside_name(doc, start, end):
            continue
        if text in SHOUTED_AMBIGUOUS and shouted(doc, start, end):
            continue
        candidates.append((start, end, MATCH_LABELS[match_id]))
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    kept: list[Span] = []
    for start, end, label in candidates:
        if taken.intersection(range(start, end)):
            continue
        taken.update(range(start, end))
        kept.append(Span(doc, start, end, label=label))
    return kept


def _looks_like_name(token: Token, caps: bool) -> bool:
    """A capitalised word that is not a function word ("In Jordan" keeps its place)."""
    if not token.is_alpha or token.lower_ in STOP_WORDS:
        return False
    return token.is_title or (caps and token.is_upper)


def beside_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a capitalised word stands right before or after: "Chad Smith", "Michael Jordan"."""
    caps = doc[start:end].text.isupper()
    before = start > 0 and _looks_like_name(doc[start - 1], caps)
    after = end < len(doc) and _looks_like_name(doc[end], caps)
    return before or after


def shouted(doc: Doc, start: int, end: int) -> bool:
    """Whether a neighbouring word is in capitals too, so "US" may be the pronoun."""
    neighbours = [doc[i] for i in (start - 1, end) if 0 <= i < len(doc)]
    return any(t.is_alpha and t.is_upper and len(t) > 1 for t in neighbours)
