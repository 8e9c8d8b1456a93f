"""Opening a record from any view: hands over to the record forms, loaded on first use."""

from __future__ import annotations

import logging
from typing import Any

from desktop_app.ui import messages

log = logging.getLogger(__name__)
ENTITY_OF_RECORD = {"measure": "measures", "assessment": "assessments", "joint_venture": "ventures",
                    "venture": "ventures"}


def open_record(window: Any, entity: str, record_id: int | None) -> bool:
    """Open the form of `entity` record `record_id` (None: a new record); False if unavailable."""
    entity = ENTITY_OF_RECORD.get(entity, entity)
    try:
        from desktop_app.ui import forms  # the forms package is large; load it when first needed
    except ImportError as exc:
        log.warning("record forms unavailable: %s", exc)
        messages.show_error(window, RuntimeError(f"Record forms are not available in this build ({exc})."))
        return False
    forms.open_record(window, entity, record_id)
    return True
