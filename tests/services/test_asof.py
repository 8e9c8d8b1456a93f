"""A venture as of a date and the diff between two dates: statuses from histories, levels from audit."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop_app.domain.enums import MeasureStatus
from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.records import assessments, measures, ventures
from desktop_app.services.screening.actions import dismiss_exposure
from desktop_app.services.screening.asof import venture_diff, venture_on
from desktop_app.services.screening.exposures import screen
from tests.conftest import measure_data, venture_data
from tests.services.test_screening import _cli

GRAPHITE = [{"name": "graphite", "codes": ["HS:2504"]}]


def _history(*steps: tuple[str, str]) -> list[dict[str, str]]:
    return [{"valid_from": day, "status": status} for day, status in steps]


@pytest.fixture
def register(ctx: ServiceContext) -> ServiceContext:
    """Three graphite measures with dated histories and one venture they all reach."""
    ctx.now = lambda: datetime(2025, 1, 10, 9, tzinfo=UTC)
    measures.create_measure(ctx, measure_data(
        reference="Draft", status="consultation", items=GRAPHITE, targets=[],
        status_history=_history(("2025-01-02", "consultation"))))
    measures.create_measure(ctx, measure_data(
        reference="Ban", status="in force", items=GRAPHITE, targets=[],
        status_history=_history(("2024-12-03", "in force"))))
    ventures.create_venture(ctx, venture_data(name="Anode JV", country="US", items=[
        {"name": "spherical graphite", "direction": "input", "codes": ["HS:2504.10"], "countries": ["CN"]}]))
    return ctx


def _at(ctx: ServiceContext, day: str) -> None:
    moment = datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC)
    ctx.now = lambda: moment


def _evolve(ctx: ServiceContext) -> None:
    """Later in 2025: the draft is finalised, the ban suspended, a new measure appears."""
    _at(ctx, "2026-01-05")
    draft, ban = sorted(measures.list_measures(ctx), key=lambda m: m.reference)[1::-1]
    measures.update_measure(ctx, draft.id, draft.to_update() | {
        "status": "in force", "status_history": _history(("2025-01-02", "consultation"),
                                                          ("2025-07-15", "in force"))})
    measures.update_measure(ctx, ban.id, ban.to_update() | {
        "status": "suspended", "status_history": _history(("2024-12-03", "in force"),
                                                          ("2025-11-09", "suspended"))})
    measures.create_measure(ctx, measure_data(
        reference="New quota", measure_type="export quota", status="in force", items=GRAPHITE, targets=[],
        status_history=_history(("2025-10-16", "in force"))))


def test_measures_applying_on_a_date_come_from_the_status_histories(register: ServiceContext) -> None:
    _evolve(register)
    spring = venture_on(register, "anode jv", date(2025, 3, 1))
    assert {m.reference: m.status for m in spring.measures} == {
        "Ban": MeasureStatus.IN_FORCE, "Draft": MeasureStatus.CONSULTATION, "New quota": None}
    assert [m.reference for m in spring.applying] == ["Ban"]
    winter = venture_on(register, "Anode JV", date(2025, 12, 1))
    assert [m.reference for m in winter.applying] == ["Draft", "New quota"]
    assert all(m.screened and not m.assessed for m in winter.measures)


def test_diff_lists_added_changed_and_lifted_measures(register: ServiceContext) -> None:
    _evolve(register)
    d = venture_diff(register, "Anode JV", date(2025, 3, 1), date(2025, 12, 1))
    assert [(m.reference, m.before, m.after) for m in d.added] == [
        ("New quota", None, MeasureStatus.IN_FORCE)]
    assert [(m.reference, m.before, m.after) for m in d.changed] == [
        ("Draft", MeasureStatus.CONSULTATION, MeasureStatus.IN_FORCE)]
    assert [(m.reference, m.before, m.after) for m in d.lifted] == [
        ("Ban", MeasureStatus.IN_FORCE, MeasureStatus.SUSPENDED)]
    assert venture_diff(register, "Anode JV", date(2025, 3, 1), date(2025, 3, 2)).empty
    with pytest.raises(ValidationFailed):
        venture_diff(register, "Anode JV", date(2025, 3, 2), date(2025, 3, 1))
    with pytest.raises(NotFound):
        venture_on(register, "Nobody", date(2025, 3, 1))


def test_assessment_levels_on_a_date_come_from_the_audit_trail(register: ServiceContext) -> None:
    ban = next(m for m in measures.list_measures(register) if m.reference == "Ban")
    jv = ventures.list_ventures(register)[0]
    _at(register, "2025-02-01")
    a = assessments.create_assessment(register, {"measure_id": ban.id, "venture_id": jv.id,
                                                 "inherent_likelihood": 2, "inherent_impact": 2})
    _at(register, "2025-06-01")
    assessments.update_assessment(register, a.id, a.to_update() | {
        "inherent_likelihood": 5, "inherent_impact": 5, "residual_likelihood": 4, "residual_impact": 3})
    levels = {d: next(m for m in venture_on(register, "Anode JV", date.fromisoformat(d)).measures
                      if m.reference == "Ban") for d in ("2025-01-15", "2025-03-01", "2025-07-01")}
    assert [(m.inherent_level, m.residual_level) for m in levels.values()] == [
        (None, None), ("low", "low"), ("critical", "high")]
    assert levels["2025-07-01"].assessed and levels["2025-07-01"].assessment_id == a.id
    d = venture_diff(register, "Anode JV", date(2025, 3, 1), date(2025, 7, 1))
    assert [(lv.measure_reference, lv.before, lv.after) for lv in d.levels] == [
        ("Ban", ("low", "low"), ("critical", "high"))]
    _at(register, "2025-08-01")
    assessments.archive_assessment(register, a.id)
    gone = next(m for m in venture_on(register, "Anode JV", date(2025, 8, 2)).measures if m.reference == "Ban")
    assert (gone.inherent_level, gone.residual_level) == (None, None)


def test_dismissed_matches_are_not_part_of_the_venture_view(register: ServiceContext) -> None:
    e = next(x for x in screen(register) if x.measure_reference == "Draft")
    dismiss_exposure(register, e.measure_id, e.venture_id, e.item_key, "not our grade")
    refs = [m.reference for m in venture_on(register, "Anode JV", date(2025, 3, 1)).measures]
    assert refs == ["Ban"]


def test_imported_assessments_count_from_their_assessment_date(ctx: ServiceContext) -> None:
    load_demo(ctx)  # imported "today" (2026-11-25) with assessment dates in 2025
    aurora = venture_on(ctx, "Aurora Anode Materials LLC", date(2025, 12, 31))
    graphite = next(m for m in aurora.measures if m.reference == "MOFCOM/GAC Announcement No. 39 of 2023")
    assert graphite.applies and graphite.residual_level is not None
    before = venture_on(ctx, "Aurora Anode Materials LLC", date(2023, 1, 1))
    assert all(m.residual_level is None for m in before.measures)


def test_cli_asof_and_diff(tmp_path) -> None:
    db = tmp_path / "cli.sqlite3"
    assert _cli(db, "demo").returncode == 0
    view = _cli(db, "asof", "Aurora Anode Materials LLC", "2025-12-01")
    assert view.returncode == 0, view.stderr
    assert "  * MOFCOM/GAC Announcement No. 39 of 2023: in force, residual" in view.stdout
    diff = _cli(db, "asof", "Aurora Anode Materials LLC", "2026-01-01", "--since", "2025-01-01")
    assert "  Lifted: MOFCOM Announcement No. 46 of 2024: in force -> suspended" in diff.stdout
    assert _cli(db, "asof", "Aurora Anode Materials LLC", "01/02/2025").returncode == 2
