"""The time model as pure functions: statuses from dates, histories, clauses and windows; rules; events."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.enums import MeasureStatus
from desktop_app.domain.timeline.events import EventKind, confirm_uid, measure_events
from desktop_app.domain.timeline.facts import ChangeKind, Clause, DayStatus, MeasureFacts, Step, Window, WindowChange
from desktop_app.domain.timeline.rules import window_issues
from desktop_app.domain.timeline.status import clause_state, measure_state, status_on

D = date.fromisoformat
TODAY = D("2026-12-03")
S = DayStatus


def facts(**kw: object) -> MeasureFacts:
    base: dict[str, object] = {"id": 1, "reference": "No. 58", "status": MeasureStatus.IN_FORCE,
                               "announced_on": D("2025-10-09"), "effective_on": D("2025-11-08")}
    return MeasureFacts(**(base | kw))  # type: ignore[arg-type]


def window(**kw: object) -> Window:
    base: dict[str, object] = {"id": 7, "measure_id": 1, "clause": "", "starts_on": D("2025-11-07"),
                               "ends_on": D("2026-11-10"), "suspension_id": 2, "suspension_reference": "No. 70"}
    return Window(**(base | kw))  # type: ignore[arg-type]


@pytest.mark.parametrize(("day", "expected"), [
    ("2025-10-08", S.NOT_YET_ISSUED), ("2025-10-09", S.ADOPTED), ("2025-11-07", S.SUSPENDED),
    ("2026-11-10", S.SUSPENDED), ("2026-11-11", S.IN_FORCE), ("2026-12-03", S.IN_FORCE)])
def test_a_suspension_window_suspends_then_the_measure_is_back_in_force(day: str, expected: DayStatus) -> None:
    assert status_on(facts(windows=(window(),)), D(day), TODAY) is expected


def test_since_until_and_the_record_that_caused_it() -> None:
    f = facts(windows=(window(),))
    during = clause_state(f, "", D("2026-01-01"), TODAY)
    assert (during.since, during.until, during.window_id) == (D("2025-11-07"), D("2026-11-10"), 7)
    assert during.cause == "suspended by No. 70 until 2026-11-10"
    after = clause_state(f, "", TODAY, TODAY)
    assert (after.status, after.since, after.until) == (S.IN_FORCE, D("2026-11-11"), None)
    assert "suspension by No. 70 ended on 2026-11-10" in after.cause


def test_history_derived_from_the_dates_never_today_s_status() -> None:
    draft = facts(status=MeasureStatus.PROPOSED, announced_on=D("2025-01-02"), consultation_ends_on=D("2025-02-01"),
                  effective_on=None)
    assert [status_on(draft, D(d), TODAY) for d in ("2025-01-01", "2025-01-15", "2025-03-01")] == [
        S.NOT_YET_ISSUED, S.CONSULTATION, S.PROPOSED]
    undated = facts(status=MeasureStatus.PROPOSED, announced_on=None, effective_on=None)
    assert status_on(undated, D("2025-03-01"), TODAY) is S.UNKNOWN  # neither dates nor history tell
    assert status_on(undated, TODAY, TODAY) is S.PROPOSED  # the recorded status holds from today
    repealed = facts(status=MeasureStatus.REPEALED, announced_on=D("2025-02-22"), effective_on=D("2025-02-22"),
                     removed_on=D("2025-10-16"))
    assert [status_on(repealed, D(d), TODAY) for d in ("2025-03-01", "2025-10-16")] == [S.IN_FORCE, S.REPEALED]
    no_effective = facts(announced_on=D("2025-01-15"), effective_on=None)  # recorded in force, no date
    assert status_on(no_effective, D("2025-06-01"), TODAY) is S.UNKNOWN


def test_an_explicit_history_wins_and_later_dates_extend_it() -> None:
    f = facts(history=(Step(D("2025-10-09"), S.ADOPTED, "status history"),))
    assert status_on(f, D("2025-11-01"), TODAY) is S.ADOPTED
    assert status_on(f, D("2025-11-08"), TODAY) is S.IN_FORCE  # the effective date comes after it
    legacy = facts(history=(Step(D("2024-12-03"), S.IN_FORCE, "h"), Step(D("2025-11-09"), S.SUSPENDED, "h")),
                   effective_on=D("2024-12-03"), announced_on=D("2024-12-03"))
    assert status_on(legacy, D("2026-01-01"), TODAY) is S.SUSPENDED


def test_clauses_with_their_own_dates_and_a_window_on_one_clause() -> None:
    no61 = facts(reference="No. 61", effective_on=D("2025-10-09"),
                 clauses=(Clause("I(3)", D("2025-10-09")), Clause("I(1)", D("2025-12-01")),
                          Clause("I(2)", D("2025-12-01"))), windows=(window(),))
    early = measure_state(no61, D("2025-10-20"), TODAY)
    assert [c.status for c in early.clauses] == [S.IN_FORCE, S.ADOPTED, S.ADOPTED]
    assert early.status is S.IN_FORCE and early.partial
    assert early.label == "in force (clause I(1) adopted; clause I(2) adopted)"
    assert {c.status for c in measure_state(no61, D("2026-12-01"), TODAY).clauses} == {S.IN_FORCE}
    no46 = facts(reference="No. 46", effective_on=D("2024-12-03"), announced_on=D("2024-12-03"),
                 clauses=(Clause("1"), Clause("2")),
                 windows=(window(clause="2", starts_on=D("2025-11-09"), ends_on=D("2026-11-27")),))
    mid = measure_state(no46, D("2026-01-01"), TODAY)
    assert [(c.clause, c.status) for c in mid.clauses] == [("1", S.IN_FORCE), ("2", S.SUSPENDED)]
    assert mid.of_clause("2").until == D("2026-11-27")  # type: ignore[union-attr]
    assert measure_state(no46, D("2026-11-28"), TODAY).status is S.IN_FORCE


def test_a_temporary_general_licence_expires() -> None:
    rule = facts(effective_on=D("2025-09-29"), announced_on=D("2025-09-29"),
                 clauses=(Clause("rule"), Clause("TGL", D("2025-09-29"), D("2025-11-28"))))
    state = measure_state(rule, D("2025-12-01"), TODAY)
    assert state.of_clause("tgl").status is S.EXPIRED  # type: ignore[union-attr]
    assert state.status is S.IN_FORCE


def test_extensions_move_the_end_and_a_lifting_ends_it_early() -> None:
    extended = window(changes=(WindowChange(ChangeKind.EXTENSION, D("2026-11-01"), D("2027-11-10")),))
    assert status_on(facts(windows=(extended,)), TODAY, TODAY) is S.SUSPENDED
    lifted = window(changes=(WindowChange(ChangeKind.LIFTING, D("2026-03-01"), D("2026-02-28")),))
    f = facts(windows=(lifted,))
    assert [status_on(f, D(d), TODAY) for d in ("2026-02-28", "2026-03-01")] == [S.SUSPENDED, S.IN_FORCE]
    open_ended = window(changes=(WindowChange(ChangeKind.EXTENSION, D("2026-11-01"), None),))
    assert open_ended.end is None and status_on(facts(windows=(open_ended,)), D("2030-01-01"), TODAY) is S.SUSPENDED


@pytest.mark.parametrize(("new", "message"), [
    (window(ends_on=D("2025-11-01")), "ends (2025-11-01) before it starts (2025-11-07)"),
    (window(suspension_id=1), "cannot suspend itself"),
    (window(clause="9"), "no clause '9'"),
    (window(changes=(WindowChange(ChangeKind.EXTENSION, D("2025-11-01"), D("2027-01-01")),)),
     "dated before the window starts"),
    (window(changes=(WindowChange(ChangeKind.EXTENSION, D("2026-01-01"), D("2026-01-01")),)),
     "must move the end later"),
    (window(id=8, starts_on=D("2026-11-10"), ends_on=None), "overlaps the window 2025-11-07 to 2026-11-10 by No. 70"),
])
def test_bad_windows_are_refused_naming_the_record(new: Window, message: str) -> None:
    issues = window_issues(new, [window()], ["1", "2"])
    assert issues and any(message in i.message for i in issues), issues


def test_windows_on_different_clauses_do_not_overlap() -> None:
    a, b = window(clause="1"), window(id=8, clause="2")
    assert window_issues(b, [a], ["1", "2"]) == []
    assert window_issues(window(id=9, clause=""), [a], ["1", "2"])  # the whole measure covers clause 1


def test_events_and_the_confirmation_of_a_lapsed_suspension() -> None:
    f = facts(key="no. 58", consultation_ends_on=None,
              windows=(window(key="no. 70\x1fno. 58\x1f"),), clauses=(Clause("a", D("2025-12-01")),))
    found = measure_events(f, TODAY)
    kinds = [e.kind for e in sorted(found, key=lambda e: e.sort_key)]
    assert kinds == [EventKind.SUSPENSION_STARTS, EventKind.EFFECTIVE, EventKind.CLAUSE_EFFECTIVE,
                     EventKind.SUSPENSION_ENDS, EventKind.CONFIRM]
    confirm = next(e for e in found if e.kind is EventKind.CONFIRM)
    assert confirm.open and confirm.on == D("2026-11-11")
    assert confirm.title == "Suspension of No. 58 ended on 2026-11-10: confirm it was not extended"
    assert confirm.uid == confirm_uid(f.windows[0], D("2026-11-10"))
    again = measure_events(f, TODAY, {confirm.uid: "anna, 2026-12-03"})
    done = next(e for e in again if e.kind is EventKind.CONFIRM)
    assert not done.open and "confirmed not extended (anna, 2026-12-03)" in done.title
    assert [e.uid for e in found] == [e.uid for e in measure_events(facts(id=99, key="no. 58", windows=(
        window(id=55, key="no. 70\x1fno. 58\x1f"),), clauses=(Clause("a", D("2025-12-01")),)), TODAY)]
    assert not any(e.kind is EventKind.CONFIRM for e in measure_events(f, D("2026-11-10")))  # not ended yet
