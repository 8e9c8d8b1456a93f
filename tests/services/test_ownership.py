"""Ownership on a real register: parties and owners audited, listings matched, the affiliates rule on two dates."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import select

from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.domain.models import AuditEntry
from desktop_app.domain.ownership.aggregate import Listing, Verdict
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.maintenance.check import check_register
from desktop_app.services.ownership import listings, parties
from desktop_app.services.ownership.captures import venture_ownership
from desktop_app.services.records import measures, ventures
from tests.conftest import venture_data

FACTS = Path(__file__).parents[1] / "data" / "ownership" / "measures_2025_ownership.csv"
AFFILIATES, ENTITY_LIST = "90 FR 47201", "90 FR 14046"


def fact(reference: str) -> dict[str, str]:
    with FACTS.open(encoding="utf-8", newline="") as f:
        return next(r for r in csv.DictReader(f) if r["reference"] == reference)


def affiliates_measures(ctx: ServiceContext) -> None:
    """The Entity List addition and the affiliates rule with its suspension window, from the facts file."""
    el = fact(ENTITY_LIST)
    measures.create_measure(ctx, {"reference": el["reference"], "title": el["title"], "jurisdiction": "US",
                                  "measure_type": "party listing", "status": "in force",
                                  "effective_on": el["effective_on"], "source_url": el["source_url"]})
    rule = fact(AFFILIATES)
    back = date.fromisoformat(rule["suspended_until"]) + timedelta(days=1)
    measures.create_measure(ctx, {
        "reference": rule["reference"], "title": rule["title"], "jurisdiction": "US",
        "measure_type": "end-user control", "status": "in force", "effective_on": rule["effective_on"],
        "source_url": rule["source_url"],
        "status_history": [{"status": "in force", "valid_from": rule["effective_on"]},
                           {"status": "suspended", "valid_from": rule["suspended_from"]},
                           {"status": "in force", "valid_from": back.isoformat()}]})
    listings.set_rule(ctx, AFFILIATES, {"threshold": "50", "lists": ["Entity List", "MEU List"]})


@pytest.fixture
def chain(ctx: ServiceContext) -> ServiceContext:
    """Listed A owns 50% of B, which owns 50% of the venture's partner Shandong Carbon (30%)."""
    affiliates_measures(ctx)
    ventures.create_venture(ctx, venture_data())
    listings.add_listed(ctx, ENTITY_LIST, {"name": "Kestrel Microelectronics Co., Ltd.", "country": "CN",
                                           "aliases": ["红隼微电子有限公司"], "list_name": "Entity List",
                                           "listed_from": "2025-03-25"})
    parties.set_owner(ctx, "Shandong Carbon", "Binhai Holdings", "50", owned_country="CN", owner_country="CN")
    parties.set_owner(ctx, "Binhai Holdings", "红隼微电子", "50", owned_country="CN", owner_country="CN")
    return ctx


def test_a_captured_intermediate_counts_in_full_and_the_rule_follows_its_status(chain: ServiceContext) -> None:
    suspended = venture_ownership(chain, "Aurora Anode Materials LLC", day=date(2026, 6, 1), rule=AFFILIATES)
    back = venture_ownership(chain, "Aurora Anode Materials LLC", day=date(2026, 12, 1), rule=AFFILIATES)
    for result in (suspended, back):
        (o,) = result.outcomes
        partner = {name: h for _n, name, _s, h in o.partners}["Shandong Carbon"]
        assert partner.verdict is Verdict.CAPTURED and partner.share == Decimal(50)
        assert o.venture.verdict is Verdict.NOT_CAPTURED and o.venture.share == Decimal(30)
        assert any("as Kestrel Microelectronics Co., Ltd." in line for line in o.arithmetic())
    assert suspended.outcomes[0].status.value == "suspended" and not suspended.outcomes[0].applies
    assert back.outcomes[0].applies


def test_an_owner_listed_after_the_date_is_not_yet_listed(chain: ServiceContext) -> None:
    before = venture_ownership(chain, "Aurora Anode Materials LLC", day=date(2025, 3, 1), rule=AFFILIATES)
    (o,) = before.outcomes
    assert o.venture.verdict is Verdict.NOT_CAPTURED
    assert Listing.NOT_YET in {s.listing for s in o.statuses.values()}


