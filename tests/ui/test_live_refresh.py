"""Views follow the register when another process changes it; own changes refresh once."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any

from desktop_app.domain.entity import Entity
from desktop_app.services.changes import watch_register
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.measures import get_measure, list_measures, update_measure
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.undo import SaveRecordCommand
from tests.ui.conftest import Dialogs
from tests.ui.test_tables import shown


def _colleague(url: str, measure_id: int, title: str) -> None:
    """Another process (a colleague's window, the command line) retitles a measure."""
    script = textwrap.dedent(f"""
        from desktop_app.services.context import open_register
        from desktop_app.services.records.measures import get_measure, update_measure
        ctx = open_register({url!r}, actor="colleague")
        m = get_measure(ctx, {measure_id})
        update_measure(ctx, m.id, m.to_update() | {{"title": {title!r}}})
    """)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)


def test_a_change_by_another_process_reaches_the_open_view(qtbot: Any, window: MainWindow,
                                                           demo_url: str) -> None:
    window.show_view("measures")
    first = list_measures(window.ctx)[0]
    assert "Changed by a colleague <b>&" not in shown(window.measures, "title")
    _colleague(demo_url, first.id, "Changed by a colleague <b>&")
    qtbot.waitUntil(lambda: "Changed by a colleague <b>&" in shown(window.measures, "title"), timeout=20_000)
    assert window.live.refreshes == 1


def test_the_windows_own_change_is_not_refreshed_twice(qtbot: Any, window: MainWindow) -> None:
    window.show_view("measures")
    record = list_measures(window.ctx)[0]
    mine = update_measure(window.ctx, record.id, record.to_update() | {"title": "Mine"})
    window.undo_stack.push(SaveRecordCommand(window, Entity.MEASURE, record, mine))
    window.records_changed.emit(Entity.MEASURE)  # what a form's save does
    window.live.poll()
    assert window.live.refreshes == 0
    assert "Mine" in shown(window.measures, "title")


def test_a_refused_undo_shows_the_current_values(qtbot: Any, window: MainWindow, demo_url: str,
                                                 dialogs: Dialogs) -> None:
    window.show_view("measures")
    record = list_measures(window.ctx)[0]
    mine = update_measure(window.ctx, record.id, record.to_update() | {"title": "Mine"})
    window.undo_stack.push(SaveRecordCommand(window, Entity.MEASURE, record, mine))
    window.records_changed.emit(Entity.MEASURE)
    window.live.timer.stop()  # the colleague's change is seen only through the refused undo
    _colleague(demo_url, record.id, "Theirs")
    reloaded: list[str] = []
    window.records_changed.connect(reloaded.append)
    window.undo_stack.undo()
    assert reloaded == [Entity.MEASURE]  # the views re-read the record the undo left alone
    assert dialogs.errors and "changed since" in str(dialogs.errors[0][1])
    assert get_measure(window.ctx, record.id).title == "Theirs"
    assert "Theirs" in shown(window.measures, "title") and "Mine" not in shown(window.measures, "title")


def test_loading_the_demo_fills_the_exposures_badge(qtbot: Any, ctx: ServiceContext, dialogs: Dialogs) -> None:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert not win.status.unassessed
    win.actions.load_demo()
    assert win.status.unassessed and win.status.unassessed > 0
    assert win.nav.item(list(win.VIEW_TITLES).index("exposures")).text() == f"Exposures ({win.status.unassessed})"


def test_the_watch_sees_commits_of_other_connections(demo_url: str, demo_ctx: ServiceContext) -> None:
    watch = watch_register(demo_ctx)
    assert not watch.changed()
    _colleague(demo_url, list_measures(demo_ctx)[0].id, "Elsewhere")
    assert watch.changed() and not watch.changed()
    watch.close()
