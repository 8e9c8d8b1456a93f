"""How each record entity is browsed: its columns (titles and SQL), filters and search, declared once."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import ColumnElement, and_, case, func, select

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AssessmentStatus, MeasureType, Treatment, VentureStage, Vocabulary
from desktop_app.domain.models import Assessment, JointVenture, Measure
from desktop_app.domain.timeline.facts import DayStatus
from desktop_app.persistence.fast_sqlite import unindexed
from desktop_app.services.records import browse_search as search
from desktop_app.services.records.browse_search import in_measures

if TYPE_CHECKING:
    from sqlalchemy import Table

    from desktop_app.services.records.browse import BrowseQuery

M, V, A = Measure.__table__.c, JointVenture.__table__.c, Assessment.__table__.c
# How a value is shown: "level" is a risk level key, "channels" a `;` list of impact channels.
# "jurisdiction" is a stored code shown by its name.
ColumnKind = Literal["text", "int", "money", "date", "datetime", "level", "enum", "channels", "overdue",
                     "jurisdiction"]


@dataclass(frozen=True)
class BrowseColumn:
    """One column: `key` names it in queries and settings; title, kind, width and visibility are
    how the window shows it; `expr` and `sort` are its SQL (given today's date)."""

    key: str
    title: str
    expr: Callable[[date], ColumnElement[Any]] = field(repr=False)
    sort: Callable[[date], tuple[ColumnElement[Any], ...]] | None = field(default=None, repr=False)
    kind: ColumnKind = "text"
    width: int = 120
    visible: bool = True
    vocabulary: type[Vocabulary] | None = None
    parent: Entity | None = None  # an assessment column read from its measure or venture

    @property
    def numeric(self) -> bool:
        return self.kind in ("int", "money")


def _c(key: str, title: str, column: Any, *sort: Any, kind: ColumnKind = "text", width: int = 120,
       visible: bool = True, vocabulary: type[Vocabulary] | None = None, parent: Entity | None = None
       ) -> BrowseColumn:
    return BrowseColumn(key, title, lambda _t: column, (lambda _t: sort) if sort else None, kind, width, visible,
                        vocabulary, parent)


def live_assessments() -> Any:
    return A.archived_at.is_(None)


def overdue(today: date, sqlite: bool = False) -> ColumnElement[bool]:
    """An assessment's review date has passed and it is not closed."""
    # SQLite could walk a next_review_on index and fetch half the table row by row; a planner
    # hint keeps it on ix_assessment_live_overdue, which holds every column the test needs (see
    # docs/performance.md, "Overdue reviews").
    return and_(unindexed(A.next_review_on, sqlite) < today, A.status != AssessmentStatus.CLOSED.value)


def _assess_count(fk: Any, target: Any) -> Any:
    return select(func.count()).where(fk == target, live_assessments()).scalar_subquery()


def _worst_level(fk: Any, target: Any) -> Any:
    return (select(A.residual_level).where(fk == target, live_assessments())
            .order_by(A.residual_rank.desc()).limit(1).scalar_subquery())


_MEASURE_COLS = (
    _c("reference", "Reference", M.reference, M.reference_key, width=240),
    _c("title", "Title", M.title, func.lower(M.title), width=320),
    _c("original_title", "Original title", M.original_title, width=220, visible=False),
    _c("jurisdiction", "Jurisdiction", M.jurisdiction, kind="jurisdiction", width=130),
    _c("authority", "Authority", M.authority, width=120),
    _c("measure_type", "Type", M.measure_type, kind="enum", width=180, vocabulary=MeasureType),
    _c("status", "Status", M.status, kind="enum", width=100, vocabulary=DayStatus),  # on the as-of date
    _c("announced_on", "Announced", M.announced_on, kind="date", width=95),
    _c("consultation_ends_on", "Consultation ends", M.consultation_ends_on, kind="date", width=120,
       visible=False),
    _c("effective_on", "Effective", M.effective_on, kind="date", width=95),
    _c("removed_on", "Removed", M.removed_on, kind="date", width=95, visible=False),
    _c("assessments", "Assessments", _assess_count(A.measure_id, M.id), kind="int", width=90),
    _c("updated_at", "Last changed", M.updated_at, kind="datetime", width=130, visible=False),
)
_VENTURE_COLS = (
    _c("name", "Joint venture", V.name, V.name_key, width=260),
    _c("country", "Country", V.country, kind="jurisdiction", width=120),
    _c("location", "Location", V.location, width=140),
    _c("activity", "Activity", V.activity, width=260, visible=False), _c("sector", "Sector", V.sector, width=130),
    _c("stage", "Stage", V.stage, kind="enum", width=100, vocabulary=VentureStage),
    _c("value_at_stake", "Value at stake", V.value_at_stake, kind="money", width=130),
    _c("currency", "Currency", V.currency, width=70), _c("owner", "Owner", V.owner, width=130),
    _c("assessments", "Assessments", _assess_count(A.venture_id, V.id), kind="int", width=90),
    BrowseColumn("worst_level", "Worst residual", lambda _t: _worst_level(A.venture_id, V.id),
                 lambda _t: (select(func.max(A.residual_rank))
                             .where(A.venture_id == V.id, live_assessments()).scalar_subquery(),),
                 kind="level", width=110),
    _c("updated_at", "Last changed", V.updated_at, kind="datetime", width=130, visible=False),
)
_ASSESSMENT_COLS = (
    _c("id", "No.", A.id, kind="int", width=60),
    _c("measure", "Measure", M.reference, M.reference_key, width=240, parent=Entity.MEASURE),
    _c("measure_title", "Measure title", M.title, width=260, visible=False, parent=Entity.MEASURE),
    _c("venture", "Joint venture", V.name, V.name_key, width=220, parent=Entity.VENTURE),
    _c("jurisdiction", "Jurisdiction", M.jurisdiction, kind="jurisdiction", width=120, parent=Entity.MEASURE),
    _c("channels", "Impact channels", A.channels, kind="channels", width=180, visible=False),
    _c("inherent_level", "Inherent", A.inherent_level, A.inherent_rank, kind="level", width=85),
    _c("residual_level", "Residual", A.residual_level, A.residual_rank, A.residual_score, kind="level", width=85),
    _c("residual_likelihood", "Likelihood", A.residual_likelihood, kind="int", width=75, visible=False),
    _c("residual_impact", "Impact", A.residual_impact, kind="int", width=65, visible=False),
    _c("residual_score", "Score", A.residual_score, kind="int", width=55),
    _c("treatment", "Treatment", A.treatment, kind="enum", width=90, vocabulary=Treatment),
    _c("owner", "Owner", A.owner, width=130), _c("assessor", "Assessor", A.assessor, width=120, visible=False),
    _c("assessed_on", "Assessed", A.assessed_on, kind="date", width=95),
    _c("next_review_on", "Next review", A.next_review_on, kind="date", width=95),
    _c("status", "Status", A.status, kind="enum", width=90, vocabulary=AssessmentStatus),
    BrowseColumn("overdue", "Review", lambda t: case((overdue(t), True), else_=False),
                 lambda t: (case((overdue(t), 1), else_=0), A.next_review_on), kind="overdue", width=80),
    _c("updated_at", "Last changed", A.updated_at, kind="datetime", width=130, visible=False),
)


def _assessment_filters(q: BrowseQuery, today: date, sqlite: bool) -> list[ColumnElement[bool]]:
    """Assessments filtered by their measure's type and jurisdiction, and by overdue reviews."""
    out = []
    if q.type is not None:
        out.append(in_measures(M.measure_type == q.type))
    if q.jurisdiction is not None:
        out.append(in_measures(M.jurisdiction == q.jurisdiction))
    if q.review_overdue:
        out.append(overdue(today, sqlite))
    return out


@dataclass(frozen=True)
class BrowseTable:
    """How one record entity is browsed. `filters`: BrowseQuery fields compared with a column;
    `via_assessments`: fields met when one of the record's live assessments (joined by `link`)
    matches; `distinct`: columns whose values fill filter drop-downs."""

    entity: Entity
    columns: tuple[BrowseColumn, ...]
    filters: Mapping[str, Any]
    search: Callable[[str, bool, bool], ColumnElement[bool]]  # (word, sqlite, indexed)
    distinct: Mapping[str, Any]
    link: ColumnElement[bool] | None = None
    via_assessments: Mapping[str, Any] = field(default_factory=dict)
    own_filters: Callable[[BrowseQuery, date, bool], list[ColumnElement[bool]]] | None = None
    indexed_search: bool = False  # words may be looked up in the trigram index (SQLite)

    @property
    def table(self) -> Table:
        return self.entity.record.table.__table__

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)


