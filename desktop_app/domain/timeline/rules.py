"""The rules a suspension window and its extensions obey; each broken rule names the record."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.timeline.facts import ChangeKind, Window


def _span(w: Window) -> str:
    return f"{w.starts_on} to {w.end or 'open-ended'}"


def _name(w: Window) -> str:
    return f"the window {_span(w)}" + (f" by {w.suspension_reference}" if w.suspension_reference else "")


def window_issues(new: Window, others: Iterable[Window], clauses: Iterable[str]) -> list[Issue]:
    """Refuse a window ending before it starts, a suspension of itself, an unknown clause, an
    extension before the window starts or one that does not move the end, and overlaps with
    another window on the same clause (a whole-measure window overlaps every clause's)."""
    found: list[Issue] = []

    def err(field: str, message: str) -> None:
        found.append(Issue(field, Severity.ERROR, message))

    if new.suspension_id is not None and new.suspension_id == new.measure_id:
        err("suspension", "a measure cannot suspend itself")
    if new.ends_on is not None and new.ends_on < new.starts_on:
        err("ends_on", f"the window ends ({new.ends_on}) before it starts ({new.starts_on})")
    known = {c.casefold() for c in clauses}
    if new.clause and new.clause.casefold() not in known:
        err("clause", f"the measure has no clause {new.clause!r}" + (
            f"; its clauses are {', '.join(sorted(clauses))}" if known else "; it has no clauses"))
    end = new.ends_on
    for n, change in enumerate(sorted(new.changes, key=lambda c: c.decided_on)):
        where = f"changes.{n}"
        if change.decided_on < new.starts_on:
            err(where, f"the {change.kind.label} of {change.decided_on} is dated before the window "
                       f"starts ({new.starts_on})")
        if change.kind is ChangeKind.EXTENSION:
            if end is None or (change.ends_on is not None and change.ends_on <= end):
                err(where, f"the extension of {change.decided_on} must move the end later than "
                           f"{end or 'an open end'}")
        elif change.ends_on is None or change.ends_on < new.starts_on or (end is not None and change.ends_on > end):
            err(where, f"the lifting of {change.decided_on} must end the window between its start "
                       f"({new.starts_on}) and its end ({end or 'open-ended'})")
        end = change.ends_on
    if found:
        return found
    for other in others:
        if other.id == new.id or other.measure_id != new.measure_id:
            continue
        same = not new.clause or not other.clause or new.clause.casefold() == other.clause.casefold()
        if same and _overlap(new, other):
            where = f"clause {new.clause or other.clause}" if (new.clause or other.clause) else "the measure"
            err("starts_on", f"{_name(new)} overlaps {_name(other)} on {where}")
    return found


def _overlap(a: Window, b: Window) -> bool:
    a_end, b_end = a.end, b.end
    return (a_end is None or b.starts_on <= a_end) and (b_end is None or a.starts_on <= b_end)
