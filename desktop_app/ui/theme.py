"""Light, dark or the system's colour scheme for the whole application (applied live)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from desktop_app.ui import settings

SYSTEM, LIGHT, DARK = "system", "light", "dark"
THEMES = (SYSTEM, LIGHT, DARK)
# What the application started with, restored when the user goes back to "follow the system".
_original: dict[str, object] = {}


def stored_choice() -> str:
    choice = settings.get_text(settings.Key.THEME, SYSTEM)
    return choice if choice in THEMES else SYSTEM


def apply(choice: str) -> None:
    """Apply a theme now. Qt 6's colour-scheme hint is asked first (native styles follow it);
    light and dark also set the Fusion style with an explicit palette, since some platforms
    (plain X11, offscreen) have no dark scheme of their own to switch to."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if choice not in (LIGHT, DARK) and not _original:
        return  # following the system and nothing overridden yet: leave Qt's start-up choice alone
    hints = QGuiApplication.styleHints()
    if not _original:
        _original["style"] = app.style().name()
        _original["palette"] = QPalette(app.palette())
    if choice == DARK:
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
    elif choice == LIGHT:
        hints.setColorScheme(Qt.ColorScheme.Light)
        style = QStyleFactory.create("Fusion")
        app.setStyle(style)
        app.setPalette(style.standardPalette())
    else:
        hints.unsetColorScheme()
        app.setStyle(QStyleFactory.create(str(_original["style"])))
        palette = _original["palette"]
        app.setPalette(palette if isinstance(palette, QPalette) else QPalette())


def dark_palette() -> QPalette:
    """A dark palette with enough contrast for the tables' plain text and the level colours."""
    R = QPalette.ColorRole
    p = QPalette()
    base, window, text = QColor(30, 30, 30), QColor(45, 45, 45), QColor(230, 230, 230)
    for role, colour in ((R.Window, window), (R.WindowText, text), (R.Base, base),
                         (R.AlternateBase, QColor(38, 38, 38)), (R.ToolTipBase, window), (R.ToolTipText, text),
                         (R.Text, text), (R.Button, window), (R.ButtonText, text), (R.BrightText, QColor("red")),
                         (R.Link, QColor(110, 170, 255)), (R.Highlight, QColor(42, 110, 200)),
                         (R.HighlightedText, QColor("white")), (R.PlaceholderText, QColor(150, 150, 150))):
        p.setColor(role, colour)
    disabled = QColor(128, 128, 128)
    for role in (R.Text, R.WindowText, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p
