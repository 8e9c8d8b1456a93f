"""What changed since a date, read from the audit trail: new measures and ventures, status changes
and risk movements with their before and after, for the briefing's words and key messages."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlmodel import Session, col, select

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction, MeasureStatus
from desktop_app.domain.models import Assessment, AuditEntry, JointVenture, Measure
from desktop_app.domain.risk import RiskMatrix
from desktop_app.persistence.queries import chunks
from desktop_app.reports import document as d
from desktop_app.system.report_language import DEFAULT, N_, _, current, day
from desktop_app.system.report_language import label as level

_READ = (Entity.MEASURE.value, Entity.VENTURE.value, Entity.ASSESSMENT.value, Entity.SUSPENSION_WINDOW.value)


@dataclass(frozen=True, slots=True)
class RiskMove:
    """The residual level of one assessment on `since` (None: it did not exist) and now."""

    measure: str
    venture: str
    before: str | None  # level label
    after: str
    up: bool


@dataclass(frozen=True, slots=True)
class VentureMove:
    venture_id: int
    venture: str
    before: str | None  # worst residual level label on `since` (None: no assessment then)
    after: str | None
    up: bool


@dataclass
class Movements:
    """Changes from `since` through the as-of date, grouped the way a board reads them."""

    since: date
    new_measures: dict[int, str] = field(default_factory=dict)  # id -> reference
    status_changes: list[str] = field(default_factory=list)
    risk_moves: list[RiskMove] = field(default_factory=list)
    venture_moves: list[VentureMove] = field(default_factory=list)
    new_ventures: list[str] = field(default_factory=list)
    entries: int = 0
    # Net change of each heat-map cell since `since` ((likelihood, impact) -> now minus then), for
    # the residual and the inherent map, over the live assessments created or rescored since.
    residual_shift: dict[tuple[int, int], int] = field(default_factory=dict)
    inherent_shift: dict[tuple[int, int], int] = field(default_factory=dict)


def _status_label(value: Any) -> str:
    try:
        return level(MeasureStatus(value).label)
    except ValueError:
        return str(value)


def _window(start: date, end: date) -> list[Any]:
    low = datetime.combine(start, time.min, UTC).isoformat(timespec="microseconds")
    high = datetime.combine(end + timedelta(days=1), time.min, UTC).isoformat(timespec="microseconds")
    return [col(AuditEntry.at) >= low, col(AuditEntry.at) < high]


def movements(s: Session, since: date, as_of: date, matrix: RiskMatrix,
              venture_ids: Collection[int] | None = None) -> Movements:
    """Walk the audit entries of measures, ventures, assessments and suspensions from `since`
    through `as_of` once, oldest first, keeping each assessment's first "before" residual level."""
    out = Movements(since)
    first_before: dict[int, str | None] = {}  # assessment id -> residual level key on `since`
    first_scores: dict[int, dict[str, int] | None] = {}  # assessment id -> scores on `since` (None: new)
    query = (select(AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.entity_label,
                    AuditEntry.changes).where(col(AuditEntry.entity).in_(_READ), *_window(since, as_of))
             .order_by(col(AuditEntry.id)))
    for action, entity, eid, label, raw in s.exec(query):
        out.entries += 1
        try:
            changes = json.loads(raw) if action in (AuditAction.CREATE.value, AuditAction.UPDATE.value) else {}
        except ValueError:
            changes = {}
        if not isinstance(changes, dict):
            changes = {}
        if entity == Entity.MEASURE.value and action == AuditAction.CREATE.value and eid is not None:
            out.new_measures[eid] = label
        elif entity == Entity.MEASURE.value and "status" in changes and action == AuditAction.UPDATE.value:
            before, after = ([*list(changes["status"]), None, None])[:2]
            out.status_changes.append(_("Status of {measure} changed from {before} to {after}", measure=label,
                                        before=_status_label(before), after=_status_label(after)))
        elif entity == Entity.SUSPENSION_WINDOW.value and action == AuditAction.CREATE.value:
            named = _window_named(s, changes, label)
            out.status_changes.append(_("Suspension recorded: {suspension}", suspension=named))
        elif entity == Entity.VENTURE.value and action == AuditAction.CREATE.value:
            if venture_ids is None or eid in venture_ids:
                out.new_ventures.append(label)
        elif entity == Entity.ASSESSMENT.value and eid is not None:
            _first_scores(first_scores, eid, action, changes)
            if eid in first_before:
                continue
            if action == AuditAction.CREATE.value:
                first_before[eid] = None
            elif "residual_level" in changes:
                first_before[eid] = ([*list(changes["residual_level"]), None])[0]
    _risk_moves(s, out, first_before, matrix, venture_ids)
    _cell_shifts(s, out, first_scores, venture_ids)
    if out.new_ventures:  # a venture added and archived since is no news for the board
        live = {n for batch in chunks(out.new_ventures, 900) for n in s.exec(select(JointVenture.name).where(
            col(JointVenture.archived_at).is_(None), col(JointVenture.name).in_(batch)))}
        out.new_ventures = [n for n in out.new_ventures if n in live]
    return out


