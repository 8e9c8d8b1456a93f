"""The time services on a real register: windows, extensions, confirmations, clauses, the demo's state."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import DuplicateKey, ImportRejected, NotFound, ValidationFailed
from desktop_app.domain.timeline.facts import DayStatus
from desktop_app.services.audit import AuditRecord
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.intake.importer import run_import
from desktop_app.services.records import assessments, audit_log, measures, ventures
from desktop_app.services.records.lineage import measure_id_for
from desktop_app.services.timeline import asof, clauses, events, windows
from tests.conftest import measure_data, venture_data

NO46, NO72 = "MOFCOM Announcement No. 46 of 2024", "MOFCOM Announcement No. 72 of 2025"
TODAY = datetime(2026, 12, 3, 10, tzinfo=UTC)


@pytest.fixture
def demo(ctx: ServiceContext) -> ServiceContext:
    ctx.now = lambda: TODAY
    load_demo(ctx)
    return ctx


def _audit(ctx: ServiceContext, entity: Entity) -> list[AuditRecord]:
    return audit_log.page(ctx, audit_log.AuditQuery(entity=entity))


def test_the_demo_shows_the_lapsed_suspensions_waiting_for_confirmation(demo: ServiceContext) -> None:
    waiting = events.open_confirmations(demo)
    assert sorted(e.reference for e in waiting) == sorted([
        "90 FR 47201", "MOFCOM Announcement No. 61 of 2025", "MOFCOM Announcement No. 62 of 2025", NO46,
        *(f"MOFCOM/GAC Announcement No. {n} of 2025" for n in (55, 56, 57, 58))])
    state = asof.measure_status(demo, NO46)
    assert state.status.value == "in_force" and state.of_clause("2").since == date(2026, 11, 28)  # type: ignore[union-attr]
    assert asof.measure_status(demo, NO46, date(2026, 1, 1)).label == "in force (clause 2 suspended)"
    view = asof.register_view(demo, date(2025, 3, 1))
    refs = {view.facts[m].reference for m in view.issued_ids}
    assert "MOFCOM/GAC Announcement No. 58 of 2025" not in refs and "MOFCOM Announcement No. 61 of 2025" not in refs
    # Fresh demo: the review dates count from the day it was loaded, so only a few are overdue.
    overdue = [a for a in assessments.list_assessments(demo) if a.next_review_on < demo.today()]
    assert 0 < len(overdue) < 12


def test_confirming_closes_the_event_and_is_audited(demo: ServiceContext) -> None:
    event = next(e for e in events.open_confirmations(demo) if e.reference == NO46)
    done = events.confirm_event(demo, event.uid, "checked MOFCOM's site: no extension")
    assert not done.open and "confirmed not extended (tester)" in done.title
    assert NO46 not in [e.reference for e in events.open_confirmations(demo)]
    [entry] = _audit(demo, Entity.EVENT_CONFIRMATION)
    assert entry.changes["note"] == [None, "checked MOFCOM's site: no extension"]
    with pytest.raises(NotFound, match="No lapsed suspension waits"):
        events.confirm_event(demo, "nothing@export-risk-register")


def test_an_extension_moves_the_end_and_closes_the_event(demo: ServiceContext) -> None:
    w = next(x for x in windows.list_windows(demo, measure_id_for(demo, NO46)))
    extended = windows.extend_window(demo, w.id, date(2026, 11, 20), date(2027, 11, 27), "MOFCOM extension")
    assert extended.end == date(2027, 11, 27)
    assert NO46 not in [e.reference for e in events.open_confirmations(demo)]
    assert asof.measure_status(demo, NO46).label == "in force (clause 2 suspended)"
    assert _audit(demo, Entity.SUSPENSION_WINDOW)[0].changes["changes"][1][0]["kind"] == "extension"
    lifted = windows.lift_window(demo, w.id, date(2027, 3, 1))
    assert lifted.end == date(2027, 2, 28)


def test_bad_windows_are_refused_and_change_nothing(demo: ServiceContext) -> None:
    no46, no72 = measure_id_for(demo, NO46), measure_id_for(demo, NO72)
    before = windows.list_windows(demo)
    cases = [
        ({"starts_on": "2027-01-01", "ends_on": "2026-01-01"}, "before it starts"),
        ({"suspension_id": no46}, "cannot suspend itself"),
        ({"clause": "2", "starts_on": "2026-01-01"}, "overlaps the window 2025-11-09 to 2026-11-27"),
        ({"clause": "7"}, "has no clause '7'"),
    ]
    for change, message in cases:
        data = {"measure_id": no46, "suspension_id": no72, "starts_on": "2027-06-01"} | change
        with pytest.raises(ValidationFailed, match=message) as info:
            windows.create_window(demo, data)
        assert NO46 in str(info.value)  # the message names the window's measure
    w = before[0]
    with pytest.raises(ValidationFailed, match="dated before the window starts"):
        windows.extend_window(demo, w.id, date(2020, 1, 1), date(2030, 1, 1))
    assert windows.list_windows(demo) == before


def test_clauses_rename_carries_windows_and_assessments(demo: ServiceContext) -> None:
    no46 = measure_id_for(demo, NO46)
    two = next(c for c in clauses.list_clauses(demo, no46) if c.label == "2")
    renamed = clauses.update_clause(demo, two.id, two.to_update() | {"label": "2 (US ban)"})
    assert renamed.label == "2 (US ban)"
    assert {w.clause for w in windows.list_windows(demo, no46)} == {"2 (US ban)"}
    assert {a.clause for a in assessments.list_assessments(demo) if a.measure_id == no46} == {"2 (US ban)"}
    with pytest.raises(DuplicateKey):
        clauses.create_clause(demo, {"measure_id": no46, "label": "1"})
    with pytest.raises(ValidationFailed, match="expire before it takes effect"):
        clauses.create_clause(demo, {"measure_id": no46, "label": "3", "effective_on": "2026-01-02",
                                     "expires_on": "2026-01-01"})


def test_an_assessment_names_an_existing_clause(ctx: ServiceContext, tmp_path: Path) -> None:
    m = measures.create_measure(ctx, measure_data())
    v = ventures.create_venture(ctx, venture_data())
    clauses.create_clause(ctx, {"measure_id": m.id, "label": "2"})
    data = {"measure_id": m.id, "venture_id": v.id, "inherent_likelihood": 3, "inherent_impact": 3}
    with pytest.raises(ValidationFailed, match="has no clause '9'"):
        assessments.create_assessment(ctx, data | {"clause": "9"})
    assert assessments.create_assessment(ctx, data | {"clause": "2"}).clause == "2"
    bad = tmp_path / "windows.csv"
    bad.write_text("measure_reference,clause,suspended_by,starts_on,ends_on,changes\n"
                   f"{m.reference},2,,2026-01-10,2026-01-01,\n"
                   f"{m.reference},,,2026-02-01,,2026-01-01 extension until 2027-01-01\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        run_import(ctx, bad, Entity.SUSPENSION_WINDOW)
    assert any(line.startswith("row 2, column ends_on: the window ends") for line in info.value.errors)
    assert any(line.startswith("row 3, column changes") for line in info.value.errors)
    assert windows.list_windows(ctx) == []


def test_hostile_text_survives_clauses_windows_and_the_calendar(ctx: ServiceContext, tmp_path: Path,
                                                                hostile_strings: list[str]) -> None:
    from icalendar import Calendar

    from desktop_app.services.intake.exporter import export_csv

    by = measures.create_measure(ctx, measure_data(reference="Suspension <b>&", measure_type="suspension",
                                                   status="in force", status_history=[]))
    made = []
    for n, text in enumerate(hostile_strings):
        m = measures.create_measure(ctx, measure_data(reference=f"{text} #{n}", status="in force",
                                                      status_history=[]))
        label = f"{text.strip()[:40] or 'x'} {n}"
        clauses.create_clause(ctx, {"measure_id": m.id, "label": label, "title": text, "text": text,
                                    "items": [{"name": text, "codes": ["HS:2504"]}], "threshold": text})
        made.append(windows.create_window(ctx, {"measure_id": m.id, "clause": label, "suspension_id": by.id,
                                               "starts_on": "2025-11-09", "ends_on": "2026-11-27", "note": text}))
    before = {e: [r.model_dump(exclude={"id", "version", "created_at", "updated_at"})
                  for r in (clauses.list_clauses(ctx) if e == "clauses" else windows.list_windows(ctx))]
              for e in ("clauses", "windows")}
    for entity in (Entity.MEASURE_CLAUSE, Entity.SUSPENSION_WINDOW):
        export_csv(ctx, entity, tmp_path / f"{entity.record.name}.csv")
        assert run_import(ctx, tmp_path / f"{entity.record.name}.csv", entity).count("unchanged") == len(
            hostile_strings)
    after = {e: [r.model_dump(exclude={"id", "version", "created_at", "updated_at"})
                 for r in (clauses.list_clauses(ctx) if e == "clauses" else windows.list_windows(ctx))]
             for e in ("clauses", "windows")}
    assert after == before
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(events.to_ics(events.list_events(ctx), TODAY))
                 .walk("VEVENT")]
    for n, text in enumerate(hostile_strings):
        calendar_text = text.replace("\r\n", "\n").replace("\r", "\n")  # a calendar has no carriage returns
        assert any(f"{calendar_text} #{n}" in summary for summary in summaries), text


def test_the_dashboard_lists_what_just_happened_and_what_is_coming(demo: ServiceContext) -> None:
    from desktop_app.services.reports import analytics

    data = analytics.dashboard(demo)
    waiting = [e for e in data.events if e.open]
    assert len(waiting) == 8 and data.waiting == 8 + data.overdue
    assert all(e.on <= demo.today() for e in waiting)
    assert all(demo.today().toordinal() - 30 <= e.on.toordinal() for e in data.events if not e.open)
    assert data.by_status.get(DayStatus.SUSPENDED, 0) == 0  # every demo suspension has lapsed


def test_a_lean_view_reads_the_same_statuses_batch_by_batch(demo: ServiceContext,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asof, "LEAN_BATCH", 7)  # several batches on the demo register
    with demo.db.session() as s:
        full = asof.register_on(s, date(2026, 1, 1), demo.today())
        lean = asof.register_on(s, date(2026, 1, 1), demo.today(), lean=True)
        assert lean.statuses == full.statuses and lean.facts == {}
        ids = full.issued_ids[:5]
        assert lean.states_of(s, ids) == {m: full.state(m) for m in ids}
