"""Ownership arithmetic: the issue's cases, unknowns kept unknown, cycles refused, deep chains."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.ownership.aggregate import (
    Edge,
    Listing,
    OwnershipCycle,
    Status,
    Verdict,
    aggregate,
    explain,
    pct,
)

D = Decimal
LISTED = Status(Listing.LISTED, "Entity List")
NAMES = {1: "A", 2: "B", 3: "Partner", 4: "C", 5: "D"}


def test_half_of_a_captured_half_is_captured_because_the_intermediate_counts_in_full() -> None:
    owners = {3: [Edge(2, D(50))], 2: [Edge(1, D(50))]}
    held = aggregate([3], owners, {1: LISTED}, NAMES)
    assert held[2].verdict is Verdict.CAPTURED and held[2].share == D(50)
    assert held[3].verdict is Verdict.CAPTURED and held[3].share == D(50)  # 50% x 100%, not 25%
    lines = explain(3, held, owners)
    assert "B: A 50% x 100% (A captured, counted in full) = 50%" in lines
    assert "Partner: B 50% x 100% (B captured, counted in full) = 50%" in lines
    assert lines[-1] == "Partner: 50% >= 50%: captured (counts in full)"


def test_a_below_threshold_intermediate_is_multiplied_along_the_tier() -> None:
    owners = {3: [Edge(2, D(80))], 2: [Edge(1, D(40))]}
    held = aggregate([3], owners, {1: LISTED}, NAMES)
    assert held[2].verdict is Verdict.NOT_CAPTURED and held[3].share == D(32)
    assert held[3].verdict is Verdict.NOT_CAPTURED
    assert "Partner: B 80% x 40% (B held 40% by listed parties) = 32%" in held[3].lines


def test_two_listed_owners_sum_30_and_25_to_a_captured_55() -> None:
    held = aggregate([3], {3: [Edge(1, D(30)), Edge(4, D(25))]}, {1: LISTED, 4: LISTED}, NAMES)
    assert held[3].share == D(55) and held[3].verdict is Verdict.CAPTURED
    assert "Partner: sum 55%" in held[3].lines


def test_a_20_percent_owner_whose_listing_is_unknown_leaves_the_answer_unknown() -> None:
    possible = Status(Listing.UNKNOWN, "possible match with C Holdings on the Entity List, confirm")
    held = aggregate([3], {3: [Edge(4, D(20)), Edge(5, D(80))]}, {4: possible}, NAMES)
    assert held[3].verdict is Verdict.UNKNOWN and held[3].unknown
    assert held[4].verdict is Verdict.UNKNOWN


def test_a_missing_share_of_a_listed_owner_is_unknown_never_not_captured() -> None:
    held = aggregate([3], {3: [Edge(1, None)]}, {1: LISTED}, NAMES)
    assert held[3].verdict is Verdict.UNKNOWN
    assert any("share not recorded" in line for line in held[3].lines)


def test_a_missing_share_of_an_owner_nobody_listed_adds_nothing() -> None:
    held = aggregate([3], {3: [Edge(5, None)]}, {}, NAMES)
    assert held[3].verdict is Verdict.NOT_CAPTURED and held[3].lines == ()


def test_an_owner_listed_after_the_date_is_not_yet_listed_and_captures_nothing() -> None:
    later = Status(Listing.NOT_YET, "on the Entity List from 2027-01-01, after 2026-06-01")
    held = aggregate([3], {3: [Edge(1, D(60))]}, {1: later}, NAMES)
    assert held[3].verdict is Verdict.NOT_CAPTURED and held[3].share == 0
    assert held[1].lines[0].startswith("A: not yet listed (on the Entity List from 2027-01-01")


def test_unknown_below_does_not_hide_a_capture_already_reached() -> None:
    held = aggregate([3], {3: [Edge(1, D(60)), Edge(4, None)]}, {1: LISTED, 4: LISTED}, NAMES)
    assert held[3].verdict is Verdict.CAPTURED


def test_a_cycle_is_refused_with_the_parties_named() -> None:
    owners = {3: [Edge(2, D(50))], 2: [Edge(1, D(50))], 1: [Edge(3, D(10))]}
    with pytest.raises(OwnershipCycle, match="Partner, which is owned by B, which is owned by A, which is owned by "
                                             "Partner"):
        aggregate([3], owners, {}, NAMES)


def test_a_thousand_tier_chain_is_walked_without_recursion() -> None:
    owners = {n: [Edge(n + 1, D(100))] for n in range(1000)}
    held = aggregate([0], owners, {1000: LISTED}, {})
    assert held[0].verdict is Verdict.CAPTURED


def test_the_threshold_is_per_rule_and_inclusive() -> None:
    held = aggregate([3], {3: [Edge(1, D(25))]}, {1: LISTED}, NAMES, threshold=D(25))
    assert held[3].verdict is Verdict.CAPTURED
    held = aggregate([3], {3: [Edge(1, D("24.9999"))]}, {1: LISTED}, NAMES, threshold=D(25))
    assert held[3].verdict is Verdict.NOT_CAPTURED


def test_percentages_are_shown_as_written() -> None:
    assert [pct(D(50)), pct(D("27.50")), pct(D("0.0625")), pct(D("12.345678"))] == ["50%", "27.5%", "0.0625%",
                                                                                  "12.3457%"]
