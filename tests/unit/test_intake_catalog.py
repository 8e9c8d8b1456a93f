"""The import and update-pack messages are translated in every language, their placeholders kept."""

from __future__ import annotations

import string
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from desktop_app.system.message_language import LANGUAGES, SOURCE

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "locale" / "messages"
AREA = "desktop_app/services/intake/"


def placeholders(text: str) -> Counter[tuple[str, str, str | None]]:
    """Each {name!conversion:spec} of a str.format text (a translation may reorder them)."""
    return Counter((name, spec or "", conversion) for _literal, name, spec, conversion
                   in string.Formatter().parse(text) if name is not None)


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != SOURCE])
def test_every_intake_message_is_translated_with_its_placeholders(code: str) -> None:
    with (FOLDER / f"{code}.po").open("rb") as fh:
        catalog = read_po(fh, locale=LANGUAGES[code])
    ours = [m for m in catalog if m.id and any(path.startswith(AREA) for path, _line in m.locations)]
    assert len(ours) > 100
    problems = [m.id for m in ours if not m.string or m.fuzzy or placeholders(m.string) != placeholders(m.id)]
    assert not problems, f"{code}: untranslated or placeholders changed: {problems}"


def test_placeholders_are_read_with_their_format() -> None:
    assert placeholders("{a:,} of {b!r}") == placeholders("{b!r} / {a:,}")
    assert placeholders("{a:,}") != placeholders("{a}")
