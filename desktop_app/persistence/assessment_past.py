"""The assessment table as it stood at the end of a past day, read in place of the live one.

Every report and table query names the `assessment` table. A session given a past day adds to
each SELECT that reads it a common table expression named `assessment` (SQLite and PostgreSQL
both resolve an unqualified name to the CTE before the table): the live rows that did not change
since the day, plus the rows the audit trail's later entries were undone to. On SQLite those sit
in a temporary table of the connection (a read transaction, even on a read-only file, may write
its own); PostgreSQL's report transactions are read-only, so there they travel as one JSON
parameter (`jsonb_to_recordset`). The register itself is never written.
"""

from __future__ import annotations

import functools
import json
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    Table,
    Text,
    bindparam,
    case,
    cast,
    event,
    func,
    insert,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.sql.expression import CTE, ColumnElement
from sqlalchemy.sql.util import find_tables
from sqlmodel import Session, col

from desktop_app.domain.entity import Entity
from desktop_app.domain.models import Assessment, AuditEntry, AuditHead
from desktop_app.domain.risk import SIZE, RiskMatrix
from desktop_app.domain.timeline.assessment_past import Change, matrix_before, rederive, undo_changes
from desktop_app.persistence.matrix_repo import load_matrix

_LIVE = Assessment.__table__  # type: ignore[attr-defined]
_NAMES = [c.name for c in _LIVE.columns]
_REPLAYS: dict[tuple[str, date, str], PastAssessments] = {}  # the latest few, oldest first
_KEEP = 4
_LOCK = threading.Lock()
_KEY = "assessments_on"  # Session.info: the CTE the session's SELECTs read assessments from


@dataclass(frozen=True)
class PastAssessments:
    """What differs on `day` from the live table: the rows undone, and the risk matrix of the day
    when it was changed since (every level is then re-derived from it)."""

    day: date
    rows: dict[int, dict[str, Any]]
    matrix: RiskMatrix | None
    key: str = ""  # names the register state and day it was replayed from


def read_past(s: Session, day: date) -> PastAssessments:
    """Undo, newest first, the assessment entries and matrix changes recorded after `day`.

    Every audited write moves the audit head, so the register's URL, the day and the head's hash
    name one replay: a table paging as of a day replays once, not once a page."""
    head = s.execute(select(AuditHead.hash).where(AuditHead.id == 1)).scalar_one()
    key = (str(s.get_bind().url), day, head)
    with _LOCK:
        found = _REPLAYS.get(key)
    if found is None:
        found = _replay(s, day, key[0] + "|" + day.isoformat() + "|" + head)
        with _LOCK:
            _REPLAYS[key] = found
            while len(_REPLAYS) > _KEEP:
                _REPLAYS.pop(next(iter(_REPLAYS)))
    return found


def forget_replays() -> None:
    """Drop the kept replays (a benchmark timing the replay itself)."""
    with _LOCK:
        _REPLAYS.clear()


def _replay(s: Session, day: date, key: str) -> PastAssessments:
    end = datetime.combine(day + timedelta(days=1), time(), UTC).isoformat(timespec="microseconds")
    later = [Change(aid or 0, action, json.loads(changes)) for aid, action, changes in s.exec(
        select(AuditEntry.entity_id, AuditEntry.action, AuditEntry.changes)
        .where(AuditEntry.entity == Entity.ASSESSMENT.value, col(AuditEntry.at) >= end)
        .order_by(col(AuditEntry.id).desc()))]
    configured = [json.loads(c) for c in s.execute(
        select(AuditEntry.changes).where(AuditEntry.entity == Entity.RISK_MATRIX.value, col(AuditEntry.at) >= end)
        .order_by(col(AuditEntry.id).desc())).scalars()]
    ids = sorted({c.assessment_id for c in later})
    current: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        batch = ids[start:start + 500]
        current.update((r.id, dict(r._mapping)) for r in s.execute(select(_LIVE).where(_LIVE.c.id.in_(batch))))
    now = load_matrix(s)
    matrix = matrix_before(now.to_json(), configured) if configured else None
    rows = {aid: rederive(row, matrix or now, relevel=matrix is not None)
            for aid, row in undo_changes(current, later).items()}
    return PastAssessments(day, rows, matrix, key)


def read_as_of(s: Session, past: PastAssessments | None) -> None:
    """From now on, the session's SELECTs read assessments as of `past.day` (None: live again)."""
    if past is None:
        s.info.pop(_KEY, None)
        return
    s.info[_KEY] = _table_on(s, past)
    if not event.contains(s, "do_orm_execute", _read_past):
        event.listen(s, "do_orm_execute", _read_past)


