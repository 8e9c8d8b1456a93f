"""The language of the messages services write for a person (validation, import, check): one gettext catalog.

The window sets it once at start to its interface language; the command line, logs and files
for other programs keep English (the source text). Messages are translated where they are made,
so an error raised on a worker thread already speaks the window's language.
"""

from __future__ import annotations

import gettext

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
