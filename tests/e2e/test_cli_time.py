"""`export-risk status`, `events` (text, CSV, iCalendar) and `confirm` on the demo register."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from icalendar import Calendar

from tests.e2e.test_cli import run

NO46 = "MOFCOM Announcement No. 46 of 2024"


def test_status_one_line_per_clause_with_since_until_and_cause(tmp_path: Path) -> None:
    assert run(tmp_path, "demo").returncode == 0
    text = run(tmp_path, "status", NO46, "--on", "2026-01-01")
    assert text.returncode == 0, text.stderr
    assert text.stdout.splitlines()[0] == f"{NO46} on 2026-01-01: in force (clause 2 suspended)"
    rows = list(csv.DictReader(io.StringIO(run(tmp_path, "status", NO46, "--on", "2026-01-01",
                                                "--format", "csv").stdout)))
    assert [(r["clause"], r["status"], r["since"], r["until"]) for r in rows] == [
        ("clause 1", "in force", "2024-12-03", ""), ("clause 2", "suspended", "2025-11-09", "2026-11-27")]
    assert rows[1]["because"] == "suspended by MOFCOM Announcement No. 72 of 2025 until 2026-11-27"
    missing = run(tmp_path, "status", "No such measure")
    assert missing.returncode == 1 and "No measure with reference" in missing.stderr


def test_events_as_a_calendar_with_stable_uids_and_confirm(tmp_path: Path) -> None:
    assert run(tmp_path, "demo").returncode == 0
    first = run(tmp_path, "events", "--format", "ics")
    assert first.returncode == 0, first.stderr
    calendar = Calendar.from_ical(first.stdout)
    vevents = calendar.walk("VEVENT")
    uids = [str(e["UID"]) for e in vevents]
    assert len(vevents) > 20 and len(set(uids)) == len(uids)
    summaries = [str(e["SUMMARY"]) for e in vevents]
    assert f"Suspension of {NO46} clause 2 ended on 2026-11-27: confirm it was not extended" in summaries
    again = Calendar.from_ical(run(tmp_path, "events", "--format", "ics").stdout)
    assert [str(e["UID"]) for e in again.walk("VEVENT")] == uids  # the same across exports
    rows = list(csv.DictReader(io.StringIO(run(tmp_path, "events", "--format", "csv", "--from", "2026-11-28",
                                                "--to", "2026-11-28").stdout)))
    waiting = next(r for r in rows if r["measure_reference"] == NO46 and r["needs_action"] == "yes")
    done = run(tmp_path, "confirm", waiting["uid"], "--note", "no extension published")
    assert done.returncode == 0 and "confirmed not extended" in done.stdout
    text = run(tmp_path, "events", "--from", "2026-11-28", "--to", "2026-11-28").stdout
    assert f"{NO46} clause 2 ended on 2026-11-27: confirmed not extended" in text
    assert run(tmp_path, "events", "--from", "03/12/2026").returncode == 2


def test_window_commands_record_and_refuse(tmp_path: Path) -> None:
    assert run(tmp_path, "demo").returncode == 0
    listed = run(tmp_path, "window", "list", NO46)
    assert listed.returncode == 0 and "through 2026-11-27" in listed.stdout
    window_id = listed.stdout.split("]")[0].strip("[")
    extended = run(tmp_path, "window", "extend", "--id", window_id, "--on", "2026-11-20", "--until", "2027-11-27")
    assert extended.returncode == 0, extended.stderr
    assert "through 2027-11-27; extension 2026-11-20" in extended.stdout
    bad = run(tmp_path, "window", "add", NO46, "--clause", "2", "--by", "MOFCOM Announcement No. 72 of 2025",
              "--from", "2027-01-01")
    assert bad.returncode == 1 and "overlaps" in bad.stderr and NO46 in bad.stderr
