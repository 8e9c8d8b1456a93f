"""Opening a record from any view: hands over to the record forms, loaded on first use."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop_app.domain.entity import Entity
from desktop_app.ui import messages
from desktop_app.ui.language import translate

if TYPE_CHECKING:
    from desktop_app.ui.undo import RecordWindow

log = logging.getLogger(__name__)


def open_record(window: RecordWindow, entity: Entity, record_id: int | None) -> bool:
    """Open the form of `entity` record `record_id` (None: a new record); False if unavailable."""
    try:
        from desktop_app.ui import forms  # the forms package is large; load it when first needed
    except ImportError as exc:
        log.warning("record forms unavailable: %s", exc)
        parent = window if isinstance(window, QWidget) else None
        messages.show_error(
            parent,
            RuntimeError(
                translate("navigation", "Record forms are not available in this build ({exc}).").format(exc=exc)
            ),
        )
        return False
    forms.open_record(window, entity, record_id)
    return True
