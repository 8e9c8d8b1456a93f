"""Undoing an assessment's later audit entries: fields go back to their "before", newest first."""

from __future__ import annotations

from datetime import date, datetime

from desktop_app.domain.risk import RiskMatrix
from desktop_app.domain.timeline.assessment_past import Change, matrix_before, rederive, undo_changes

NOW = {"id": 7, "residual_likelihood": 4, "residual_impact": 3, "residual_level": "high", "owner": "Carol",
       "next_review_on": date(2027, 1, 15), "archived_at": datetime(2026, 12, 3, 9), "version": 4,
       "status": "closed"}


def test_entries_are_undone_newest_first_back_to_the_first_recorded_values() -> None:
    later = [  # newest first, as the audit trail is read
        Change(7, "archive", {"archived_at": [None, "2026-12-03T09:00:00+00:00"]}),
        Change(7, "update", {"owner": ["Bob", "Carol"], "status": ["draft", "closed"]}),
        Change(7, "update", {"owner": [None, "Bob"], "residual_likelihood": [3, 4],
                             "residual_level": ["medium", "high"], "next_review_on": ["2027-03-01", "2027-01-15"]}),
        Change(7, "create", {"owner": [None, None], "residual_likelihood": [None, 3]}),
    ]
    past = undo_changes({7: NOW, 8: NOW | {"id": 8}}, later)
    assert list(past) == [7]  # an assessment without later entries is read live
    assert past[7] == NOW | {"residual_likelihood": 3, "residual_level": "medium", "owner": "", "status": "draft",
                             "next_review_on": date(2027, 3, 1), "archived_at": None, "version": 1}
    assert NOW["owner"] == "Carol"  # the live row is not touched


def test_only_the_newer_entries_are_undone() -> None:
    later = [Change(7, "update", {"owner": ["Bob", "Carol"], "unknown_field": [1, 2], "rationale": "not a pair"})]
    assert undo_changes({7: NOW}, later)[7] == NOW | {"owner": "Bob", "version": 3}


def _matrix(cell: str) -> RiskMatrix:
    levels = [{"key": k, "label": k.title(), "colour": "#000000", "rank": r, "review_days": 30}
              for r, k in enumerate(("low", "medium", "high"), start=1)]
    grid = [["low"] * 5 for _ in range(5)]
    grid[3][2] = cell
    return RiskMatrix.from_json({"levels": levels, "grid": grid})


def test_the_matrix_of_the_day_re_derives_levels_ranks_and_score() -> None:
    now, then = _matrix("high"), _matrix("medium")
    day = matrix_before(now.to_json(), [{"grid": [then.to_json()["grid"], now.to_json()["grid"]]}])
    assert day.level_for(4, 3).key == "medium"
    row = {"inherent_likelihood": 1, "inherent_impact": 1, "inherent_level": "low", "residual_likelihood": 4,
           "residual_impact": 3, "residual_level": "high"}
    assert rederive(dict(row), day, relevel=True) == row | {
        "residual_level": "medium", "residual_rank": 2, "inherent_rank": 1, "residual_score": 12}
    assert rederive(dict(row), day, relevel=False)["residual_rank"] == 3  # kept "high": its rank
