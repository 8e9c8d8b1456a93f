"""Jurisdiction groups: seeded by the migration, edited through the audited service, used by
measures' targets and exclusions and expanded by screening."""

from __future__ import annotations

import pytest
from sqlmodel import select

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import Conflict, RegisterError, ValidationFailed
from desktop_app.domain.models import AuditEntry
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import groups, measures, ventures
from desktop_app.services.screening.exposures import screen
from tests.conftest import measure_data, venture_data


def test_the_register_starts_with_the_eu_the_ear_groups_and_all_countries(ctx: ServiceContext) -> None:
    found = {g.code: g for g in groups.list_groups(ctx)}
    assert set(found) == {"EU", "WORLD", *(f"EAR:{k}" for k in (
        "A:1", "A:2", "A:3", "A:4", "A:5", "A:6", "B", "D:1", "D:2", "D:3", "D:4", "D:5", "E:1", "E:2"))}
    assert len(found["EU"].members) == 27 and "DE" in found["EU"].members and "GB" not in found["EU"].members
    d5 = found["EAR:D:5"]
    assert {"CN", "RU", "IR", "KP", "VE"} <= set(d5.members) and "MO" not in d5.members  # Macau is D:1, not D:5
    assert "ecfr.gov" in d5.source and "Country Group D:5" in d5.aliases
    assert found["EAR:E:2"].members == ["CU"]
    assert found["WORLD"].covers_all and not found["WORLD"].members
    assert "Kosovo" in found["EAR:B"].notes  # listed in the supplement, without an ISO code


def test_groups_are_edited_with_audit_and_version_checks(ctx: ServiceContext, hostile_strings: list[str]) -> None:
    name = next(s for s in hostile_strings if "<b>" in s)
    made = groups.save_group(ctx, {"code": "MY:PARTNERS", "name": name, "members": ["Namibia", "中国", "KR"],
                                   "aliases": ["partner countries"]})
    assert made.members == ["CN", "KR", "NA"] and made.name == name
    changed = groups.save_group(ctx, made.model_dump() | {"members": ["NA"]}, version=made.version)
    assert changed.members == ["NA"] and changed.version == made.version + 1
    with pytest.raises(Conflict):
        groups.save_group(ctx, made.model_dump() | {"name": "stale"}, version=made.version)
    assert groups.save_group(ctx, changed.model_dump()) == changed  # nothing changed, nothing written
    groups.remove_group(ctx, "MY:PARTNERS")
    with ctx.db.session() as s:
        entries = [e for e in s.exec(select(AuditEntry)) if e.entity == Entity.JURISDICTION_GROUP.value]
        assert [e.action for e in entries] == ["create", "update", "archive"]
        assert audit.verify_chain(s).ok


@pytest.mark.parametrize(("data", "message"), [
    ({"code": "XX", "name": "x"}, "3 to 40 capitals"),
    ({"code": "CHN", "name": "x"}, "is a country's code"),
    ({"code": "G:1", "name": "x", "members": ["Atlantis"]}, "is not a country"),
    ({"code": "G:1", "name": "x", "members": ["CN", "China"]}, "twice"),
    ({"code": "G:1", "name": "x", "covers_all": True, "members": ["CN"]}, "lists no members"),
    ({"code": "G:1", "name": "x", "aliases": ["Macau"]}, "already names a country"),
])
def test_bad_groups_are_refused(ctx: ServiceContext, data: dict, message: str) -> None:
    with pytest.raises(ValidationFailed, match=message):
        groups.save_group(ctx, data)


def test_a_group_named_by_a_measure_or_another_groups_name_is_protected(ctx: ServiceContext) -> None:
    measures.create_measure(ctx, measure_data(targets=["EAR:D:5"], excluded=["MO"]))
    with pytest.raises(RegisterError, match="named by 1 measure"):
        groups.remove_group(ctx, "EAR:D:5")
    with pytest.raises(RegisterError, match="cannot be removed"):
        groups.remove_group(ctx, "EU")
    with pytest.raises(RegisterError, match="already names the group EAR:D:5"):
        groups.save_group(ctx, {"code": "MINE", "name": "Country Group D:5"})
    with pytest.raises(ValidationFailed, match="neither a country nor a jurisdiction group"):
        measures.create_measure(ctx, measure_data(reference="other", targets=["NOPE:1"]))


def test_screening_expands_groups_in_targets_and_exclusions(ctx: ServiceContext) -> None:
    item = [{"name": "gallium", "direction": "input", "codes": ["HS:8112.92"], "countries": ["CN"]}]
    for name, country in (("Volga Gallium (fictional)", "RU"), ("Macao Gallium (fictional)", "MO"),
                          ("Hamburg Gallium (fictional)", "DE")):
        ventures.create_venture(ctx, venture_data(name=name, country=country, partners=[], items=item))
    measures.create_measure(ctx, measure_data(reference="D5 ban", status="in force", status_history=[],
                                              targets=["EAR:D:5"]))
    measures.create_measure(ctx, measure_data(reference="World ban", status="in force", status_history=[],
                                              targets=["WORLD"], excluded=["EU"]))
    hits = {(e.measure_reference, e.venture_name) for e in screen(ctx)}
    assert ("D5 ban", "Volga Gallium (fictional)") in hits
    assert ("D5 ban", "Macao Gallium (fictional)") not in hits and ("D5 ban", "Hamburg Gallium (fictional)") not in hits
    assert {v for m, v in hits if m == "World ban"} == {"Volga Gallium (fictional)", "Macao Gallium (fictional)"}
    reason = next(e for e in screen(ctx) if e.venture_name.startswith("Volga")).flow
    assert "China" in reason and "Russia" in reason and "CN" not in reason.split()


def test_a_membership_change_offers_dismissed_matches_again(ctx: ServiceContext) -> None:
    from desktop_app.services.screening.actions import dismiss_exposure

    item = [{"name": "gallium", "direction": "input", "codes": ["HS:8112.92"], "countries": ["CN"]}]
    ventures.create_venture(ctx, venture_data(name="Volga Gallium (fictional)", country="RU", partners=[], items=item))
    measures.create_measure(ctx, measure_data(reference="D5 ban", status="in force", status_history=[],
                                              targets=["EAR:D:5"]))
    [found] = screen(ctx)
    dismiss_exposure(ctx, found.measure_id, found.venture_id, found.item_key, "judged on the 2026 list")
    assert screen(ctx) == []
    d5 = groups.get_group(ctx, "EAR:D:5")
    groups.save_group(ctx, d5.model_dump() | {"members": [*d5.members, "KH"]}, version=d5.version)
    assert [e.venture_name for e in screen(ctx)] == ["Volga Gallium (fictional)"]
