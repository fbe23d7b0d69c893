"""Full-text search over passages: FTS5 words for most text, trigrams for Chinese.

Ranking uses BM25 over passages, so a long report competes with a short article on the
density of the match, not on its length.
"""

from __future__ import annotations

import sqlite3

from sourcebook.store import query as q
from sourcebook.store.base import SearchFilters, SearchHit
from sourcebook.text.fold import fold_cjk

START, STOP = "\x02", "\x03"
PER_DOCUMENT = 2  # passages of one document shown at most, so one long file cannot fill the page


def run(db: sqlite3.Connection, text: str, filters: SearchFilters, limit: int) -> list[SearchHit]:
    node = q.parse(text)
    candidates = limit * PER_DOCUMENT + 10
    if not q.is_cjk(node):
        rows = _word_candidates(db, node, filters, candidates)
    elif q.all_cjk(node) and q.shortest_term(node) >= 3:
        rows = _trigram_candidates(db, node, filters, candidates)
    else:
        rows = _mixed_candidates(db, node, filters, candidates)
    hits: list[SearchHit] = []
    per_document: dict[str, int] = {}
    for passage_id, score in rows:
        info = _passage(db, passage_id)
        if info is None:
            continue
        if per_document.get(info[0], 0) >= PER_DOCUMENT:
            continue
        per_document[info[0]] = per_document.get(info[0], 0) + 1
        hits.append(_hit(db, node, passage_id, float(score), info))
        if len(hits) >= limit:
            break
    return hits


def _filters_sql(filters: SearchFilters) -> tuple[str, list[str]]:
    clauses, params = [], []
    if filters.source:
        clauses.append("d.source LIKE ?")
        params.append(f"%{filters.source}%")
    if filters.language:
        clauses.append("d.language = ?")
        params.append(filters.language)
    if filters.after:
        clauses.append("d.published >= ?")
        params.append(filters.after)
    if filters.before:
        clauses.append("substr(d.published, 1, length(?)) <= ?")
        params.extend([filters.before, filters.before])
    return "".join(f" AND {clause}" for clause in clauses), params


def _word_candidates(
    db: sqlite3.Connection, node: q.Node, filters: SearchFilters, limit: int
) -> list[tuple[int, float]]:
    match = q.to_fts5(node)
    where, params = _filters_sql(filters)
    if not where:
        sql = (
            "SELECT rowid, rank FROM passages_fts WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        return db.execute(sql, (match, limit)).fetchall()
    sql = (
        "SELECT f.rowid, f.rank FROM passages_fts f JOIN passages p ON p.id = f.rowid "
        "JOIN documents d ON d.id = p.document "
        f"WHERE passages_fts MATCH ?{where} ORDER BY f.rank LIMIT ?"
    )
    return db.execute(sql, (match, *params, limit)).fetchall()


def _trigram_candidates(
    db: sqlite3.Connection, node: q.Node, filters: SearchFilters, limit: int
) -> list[tuple[int, float]]:
    where, params = _filters_sql(filters)
    sql = (
        "SELECT c.rowid, c.rank FROM passages_cjk c JOIN passages p ON p.id = c.rowid "
        f"JOIN documents d ON d.id = p.document WHERE passages_cjk MATCH ?{where} "
        "ORDER BY c.rank LIMIT ?"
    )
    return db.execute(sql, (q.to_fts5(node), *params, limit)).fetchall()


def _mixed_candidates(
    db: sqlite3.Connection, node: q.Node, filters: SearchFilters, limit: int
) -> list[tuple[int, float]]:
    """Unranked (no shared BM25 across two indexes): newest documents first."""
    where, params = _filters_sql(filters)
    condition, term_params = q.to_membership(node)
    sql = (
        "SELECT p.id, 0.0 FROM passages p JOIN documents d ON d.id = p.document "
        f"WHERE {condition}{where} ORDER BY d.published DESC, p.id LIMIT ?"
    )
    return db.execute(sql, (*term_params, *params, limit)).fetchall()


def _passage(
    db: sqlite3.Connection, passage_id: int
) -> tuple[str, int, int, str, str | None, str | None, str | None, str] | None:
    row = db.execute(
        "SELECT p.document, p.start, p.end, substr(d.text, p.start + 1, p.end - p.start), "
        "d.title, d.source, d.published, d.path FROM passages p JOIN documents d ON d.id = p.document "
        "WHERE p.id = ?",
        (passage_id,),
    ).fetchone()
    return tuple(row) if row else None


def _hit(
    db: sqlite3.Connection,
    node: q.Node,
    passage_id: int,
    score: float,
    info: tuple[str, int, int, str, str | None, str | None, str | None, str],
) -> SearchHit:
    document, start, end, body, title, source, published, path = info
    if q.is_cjk(node):
        highlights = _find_terms(fold_cjk(body).casefold(), q.positive_terms(node))
    else:
        row = db.execute(
            "SELECT highlight(passages_fts, 0, ?, ?) FROM passages_fts WHERE passages_fts MATCH ? AND rowid = ?",
            (START, STOP, q.to_fts5(node), passage_id),
        ).fetchone()
        highlights = _marks(row[0]) if row else ()
    at = start + (highlights[0][0] if highlights else 0)
    page = db.execute(
        "SELECT number FROM pages WHERE document = ? AND start <= ? AND ? < end", (document, at, at)
    ).fetchone()
    return SearchHit(
        document=document,
        start=start,
        end=end,
        text=body,
        highlights=highlights,
        score=-score,
        title=title,
        source=source,
        published=published,
        path=path,
        page=page[0] if page else None,
    )


def _marks(marked: str) -> tuple[tuple[int, int], ...]:
    """Spans of the marked stretches, in coordinates of the text without the markers."""
    spans, position, opened = [], 0, -1
    for char in marked:
        if char == START:
            opened = position
        elif char == STOP:
            spans.append((opened, position))
        else:
            position += 1
    return tuple(spans)


def _find_terms(folded: str, terms: list[q.Term]) -> tuple[tuple[int, int], ...]:
    spans = []
    for term in terms:
        needle = fold_cjk(term.text).casefold()
        position = folded.find(needle)
        while needle and position >= 0:
            spans.append((position, position + len(needle)))
            position = folded.find(needle, position + len(needle))
    return tuple(sorted(spans))
