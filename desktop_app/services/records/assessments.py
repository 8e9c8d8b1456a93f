"""Assessment use cases (measure x joint venture): levels from the stored matrix, audited."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from desktop_app.domain.assessment_schemas import (
    AssessmentCreate,
    AssessmentRead,
    AssessmentUpdate,
    validate_assessment,
)
from desktop_app.domain.audit_chain import field_changes
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import ArchivedRecord, DuplicateKey, NotFound, ValidationFailed
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.models import Assessment, JointVenture, Measure
from desktop_app.domain.risk import RiskMatrix
from desktop_app.persistence.assessment_repo import Scored, find_pair, read_assessments, write_assessment
from desktop_app.persistence.db import retrying_write
from desktop_app.persistence.matrix_repo import load_matrix
from desktop_app.persistence.time_repo import find_clause
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.common import EntityKind, as_dict, require_valid, snapshot
from desktop_app.system.message_language import msg

KIND: EntityKind[Assessment, AssessmentRead] = EntityKind(
    Entity.ASSESSMENT, lambda r: f"assessment {r.id}", read_assessments
)
# Derived fields are recomputed on every save, so they are not compared as user changes.
_DERIVED = ("measure_reference", "measure_title", "venture_name", "inherent_level", "residual_level")


def check_assessment(ctx: ServiceContext, data: AssessmentCreate | Mapping[str, Any]) -> AssessmentCreate:
    model, issues = validate_assessment(as_dict(data), ctx.today())
    return require_valid(model, issues, KIND.what)


def score(ctx: ServiceContext, model: AssessmentCreate, matrix: RiskMatrix, *, date_today: bool = True) -> Scored:
    """Levels from the matrix; residual defaults to inherent; review date from the level.

    An assessment made in the app without a date is dated today (`date_today`); an imported
    one keeps no date, as its file says none (its review date is then counted from today)."""
    rl = model.residual_likelihood or model.inherent_likelihood
    ri = model.residual_impact or model.inherent_impact
    inherent = matrix.level_for(model.inherent_likelihood, model.inherent_impact)
    residual = matrix.level_for(rl, ri)
    assessed_on = model.assessed_on or (ctx.today() if date_today else None)
    return Scored(
        residual_likelihood=rl, residual_impact=ri, inherent_level=inherent.key,
        inherent_rank=inherent.rank, residual_level=residual.key, residual_rank=residual.rank,
        assessor=model.assessor or ctx.actor, assessed_on=assessed_on,
        next_review_on=model.next_review_on or matrix.next_review(residual, assessed_on or ctx.today()),
    )


def iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _label(s: Session, model: AssessmentCreate) -> str:
    measure = s.get(Measure, model.measure_id)
    venture = s.get(JointVenture, model.venture_id)
    if measure is None:
        raise NotFound(msg("No measure with id {id}.", id=model.measure_id))
    if venture is None:
        raise NotFound(msg("No joint venture with id {id}.", id=model.venture_id))
    if measure.archived_at is not None or venture.archived_at is not None:
        raise ArchivedRecord(msg("The measure or joint venture is archived; restore it before assessing."))
    if model.clause.strip() and find_clause(s, model.measure_id, model.clause) is None:
        raise ValidationFailed([Issue("clause", Severity.ERROR, msg("{reference} has no clause {clause!r}",
                                          reference=measure.reference, clause=model.clause.strip()))],
                               "assessment")
    return f"{measure.reference} x {venture.name}"


def _content(read: AssessmentRead) -> dict[str, Any]:
    return {k: v for k, v in snapshot(read).items() if k not in _DERIVED}


def save_assessment_in(
    s: Session, ctx: ServiceContext, row: Assessment | None, model: AssessmentCreate,
    before: AssessmentRead | None, matrix: RiskMatrix | None = None,
) -> tuple[AssessmentRead, bool]:
    """Write inside an open transaction (also used by import); returns (record, changed)."""
    label = _label(s, model)
    clash = find_pair(s, model.measure_id, model.venture_id)
    if clash is not None and (row is None or clash.id != row.id):
        raise DuplicateKey(msg("An assessment of {pair} already exists.", pair=label))
    scored = score(ctx, model, matrix or load_matrix(s))
    changes = assessment_changes(before, model, scored)
    if before is not None and not changes:
        return before, False
    row = write_assessment(s, row, model, scored, ctx.now())
    after = read_assessments(s, [row])[0]
    audit.record(s, ctx, AuditAction.UPDATE if before else AuditAction.CREATE, KIND.entity, row.id, label,
                 changes)
    return after, True


def assessment_changes(
    before: AssessmentRead | None, model: AssessmentCreate, scored: Scored
) -> dict[str, list[Any]]:
    """User-visible field changes plus any change of the levels the matrix derives."""
    proposed = snapshot(model) | {
        "residual_likelihood": scored.residual_likelihood, "residual_impact": scored.residual_impact,
        "assessor": scored.assessor, "assessed_on": iso(scored.assessed_on),
        "next_review_on": scored.next_review_on.isoformat(),
    }
    changes = field_changes(_content(before) if before else None, proposed)
    if before is not None and not changes:
        return {}
    levels_before = ({"inherent_level": before.inherent_level, "residual_level": before.residual_level}
                     if before else None)
    return changes | field_changes(
        levels_before, {"inherent_level": scored.inherent_level, "residual_level": scored.residual_level})


@retrying_write
def create_assessment(ctx: ServiceContext, data: AssessmentCreate | Mapping[str, Any]) -> AssessmentRead:
    model = check_assessment(ctx, data)
    with ctx.db.session(write=True) as s:
        return save_assessment_in(s, ctx, None, model, None)[0]


@retrying_write
def update_assessment(
    ctx: ServiceContext, assessment_id: int, data: AssessmentUpdate | Mapping[str, Any]
) -> AssessmentRead:
    raw = as_dict(data)
    version = int(raw.pop("version"))
    model = check_assessment(ctx, raw)
    with ctx.db.session(write=True) as s:
        row, before = KIND.editable_row(s, assessment_id, version)
        return save_assessment_in(s, ctx, row, model, before)[0]


def archive_assessment(ctx: ServiceContext, assessment_id: int, version: int | None = None) -> AssessmentRead:
    return KIND.set_archived(ctx, assessment_id, version, archive=True)


def restore_assessment(ctx: ServiceContext, assessment_id: int, version: int | None = None) -> AssessmentRead:
    return KIND.set_archived(ctx, assessment_id, version, archive=False)


def get_assessment(ctx: ServiceContext, assessment_id: int) -> AssessmentRead:
    return KIND.get(ctx, assessment_id)


def list_assessments(ctx: ServiceContext, *, include_archived: bool = False) -> list[AssessmentRead]:
    with ctx.db.session() as s:
        query = select(Assessment).order_by(col(Assessment.id))
        if not include_archived:
            query = query.where(col(Assessment.archived_at).is_(None))
        return read_assessments(s, list(s.exec(query)))
