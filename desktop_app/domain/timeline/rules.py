"""The rules a suspension window and its extensions obey; each broken rule names the record."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.timeline.facts import ChangeKind, Window
from desktop_app.system.message_language import msg


def _name(w: Window) -> str:
    """The window as a noun phrase of the overlap message: its span and the suspending instrument."""
    end = w.end or msg("open-ended")
    if w.suspension_reference:
        return msg("the window {start} to {end} by {by}", start=w.starts_on, end=end, by=w.suspension_reference)
    return msg("the window {start} to {end}", start=w.starts_on, end=end)


def window_issues(new: Window, others: Iterable[Window], clauses: Iterable[str]) -> list[Issue]:
    """Refuse a window ending before it starts, a suspension of itself, an unknown clause, an
    extension before the window starts or one that does not move the end, and overlaps with
    another window on the same clause (a whole-measure window overlaps every clause's)."""
    found: list[Issue] = []

    def err(field: str, message: str) -> None:
        found.append(Issue(field, Severity.ERROR, message))

    if new.suspension_id is not None and new.suspension_id == new.measure_id:
        err("suspension", msg("a measure cannot suspend itself"))
    if new.ends_on is not None and new.ends_on < new.starts_on:
        err("ends_on", msg("the window ends ({end}) before it starts ({start})", end=new.ends_on, start=new.starts_on))
    known = {c.casefold() for c in clauses}
    if new.clause and new.clause.casefold() not in known:
        err("clause", msg("the measure has no clause {clause!r}; its clauses are {clauses}", clause=new.clause,
                          clauses=", ".join(sorted(clauses))) if known
            else msg("the measure has no clause {clause!r}; it has no clauses", clause=new.clause))
    end = new.ends_on
    for n, change in enumerate(sorted(new.changes, key=lambda c: c.decided_on)):
        where = f"changes.{n}"
        if change.decided_on < new.starts_on:
            err(where, msg("the extension of {day} is dated before the window starts ({start})", day=change.decided_on,
                           start=new.starts_on) if change.kind is ChangeKind.EXTENSION
                else msg("the lifting of {day} is dated before the window starts ({start})", day=change.decided_on,
                         start=new.starts_on))
        if change.kind is ChangeKind.EXTENSION:
            if end is None or (change.ends_on is not None and change.ends_on <= end):
                err(where, msg("the extension of {day} must move the end later than {end}", day=change.decided_on,
                               end=end) if end is not None
                    else msg("the extension of {day} must move the end later than an open end", day=change.decided_on))
        elif change.ends_on is None or change.ends_on < new.starts_on or (end is not None and change.ends_on > end):
            err(where, msg("the lifting of {day} must end the window between its start ({start}) and its end ({end})",
                           day=change.decided_on, start=new.starts_on, end=end or msg("open-ended")))
        end = change.ends_on
    if found:
        return found
    for other in others:
        if other.id == new.id or other.measure_id != new.measure_id:
            continue
        same = not new.clause or not other.clause or new.clause.casefold() == other.clause.casefold()
        if same and _overlap(new, other):
            label = new.clause or other.clause
            if label:
                err("starts_on", msg("{window} overlaps {other} on clause {clause}", window=_name(new),
                                     other=_name(other), clause=label))
            else:
                err("starts_on", msg("{window} overlaps {other} on the measure", window=_name(new), other=_name(other)))
    return found


def _overlap(a: Window, b: Window) -> bool:
    a_end, b_end = a.end, b.end
    return (a_end is None or b.starts_on <= a_end) and (b_end is None or a.starts_on <= b_end)
