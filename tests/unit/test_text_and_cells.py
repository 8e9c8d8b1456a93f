"""Text rules and the import/export cell grammar: keys, escaped lists, codes, dates, formula guard."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.cells import (
    cell_date,
    cell_decimal,
    cell_int,
    guard_formula,
    join_tagged,
    split_tagged,
    unguard_formula,
)
from desktop_app.domain.enums import CodeSystem, MeasureStatus, MeasureType
from desktop_app.domain.text import join_list, normalize_key, parse_code, parse_jurisdiction, split_list

# Any non-empty text: padding spaces, tabs, CR, backslashes and brackets included.
names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


def test_reference_keys_fold_case_width_and_spacing() -> None:
    folded = normalize_key("mofcom announcement no. 46")
    assert normalize_key("  ＭＯＦＣＯＭ  Announcement\tNo. 46 ") == folded


def test_vocabularies_accept_labels_keys_and_aliases() -> None:
    assert MeasureType.parse("Export Licensing Requirement") is MeasureType.EXPORT_LICENSING
    assert MeasureType.parse("end-user control / entity listing") is MeasureType.END_USER_CONTROL
    assert MeasureType("suspension of measure") is MeasureType.SUSPENSION
    assert MeasureStatus.parse("IN_FORCE") is MeasureStatus.IN_FORCE
    with pytest.raises(ValueError, match="expected one of"):
        MeasureStatus.parse("lapsed")


def test_codes_are_text_with_a_system() -> None:
    code = parse_code(" hs:2504.10 ")
    assert (code.system, code.value, str(code)) == (CodeSystem.HS, "2504.10", "HS:2504.10")
    assert str(parse_code("CN:0012345678")) == "CN:0012345678"  # leading zeros kept: text, not a number
    with pytest.raises(ValueError, match="needs a system"):
        parse_code("2504.10")
    with pytest.raises(ValueError, match="unknown code system"):
        parse_code("XX:1")


def test_jurisdictions_are_iso_or_eu_by_code_or_name() -> None:
    assert parse_jurisdiction("cn") == "CN"
    assert parse_jurisdiction("EU") == "EU"
    assert parse_jurisdiction("China") == "CN"  # stored as the code whatever was written
    with pytest.raises(ValueError, match="ISO 3166"):
        parse_jurisdiction("Atlantis")


@given(st.lists(names, max_size=6))
def test_escaped_lists_round_trip(values: list[str]) -> None:
    assert split_list(join_list(values)) == values


@given(st.lists(st.tuples(names, st.lists(names, max_size=3)), max_size=4))
def test_tagged_lists_round_trip(elements: list[tuple[str, list[str]]]) -> None:
    assert split_tagged(join_tagged(elements)) == elements


def test_tagged_list_syntax_and_errors() -> None:
    assert split_tagged("natural graphite [HS:2504.10, CN:2504101000]; coke") == [
        ("natural graphite", ["HS:2504.10", "CN:2504101000"]), ("coke", [])]
    with pytest.raises(ValueError, match="without a closing"):
        split_tagged("graphite [HS:2504")


@given(st.text(max_size=30))
def test_formula_guard_round_trips_and_defuses(text: str) -> None:
    guarded = guard_formula(text)
    assert unguard_formula(guarded) == text
    assert not guarded.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_unguarded_apostrophe_text_is_kept() -> None:
    assert unguard_formula("'s-Hertogenbosch") == "'s-Hertogenbosch"
    assert guard_formula("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"


def test_dates_are_iso_or_real_never_guessed() -> None:
    assert cell_date("2024-12-03") == date(2024, 12, 3)
    assert cell_date(datetime(2024, 12, 3)) == date(2024, 12, 3)
    assert cell_date("") is None
    for bad in ("03/04/2024", "24-03-04", "3 Dec 2024", "2024-02-30"):
        with pytest.raises(ValueError):
            cell_date(bad)
    with pytest.raises(ValueError, match="time of day"):
        cell_date(datetime(2024, 12, 3, 14, 0))


def test_numbers() -> None:
    assert cell_int("3") == 3 and cell_int(4.0) == 4 and cell_int(None) is None
    with pytest.raises(ValueError):
        cell_int("3.5")
    assert str(cell_decimal(0.1)) == "0.1"
    with pytest.raises(ValueError, match="not a number"):
        cell_decimal("12,5")
