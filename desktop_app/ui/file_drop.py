"""Drop a CSV or XLSX file on the main window to import it (the import dialog opens on it)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

IMPORTABLE = (".csv", ".xlsx")


def importable(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local CSV or XLSX file being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in IMPORTABLE else None


class FileDrop(QObject):
    """Accepts one CSV or XLSX dropped anywhere on the window and opens the import dialog on it
    (the dialog checks the file and shows the preview before anything is written)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if importable(event) is not None and self.window.actions.import_.isEnabled():  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif event.type() == QEvent.Type.Drop:
            path = importable(event)  # type: ignore[arg-type]
            if path is not None and self.window.actions.import_.isEnabled():
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.window.actions.import_file(path)
                return True
        return False
