"""Paged, sorted and filtered reads for the register's tables, all done in SQL; plain rows out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.sql import FromClause, Select
from sqlmodel import Session

from desktop_app.domain.entity import Entity
from desktop_app.domain.models import Assessment, JointVenture, Measure
from desktop_app.persistence.fast_sqlite import fetch_ids, unindexed
from desktop_app.persistence.queries import chunks
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import browse_asof
from desktop_app.services.records.browse_columns import TABLES, BrowseTable, live_assessments, overdue
from desktop_app.services.records.browse_search import indexed_words

M, V, A = Measure.__table__.c, JointVenture.__table__.c, Assessment.__table__.c
_PARENT_JOINS = {Entity.MEASURE: (Measure.__table__, M.id == A.measure_id),
                 Entity.VENTURE: (JointVenture.__table__, V.id == A.venture_id)}


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
    as_of: date | None = None  # measures issued / assessments existing on this day; statuses then
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


class UnknownTable(ValueError):
    """A programmer's error, never shown to a person: the window only asks for the tables it has
    (so its text stays English)."""


def browsed(entity: Entity) -> BrowseTable:
    """How `entity` is browsed; ValueError for an entity the window has no table of."""
    try:
        return TABLES[entity]
    except KeyError:
        raise UnknownTable(f"unknown entity {str(entity)!r}; expected one of {', '.join(TABLES)}") from None


def columns(entity: Entity) -> tuple[str, ...]:
    """The column keys of `entity`'s rows, in the order of `BrowseRow.values`."""
    return browsed(entity).keys


def _conditions(spec: BrowseTable, q: BrowseQuery, today: date, sqlite: bool,
                parent_first: bool = False, indexed: frozenset[str] = frozenset()) -> list[ColumnElement[bool]]:
    """The WHERE clauses for `q` on `spec`'s table; none needs a join.

    `parent_first` (SQLite, sorting assessments by a parent's column): a unary + hides the
    archived_at indexes, so the planner walks the parent's sorted key index and reads each
    parent's live assessments from (parent_id, archived_at) instead of sorting every row.
    `indexed`: the search words to look up in the assessments' trigram index (browse_search).
    """
    out: list[ColumnElement[bool]] = spec.own_filters(q, today, sqlite) if spec.own_filters else []
    if not q.include_archived:
        if parent_first:
            out.append(unindexed(spec.table.c.archived_at, sqlite).is_(None))
        else:
            out.append(spec.table.c.archived_at.is_(None))
    out += [column == getattr(q, name) for name, column in spec.filters.items() if getattr(q, name) is not None]
    if spec.link is not None:
        conds = [column == getattr(q, name) for name, column in spec.via_assessments.items()
                 if getattr(q, name) is not None]
        if q.review_overdue:
            conds.append(overdue(today, sqlite))
        if q.likelihood is not None and q.impact is not None:
            conds += [A.residual_likelihood == q.likelihood, A.residual_impact == q.impact]
        if conds:
            out.append(exists().where(spec.link, live_assessments(), *conds))
    for word in q.search.split():  # every word must match somewhere
        out.append(spec.search(word, sqlite, word in indexed))
    return out


def _from(spec: BrowseTable, stmt: Select[Any], joined: bool = True, only: Entity | None = None) -> Select[Any]:
    """FROM the entity's table; assessments joined to both parents, or to `only` one of them
    (a single join lets SQLite walk the parent's key index and skip sorting the whole table)."""
    source: FromClause = spec.table
    parents = {c.parent for c in spec.columns if c.parent is not None}
    if joined:
        for parent, (table, on) in _PARENT_JOINS.items():  # the measure first, as the planner expects
            if parent in parents and only in (None, parent):
                source = source.join(table, on)
    return stmt.select_from(source)


def _indexed(ctx: ServiceContext, s: Session, spec: BrowseTable, q: BrowseQuery) -> frozenset[str]:
    if not spec.indexed_search:
        return frozenset()
    return indexed_words(s.connection(), q.search, ctx.db.is_sqlite)


def _view(s: Session, spec: BrowseTable, q: BrowseQuery, today: date) -> browse_asof.RegisterOnDate | None:
    """The register on the query's day, when the query needs it (a measure's status is read
    through the as-of layer: a suspension that lapsed yesterday is not "suspended" today)."""
    return browse_asof.view_for(s, q, today) if browse_asof.needs_view(spec.entity, q) else None


def _where(ctx: ServiceContext, s: Session, spec: BrowseTable, q: BrowseQuery,
           indexed: frozenset[str] = frozenset()) -> list[ColumnElement[bool]]:
    view = _view(s, spec, q, ctx.today())
    return [*_conditions(spec, q, ctx.today(), ctx.db.is_sqlite, indexed=indexed),
            *browse_asof.conditions(spec.entity, q, view)]


def count(ctx: ServiceContext, entity: Entity, query: BrowseQuery | None = None) -> int:
    """How many records of `entity` match `query`."""
    q, spec = query or BrowseQuery(), browsed(entity)
    with ctx.db.session() as s:
        where = _where(ctx, s, spec, q, _indexed(ctx, s, spec, q))
        return int(s.execute(_from(spec, select(func.count()), joined=False).where(*where)).scalar_one())


