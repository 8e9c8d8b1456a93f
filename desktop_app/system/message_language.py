"""The language of the messages services write for a person (validation, import, check): one gettext catalog.

The window sets it once at start to its interface language; the command line, logs and files
for other programs keep English (the source text). Messages are translated where they are made,
so an error raised on a worker thread already speaks the window's language.
"""

from __future__ import annotations

import gettext
from datetime import date
from functools import cache

from desktop_app.system.catalogs import translations

SOURCE = "en"
# Language code (as the interface names it) -> CLDR locale of its catalog.
LANGUAGES: dict[str, str] = {"en": "en", "zh_CN": "zh_Hans_CN", "de": "de", "ja": "ja", "ko": "ko"}
CATALOG_DIR = "locale/messages"  # resources/locale/messages/<language>.po, messages.pot beside them
# Process-wide on purpose: the interface language is fixed for a run (it applies on restart), and
# a ContextVar would not reach the database worker's threads.
_state = {"language": SOURCE}


def set_language(code: str) -> str:
    """Speak `code` from now on (an unknown code keeps English); returns the code in use."""
    _state["language"] = code if code in LANGUAGES else SOURCE
    if _state["language"] != SOURCE:
        _catalog()  # a broken catalog fails at start, not in the middle of an error message
    return _state["language"]


def language() -> str:
    return _state["language"]


def _catalog() -> gettext.NullTranslations:
    code = _state["language"]
    if code == SOURCE:
        return gettext.NullTranslations()
    return translations(CATALOG_DIR, code, LANGUAGES[code], "messages")


def msg(message: str, /, **params: object) -> str:
    """`message` in the current language, its {named} placeholders filled with `params` after
    translation (so a translation may reorder them)."""
    text = _catalog().gettext(message)
    return text.format(**params) if params else text


def nmsg(singular: str, plural: str, count: int, /, **params: object) -> str:
    """The form of a whole sentence that fits `count`; `count` is also a placeholder."""
    text = _catalog().ngettext(singular, plural, count)
    return text.format(count=count, **params)


def mark(message: str, /) -> str:
    """Marks text for the catalog where it is declared (a constant); `msg()` translates it where shown."""
    return message


def label(text: str) -> str:
    """A vocabulary label (a status, a role, a fixed word of screening) in the current language;
    text the catalog does not hold (a name the user gave) comes back as it is."""
    return _catalog().gettext(text) if text else text


def _locale() -> str:
    return LANGUAGES[_state["language"]]


def country(code: str, english: str) -> str:
    """The CLDR name of an ISO 3166 code (or EU) in the current language; `english` in English."""
    if _state["language"] == SOURCE or not code:
        return english
    return _territories(_locale()).get(code, english)


@cache
def _territories(locale: str) -> dict[str, str]:
    """CLDR's country names of a locale, read once: the Exposures view names them in every row."""
    from babel import Locale

    return dict(Locale.parse(locale).territories)


def listed(items: list[str]) -> str:
    """Names joined as the current language lists them ("Deutschland und Frankreich"); English: "A, B and C"."""
    if _state["language"] == SOURCE or len(items) < 2:
        return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)
    from babel.lists import format_list

    return format_list(items, locale=_locale())


def day(value: date) -> str:
    """A date as the current language writes it: ISO 8601 in English, the CLDR short form otherwise."""
    if _state["language"] == SOURCE:
        return value.isoformat()
    from babel.dates import format_date

    return format_date(value, "short", locale=_locale())
