"""Assessments as they stood at the end of a past day, undone from the audit trail's later changes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop_app.domain.risk import RiskMatrix

CREATE = "create"
SAVES = frozenset({"update", "archive", "restore"})  # the actions that write the row again
# Columns an assessment's audit entries carry as [before, after] (services/records/assessments.py),
# by how their JSON value is read back. Ranks and the score are derived from these, as on a save.
_INTS = ("measure_id", "venture_id", "inherent_likelihood", "inherent_impact", "residual_likelihood",
         "residual_impact")
_TEXTS = ("channels", "inherent_level", "residual_level", "treatment", "rationale", "owner", "assessor",
          "status", "clause")
_DATES = ("assessed_on", "next_review_on")
_MOMENTS = ("archived_at",)
TRACKED = frozenset((*_INTS, *_TEXTS, *_DATES, *_MOMENTS))


@dataclass(frozen=True)
class Change:
    """One audit entry of an assessment: its action and `{field: [before, after]}`."""

    assessment_id: int
    action: str
    changes: Mapping[str, Any]


def _value(name: str, raw: Any) -> Any:
    """A JSON value of the audit trail as the column holds it (None and "" are both "nothing")."""
    if name in _TEXTS:
        return "" if raw is None else str(raw)
    if raw is None or raw == "":
        return None
    if name in _INTS:
        return int(raw)
    if name in _DATES:
        return date.fromisoformat(str(raw)[:10])
    return datetime.fromisoformat(str(raw))


def undo_changes(current: Mapping[int, Mapping[str, Any]], later: Iterable[Change]) -> dict[int, dict[str, Any]]:
    """Each assessment of `current` (its row now) as it stood before the `later` entries, which
    come newest first: every field goes back to its recorded "before". Undoing a creation leaves
    the values first recorded: whether the assessment existed on a day is its assessment date's
    to say (one recorded later, e.g. imported or back-dated, counts from that date), as elsewhere
    in the as-of layer. Only assessments with later entries are returned."""
    past: dict[int, dict[str, Any]] = {}
    for entry in later:
        aid = entry.assessment_id
        if aid not in current:
            continue  # no row to undo from (never expected: deletes are soft)
        row = past.setdefault(aid, dict(current[aid]))
        if entry.action == CREATE:
            continue
        if entry.action in SAVES:
            # Each later save bumped the row's version: the day's version, so a workbook of that
            # day imported back is seen as older than the register, never as current.
            row["version"] = max(1, int(row.get("version") or 1) - 1)
        for name, pair in entry.changes.items():
            if name in TRACKED and isinstance(pair, list) and len(pair) == 2:
                row[name] = _value(name, pair[0])
    return past


def matrix_before(current: Mapping[str, Any], later: Iterable[Mapping[str, Any]]) -> RiskMatrix:
    """The risk matrix before the `later` configuration entries (newest first) were made."""
    data = dict(current)
    for changes in later:
        for name in ("levels", "grid"):
            pair = changes.get(name)
            if isinstance(pair, list) and len(pair) == 2 and pair[0] is not None:
                data[name] = pair[0]
    return RiskMatrix.from_json(data)


def rederive(row: dict[str, Any], matrix: RiskMatrix, *, relevel: bool) -> dict[str, Any]:
    """Ranks and score from the row's levels, as a save derives them; `relevel` also takes the
    levels from the matrix (one that changed since, so the stored keys are not that day's)."""
    for kind in ("inherent", "residual"):
        likelihood, impact = row[f"{kind}_likelihood"], row[f"{kind}_impact"]
        if relevel:
            row[f"{kind}_level"] = matrix.level_for(likelihood, impact).key
        level = row[f"{kind}_level"]
        row[f"{kind}_rank"] = matrix.level(level).rank if any(lv.key == level for lv in matrix.levels) else 0
    row["residual_score"] = row["residual_likelihood"] * row["residual_impact"]
    return row
