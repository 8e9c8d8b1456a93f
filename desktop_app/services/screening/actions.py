"""Acting on exposures: draft an assessment from them, or dismiss one with a reason (audited)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlmodel import col, select

from desktop_app.domain.assessment_schemas import AssessmentRead
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction, ImpactChannel, ItemDirection
from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.models import ExposureDismissal, JointVenture, Measure
from desktop_app.domain.text import has_control_chars
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.assessments import create_assessment
from desktop_app.services.screening.exposures import screen_in
from desktop_app.services.screening.findings import Dismissal, Exposure
from desktop_app.system.message_language import msg

DISMISSAL = Entity.EXPOSURE_DISMISSAL
REASON_MAX = 4_000
# Placeholder scores of a drafted assessment: mid-scale until the assessor sets them.
DRAFT_LIKELIHOOD = DRAFT_IMPACT = 3


def _channels(exposures: Sequence[Exposure]) -> list[ImpactChannel]:
    found: list[ImpactChannel] = []
    for e in exposures:
        if e.direction is None:  # a listed partner
            channel = ImpactChannel.OTHER
        elif e.import_flow:
            channel = ImpactChannel.TARIFF_COST
        elif e.direction is ItemDirection.INPUT:
            channel = ImpactChannel.INPUT_SUPPLY
        elif e.direction is ItemDirection.TECHNOLOGY_IN or e.match.stage.value == "technology":
            channel = ImpactChannel.TECHNOLOGY_LICENCE
        else:
            channel = ImpactChannel.EXPORT_SALES
        if channel not in found:
            found.append(channel)
    return found


def prefill_assessment(ctx: ServiceContext, measure_id: int, venture_id: int) -> dict[str, Any]:
    """What screening knows for an assessment of a measure x venture pair (channels, the
    matches as rationale, the venture's owner), without scores and without saving anything:
    the assessor scores it in the form, and only a saved assessment counts."""
    with ctx.db.session() as s:
        found = screen_in(s, measure=measure_id, venture=venture_id)
        exposures = [e for e in found if not e.dismissed] or found
        venture = s.get(JointVenture, venture_id)
    if not exposures:
        raise NotFound(msg("Screening finds no exposure of this joint venture to this measure."))
    lines = "\n".join(f"- {e.why}" for e in exposures)
    return {
        "measure_id": measure_id, "venture_id": venture_id, "channels": _channels(exposures),
        "inherent_likelihood": None, "inherent_impact": None,
        "rationale": f"Drafted from screening.\nMatched:\n{lines}"[:30_000],
        "owner": venture.owner if venture else "", "status": "draft",
    }


def draft_assessment(
    ctx: ServiceContext, measure_id: int, venture_id: int, *,
    likelihood: int = DRAFT_LIKELIHOOD, impact: int = DRAFT_IMPACT,
) -> AssessmentRead:
    """Turn the exposures of a measure x venture pair into a saved draft assessment (audited):
    the command line's one step. The window opens `prefill_assessment` in a form instead."""
    data = prefill_assessment(ctx, measure_id, venture_id)
    data["rationale"] = data["rationale"].replace(
        "Drafted from screening.", "Drafted from screening; the scores are placeholders until assessed.", 1)
    return create_assessment(ctx, data | {"inherent_likelihood": likelihood, "inherent_impact": impact})


def _reason(text: str) -> str:
    reason = text.strip()
    problem = (msg("is required") if not reason else
               msg("is {length:,} characters long; the limit is {limit:,}", length=len(reason), limit=REASON_MAX)
               if len(reason) > REASON_MAX
               else msg("contains control characters") if has_control_chars(reason) else "")
    if problem:
        raise ValidationFailed([Issue("reason", Severity.ERROR, problem)], "dismissal")
    return reason


def dismiss_exposure(
    ctx: ServiceContext, measure_id: int, venture_id: int, item_key: str, reason: str
) -> Exposure:
    """Dismiss one match with a reason (audited); it returns if the measure or the item changes."""
    reason = _reason(reason)
    with ctx.db.session(write=True) as s:
        current = [e for e in screen_in(s, measure=measure_id, venture=venture_id) if e.item_key == item_key]
        if not current:
            raise NotFound(msg("Screening finds no such exposure (the measure or the item may have changed)."))
        e = current[0]
        row = s.exec(select(ExposureDismissal).where(
            ExposureDismissal.measure_id == measure_id, ExposureDismissal.venture_id == venture_id,
            ExposureDismissal.item_key == item_key)).first()
        before = None if row is None else {"reason": row.reason, "fingerprint": row.fingerprint}
        if row is None:
            row = ExposureDismissal(measure_id=measure_id, venture_id=venture_id, item_key=item_key,
                                    item_name=e.item_name, fingerprint=e.fingerprint, reason=reason,
                                    actor=ctx.actor, dismissed_at=ctx.now())
        else:
            row.item_name, row.fingerprint, row.reason = e.item_name, e.fingerprint, reason
            row.actor, row.dismissed_at = ctx.actor, ctx.now()
        s.add(row)
        s.flush()
        after = {"reason": reason, "fingerprint": e.fingerprint}
        changes = {k: [None if before is None else before[k], v] for k, v in after.items()}
        changes["item"] = [None, e.item_name]
        audit.record(s, ctx, AuditAction.UPDATE if before else AuditAction.CREATE, DISMISSAL, row.id,
                     f"{e.measure_reference} x {e.venture_name}: {e.item_name}", changes)
        return replace(e, dismissal=Dismissal(row.id or 0, reason, ctx.actor, row.dismissed_at, True))


def undismiss_exposure(ctx: ServiceContext, dismissal_id: int) -> None:
    """Put a dismissed match back on the list (audited)."""
    with ctx.db.session(write=True) as s:
        row = s.get(ExposureDismissal, dismissal_id)
        if row is None:
            raise NotFound(msg("No dismissal with id {id}.", id=dismissal_id))
        measure, venture = s.get(Measure, row.measure_id), s.get(JointVenture, row.venture_id)
        label = f"{measure.reference if measure else row.measure_id} x " \
                f"{venture.name if venture else row.venture_id}: {row.item_name}"
        s.delete(row)
        s.flush()
        audit.record(s, ctx, AuditAction.RESTORE, DISMISSAL, dismissal_id, label,
                     {"reason": [row.reason, None]})


def list_dismissals(ctx: ServiceContext) -> list[tuple[str, str, str, Dismissal]]:
    """(measure reference, venture name, item, dismissal) for every dismissal on record."""
    with ctx.db.session() as s:
        current = {(e.measure_id, e.venture_id, e.item_key): e.fingerprint
                   for e in screen_in(s, include_lifted=True)}
        rows = s.exec(select(ExposureDismissal, Measure.reference, JointVenture.name)
                      .join(Measure, col(Measure.id) == ExposureDismissal.measure_id)
                      .join(JointVenture, col(JointVenture.id) == ExposureDismissal.venture_id)
                      .order_by(col(ExposureDismissal.id))).all()
        return [(ref, name, d.item_name,
                 Dismissal(d.id or 0, d.reason, d.actor, d.dismissed_at,
                           current.get((d.measure_id, d.venture_id, d.item_key)) == d.fingerprint))
                for d, ref, name in rows]
