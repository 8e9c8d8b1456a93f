"""The assessments' trigram full-text index (SQLite, migration 0004): names, queries, checks.

The index holds the trigrams of each assessment's owner and rationale under its id (not the
text: the assessment row is its content table). It only narrows the candidates: FTS5 folds
the case of all of Unicode while SQLite's LIKE folds ASCII only, and it keeps no positions,
so a word's candidates are a superset of its LIKE matches; callers re-apply the LIKE to them.
Words shorter than three characters cannot use a trigram index at all. A large import indexes
once at the end instead of row by row: fast_sqlite.search_upkeep_deferred (a fenced fast path).
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Integer, column, select, table, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Select

log = logging.getLogger(__name__)

TABLE = "assessment_search"
TRIGGERS = (f"{TABLE}_insert", f"{TABLE}_delete", f"{TABLE}_update")
MIN_CHARS = 3
# FTS5 keeps the index in shadow tables named after it: TABLE_data, _idx, _docsize, _config.
_SHADOWS = ("data", "idx", "docsize", "config", "content")

_fts = table(TABLE, column("rowid", Integer), column(TABLE))


def is_index_table(name: str) -> bool:
    """Whether `name` is the index or one of its shadow tables (not part of the models)."""
    return name == TABLE or name in {f"{TABLE}_{s}" for s in _SHADOWS}


def fts_query(word: str) -> str | None:
    """The FTS5 query for rows that may contain `word`, or None when the index cannot serve it.

    Every trigram of a substring occurs in the text, so rows holding the trigrams at
    offsets 0, 3, 6... and the last one are a superset of the rows containing the word
    (the index has no positions, detail=none). Each trigram is a double-quoted string, in
    which every character is literal and "" stands for a quote.
    """
    if len(word) < MIN_CHARS or "\x00" in word:
        return None
    starts = list(range(0, len(word) - 2, 3))
    if starts[-1] != len(word) - 3:
        starts.append(len(word) - 3)
    return " AND ".join('"' + word[i:i + 3].replace('"', '""') + '"' for i in starts)


def candidates(query: str) -> Select[Any]:
    """The ids of the assessments whose owner or rationale may match `query` (see fts_query)."""
    return select(_fts.c.rowid).where(_fts.c[TABLE].match(query))


def present(conn: Connection) -> bool:
    """Whether this SQLite register has the index (a SQLite without trigram support has not)."""
    found = conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"),
                         {"n": TABLE}).first()
    return found is not None


def problems(conn: Connection) -> list[str]:
    """What is wrong with the index: removed triggers, or entries out of step with the rows."""
    if not present(conn):
        return []
    found = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    out = [f"search index: its trigger {name} was removed" for name in TRIGGERS if name not in found]
    try:
        # rank 1: also compare the index with the assessment rows it was built from.
        conn.execute(text(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('integrity-check', 1)"))
    except DBAPIError as exc:
        if "malformed" not in str(exc.orig):  # e.g. a read-only file: the check cannot run
            log.warning("the search index was not checked: %s", exc.orig)
            return out
        out.append(f"search index: out of step with the assessments ({exc.orig}); "
                   "a rebuild re-indexes them")
    return out


def rebuild(conn: Connection) -> None:
    """Re-index every assessment (after a repair); the caller commits."""
    conn.execute(text(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')"))