_SCORES = ("residual_likelihood", "residual_impact", "inherent_likelihood", "inherent_impact")


def _first_scores(first: dict[int, dict[str, int] | None], eid: int, action: str, changes: dict) -> None:
    """Keep each score's value on `since`: the "before" of its first change in the window."""
    if action == AuditAction.CREATE.value:
        first.setdefault(eid, None)
        return
    kept = first.setdefault(eid, {})
    if kept is None:
        return
    for name in _SCORES:
        pair = changes.get(name)
        if name not in kept and isinstance(pair, list) and pair and isinstance(pair[0], int):
            kept[name] = pair[0]


def _cell_shifts(s: Session, out: Movements, first: dict[int, dict[str, int] | None],
                 venture_ids: Collection[int] | None) -> None:
    """Per heat-map cell, the assessments that entered it since minus those that left it."""
    residual: dict[tuple[int, int], int] = {}
    inherent: dict[tuple[int, int], int] = {}
    touched = [aid for aid, kept in first.items() if kept is None or kept]
    for batch in chunks(sorted(touched), 900):
        for aid, vid, rl, ri, il, ii in s.exec(
                select(Assessment.id, Assessment.venture_id, Assessment.residual_likelihood,
                       Assessment.residual_impact, Assessment.inherent_likelihood, Assessment.inherent_impact)
                .join(Measure, col(Measure.id) == Assessment.measure_id)
                .join(JointVenture, col(JointVenture.id) == Assessment.venture_id)
                .where(col(Assessment.id).in_(batch), col(Assessment.archived_at).is_(None),
                       col(JointVenture.archived_at).is_(None), col(Measure.archived_at).is_(None))):
            if venture_ids is not None and vid not in venture_ids:
                continue
            kept = first[aid]
            for shift, now, names in ((residual, (rl, ri), _SCORES[:2]), (inherent, (il, ii), _SCORES[2:])):
                then = None if kept is None else (kept.get(names[0], now[0]), kept.get(names[1], now[1]))
                if then != now:
                    shift[now] = shift.get(now, 0) + 1
                    if then is not None:
                        shift[then] = shift.get(then, 0) - 1
    out.residual_shift = {cell: n for cell, n in residual.items() if n}
    out.inherent_shift = {cell: n for cell, n in inherent.items() if n}


