"""The measure form's Lineage tab, driven as a user: add a link in its dialog, see it on both
measures, a refused link explained in the dialog, remove a link after confirming."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop_app.domain.entity import Entity
from desktop_app.services.records.lineage import link_measures, links_of, list_links
from desktop_app.services.records.measures import create_measure
from desktop_app.ui import messages
from desktop_app.ui.forms import open_form
from desktop_app.ui.forms.measure_lineage_tab import LinkDialog
from tests.conftest import measure_data
from tests.ui_forms.conftest import click


def _two(window: Any) -> tuple[Any, Any]:
    draft = create_measure(window.ctx, measure_data(reference="Draft =HYPERLINK(2 Jan)", status="consultation",
                                                    status_history=[]))
    final = create_measure(window.ctx, measure_data(reference="Final 15 Jul", status="in force",
                                                    status_history=[]))
    return draft, final


def _in_link_dialog(qtbot: Any, phrase: str, search: str, note: str, seen: list[str], ok: int = 1) -> None:
    """Answer the modal link dialog when it opens: choose the phrase, search, note, press OK
    (`ok` times; then Cancel, so a refused link does not keep the test waiting)."""
    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LinkDialog) and w.isVisible())
        dialog.phrase.setCurrentIndex(dialog.phrase.findText(phrase))
        qtbot.keyClicks(dialog.other.filter, search)
        dialog.note.setPlainText(note)
        for _ in range(ok):
            click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        if dialog.isVisible():
            seen.append(dialog.error.text())
            dialog.reject()

    QTimer.singleShot(0, answer)


def test_a_link_added_in_the_form_shows_on_both_measures(qtbot: Any, window: Any) -> None:
    draft, final = _two(window)
    form = open_form(window, Entity.MEASURE, draft.id)
    tab = form.lineage_tab
    assert "No links yet" in tab.links.item(0).text() and not tab.remove_button.isEnabled()
    seen: list[str] = []
    _in_link_dialog(qtbot, "finalised by", "Final 15", "the final <b>catalogue</b>", seen)
    click(qtbot, tab.add_button)
    assert seen == []
    [link] = list_links(window.ctx)
    assert (link.from_id, link.to_id, link.kind.value, link.note) == (final.id, draft.id, "finalises",
                                                                      "the final <b>catalogue</b>")
    assert tab.links.item(0).text().startswith("finalised by Final 15 Jul")
    other = open_form(window, Entity.MEASURE, final.id)
    assert other.lineage_tab.links.item(0).text().startswith("finalises Draft =HYPERLINK(2 Jan)")
    assert Entity.MEASURE_LINK in window.changed


def test_a_refused_link_is_explained_in_the_dialog(qtbot: Any, window: Any) -> None:
    draft, final = _two(window)
    link_measures(window.ctx, draft.id, final.id, "finalised by")
    form = open_form(window, Entity.MEASURE, draft.id)
    seen: list[str] = []
    _in_link_dialog(qtbot, "finalised by", "Final 15", "", seen)
    click(qtbot, form.lineage_tab.add_button)
    assert seen and "already exists" in seen[0]
    assert len(list_links(window.ctx)) == 1


def test_a_link_is_removed_after_confirming(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    draft, final = _two(window)
    link_measures(window.ctx, draft.id, final.id, "amends")
    form = open_form(window, Entity.MEASURE, final.id)
    tab = form.lineage_tab
    tab.links.setCurrentRow(0)
    assert tab.remove_button.isEnabled()
    answers = iter([False, True])
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text, **_k: asked.append(text) or next(answers))
    click(qtbot, tab.remove_button)
    assert len(links_of(window.ctx, final.id)) == 1  # declined
    click(qtbot, tab.remove_button)
    assert links_of(window.ctx, final.id) == [] and "amended by Draft" in asked[0]
    assert "No links yet" in tab.links.item(0).text()


# -- a possible duplicate is a question, not a refusal ---------------------------------------------
def _new_like_existing(qtbot: Any, window: Any) -> Any:
    from desktop_app.ui.forms import MeasureForm, open_record

    create_measure(window.ctx, measure_data(reference="MOFCOM Announcement No. 46 of 2024", authority="MOFCOM",
                                            title="Export ban on gallium, germanium and antimony to the US",
                                            announced_on="2024-12-03"))
    open_record(window, Entity.MEASURE, None)
    form = window.findChild(MeasureForm)
    qtbot.keyClicks(form.reference, "MOFCOM 2024 No. 46 (typed again)")
    qtbot.keyClicks(form.title, "Export ban on gallium, germanium and antimony to the United States")
    qtbot.keyClicks(form.jurisdiction, "cn")
    qtbot.keyClicks(form.authority, "MOFCOM")
    qtbot.keyClicks(form.announced_on, "2024-12-03")
    return form


def test_a_possible_duplicate_asks_and_no_keeps_the_form(qtbot: Any, window: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.services.records.measures import list_measures

    form = _new_like_existing(qtbot, window)
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text, **_k: asked.append(text) or False)
    click(qtbot, form.save_button)
    assert "MOFCOM Announcement No. 46 of 2024" in asked[0] and "same announcement date" in asked[0]
    assert form.isVisible() and len(list_measures(window.ctx)) == 1
    monkeypatch.setattr(messages, "confirm", lambda *_a, **_k: True)  # the user overrides the warning
    click(qtbot, form.save_button)
    assert not form.isVisible() and len(list_measures(window.ctx)) == 2
