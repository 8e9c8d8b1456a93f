"""Item countries and stages in the import/export: `[HS:2504.10, from: CN, stage: ore]`, lossless."""

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
        {"name": "spherical graphite", "direction": "input", "codes": ["HS:2504.10"], "countries": ["CN", "MZ"],
         "stage": None},
        {"name": "coke", "direction": "input", "codes": [], "countries": ["JP", "KR"], "stage": None},
        {"name": "anode", "direction": "output", "codes": [], "countries": ["US", "KR"], "stage": None},
        {"name": "licence", "direction": "technology_in", "codes": [], "countries": ["CN"], "stage": None},
    ]


def test_stage_tags_in_item_cells(ctx: ServiceContext, tmp_path: Path) -> None:
    items = _import(ctx, tmp_path, 'JV,US,"natural graphite [HS:2504.10, from: CN; MZ, stage: ore]; '
                                   'pitch [stage: Refined chemical or metal]",,')
    assert [(i["name"], i["countries"], i["stage"]) for i in items] == [
        ("natural graphite", ["CN", "MZ"], "ore"), ("pitch", [], "refined")]


@pytest.mark.parametrize(("cell", "message"), [
    ('"graphite [to: CN]",,', "write 'from: COUNTRY' for input items"),
    ('"graphite [from: XX]",,', "'XX' is not a country"),
    ('"graphite [from: CN; CN]",,', "lists a country twice"),
    ('"graphite [stage: molten]",,', "unknown value 'molten'"),
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
            {"name": f"{text} staged", "direction": "input", "stage": "ore"},
            {"name": f"{text} out", "direction": "output", "countries": ["US"], "stage": "component"},
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
    w = ventures.create_venture(ctx, venture_data(name="Staged", items=[
        {"name": "natural graphite", "direction": "input", "codes": ["HS:2504.10"], "countries": ["CN", "MZ"],
         "stage": "ore"}]))
    assert CODEC.to_cells(w)["inputs"] == "natural graphite [HS:2504.10, from: CN; MZ, stage: ore]"


def test_measure_items_take_a_stage_in_brackets_and_read_back(ctx: ServiceContext, tmp_path: Path,
                                                              hostile_strings: list[str]) -> None:
    from desktop_app.services.intake.codecs.measures import CODEC as MEASURES
    from desktop_app.services.records import measures
    from tests.conftest import measure_data

    path = tmp_path / "m.csv"
    path.write_text("reference,title,jurisdiction,measure_type,status,items,codes\n"
                    'NA-1,Ore ban,NA,export ban,in force,"lithium [stage: ore]; cobalt",HS:2530.90 | HS:2605\n',
                    encoding="utf-8")
    run_import(ctx, path, Entity.MEASURE)
    [m] = measures.list_measures(ctx)
    assert [(i.name, i.codes, i.stage.value if i.stage else None) for i in m.items] == [
        ("lithium", ["HS:2530.90"], "ore"), ("cobalt", ["HS:2605"], None)]
    assert MEASURES.to_cells(m)["items"] == "lithium [stage: ore]; cobalt"
    bad = tmp_path / "bad.csv"
    bad.write_text("reference,title,jurisdiction,measure_type,status,items\n"
                   'NA-2,Ore ban,NA,export ban,in force,"lithium [HS:2530]"\n', encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, bad, Entity.MEASURE)
    assert "column items" in str(caught.value.errors) and "only a stage goes in brackets" in str(caught.value.errors)
    for n, text in enumerate(hostile_strings):
        measures.create_measure(ctx, measure_data(reference=f"H{n}", items=[
            {"name": f"{text} [x], y", "codes": ["HS:2504"], "stage": "material"}, {"name": f"{text} b"}]))
    export_csv(ctx, Entity.MEASURE, tmp_path / "all.csv")
    fresh = open_register(f"sqlite:///{tmp_path / 'fresh.sqlite3'}", actor="tester")
    fresh.now = lambda: FIXED_NOW
    try:
        run_import(fresh, tmp_path / "all.csv", Entity.MEASURE)
        assert [m.items for m in measures.list_measures(fresh)] == [m.items for m in measures.list_measures(ctx)]
    finally:
        fresh.db.dispose()
