"""Full-text search over passages: FTS5 words for most text, trigrams for Chinese.

Ranking uses BM25 over passages, so a long report competes with a short article on the
density of the match, not on its length. Highlights come out of the ranking query itself:
asking FTS5 again per hit re-ran the match, which for a prefix query meant expanding the
prefix twenty more times.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from sourcebook.store import query as q
from sourcebook.store.base import SearchFilters, SearchHit
from sourcebook.text.fold import fold_cjk

START, STOP = "\x02", "\x03"
_MARK = re.compile("[\x02\x03]")
PER_DOCUMENT = 2  # passages of one document shown at most, so one long file cannot fill the page

Candidate = tuple[int, float, str | None]  # passage id, score, body with highlight marks


@dataclass(frozen=True, slots=True)
class _Passage:
    document: str
    start: int
    end: int
    title: str | None
    source: str | None
    published: str | None
    path: str
    paged: bool


def run(db: sqlite3.Connection, text: str, filters: SearchFilters, limit: int) -> list[SearchHit]:
    node = q.parse(text)
    wanted = limit * PER_DOCUMENT + 10
    if not q.is_cjk(node):
        rows = _word_candidates(db, node, filters, wanted)
    elif q.all_cjk(node) and q.shortest_term(node) >= 3:
        rows = _trigram_candidates(db, node, filters, wanted)
    else:
        rows = _mixed_candidates(db, node, filters, wanted)
    passages = _passages(db, [row[0] for row in rows])
    hits: list[SearchHit] = []
    per_document: dict[str, int] = {}
    for passage_id, score, marked in rows:
        passage = passages.get(passage_id)
        if passage is None or per_document.get(passage.document, 0) >= PER_DOCUMENT:
            continue
        per_document[passage.document] = per_document.get(passage.document, 0) + 1
        hits.append(_hit(db, node, passage, float(score), marked))
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
) -> list[Candidate]:
    match = q.to_fts5(node)
    where, params = _filters_sql(filters)
    marks = "highlight(passages_fts, 0, char(2), char(3))"
    if not where:
        sql = (
            f"SELECT rowid, rank, {marks} FROM passages_fts WHERE passages_fts MATCH ? "
            "ORDER BY rank LIMIT ?"
        )
        return db.execute(sql, (match, limit)).fetchall()
    sql = (
        f"SELECT f.rowid, f.rank, {marks} FROM passages_fts f JOIN passages p ON p.id = f.rowid "
        f"JOIN documents d ON d.id = p.document WHERE passages_fts MATCH ?{where} "
        "ORDER BY f.rank LIMIT ?"
    )
    return db.execute(sql, (match, *params, limit)).fetchall()


def _trigram_candidates(
    db: sqlite3.Connection, node: q.Node, filters: SearchFilters, limit: int
) -> list[Candidate]:
    where, params = _filters_sql(filters)
    sql = (
        "SELECT c.rowid, c.rank, NULL FROM passages_cjk c JOIN passages p ON p.id = c.rowid "
        f"JOIN documents d ON d.id = p.document WHERE passages_cjk MATCH ?{where} "
        "ORDER BY c.rank LIMIT ?"
    )
    return db.execute(sql, (q.to_fts5(node), *params, limit)).fetchall()


def _mixed_candidates(
    db: sqlite3.Connection, node: q.Node, filters: SearchFilters, limit: int
) -> list[Candidate]:
    """Unranked (no shared BM25 across two indexes): newest documents first."""
    where, params = _filters_sql(filters)
    condition, term_params = q.to_membership(node)
    sql = (
        "SELECT p.id, 0.0, NULL FROM passages p JOIN documents d ON d.id = p.document "
        f"WHERE {condition}{where} ORDER BY d.published DESC, p.id LIMIT ?"
    )
    return db.execute(sql, (*term_params, *params, limit)).fetchall()


def _passages(db: sqlite3.Connection, ids: list[int]) -> dict[int, _Passage]:
    if not ids:
        return {}
    rows = db.execute(
        "SELECT p.id, p.document, p.start, p.end, d.title, d.source, d.published, d.path, "
        "EXISTS (SELECT 1 FROM pages g WHERE g.document = p.document) "
        "FROM passages p JOIN documents d ON d.id = p.document "
        f"WHERE p.id IN ({','.join('?' * len(ids))})",
        ids,
    ).fetchall()
    return {
        passage_id: _Passage(document, start, end, title, source, published, path, bool(paged))
        for passage_id, document, start, end, title, source, published, path, paged in rows
    }


def _hit(
    db: sqlite3.Connection, node: q.Node, passage: _Passage, score: float, marked: str | None
) -> SearchHit:
    if marked is not None:
        body, highlights = _unmark(marked)
    else:
        body = db.execute(
            "SELECT substr(text, ? + 1, ?) FROM documents WHERE id = ?",
            (passage.start, passage.end - passage.start, passage.document),
        ).fetchone()[0]
        highlights = _find_terms(fold_cjk(body).casefold(), q.positive_terms(node))
    page = None
    if passage.paged:
        at = passage.start + (highlights[0][0] if highlights else 0)
        row = db.execute(
            "SELECT number FROM pages WHERE document = ? AND start <= ? AND ? < end",
            (passage.document, at, at),
        ).fetchone()
        page = row[0] if row else None
    return SearchHit(
        document=passage.document, start=passage.start, end=passage.end, text=body,
        highlights=highlights, score=-score, title=passage.title, source=passage.source,
        published=passage.published, path=passage.path, page=page,
    )  # fmt: skip


def _unmark(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text without the markers, and the marked spans in its coordinates."""
    spans, opened = [], 0
    for removed, mark in enumerate(_MARK.finditer(marked)):
        position = mark.start() - removed
        if mark.group() == START:
            opened = position
        else:
            spans.append((opened, position))
    return _MARK.sub("", marked), tuple(spans)


def _find_terms(folded: str, terms: list[q.Term]) -> tuple[tuple[int, int], ...]:
    spans = []
    for term in terms:
        needle = fold_cjk(term.text).casefold()
        position = folded.find(needle)
        while needle and position >= 0:
            spans.append((position, position + len(needle)))
            position = folded.find(needle, position + len(needle))
    return tuple(sorted(spans))
