"""The shipped fonts as the window's fallback where the system has no font for a script."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from desktop_app.system.paths import resource

log = logging.getLogger(__name__)

WS = QFontDatabase.WritingSystem
# The register's names are often Chinese, Japanese or Korean (the demo's own ventures are), and
# WenQuanYi Micro Hei (shipped for the PDF briefing) draws all three, and Latin too. (Latin is
# not asked about: fontconfig answers with its aliases even where no font file exists. Nor are
# symbols: Qt files Symbola under no writing system, so the question has no useful answer.)
FALLBACKS: tuple[tuple[WS, tuple[str, ...]], ...] = (
    (WS.SimplifiedChinese, ("wqy-microhei.ttc",)),
    (WS.Japanese, ("wqy-microhei.ttc",)),
    (WS.Korean, ("wqy-microhei.ttc",)),
)


def add_missing_fonts() -> list[str]:
    """Register the shipped fonts for each script no system font covers; returns the files added.

    Registered fonts take part in Qt's glyph fallback, so names in those scripts draw as text
    instead of empty boxes. With the system's fonts present (the usual case) nothing is loaded.
    """
    # Asked before adding any, as one shipped file covers several scripts.
    missing = [files for system, files in FALLBACKS if not QFontDatabase.families(system)]
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
