"""The SQL of quote clusters: replaced whole, or around new documents; each quote points at
its cluster."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterator

from sourcebook.records import QuoteCluster
from sourcebook.store.sqlite.scoped import within

_COLUMNS = "id, members, speaker, speakers_differ, documents, text"


def quotes(
    db: sqlite3.Connection, ids: Collection[int] | None = None
) -> Iterator[tuple[int, str, str, str | None, str | None]]:
    """(quote id, document, words, speaker, published) of every quote, or of the quotes
    `ids`; the speaker is the entity of the mention at the speaker's words where there is
    one, else the words analysis gave."""
    where = "" if ids is None else " WHERE q.id IN (SELECT value FROM json_each(?))"
    yield from db.execute(
        "SELECT q.id, q.document, q.text, COALESCE(("
        "  SELECT m.entity FROM mentions m WHERE m.document = q.document AND m.entity IS NOT NULL"
        "  AND m.start < q.speaker_end AND q.speaker_start < m.end LIMIT 1), q.speaker), "
        "d.published FROM quotes q JOIN documents d ON d.id = q.document"
        f"{where} ORDER BY q.id",
        () if ids is None else (json.dumps(sorted(ids)),),
    )


def words(db: sqlite3.Connection, documents: Collection[str]) -> Iterator[tuple[int, str, str]]:
    """(quote id, document, words) of the quotes of `documents`."""
    yield from db.execute(
        "SELECT id, document, text FROM quotes WHERE document IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(documents)),),
    )


def neighbourhood(
    db: sqlite3.Connection, quotes: Collection[int], documents: Collection[str]
) -> set[int]:
    """`quotes`, and every quote of a cluster holding one of them or quoted in `documents`."""
    ids, scope = json.dumps(sorted(quotes)), json.dumps(sorted(documents))
    return {
        row[0]
        for row in db.execute(
            "SELECT value FROM json_each(?) UNION SELECT id FROM quotes WHERE cluster IN ("
            " SELECT cluster FROM quotes WHERE id IN (SELECT value FROM json_each(?)) UNION"
            f" SELECT id FROM quote_clusters WHERE {within('documents')})",
            (ids, ids, scope),
        )
    }


def replace(
    db: sqlite3.Connection,
    clusters: list[QuoteCluster],
    documents: Collection[str] | None = None,
    quotes: Collection[int] = (),
) -> None:
    """Replace every cluster; or, around new `documents`, the clusters holding one of
    `quotes` (a `neighbourhood`) or quoted in those documents."""
    if documents is None:
        db.execute("DELETE FROM quote_clusters")
        db.execute("UPDATE quotes SET cluster = NULL WHERE cluster IS NOT NULL")
    else:
        ids, scope = json.dumps(sorted(quotes)), json.dumps(sorted(documents))
        db.execute(
            "DELETE FROM quote_clusters WHERE id IN (SELECT cluster FROM quotes"
            f" WHERE id IN (SELECT value FROM json_each(?))) OR {within('documents')}",
            (ids, scope),
        )
        db.execute(
            "UPDATE quotes SET cluster = NULL WHERE id IN (SELECT value FROM json_each(?))",
            (ids,),
        )
    db.executemany(
        f"INSERT INTO quote_clusters ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                c.id,
                json.dumps(c.members),
                c.speaker,
                int(c.speakers_differ),
                json.dumps(c.documents),
                c.text,
            )
            for c in clusters
        ],
    )
    db.executemany(
        "UPDATE quotes SET cluster = ? WHERE id = ?",
        [(c.id, member) for c in clusters for member in c.members],
    )


def select(
    db: sqlite3.Connection,
    speaker: str | None = None,
    differ: bool = False,
    limit: int | None = 100,
) -> list[QuoteCluster]:
    """Clusters quoted in the most documents first."""
    where, args = [], []
    if speaker is not None:
        where.append("speaker = ?")
        args.append(speaker)
    if differ:
        where.append("speakers_differ = 1")
    sql = f"SELECT {_COLUMNS} FROM quote_clusters"
    sql += f" WHERE {' AND '.join(where)}" if where else ""
    sql += " ORDER BY json_array_length(documents) DESC, id LIMIT ?"
    return [
        QuoteCluster(
            id=id_,
            members=tuple(json.loads(members)),
            speaker=who,
            speakers_differ=bool(flag),
            documents=tuple(json.loads(documents)),
            text=text,
        )
        for id_, members, who, flag, documents, text in db.execute(
            sql, [*args, -1 if limit is None else limit]
        )
    ]
