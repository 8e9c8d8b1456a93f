"""A share typed as 51% in an Excel cell formatted as a percentage (stored 0.51) imports as 51%."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.importer import run_import
from desktop_app.services.intake.tabular import read_table
from desktop_app.services.records import ventures

HEADER = ["name", "country", "partner_1_name", "partner_1_share", "partner_2_name", "partner_2_share",
          "value_at_stake", "currency"]


def _book(path: Path, rows: list[list[object]], formats: dict[str, str]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    for ref, fmt in formats.items():
        ws[ref].number_format = fmt
    wb.save(path)
    return path


def test_percent_formatted_shares_import_as_the_percent_shown(ctx: ServiceContext, tmp_path: Path) -> None:
    path = _book(tmp_path / "v.xlsx", [["P JV (fictional)", "CN", "P1", 0.515, "P2", 0.485, 1500000, "USD"]],
                 {"D2": "0%", "F2": '0.0" pct"%'})  # built-in 0% (shows 52%: the value counts) and a custom code
    report = run_import(ctx, path, Entity.VENTURE, dry_run=True)
    assert not report.errors, report.errors
    report = run_import(ctx, path, Entity.VENTURE)
    assert report.count("create") == 1, report.errors
    [venture] = ventures.list_ventures(ctx)
    assert [p.share for p in venture.partners] == [Decimal("51.5"), Decimal("48.5")]
    assert venture.value_at_stake == Decimal("1500000")  # a plain number cell is unchanged


def test_a_quoted_percent_sign_alone_is_no_percent_format(tmp_path: Path) -> None:
    path = _book(tmp_path / "q.xlsx", [["Q JV (fictional)", "CN", "P1", 51, "", None, 7, "USD"]],
                 {"D2": '0" %"', "G2": "0.00%"})
    [(_number, row)] = read_table(path, Entity.VENTURE).rows
    assert row["partner_1_share"] == 51  # the % is literal text in quotes: the value is as typed
    assert row["value_at_stake"] == "700%"  # a percent format shows 7 as 700%: read as shown


def test_a_workbook_without_percent_styles_reads_values_as_before(tmp_path: Path) -> None:
    path = _book(tmp_path / "n.xlsx", [["N JV (fictional)", "CN", "P1", 50, "", None, 0.51, "USD"]], {})
    [(_number, row)] = read_table(path, Entity.VENTURE).rows
    assert (row["partner_1_share"], row["value_at_stake"]) == (50, 0.51)
