"""Edit > Screening synonyms and Edit > Risk matrix, driven as a user through the window's menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import audit_log, matrix, synonyms
from desktop_app.services.records.audit_log import AuditQuery
from desktop_app.ui.dialogs.matrix_dialog import MatrixDialog
from desktop_app.ui.dialogs.synonyms_dialog import SynonymsDialog
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import Dialogs


def _synonyms(window: MainWindow) -> SynonymsDialog:
    window.tools.synonyms.trigger()
    return window.findChild(SynonymsDialog)


def test_a_synonym_is_added_found_and_removed(qtbot: Any, window: MainWindow, demo_ctx: ServiceContext,
                                              dialogs: Dialogs, hostile_strings: list[str]) -> None:
    dialog = _synonyms(window)
    before = len(synonyms.list_synonyms(demo_ctx))
    assert dialog.model.rowCount() == before
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.term.hasFocus() or dialog.term.text() == ""
    term = "spherical anode powder <b>&"
    qtbot.keyClicks(dialog.term, term)
    qtbot.keyClicks(dialog.means, "graphite")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = {s.term: s.means for s in synonyms.list_synonyms(demo_ctx)}
    assert saved[term] == "graphite" and len(saved) == before + 1
    assert dialog.current is not None and dialog.current.term == term  # the saved one is selected
    qtbot.keyClicks(dialog.search, "anode powder")
    assert [r.cells for r in dialog.model.rows] == [(term, "graphite")]  # shown as typed
    dialogs.answer = True
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "spherical anode powder <b>&" in dialogs.questions[-1]
    assert term not in {s.term for s in synonyms.list_synonyms(demo_ctx)}
    [entry, *_] = audit_log.page(demo_ctx, AuditQuery(entity=Entity.SYNONYM))
    assert entry.entity_label == term
    dialog.close()


def test_a_refused_synonym_says_why_and_saves_nothing(qtbot: Any, window: MainWindow, demo_ctx: ServiceContext,
                                                      dialogs: Dialogs) -> None:
    dialog = _synonyms(window)
    before = synonyms.list_synonyms(demo_ctx)
    dialog.new_synonym()
    qtbot.keyClicks(dialog.term, "graphite powder")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no meaning given
    assert "means" in str(dialogs.errors[-1][1]) and "required" in str(dialogs.errors[-1][1])
    assert synonyms.list_synonyms(demo_ctx) == before
    dialog.close()


def _matrix(window: MainWindow) -> MatrixDialog:
    window.tools.matrix.trigger()
    return window.findChild(MatrixDialog)


def test_the_risk_matrix_is_edited_and_assessments_relevelled(qtbot: Any, window: MainWindow,
                                                             demo_ctx: ServiceContext) -> None:
    dialog = _matrix(window)
    before = matrix.get_matrix(demo_ctx)
    top = max(before.levels, key=lambda lv: lv.rank)
    cell = dialog.cells[0][0]  # rare x minor
    cell.setCurrentIndex(cell.findData(top.key))
    dialog.labels[top.key].setText("Critical 한국어")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    after = matrix.get_matrix(demo_ctx)
    # A higher level in the lowest cell: a warning (higher scores give a lower level), not a refusal.
    assert after.grid[0][0] == top.key and after.level(top.key).label == "Critical 한국어"
    assert not dialog.isVisible()
    assert "Risk matrix saved" in window.statusBar().currentMessage()
    [entry, *_] = audit_log.page(demo_ctx, AuditQuery(entity=Entity.RISK_MATRIX))
    assert "assessments_relevelled" in entry.changes
    # The audit log shows the change in words: the grid a likelihood per line, not a list of 25 keys.
    window.show_view("audit")
    window.audit.show_entry(0)
    rows = {r.cells[0]: r.cells[1:] for r in window.audit.changes.rows}
    before_grid, after_grid = rows["Level of each cell (likelihood: impact minor to severe)"]
    assert after_grid.splitlines()[0] == "rare: " + ", ".join([top.key, *before.grid[0][1:]])
    assert len(after_grid.splitlines()) == 5 and before_grid.splitlines()[4].startswith("almost certain: ")
    assert "Critical 한국어" in rows["Levels"][1] and "[" not in rows["Levels"][1]


def test_a_bad_colour_is_refused_in_the_dialog(qtbot: Any, window: MainWindow, demo_ctx: ServiceContext) -> None:
    dialog = _matrix(window)
    before = matrix.get_matrix(demo_ctx)
    key = before.levels[0].key
    dialog.colours[key].setText("#12")
    dialog.labels[key].setText("   ")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "is required" in dialog.error.text() and "colour" in dialog.error.text()
    assert matrix.get_matrix(demo_ctx) == before
    dialog.close()
