"""Start the desktop application: open the register (or explain why not), show the main window."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.domain.errors import RegisterError
from desktop_app.services.context import OpenMode, ServiceContext, open_register
from desktop_app.system.paths import APP_AUTHOR, APP_NAME, resource
from desktop_app.ui import messages
from desktop_app.ui.language import translate

log = logging.getLogger(__name__)
# Set (to anything) by benchmarks/bench_cold_start.py: the process prints "shown" on stdout once
# its window is painted. The bundle runs only its own code, so the probe lives in the app.
STARTUP_PROBE_ENV = "EXPORT_RISK_STARTUP_PROBE"
# The Linux desktop entry's name (packaging/linux): Wayland matches the window to its icon by it.
DESKTOP_FILE_NAME = "export-risk-register"

WS = QFontDatabase.WritingSystem
# The register's names are often Chinese, Japanese or Korean (the demo's own ventures are), and
# WenQuanYi Micro Hei (shipped for the PDF briefing) draws all three, and Latin too. (Latin is
# not asked about: fontconfig answers with its aliases even where no font file exists. Nor are
# symbols: Qt files Symbola under no writing system, so the question has no useful answer.)
FALLBACK_FONTS: tuple[tuple[WS, tuple[str, ...]], ...] = (
    (WS.SimplifiedChinese, ("wqy-microhei.ttc",)),
    (WS.Japanese, ("wqy-microhei.ttc",)),
    (WS.Korean, ("wqy-microhei.ttc",)),
)


# How long a thread may hold the GIL while another waits for it (Python's default is 5 ms). The
# GUI thread takes the GIL back after every Qt call into Python and every SQLite call, each time
# waiting up to this long while a reader thread screens; at 5 ms a view's first paint waited in
# dozens of such turns (a 3 ms `PRAGMA data_version` poll took 6). At 1 ms every step of the lag
# probe stayed under 50 ms at 100,000 assessments (docs/performance.md); the readers' work takes
# no measurably longer.
GIL_SWITCH_S = 0.001


def application() -> QApplication:
    """The process's QApplication (created once)."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(APP_AUTHOR)
        QCoreApplication.setApplicationName(APP_NAME)
        QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
        app = QApplication(sys.argv[:1])
        start_language_and_theme()
        app.setApplicationDisplayName(translate("app", "Export Risk Register"))
    sys.setswitchinterval(GIL_SWITCH_S)
    return app  # type: ignore[return-value]


def start_language_and_theme() -> str:
    """Install the chosen (or the system's) language before any window module is imported: texts
    some modules read at import are then already translated. Returns the language code in use."""
    from desktop_app.system import message_language
    from desktop_app.ui import language, theme

    code = language.install(language.resolve(language.stored_choice()))
    message_language.set_language(code)  # the services' messages speak the window's language
    theme.apply(theme.stored_choice())
    return code


def open_or_explain(url: str) -> ServiceContext | None:
    """Open the register; a refusal (not a register, damaged, newer, busy) is shown, not raised.

    SQLite's page-by-page check of an up-to-date file is left to the window, which runs it in
    the background once shown and turns the register read-only if it finds damage.
    """
    try:
        return open_register(url, mode=OpenMode.WINDOW)
    except RegisterError as exc:
        messages.plain_box(
            None, QMessageBox.Icon.Critical, translate("app", "Cannot open the register"), str(exc)
        ).exec()
    except Exception as exc:  # anything else: plain words plus details for support
        log.exception("opening %s failed", url)
        messages.show_error(None, exc, translate("app", "Cannot open the register"))
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
    if os.environ.get(STARTUP_PROBE_ENV):
        _report_shown(window)
    QTimer.singleShot(0, _fallback_fonts)  # after the window is on screen, as is the demo offer
    QTimer.singleShot(0, window.actions.offer_demo)
    code = app.exec()
    window.ctx.db.dispose()
    return int(code)


def add_missing_fonts() -> list[str]:
    """Register the shipped fonts for each script no system font covers; returns the files added.

    Registered fonts take part in Qt's glyph fallback, so names in those scripts draw as text
    instead of empty boxes. With the system's fonts present (the usual case) nothing is loaded.
    """
    # Asked before adding any, as one shipped file covers several scripts.
    missing = [files for system, files in FALLBACK_FONTS if not QFontDatabase.families(system)]
    added: list[str] = []
    for name in dict.fromkeys(name for files in missing for name in files):
        path = resource("fonts", name)
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load the fallback font %s", path)
            continue
        added.append(name)
    if added:
        log.info("no system font for some scripts; using the shipped %s", ", ".join(added))
    return added


def _fallback_fonts() -> None:
    """The shipped fonts for scripts no system font draws, once the window is up: asking Qt which
    scripts the system covers reads every font's coverage (50-100 ms), not worth a later first paint."""
    if add_missing_fonts():
        for widget in QApplication.topLevelWidgets():
            widget.update()


def _report_shown(window: QWidget) -> None:
    """Print `shown` once the window is painted (what the cold-start benchmark waits for)."""
    window.repaint()
    QApplication.processEvents()
    print("shown", flush=True)
