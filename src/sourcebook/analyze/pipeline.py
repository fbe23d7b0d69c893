"""Per-document analysis: the five analyzers over one shared NLP pass, in dependency order.

Pure, like the analyzers themselves: documents and parsed docs in, `Annotations` out, so the
same functions run inline, in a process pool or anywhere else; `build` does the storing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import tee

from spacy.tokens import Doc

from sourcebook.analyze import ANALYZER_VERSION  # noqa: F401  (read here by callers)
from sourcebook.analyze.citations import find_citations
from sourcebook.analyze.claims import find_claims
from sourcebook.analyze.entities import find_mentions
from sourcebook.analyze.quotes import find_quotes
from sourcebook.analyze.time import find_events
from sourcebook.nlp import load as nlp
from sourcebook.records import Annotations, Document

BATCH = 16  # documents per `nlp.pipe` call


def analyze(document: Document, doc: Doc) -> Annotations:
    """All annotations of one document; `doc` is the parsed `document.text`.

    Mentions come first because citations, quotes and events name who they involve.
    """
    mentions = find_mentions(doc, document)
    return Annotations(
        document=document.id,
        mentions=tuple(mentions),
        quotes=tuple(find_quotes(doc, document, mentions)),
        claims=tuple(find_claims(doc, document)),
        events=tuple(find_events(doc, document, mentions)),
        citations=tuple(find_citations(doc, document, mentions)),
    )


def needs_analysis(document: Document) -> bool:
    """Duplicates share their original's annotations, and an empty text has nothing to find."""
    return document.duplicate_of is None and bool(document.text.strip())


def analyze_many(documents: Iterable[Document], batch: int = BATCH) -> Iterator[Annotations]:
    """Annotations of each document worth analysing, parsing the texts in batches.

    One `nlp.pipe` stream for all of them: starting the pipeline again for every batch costs
    about a tenth of the parse. `tee` holds only the documents parsed ahead of their analysis.
    """
    texts, todo = tee(document for document in documents if needs_analysis(document))
    parsed = nlp.pipe((document.text for document in texts), batch_size=batch)
    for document, doc in zip(todo, parsed, strict=True):
        yield analyze(document, doc)
