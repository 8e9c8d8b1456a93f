"""Assessment rows <-> schemas, with mitigation actions; flushes, never commits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from desktop_app.domain.assessment_schemas import AssessmentCreate, AssessmentRead, MitigationIn
from desktop_app.domain.enums import ActionStatus, AssessmentStatus, ImpactChannel, Treatment, UnknownKey, Vocabulary
from desktop_app.domain.models import Assessment, JointVenture, Measure, MitigationAction
from desktop_app.domain.text import split_list
from desktop_app.persistence.queries import chunks, write_record


@dataclass(frozen=True, slots=True)
class Scored:
    """What the service derived from the matrix for one assessment."""

    residual_likelihood: int
    residual_impact: int
    inherent_level: str
    inherent_rank: int
    residual_level: str
    residual_rank: int
    assessor: str
    assessed_on: date | None
    next_review_on: date


def find_pair(session: Session, measure_id: int, venture_id: int) -> Assessment | None:
    return session.exec(
        select(Assessment).where(Assessment.measure_id == measure_id, Assessment.venture_id == venture_id)
    ).first()


def write_assessment(
    session: Session, row: Assessment | None, data: AssessmentCreate, scored: Scored, now: datetime
) -> Assessment:
    return write_record(session, Assessment, row, main_values(data, scored), now, CHILDREN,
                        lambda i: child_rows(i, data))


def main_values(data: AssessmentCreate, scored: Scored) -> dict[str, object]:
    """The assessment table's own columns (no id, version or timestamps)."""
    return {
        "measure_id": data.measure_id,
        "venture_id": data.venture_id,
        "channels": "; ".join(c.value for c in data.channels),
        "inherent_likelihood": data.inherent_likelihood,
        "inherent_impact": data.inherent_impact,
        "residual_likelihood": scored.residual_likelihood,
        "residual_impact": scored.residual_impact,
        "inherent_level": scored.inherent_level,
        "inherent_rank": scored.inherent_rank,
        "residual_level": scored.residual_level,
        "residual_rank": scored.residual_rank,
        "residual_score": scored.residual_likelihood * scored.residual_impact,
        "treatment": data.treatment.value,
        "rationale": data.rationale,
        "owner": data.owner,
        "assessor": scored.assessor,
        "assessed_on": scored.assessed_on,
        "next_review_on": scored.next_review_on,
        "status": data.status.value,
        "clause": data.clause.strip(),
    }


def child_rows(assessment_id: int, data: AssessmentCreate) -> dict[type, list[dict[str, object]]]:
    return {MitigationAction: [
        {"assessment_id": assessment_id, "position": i, "text": m.text, "owner": m.owner, "due_on": m.due_on,
         "status": m.status.value} for i, m in enumerate(data.mitigation)]}


CHILDREN = {MitigationAction: "assessment_id"}


def read_assessments(session: Session, rows: Iterable[Assessment]) -> list[AssessmentRead]:
    rows = list(rows)
    actions: dict[int, list[MitigationIn]] = defaultdict(list)
    measures: dict[int, tuple[str, str]] = {}
    ventures: dict[int, str] = {}
    action_status = _members(ActionStatus)
    for chunk in chunks([r.id for r in rows]):
        for assessment_id, text, owner, due_on, status in session.exec(
            select(MitigationAction.assessment_id, MitigationAction.text, MitigationAction.owner,
                   MitigationAction.due_on, MitigationAction.status)
            .where(col(MitigationAction.assessment_id).in_(chunk)).order_by(MitigationAction.position)
        ):
            # Stored rows passed validation on the way in (and the schema's CHECKs): construct
            # without re-validating, which is most of the cost of reading 100,000 records.
            actions[assessment_id].append(MitigationIn.model_construct(
                text=text, owner=owner, due_on=due_on, status=action_status[status]))
    for chunk in chunks(sorted({r.measure_id for r in rows})):
        for mid, ref, title in session.exec(
            select(Measure.id, Measure.reference, Measure.title).where(col(Measure.id).in_(chunk))
        ):
            measures[mid] = (ref, title)
    for chunk in chunks(sorted({r.venture_id for r in rows})):
        for vid, name in session.exec(
            select(JointVenture.id, JointVenture.name).where(col(JointVenture.id).in_(chunk))
        ):
            ventures[vid] = name
    channel, treatment, status = _members(ImpactChannel), _members(Treatment), _members(AssessmentStatus)
    out = []
    for r in rows:
        assert r.id is not None
        ref, title = measures[r.measure_id]
        out.append(AssessmentRead.model_construct(
            id=r.id, version=r.version, measure_id=r.measure_id, venture_id=r.venture_id,
            measure_reference=ref, measure_title=title, venture_name=ventures[r.venture_id],
            channels=[channel[c] for c in split_list(r.channels)],
            inherent_likelihood=r.inherent_likelihood, inherent_impact=r.inherent_impact,
            inherent_level=r.inherent_level, residual_likelihood=r.residual_likelihood,
            residual_impact=r.residual_impact, residual_level=r.residual_level,
            treatment=treatment[r.treatment], rationale=r.rationale, owner=r.owner, assessor=r.assessor,
            assessed_on=r.assessed_on, next_review_on=r.next_review_on, status=status[r.status],
            mitigation=actions[r.id], clause=r.clause, created_at=r.created_at, updated_at=r.updated_at,
            archived_at=r.archived_at,
        ))
    return out


class _Members(dict):  # type: ignore[type-arg]
    """Stored key -> member, by plain dict lookup; anything else goes through the enum as before."""

    def __init__(self, vocabulary: type[Vocabulary]) -> None:
        super().__init__({m.value: m for m in vocabulary})
        self.vocabulary = vocabulary

    def __missing__(self, key: str) -> Vocabulary | UnknownKey:
        return self.vocabulary.stored(key)  # an unknown key (a row edited outside the app) stands in


def _members(vocabulary: type[Vocabulary]) -> _Members:
    return _Members(vocabulary)