def _order(spec: BrowseTable, q: BrowseQuery, today: date) -> list[Any]:
    table = spec.table
    column = next((c for c in spec.columns if c.key == q.sort), None)
    if column is None:
        return [table.c.id]
    exprs = column.sort(today) if column.sort else (column.expr(today),)
    direction = [e.desc() if q.descending else e.asc() for e in exprs]
    # The id as a final tiebreak keeps pages stable: no row is shown twice or skipped.
    return [*direction, table.c.id.desc() if q.descending else table.c.id.asc()]


def page(
    ctx: ServiceContext, entity: Entity, query: BrowseQuery | None = None, offset: int = 0, limit: int = 200
) -> list[BrowseRow]:
    """Rows `offset` to `offset + limit` of the sorted, filtered table, values in `columns` order."""
    q, spec = query or BrowseQuery(), browsed(entity)
    today = ctx.today()
    table = spec.table
    exprs = [c.expr(today) for c in spec.columns]
    with ctx.db.session() as s:
        stmt = (_from(spec, select(table.c.id, table.c.archived_at, *exprs))
                .where(*_where(ctx, s, spec, q, _indexed(ctx, s, spec, q)))
                .order_by(*_order(spec, q, today)).offset(max(0, offset)).limit(max(0, limit)))
        rows = [BrowseRow(r[0], r[1] is not None, tuple(r[2:])) for r in s.execute(stmt)]
        return _restatus(s, spec, rows, q.as_of, today)


def ordered_ids(
    ctx: ServiceContext, entity: Entity, query: BrowseQuery | None = None, limit: int | None = None
) -> list[int]:
    """The ids of every matching record (or the first `limit`) in display order: one sort in
    SQL, then any page by id.

    OFFSET paging re-sorts the table for every page deep into a large table; the id list costs
    one sort, and every page after it is an indexed lookup (docs/performance.md, "Table paging").
    """
    q, spec = query or BrowseQuery(), browsed(entity)
    table = spec.table
    parent = next((c.parent for c in spec.columns if c.key == q.sort), None)
    today = ctx.today()
    with ctx.db.session() as s:
        view = _view(s, spec, q, today)
        stmt = (_from(spec, select(table.c.id), joined=parent is not None, only=parent)
                .where(*_conditions(spec, q, today, ctx.db.is_sqlite, parent_first=parent is not None,
                                    indexed=_indexed(ctx, s, spec, q)), *browse_asof.conditions(entity, q, view))
                .order_by(*_order(spec, q, today)))
        stmt = browse_asof.on_the_day(s, stmt)  # run on the connection: as of a past day, that day's assessments
        if view is not None and entity is Entity.MEASURE and q.sort == "status":
            ids = browse_asof.sort_by_status(fetch_ids(s.connection(), stmt), view, q.descending)
            return ids if limit is None else ids[:limit]
        if limit is not None:
            stmt = stmt.limit(limit)
        return fetch_ids(s.connection(), stmt)


def _restatus(s: Session, spec: BrowseTable, rows: list[BrowseRow], as_of: date | None,
              today: date) -> list[BrowseRow]:
    if spec.entity is not Entity.MEASURE or not rows:
        return rows
    view = browse_asof.measure_view(s, as_of, today, [r.id for r in rows])
    return browse_asof.restatus(rows, spec.keys.index("status"), view)


def rows_by_id(ctx: ServiceContext, entity: Entity, ids: Sequence[int], as_of: date | None = None) -> list[BrowseRow]:
    """The rows of records `ids`, in the order given (ids no longer present are left out); a
    measure's status is its status on `as_of` (default today), an assessment's values those of
    that day."""
    today, spec = ctx.today(), browsed(entity)
    table = spec.table
    exprs = [c.expr(today) for c in spec.columns]
    found: dict[int, BrowseRow] = {}
    with ctx.db.session() as s:
        if as_of is not None:  # the assessments (levels, owners, reviews) of that day
            browse_asof.assessments_on(s, as_of, today)
        for chunk in chunks(list(ids)):
            stmt = _from(spec, select(table.c.id, table.c.archived_at, *exprs)).where(table.c.id.in_(chunk))
            for r in s.execute(stmt):
                found[r[0]] = BrowseRow(r[0], r[1] is not None, tuple(r[2:]))
        return _restatus(s, spec, [found[i] for i in ids if i in found], as_of, today)


def distinct_values(ctx: ServiceContext, entity: Entity, column: str) -> list[str]:
    """The non-empty values of a filterable column, for filter drop-downs (indexed, small)."""
    expr = browsed(entity).distinct[column]
    stmt = select(expr).where(expr != "").distinct().order_by(expr)
    with ctx.db.session() as s:
        return [v for (v,) in s.execute(stmt)]


@dataclass(frozen=True)
class RegisterCounts:
    """Live (not archived) records of each record entity, and reviews overdue."""

    live: dict[Entity, int]
    overdue_reviews: int = 0


def register_counts(ctx: ServiceContext) -> RegisterCounts:
    """Live record counts for the status bar, in one transaction."""
    today = ctx.today()
    with ctx.db.session() as s:
        def n(stmt: Select[Any]) -> int:
            return int(s.execute(stmt).scalar_one())

        return RegisterCounts(
            live={entity: n(select(func.count()).where(spec.table.c.archived_at.is_(None)))
                  for entity, spec in TABLES.items()},
            overdue_reviews=n(select(func.count()).where(A.archived_at.is_(None),
                                                         overdue(today, ctx.db.is_sqlite))),
        )
