"""Team mode in the window: the integrity check runs against the shared register, restore says it
is for register files, and a table exports as CSV with its filters."""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.browse import BrowseQuery
from desktop_app.services.records.measures import create_measure
from desktop_app.ui import window_tools
from tests.conftest import measure_data
from tests.ui.conftest import Dialogs, _synchronous, dialogs  # noqa: F401 - fixtures used by name


@pytest.fixture
def pg_window(qtbot: Any, pg_ctx: ServiceContext, dialogs: Dialogs) -> Any:  # noqa: F811
    from desktop_app.ui.main_window import MainWindow

    for ref in ("PG one", "PG two", "Other"):
        create_measure(pg_ctx, measure_data(reference=ref))
    win = MainWindow(pg_ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.live.stop()


def test_check_and_restore_on_a_shared_register(pg_window: Any, dialogs: Dialogs) -> None:  # noqa: F811
    pg_window.tools.check.trigger()
    dialog = pg_window.tools.check_dialog
    assert dialog.heading.text() == "No problems found.", dialog.result.toPlainText()
    assert not dialog.restore_button.isEnabled()
    dialog.close()
    pg_window.tools.update_enabled()
    assert not pg_window.tools.restore_backup.isEnabled()
    pg_window.tools.restore_from_backup()
    assert "pg_dump" in dialogs.boxes[-1]


def test_export_view_from_a_shared_register(pg_window: Any, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    pg_window.show_view("measures")
    pg_window.measures.model.set_query(BrowseQuery(search="PG", sort="reference", descending=True))
    target = tmp_path / "pg.csv"
    monkeypatch.setattr(window_tools, "ask_csv_path", lambda *a: str(target))
    pg_window.tools.export_view.trigger()
    with target.open(encoding="utf-8-sig", newline="") as fh:
        assert [r[0] for r in list(csv.reader(fh))[1:]] == ["PG two", "PG one"]
    assert pg_window.current_entity() is Entity.MEASURE
