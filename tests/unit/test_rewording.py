"""Screening's, ownership's and the timeline's English sentences worded again in the interface language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from babel.messages.pofile import read_po

from desktop_app.domain.phrase import Capital, Phrase, Places, Term
from desktop_app.domain.rewording import worded
from desktop_app.system.message_language import LANGUAGES, SOURCE, label, msg
from tools.message_catalog import FOLDER, phrases, vocabulary

ROUTE = "{lead}: {home} gets {item} from {places}"
LEAD = "{measure} applies to what leaves {issuer} for {scope}"


def _route() -> Phrase:
    lead = Phrase(LEAD, measure=Phrase("{issuer}'s {kind}", issuer="China", kind=Term("export ban")),
                  issuer="China", scope=Term("any destination"))
    places = Places("China and Germany", ["CN", "DE"], ["China", "Germany"])
    return Phrase(ROUTE, lead=lead, home=Phrase("the venture in {country}", country="Germany"), item="graphite",
                  places=places)


def test_english_is_returned_as_it_is() -> None:
    """No language set (the command line, the tests): the same object, byte for byte."""
    said = _route()
    assert worded(said) is said
    assert said == ("China's export ban applies to what leaves China for any destination: the venture in Germany "
                    "gets graphite from China and Germany")


def test_german_words_the_sentence_whole(speak: Callable[[str], str]) -> None:
    """The template and every fact it holds: a Term by its label, countries by their German CLDR
    names joined the German way, a capital raised again after translation, a date in German."""
    speak("de")
    text = worded(_route())
    assert text == ("Ausfuhrverbot (China) gilt für Ausfuhren aus China (Bestimmung: jedes Land): das Joint "
                    "Venture in Germany bezieht graphite aus China und Deutschland")
    assert worded(Capital(_route())).startswith("Ausfuhrverbot")
    assert worded(Phrase("first dated on {day}", day=date(2026, 3, 4))) == "erstes Datum am 04.03.26"
    assert worded("graphite, as the user typed it") == "graphite, as the user typed it"


def test_japanese_and_korean_word_it_too(speak: Callable[[str], str]) -> None:
    speak("ja")
    assert worded(_route()).endswith("中国、ドイツからgraphiteを調達しています")
    speak("ko")
    assert "중국 및 독일에서 graphite을(를) 조달합니다" in worded(_route())


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != SOURCE])
def test_every_template_and_label_is_translated(code: str) -> None:
    """tools/message_catalog.py puts every declared template (screening, ownership, the timeline,
    an exposure's why) and the labels a Phrase quotes in the catalog; each language has them all."""
    with (FOLDER / f"{code}.po").open("rb") as fh:
        catalog = read_po(fh, locale=LANGUAGES[code])
    needed = [*phrases(), *vocabulary()]
    assert "{role} '{item}': {measure} lists \u201c{listed}\u201d; {detail}.{more} {flow}" in needed
    assert "Suspension starts: {what}" in needed and "supplier countries" in needed
    missing = [t for t in needed if t and (catalog.get(t) is None or not catalog.get(t).string)]
    assert not missing, missing


def test_a_quoted_status_is_named_in_the_language(speak: Callable[[str], str]) -> None:
    """A vocabulary value inside a service message (label) follows the language; unknown text stays."""
    speak("de")
    assert label("in force") != "in force"
    assert label("a level the user named") == "a level the user named"
    assert msg("status history says '{then}' today, not '{now}'", then=label("in force"),
               now=label("repealed")).count("in force") == 0
