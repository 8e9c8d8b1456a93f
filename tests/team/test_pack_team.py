"""An update pack on a shared PostgreSQL register: one transaction, the dry run rolled back."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.intake.pack import import_pack
from desktop_app.services.records import measures
from tests.services.test_import_pack_parts import NEW, _pack


def test_a_pack_with_every_part_on_postgres(pg_ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(pg_ctx)
    preview = import_pack(pg_ctx, _pack(tmp_path), dry_run=True)
    assert [p.count("create") for p in preview.parts] == [1, 1, 1] and len(preview.new_links) == 1
    assert NEW not in {m.reference for m in measures.list_measures(pg_ctx)}
    done = import_pack(pg_ctx, _pack(tmp_path))
    assert not done.all_errors() and NEW in {m.reference for m in measures.list_measures(pg_ctx)}
    assert not import_pack(pg_ctx, _pack(tmp_path)).changes_anything()
