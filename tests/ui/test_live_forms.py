"""An open record form follows a change made underneath it by a colleague (another connection)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication

from desktop_app.domain.entity import Entity
from desktop_app.domain.fields import RecordMeta
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.records.measures import get_measure, list_measures, update_measure
from desktop_app.services.records.registry import SERVICES
from desktop_app.ui import workers
from desktop_app.ui.forms import RecordForm, open_form
from desktop_app.ui.main_window import MainWindow

WAIT = 20_000  # the window polls once a second; a loaded machine may take longer


@pytest.fixture
def colleague(demo_url: str) -> Iterator[ServiceContext]:
    """A second register context on the same file: a colleague's window or the command line."""
    ctx = open_register(demo_url, actor="colleague")
    yield ctx
    ctx.db.dispose()


def _retitle(ctx: ServiceContext, record_id: int, title: str) -> RecordMeta:
    current = get_measure(ctx, record_id)
    return update_measure(ctx, record_id, current.to_update() | {"title": title})


def _form(qtbot: Any, window: MainWindow) -> RecordForm:
    record = list_measures(window.ctx)[0]
    form = open_form(window, Entity.MEASURE, record.id)
    assert form is not None and form.live is not None
    qtbot.waitExposed(form)
    return form


def test_a_clean_form_shows_the_colleagues_values(qtbot: Any, window: MainWindow, colleague: ServiceContext,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    owners: list[object] = []
    background = workers.run_background

    def spy(owner: Any, *args: Any, **kwargs: Any) -> None:
        owners.append(owner)
        background(owner, *args, **kwargs)  # keyword arguments too (`long=True`)

    monkeypatch.setattr(workers, "run_background", spy)
    form = _form(qtbot, window)
    theirs = _retitle(colleague, form.record.id, "Retitled by a colleague <b>&")
    qtbot.waitUntil(lambda: form.title.text() == "Retitled by a colleague <b>&", timeout=WAIT)
    assert form.live in owners  # re-read on the background reader, not the GUI thread
    assert form.version == theirs.version and not form.is_dirty()
    assert not form.live.banner.isVisible()
    form.notes.set_value("My note")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.conflict_dialog is None and not form.isVisible()  # saved over the new version
    saved = get_measure(window.ctx, theirs.id)
    assert saved.title == "Retitled by a colleague <b>&" and saved.notes == "My note"


def test_an_edited_form_keeps_the_typing_and_offers_reload_or_keep(qtbot: Any, window: MainWindow,
                                                                   colleague: ServiceContext) -> None:
    form = _form(qtbot, window)
    banner = form.live.banner
    above = form.tabs.mapTo(form, form.tabs.rect().topLeft())
    form.title.setText("My title")
    _retitle(colleague, form.record.id, "Their first title")
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)
    form.layout().activate()
    QApplication.processEvents()  # any relayout the banner asked for is done now
    assert form.title.text() == "My title"  # the typing is kept
    assert "colleague" in banner.text.text() and "while you were editing" in banner.text.text()
    assert form.tabs.mapTo(form, form.tabs.rect().topLeft()) == above  # the form did not jump
    assert banner.reload_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert banner.reload_button.text() == "&Reload theirs" and banner.keep_button.text() == "&Keep mine"

    banner.reload_button.click()
    assert form.title.text() == "Their first title" and not form.is_dirty()
    assert not banner.isVisible() and form.version == get_measure(window.ctx, form.record.id).version

    form.title.setText("My second title")
    _retitle(colleague, form.record.id, "Their second title")
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)
    banner.keep_button.click()
    assert not banner.isVisible() and form.title.text() == "My second title"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    dialog = form.conflict_dialog
    assert dialog is not None  # the per-field choice, as promised
    rows = {r[0]: r[1:] for r in dialog.model.rows}
    assert rows["Title"] == ("Their second title", "My second title")
    assert get_measure(window.ctx, form.record.id).title == "Their second title"


