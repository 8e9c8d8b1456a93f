"""Import: all or nothing, dry run, row/column errors, upsert, CSV and XLSX, audit of the file."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ImportRejected
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.intake.importer import run_import
from desktop_app.services.progress import Cancelled
from desktop_app.services.records import measures

COLUMNS = list(Entity.MEASURE.record.columns)


def _measure_row(n: int, **kw: str) -> dict[str, str]:
    return {"reference": f"REF-{n:04d}", "title": f"Measure {n}", "jurisdiction": "CN",
            "measure_type": "export ban", "status": "in force", "announced_on": "2024-01-01",
            "items": "gallium; germanium", "codes": "HS:8112.92 | HS:2825.60", "targets": "US"} | kw


def _write_csv(path: Path, rows: list[dict[str, str]], bom: bool = False) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _dump(ctx: ServiceContext) -> list[tuple]:
    with ctx.db.session() as s:
        return [tuple(r) for t in ("measure", "measure_item", "measure_jurisdiction", "audit_entry")
                for r in s.execute(text(f"SELECT * FROM {t} ORDER BY 1")).all()]


def test_a_bad_row_500_of_1000_leaves_the_database_unchanged(ctx: ServiceContext, tmp_path: Path) -> None:
    run_import(ctx, _write_csv(tmp_path / "seed.csv", [_measure_row(n) for n in range(1, 4)]), Entity.MEASURE)
    before = _dump(ctx)
    rows = [_measure_row(n, title=f"Changed {n}") for n in range(1, 1001)]
    rows[499]["announced_on"] = "03/12/2024"
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, _write_csv(tmp_path / "big.csv", rows), Entity.MEASURE)
    assert caught.value.errors == [
        "row 501, column announced_on: '03/12/2024' is not a date; write it as YYYY-MM-DD"]
    assert _dump(ctx) == before


def test_dry_run_reports_and_writes_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    run_import(ctx, _write_csv(tmp_path / "seed.csv", [_measure_row(1), _measure_row(2)]), Entity.MEASURE)
    before = _dump(ctx)
    rows = [_measure_row(1), _measure_row(2, title="New title"), _measure_row(3),
            _measure_row(4, jurisdiction="Atlantis")]
    report = run_import(ctx, _write_csv(tmp_path / "d.csv", rows), Entity.MEASURE, dry_run=True)
    assert [(o.row, o.action) for o in report.outcomes] == [
        (2, "unchanged"), (3, "update"), (4, "create"), (5, "reject")]
    assert report.errors == [
        "row 5, column jurisdiction: 'Atlantis' is not a country: write an ISO 3166 code or a country name"]
    assert _dump(ctx) == before


def test_upsert_by_normalised_reference_and_audit_of_the_file(ctx: ServiceContext, tmp_path: Path) -> None:
    first = run_import(ctx, _write_csv(tmp_path / "a.csv", [_measure_row(1)], bom=True), Entity.MEASURE)
    assert first.count("create") == 1
    second = run_import(ctx, _write_csv(tmp_path / "b.csv", [
        _measure_row(1, reference=" ref-0001 ", summary="now with a summary")]), Entity.MEASURE)
    assert (second.count("create"), second.count("update")) == (0, 1)
    (m,) = measures.list_measures(ctx)
    assert m.summary == "now with a summary" and m.reference == " ref-0001 "
    assert m.items[1].codes == ["HS:2825.60"] and m.targets == ["US"]
    with ctx.db.session() as s:
        entries = audit.list_entries(s)
    imports = [e for e in entries if e.action == "import"]
    assert [e.entity_label for e in imports] == ["b.csv", "a.csv"]
    assert imports[0].changes["sha256"][1] == second.sha256 and imports[0].changes["updated"][1] == 1
    assert {e.action for e in entries} == {"import", "create", "update"}


def test_partial_columns_keep_existing_values(ctx: ServiceContext, tmp_path: Path) -> None:
    run_import(ctx, _write_csv(tmp_path / "a.csv", [_measure_row(1, summary="keep me")]), Entity.MEASURE)
    path = tmp_path / "partial.csv"
    path.write_text("Reference,Title,Jurisdiction,Measure_Type,STATUS\nREF-0001,Short,CN,export ban,"
                    "suspended\n", encoding="utf-8")
    run_import(ctx, path, Entity.MEASURE)
    (m,) = measures.list_measures(ctx)
    assert (m.title, m.summary, m.status.value, len(m.items)) == ("Short", "keep me", "suspended", 2)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"title,jurisdiction\nA,CN\n", "missing required column(s) measure_type, reference, status"),
        ("reference,title,jurisdiction,measure_type,status\nA,Caf\xe9,CN,other,proposed\n".encode("cp1252"),
         "not UTF-8"),
        (b"reference,reference,title\n", "appears twice"),
        (b"", "is empty"),
    ],
)
def test_bad_files_are_refused_naming_the_problem(ctx: ServiceContext, tmp_path: Path, content: bytes,
                                                   fragment: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportRejected, match=fragment.replace("(", r"\(").replace(")", r"\)")):
        run_import(ctx, path, Entity.MEASURE)
    assert measures.list_measures(ctx) == []


def test_duplicate_keys_in_one_file_are_errors(ctx: ServiceContext, tmp_path: Path) -> None:
    rows = [_measure_row(1), _measure_row(2), _measure_row(1, reference="REF-0001 ")]
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, _write_csv(tmp_path / "dup.csv", rows), Entity.MEASURE)
    assert caught.value.errors[0] == "row 4: duplicate key 'ref-0001' (also on row 2)"
    assert measures.list_measures(ctx) == []


def test_codes_must_align_with_items(ctx: ServiceContext, tmp_path: Path) -> None:
    rows = [_measure_row(1, codes="HS:1 | HS:2 | HS:3")]
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, _write_csv(tmp_path / "c.csv", rows), Entity.MEASURE)
    assert "3 code groups for 2 items" in caught.value.errors[0]
    run_import(ctx, _write_csv(tmp_path / "one.csv", [_measure_row(1, codes="HS:2504")]), Entity.MEASURE)
    assert [i.codes for i in measures.list_measures(ctx)[0].items] == [["HS:2504"], ["HS:2504"]]


def test_xlsx_import_with_real_dates_and_named_sheet(ctx: ServiceContext, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    wb.active["A1"] = "ignored sheet"
    ws = wb.create_sheet("Measures")
    ws.append(["Reference", "Title", "Jurisdiction", "Measure type", "Status", "Effective on", "Codes",
               "Items"])
    ws.append(["X-1", "=1+1", "CN", "Export ban", "In force", datetime(2024, 12, 3), "CN:0012345678", "ore"])
    ws["B2"].data_type = "s"  # a formula-looking title stored as text
    ws.append(["X-2", "Dated badly", "CN", "Export ban", "In force", "3 Dec 2024", "", ""])
    path = tmp_path / "m.xlsx"
    wb.save(path)
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, path, Entity.MEASURE)
    assert caught.value.errors == ["row 3, column effective_on: '3 Dec 2024' is not a date; write it as "
                                   "YYYY-MM-DD"]
    ws.delete_rows(3)
    wb.save(path)
    report = run_import(ctx, path, Entity.MEASURE)
    assert report.sheet == "Measures"
    (m,) = measures.list_measures(ctx)
    assert (m.title, str(m.effective_on), m.items[0].codes) == ("=1+1", "2024-12-03", ["CN:0012345678"])


def test_cancel_rolls_back(ctx: ServiceContext, tmp_path: Path) -> None:
    class CancelAtOnce:
        def report(self, fraction: float, text: str = "") -> None:
            return None

        def cancelled(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        run_import(ctx, _write_csv(tmp_path / "a.csv", [_measure_row(1)]), Entity.MEASURE,
                   progress=CancelAtOnce())
    assert measures.list_measures(ctx) == []


def test_assessments_resolve_keys_and_report_unknown_ones(ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    path = tmp_path / "a.csv"
    path.write_text(
        "measure_reference,venture,likelihood,impact,mitigation\n"
        "mofcom announcement no. 46 of 2024,aurora anode materials llc,2,2,"
        "\"audit suppliers [owner: Li, Wei, due: 2027-01-31]\"\n"
        "No such measure,Aurora Anode Materials LLC,2,2,\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, path, Entity.ASSESSMENT)
    assert caught.value.errors[0] == ("row 2, column mitigation: 'Wei' in 'audit suppliers': write owner: "
                                      "NAME, due: YYYY-MM-DD or status: open")
    assert caught.value.errors[1].startswith("row 3, column measure_reference: no measure with reference")
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n" +
                    path.read_text(encoding="utf-8").splitlines()[1].replace("Li, Wei", "Li\\, Wei") + "\n",
                    encoding="utf-8")
    report = run_import(ctx, path, Entity.ASSESSMENT)
    assert report.count("update") == 1
