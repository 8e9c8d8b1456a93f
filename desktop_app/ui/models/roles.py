"""Item-data roles, tooltips and the text colour rule every table model shares (no service imports)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

SortRole = Qt.ItemDataRole.UserRole + 1  # the raw value (date, number, key) rather than its text
RowIdRole = Qt.ItemDataRole.UserRole + 2  # the record id of the row
ArchivedRole = Qt.ItemDataRole.UserRole + 3


def text_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on `colour`."""
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return QColor("#000000") if luminance > 150 else QColor("#FFFFFF")


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally: Qt guesses rich text for tooltips, so escape it."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"
