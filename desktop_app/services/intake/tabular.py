"""Read an import file (CSV or XLSX) into header-keyed rows, refusing hostile files."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.cells import guard_formula
from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ImportRejected
from desktop_app.reports.workbook_document import CUT_TAG

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_XLSX_UNPACKED = 500 * 1024 * 1024
MAX_XLSX_RATIO = 200  # a real sheet compresses ~10-20x; zip bombs compress thousands of times
MAX_ROWS = 1_000_000


@dataclass
class Table:
    """Rows of one file: `rows` holds (spreadsheet row number, {column: raw value})."""

    name: str
    sha256: str
    columns: list[str]
    rows: list[tuple[int, dict[str, object]]] = field(default_factory=list)
    sheet: str | None = None


def header_key(text: object) -> str:
    return "_".join(str(text or "").strip().casefold().replace("-", " ").split())


def read_table(path: Path, entity: Entity) -> Table:
    """Read `path` (by extension) for `entity`; raise ImportRejected naming the problem."""
    if not path.is_file():
        raise ImportRejected(f"{path} does not exist or is not a file.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportRejected(f"{path.name} is {size:,} bytes; the import limit is {MAX_FILE_BYTES:,}.")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        columns, rows, sheet = _read_xlsx(data, path.name, entity)
    elif suffix in (".csv", ".txt"):
        columns, rows, sheet = (*_read_csv(data, path.name), None)
    else:
        raise ImportRejected(f"{path.name}: unsupported file type {suffix or '(none)'}; use .csv or .xlsx.")
    return Table(path.name, digest, columns, rows, sheet)


def _columns(header: list[object], name: str) -> list[str]:
    keys = [header_key(h) for h in header]
    seen: dict[str, int] = {}
    for i, key in enumerate(keys, start=1):
        if key and key in seen:
            raise ImportRejected(f"{name}: column {key!r} appears twice (columns {seen[key]} and {i}).")
        seen[key] = i
    if not any(keys):
        raise ImportRejected(f"{name}: the first row must hold the column names.")
    return keys


def _read_csv(data: bytes, name: str) -> tuple[list[str], list[tuple[int, dict[str, object]]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRejected(
            f"{name} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}). "
            "Save it as 'CSV UTF-8' and import again; nothing was imported."
        ) from None
    if "\x00" in text:
        raise ImportRejected(f"{name} contains NUL bytes: it is not a CSV text file.")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        records = list(reader)
    except csv.Error as exc:
        raise ImportRejected(f"{name}: malformed CSV near line {reader.line_num}: {exc}.") from None
    if not records:
        raise ImportRejected(f"{name} is empty.")
    columns = _columns(list(records[0]), name)
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(columns):
            raise ImportRejected(f"{name}: row {number} has {len(record)} cells but only "
                                 f"{len(columns)} columns are named.")
        rows.append((number, {c: v for c, v in zip(columns, record, strict=False) if c}))
    return columns, rows


def _check_zip(data: bytes, name: str) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ImportRejected(f"{name} is not a valid .xlsx file (not a zip archive).") from None
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > MAX_XLSX_UNPACKED or (info.file_size > 1_000_000 and ratio > MAX_XLSX_RATIO):
            raise ImportRejected(
                f"{name} unpacks to more than its contents justify ({info.filename}: "
                f"{info.file_size:,} bytes from {info.compress_size:,}); refused as a possible zip bomb."
            )
    if "xl/workbook.xml" not in archive.namelist():
        raise ImportRejected(f"{name} is a zip archive but not an Excel workbook.")


def _read_xlsx(
    data: bytes, name: str, entity: Entity
) -> tuple[list[str], list[tuple[int, dict[str, object]]], str]:
    _check_zip(data, name)
    import openpyxl  # deferred: only imports need it, and it is slow to import

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types; defusedxml raises on entity bombs
        kind = type(exc).__name__
        # openpyxl wraps defusedxml's refusal in a ValueError: look down the chain too.
        chain = {type(e).__name__ for e in (exc, exc.__cause__, exc.__context__) if e is not None}
        if any("Entit" in k or "DTD" in k or "Forbidden" in k for k in chain):
            raise ImportRejected(f"{name} contains XML entity or DTD declarations; refused.") from None
        raise ImportRejected(f"{name} could not be read as a workbook ({kind}: {exc}).") from None
    try:
        wanted = entity.record.sheet_names
        ws = next((wb[s] for s in wb.sheetnames if header_key(s).replace("_", " ") in wanted
                   or header_key(s) in wanted), wb.worksheets[0])
        ws.reset_dimensions()  # a stale <dimension> would otherwise hide rows
        records = ws.iter_rows(values_only=True)
        header = next(records, None)
        if header is None:
            raise ImportRejected(f"{name}: sheet {ws.title!r} is empty.")
        columns = _columns(list(header), name)
        rows = []
        for number, record in enumerate(records, start=2):
            if number > MAX_ROWS:
                raise ImportRejected(f"{name}: more than {MAX_ROWS:,} rows.")
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in record):
                continue
            cut = next((c for c, v in zip(columns, record, strict=False)
                        if isinstance(v, str) and CUT_TAG in v), None)
            if cut is not None:
                raise ImportRejected(f"{name}: row {number}, column {cut} holds text the workbook export cut "
                                     "at Excel's 32,767-character cell limit; edit that record in the app.")
            # XLSX text is literal (a formula-like cell is a text cell, not an apostrophe-guarded
            # string): pre-guard it so cell_text()'s CSV un-guarding leaves "'=x" as it was.
            rows.append((number, {c: guard_formula(v) if isinstance(v, str) else v
                                  for c, v in zip(columns, record, strict=False) if c}))
        return columns, rows, ws.title
    finally:
        wb.close()
