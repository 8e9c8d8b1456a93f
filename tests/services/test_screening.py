"""Screening the demo register and crafted cases: exposures, needs-data, drafts, dismissals, synonyms, CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AssessmentStatus, ImpactChannel
from desktop_app.domain.errors import NotFound, ValidationFailed
from desktop_app.domain.models import AuditEntry
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.records import measures, ventures
from desktop_app.services.records.synonyms import list_synonyms, remove_synonym, set_synonym
from desktop_app.services.screening.actions import (
    dismiss_exposure,
    draft_assessment,
    list_dismissals,
    undismiss_exposure,
)
from desktop_app.services.screening.exposures import (
    count_unassessed,
    needs_data,
    screen,
    screen_in,
    unassessed_exposures,
)
from tests.conftest import FIXED_NOW, REPO, measure_data, venture_data

AURORA = "Aurora Anode Materials LLC"
RHEIN = "Rhein Gallium & Germanium Recovery GmbH"
KYUSHU = "Kyushu Photonics Substrates KK"
KOREA = "한중미래양극재 주식회사"
HUALI = "华锂新能源材料（赣州）有限公司"
GALLIUM_23 = "MOFCOM/GAC Announcement No. 23 of 2023"
GRAPHITE_39 = "MOFCOM/GAC Announcement No. 39 of 2023"
BATTERY_58 = "MOFCOM/GAC Announcement No. 58 of 2025"
US_BAN_46 = "MOFCOM Announcement No. 46 of 2024"
CAMPAIGN = "US campaign proposal (2024): tariffs of up to 60% on imports from China"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo register built once per module; each test works on its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    built = open_register(f"sqlite:///{path}", actor="tester")
    built.now = lambda: FIXED_NOW
    load_demo(built)
    built.db.dispose()  # the last connection checkpoints the WAL into the file
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[ServiceContext]:
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_file, copy)
    ctx = open_register(f"sqlite:///{copy}", actor="tester")
    ctx.now = lambda: FIXED_NOW
    yield ctx
    ctx.db.dispose()


def pairs(found) -> set[tuple[str, str]]:
    return {(e.measure_reference, e.venture_name) for e in found}


def audit_of(ctx: ServiceContext, entity: str) -> list[audit.AuditRecord]:
    with ctx.db.session() as s:
        return audit.list_entries(s, entity=entity)


def test_demo_screening_finds_the_obvious_exposures(demo: ServiceContext) -> None:
    everything = screen(demo, include_assessed=True)
    found = pairs(everything)
    assert {(GRAPHITE_39, AURORA), (GALLIUM_23, RHEIN), (GALLIUM_23, KYUSHU),
            ("Section 301 four-year review; final Notice of Modification (13 Sep 2024)", AURORA),
            (BATTERY_58, KOREA), (US_BAN_46, AURORA)} <= found
    # The US-only ban reaches the US anode plant, not the Korean plant buying the same graphite.
    assert (US_BAN_46, KOREA) not in found
    # Repealed measures stay out unless asked for; the quota that replaced the ban is in.
    assert ("Decision No. 001/ARECOMS/2025", "Katanga Cobalt Hydroxide SA") not in found
    assert ("Decision No. 004/ARECOMS/2025 (as reported)", "Katanga Cobalt Hydroxide SA") in found
    # Namibia's ban on unprocessed ore reaches none of the processed materials of the demo.
    assert not any(e.measure_reference.startswith("Cabinet decision") for e in everything)
    gallium = next(e for e in everything if (e.measure_reference, e.venture_name) == (GALLIUM_23, RHEIN)
                   and e.item_name == "crude gallium metal")
    assert gallium.assessed and gallium.direction is not None and gallium.direction.value == "input"
    assert "same code CN 8112929010" in [h.detail for h in gallium.hits]
    assert "'crude gallium metal' is gallium metal; stage: refined chemical or metal" in [
        h.detail for h in gallium.hits]
    assert gallium.flow == ("China's export licensing requirement applies to what leaves China for any "
                            "destination: the venture in Germany gets crude gallium metal from China.")
    assert gallium.match.measure_id == gallium.measure_id and gallium.confidence == "high"


def test_unassessed_exposures_list_only_unassessed_pairs_with_reasons(demo: ServiceContext) -> None:
    found = unassessed_exposures(demo)
    assert all(not e.assessed and e.kind == "exposure" for e in found)
    expected = {(BATTERY_58, HUALI), (GRAPHITE_39, KOREA)}
    assert expected <= pairs(found)
    huali = next(e for e in found if (e.measure_reference, e.venture_name) == (BATTERY_58, HUALI)
                 and e.direction is not None and e.direction.value == "output")
    assert huali.why.startswith(f"Output 'LFP cathode powder': {BATTERY_58} lists \u201cLFP cathode material (3C901)")
    assert "'LFP cathode powder' is LFP cathode" in huali.why
    assert huali.why.endswith("the venture in China sends LFP cathode powder to Hungary and Germany.")
    assert count_unassessed(demo) == len(found)
    assert pairs(unassessed_exposures(demo, venture=AURORA.upper())) == {
        p for p in pairs(found) if p[1] == AURORA}
    only = unassessed_exposures(demo, measure=GRAPHITE_39)
    assert pairs(only) == {(GRAPHITE_39, KOREA)}


def test_unknown_filter_names_are_refused(demo: ServiceContext) -> None:
    with pytest.raises(NotFound):
        screen(demo, venture="No such JV")
    with pytest.raises(NotFound):
        screen(demo, measure="No such measure")


def test_draft_assessment_from_an_exposure(demo: ServiceContext) -> None:
    e = next(x for x in unassessed_exposures(demo) if x.venture_name == HUALI)
    a = draft_assessment(demo, e.measure_id, e.venture_id)
    assert a.status is AssessmentStatus.DRAFT and a.venture_name == HUALI
    assert a.channels == [ImpactChannel.EXPORT_SALES]
    assert "LFP cathode powder" in a.rationale and "placeholders" in a.rationale
    assert (e.measure_reference, HUALI) not in pairs(unassessed_exposures(demo))
    assert any(r.entity_id == a.id and r.action == "create" for r in audit_of(demo, Entity.ASSESSMENT))
    tariff = next(x for x in unassessed_exposures(demo) if x.measure_reference == CAMPAIGN)
    drafted = draft_assessment(demo, tariff.measure_id, tariff.venture_id)
    assert drafted.channels == [ImpactChannel.TARIFF_COST]


def test_dismissal_is_audited_and_lasts_until_the_item_changes(demo: ServiceContext) -> None:
    e = next(x for x in unassessed_exposures(demo) if (x.measure_reference, x.venture_name) == (
        GRAPHITE_39, KOREA))
    with pytest.raises(ValidationFailed):
        dismiss_exposure(demo, e.measure_id, e.venture_id, e.item_key, "   ")
    done = dismiss_exposure(demo, e.measure_id, e.venture_id, e.item_key, "licensed supplier in place")
    assert done.dismissed and done.dismissal and done.dismissal.actor == "tester"
    assert (GRAPHITE_39, KOREA) not in pairs(unassessed_exposures(demo))
    assert next(d for d in screen(demo, include_dismissed=True) if d.item_key == e.item_key
                and d.measure_id == e.measure_id).dismissed
    entry = audit_of(demo, "exposure_dismissal")[0]
    assert entry.action == "create" and entry.changes["reason"] == [None, "licensed supplier in place"]
    assert entry.entity_label == f"{GRAPHITE_39} x {KOREA}: artificial graphite anode material"
    # The item changes (a second supplier country): the match is back for a fresh look.
    v = ventures.list_ventures(demo)
    korea = next(x for x in v if x.name == KOREA)
    data = korea.to_update()
    data["items"] = [dict(i, countries=["CN", "JP"]) if i["name"].startswith("artificial") else i
                     for i in data["items"]]
    ventures.update_venture(demo, korea.id, data)
    assert (GRAPHITE_39, KOREA) in pairs(unassessed_exposures(demo))
    [(ref, name, item, stale)] = list_dismissals(demo)
    assert (ref, name, item) == (GRAPHITE_39, KOREA, "artificial graphite anode material")
    assert not stale.current
    # Dismissed again, then the measure changes: back again.
    dismiss_exposure(demo, e.measure_id, e.venture_id, e.item_key, "still licensed")
    assert (GRAPHITE_39, KOREA) not in pairs(unassessed_exposures(demo))
    assert audit_of(demo, "exposure_dismissal")[0].action == "update"
    m = measures.get_measure(demo, e.measure_id)
    measures.update_measure(demo, m.id, m.to_update() | {"targets": ["KR", "US"]})
    assert (GRAPHITE_39, KOREA) in pairs(unassessed_exposures(demo))
    undismiss_exposure(demo, list_dismissals(demo)[0][3].id)
    assert list_dismissals(demo) == [] and audit_of(demo, "exposure_dismissal")[0].action == "restore"


def test_dismissing_what_screening_does_not_find_is_refused(demo: ServiceContext) -> None:
    e = unassessed_exposures(demo)[0]
    with pytest.raises(NotFound):
        dismiss_exposure(demo, e.measure_id, e.venture_id, "input:no such item", "because")


def test_synonym_edits_are_audited_and_change_what_matches(demo: ServiceContext) -> None:
    assert ("all goods", "*") in {(s.term, s.means) for s in list_synonyms(demo)}
    assert (CAMPAIGN, AURORA) in pairs(unassessed_exposures(demo))
    remove_synonym(demo, "ALL  goods")
    assert (CAMPAIGN, AURORA) not in pairs(unassessed_exposures(demo))
    kyushu = next(v for v in ventures.list_ventures(demo) if v.name == KYUSHU)
    ventures.update_venture(demo, kyushu.id, kyushu.to_update() | {
        "items": [{"name": "coating pitch", "countries": ["CN"]}]})
    # Synonyms serve names no vocabulary term describes, and the reason shows them.
    m = measures.create_measure(demo, measure_data(reference="Pitch control", status="in force",
                                                   status_history=[], targets=[],
                                                   items=[{"name": "binder pitch", "codes": []}]))
    assert screen(demo, measure=m.id, venture=KYUSHU) == []
    set_synonym(demo, "coating pitch", "binder pitch")
    [e] = screen(demo, measure=m.id, venture=KYUSHU)
    assert e.item_name == "coating pitch" and "'coating pitch' read as 'binder pitch' (synonym)" in e.why
    set_synonym(demo, "Coating pitch", "petroleum pitch")
    assert screen(demo, measure=m.id, venture=KYUSHU) == []
    entries = audit_of(demo, "synonym")
    assert [e.action for e in entries] == ["update", "create", "archive"]
    assert entries[0].changes == {"term": ["coating pitch", "Coating pitch"],
                                  "means": ["binder pitch", "petroleum pitch"]}
    with pytest.raises(ValidationFailed):
        set_synonym(demo, "!!", "graphite")
    with pytest.raises(NotFound):
        remove_synonym(demo, "never there")


def test_hostile_item_names_come_back_literally(ctx: ServiceContext, hostile_strings: list[str]) -> None:
    m = measures.create_measure(ctx, measure_data(items=[{"name": "graphite", "codes": ["HS:2504"]}]))
    for n, text in enumerate(hostile_strings):
        ventures.create_venture(ctx, venture_data(name=f"{text} JV {n}", activity=text[:200], items=[
            {"name": f"{text} graphite", "direction": "input", "codes": ["HS:2504.10"],
             "countries": ["CN"]}]))
    found = unassessed_exposures(ctx, measure=m.id)
    assert len(found) == len(hostile_strings)
    for e in found:
        assert e.why.startswith(f"Input '{e.item_name}': {m.reference} lists \u201cgraphite\u201d; "
                                "HS 2504 covers HS 2504.10.")
    assert {e.item_name for e in found} == {f"{t} graphite" for t in hostile_strings}


def test_dismissals_and_links_leave_no_stray_audit(demo: ServiceContext) -> None:
    with demo.db.session() as s:
        entities = {e.entity for e in s.exec(select(AuditEntry))}
        report = audit.verify_chain(s)
    assert report.ok and Entity.MEASURE_LINK in entities


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, EXPORT_RISK_DB=str(db), EXPORT_RISK_ACTOR="cli-user", PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)


def test_cli_screen_dismiss_and_draft(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    assert _cli(db, "demo").returncode == 0
    out = _cli(db, "screen")
    assert out.returncode == 0, out.stderr
    assert f"{GRAPHITE_39} (in force)  x  {KOREA}" in out.stdout
    assert "    code: HS 3801 covers HS 3801.10 (the measure lists: the measure's code list)" in out.stdout
    assert "possible exposures (unassessed) in " in out.stdout
    one = _cli(db, "screen", "--venture", KOREA, "--measure", GRAPHITE_39)
    assert one.returncode == 0 and one.stdout.count("  x  ") == 1
    gone = _cli(db, "dismiss", GRAPHITE_39, KOREA, "artificial graphite anode material",
                "--reason", "=1+1 licensed supplier")
    assert gone.returncode == 0, gone.stderr
    assert f"{GRAPHITE_39} (in force)  x  {KOREA}" not in _cli(db, "screen").stdout
    listed = _cli(db, "screen", "--all", "--venture", KOREA).stdout
    assert "[dismissed: =1+1 licensed supplier]" in listed
    draft = _cli(db, "draft", BATTERY_58, HUALI)
    assert draft.returncode == 0 and "Draft assessment" in draft.stdout
    assert _cli(db, "screen", "--venture", "nobody").returncode == 1
    assert _cli(db, "dismiss", GRAPHITE_39, KOREA, "needle coke", "--reason", "x").returncode == 1


def test_unrecorded_countries_are_needs_data_not_exposures(ctx: ServiceContext) -> None:
    measures.create_measure(ctx, measure_data(status="in force", status_history=[], targets=[]))
    ventures.create_venture(ctx, venture_data(country="JP", activity="", items=[
        {"name": "gallium metal", "direction": "input", "codes": ["HS:8112.92"]}]))
    assert unassessed_exposures(ctx) == []
    [n] = needs_data(ctx)
    assert n.missing == "supplier countries" and n.count == 1 and n.measures[0][1] == measure_data()["reference"]
    assert n.text == ("Record the supplier countries of gallium metal at Aurora Anode Materials LLC: "
                      "1 measure depends on it")


def test_synonym_seed_file_is_valid() -> None:
    data = json.loads((REPO / "resources" / "synonyms.json").read_text(encoding="utf-8"))
    assert data["synonyms"]["spherical graphite"] == "graphite"
    assert data["synonyms"]["lithium hydroxide"] == "lithium"


def test_the_badge_count_stops_when_asked(demo: ServiceContext) -> None:
    from desktop_app.services.progress import Cancelled, StopFlag

    stop = StopFlag()
    assert count_unassessed(demo, stop) > 0
    stop.stop()
    with pytest.raises(Cancelled):
        count_unassessed(demo, stop)


def test_screening_reads_each_measure_on_the_day_through_the_as_of_layer(demo: ServiceContext) -> None:
    """A measure not yet issued on a day reaches no one then, and does once it is; the status a
    finding is screened under is the one the as-of layer gives (dates, windows), not the stored one."""
    graphite = next(m for m in measures.list_measures(demo) if m.reference == GRAPHITE_39)
    # Recorded as announced in the future: as of today it is not yet issued.
    measures.update_measure(demo, graphite.id, graphite.to_update() | {
        "status": "proposed", "announced_on": "2027-03-01", "effective_on": "2027-06-01", "status_history": []})
    with demo.db.session() as s:
        today = {(e.measure_reference, e.venture_name) for e in screen_in(s, as_of=date(2026, 12, 3))}
        later = {(e.measure_reference, e.venture_name) for e in screen_in(s, as_of=date(2027, 7, 1))}
    assert (GRAPHITE_39, KOREA) not in today
    assert (GRAPHITE_39, KOREA) in later
