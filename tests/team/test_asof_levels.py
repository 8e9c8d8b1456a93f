"""Assessments as of a past day on PostgreSQL: a read-only report transaction reads that day's levels."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop_app.domain.entity import Entity
from desktop_app.persistence.matrix_repo import load_matrix
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import assessments, measures, ventures
from desktop_app.services.records.browse import BrowseQuery, columns, page
from desktop_app.services.reports.scope import key_figures, report_scope
from tests.conftest import measure_data, venture_data

pytestmark = pytest.mark.postgres


def test_levels_owner_and_review_of_the_day(pg_ctx: ServiceContext, hostile_strings: list[str]) -> None:
    pg_ctx.now = lambda: datetime(2026, 12, 1, 10, tzinfo=UTC)
    m = measures.create_measure(pg_ctx, measure_data(status="in force", status_history=[]))
    v = ventures.create_venture(pg_ctx, venture_data())
    owner = hostile_strings[12] + hostile_strings[17]  # CJK and emoji
    a = assessments.create_assessment(pg_ctx, {
        "measure_id": m.id, "venture_id": v.id, "inherent_likelihood": 4, "inherent_impact": 4,
        "residual_likelihood": 3, "residual_impact": 2, "owner": owner, "next_review_on": "2027-03-01"})
    pg_ctx.now = lambda: datetime(2026, 12, 3, 9, tzinfo=UTC)
    assessments.update_assessment(pg_ctx, a.id, a.to_update() | {
        "residual_likelihood": 4, "residual_impact": 3, "owner": "Bob", "next_review_on": "2027-01-15"})
    names = columns(Entity.ASSESSMENT)
    for day, level, who in ((date(2026, 12, 2), "medium", owner), (date(2026, 12, 3), "high", "Bob")):
        with pg_ctx.db.session() as s:  # read-only REPEATABLE READ: nothing may be created
            scope = report_scope(s, day, pg_ctx.today(), None, None, assessed_only=False)
            figures = key_figures(s, scope, load_matrix(s), 1)
        assert {k: n for k, n in figures.by_level.items() if n} == {level: 1}
        row = page(pg_ctx, Entity.ASSESSMENT, BrowseQuery(as_of=day))[0]
        assert (row.values[names.index("residual_level")], row.values[names.index("owner")]) == (level, who)
