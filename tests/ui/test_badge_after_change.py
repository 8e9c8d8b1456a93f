"""After a change the Exposures badge is counted on the reader; a hidden Exposures view waits until shown."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.entity import Entity
from desktop_app.services.screening import exposures as screening
from desktop_app.ui import window_status


def test_a_change_counts_the_badge_and_leaves_the_hidden_view_stale(window: Any, monkeypatch: Any) -> None:
    window.show_view("exposures")
    window.show_view("assessments")
    screened: list[object] = []
    monkeypatch.setattr(window.exposures, "refresh", lambda: screened.append(None))
    counted: list[int] = []
    real = window_status.WindowStatus.exposures_counted
    monkeypatch.setattr(window.status, "exposures_counted", lambda n: (counted.append(n), real(window.status, n)))
    window.records_changed.emit(Entity.ASSESSMENT)  # what a saved assessment form sends
    assert screened == []  # not re-screened while nobody looks at it
    assert counted == [screening.count_unassessed(window.ctx)]
    assert "exposures" in window._views.stale  # a test may look inside
    window.show_view("exposures")
    assert screened == [None]  # shown: it screens itself then


def test_counts_asked_for_while_one_runs_are_coalesced(window: Any, monkeypatch: Any) -> None:
    status = window.status
    runs: list[object] = []

    def later(owner: Any, fn: Any, on_done: Any, on_error: Any = None, **_options: Any) -> None:
        runs.append(on_done)  # held, as a reader busy with a long screening would

    monkeypatch.setattr(window_status.workers, "run_background", later)
    status._counting = status._count_again = False
    status.count_exposures()
    status.count_exposures()
    status.count_exposures()
    assert len(runs) == 1  # the second and third wait for the first
    runs[0](7)
    assert len(runs) == 2 and status.unassessed == 7  # one more count for both
    runs[1](6)
    assert len(runs) == 2 and status.unassessed == 6 and not status._counting