def _risk_moves(s: Session, out: Movements, first_before: dict[int, str | None], matrix: RiskMatrix,
                venture_ids: Collection[int] | None) -> None:
    levels = {lv.key: lv for lv in matrix.levels}

    def rank(key: str | None) -> int:
        return levels[key].rank if key in levels else -1

    def name(key: str | None) -> str | None:
        return levels[key].label if key in levels else key

    touched: dict[int, set[int]] = {}
    for batch in chunks(sorted(first_before), 900):
        rows = s.exec(select(Assessment.id, Assessment.venture_id, Assessment.residual_level, Measure.reference,
                             JointVenture.name)
                      .join(Measure, col(Measure.id) == Assessment.measure_id)
                      .join(JointVenture, col(JointVenture.id) == Assessment.venture_id)
                      .where(col(Assessment.id).in_(batch), col(Assessment.archived_at).is_(None),
                             col(JointVenture.archived_at).is_(None), col(Measure.archived_at).is_(None)))
        for aid, vid, now, ref, venture in rows:
            if venture_ids is not None and vid not in venture_ids:
                continue
            touched.setdefault(vid, set()).add(aid)
            before = first_before[aid]
            if before != now:
                out.risk_moves.append(RiskMove(ref, venture, name(before), name(now) or now, rank(now) > rank(before)))
    for batch in chunks(sorted(touched), 900):
        worst: dict[int, tuple[int, int]] = {}
        names: dict[int, str] = {}
        for aid, vid, now, venture in s.exec(
                select(Assessment.id, Assessment.venture_id, Assessment.residual_level, JointVenture.name)
                .join(JointVenture, col(JointVenture.id) == Assessment.venture_id)
                .where(col(Assessment.venture_id).in_(batch), col(Assessment.archived_at).is_(None))):
            names[vid] = venture
            before = first_before[aid] if aid in touched[vid] else now
            b, a = worst.get(vid, (-1, -1))
            worst[vid] = (max(b, rank(before)), max(a, rank(now)))
        by_rank = {lv.rank: lv.label for lv in matrix.levels}
        for vid, (b, a) in worst.items():
            if a != b:
                out.venture_moves.append(VentureMove(vid, names[vid], by_rank.get(b), by_rank.get(a), a > b))
    out.risk_moves.sort(key=lambda m: (not m.up, m.venture.casefold(), m.measure.casefold()))
    out.venture_moves.sort(key=lambda m: (not m.up, m.venture.casefold()))


def change_groups(moves: Movements, limit: int) -> tuple[d.ChangeGroup, ...]:
    """The movements as the board reads them: four groups of sentences, at most `limit` lines each."""
    facts = [{"measure": m.measure, "venture": m.venture, "before": level(m.before or ""), "after": level(m.after)}
             for m in moves.risk_moves]
    risk = [_("Residual risk of {measure} at {venture} was assessed as {after}", **f) if m.before is None
            else _("Residual risk of {measure} at {venture} rose from {before} to {after}", **f) if m.up
            else _("Residual risk of {measure} at {venture} fell from {before} to {after}", **f)
            for m, f in zip(moves.risk_moves, facts, strict=True)]
    groups = ((_("New measures"), [_("{record} added to the register", record=ref)
                                   for ref in moves.new_measures.values()]),
              (_("Status changes"), moves.status_changes),
              (_("Risk movements"), risk),
              (_("New joint ventures"), [_("{record} added to the register", record=name)
                                         for name in moves.new_ventures]))
    return tuple(d.ChangeGroup(title, len(lines), tuple(lines[:limit])) for title, lines in groups)


# A suspension window named from its audit entry's facts (the stored label is English).
_WINDOW_NAMES = {
    (False, False): N_("{measure} suspended from {start}"),
    (False, True): N_("{measure} suspended by {by} from {start}"),
    (True, False): N_("{measure} clause {clause} suspended from {start}"),
    (True, True): N_("{measure} clause {clause} suspended by {by} from {start}"),
}


def _window_named(s: Session, changes: dict[str, Any], label: str) -> str:
    """The window as the audit named it (`windows.window_label`): that label in English, the same
    sentence in the report language from the facts its creation recorded otherwise (the label
    alone if they are missing, e.g. a register from before they were recorded)."""
    if current() == DEFAULT:
        return label
    made = {k: v[1] for k, v in changes.items() if isinstance(v, list) and len(v) == 2}
    target = s.get(Measure, made.get("measure_id") or 0)
    by = s.get(Measure, made.get("suspension_id") or 0)
    try:
        start = date.fromisoformat(str(made.get("starts_on")))
    except ValueError:
        return label
    if target is None:
        return label
    clause = str(made.get("clause") or "")
    return _(_WINDOW_NAMES[(bool(clause), by is not None)], measure=target.reference, clause=clause,
             by=by.reference if by is not None else "", start=day(start))
