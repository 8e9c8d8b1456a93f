"""Paged, sorted and filtered reads for the register's tables, all done in SQL; plain rows out."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select
from sqlalchemy.sql import Select
from sqlmodel import Session

from desktop_app.domain.models import Assessment, AuditEntry, JointVenture, Measure, Partner
from desktop_app.persistence.fast_sqlite import fetch_ids, unindexed
from desktop_app.persistence.queries import chunks
from desktop_app.services.audit import AuditRecord
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.browse_search import in_measures as _in_measures
from desktop_app.services.records.browse_search import indexed_words, matches
from desktop_app.services.records.browse_search import like as _like

ENTITIES = ("measures", "ventures", "assessments")
M, V, A, P = Measure.__table__.c, JointVenture.__table__.c, Assessment.__table__.c, Partner.__table__.c


@dataclass(frozen=True)
class BrowseQuery:
    """What a table shows: search text, filters and sort. Filters that do not apply are ignored."""

    search: str = ""
    status: str | None = None  # measure status, venture stage, assessment status
    type: str | None = None  # measure type (assessments: their measure's type)
    jurisdiction: str | None = None  # measure jurisdiction, venture country
    risk_level: str | None = None  # residual level (measures, ventures: of any live assessment)
    owner: str | None = None
    review_overdue: bool = False
    likelihood: int | None = None  # residual heat-map cell
    impact: int | None = None
    measure_id: int | None = None
    venture_id: int | None = None
    include_archived: bool = False
    sort: str | None = None  # a column key of the entity
    descending: bool = False

    def with_(self, **changes: Any) -> BrowseQuery:
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class BrowseRow:
    """One table row: the record id, whether it is archived, and values in column order."""

    id: int
    archived: bool
    values: tuple[Any, ...]


@dataclass(frozen=True)
class _Col:
    key: str
    expr: Callable[[date], ColumnElement[Any]]
    sort: Callable[[date], tuple[ColumnElement[Any], ...]] | None = None


def _c(key: str, column: Any, *sort: Any) -> _Col:
    return _Col(key, lambda _t: column, (lambda _t: sort) if sort else None)


def _live_assessments() -> Any:
    return A.archived_at.is_(None)


def _overdue(today: date, sqlite: bool = False) -> ColumnElement[bool]:
    # SQLite could walk a next_review_on index and fetch half the table row by row (117 ms
    # at 100,000 rows); a planner hint keeps it on ix_assessment_live_overdue, which holds every
    # column the test needs (30 ms at 100,000 rows, against 62 ms for a scan of the table).
    return and_(unindexed(A.next_review_on, sqlite) < today, A.status != "closed")


def _assess_count(fk: Any, target: Any) -> Any:
    return select(func.count()).where(fk == target, _live_assessments()).scalar_subquery()


def _worst_level(fk: Any, target: Any) -> Any:
    return (select(A.residual_level).where(fk == target, _live_assessments())
            .order_by(A.residual_rank.desc()).limit(1).scalar_subquery())


_MEASURE_COLS = (
    _c("reference", M.reference, M.reference_key), _c("title", M.title, func.lower(M.title)),
    _c("original_title", M.original_title), _c("jurisdiction", M.jurisdiction),
    _c("authority", M.authority), _c("measure_type", M.measure_type), _c("status", M.status),
    _c("announced_on", M.announced_on), _c("consultation_ends_on", M.consultation_ends_on),
    _c("effective_on", M.effective_on), _c("removed_on", M.removed_on),
    _c("assessments", _assess_count(A.measure_id, M.id)), _c("updated_at", M.updated_at),
)
_VENTURE_COLS = (
    _c("name", V.name, V.name_key), _c("country", V.country), _c("location", V.location),
    _c("activity", V.activity), _c("sector", V.sector), _c("stage", V.stage),
    _c("value_at_stake", V.value_at_stake), _c("currency", V.currency), _c("owner", V.owner),
    _c("assessments", _assess_count(A.venture_id, V.id)),
    _Col("worst_level", lambda _t: _worst_level(A.venture_id, V.id),
         lambda _t: (select(func.max(A.residual_rank)).where(A.venture_id == V.id, _live_assessments())
                     .scalar_subquery(),)),
    _c("updated_at", V.updated_at),
)
_ASSESSMENT_COLS = (
    _c("id", A.id), _c("measure", M.reference, M.reference_key), _c("measure_title", M.title),
    _c("venture", V.name, V.name_key), _c("jurisdiction", M.jurisdiction), _c("channels", A.channels),
    _c("inherent_level", A.inherent_level, A.inherent_rank),
    _c("residual_level", A.residual_level, A.residual_rank, A.residual_score),
    _c("residual_likelihood", A.residual_likelihood), _c("residual_impact", A.residual_impact),
    _c("residual_score", A.residual_score), _c("treatment", A.treatment), _c("owner", A.owner),
    _c("assessor", A.assessor), _c("assessed_on", A.assessed_on),
    _c("next_review_on", A.next_review_on), _c("status", A.status),
    _Col("overdue", lambda t: case((_overdue(t), True), else_=False),
         lambda t: (case((_overdue(t), 1), else_=0), A.next_review_on)),
    _c("updated_at", A.updated_at),
)
_COLS: dict[str, tuple[_Col, ...]] = {
    "measures": _MEASURE_COLS, "ventures": _VENTURE_COLS, "assessments": _ASSESSMENT_COLS,
}
COLUMNS: dict[str, tuple[str, ...]] = {e: tuple(c.key for c in cols) for e, cols in _COLS.items()}
_TABLE = {
    "measures": Measure.__table__, "ventures": JointVenture.__table__, "assessments": Assessment.__table__,
}


def _conditions(entity: str, q: BrowseQuery, today: date, sqlite: bool,
                parent_first: bool = False, indexed: frozenset[str] = frozenset()) -> list[ColumnElement[bool]]:
    """The WHERE clauses for `q` on `entity`; none needs a join.

    `parent_first` (SQLite, sorting assessments by a parent's column): a planner hint hides the
    archived_at indexes, so the planner walks the parent's sorted key index and reads each
    parent's live assessments from (parent_id, archived_at) instead of sorting every row.
    `indexed`: the search words to look up in the assessments' trigram index (browse_search).
    """
    out: list[ColumnElement[bool]] = []
    link: ColumnElement[bool] | None = None
    sub: dict[str, Any] = {}
    if entity == "measures":
        table, link = Measure.__table__, A.measure_id == M.id
        simple = {"status": M.status, "type": M.measure_type, "jurisdiction": M.jurisdiction}
        sub = {"risk_level": A.residual_level, "owner": A.owner, "venture_id": A.venture_id}
    elif entity == "ventures":
        table, link = JointVenture.__table__, A.venture_id == V.id
        simple = {"status": V.stage, "jurisdiction": V.country, "owner": V.owner}
        sub = {"risk_level": A.residual_level, "measure_id": A.measure_id}
    elif entity == "assessments":
        table = Assessment.__table__
        simple = {"status": A.status, "risk_level": A.residual_level, "owner": A.owner,
                  "likelihood": A.residual_likelihood, "impact": A.residual_impact,
                  "measure_id": A.measure_id, "venture_id": A.venture_id}
        if q.type is not None:
            out.append(_in_measures(M.measure_type == q.type))
        if q.jurisdiction is not None:
            out.append(_in_measures(M.jurisdiction == q.jurisdiction))
        if q.review_overdue:
            out.append(_overdue(today, sqlite))
    else:
        raise ValueError(f"unknown entity {entity!r}; expected one of {', '.join(ENTITIES)}")
    if not q.include_archived:
        if parent_first and entity == "assessments":
            out.append(unindexed(A.archived_at, sqlite).is_(None))
        else:
            out.append(table.c.archived_at.is_(None))
    out += [column == getattr(q, name) for name, column in simple.items() if getattr(q, name) is not None]
    if link is not None:
        conds = [column == getattr(q, name) for name, column in sub.items() if getattr(q, name) is not None]
        if q.review_overdue:
            conds.append(_overdue(today, sqlite))
        if q.likelihood is not None and q.impact is not None:
            conds += [A.residual_likelihood == q.likelihood, A.residual_impact == q.impact]
        if conds:
            out.append(exists().where(link, _live_assessments(), *conds))
    for word in q.search.split():  # every word must match somewhere
        out.append(matches(entity, word, sqlite, word in indexed))
    return out


# Sorts of the assessment table by a parent's column, and the one parent each needs joined.
_JOINED_SORTS = {"measure": "measure", "measure_title": "measure", "jurisdiction": "measure",
                 "venture": "venture"}


def _from(entity: str, stmt: Select[Any], joined: bool = True, only: str | None = None) -> Select[Any]:
    """FROM the entity's table; assessments joined to both parents, or to `only` one of them
    (a single join lets SQLite walk the parent's key index and skip sorting the whole table)."""
    if entity not in _TABLE:
        raise ValueError(f"unknown entity {entity!r}; expected one of {', '.join(ENTITIES)}")
    if entity == "assessments" and joined:
        source = Assessment.__table__
        if only in (None, "measure"):
            source = source.join(Measure.__table__, M.id == A.measure_id)
        if only in (None, "venture"):
            source = source.join(JointVenture.__table__, V.id == A.venture_id)
        return stmt.select_from(source)
    return stmt.select_from(_TABLE[entity])


def _indexed(ctx: ServiceContext, s: Session, entity: str, q: BrowseQuery) -> frozenset[str]:
    return indexed_words(s.connection(), entity, q.search, ctx.db.is_sqlite)


def _where(ctx: ServiceContext, entity: str, q: BrowseQuery,
           indexed: frozenset[str] = frozenset()) -> list[ColumnElement[bool]]:
    return _conditions(entity, q, ctx.today(), ctx.db.is_sqlite, indexed=indexed)


def count(ctx: ServiceContext, entity: str, query: BrowseQuery | None = None) -> int:
    """How many records of `entity` match `query`."""
    q = query or BrowseQuery()
    with ctx.db.session() as s:
        where = _where(ctx, entity, q, _indexed(ctx, s, entity, q))
        return int(s.execute(_from(entity, select(func.count()), joined=False).where(*where)).scalar_one())


def _order(entity: str, q: BrowseQuery, today: date) -> list[Any]:
    table = _TABLE[entity]
    cols = {c.key: c for c in _COLS[entity]}
    key = q.sort if q.sort in cols else None
    if key is None:
        return [table.c.id]
    spec = cols[key]
    exprs = spec.sort(today) if spec.sort else (spec.expr(today),)
    direction = [e.desc() if q.descending else e.asc() for e in exprs]
    # The id as a final tiebreak keeps pages stable: no row is shown twice or skipped.
    return [*direction, table.c.id.desc() if q.descending else table.c.id.asc()]


def page(
    ctx: ServiceContext, entity: str, query: BrowseQuery | None = None, offset: int = 0, limit: int = 200
) -> list[BrowseRow]:
    """Rows `offset` to `offset + limit` of the sorted, filtered table, values in COLUMNS order."""
    q = query or BrowseQuery()
    today = ctx.today()
    table = _TABLE[entity]
    exprs = [c.expr(today) for c in _COLS[entity]]
    with ctx.db.session() as s:
        stmt = (_from(entity, select(table.c.id, table.c.archived_at, *exprs))
                .where(*_where(ctx, entity, q, _indexed(ctx, s, entity, q)))
                .order_by(*_order(entity, q, today)).offset(max(0, offset)).limit(max(0, limit)))
        return [BrowseRow(r[0], r[1] is not None, tuple(r[2:])) for r in s.execute(stmt)]


def ordered_ids(
    ctx: ServiceContext, entity: str, query: BrowseQuery | None = None, limit: int | None = None
) -> list[int]:
    """The ids of every matching record (or the first `limit`) in display order: one sort in
    SQL, then any page by id.

    OFFSET paging re-sorts the table for every page (0.5-0.9 s deep into 100,000 rows on an
    unindexed column); the id list costs one sort, and every page after it is an indexed lookup.
    """
    q = query or BrowseQuery()
    table = _TABLE[entity]
    parent = _JOINED_SORTS.get(q.sort or "")
    today = ctx.today()
    with ctx.db.session() as s:
        stmt = (_from(entity, select(table.c.id), joined=parent is not None, only=parent)
                .where(*_conditions(entity, q, today, ctx.db.is_sqlite, parent_first=parent is not None,
                                    indexed=_indexed(ctx, s, entity, q)))
                .order_by(*_order(entity, q, today)))
        if limit is not None:
            stmt = stmt.limit(limit)
        return fetch_ids(s.connection(), stmt)


def rows_by_id(ctx: ServiceContext, entity: str, ids: Sequence[int]) -> list[BrowseRow]:
    """The rows of records `ids`, in the order given (ids no longer present are left out)."""
    today = ctx.today()
    table = _TABLE[entity]
    exprs = [c.expr(today) for c in _COLS[entity]]
    found: dict[int, BrowseRow] = {}
    with ctx.db.session() as s:
        for chunk in chunks(list(ids)):
            stmt = _from(entity, select(table.c.id, table.c.archived_at, *exprs)).where(table.c.id.in_(chunk))
            for r in s.execute(stmt):
                found[r[0]] = BrowseRow(r[0], r[1] is not None, tuple(r[2:]))
    return [found[i] for i in ids if i in found]


_DISTINCT = {
    ("measures", "jurisdiction"): M.jurisdiction, ("measures", "authority"): M.authority,
    ("ventures", "country"): V.country, ("ventures", "owner"): V.owner,
    ("assessments", "owner"): A.owner,
}


def distinct_values(ctx: ServiceContext, entity: str, column: str) -> list[str]:
    """The non-empty values of a filterable column, for filter drop-downs (indexed, small)."""
    expr = _DISTINCT[(entity, column)]
    stmt = select(expr).where(expr != "").distinct().order_by(expr)
    with ctx.db.session() as s:
        return [v for (v,) in s.execute(stmt)]


@dataclass(frozen=True)
class RegisterCounts:
    measures: int
    ventures: int
    assessments: int
    overdue_reviews: int = 0


def register_counts(ctx: ServiceContext) -> RegisterCounts:
    """Live record counts for the status bar, in one transaction."""
    today = ctx.today()
    with ctx.db.session() as s:
        def n(stmt: Select[Any]) -> int:
            return int(s.execute(stmt).scalar_one())

        return RegisterCounts(
            measures=n(select(func.count()).where(M.archived_at.is_(None))),
            ventures=n(select(func.count()).where(V.archived_at.is_(None))),
            assessments=n(select(func.count()).where(A.archived_at.is_(None))),
            overdue_reviews=n(select(func.count()).where(A.archived_at.is_(None),
                                                         _overdue(today, ctx.db.is_sqlite))),
        )


# The audit trail names entities in the singular; the tables use the plural.
AUDIT_ENTITY = {"measures": "measure", "ventures": "joint_venture", "assessments": "assessment"}
E = AuditEntry.__table__.c


@dataclass(frozen=True)
class AuditQuery:
    """Filters of the audit log view: which record, who, what kind of change, free text."""

    entity: str | None = None  # audit entity name: measure, joint_venture, assessment, risk_matrix...
    entity_id: int | None = None
    actor: str | None = None
    action: str | None = None
    search: str = ""


def _audit_conditions(q: AuditQuery, sqlite: bool) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if q.entity:
        out.append(E.entity == q.entity)
    if q.entity_id is not None:
        out.append(E.entity_id == q.entity_id)
    if q.actor:
        out.append(E.actor == q.actor)
    if q.action:
        out.append(E.action == q.action)
    for word in q.search.split():
        out.append(or_(*(_like(c, word, sqlite) for c in (E.entity_label, E.actor, E.changes))))
    return out


def audit_count(ctx: ServiceContext, query: AuditQuery | None = None) -> int:
    stmt = (select(func.count()).select_from(AuditEntry.__table__)
            .where(*_audit_conditions(query or AuditQuery(), ctx.db.is_sqlite)))
    with ctx.db.session() as s:
        return int(s.execute(stmt).scalar_one())


def audit_page(
    ctx: ServiceContext, query: AuditQuery | None = None, offset: int = 0, limit: int = 200
) -> list[AuditRecord]:
    """Audit entries, newest first, with their changes decoded to `{field: [before, after]}`."""
    stmt = (select(E.id, E.at, E.actor, E.action, E.entity, E.entity_id, E.entity_label, E.changes)
            .where(*_audit_conditions(query or AuditQuery(), ctx.db.is_sqlite)).order_by(E.id.desc())
            .offset(max(0, offset)).limit(max(0, limit)))
    with ctx.db.session() as s:
        return [AuditRecord(r.id, datetime.fromisoformat(r.at), r.actor, r.action, r.entity, r.entity_id,
                            r.entity_label, json.loads(r.changes)) for r in s.execute(stmt)]


def audit_actors(ctx: ServiceContext) -> list[str]:
    with ctx.db.session() as s:
        return [a for (a,) in s.execute(select(E.actor).distinct().order_by(E.actor))]


def audit_actions(ctx: ServiceContext) -> list[str]:
    with ctx.db.session() as s:
        return [a for (a,) in s.execute(select(E.action).distinct().order_by(E.action))]
