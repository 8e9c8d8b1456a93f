"""Undo commands over the audited services: each command calls a service and keeps its inverse."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from desktop_app.domain.errors import Conflict, RegisterError
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import assessments, measures, ventures
from desktop_app.ui import messages


class RecordWindow(Protocol):
    """What the commands and forms need from the main window."""

    ctx: ServiceContext
    undo_stack: QUndoStack
    records_changed: Any  # Signal(str)


@dataclass(frozen=True)
class EntityServices:
    """The audited service calls of one entity, and how to name a record of it."""

    noun: str
    create: Callable[[ServiceContext, dict[str, Any]], Any]
    update: Callable[[ServiceContext, int, dict[str, Any]], Any]
    archive: Callable[..., Any]
    restore: Callable[..., Any]
    get: Callable[[ServiceContext, int], Any]
    label: Callable[[Any], str]


SERVICES: dict[str, EntityServices] = {
    "measures": EntityServices("measure", measures.create_measure, measures.update_measure,
                               measures.archive_measure, measures.restore_measure, measures.get_measure,
                               lambda r: r.reference),
    "ventures": EntityServices("joint venture", ventures.create_venture, ventures.update_venture,
                               ventures.archive_venture, ventures.restore_venture, ventures.get_venture,
                               lambda r: r.name),
    "assessments": EntityServices("assessment", assessments.create_assessment,
                                  assessments.update_assessment, assessments.archive_assessment,
                                  assessments.restore_assessment, assessments.get_assessment,
                                  lambda r: f"{r.measure_reference} x {r.venture_name}"),
}


def content(read: Any) -> dict[str, Any]:
    """A record's editable content without its version, for comparing and re-saving."""
    data = read.to_update()
    data.pop("version", None)
    return data


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _ServiceCommand(QUndoCommand):
    """Runs service calls for undo/redo; a failure is shown and removes the command
    (setObsolete), so the stack never claims a state the database does not have."""

    def __init__(self, window: RecordWindow, entity: str, text: str) -> None:
        super().__init__(text)
        self.window, self.entity, self.services = window, entity, SERVICES[entity]

    def _run(self, action: Callable[[], Any]) -> Any:
        try:
            result = action()
        except RegisterError as exc:
            self.setObsolete(True)
            parent = self.window if isinstance(self.window, QWidget) else None
            messages.show_error(parent, exc, f"Could not {self.text().lower()}")
            return None
        self.window.records_changed.emit(self.entity)
        return result


class SaveRecordCommand(_ServiceCommand):
    """A save that already happened (the form saved it, to handle conflicts first).

    Create: undo archives the new record, redo restores it. Update: undo writes the previous
    content back, redo the saved content, each with the record's current version; refused
    when someone else changed the record since, so nothing is overwritten silently.
    """

    def __init__(self, window: RecordWindow, entity: str, before: Any | None, after: Any) -> None:
        services = SERVICES[entity]
        verb = "Add" if before is None else "Edit"
        super().__init__(window, entity, f"{verb} {services.noun} {_short(services.label(after))}")
        self.record_id = int(after.id)
        self.before, self.after = before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the form's save was the first "redo"
            self._first = False
            return
        if self.before is None:
            self._run(lambda: self.services.restore(self.window.ctx, self.record_id))
        else:
            result = self._run(lambda: self._write(expected=self.before, target=self.after))
            if result is not None:
                self.after = result

    def undo(self) -> None:
        if self.before is None:
            self._run(lambda: self.services.archive(self.window.ctx, self.record_id))
        else:
            self._run(lambda: self._write(expected=self.after, target=self.before))

    def _write(self, *, expected: Any, target: Any) -> Any:
        ctx = self.window.ctx
        current = self.services.get(ctx, self.record_id)
        if content(current) != content(expected):
            raise Conflict(
                f"This {self.services.noun} was changed since (by someone else or another window); "
                "undoing would overwrite that change, so nothing was changed.",
                current=current,
            )
        return self.services.update(ctx, self.record_id, content(target) | {"version": current.version})


class ArchiveCommand(_ServiceCommand):
    """Archive (soft delete) or restore a record; pushing it performs it, undo reverses it."""

    def __init__(self, window: RecordWindow, entity: str, record_id: int, archive: bool) -> None:
        services = SERVICES[entity]
        verb = "Archive" if archive else "Restore"
        try:
            name = _short(services.label(services.get(window.ctx, record_id)))
        except RegisterError:
            name = f"#{record_id}"
        super().__init__(window, entity, f"{verb} {services.noun} {name}")
        self.record_id, self.archive = record_id, archive

    def _set(self, archived: bool) -> None:
        call = self.services.archive if archived else self.services.restore
        self._run(lambda: call(self.window.ctx, self.record_id))

    def redo(self) -> None:
        self._set(self.archive)

    def undo(self) -> None:
        self._set(not self.archive)
