"""Content thresholds: 0.1000% captured, 0.0999% not; unknowns kept unknown; the technology clause."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.ownership.aggregate import Verdict
from desktop_app.domain.ownership.content import ContentInput, DeMinimis, content_check, counts

RULE = DeMinimis(Decimal("0.1"), "CN", ("rare earth magnet", "dysprosium"), technology=True)


@pytest.mark.parametrize(("share", "verdict"), [("0.1000", Verdict.CAPTURED), ("0.0999", Verdict.NOT_CAPTURED),
                                                ("0.05", Verdict.NOT_CAPTURED)])
def test_the_threshold_is_inclusive_to_the_fourth_decimal(share: str, verdict: Verdict) -> None:
    result = content_check("motor", [ContentInput("motor", "NdFeB rare earth magnet", "CN", Decimal(share))], RULE)
    assert result.verdict is verdict
    assert result.lines[-1].startswith(f"motor: CN content {Decimal(share).quantize(Decimal('0.0001'))}%")


def test_inputs_of_another_origin_or_item_do_not_count_and_shares_add_up() -> None:
    inputs = [ContentInput("motor", "rare earth magnet", "CN", Decimal("0.06")),
              ContentInput("motor", "dysprosium oxide", "CN", Decimal("0.04")),
              ContentInput("motor", "rare earth magnet", "JP", Decimal("5")),
              ContentInput("motor", "copper wire", "CN", Decimal("40"))]
    result = content_check("motor", inputs, RULE)
    assert result.verdict is Verdict.CAPTURED and result.share == Decimal("0.10")
    assert len(result.lines) == 3


def test_a_missing_share_or_origin_is_unknown_not_not_captured() -> None:
    assert content_check("motor", [ContentInput("motor", "dysprosium", "CN", None)], RULE).verdict is Verdict.UNKNOWN
    assert content_check("motor", [ContentInput("motor", "dysprosium", "", Decimal("1"))],
                         RULE).verdict is Verdict.UNKNOWN


def test_made_with_the_origins_technology_is_captured_whatever_the_share() -> None:
    result = content_check("motor", [], RULE, technology_from=["CN"])
    assert result.verdict is Verdict.CAPTURED and "technology clause" in result.lines[-1]


def test_item_words_are_matched_whole() -> None:
    assert counts("sintered NdFeB rare-earth magnet", ["rare earth magnet"])
    assert not counts("magnetite ore", ["magnet"])
    assert counts("anything", [])
