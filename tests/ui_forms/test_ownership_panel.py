"""The venture form's Ownership tab: computed when shown, listed parties marked, the date changes the rule."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from desktop_app.domain.entity import Entity
from desktop_app.services.ownership import listings, parties
from desktop_app.services.records import ventures
from desktop_app.ui.forms import open_form
from tests.conftest import venture_data
from tests.services.test_ownership import ENTITY_LIST, affiliates_measures


def _rows(model, parent=None) -> list[list[str]]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    out = []
    for r in range(model.rowCount(parent)):
        index = model.index(r, 0, parent)
        out.append([model.data(model.index(r, c, parent)) or "" for c in range(model.columnCount(parent))])
        out.extend(_rows(model, index))
    return out


def _held_by_a_listed_party(ctx, share):  # type: ignore[no-untyped-def]
    """The affiliates rules, the test venture, and its partner Shandong Carbon held `share` percent
    (None: not recorded) by a party on the Entity List since 2025-03-25."""
    affiliates_measures(ctx)
    venture = ventures.create_venture(ctx, venture_data())
    listings.add_listed(ctx, ENTITY_LIST, {"name": "Kestrel Microelectronics Co., Ltd.", "country": "CN",
                                           "aliases": ["红隼微电子有限公司"], "list_name": "Entity List",
                                           "listed_from": "2025-03-25"})
    parties.set_owner(ctx, "Shandong Carbon", "红隼微电子", share, owned_country="CN", owner_country="CN")
    return venture


def test_the_ownership_tab_shows_the_tree_with_listed_parties_marked(qtbot, window) -> None:
    venture = _held_by_a_listed_party(window.ctx, "60")
    form = open_form(window, Entity.VENTURE, venture.id)
    panel = form.ownership
    assert panel is not None and not panel.loaded  # nothing computed until the tab is shown
    panel.day.setDate(QDate(2026, 6, 1))
    form.tabs.setCurrentWidget(panel)
    assert panel.loaded and panel.chosen_day() == date(2026, 6, 1)
    rows = _rows(panel.model)
    assert rows[0][0] == "90 FR 14046 (in force), threshold 50%" and rows[0][3] == "30%: not captured"
    assert rows[3][:2] == ["红隼微电子", "60%"] and rows[3][2].startswith("listed: on the Entity List")
    assert rows[2] == ["Shandong Carbon", "30%", "", "60%: captured"]
    assert any(r[0] == "90 FR 47201 (suspended), threshold 50%" for r in rows)
    assert "Shandong Carbon: 红隼微电子 60% x 100%" in panel.arithmetic.toPlainText()
    assert "90 FR 47201: 30%, not captured" in panel.summary.text()


def test_a_new_venture_has_no_ownership_tab(qtbot, window) -> None:
    form = open_form(window, Entity.VENTURE, None)
    assert form.ownership is None and form.tabs.count() == 3


def test_the_ownership_tab_speaks_german(qtbot, window, speak) -> None:  # type: ignore[no-untyped-def]
    """The verdicts, a listed party's reason and the arithmetic in the window's language."""
    from desktop_app.ui import language

    venture = _held_by_a_listed_party(window.ctx, "60")
    language.install("de")
    speak("de")
    try:
        form = open_form(window, Entity.VENTURE, venture.id)
        panel = form.ownership
        panel.day.setDate(QDate(2026, 6, 1))
        form.tabs.setCurrentWidget(panel)
        rows = _rows(panel.model)
    finally:
        language.install(language.SOURCE_LANGUAGE)
    assert rows[0][3] == "30%: nicht erfasst"
    assert rows[3][2].startswith("gelistet: auf der Entity List")
    assert rows[2][3] == "60%: erfasst"
    assert "90 FR 47201: 30%, nicht erfasst" in panel.summary.text()
    arithmetic = panel.arithmetic.toPlainText()
    assert "Shandong Carbon: 红隼微电子 60% x 100%" in arithmetic
    assert "captured" not in arithmetic and "listed parties" not in arithmetic, arithmetic


def test_a_share_nobody_recorded_reads_unknown_not_zero_or_more(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A listed party holds its partner with a share not recorded: the tab says the venture's share
    is not known, as the command line and the reports do, never "0% or more"."""
    venture = _held_by_a_listed_party(window.ctx, None)
    form = open_form(window, Entity.VENTURE, venture.id)
    panel = form.ownership
    panel.day.setDate(QDate(2026, 6, 1))
    form.tabs.setCurrentWidget(panel)
    shown = "\n".join(["\t".join(r) for r in _rows(panel.model)] + [panel.summary.text()])
    assert "0% or more" not in shown and "0%: unknown" not in shown, shown
    assert "90 FR 47201: unknown" in panel.summary.text(), panel.summary.text()
