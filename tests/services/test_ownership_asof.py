"""The ownership rules' own status on a date: read through the as-of layer once per date, not once per rule."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from desktop_app.services.context import ServiceContext
from desktop_app.services.ownership import common, listings
from desktop_app.services.ownership.captures import venture_ownership
from desktop_app.services.records import measures
from desktop_app.services.screening.exposures import screen_in
from desktop_app.services.screening.findings import EXPOSURE_KIND, NEEDS_DATA_KIND
from tests.services.test_ownership import AFFILIATES, ENTITY_LIST, chain  # noqa: F401  (fixture)

VENTURE = "Aurora Anode Materials LLC"


@pytest.fixture
def counted(chain: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:  # noqa: F811
    """A third rule, and every read of the as-of layer the ownership code makes, with its measure ids."""
    measures.create_measure(chain, {"reference": "MEU-TEST (fictional)", "title": "A fictional end-user rule",
                                    "jurisdiction": "US", "measure_type": "end-user control",
                                    "status": "in force", "effective_on": "2025-01-01"})
    listings.set_rule(chain, "MEU-TEST (fictional)", {"threshold": "25", "lists": ["Entity List"]})
    calls: list[list[int]] = []
    real = common.register_on

    def spy(s: Any, day: date, today: date, ids: Any = None, **kw: Any) -> Any:
        calls.append(sorted(ids or []))
        return real(s, day, today, ids, **kw)

    monkeypatch.setattr(common, "register_on", spy)
    return calls


def test_screening_reads_the_rules_status_once_per_date(chain: ServiceContext,  # noqa: F811
                                                         counted: list[list[int]]) -> None:
    with chain.db.session() as s:
        found = screen_in(s, kinds={EXPOSURE_KIND, NEEDS_DATA_KIND}, as_of=date(2026, 6, 1))
    assert len(counted) == 1 and len(counted[0]) == 3  # the three rules, in one read
    affiliates = [e for e in found if e.measure_reference == AFFILIATES and e.item_key.startswith("partner:")]
    assert affiliates and all("the rule is suspended on 2026-06-01" in e.why for e in affiliates)
    listing = [e for e in found if e.measure_reference == ENTITY_LIST and e.item_key.startswith("partner:")]
    assert listing and not any("the rule is" in e.why for e in listing)


def test_a_ventures_ownership_reads_the_rules_status_once(chain: ServiceContext,  # noqa: F811
                                                          counted: list[list[int]]) -> None:
    result = venture_ownership(chain, VENTURE, day=date(2026, 6, 1))
    assert len(result.outcomes) == 3 and len(counted) == 1
    status = {o.rule.measure_reference: o.status for o in result.outcomes}
    assert status[AFFILIATES].value == "suspended" and status[ENTITY_LIST].value == "in_force"
