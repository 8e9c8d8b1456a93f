"""The risk matrix as business configuration: read it, and change it with an audit entry."""

from __future__ import annotations

from desktop_app.domain.audit_chain import field_changes
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.fields import Severity
from desktop_app.domain.risk import RiskMatrix, matrix_issues
from desktop_app.persistence.db import retrying_write
from desktop_app.persistence.matrix_repo import load_matrix, save_matrix
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext


def get_matrix(ctx: ServiceContext) -> RiskMatrix:
    with ctx.db.session() as s:
        return load_matrix(s)


@retrying_write
def update_matrix(ctx: ServiceContext, matrix: RiskMatrix) -> int:
    """Save an edited matrix and re-level every assessment; returns how many levels changed."""
    issues = matrix_issues(matrix)
    if any(i.severity is Severity.ERROR for i in issues):
        raise ValidationFailed(issues, "risk matrix")
    with ctx.db.session(write=True) as s:
        before = load_matrix(s)
        changes = field_changes(before.to_json(), matrix.to_json())
        if not changes:
            return 0
        relevelled = save_matrix(s, matrix)
        audit.record(s, ctx, AuditAction.CONFIGURE, Entity.RISK_MATRIX, None, Entity.RISK_MATRIX.label,
                     changes | {"assessments_relevelled": [None, relevelled]})
        return relevelled
