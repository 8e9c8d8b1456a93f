"""The built bundle carries the interface's compiled translations, as committed."""

from __future__ import annotations

from desktop_app.ui import language
from tests.bundle.conftest import Bundle


def test_the_bundle_ships_every_catalogue(bundle: Bundle) -> None:
    shipped = [code for code in language.LANGUAGES if code != language.SOURCE_LANGUAGE]
    for code in shipped:
        name = language.catalogue_path(code).name
        found = list(bundle.folder.rglob(f"desktop_app/ui/i18n/{name}"))
        assert len(found) == 1, f"{name} not in the bundle"
        assert found[0].read_bytes() == language.catalogue_path(code).read_bytes()
