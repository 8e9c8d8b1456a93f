"""The synthetic generator: deterministic, and its bulk path stores what the audited import stores."""

from __future__ import annotations

from pathlib import Path

from benchmarks.bulk import bulk_load
from benchmarks.generate import Size, load_via_import, synthetic_rows, write_csvs
from desktop_app.domain.entity import RECORDS
from desktop_app.services import audit
from desktop_app.services.context import open_register
from desktop_app.services.intake.exporter import export_csv

SMALL = Size(measures=40, ventures=12, inputs=3, assessments=150)


def test_same_seed_same_files_other_seed_other_files(tmp_path: Path) -> None:
    first = write_csvs(tmp_path / "a", SMALL)
    again = write_csvs(tmp_path / "b", SMALL)
    other = write_csvs(tmp_path / "c", SMALL, seed=1)
    for entity in first:
        assert first[entity].read_bytes() == again[entity].read_bytes()
    assert first["assessments"].read_bytes() != other["assessments"].read_bytes()
    lines = first["assessments"].read_text(encoding="utf-8").splitlines()
    assert len(lines) == SMALL.assessments + 1


def test_bulk_path_exports_like_the_import_path(tmp_path: Path) -> None:
    paths = write_csvs(tmp_path / "csv", SMALL)
    imported, bulked = f"sqlite:///{tmp_path / 'imported.sqlite3'}", f"sqlite:///{tmp_path / 'bulk.sqlite3'}"
    load_via_import(imported, paths)
    bulk_load(bulked, *synthetic_rows(SMALL))
    for url, name in ((imported, "imported"), (bulked, "bulk")):
        ctx = open_register(url, actor="benchmark")
        try:
            for entity in RECORDS:
                assert export_csv(ctx, entity, tmp_path / f"{name}-{entity.record.name}.csv") > 0
            with ctx.db.session() as s:
                assert audit.verify_chain(s).ok
        finally:
            ctx.db.dispose()
    for entity in ("measures", "ventures", "assessments"):
        assert (tmp_path / f"imported-{entity}.csv").read_text(encoding="utf-8-sig") == (
            tmp_path / f"bulk-{entity}.csv").read_text(encoding="utf-8-sig"), entity
