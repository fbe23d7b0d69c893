"""The SQL of corpus entities: the resolver's output, replaced whole on each resolution, and the
reviewers' decisions, which no rebuild touches."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from sourcebook.records import Decision, DecisionKind, Entity, Mention, NameUse

_COLUMNS = "id, name, type, aliases, documents, mentions, evidence"


def mentions(db: sqlite3.Connection) -> Iterator[Mention]:
    """Every stored mention, with the entity the last resolution gave it."""
    rows = db.execute(
        "SELECT document, start, end, text, label, name, title, aliases, entity FROM mentions"
    )
    for document, start, end, text, label, name, title, aliases, entity in rows:
        yield Mention(
            document, start, end, text, label, name, title, tuple(json.loads(aliases)), entity
        )


def name_uses(db: sqlite3.Connection) -> Iterator[NameUse]:
    """One row per distinct (label, name): its documents, how often, its aliases and forms."""
    rows = db.execute(
        "SELECT label, name, json_group_array(DISTINCT document), count(*), "
        "json_group_array(DISTINCT aliases), json_group_array(DISTINCT text) "
        "FROM mentions GROUP BY label, name ORDER BY label, name"
    )
    for label, name, documents, count, aliases, forms in rows:
        found = {a for each in json.loads(aliases) for a in json.loads(each)}
        yield NameUse(
            label,
            name,
            tuple(json.loads(documents)),
            count,
            tuple(sorted(found)),
            tuple(json.loads(forms)),
        )


def replace(
    db: sqlite3.Connection, entities: list[Entity], assignments: list[tuple[str, str, str]]
) -> None:
    """Store `entities` in place of the old ones and point each mention at its entity;
    `assignments` are (entity id, mention label, mention name). Only names whose entity
    changed are written: after new documents, that is mostly their own mentions."""
    db.execute("DELETE FROM entities")
    db.executemany(
        f"INSERT INTO entities ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                e.id,
                e.name,
                e.type,
                json.dumps(e.aliases, ensure_ascii=False),
                json.dumps(e.documents),
                e.mentions,
                json.dumps(e.evidence, ensure_ascii=False),
            )
            for e in entities
        ],
    )
    before: dict[tuple[str, str], set[str | None]] = {}  # new mentions have no entity yet
    for label, name, entity in db.execute("SELECT DISTINCT label, name, entity FROM mentions"):
        before.setdefault((label, name), set()).add(entity)
    changed = [a for a in assignments if before.get((a[1], a[2]), {a[0]}) != {a[0]}]
    assigned = {(label, name) for _, label, name in assignments}
    gone = [key for key, had in before.items() if had != {None} and key not in assigned]
    db.executemany("UPDATE mentions SET entity = NULL WHERE label = ? AND name = ?", gone)
    db.executemany("UPDATE mentions SET entity = ? WHERE label = ? AND name = ?", changed)


def select(
    db: sqlite3.Connection,
    kind: str | None = None,
    name: str | None = None,
    limit: int | None = 100,
) -> list[Entity]:
    """Entities by mentions, most first; `name` matches the name or any alias, any case."""
    where, args = [], []
    if kind:
        where.append("type = ?")
        args.append(kind.upper())
    if name:
        where.append("(name LIKE ? OR aliases LIKE ?)")
        args += [f"%{name}%", f"%{name}%"]
    sql = f"SELECT {_COLUMNS} FROM entities"
    sql += f" WHERE {' AND '.join(where)}" if where else ""
    sql += " ORDER BY mentions DESC, name LIMIT ?"
    return [_entity(row) for row in db.execute(sql, [*args, -1 if limit is None else limit])]


def by_ref(db: sqlite3.Connection, ref: str) -> Entity | None:
    """An entity by id, or by its name or one of its aliases written exactly (any case)."""
    row = db.execute(f"SELECT {_COLUMNS} FROM entities WHERE id = ?", (ref,)).fetchone()
    row = (
        row
        or db.execute(
            f"SELECT {_COLUMNS} FROM entities WHERE name = ? COLLATE NOCASE "
            "ORDER BY mentions DESC LIMIT 1",
            (ref,),
        ).fetchone()
    )
    if row is None:
        quoted = json.dumps(ref, ensure_ascii=False)
        row = db.execute(
            f"SELECT {_COLUMNS} FROM entities WHERE aliases LIKE ? ORDER BY mentions DESC LIMIT 1",
            (f"%{quoted}%",),
        ).fetchone()
    return _entity(row) if row else None


def add_decision(db: sqlite3.Connection, decision: Decision) -> None:
    db.execute(
        "INSERT OR IGNORE INTO entity_decisions (kind, a, b) VALUES (?, ?, ?)",
        (decision.kind.value, decision.a, decision.b),
    )


def decisions(db: sqlite3.Connection) -> list[Decision]:
    rows = db.execute("SELECT kind, a, b FROM entity_decisions ORDER BY at, a, b")
    return [Decision(DecisionKind(kind), a, b) for kind, a, b in rows]


def _entity(row: tuple[object, ...]) -> Entity:
    id_, name, type_, aliases, documents, count, evidence = row
    return Entity(
        id=str(id_),
        name=str(name),
        type=str(type_),
        aliases=tuple(json.loads(str(aliases))),
        documents=tuple(json.loads(str(documents))),
        mentions=int(str(count)),
        evidence=tuple(json.loads(str(evidence))),
    )