def test_a_possible_match_is_unknown_until_judged_and_never_asked_again(chain: ServiceContext) -> None:
    listings.add_listed(chain, ENTITY_LIST, {"name": "Appalachian Energies Inc.", "country": "US",
                                             "list_name": "Entity List"})
    (o,) = venture_ownership(chain, "Aurora Anode Materials LLC", day=date(2026, 12, 1), rule=AFFILIATES).outcomes
    assert o.venture.verdict is Verdict.UNKNOWN and [p.party for p in o.possible] == ["Appalachian Energy"]
    listed_id = o.possible[0].entry.id
    listings.decide_match(chain, "Appalachian Energy", listed_id, confirm=False, country="US")
    (o,) = venture_ownership(chain, "Aurora Anode Materials LLC", day=date(2026, 12, 1), rule=AFFILIATES).outcomes
    assert o.venture.verdict is Verdict.NOT_CAPTURED and not o.possible
    listings.decide_match(chain, "Appalachian Energy", listed_id, confirm=True, country="US")
    (o,) = venture_ownership(chain, "Aurora Anode Materials LLC", day=date(2026, 12, 1), rule=AFFILIATES).outcomes
    assert o.venture.verdict is Verdict.CAPTURED and o.venture.share == Decimal(100)


def test_a_party_listing_uses_its_own_listed_parties_at_50_percent_by_default(chain: ServiceContext) -> None:
    (o,) = venture_ownership(chain, "Aurora Anode Materials LLC", day=date(2026, 12, 1), rule=ENTITY_LIST).outcomes
    assert o.rule.threshold == Decimal(50) and not o.rule.recorded
    assert {name: h.verdict for _n, name, _s, h in o.partners}["Shandong Carbon"] is Verdict.CAPTURED


def test_edits_are_audited_sealed_and_cycles_refused(chain: ServiceContext) -> None:
    with pytest.raises(ValidationFailed, match="run in a circle"):
        parties.set_owner(chain, "红隼微电子", "Shandong Carbon", "10", owned_country="CN", owner_country="CN")
    with pytest.raises(ValidationFailed, match="share"):
        parties.set_owner(chain, "Shandong Carbon", "Someone", "101", owned_country="CN")
    with pytest.raises(ValidationFailed, match="not a party listing"):
        listings.add_listed(chain, AFFILIATES, {"name": "X"})
    with pytest.raises(NotFound):
        listings.decide_match(chain, "Nobody at all", 1, confirm=True)
    with chain.db.session() as s:
        names = set(s.exec(select(AuditEntry.entity)))
        assert {"party", "listed_party", "ownership_rule"} <= names
        assert audit.verify_chain(s).ok
    assert check_register(chain).ok
    parties.set_owner(chain, "Shandong Carbon", "Binhai Holdings", None, owned_country="CN", owner_country="CN")
    (o,) = venture_ownership(chain, "Aurora Anode Materials LLC", day=date(2026, 12, 1), rule=AFFILIATES).outcomes
    assert o.venture.verdict is Verdict.UNKNOWN  # a missing share of a captured owner: never "not captured"


def test_hostile_names_survive(ctx: ServiceContext, hostile_strings: list[str]) -> None:
    for text in hostile_strings:
        try:
            p = parties.save_party(ctx, {"name": text, "aliases": [text]})
        except ValidationFailed:
            continue  # refused with a message naming the field (control characters, length)
        assert p.name == " ".join(text.split()) and p.aliases == (text,)


def test_screening_shows_captured_partners_as_exposures_and_unknown_ones_as_needs_data(chain: ServiceContext) -> None:
    from desktop_app.services.screening.exposures import needs_data, screen
    from desktop_app.services.screening.findings import EXPOSURE_KIND, NEEDS_DATA_KIND

    found = screen(chain, kinds={EXPOSURE_KIND, NEEDS_DATA_KIND})
    partners = [(e.measure_reference, e.item_name, e.kind) for e in found if e.item_key.startswith("partner:")]
    assert sorted(partners) == [(ENTITY_LIST, "Shandong Carbon", EXPOSURE_KIND),
                                (AFFILIATES, "Shandong Carbon", EXPOSURE_KIND)]
    why = next(e.why for e in found if e.measure_reference == AFFILIATES)
    assert "Shandong Carbon is held 50% by listed parties, threshold 50%: captured" in why
    assert "Binhai Holdings 50% x 100% (Binhai Holdings captured, counted in full) = 50%" in why
    listings.add_listed(chain, ENTITY_LIST, {"name": "Appalachian Energies Inc.", "country": "US",
                                             "list_name": "Entity List"})
    needs = needs_data(chain)
    assert any(n.item_name == "Appalachian Energy" and "ownership shares or listing verdicts" in n.text for n in needs)
