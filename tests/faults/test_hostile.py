"""Hostile import files are refused by name with bounded memory; hostile text round-trips or is
refused clearly, through validation, services, CSV export and import, and the XLSX workbook."""

from __future__ import annotations

import io
import itertools
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ImportRejected, ValidationFailed
from desktop_app.domain.measure_schemas import validate_measure
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake.exporter import export_csv
from desktop_app.services.intake.importer import run_import
from desktop_app.services.records import measures
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.workbook import write_workbook
from tests.conftest import FIXED_NOW, measure_data
from tests.faults.helpers import table_rows

HEADER = ["reference", "title", "jurisdiction", "measure_type", "status"]
MEMORY_LIMIT = 64 * 1024 * 1024


def _xlsx(rows: list[list[str]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Measures"
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _replace_member(data: bytes, name: str, writer) -> bytes:  # type: ignore[no-untyped-def]
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == name:
                with dst.open(name, "w", force_zip64=True) as fh:
                    writer(fh)
            else:
                dst.writestr(info, src.read(info.filename))
    return out.getvalue()


def _zip_bomb() -> bytes:
    def sheet(fh) -> None:  # type: ignore[no-untyped-def]
        fh.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                 b'spreadsheetml/2006/main"><sheetData>')
        block = b" " * (1 << 20)
        for _ in range(300):  # 300 MB of nothing, compressed about a thousand times
            fh.write(block)
        fh.write(b"</sheetData></worksheet>")

    return _replace_member(_xlsx([HEADER]), "xl/worksheets/sheet1.xml", sheet)


def _entity_bomb() -> bytes:
    """Billion laughs: ten levels of ten references expand one string to 10^9 "lol"s."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    doctype = "<!DOCTYPE worksheet [" + "".join(entities) + "]>"
    cells = "".join(f'<c r="{col}1" t="inlineStr"><is><t>{text}</t></is></c>'
                    for col, text in zip("ABCDE", HEADER, strict=True))
    body = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            f'<row r="1">{cells}</row><row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
            "</sheetData></worksheet>")

    def sheet(fh) -> None:  # type: ignore[no-untyped-def]
        fh.write(('<?xml version="1.0"?>' + doctype + body).encode())

    return _replace_member(_xlsx([HEADER]), "xl/worksheets/sheet1.xml", sheet)


HOSTILE_FILES = {
    "cp1252.csv": (lambda: ("reference,title,jurisdiction,measure_type,status\n"
                            "M-1,Zölle café,CN,export ban,in force\n").encode("cp1252"),
                   "not UTF-8"),
    "bomb.xlsx": (_zip_bomb, "zip bomb"),
    "entities.xlsx": (_entity_bomb, "entit"),
    "missing.csv": (lambda: b"reference,title,jurisdiction\nM-1,t,CN\n", "missing required column"),
    "duplicates.csv": (lambda: b"reference,title,jurisdiction,measure_type,status\n"
                       b"M-1,a,CN,export ban,in force\nM-2,b,CN,export ban,in force\n"
                       b"m-1,c,CN,export ban,in force\n", "duplicate key"),
    "not-a-zip.xlsx": (lambda: b"PK\x03\x04 this is not really a workbook", "not a valid .xlsx"),
    "nul.csv": (lambda: b"reference,title\x00,x\n", "NUL"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_hostile_import_files_are_refused_by_name_with_bounded_memory(ctx: ServiceContext, tmp_path: Path,
                                                                      name: str) -> None:
    make, fragment = HOSTILE_FILES[name]
    path = tmp_path / name
    path.write_bytes(make())
    measures.create_measure(ctx, measure_data(reference="EXISTING"))
    before = table_rows(ctx.db.path)
    tracemalloc.start()
    try:
        with pytest.raises(ImportRejected) as refused:
            run_import(ctx, path, Entity.MEASURE)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    message = " ".join([str(refused.value), *refused.value.errors])
    assert fragment.lower() in message.lower(), message
    assert name in message or "row" in message
    assert peak < MEMORY_LIMIT + path.stat().st_size, peak
    assert table_rows(ctx.db.path) == before


def test_every_hostile_string_in_every_text_field_round_trips_or_is_refused(
    ctx: ServiceContext, tmp_path: Path, hostile_strings: list[str]
) -> None:
    fields = ("title", "original_title", "authority", "summary", "notes")
    saved: dict[str, dict[str, str]] = {}
    for n, text in enumerate(hostile_strings):
        data = measure_data(reference=f"H-{n}", **dict.fromkeys(fields, text))
        try:
            read = measures.create_measure(ctx, data)
        except ValidationFailed as exc:
            assert exc.issues and str(exc).startswith("The measure was not saved")
            continue
        got = {f: getattr(read, f) for f in fields}
        assert got == dict.fromkeys(fields, text)
        saved[read.reference] = got
    assert saved, "every hostile string was refused: the round trip proves nothing"
    out = tmp_path / "m.csv"
    export_csv(ctx, Entity.MEASURE, out)
    fresh = open_register(f"sqlite:///{tmp_path / 'copy.sqlite3'}", actor="t")
    report = run_import(fresh, out, Entity.MEASURE)
    assert report.count("create") == len(saved)
    for m in measures.list_measures(fresh):
        assert {f: getattr(m, f) for f in fields} == saved[m.reference]
    book = tmp_path / "w.xlsx"
    write_workbook(ctx, book, ReportOptions())
    wb = load_workbook(book, read_only=True)
    cells = {c for row in wb["Measures"].iter_rows(values_only=True) for c in row if isinstance(c, str)}
    wb.close()
    for got in saved.values():
        assert got["title"] in cells
    fresh.db.dispose()


TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec=None, exclude_categories=()),  # everything, lone surrogates included
        st.sampled_from("\u200f\u202e\u2066\x00\x07\x1b\r\n\t\ufeff\ufffe=+-@;|\""),
    ),
    max_size=300,
) | st.builds(lambda c, n: c * n, st.characters(codec="utf-8"), st.integers(29_990, 30_010))
_counter = itertools.count()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT)
def test_random_text_is_refused_clearly_or_survives_csv_and_xlsx(ctx: ServiceContext, tmp_path: Path,
                                                                   text: str) -> None:
    ref = f"R-{next(_counter)}"
    data = measure_data(reference=ref, title=text or "t", notes=text)
    model, issues = validate_measure(data, FIXED_NOW.date())
    if model is None:
        assert issues and all(i.message for i in issues)
        with pytest.raises(ValidationFailed):
            measures.create_measure(ctx, data)
        return
    read = measures.create_measure(ctx, data)
    assert read.notes == text
    out = tmp_path / f"{ref}.csv"
    export_csv(ctx, Entity.MEASURE, out)
    dry = run_import(ctx, out, Entity.MEASURE, dry_run=True)  # re-importing the export changes nothing
    assert dry.count("create") == 0 and dry.count("update") == 0 and not dry.errors, dry.errors[:3]
    book = tmp_path / f"{ref}.xlsx"
    write_workbook(ctx, book, ReportOptions())
    wb = load_workbook(book, read_only=True)
    notes = [r for r in wb["Measures"].iter_rows(values_only=True) if r and r[0] == ref]
    wb.close()
    assert notes, "the measure is missing from the workbook"
    assert text in notes[0] or (text == "" and None in notes[0])
