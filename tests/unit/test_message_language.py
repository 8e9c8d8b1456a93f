"""The services' message catalog: English by default, the window's language once set, placeholders kept."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.system import message_language
from desktop_app.system.message_language import msg, nmsg


def test_english_is_the_source_text_with_placeholders_filled() -> None:
    assert message_language.language() == "en"
    assert msg("row {row}, column {column}: {problem}", row=3, column="share", problem="x") == "row 3, column share: x"
    assert nmsg("{count} record", "{count} records", 2) == "2 records"


def test_an_unknown_language_keeps_english(speak: Callable[[str], str]) -> None:
    assert speak("tlh") == "en"
    assert msg("plain") == "plain"


def test_every_shipped_language_has_a_catalog(speak: Callable[[str], str]) -> None:
    for code in message_language.LANGUAGES:
        assert speak(code) == code  # a missing or broken .po raises here