TABLES: dict[Entity, BrowseTable] = {t.entity: t for t in (
    BrowseTable(Entity.MEASURE, _MEASURE_COLS,
                {"type": M.measure_type, "jurisdiction": M.jurisdiction},  # status: browse_asof (on the day)
                search.measures_matching, {"jurisdiction": M.jurisdiction, "authority": M.authority},
                link=A.measure_id == M.id,
                via_assessments={"risk_level": A.residual_level, "owner": A.owner, "venture_id": A.venture_id}),
    BrowseTable(Entity.VENTURE, _VENTURE_COLS,
                {"status": V.stage, "jurisdiction": V.country, "owner": V.owner},
                search.ventures_matching, {"country": V.country, "owner": V.owner},
                link=A.venture_id == V.id,
                via_assessments={"risk_level": A.residual_level, "measure_id": A.measure_id}),
    BrowseTable(Entity.ASSESSMENT, _ASSESSMENT_COLS,
                {"status": A.status, "risk_level": A.residual_level, "owner": A.owner,
                 "likelihood": A.residual_likelihood, "impact": A.residual_impact,
                 "measure_id": A.measure_id, "venture_id": A.venture_id},
                search.assessments_matching, {"owner": A.owner},
                own_filters=_assessment_filters, indexed_search=True),
)}
