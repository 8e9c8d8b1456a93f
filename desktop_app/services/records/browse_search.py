"""Text search of the register's tables: one LIKE per word and column, and on SQLite the
assessments' trigram index to find the candidate rows first (same rows, same order, same count).

A word matches an assessment through its measure (reference, title), its venture (name),
or its own owner or rationale. The LIKE reads every live assessment; with the index, each of
the three ways is an indexed lookup: the measures and ventures matching the word (the small
tables, scanned), their assessments through the (parent_id, archived_at) indexes, and the
index's candidates re-checked with the same LIKE (docs/performance.md, "Text search").
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, exists, func, or_, select, union_all
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select

from desktop_app.domain.models import Assessment, JointVenture, Measure, Partner
from desktop_app.persistence import search_index

COMMON = 10_000

M, V, A, P = Measure.__table__.c, JointVenture.__table__.c, Assessment.__table__.c, Partner.__table__.c
_HIT = Assessment.__table__.alias("search_hit")  # built once: an alias costs a column collection


def like(column: Any, text: str, sqlite: bool) -> ColumnElement[bool]:
    """`column` contains `text` literally (a user's % or _ is no wildcard), ignoring case."""
    # SQLite's LIKE already ignores ASCII case, and lower() would cost a function call per
    # row for nothing more.
    if sqlite:
        return column.contains(text, autoescape=True)
    return column.icontains(text, autoescape=True)


def in_measures(*conds: ColumnElement[bool]) -> ColumnElement[bool]:
    # The few measures and ventures are filtered first, so the big assessment table needs no join.
    return A.measure_id.in_(select(M.id).where(*conds))


def in_ventures(*conds: ColumnElement[bool]) -> ColumnElement[bool]:
    return A.venture_id.in_(select(V.id).where(*conds))


def _hits(word: str, query: str, sqlite: bool, recheck: bool = True) -> list[Select[Any]]:
    """The three ways `word` finds assessments, each a select of ids (duplicates possible)."""
    hit = _HIT
    by_measure = or_(like(M.reference, word, sqlite), like(M.title, word, sqlite))
    by_text = [hit.c.id.in_(search_index.candidates(query))]
    if recheck:  # the index's candidates are a superset (Unicode case folding): the LIKE decides
        by_text.append(or_(like(hit.c.owner, word, sqlite), like(hit.c.rationale, word, sqlite)))
    return [select(hit.c.id).where(hit.c.measure_id.in_(select(M.id).where(by_measure))),
            select(hit.c.id).where(hit.c.venture_id.in_(select(V.id).where(like(V.name, word, sqlite)))),
            select(hit.c.id).where(*by_text)]


def indexed_words(conn: Connection, search: str, sqlite: bool) -> frozenset[str]:
    """The words of `search` worth looking up in the trigram index (none without one).

    A word with COMMON or more hits (a word of most measure titles or rationales, an owner
    of every tenth row) is cheaper as the LIKE scan, which stops at the first page in id
    order: through the index every hit is read first. Counting up to COMMON hits is cheap.
    """
    queries = {w: search_index.fts_query(w) for w in search.split()} if sqlite else {}
    if not any(queries.values()) or not search_index.present(conn):
        return frozenset()
    out = set()
    for word, query in queries.items():
        if query is not None:
            hits = union_all(*_hits(word, query, sqlite, recheck=False)).limit(COMMON).subquery()
            if conn.execute(select(func.count()).select_from(hits)).scalar_one() < COMMON:
                out.add(word)
    return frozenset(out)


def _likes(word: str, sqlite: bool, *columns: Any) -> list[ColumnElement[bool]]:
    return [like(c, word, sqlite) for c in columns]


def measures_matching(word: str, sqlite: bool, indexed: bool = False) -> ColumnElement[bool]:
    """The measures where `word` occurs in a searched column."""
    return or_(*_likes(word, sqlite, M.reference, M.title, M.original_title, M.authority, M.summary))


def ventures_matching(word: str, sqlite: bool, indexed: bool = False) -> ColumnElement[bool]:
    """The ventures where `word` occurs in a searched column or a partner's name."""
    partner = exists().where(P.venture_id == V.id, like(P.name, word, sqlite))
    return or_(*_likes(word, sqlite, V.name, V.location, V.activity, V.sector, V.owner), partner)


def assessments_matching(word: str, sqlite: bool, indexed: bool = False) -> ColumnElement[bool]:
    """The assessments where `word` occurs in their measure, venture, owner or rationale.

    `indexed`: look the word up in the assessments' trigram index (see indexed_words);
    words it cannot serve (under three characters) still take the LIKE path.
    """
    def likes(*columns: Any) -> list[ColumnElement[bool]]:
        return _likes(word, sqlite, *columns)

    query = search_index.fts_query(word) if indexed else None
    if query is None:
        return or_(in_measures(or_(*likes(M.reference, M.title))), in_ventures(or_(*likes(V.name))),
                   *likes(A.owner, A.rationale))
    # UNION ALL: IN builds its own set, so duplicates cost nothing there.
    return A.id.in_(union_all(*_hits(word, query, sqlite)))
