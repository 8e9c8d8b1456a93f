"""Flows read from words: proposed, confirmed or rejected (audited), and countries recorded in one step."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import measures, ventures
from desktop_app.services.screening.exposures import needs_data, screen
from desktop_app.services.screening.flows import decide_flow, proposed_flows, record_countries
from tests.conftest import measure_data, venture_data

KOREAN = "NCM 양극재 생산, 국내 및 미국 배터리 셀 공장에 공급. 전구체는 중국 협력사로부터 수입"


def _setup(ctx: ServiceContext) -> int:
    measures.create_measure(ctx, measure_data(reference="No. 58", status="in force", status_history=[], targets=[],
                                              items=[{"name": "NCM and NCA precursor hydroxides"}]))
    return ventures.create_venture(ctx, venture_data(name="동해양극소재", country="KR", activity=KOREAN, partners=[],
                                                     items=[{"name": "NCM precursor hydroxide"}])).id


def test_a_flow_read_from_korean_text_is_screened_with_lower_confidence(ctx: ServiceContext) -> None:
    vid = _setup(ctx)
    [e] = screen(ctx)
    assert e.confidence == "medium" and e.match.route.inferred
    assert "South Korea gets NCM precursor hydroxide from China" in e.flow
    assert "read from the activity text: \u201c전구체는 중국 협력사로부터 수입\u201d; not confirmed" in e.flow
    texts = {p.text for p in proposed_flows(ctx, vid)}
    assert "input 'NCM precursor hydroxide' from China" in texts
    assert "output 'NCM 양극재' (not yet recorded) to United States" in texts


def test_confirming_records_the_country_and_is_audited(ctx: ServiceContext) -> None:
    vid = _setup(ctx)
    p = next(p for p in proposed_flows(ctx, vid) if p.item_name == "NCM precursor hydroxide")
    decide_flow(ctx, vid, p.item_key, p.country, confirm=True)
    [item] = [i for i in ventures.get_venture(ctx, vid).items if i.name == "NCM precursor hydroxide"]
    assert item.countries == ["CN"]
    [e] = screen(ctx)
    assert e.confidence == "high" and not e.match.route.inferred
    assert p.item_key not in {q.item_key for q in proposed_flows(ctx, vid) if q.country == "CN"}
    with ctx.db.session() as s:
        [entry] = audit.list_entries(s, entity="inferred_flow")
        assert entry.changes["state"] == [None, "confirmed"] and "전구체" in entry.changes["evidence"][1]
        assert audit.list_entries(s, entity="joint_venture")[0].action == "update"
    new = next(p for p in proposed_flows(ctx, vid) if p.new_item and p.country == "US")
    decide_flow(ctx, vid, new.item_key, "US", confirm=True)
    outputs = [i for i in ventures.get_venture(ctx, vid).items if i.direction.value == "output"]
    assert [(i.name, i.countries) for i in outputs] == [("NCM 양극재", ["US"])]


def test_rejecting_stops_the_proposal_and_its_use(ctx: ServiceContext) -> None:
    vid = _setup(ctx)
    p = next(p for p in proposed_flows(ctx, vid) if p.item_name == "NCM precursor hydroxide")
    decide_flow(ctx, vid, p.item_key, p.country, confirm=False)
    assert screen(ctx) == []
    assert [n.item_name for n in needs_data(ctx)] == ["NCM precursor hydroxide"]
    assert all(q.item_key != p.item_key for q in proposed_flows(ctx, vid))
    with pytest.raises(NotFound):
        decide_flow(ctx, vid, p.item_key, p.country, confirm=True)


def test_recording_countries_settles_a_needs_data_finding(ctx: ServiceContext) -> None:
    measures.create_measure(ctx, measure_data(status="in force", status_history=[], targets=[]))
    vid = ventures.create_venture(ctx, venture_data(country="JP", partners=[], items=[
        {"name": "gallium metal", "direction": "input"}])).id
    [n] = needs_data(ctx)
    with pytest.raises(ValidationFailed, match="is not a country"):
        record_countries(ctx, vid, n.item_key, ["XX"])
    assert needs_data(ctx) == [n]  # nothing changed
    record_countries(ctx, vid, n.item_key, ["cn", "AU"])
    assert needs_data(ctx) == []
    [e] = screen(ctx)
    assert e.item_name == "gallium metal" and "gets gallium metal from China" in e.flow


def test_hostile_activity_text_is_read_without_harm(ctx: ServiceContext, hostile_strings: list[str]) -> None:
    measures.create_measure(ctx, measure_data(status="in force", status_history=[], targets=[]))
    for n, text in enumerate(hostile_strings):
        ventures.create_venture(ctx, venture_data(name=f"JV {n}", country="JP", partners=[], activity=text[:200],
                                                  notes=text, items=[{"name": f"{text} gallium metal"}]))
    found = needs_data(ctx)
    assert {n.item_name for n in found} == {f"{t} gallium metal" for t in hostile_strings}
    for n in range(len(hostile_strings)):
        proposed_flows(ctx, ventures.list_ventures(ctx)[n].id)  # reads, never raises