def test_a_record_archived_underneath_disables_save(qtbot: Any, window: MainWindow,
                                                    colleague: ServiceContext) -> None:
    form = _form(qtbot, window)
    form.title.setText("My title")
    assert form.save_button.isEnabled()
    SERVICES[Entity.MEASURE].archive(colleague, form.record.id)
    qtbot.waitUntil(lambda: not form.save_button.isEnabled(), timeout=WAIT)
    text = form.live.banner.text.text()
    assert "colleague archived this measure" in text and "restore it" in text
    assert not form.live.banner.reload_button.isVisible()
    assert form.title.text() == "My title"
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible() and get_measure(window.ctx, form.record.id).title != "My title"


def test_the_windows_own_save_is_no_change_underneath(qtbot: Any, window: MainWindow) -> None:
    form = _form(qtbot, window)
    said: list[str] = []
    form.live.banner.say = lambda text, _choices: said.append(text)  # type: ignore[method-assign]
    form.title.setText("Saved here")
    record_id = form.record.id
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    window.live.poll()
    assert not any(said) and not form.isVisible()
    assert get_measure(window.ctx, record_id).title == "Saved here"


def test_an_undo_in_the_window_reaches_an_open_form(qtbot: Any, window: MainWindow) -> None:
    first = _form(qtbot, window)
    record_id = first.record.id
    before = first.title.text()
    first.title.setText("Saved, then undone")
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    again = _form(qtbot, window)
    assert again.title.text() == "Saved, then undone"
    window.undo_stack.undo()
    assert again.title.text() == before and not again.live.banner.isVisible()
    assert get_measure(window.ctx, record_id).title == before


def test_a_record_deleted_underneath_says_so(qtbot: Any, window: MainWindow, demo_url: str) -> None:
    """A colleague restored an older copy of the register, where this measure does not exist."""
    import sqlite3

    from tests.conftest import measure_data

    record = SERVICES[Entity.MEASURE].create(window.ctx, measure_data(reference="Restored away"))
    form = open_form(window, Entity.MEASURE, record.id)
    assert form is not None and form.live is not None
    with sqlite3.connect(demo_url.removeprefix("sqlite:///")) as db:
        db.execute("DELETE FROM measure WHERE id = ?", (record.id,))
    qtbot.waitUntil(lambda: not form.save_button.isEnabled(), timeout=WAIT)
    assert "deleted from the register" in form.live.banner.text.text()


@pytest.mark.parametrize("entity, field", [(Entity.VENTURE, "name"), (Entity.ASSESSMENT, "owner")])
def test_every_record_form_follows_its_record(qtbot: Any, window: MainWindow, colleague: ServiceContext,
                                             entity: Entity, field: str) -> None:
    from desktop_app.services.records import assessments, ventures

    services = SERVICES[entity]
    record = (ventures.list_ventures if entity is Entity.VENTURE else assessments.list_assessments)(window.ctx)[0]
    form = open_form(window, entity, record.id)
    assert form is not None
    current = services.get(colleague, record.id)
    services.update(colleague, record.id, current.to_update() | {field: "Colleague <b>&"})
    qtbot.waitUntil(lambda: getattr(form, field).text() == "Colleague <b>&", timeout=WAIT)
    assert not form.is_dirty() and not form.live.banner.isVisible()


def test_the_re_read_runs_off_the_gui_thread(qtbot: Any, window: MainWindow, colleague: ServiceContext,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    form = _form(qtbot, window)
    monkeypatch.setattr(workers, "SYNCHRONOUS", False)  # the real reader thread, as in the app
    from desktop_app.services.records import audit_log

    threads: list[bool] = []
    page = audit_log.page

    def spy(*args: Any, **kwargs: Any) -> Any:  # the re-read asks who changed the record
        threads.append(QThread.currentThread() is QApplication.instance().thread())
        return page(*args, **kwargs)

    monkeypatch.setattr(audit_log, "page", spy)
    _retitle(colleague, form.record.id, "Read on the reader")
    qtbot.waitUntil(lambda: form.title.text() == "Read on the reader", timeout=WAIT)
    assert threads and not any(threads)  # never on the GUI thread
    done = form.live.checks
    form.live.check()
    form.live.check()  # a change while a read is under way: one more read, not two at once
    qtbot.waitUntil(lambda: form.live.checks == done + 2 and not form.live._busy, timeout=WAIT)
    assert form.title.text() == "Read on the reader" and not form.live.banner.isVisible()
