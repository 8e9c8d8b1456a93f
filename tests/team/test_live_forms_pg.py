"""Team mode: an open record form hears a colleague's save through LISTEN/NOTIFY and follows it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.records.measures import create_measure, get_measure, update_measure
from desktop_app.ui.forms import open_form
from tests.conftest import FIXED_NOW, measure_data
from tests.ui.conftest import Dialogs, _synchronous, dialogs  # noqa: F401 - fixtures used by name


@pytest.fixture
def pg_window(qtbot: Any, pg_ctx: ServiceContext, dialogs: Dialogs) -> Iterator[Any]:  # noqa: F811
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(pg_ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.live.stop()


def test_a_form_follows_a_colleague_on_the_shared_register(qtbot: Any, pg_window: Any, pg_db: str) -> None:
    record = create_measure(pg_window.ctx, measure_data(reference="Shared"))
    clean = open_form(pg_window, Entity.MEASURE, record.id)
    colleague = open_register(pg_db, actor="colleague")
    colleague.now = lambda: FIXED_NOW
    try:
        current = get_measure(colleague, record.id)
        update_measure(colleague, record.id, current.to_update() | {"title": "Their title"})
        qtbot.waitUntil(lambda: clean.title.text() == "Their title", timeout=20_000)
        clean.title.setText("My title")  # now edited: the next change is offered, not loaded
        current = get_measure(colleague, record.id)
        update_measure(colleague, record.id, current.to_update() | {"title": "Their second title"})
        qtbot.waitUntil(clean.live.banner.isVisible, timeout=20_000)
        assert clean.title.text() == "My title" and "colleague" in clean.live.banner.text.text()
    finally:
        colleague.db.dispose()
