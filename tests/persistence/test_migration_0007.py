"""Migration 0007 carries a register of the previous release forward: suspensions become windows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.persistence import migrate
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.records import assessments, lineage, measures, ventures
from desktop_app.services.timeline import asof, windows
from desktop_app.services.timeline.events import open_confirmations
from tests.conftest import FIXED_NOW, measure_data, venture_data
from tests.persistence.registers import register_at


def _history(*steps: tuple[str, str, str]) -> list[dict[str, str]]:
    return [{"valid_from": d, "status": s, "note": n} for d, s, n in steps]


def _old_style(ctx: ServiceContext) -> None:
    """What the previous release recorded: "suspended" statuses, histories and a suspends link."""
    ban = measures.create_measure(ctx, measure_data(status_history=_history(
        ("2024-12-03", "in force", ""),
        ("2025-11-09", "suspended", "clause 2 suspended until 2026-11-27, clause 1 stays in force"))))
    by = measures.create_measure(ctx, measure_data(
        reference="MOFCOM Announcement No. 72 of 2025", measure_type="suspension", status="in force",
        announced_on="2025-11-09", effective_on="2025-11-09", status_history=[]))
    lineage.link_measures(ctx, by.id, ban.id, "suspends", "clause 2 until 27 Nov 2026")
    measures.create_measure(ctx, measure_data(
        reference="No. 58", status="suspended", announced_on="2025-10-09", effective_on="2025-11-08",
        status_history=_history(("2025-10-09", "adopted", ""), ("2025-11-07", "suspended", "for one year"))))
    measures.create_measure(ctx, measure_data(
        reference="Cobalt ban", status="in force", announced_on="2025-02-22", effective_on="2025-02-22",
        status_history=_history(("2025-02-22", "in force", ""), ("2025-06-01", "suspended", ""),
                                ("2025-09-01", "in force", "resumed"))))
    venture = ventures.create_venture(ctx, venture_data())
    assessments.create_assessment(ctx, {"measure_id": ban.id, "venture_id": venture.id,
                                        "inherent_likelihood": 3, "inherent_impact": 4})


def test_a_register_of_the_previous_release_gets_windows(ctx: ServiceContext, tmp_path: Path) -> None:
    _old_style(ctx)
    old = tmp_path / "old.sqlite3"
    register_at(ctx, old, "0004")
    migrated = open_register(f"sqlite:///{old}", actor="tester")
    migrated.now = lambda: FIXED_NOW
    try:
        assert migrate.current_revision(migrated.db.engine) == migrate.head_revision()
        found = {w.measure_reference: w for w in windows.list_windows(migrated)}
        ban = found["MOFCOM Announcement No. 46 of 2024"]
        assert (ban.suspension_reference, ban.starts_on, ban.ends_on) == (
            "MOFCOM Announcement No. 72 of 2025", date(2025, 11, 9), date(2026, 11, 27))
        assert (found["No. 58"].suspension_id, found["No. 58"].ends_on) == (None, None)  # open-ended
        assert (found["Cobalt ban"].starts_on, found["Cobalt ban"].ends_on) == (date(2025, 6, 1), date(2025, 8, 31))
        assert lineage.list_links(migrated) == []  # the window is the link now
        ban_read = next(m for m in measures.list_measures(migrated) if m.reference.endswith("46 of 2024"))
        assert ban_read.status.value == "in_force"
        assert [h.status.value for h in ban_read.status_history] == ["in_force"]
        on = asof.measure_status(migrated, "MOFCOM Announcement No. 46 of 2024", date(2026, 1, 1))
        assert on.status.value == "suspended"
        now = asof.measure_status(migrated, "MOFCOM Announcement No. 46 of 2024", date(2026, 11, 28))
        assert now.status.value == "in_force"
        assert asof.measure_status(migrated, "No. 58", date(2026, 11, 28)).status.value == "suspended"
        assert asof.measure_status(migrated, "Cobalt ban", date(2025, 9, 1)).status.value == "in_force"
        assert [a.clause for a in assessments.list_assessments(migrated)] == [""]
        migrated.now = lambda: FIXED_NOW.replace(year=2027)
        assert [e.reference for e in open_confirmations(migrated)] == [
            "Cobalt ban", "MOFCOM Announcement No. 46 of 2024"]
        with migrated.db.session() as s:
            assert audit.verify_chain(s).ok
    finally:
        migrated.db.dispose()
