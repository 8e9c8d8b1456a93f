"""Jurisdictions by code, English name, alias and Chinese/Korean/Japanese name, shown by name."""

from __future__ import annotations

import pytest

import desktop_app.services  # noqa: F401  - installs the vocabulary the domain is handed
from desktop_app.domain.jurisdictions import (
    fold,
    is_group_code,
    jurisdiction_name,
    parse_jurisdiction,
    parse_target,
    vocabulary,
)

WRITTEN = {
    "Macao": "MO", "Macau": "MO", "Hong Kong SAR": "HK", "Hong Kong": "HK", "South Korea": "KR",
    "Republic of Korea": "KR", "Korea, Republic of": "KR", "Türkiye": "TR", "Turkiye": "TR", "Turkey": "TR",
    "UK": "GB", "United Kingdom": "GB", "中国": "CN", "香港": "HK", "대한민국": "KR", "澳门": "MO",
    "마카오": "MO", "韓国": "KR", "台灣": "TW", "China": "CN", "cn": "CN", "CHN": "CN", "Namibia": "NA",
    "NA": "NA", "DR Congo": "CD", "Burma": "MM", "Viet Nam": "VN", "Gambia, The": "GM",
    "Bosnia & Herzegovina": "BA", "St. Lucia": "LC", "Côte d’Ivoire": "CI", "European Union": "EU", "EU": "EU",
}


@pytest.mark.parametrize(("text", "code"), WRITTEN.items())
def test_countries_are_read_as_people_write_them(text: str, code: str) -> None:
    assert parse_jurisdiction(text) == code
    assert parse_jurisdiction(f"  {text} ") == code


def test_names_are_what_a_person_reads() -> None:
    assert jurisdiction_name("NA") == "Namibia"  # never "not applicable"
    assert jurisdiction_name("KR") == "South Korea"
    assert jurisdiction_name("HK") == "Hong Kong SAR China"
    assert jurisdiction_name("EU") == "European Union"
    assert jurisdiction_name("EAR:D:5") == "EAR:D:5"  # a group: its name is a record of the register


def test_a_name_two_countries_share_names_neither_and_suggests_both() -> None:
    with pytest.raises(ValueError, match=r"South Korea.*North Korea"):
        parse_jurisdiction("Korea")


@pytest.mark.parametrize(("typo", "meant"), [("Chna", "China"), ("Namibai", "Namibia"), ("Germny", "Germany"),
                                              ("Untied States", "United States")])
def test_unknown_countries_suggest_the_nearest(typo: str, meant: str) -> None:
    with pytest.raises(ValueError, match=f"did you mean '{meant}'"):
        parse_jurisdiction(typo)


def test_unknown_codes_are_refused() -> None:
    for text in ("XX", "ZZ", "Atlantis", "", "Kosovo"):  # Kosovo has no ISO 3166 code
        with pytest.raises(ValueError, match="is not a country"):
            parse_jurisdiction(text)


def test_targets_take_group_codes_as_written() -> None:
    assert parse_target("EAR:D:5") == "EAR:D:5"
    assert parse_target("WORLD") == "WORLD"
    assert parse_target("Macau") == "MO"
    with pytest.raises(ValueError):
        parse_target("chna")  # lower case is a misspelt country, not a group
    assert is_group_code("EAR:D:5") and not is_group_code("XX") and not is_group_code("ear:d:5")


def test_folding_ignores_case_accents_and_punctuation() -> None:
    assert fold("Türkiye") == fold("TURKIYE") == "turkiye"
    assert fold("The Bahamas") == "bahamas"
    assert fold("Bosnia & Herzegovina") == "bosnia and herzegovina"


def test_hostile_text_is_refused_with_a_message_never_a_crash(hostile_strings: list[str]) -> None:
    vocab = vocabulary()
    for text in hostile_strings:
        code = vocab.resolve(text)
        assert code is None or code in vocab.names
        vocab.did_you_mean(text)  # always a string
        try:
            parse_target(text)
        except ValueError as exc:
            assert str(exc)
