"""Every record entity has its view, form, icon, menu action and import choice; audit types come from Entity."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.domain.entity import RECORDS, Entity
from desktop_app.services.records.browse_columns import TABLES
from desktop_app.ui.dialogs.import_dialog import ImportDialog
from desktop_app.ui.entities import ENTITY_UI
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.window_views import ENTITY_OF_VIEW, NAV_ICONS, VIEW_TITLES


def test_the_window_table_has_an_entry_for_each_record_and_no_other() -> None:
    assert list(ENTITY_UI) == list(RECORDS)
    assert list(ENTITY_OF_VIEW.values()) == list(RECORDS)
    for entity in RECORDS:
        assert ENTITY_UI[entity].form().entity is entity
        assert VIEW_TITLES[entity.record.name] == entity.record.title and entity.record.name in NAV_ICONS


@pytest.mark.parametrize("entity", RECORDS)
def test_each_record_view_shows_its_entity_with_the_service_columns(window: MainWindow, entity: Entity) -> None:
    view = window.table_of(entity)
    assert isinstance(view, ENTITY_UI[entity].view())
    assert view.entity is entity and view.noun == entity.spec.plural
    assert view.model.specs == TABLES[entity].columns
    assert view.table.objectName() == f"{entity.record.name}_table"  # the settings and test name of old
    window.show_view(entity.record.name)
    assert window.current_entity() is entity
    assert window.actions.new_by_entity[entity].text() == f"New {entity.label}…"


def test_the_menus_the_import_choices_and_the_audit_types_cover_the_entities(qtbot: Any, window: MainWindow
                                                                          ) -> None:
    assert list(window.actions.new_by_entity) == list(RECORDS)
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    assert [dialog.entity.itemText(i) for i in range(dialog.entity.count())] == [e.record.title for e in RECORDS]
    audit = window.audit
    types = [audit.entity.itemData(i) for i in range(1, audit.entity.count())]
    assert types == [e.value for e in Entity]
    assert [audit.entity.itemText(i) for i in range(1, 4)] == ["Measure", "Joint venture", "Assessment"]
