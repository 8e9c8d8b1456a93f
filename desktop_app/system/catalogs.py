"""gettext catalogs kept as readable .po files (Babel) and compiled in memory on first use."""

from __future__ import annotations

import gettext
from functools import cache
from io import BytesIO

from desktop_app.system.paths import resource


@cache
def translations(folder: str, language: str, locale: str, domain: str) -> gettext.NullTranslations:
    """The catalog `resources/<folder>/<language>.po` (the repository holds only the readable
    catalog; a broken one raises here, before anything is written with it)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with resource(*folder.split("/"), f"{language}.po").open("rb") as fh:
        catalog = read_po(fh, locale=locale, domain=domain)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)
