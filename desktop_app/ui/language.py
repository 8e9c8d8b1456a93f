"""The interface language: which one, the translators that speak it, and the locale that follows it."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from desktop_app.ui import settings

log = logging.getLogger(__name__)
# The compiled catalogues (export_risk_<code>.qm) beside their .ts sources: package data, so a
# source checkout, a pip install and the bundle all find them next to this module.
I18N_DIR = Path(__file__).with_name("i18n")
CATALOGUE = "export_risk"
SOURCE_LANGUAGE = "en"
# Code -> the language's own name (shown so in the Preferences whatever the current language).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh_CN": "简体中文",
    "de": "Deutsch",
    "ja": "日本語",
    "ko": "한국어",
}
SYSTEM = ""  # the stored choice meaning "follow the system's language"

# Kept alive here: Qt holds a translator by pointer only.
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate under a short name that lupdate also reads as a translation call."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def stored_choice() -> str:
    """The language chosen in the Preferences, or SYSTEM."""
    code = settings.get_text(settings.Key.LANGUAGE, SYSTEM)
    return code if code in LANGUAGES else SYSTEM


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language code to use for a stored choice: the choice itself, or the system locale's
    closest shipped language (Chinese of any script or region reads the Simplified catalogue)."""
    if choice in LANGUAGES:
        return choice
    locale = system or QLocale.system()
    for ui_name in locale.uiLanguages():
        tag = ui_name.replace("-", "_")
        base = tag.split("_")[0]
        if base == "zh":
            return "zh_CN"
        if base in LANGUAGES:
            return base
    return SOURCE_LANGUAGE


def catalogue_path(code: str) -> Path:
    return I18N_DIR / f"{CATALOGUE}_{code}.qm"


def install(code: str) -> str:
    """Install the translators for `code` (ours and Qt's own for standard buttons) in place of any
    installed before, and make QLocale's default follow it; returns the code in use."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    if code not in LANGUAGES:
        code = SOURCE_LANGUAGE
    QLocale.setDefault(locale_for(code))
    if code == SOURCE_LANGUAGE:
        return code
    ours = QTranslator()
    if not ours.load(str(catalogue_path(code))):
        log.warning("no interface translation at %s; the interface stays in English", catalogue_path(code))
        return SOURCE_LANGUAGE
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    _installed.append(ours)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    return code


def locale_for(code: str) -> QLocale:
    """The QLocale that formats dates and numbers for a language code."""
    return QLocale(code if code != SOURCE_LANGUAGE else "en_US")


def in_source_language() -> bool:
    """True while the interface speaks English (texts and formats then stay exactly as written)."""
    return QLocale().language() in (QLocale.Language.English, QLocale.Language.C)


@cache
def _territories(locale_name: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(locale_name).territories)


def country_name(code: str, english: str) -> str:
    """A jurisdiction's name in the interface language (Babel's CLDR names), else `english`."""
    if in_source_language():
        return english
    name = QLocale().name()
    return _territories(name if name and name != "C" else "en").get(code) or english


def format_date(day: date) -> str:
    """A date as the interface language writes it (ISO 8601 in English, as the register stores it)."""
    if in_source_language():
        return day.isoformat()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_money(value: Decimal) -> str:
    """An amount with two decimals and the language's separators."""
    if in_source_language():
        return f"{value:,.2f}"
    return QLocale().toString(float(value), "f", 2)
