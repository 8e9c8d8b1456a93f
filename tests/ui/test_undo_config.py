"""Synonyms, the risk matrix and measure links are on the window's undo stack: edit, undo, redo,
each step in the audit trail, and an undo refused when a colleague changed the thing since."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import audit_log, lineage, matrix, synonyms
from desktop_app.services.records.audit_log import AuditQuery
from desktop_app.services.records.measures import create_measure
from desktop_app.ui.dialogs.matrix_dialog import MatrixDialog
from desktop_app.ui.dialogs.synonyms_dialog import SynonymsDialog
from desktop_app.ui.forms import open_form
from desktop_app.ui.forms.measure_lineage_tab import LinkDialog
from desktop_app.ui.main_window import MainWindow
from tests.conftest import measure_data
from tests.ui.conftest import Dialogs


def _trail(ctx: ServiceContext, entity: Entity) -> list[str]:
    """The audit actions of `entity`, oldest first."""
    return [e.action for e in reversed(audit_log.page(ctx, AuditQuery(entity=entity)))]


def _means(ctx: ServiceContext, term: str) -> str | None:
    found = synonyms.find_synonym(ctx, term)
    return None if found is None else found.means


def test_a_synonym_added_changed_and_removed_is_undone_and_redone(qtbot: Any, window: MainWindow,
                                                                  demo_ctx: ServiceContext, dialogs: Dialogs) -> None:
    window.tools.synonyms.trigger()
    dialog = window.findChild(SynonymsDialog)
    start = len(_trail(demo_ctx, Entity.SYNONYM))
    dialog.new_synonym()
    qtbot.keyClicks(dialog.term, "anode sheet <b>&")
    qtbot.keyClicks(dialog.means, "graphite")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.means.setText("natural graphite")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialogs.answer = True
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    dialog.close()
    stack = window.undo_stack
    assert [stack.text(i) for i in range(stack.count())][-3:] == [
        "Add synonym anode sheet <b>&", "Edit synonym anode sheet <b>&", "Remove synonym anode sheet <b>&"]
    assert _means(demo_ctx, "anode sheet <b>&") is None
    stack.undo()
    assert _means(demo_ctx, "anode sheet <b>&") == "natural graphite"
    stack.undo()
    assert _means(demo_ctx, "anode sheet <b>&") == "graphite"
    stack.undo()
    assert _means(demo_ctx, "anode sheet <b>&") is None
    stack.redo()
    stack.redo()
    assert _means(demo_ctx, "anode sheet <b>&") == "natural graphite"
    assert not dialogs.errors
    assert _trail(demo_ctx, Entity.SYNONYM)[start:] == [
        "create", "update", "archive",  # add, edit, remove
        "create", "update", "archive",  # undone: put back, back to the first meaning, removed
        "create", "update",  # redone
    ]


def test_an_undo_over_a_colleagues_change_is_refused(qtbot: Any, window: MainWindow, demo_ctx: ServiceContext,
                                                     dialogs: Dialogs) -> None:
    window.tools.synonyms.trigger()
    dialog = window.findChild(SynonymsDialog)
    dialog.new_synonym()
    qtbot.keyClicks(dialog.term, "anode sheet")
    qtbot.keyClicks(dialog.means, "graphite")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.close()
    synonyms.set_synonym(demo_ctx, "anode sheet", "synthetic graphite")  # a colleague, meanwhile
    window.undo_stack.undo()
    assert dialogs.errors and "changed since" in str(dialogs.errors[-1][1])
    assert _means(demo_ctx, "anode sheet") == "synthetic graphite"


def test_a_risk_matrix_edit_is_undone_and_redone(qtbot: Any, window: MainWindow, demo_ctx: ServiceContext,
                                                 dialogs: Dialogs) -> None:
    before = matrix.get_matrix(demo_ctx)
    window.tools.matrix.trigger()
    dialog = window.findChild(MatrixDialog)
    key = before.levels[0].key
    dialog.labels[key].setText("Negligible")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    edited = matrix.get_matrix(demo_ctx)
    assert edited.level(key).label == "Negligible"
    assert window.undo_stack.undoText() == "Edit the risk matrix"
    window.undo_stack.undo()
    assert matrix.get_matrix(demo_ctx) == before
    assert window.risk_matrix() == before  # the window re-read it: tables show the old labels
    window.undo_stack.redo()
    assert matrix.get_matrix(demo_ctx) == edited
    assert not dialogs.errors
    assert _trail(demo_ctx, Entity.RISK_MATRIX)[-3:] == ["configure"] * 3


def _link_in_dialog(qtbot: Any, phrase: str, search: str) -> None:
    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LinkDialog) and w.isVisible())
        dialog.phrase.setCurrentIndex(dialog.phrase.findText(phrase))
        qtbot.keyClicks(dialog.other.filter, search)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_measure_links_added_and_removed_are_undone_and_redone(qtbot: Any, window: MainWindow,
                                                               demo_ctx: ServiceContext, dialogs: Dialogs) -> None:
    draft = create_measure(demo_ctx, measure_data(reference="Draft 2 Jan", status="consultation", status_history=[]))
    final = create_measure(demo_ctx, measure_data(reference="Final 15 Jul", status="in force", status_history=[]))
    form = open_form(window, Entity.MEASURE, draft.id)
    tab = form.lineage_tab
    _link_in_dialog(qtbot, "finalised by", "Final 15")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert window.undo_stack.undoText() == "Link Final 15 Jul finalises Draft 2 Jan"
    assert [v.other_id for v in lineage.links_of(demo_ctx, draft.id)] == [final.id]
    window.undo_stack.undo()
    assert lineage.links_of(demo_ctx, draft.id) == []
    assert "No links yet" in tab.links.item(0).text()  # the open form follows the undo
    window.undo_stack.redo()
    assert [v.other_id for v in lineage.links_of(demo_ctx, draft.id)] == [final.id]
    assert tab.links.item(0).text().startswith("finalised by Final 15 Jul")

    dialogs.answer = True
    tab.links.setCurrentRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert window.undo_stack.undoText() == "Remove link Final 15 Jul finalises Draft 2 Jan"
    window.undo_stack.undo()
    assert [v.other_id for v in lineage.links_of(demo_ctx, draft.id)] == [final.id]
    window.undo_stack.redo()
    assert lineage.links_of(demo_ctx, draft.id) == [] and not dialogs.errors
    # add, undone, redone, removed, undone, redone
    assert _trail(demo_ctx, Entity.MEASURE_LINK)[-6:] == ["create", "archive", "create", "archive", "create",
                                                          "archive"]
    form.close()


def test_matrix_and_link_undos_over_a_colleagues_change_are_refused(qtbot: Any, window: MainWindow,
                                                                    demo_ctx: ServiceContext,
                                                                    dialogs: Dialogs) -> None:
    from dataclasses import replace

    before = matrix.get_matrix(demo_ctx)
    window.tools.matrix.trigger()
    dialog = window.findChild(MatrixDialog)
    key = before.levels[0].key
    dialog.labels[key].setText("Mine")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    theirs = matrix.get_matrix(demo_ctx)
    theirs = replace(theirs, levels=tuple(replace(lv, label="Theirs") if lv.key == key else lv
                                          for lv in theirs.levels))
    matrix.update_matrix(demo_ctx, theirs)  # a colleague, meanwhile
    window.undo_stack.undo()
    assert "risk matrix was changed since" in str(dialogs.errors[-1][1])
    assert matrix.get_matrix(demo_ctx).level(key).label == "Theirs"

    draft = create_measure(demo_ctx, measure_data(reference="Draft", status="consultation", status_history=[]))
    create_measure(demo_ctx, measure_data(reference="Final", status="in force", status_history=[]))
    form = open_form(window, Entity.MEASURE, draft.id)
    _link_in_dialog(qtbot, "finalised by", "Final")
    qtbot.mouseClick(form.lineage_tab.add_button, Qt.MouseButton.LeftButton)
    [link] = lineage.links_of(demo_ctx, draft.id)
    lineage.unlink_measures(demo_ctx, link.link_id)  # a colleague removed it already
    errors = len(dialogs.errors)
    window.undo_stack.undo()
    assert len(dialogs.errors) == errors + 1 and "measure link was changed since" in str(dialogs.errors[-1][1])
    form.close()
