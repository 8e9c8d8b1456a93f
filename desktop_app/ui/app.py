"""Start the desktop application: open the register (or explain why not), show the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.domain.errors import RegisterError
from desktop_app.services.context import OpenMode, ServiceContext, open_register
from desktop_app.system.paths import APP_AUTHOR, APP_NAME
from desktop_app.ui import messages

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The process's QApplication (created once)."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(APP_AUTHOR)
        QCoreApplication.setApplicationName(APP_NAME)
        app = QApplication(sys.argv[:1])
        app.setApplicationDisplayName("Export Risk Register")
    return app  # type: ignore[return-value]


def open_or_explain(url: str) -> ServiceContext | None:
    """Open the register; a refusal (not a register, damaged, newer, busy) is shown, not raised.

    SQLite's page-by-page check of an up-to-date file is left to the window, which runs it in
    the background once shown and turns the register read-only if it finds damage.
    """
    try:
        return open_register(url, mode=OpenMode.WINDOW)
    except RegisterError as exc:
        messages.plain_box(None, QMessageBox.Icon.Critical, "Cannot open the register", str(exc)).exec()
    except Exception as exc:  # anything else: plain words plus details for support
        log.exception("opening %s failed", url)
        messages.show_error(None, exc, "Cannot open the register")
    return None


def run_gui(url: str) -> int:
    """Run the desktop application on the register at `url`; returns the process exit code."""
    app = application()
    ctx = open_or_explain(url)
    if ctx is None:
        return 1
    from desktop_app.ui import settings
    from desktop_app.ui.main_window import MainWindow

    settings.add_recent_database(url)
    window = MainWindow(ctx)
    window.show()
    QTimer.singleShot(0, window.actions.offer_demo)  # after the window is on screen
    code = app.exec()
    window.ctx.db.dispose()
    return int(code)
