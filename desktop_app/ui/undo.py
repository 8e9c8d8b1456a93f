"""Undo commands over the audited services: each command calls a service and keeps its inverse."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import Conflict, RegisterError
from desktop_app.domain.fields import RecordMeta
from desktop_app.services.context import ServiceContext
from desktop_app.services.records.registry import SERVICES
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate

T = TypeVar("T")


class RecordWindow(Protocol):
    """What the commands, forms and record views need from the main window."""

    ctx: ServiceContext
    undo_stack: QUndoStack
    records_changed: SignalInstance  # emits the Entity that changed, or "all"


def content(read: RecordMeta) -> dict[str, Any]:
    """A record's editable content without its version, for comparing and re-saving."""
    data = read.to_update()
    data.pop("version", None)
    return data


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _ServiceCommand(QUndoCommand):
    """Runs its service call for undo/redo through the change helper (on the database worker,
    errors in one dialog, views refreshed either way); a failure removes the command
    (setObsolete), so the stack never claims a state the database does not have."""

    def __init__(self, window: RecordWindow, entity: Entity, text: str) -> None:
        super().__init__(text)
        self.window, self.entity, self.services = window, entity, SERVICES[entity]

    def _run(self, action: Callable[[], T]) -> T | None:
        from desktop_app.ui.change_op import ChangeOp  # it imports this module's RecordWindow

        ok, result = ChangeOp(self.window, self.text(), lambda _ctx: action(),
                              changed=self.entity).run_and_wait()
        if not ok:
            self.setObsolete(True)
        return result


class SaveRecordCommand(_ServiceCommand):
    """A save that already happened (the form saved it, to handle conflicts first).

    Create: undo archives the new record, redo restores it. Update: undo writes the previous
    content back, redo the saved content, each with the record's current version; refused
    when someone else changed the record since, so nothing is overwritten silently.
    """

    def __init__(self, window: RecordWindow, entity: Entity, before: RecordMeta | None, after: RecordMeta
                 ) -> None:
        services = SERVICES[entity]
        verb = translate("undo", "Add") if before is None else translate("undo", "Edit")
        super().__init__(window, entity, f"{verb} {label_text(entity.label)} {_short(services.describe(after))}")
        self.record_id = after.id
        self.before, self.after = before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the form's save was the first "redo"
            self._first = False
            return
        before, after = self.before, self.after
        if before is None:
            self._run(lambda: self.services.restore(self.window.ctx, self.record_id))
        else:
            result = self._run(lambda: self._write(expected=before, target=after))
            if result is not None:
                self.after = result

    def undo(self) -> None:
        before, after = self.before, self.after
        if before is None:
            self._run(lambda: self.services.archive(self.window.ctx, self.record_id))
        else:
            self._run(lambda: self._write(expected=after, target=before))

    def _write(self, *, expected: RecordMeta, target: RecordMeta) -> RecordMeta:
        ctx = self.window.ctx
        current = self.services.get(ctx, self.record_id)
        if content(current) != content(expected):
            raise Conflict(
                translate(
                    "undo",
                    "This {label} was changed since (by someone else or another window); undoing would overwrite that "
                    "change, so nothing was changed.",
                ).format(label=label_text(self.entity.label)),
                current=current,
            )
        return self.services.update(ctx, self.record_id, content(target) | {"version": current.version})


class ArchiveManyCommand(_ServiceCommand):
    """Records archived (or restored) together by one service call, already done when pushed:
    undo reverses them in one transaction, redo repeats it."""

    def __init__(self, window: RecordWindow, entity: Entity, record_ids: list[int], archive: bool,
                 noun: str) -> None:
        verb = translate("undo", "Archive") if archive else translate("undo", "Restore")
        super().__init__(window, entity, f"{verb} {len(record_ids)} {noun}")
        self.record_ids, self.archive = record_ids, archive
        self._first = True

    def _set(self, archived: bool) -> None:
        ids = self.record_ids
        self._run(lambda: self.services.set_archived_many(self.window.ctx, ids, archived))

    def redo(self) -> None:
        if self._first:  # the change helper made the change before pushing this command
            self._first = False
            return
        self._set(self.archive)

    def undo(self) -> None:
        self._set(not self.archive)


class ArchiveCommand(_ServiceCommand):
    """Archive (soft delete) or restore a record; pushing it performs it, undo reverses it."""

    def __init__(self, window: RecordWindow, entity: Entity, record_id: int, archive: bool) -> None:
        services = SERVICES[entity]
        verb = translate("undo", "Archive") if archive else translate("undo", "Restore")
        try:
            name = _short(services.describe(services.get(window.ctx, record_id)))
        except RegisterError:
            name = f"#{record_id}"
        super().__init__(window, entity, f"{verb} {label_text(entity.label)} {name}")
        self.record_id, self.archive = record_id, archive

    def _set(self, archived: bool) -> None:
        call = self.services.archive if archived else self.services.restore
        self._run(lambda: call(self.window.ctx, self.record_id))

    def redo(self) -> None:
        self._set(self.archive)

    def undo(self) -> None:
        self._set(not self.archive)
