"""The reports' language: one gettext catalog (.po files read by Babel), CLDR country names, dates and numbers."""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime

from desktop_app.system.catalogs import translations
from desktop_app.system.message_language import msg

# Report language -> (name shown in messages and dialogs, CLDR locale for names, dates and numbers).
LANGUAGES: dict[str, tuple[str, str]] = {
    "en": ("English", "en"),
    "zh_CN": ("Simplified Chinese (简体中文)", "zh_Hans_CN"),
}
DEFAULT = "en"
# Other spellings people type for a language; matched case-insensitively, "-" and "_" alike.
_ALIASES = {"zh": "zh_CN", "zh_hans": "zh_CN", "zh_hans_cn": "zh_CN", "en_us": "en", "en_gb": "en"}
CATALOG_DIR = "locale"  # resources/locale/<language>.po, the catalog's template reports.pot beside them
_current: ContextVar[str] = ContextVar("report_language", default=DEFAULT)


class LanguageError(ValueError):
    """A report language this application has no catalog for."""


def choices() -> str:
    """E.g. "en (English), zh_CN (Simplified Chinese (简体中文); also zh)" for messages and help."""
    also = {code: [a for a, c in _ALIASES.items() if c == code and "_" not in a] for code in LANGUAGES}
    return ", ".join(f"{code} ({name}{'; also ' + ', '.join(also[code]) if also[code] else ''})"
                     for code, (name, _) in LANGUAGES.items())


def parse_language(text: str) -> str:
    """The language code `text` names ("zh", "zh-CN", "zh_CN" -> "zh_CN"); LanguageError otherwise."""
    key = text.strip().replace("-", "_").lower()
    for code in LANGUAGES:
        if code.lower() == key:
            return code
    if key in _ALIASES:
        return _ALIASES[key]
    raise LanguageError(msg("{text!r} is not a report language; choose one of: {choices}.", text=text,
                            choices=choices()))


def _translations(language: str) -> gettext.NullTranslations:
    """English is the source text; another language's .po is compiled in memory on first use."""
    if language == DEFAULT:
        return gettext.NullTranslations()
    return translations(CATALOG_DIR, language, LANGUAGES[language][1], "reports")


@contextmanager
def report_language(language: str) -> Iterator[str]:
    """Write the reports built inside this block in `language` (this thread or task only)."""
    code = parse_language(language)
    _translations(code)  # a broken catalog fails here, before any output is started
    token = _current.set(code)
    try:
        yield code
    finally:
        _current.reset(token)


def current() -> str:
    return _current.get()


def _(message: str, /, **params: object) -> str:
    """`message` in the report language, its {named} placeholders filled with `params`."""
    text = _translations(_current.get()).gettext(message)
    return text.format(**params) if params else text


def N_(message: str, /) -> str:
    """Marks text for the catalog where it is declared; it is translated where it is shown."""
    return message


def n_(singular: str, plural: str, count: int, /, **params: object) -> str:
    """The form of a whole sentence that fits `count` (Chinese has one), placeholders filled."""
    text = _translations(_current.get()).ngettext(singular, plural, count)
    return text.format(**params) if params else text


def separator() -> str:
    """What separates the items of a list in the report language: ", " in English, "、" in Chinese."""
    if _current.get() == DEFAULT:
        return ", "
    from babel import Locale

    return Locale.parse(_locale()).list_patterns["standard"]["middle"].format("", "")


def label(text: str) -> str:
    """A vocabulary label or risk level name in the report language; text the catalog does not
    hold (a level the user named) comes back as it is."""
    return _translations(_current.get()).gettext(text) if text else text


def _locale() -> str:
    return LANGUAGES[_current.get()][1]


def country(code: str, english: str) -> str:
    """The CLDR name of an ISO 3166 code (or EU) in the report language; `english` otherwise."""
    if _current.get() == DEFAULT or not code:
        return english
    from babel import Locale

    return Locale.parse(_locale()).territories.get(code, english)


def day(value: date) -> str:
    """A date as the report language writes it: ISO 8601 in English, the CLDR short form in another
    language ("2026/11/25" in Chinese), which fits the tables' date columns."""
    if _current.get() == DEFAULT:
        return value.isoformat()
    from babel.dates import format_date

    return format_date(value, "short", locale=_locale())


def moment(value: datetime) -> str:
    """A date and time with its zone name."""
    if _current.get() == DEFAULT:
        return value.strftime("%Y-%m-%d %H:%M %Z").strip()
    return f"{day(value.date())} {value.strftime('%H:%M %Z').strip()}"


def number(value: float, decimals: int = 0) -> str:
    """A number with the language's grouping ("1,234"), `decimals` digits after the point."""
    if _current.get() == DEFAULT:
        return f"{value:,.{decimals}f}"
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=_locale())
