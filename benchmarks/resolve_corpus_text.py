"""How a generated document is written: paragraphs that know the names, claims and quotes in
them, and a writer that spells each person one way per document, as papers do."""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass, field
from typing import Any

try:
    from benchmarks.resolve_corpus_words import Person
except ImportError:  # run as a script: benchmarks/ is on sys.path, the repository root is not
    from resolve_corpus_words import Person  # type: ignore[no-redef]


@dataclass
class Para:
    """A paragraph and what it says: (entity, surface) pairs, claims and quotes (no file yet)."""

    text: str
    names: set[tuple[str, str]] = field(default_factory=set)
    claims: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Doc:
    file: str
    story: str
    role: str
    outlet: str  # entity id
    outlet_name: str
    published: datetime.date
    paras: list[Para]
    relays: str | None = None
    near_duplicate_of: str | None = None

    def meta(self) -> dict[str, Any]:
        keys = ("story", "role", "outlet", "published", "relays", "near_duplicate_of")
        return {
            key: str(getattr(self, key)) if key == "published" else getattr(self, key)
            for key in keys
        }


class Writer:
    """One document's paragraphs; each person's spelling is chosen once per document, as papers do."""

    def __init__(self, rng: random.Random, entities: dict[str, dict[str, Any]]):
        self.rng, self.entities = rng, entities
        self.para = Para("")
        self.later: dict[str, str] = {}  # entity id -> how later mentions name it

    def name(self, entity_id: str, surface: str) -> str:
        self.para.names.add((entity_id, surface))
        return surface

    def person(self, p: Person) -> str:
        """The full name (after any title) once, then the surname, with 'Mr', 'Ms' or a title."""
        if p.id in self.later:
            surname = self.later[p.id]
            forms = [surname, ("Ms " if p.feminine else "Mr ") + surname]
            forms += [f"{p.title[1]} {surname}"] if p.title else []
            return self.name(p.id, p.han if surname == p.han else self.rng.choice(forms))
        full, self.later[p.id] = self.rng.choice(p.spellings)
        prefix = f"{p.title[0]} " if p.title else ""
        style = self.rng.random() if p.han else 1.0
        if p.han and style < 0.12:  # characters only, here and after
            self.later[p.id] = p.han
            return self.name(p.id, p.han)
        if p.han and style < 0.27:
            return self.name(p.id, prefix + (p.given_first or full))
        if p.han and style < 0.42:
            return f"{self.name(p.id, prefix + full)} ({self.name(p.id, p.han)})"
        return self.name(p.id, prefix + full)

    def org(self, org_id: str, define: bool = False) -> str:
        """'the Kerrow Water Board (KWB)' once, then 'the KWB' where the acronym was defined."""
        entity = self.entities[org_id]
        if org_id in self.later:
            return "the " + self.name(org_id, self.later[org_id])
        self.later[org_id] = entity["acronym"] if define else entity["name"]
        acronym = f" ({self.name(org_id, entity['acronym'])})" if define else ""
        return f"the {self.name(org_id, entity['name'])}{acronym}"

    def add(self, text: str) -> Para:
        para, self.para = self.para, Para("")
        para.text = text
        return para
