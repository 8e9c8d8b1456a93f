"""Name matching for listings: legal forms and scripts normalised; near names asked about, not matched."""

from __future__ import annotations

import pytest

from desktop_app.domain.ownership.names import NameMatch, match_names, normalise


@pytest.mark.parametrize(("name", "key"), [
    ("Huawei Technologies Co., Ltd.", "huawei technologies"),
    ("ACME GmbH", "acme"),
    ("Ａｃｍｅ  LLC", "acme"),  # full-width letters: NFKC
    ("华为技术有限公司", "华为技术"),
    ("삼성전자 주식회사", "삼성전자"),
    ("ソニー株式会社", "ソニー"),
    ("The Group", "the group"),  # nothing but legal words: kept as written
])
def test_normalise_strips_case_punctuation_and_legal_forms(name: str, key: str) -> None:
    assert normalise(name) == key


def test_the_same_normalised_name_or_alias_is_a_match() -> None:
    found = match_names(["Northwind Metals", "北风金属有限公司"], ["北风金属", "NW Metals"])
    assert found is not None and found.kind is NameMatch.EXACT and found.listed == "北风金属"


def test_a_close_name_is_a_possible_match_to_confirm() -> None:
    found = match_names(["Sinorare Magnetics Co., Ltd."], ["Sino-Rare Magnetic Co. Ltd"])
    assert found is not None and found.kind is NameMatch.POSSIBLE and 88 <= found.score < 100


def test_different_names_do_not_match() -> None:
    assert match_names(["Baltic Cathode Works"], ["Shenzhen Rare Earth Trading"]) is None
    assert match_names(["", "  "], ["Acme"]) is None


def test_hostile_text_is_compared_not_interpreted() -> None:
    assert match_names(["=HYPERLINK(\"x\")<b>&"], ["=HYPERLINK(\"x\")<b>&"]) is not None
