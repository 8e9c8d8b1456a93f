"""Item countries in the ventures import/export: `[HS:2504.10, from: CN]`, `[to: US; KR]`, lossless."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ImportRejected
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake.codecs.ventures import CODEC
from desktop_app.services.intake.exporter import export_csv
from desktop_app.services.intake.importer import run_import
from desktop_app.services.records import ventures
from tests.conftest import FIXED_NOW, venture_data

HEADER = "name,country,inputs,outputs,technologies_in\n"


def _import(ctx: ServiceContext, tmp_path: Path, row: str) -> list[dict]:
    path = tmp_path / "v.csv"
    path.write_text(HEADER + row + "\n", encoding="utf-8")
    run_import(ctx, path, Entity.VENTURE)
    [v] = ventures.list_ventures(ctx)
    return [i.model_dump(mode="json") for i in v.items]


def test_country_tags_in_item_cells(ctx: ServiceContext, tmp_path: Path) -> None:
    items = _import(ctx, tmp_path, 'JV,US,"spherical graphite [HS:2504.10, from: CN; mz]; coke [from: JP, KR]",'
                                   '"anode [to: US; KR]",licence [from: CN]')
    assert items == [
        {"name": "spherical graphite", "direction": "input", "codes": ["HS:2504.10"], "countries": ["CN", "MZ"]},
        {"name": "coke", "direction": "input", "codes": [], "countries": ["JP", "KR"]},
        {"name": "anode", "direction": "output", "codes": [], "countries": ["US", "KR"]},
        {"name": "licence", "direction": "technology_in", "codes": [], "countries": ["CN"]},
    ]


@pytest.mark.parametrize(("cell", "message"), [
    ('"graphite [to: CN]",,', "write 'from: COUNTRY' for input items"),
    ('"graphite [from: XX]",,', "'XX' is not a country"),
    ('"graphite [from: CN; CN]",,', "lists a country twice"),
])
def test_bad_country_tags_are_reported_by_column(ctx: ServiceContext, tmp_path: Path, cell: str,
                                                  message: str) -> None:
    path = tmp_path / "v.csv"
    path.write_text(HEADER + f"JV,US,{cell}\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, path, Entity.VENTURE)
    assert "column inputs" in str(caught.value.errors) and message in str(caught.value.errors)


def test_export_then_import_keeps_countries_and_hostile_names(ctx: ServiceContext, tmp_path: Path,
                                                              hostile_strings: list[str]) -> None:
    for n, text in enumerate(hostile_strings):
        ventures.create_venture(ctx, venture_data(name=f"JV {n}", items=[
            {"name": f"{text}, [x]; y", "direction": "input", "codes": ["HS:2504.10"], "countries": ["CN", "AR"]},
            {"name": f"{text} out", "direction": "output", "countries": ["US"]},
            {"name": f"{text} tech", "direction": "technology_out", "codes": ["CN-TECH:252604X"]},
        ]))
    export_csv(ctx, Entity.VENTURE, tmp_path / "v.csv")
    fresh = open_register(f"sqlite:///{tmp_path / 'fresh.sqlite3'}", actor="tester")
    fresh.now = lambda: FIXED_NOW
    try:
        run_import(fresh, tmp_path / "v.csv", Entity.VENTURE)
        assert [v.items for v in ventures.list_ventures(fresh)] == [v.items for v in ventures.list_ventures(ctx)]
    finally:
        fresh.db.dispose()


def test_export_cell_reads_like_the_documented_grammar(ctx: ServiceContext) -> None:
    v = ventures.create_venture(ctx, venture_data(items=[
        {"name": "spherical graphite", "direction": "input", "codes": ["HS:2504.10"], "countries": ["CN"]},
        {"name": "anode", "direction": "output", "countries": ["US", "KR"]}]))
    cells = CODEC.to_cells(v)
    assert cells["inputs"] == "spherical graphite [HS:2504.10, from: CN]"
    assert cells["outputs"] == "anode [to: US; KR]"
