"""Content thresholds on a register: MOFCOM No. 61's 0.1% de minimis, recorded, audited and screened."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.ownership.aggregate import Verdict
from desktop_app.services.context import ServiceContext
from desktop_app.services.maintenance.check import check_register
from desktop_app.services.ownership import content
from desktop_app.services.records import measures, ventures
from desktop_app.services.screening.exposures import needs_data, screen
from desktop_app.services.screening.findings import EXPOSURE_KIND, NEEDS_DATA_KIND
from tests.conftest import venture_data
from tests.services.test_ownership import fact

NO_61 = "MOFCOM Announcement No. 61 of 2025"


@pytest.fixture
def motor(ctx: ServiceContext) -> ServiceContext:
    row = fact(NO_61)
    back = date.fromisoformat(row["suspended_until"])
    measures.create_measure(ctx, {
        "reference": row["reference"], "title": row["title"], "jurisdiction": "CN",
        "measure_type": "extraterritorial rule", "status": "in force", "effective_on": row["effective_on"],
        "source_url": row["source_url"],
        "status_history": [{"status": "in force", "valid_from": row["effective_on"]},
                           {"status": "suspended", "valid_from": row["suspended_from"]},
                           {"status": "in force", "valid_from": (back + timedelta(days=1)).isoformat()}]})
    content.set_de_minimis(ctx, NO_61, {"share": "0.1", "origin": "CN", "items": ["rare earth magnet"],
                                        "technology": True, "note": "clause I(1), from 2025-12-01"})
    ventures.create_venture(ctx, venture_data(name="Motor JV", country="DE", partners=[
        {"name": "Rhein Motoren", "country": "DE", "share": "100"}]))
    return ctx


@pytest.mark.parametrize(("share", "verdict"), [("0.1000", Verdict.CAPTURED), ("0.0999", Verdict.NOT_CAPTURED)])
def test_the_de_minimis_share_is_inclusive(motor: ServiceContext, share: str, verdict: Verdict) -> None:
    content.set_content(motor, "Motor JV", {"product": "traction motor", "input_name": "NdFeB rare earth magnet",
                                            "origin": "CN", "share": share})
    (check,) = content.venture_content(motor, "Motor JV")
    assert check.result.verdict is verdict and check.measure_reference == NO_61
    found = [e for e in screen(motor) if e.item_key == "product:traction motor"]
    assert [e.kind for e in found] == ([EXPOSURE_KIND] if verdict is Verdict.CAPTURED else [])
    if found:
        assert "0.1000% >= 0.1000%: captured" in found[0].why and "NdFeB rare earth magnet (CN)" in found[0].why


def test_an_unknown_share_asks_for_data_and_edits_are_sealed(motor: ServiceContext) -> None:
    content.set_content(motor, "Motor JV", {"product": "traction motor", "input_name": "rare earth magnet",
                                            "origin": "CN", "share": None})
    found = screen(motor, kinds={EXPOSURE_KIND, NEEDS_DATA_KIND})
    assert [e.kind for e in found if e.item_key.startswith("product:")] == [NEEDS_DATA_KIND]
    assert any("input value shares and origins of traction motor" in n.text for n in needs_data(motor))
    assert check_register(motor).ok
    with pytest.raises(ValidationFailed, match="four decimals"):
        content.set_content(motor, "Motor JV", {"product": "p", "input_name": "i", "share": "0.00001"})
    with pytest.raises(ValidationFailed, match="origin"):
        content.set_de_minimis(motor, NO_61, {"share": "0.1", "origin": "Atlantis"})
