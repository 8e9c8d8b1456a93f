"""The issue's ownership cases in one register: a two-tier chain, two listed owners, an unknown listing."""

from __future__ import annotations

from desktop_app.services.context import ServiceContext
from desktop_app.services.ownership import listings, parties
from desktop_app.services.records import ventures
from tests.conftest import venture_data
from tests.services.test_ownership import AFFILIATES, ENTITY_LIST, affiliates_measures

AURORA, DELTA, ECHO = "Aurora Anode Materials LLC", "Delta Magnet JV", "Echo Motor JV"
DEMO_CARBON = "Shandong Shimo Carbon Co. (fictional)"  # Aurora's Chinese partner in resources/demo


def build_cases(ctx: ServiceContext, owner_name: str = "Binhai Holdings", *, demo: bool = False) -> None:
    """Aurora's partner Shandong Carbon (30%) is held 50% by `owner_name`, held 50% by listed Kestrel
    (captured); Delta's partner is held 30% by Kestrel and 25% by listed Corvid (captured, 55%);
    Echo's partner is held 20% by Fulmar Trading, a possible match nobody judged (unknown).
    `demo`: on the demo register, which already holds both measures and Aurora (its Chinese partner
    named DEMO_CARBON): only the threshold is set and the chain starts at that partner."""
    carbon = DEMO_CARBON if demo else "Shandong Carbon"
    if demo:
        listings.set_rule(ctx, AFFILIATES, {"threshold": "50", "lists": ["Entity List", "MEU List"]})
    else:
        affiliates_measures(ctx)
        ventures.create_venture(ctx, venture_data())
    ventures.create_venture(ctx, venture_data(name=DELTA, partners=[
        {"name": "Delta Metals", "country": "CN", "share": "40"}]))
    ventures.create_venture(ctx, venture_data(name=ECHO, partners=[
        {"name": "Echo Parts", "country": "CN", "share": "60"}]))
    for name in ("Kestrel Microelectronics Co., Ltd.", "Corvid Systems Ltd."):
        listings.add_listed(ctx, ENTITY_LIST, {"name": name, "country": "CN", "list_name": "Entity List",
                                               "listed_from": "2025-03-25"})
    listings.add_listed(ctx, ENTITY_LIST, {"name": "Fulmar Tradings", "country": "CN", "list_name": "Entity List",
                                           "listed_from": "2025-03-25"})
    parties.set_owner(ctx, carbon, owner_name, "50", owned_country="CN", owner_country="CN")
    parties.set_owner(ctx, owner_name, "Kestrel Microelectronics", "50", owned_country="CN", owner_country="CN")
    parties.set_owner(ctx, "Delta Metals", "Kestrel Microelectronics", "30", owned_country="CN", owner_country="CN")
    parties.set_owner(ctx, "Delta Metals", "Corvid Systems", "25", owned_country="CN", owner_country="CN")
    parties.set_owner(ctx, "Echo Parts", "Fulmar Trading", "20", owned_country="CN", owner_country="CN")
