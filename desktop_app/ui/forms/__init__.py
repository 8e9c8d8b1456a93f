"""Record forms (measures, joint ventures, assessments) opened as dialogs from the main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desktop_app.domain.errors import RegisterError
from desktop_app.ui import messages
from desktop_app.ui.forms.assessment_form import AssessmentForm
from desktop_app.ui.forms.base import RecordForm
from desktop_app.ui.forms.measure_form import MeasureForm
from desktop_app.ui.forms.venture_form import VentureForm
from desktop_app.ui.undo import SERVICES, RecordWindow

FORMS: dict[str, type[RecordForm]] = {
    "measures": MeasureForm,
    "ventures": VentureForm,
    "assessments": AssessmentForm,
}


def open_form(window: RecordWindow, entity: str, record_id: int | None) -> RecordForm | None:
    """Open (or bring forward, if already open) the form for a record; None = a new record."""
    if entity not in FORMS:
        raise ValueError(f"unknown entity {entity!r}; use one of {', '.join(FORMS)}")
    parent = window if isinstance(window, QWidget) else None
    if record_id is not None and parent is not None:
        for form in parent.findChildren(RecordForm):
            if form.entity == entity and form.record is not None and form.record.id == record_id \
                    and form.isVisible():
                form.raise_()
                form.activateWindow()
                return form
    record: Any = None
    if record_id is not None:
        try:
            record = SERVICES[entity].get(window.ctx, record_id)
        except RegisterError as exc:
            messages.show_error(parent, exc)
            return None
    form = FORMS[entity](window, record)
    form.show()
    return form


def open_record(window: RecordWindow, entity: str, record_id: int | None) -> None:
    """Open the form for `entity` ("measures" | "ventures" | "assessments") as a dialog;
    saving pushes an undo command on `window.undo_stack` and emits `window.records_changed`."""
    open_form(window, entity, record_id)


__all__ = ["FORMS", "AssessmentForm", "MeasureForm", "RecordForm", "VentureForm", "open_form", "open_record"]
