"""Plain-language error and confirmation dialogs; user text is always shown as plain text."""

from __future__ import annotations

import traceback
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.errors import DatabaseBusy, RegisterError, ValidationFailed
from desktop_app.system.storage import disk_full_message, is_storage_full
from desktop_app.ui.field_labels import field_label
from desktop_app.ui.language import translate


def plain_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = ""
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # never interpret <b> or links in user data
    if details:
        box.setDetailedText(details)
    return box


def refusal(exc: ValidationFailed, labels: Mapping[str, str] | None = None) -> str:
    """A refused save in words: its heading, then each error with the field named by its label in
    the interface language (the form's own label when given) instead of the stored key."""
    lines = []
    for issue in exc.errors:
        head, _, rest = issue.field.partition(".")
        name = (labels or {}).get(head) or field_label(head)
        row = rest.split(".", 1)[0]
        if row.isdigit():  # "1.share" is the second row of a table, "1" the second entry of a list
            where = translate("messages", "row {n}") if "." in rest else translate("messages", "item {n}")
            name = f"{name}, {where.format(n=int(row) + 1)}"
        lines.append(f"  - {name}: {issue.message}" if issue.field else f"  - {issue.message}")
    return "\n".join([exc.heading, *lines])


def describe(exc: BaseException) -> tuple[str, str]:
    """(message for the user, technical details) for any exception."""
    if isinstance(exc, ValidationFailed):
        return refusal(exc), ""
    if isinstance(exc, DatabaseBusy):
        return str(exc), ""
    if isinstance(exc, RegisterError):
        return str(exc), ""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if is_storage_full(exc):  # never "something went wrong" (or "damaged") for a full disk
        return disk_full_message(translate("messages", "nothing half-done was kept")), details
    return (
        translate(
            "messages", "Something went wrong: {name__}: {exc}\nNothing was saved. The details below help support."
        ).format(name__=type(exc).__name__, exc=exc)
    ), details


def show_error(parent: QWidget | None, exc: BaseException, title: str = "Export Risk Register") -> None:
    text, details = describe(exc)
    plain_box(parent, QMessageBox.Icon.Warning, title, text, details).exec()


def confirm(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    box = plain_box(parent, QMessageBox.Icon.Question, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
