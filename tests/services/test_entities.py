"""Audited create/update/archive/restore, stale edits, duplicates, matrix changes (real SQLite)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ArchivedRecord, Conflict, DuplicateKey, ValidationFailed
from desktop_app.domain.risk import RiskMatrix
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import assessments, matrix, measures, ventures
from desktop_app.services.vocabularies import default_matrix
from tests.conftest import measure_data, venture_data


def _entries(ctx: ServiceContext) -> list[audit.AuditRecord]:
    with ctx.db.session() as s:
        return list(reversed(audit.list_entries(s)))


def _pair(ctx: ServiceContext) -> tuple[int, int]:
    m = measures.create_measure(ctx, measure_data())
    v = ventures.create_venture(ctx, venture_data())
    return m.id, v.id


def test_create_update_archive_restore_are_audited_with_field_changes(ctx: ServiceContext) -> None:
    m = measures.create_measure(ctx, measure_data())
    assert m.version == 1 and m.status_on(date(2025, 1, 1)).value == "in_force"
    data = m.to_update() | {"title": "Revised title", "targets": ["US", "CA"]}
    m2 = measures.update_measure(ctx, m.id, data)
    assert m2.version == 2 and m2.title == "Revised title" and m2.targets == ["US", "CA"]
    measures.archive_measure(ctx, m.id)
    measures.restore_measure(ctx, m.id)
    log = _entries(ctx)
    assert [(e.action, e.entity, e.entity_id) for e in log] == [
        ("create", Entity.MEASURE, m.id), ("update", Entity.MEASURE, m.id),
        ("archive", Entity.MEASURE, m.id), ("restore", Entity.MEASURE, m.id)]
    assert log[0].actor == "tester" and log[0].at.tzinfo is not None
    assert log[1].changes == {"title": [m.title, "Revised title"], "targets": [["US"], ["US", "CA"]]}
    assert log[2].changes["archived_at"][0] is None and log[3].changes["archived_at"][1] is None


def test_an_update_that_changes_nothing_writes_nothing(ctx: ServiceContext) -> None:
    m = measures.create_measure(ctx, measure_data())
    same = measures.update_measure(ctx, m.id, m.to_update())
    assert same.version == 1 and len(_entries(ctx)) == 1


def test_stale_edit_is_refused_with_the_current_record(ctx: ServiceContext) -> None:
    v = ventures.create_venture(ctx, venture_data())
    mine, theirs = v.to_update(), v.to_update()
    ventures.update_venture(ctx, v.id, theirs | {"location": "Chattanooga"})
    with pytest.raises(Conflict) as caught:
        ventures.update_venture(ctx, v.id, mine | {"location": "Knoxville"})
    assert caught.value.current.location == "Chattanooga"
    assert ventures.get_venture(ctx, v.id).location == "Chattanooga"


def test_archived_records_cannot_be_edited(ctx: ServiceContext) -> None:
    m = measures.create_measure(ctx, measure_data())
    archived = measures.archive_measure(ctx, m.id)
    with pytest.raises(ArchivedRecord):
        measures.update_measure(ctx, m.id, archived.to_update() | {"title": "x"})
    assert [r.id for r in measures.list_measures(ctx)] == []
    assert [r.id for r in measures.list_measures(ctx, include_archived=True)] == [m.id]


def test_references_are_unique_after_trim_case_and_nfkc(ctx: ServiceContext) -> None:
    measures.create_measure(ctx, measure_data(reference="MOFCOM Announcement No. 46 of 2024"))
    with pytest.raises(DuplicateKey):
        measures.create_measure(ctx, measure_data(reference=" ｍｏｆｃｏｍ announcement  no. 46 of 2024"))
    ventures.create_venture(ctx, venture_data(name="Aurora"))
    with pytest.raises(DuplicateKey):
        ventures.create_venture(ctx, venture_data(name="AURORA "))


def test_validation_failure_writes_nothing(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationFailed) as caught:
        ventures.create_venture(ctx, venture_data(partners=[{"name": "A", "share": "70"},
                                                            {"name": "B", "share": "40"}]))
    assert "over 100%" in str(caught.value)
    assert ventures.list_ventures(ctx) == [] and _entries(ctx) == []


def test_assessment_levels_and_review_dates_come_from_the_matrix(ctx: ServiceContext) -> None:
    mid, vid = _pair(ctx)
    a = assessments.create_assessment(ctx, {
        "measure_id": mid, "venture_id": vid, "inherent_likelihood": 5, "inherent_impact": 5,
        "residual_likelihood": 2, "residual_impact": 3, "channels": ["input supply"],
        "assessed_on": "2026-11-20", "treatment": "mitigate",
        "mitigation": [{"text": "second source", "owner": "Li", "due_on": "2027-01-31"}]})
    assert (a.inherent_level, a.residual_level) == ("critical", "medium")
    assert a.next_review_on == date(2026, 11, 20) + timedelta(days=180)
    assert a.assessor == "tester" and a.measure_reference == "MOFCOM Announcement No. 46 of 2024"
    b = assessments.create_assessment(ctx, {
        "measure_id": mid, "venture_id": ventures.create_venture(ctx, venture_data(name="B")).id,
        "inherent_likelihood": 5, "inherent_impact": 5})
    assert b.residual_level == "critical" and b.next_review_on == date(2026, 11, 25) + timedelta(days=30)
    with pytest.raises(DuplicateKey):
        assessments.create_assessment(ctx, {"measure_id": mid, "venture_id": vid,
                                            "inherent_likelihood": 1, "inherent_impact": 1})


def test_assessing_an_archived_measure_is_refused(ctx: ServiceContext) -> None:
    mid, vid = _pair(ctx)
    measures.archive_measure(ctx, mid)
    with pytest.raises(ArchivedRecord):
        assessments.create_assessment(ctx, {"measure_id": mid, "venture_id": vid,
                                            "inherent_likelihood": 3, "inherent_impact": 3})


def test_matrix_edit_relevels_assessments_and_is_audited(ctx: ServiceContext) -> None:
    mid, vid = _pair(ctx)
    a = assessments.create_assessment(ctx, {"measure_id": mid, "venture_id": vid,
                                            "inherent_likelihood": 3, "inherent_impact": 3})
    assert a.inherent_level == "medium"
    m = default_matrix()
    grid = [list(r) for r in m.grid]
    grid[2][2] = "high"
    changed = matrix.update_matrix(ctx, RiskMatrix(m.levels, tuple(tuple(r) for r in grid)))
    assert changed == 2  # inherent and residual of the one assessment
    again = assessments.get_assessment(ctx, a.id)
    assert (again.inherent_level, again.residual_level) == ("high", "high")
    entry = _entries(ctx)[-1]
    assert entry.action == "configure" and entry.entity == "risk_matrix"
    assert entry.changes["assessments_relevelled"] == [None, 2]
    assert matrix.get_matrix(ctx).level_for(3, 3).key == "high"
    broken = RiskMatrix(m.levels, (("nope",) * 5, *m.grid[1:]))
    with pytest.raises(ValidationFailed):
        matrix.update_matrix(ctx, broken)


def test_audit_chain_verifies_and_head_moves(ctx: ServiceContext) -> None:
    with ctx.db.session() as s:
        empty = audit.verify_chain(s)
    measures.create_measure(ctx, measure_data())
    with ctx.db.session() as s:
        report = audit.verify_chain(s)
        codes = audit.list_entries(s)[0].changes["items"][1][0]["codes"]
    assert empty.ok and empty.entries == 0
    assert report.ok and report.entries == 1 and report.head_hash != empty.head_hash
    assert codes == ["HS:8112.92"]
