"""Undo for screening decisions: a dismissal is put back on the list, and dismissed again on redo."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from desktop_app.services.screening import actions
from desktop_app.services.screening.findings import Exposure
from desktop_app.ui.language import translate

if TYPE_CHECKING:
    from desktop_app.ui.undo import RecordWindow


class DismissCommand(QUndoCommand):
    """A dismissal already made (through the change helper); `refresh` re-reads the list."""

    def __init__(self, window: RecordWindow, dismissed: Exposure, refresh: Callable[[], object]) -> None:
        super().__init__(
            translate("undo_screening", "Dismiss {measure_reference} x {venture_name}: {item_name}").format(
                measure_reference=dismissed.measure_reference,
                venture_name=dismissed.venture_name,
                item_name=dismissed.item_name,
            )[:120]
        )
        self.window, self.exposure, self.refresh = window, dismissed, refresh
        self.dismissal_id = dismissed.dismissal.id if dismissed.dismissal else None
        self._first = True

    def _run(self, title: str, work: Callable[..., object]) -> bool:
        from desktop_app.ui.change_op import ChangeOp

        ok, _ = ChangeOp(self.window, title, work, success=lambda _r: self.refresh()).run_and_wait()
        if not ok:
            self.setObsolete(True)
        return ok

    def undo(self) -> None:
        dismissal_id = self.dismissal_id
        if dismissal_id is not None:
            self._run(
                translate("undo_screening", "Put the exposure back"),
                lambda ctx: actions.undismiss_exposure(ctx, dismissal_id),
            )

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        e = self.exposure
        reason = e.dismissal.reason if e.dismissal else ""

        def work(ctx: object) -> None:
            again = actions.dismiss_exposure(ctx, e.measure_id, e.venture_id, e.item_key, reason)  # type: ignore[arg-type]
            self.dismissal_id = again.dismissal.id if again.dismissal else None

        self._run(translate("undo_screening", "Dismiss the exposure again"), work)
