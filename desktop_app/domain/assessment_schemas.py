"""Assessment schema family (measure x joint venture) and its rules."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import Field

from desktop_app.domain.enums import ActionStatus, AssessmentStatus, ImpactChannel, Treatment
from desktop_app.domain.fields import (
    Issue,
    LongText,
    RecordMeta,
    RequiredText,
    Schema,
    Score,
    Severity,
    ShortText,
    parse_model,
)
from desktop_app.system.message_language import msg


class MitigationIn(Schema):
    text: RequiredText
    owner: ShortText = ""
    due_on: date | None = None
    status: ActionStatus = ActionStatus.OPEN


class AssessmentBase(Schema):
    measure_id: int
    venture_id: int
    channels: list[ImpactChannel] = Field(default_factory=list)
    inherent_likelihood: Score
    inherent_impact: Score
    # Residual scores default to the inherent ones: no credit for mitigation not yet described.
    residual_likelihood: Score | None = None
    residual_impact: Score | None = None
    treatment: Treatment = Treatment.MONITOR
    rationale: LongText = ""
    owner: ShortText = ""
    assessor: ShortText = ""
    assessed_on: date | None = None
    next_review_on: date | None = None
    status: AssessmentStatus = AssessmentStatus.DRAFT
    clause: ShortText = ""  # the label of the measure's clause it depends on ('' = the whole measure)


class AssessmentCreate(AssessmentBase):
    mitigation: list[MitigationIn] = Field(default_factory=list)


class AssessmentUpdate(AssessmentCreate):
    version: int


class AssessmentRead(RecordMeta):
    """An assessment as stored, with levels resolved and its measure and venture named."""

    update_schema = AssessmentUpdate

    measure_id: int
    venture_id: int
    measure_reference: str
    measure_title: str
    venture_name: str
    channels: list[ImpactChannel]
    inherent_likelihood: int
    inherent_impact: int
    inherent_level: str
    residual_likelihood: int
    residual_impact: int
    residual_level: str
    treatment: Treatment
    rationale: str
    owner: str
    assessor: str
    assessed_on: date | None  # None: not recorded (imported registers may not say)
    next_review_on: date
    status: AssessmentStatus
    mitigation: list[MitigationIn]
    clause: str = ""


def assessment_rules(a: AssessmentCreate, today: date) -> list[Issue]:
    found: list[Issue] = []
    rl = a.residual_likelihood or a.inherent_likelihood
    ri = a.residual_impact or a.inherent_impact
    if rl * ri > a.inherent_likelihood * a.inherent_impact:
        found.append(Issue("residual_likelihood", Severity.WARNING,
                           msg("residual risk is higher than inherent risk")))
    if (a.residual_likelihood is None) != (a.residual_impact is None):
        found.append(Issue("residual_impact", Severity.ERROR,
                           msg("give both residual likelihood and residual impact, or neither")))
    if a.assessed_on and a.assessed_on > today:
        found.append(Issue("assessed_on", Severity.ERROR, msg("cannot be in the future")))
    # Only a stated assessment date can make a review date impossible: without one there is
    # nothing to compare with (today is not the date the assessment was made).
    if a.assessed_on and a.next_review_on and a.next_review_on < a.assessed_on:
        found.append(Issue("next_review_on", Severity.ERROR,
                           msg("cannot be before the assessment date {day}", day=a.assessed_on.isoformat())))
    elif a.next_review_on and a.next_review_on < today and a.status is not AssessmentStatus.CLOSED:
        found.append(Issue("next_review_on", Severity.WARNING,
                           msg("review overdue since {day}", day=a.next_review_on.isoformat())))
    if a.treatment is Treatment.MITIGATE and not a.mitigation:
        found.append(Issue("mitigation", Severity.WARNING,
                           msg("treatment is 'mitigate' but no mitigation action is listed")))
    return found


def validate_assessment(
    data: dict[str, Any], today: date, schema: type[AssessmentCreate] = AssessmentCreate
) -> tuple[AssessmentCreate | None, list[Issue]]:
    model, issues = parse_model(schema, data)
    if model is None:
        return None, issues
    return model, assessment_rules(model, today)
