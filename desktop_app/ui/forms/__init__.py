"""Record forms (measures, joint ventures, assessments) opened as dialogs from the main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import RegisterError
from desktop_app.domain.fields import RecordMeta
from desktop_app.services.records.registry import SERVICES
from desktop_app.ui import messages
from desktop_app.ui.entities import ENTITY_UI
from desktop_app.ui.forms.assessment_form import AssessmentForm
from desktop_app.ui.forms.base import RecordForm
from desktop_app.ui.forms.measure_form import MeasureForm
from desktop_app.ui.forms.venture_form import VentureForm
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate
from desktop_app.ui.undo import RecordWindow


def open_form(window: RecordWindow, entity: Entity, record_id: int | None) -> RecordForm | None:
    """Open (or bring forward, if already open) the form for a record; None = a new record."""
    if entity not in ENTITY_UI:
        raise ValueError(translate("forms", "{label} records have no form").format(label=label_text(entity.label)))
    parent = window if isinstance(window, QWidget) else None
    if record_id is not None and parent is not None:
        for form in parent.findChildren(RecordForm):
            if form.entity == entity and form.record is not None and form.record.id == record_id \
                    and form.isVisible():
                form.raise_()
                form.activateWindow()
                return form
    record: RecordMeta | None = None
    if record_id is not None:
        try:
            record = SERVICES[entity].get(window.ctx, record_id)
        except RegisterError as exc:
            messages.show_error(parent, exc)
            return None
    form = ENTITY_UI[entity].form()(window, record)
    form.show()
    return form


def open_prefilled(window: RecordWindow, entity: Entity, data: dict[str, Any]) -> RecordForm:
    """A new-record form filled with `data` (nothing is saved until the user saves it)."""
    form = ENTITY_UI[entity].form()(window, None, data)
    form.show()
    return form


def open_record(window: RecordWindow, entity: Entity, record_id: int | None) -> None:
    """Open the form of an `entity` record as a dialog; saving pushes an undo command on
    `window.undo_stack` and emits `window.records_changed`."""
    open_form(window, entity, record_id)


__all__ = ["AssessmentForm", "MeasureForm", "RecordForm", "VentureForm", "open_form", "open_prefilled",
           "open_record"]