def _read_past(state: ORMExecuteState) -> None:
    if state.is_select:
        past = read_in(state.session, state.statement)
        if past is not state.statement:
            state.statement = past
            # Objects already loaded in the session hold today's values: load the day's over them.
            state.update_execution_options(populate_existing=True)


def read_in(s: Session, statement: Any) -> Any:
    """`statement` as the session reads it: over the day's assessments when `read_as_of` gave
    it a past day and the statement reads the table (for statements run on the session's
    connection, which the session's hook does not see)."""
    cte = s.info.get(_KEY)
    if cte is None or not hasattr(statement, "add_cte"):
        return statement
    if not any(getattr(t, "name", None) == "assessment" and getattr(t, "schema", None) is None
               for t in find_tables(statement, include_aliases=True)):
        return statement  # a query of other tables is left as it is (and does not carry the JSON along)
    return statement.add_cte(cte)


def _table_on(s: Session, past: PastAssessments) -> CTE:
    sqlite = s.get_bind().dialect.name == "sqlite"
    schema = "main" if sqlite else s.execute(select(func.current_schema())).scalar_one()
    live = _live_in(schema)
    if sqlite:
        undone = _temp_rows(s, past)
        ids: Any = select(undone.c.id)
        from_past = select(*(undone.c[n] for n in _NAMES))
    else:
        # PostgreSQL report transactions are read-only (no temporary table): one JSON parameter,
        # UTF-8 as is (no \u escapes), so text of every script reaches the query unchanged.
        rows_json = json.dumps([{k: _encode(r[k]) for k in _NAMES} for r in past.rows.values()], ensure_ascii=False)
        ids = select(func.jsonb_array_elements_text(cast(bindparam("asof_ids", json.dumps(sorted(past.rows))), JSONB))
                     .table_valued("value").c.value.cast(Integer))
        rec = (func.jsonb_to_recordset(cast(bindparam("asof_rows", rows_json), JSONB))
               .table_valued(*(Column(c.name, c.type) for c in _LIVE.columns))
               .render_derived("past_row", with_types=True))
        from_past = select(*(rec.c[n] for n in _NAMES))
    kept = select(*(_relevelled(live, n, past.matrix) for n in _NAMES)).where(live.c.id.not_in(ids))
    return union_all(kept, from_past).cte("assessment")


@functools.cache
def _live_in(schema: str) -> Table:
    """The live table named with its schema (the CTE takes its unqualified name), built once so
    that statements over it hit SQLAlchemy's compiled cache from one report to the next."""
    return Table("assessment", MetaData(), *(Column(c.name, c.type) for c in _LIVE.columns), schema=schema)


def _relevelled(live: Table, name: str, matrix: RiskMatrix | None) -> ColumnElement[Any]:
    """A live column; a level or rank re-derived from the day's matrix when it changed since."""
    kind, _, what = name.partition("_")
    if matrix is None or kind not in ("inherent", "residual") or what not in ("level", "rank"):
        return live.c[name]
    cell = live.c[f"{kind}_likelihood"] * 10 + live.c[f"{kind}_impact"]
    whens = {li * 10 + ii: (lv.key if what == "level" else lv.rank) for li in range(1, SIZE + 1)
             for ii in range(1, SIZE + 1) for lv in [matrix.level_for(li, ii)]}
    return type_coerce(case(whens, value=cell, else_=live.c[name]), _LIVE.c[name].type).label(name)


def _encode(value: Any) -> Any:
    """A value as JSON carries it to PostgreSQL: dates and datetimes as ISO text."""
    return value.isoformat() if isinstance(value, date | datetime) else value


_UNDONE = Table("assessment_past", MetaData(), *(Column(c.name, c.type) for c in _LIVE.columns), schema="temp")
_HELD = Table("assessment_past_key", MetaData(), Column("key", Text), schema="temp")


def _temp_rows(s: Session, past: PastAssessments) -> Table:
    """SQLite: the undone rows in a temporary table of the connection (keyed by id, refilled for
    each past day; a read transaction may write its own temporary tables, on a read-only file too),
    where every query finds them by index instead of parsing them again."""
    conn = s.connection()
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS assessment_past AS SELECT * FROM main.assessment WHERE 0")
    conn.exec_driver_sql("CREATE UNIQUE INDEX IF NOT EXISTS temp.ux_assessment_past ON assessment_past (id)")
    # Which replay the table holds, written with its rows (a rolled-back fill leaves neither).
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS assessment_past_key (key TEXT NOT NULL)")
    held = conn.execute(select(_HELD.c.key)).scalar()
    if held != past.key or not past.key:
        conn.execute(_UNDONE.delete())
        conn.execute(_HELD.delete())
        if past.rows:
            conn.execute(insert(_UNDONE), [{k: r[k] for k in _NAMES} for r in past.rows.values()])
        conn.execute(insert(_HELD), [{"key": past.key}])
    return _UNDONE
