"""Partners' owners in venture files: imported in the venture's transaction, exported back losslessly."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ImportRejected
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake.exporter import export_csv
from desktop_app.services.intake.importer import run_import
from desktop_app.services.ownership import parties
from tests.conftest import FIXED_NOW

HOSTILE = '=HYPERLINK("http://x")<b>&; [a, b]'
HEADER = ["name", "country", "partner_1_name", "partner_1_country", "partner_1_share", "partner_1_owners",
          "partner_2_name", "partner_2_country", "partner_2_share"]


def _csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def _owners(ctx: ServiceContext, name: str, country: str) -> list[tuple[str, str, str | None]]:
    return [(o.owner, o.owner_country, None if o.share is None else f"{o.share.normalize():f}")
            for o in parties.get_party(ctx, name, country).owners]


ROW = ["Aurora JV", "US", "Shandong Carbon", "CN", "30",
       "Binhai Holdings [50, CN]; 삼성 홀딩스 [unknown, KR]; " + HOSTILE.replace(";", "\\;").replace("[", "\\[")
       .replace("]", "\\]").replace(",", "\\,") + " [12.5]",
       "Appalachian Energy", "US", "70"]


def test_owner_columns_import_and_round_trip_losslessly(ctx: ServiceContext, tmp_path: Path) -> None:
    run_import(ctx, _csv(tmp_path / "in.csv", [ROW]), Entity.VENTURE)
    assert sorted(_owners(ctx, "Shandong Carbon", "CN")) == sorted([
        ("Binhai Holdings", "CN", "50"), ("삼성 홀딩스", "KR", None), (" ".join(HOSTILE.split()), "", "12.5")])
    export_csv(ctx, Entity.VENTURE, tmp_path / "a.csv")
    other = open_register(f"sqlite:///{tmp_path / 'other.sqlite3'}", actor="tester")
    other.now = lambda: FIXED_NOW
    try:
        run_import(other, tmp_path / "a.csv", Entity.VENTURE)
        export_csv(other, Entity.VENTURE, tmp_path / "b.csv")
    finally:
        other.db.dispose()
    first, again = (tmp_path / "a.csv").read_text("utf-8"), (tmp_path / "b.csv").read_text("utf-8")
    assert first == again and "partner_1_owners" in first.splitlines()[0]
    # The column names the owners exactly: an empty cell removes them, with an audit entry each.
    run_import(ctx, _csv(tmp_path / "none.csv", [[*ROW[:5], "", *ROW[6:]]]), Entity.VENTURE)
    assert _owners(ctx, "Shandong Carbon", "CN") == []


@pytest.mark.parametrize(("cell", "message"), [
    ("Binhai Holdings [150, CN]", "between 0 and 100"),
    ("Binhai Holdings [fifty]", "is not a share"),
    ("Binhai Holdings [50, Atlantis]", "is not a country"),
    ("Binhai Holdings", "write the owner as"),
])
def test_a_bad_owner_cell_names_its_row_and_column_and_changes_nothing(ctx: ServiceContext, tmp_path: Path,
                                                                        cell: str, message: str) -> None:
    good = ["Good JV", "US", "Good Partner", "DE", "40", "Good Owner [100, DE]", "", "", ""]
    bad = [*ROW[:5], cell, *ROW[6:]]
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, _csv(tmp_path / "bad.csv", [good, bad]), Entity.VENTURE)
    assert any(e.startswith("row 3, column partner_1_owners:") and message in e for e in caught.value.errors)
    assert parties.list_parties(ctx) == []


def test_an_owner_circle_rejects_the_import(ctx: ServiceContext, tmp_path: Path) -> None:
    parties.set_owner(ctx, "Binhai Holdings", "Shandong Carbon", "10", owned_country="CN", owner_country="CN")
    before = parties.list_parties(ctx)
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, _csv(tmp_path / "circle.csv", [[*ROW[:5], "Binhai Holdings [50, CN]", *ROW[6:]]]),
                   Entity.VENTURE)
    assert any("row 2, column partner_1_owners:" in e and "circle" in e for e in caught.value.errors)
    assert parties.list_parties(ctx) == before


def test_an_xlsx_file_carries_owners_too(ctx: ServiceContext, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Joint ventures"
    sheet.append(HEADER)
    sheet.append([*ROW[:4], 30, "Binhai Holdings [50, China]", *ROW[6:8], 70])
    book.save(tmp_path / "in.xlsx")
    run_import(ctx, tmp_path / "in.xlsx", Entity.VENTURE)
    assert _owners(ctx, "Shandong Carbon", "CN") == [("Binhai Holdings", "CN", "50")]
