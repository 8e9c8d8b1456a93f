"""CSV export then import is lossless, hostile text included, and export cells are injection-safe."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.intake.exporter import export_csv
from desktop_app.services.intake.importer import run_import
from desktop_app.services.records import assessments, measures, ventures
from desktop_app.services.timeline import clauses, windows
from tests.conftest import FIXED_NOW, measure_data, venture_data

# In the order an import needs them: clauses name measures, windows clauses, assessments both.
ENTITIES = (Entity.MEASURE, Entity.VENTURE, Entity.MEASURE_CLAUSE, Entity.SUSPENSION_WINDOW, Entity.ASSESSMENT)


def _snapshot(ctx: ServiceContext) -> dict[str, list[dict]]:
    drop = {"id", "version", "created_at", "updated_at", "measure_id", "venture_id"}
    return {
        "measures": [m.model_dump(exclude=drop) for m in measures.list_measures(ctx)],
        "ventures": [v.model_dump(exclude=drop) for v in ventures.list_ventures(ctx)],
        "assessments": sorted((a.model_dump(exclude=drop) for a in assessments.list_assessments(ctx)),
                              key=lambda a: (a["measure_reference"], a["venture_name"])),
        "clauses": sorted((c.model_dump(exclude=drop) for c in clauses.list_clauses(ctx)),
                          key=lambda c: (c["measure_reference"], c["label"])),
        "windows": sorted((w.model_dump(exclude=drop | {"suspension_id"}) for w in windows.list_windows(ctx)),
                          key=lambda w: (w["measure_reference"], w["clause"], str(w["starts_on"]))),
    }


def _round_trip(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    for entity in ENTITIES:
        export_csv(ctx, entity, tmp_path / f"{entity.record.name}.csv")
    fresh = open_register(f"sqlite:///{tmp_path / 'fresh.sqlite3'}", actor="tester")
    fresh.now = lambda: FIXED_NOW
    for entity in ENTITIES:
        run_import(fresh, tmp_path / f"{entity.record.name}.csv", entity)
    return fresh


def test_demo_register_round_trips_through_csv(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    fresh = _round_trip(ctx, tmp_path)
    assert _snapshot(fresh) == _snapshot(ctx)
    again = run_import(ctx, tmp_path / "measures.csv", Entity.MEASURE)
    assert again.count("unchanged") == 30
    for entity, n in ((Entity.MEASURE_CLAUSE, 7), (Entity.SUSPENSION_WINDOW, 8)):
        assert run_import(ctx, tmp_path / f"{entity.record.name}.csv", entity).count("unchanged") == n


def test_hostile_strings_round_trip_unchanged(ctx: ServiceContext, tmp_path: Path,
                                             hostile_strings: list[str]) -> None:
    for n, text in enumerate(hostile_strings):
        m = measures.create_measure(ctx, measure_data(
            reference=f"{text} #{n}", title=text, summary=text, authority=text, notes=text,
            original_title=text, items=[{"name": text, "codes": ["OTHER:" + text.strip()[:50] + "x"]}],
            status_history=[{"status": "in force", "valid_from": "2024-12-03", "note": text}],
            status="in force"))
        v = ventures.create_venture(ctx, venture_data(
            name=f"{text} JV {n}", location=text, activity=text, owner=text, notes=text,
            partners=[{"name": text, "country": "CN", "share": "50"}],
            items=[{"name": text, "direction": "output", "codes": ["HS:2504"]}]))
        assessments.create_assessment(ctx, {
            "measure_id": m.id, "venture_id": v.id, "inherent_likelihood": 3, "inherent_impact": 4,
            "rationale": text, "owner": text, "treatment": "mitigate",
            "mitigation": [{"text": text, "owner": text, "due_on": "2027-01-01"}]})
    fresh = _round_trip(ctx, tmp_path)
    assert _snapshot(fresh) == _snapshot(ctx)


def test_exported_cells_never_start_like_a_formula(ctx: ServiceContext, tmp_path: Path,
                                                   hostile_strings: list[str]) -> None:
    for n, text in enumerate(hostile_strings):
        measures.create_measure(ctx, measure_data(reference=f"R{n}", title=text, status="in force",
                                                  status_history=[]))
    export_csv(ctx, Entity.MEASURE, tmp_path / "m.csv")
    with (tmp_path / "m.csv").open(encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=HYPERLINK(\"http://example.invalid/x\",\"Open report\")" in cells
