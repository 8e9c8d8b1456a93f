"""Read an import file (CSV or XLSX) into header-keyed rows, refusing hostile files."""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.domain.cells import guard_formula
from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ImportRejected
from desktop_app.reports.workbook_document import CUT_TAG
from desktop_app.services.intake.xlsx_read import (
    SheetPart,
    formula_problem,
    open_archive,
    scan,
    sheet_parts,
    shown_value,
    uses_percent_styles,
)
from desktop_app.system.message_language import msg

MAX_FILE_BYTES = 200 * 1024 * 1024
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
        raise ImportRejected(msg("{path} does not exist or is not a file.", path=path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportRejected(msg("{file} is {size:,} bytes; the import limit is {limit:,}.", file=path.name,
                                 size=size, limit=MAX_FILE_BYTES))
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        columns, rows, sheet = _read_xlsx(data, path.name, entity)
    elif suffix in (".csv", ".txt"):
        columns, rows, sheet = (*_read_csv(data, path.name), None)
    else:
        raise ImportRejected(msg("{file}: unsupported file type {suffix}; use .csv or .xlsx.", file=path.name,
                                 suffix=suffix or msg("(none)")))
    return Table(path.name, digest, columns, rows, sheet)


def _columns(header: list[object], name: str) -> list[str]:
    keys = [header_key(h) for h in header]
    seen: dict[str, int] = {}
    for i, key in enumerate(keys, start=1):
        if key and key in seen:
            raise ImportRejected(msg("{file}: column {column!r} appears twice (columns {first} and {second}).",
                                     file=name, column=key, first=seen[key], second=i))
        seen[key] = i
    if not any(keys):
        raise ImportRejected(msg("{file}: the first row must hold the column names.", file=name))
    return keys


def _lines(data: bytes) -> io.TextIOWrapper:
    """The file's text decoded as it is read (a StringIO of the whole text costs 4 bytes a character)."""
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")


def _read_csv(data: bytes, name: str) -> tuple[list[str], list[tuple[int, dict[str, object]]]]:
    try:
        has_nul = "\x00" in data.decode("utf-8-sig")  # decoded once to check it, then dropped
    except UnicodeDecodeError as exc:
        raise ImportRejected(msg(
            "{file} is not UTF-8 text (byte 0x{byte:02x} at offset {offset}). "
            "Save it as 'CSV UTF-8' and import again; nothing was imported.",
            file=name, byte=data[exc.start], offset=exc.start)) from None
    if has_nul:
        raise ImportRejected(msg("{file} contains NUL bytes: it is not a CSV text file.", file=name))
    _count_csv(data, name)  # stops at the limit before a single row is built
    reader = csv.reader(_lines(data), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            raise ImportRejected(msg("{file} is empty.", file=name))
        columns = _columns(list(header), name)
        rows = []
        for number, record in enumerate(reader, start=2):
            if not any(cell.strip() for cell in record):
                continue
            if len(record) > len(columns):
                raise ImportRejected(msg("{file}: row {row} has {cells} cells but only {columns} columns are named.",
                                         file=name, row=number, cells=len(record), columns=len(columns)))
            rows.append((number, {c: v for c, v in zip(columns, record, strict=False) if c}))
    except csv.Error as exc:
        raise ImportRejected(msg("{file}: malformed CSV near line {line}: {error}.", file=name,
                                 line=reader.line_num, error=exc)) from None
    return columns, rows


def _count_csv(data: bytes, name: str) -> None:
    """Refuse a file of more than MAX_ROWS rows as the rows stream past, keeping none of them."""
    reader = csv.reader(_lines(data), strict=True)
    try:
        for number, _record in enumerate(reader):
            if number > MAX_ROWS:
                raise too_many_rows(name)
    except csv.Error as exc:
        raise ImportRejected(msg("{file}: malformed CSV near line {line}: {error}.", file=name,
                                 line=reader.line_num, error=exc)) from None


def too_many_rows(name: str) -> ImportRejected:
    return ImportRejected(msg("{file} has more than {limit:,} rows, the import limit; nothing was imported. "
                              "Split the file and import the parts one after the other.", file=name, limit=MAX_ROWS))


def _pick(parts: list[SheetPart], entity: Entity, name: str) -> SheetPart:
    if not parts:
        raise ImportRejected(msg("{file} has no sheets.", file=name))
    wanted = entity.record.sheet_names
    chosen = next((p for p in parts if header_key(p.title).replace("_", " ") in wanted
                   or header_key(p.title) in wanted), parts[0])
    if chosen.state != "visible":
        raise ImportRejected(msg("{file}: the sheet that would be imported, {sheet!r}, is hidden. Unhide it "
                                 "in Excel or LibreOffice if it is the one to import (or move the right sheet "
                                 "first); nothing was imported.", file=name, sheet=chosen.title))
    return chosen


def _read_xlsx(
    data: bytes, name: str, entity: Entity
) -> tuple[list[str], list[tuple[int, dict[str, object]]], str]:
    archive = open_archive(data, name)
    part = _pick(sheet_parts(archive, name), entity, name)
    rows_found, has_formulas = scan(archive, part, stop_after=MAX_ROWS + 1)
    if rows_found > MAX_ROWS + 1:  # the header row and MAX_ROWS rows
        raise too_many_rows(name)
    import openpyxl  # deferred: only imports need it, and it is slow to import

    books = []
    try:
        for data_only in (True, False) if has_formulas else (True,):
            # keep_links=False: links to other workbooks are never read (their cells are refused).
            books.append(openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only,
                                                keep_links=False))
    except Exception as exc:  # openpyxl raises many types; defusedxml raises on entity bombs
        for wb in books:
            wb.close()
        kind = type(exc).__name__
        # openpyxl wraps defusedxml's refusal in a ValueError: look down the chain too.
        chain = {type(e).__name__ for e in (exc, exc.__cause__, exc.__context__) if e is not None}
        if any("Entit" in k or "DTD" in k or "Forbidden" in k for k in chain):
            raise ImportRejected(msg("{file} contains XML entity or DTD declarations; refused.", file=name)) from None
        raise ImportRejected(msg("{file} could not be read as a workbook ({kind}: {error}).", file=name,
                                 kind=kind, error=exc)) from None
    try:
        sheets = [wb[part.title] for wb in books]
        return _sheet_rows(sheets, name, part.title, percents=uses_percent_styles(archive))
    except ImportRejected:
        raise
    except Exception as exc:  # a cell openpyxl cannot parse: name the sheet, never "unexpected"
        raise ImportRejected(msg("{file}: sheet {sheet!r} could not be read ({kind}: {error}); nothing was imported.",
                                 file=name, sheet=part.title, kind=type(exc).__name__, error=exc)) from None
    finally:
        for wb in books:
            wb.close()


def _sheet_rows(sheets: list[Any], name: str, title: str,
                percents: bool = False) -> tuple[list[str], list[tuple[int, dict[str, object]]], str]:
    """Rows of the values sheet; with a formulas twin, formula cells are checked against it. With
    `percents`, cells are read with their formats, so a percent-formatted 0.51 reads as "51%"."""
    from openpyxl.utils import get_column_letter

    for ws in sheets:
        ws.reset_dimensions()  # a stale <dimension> would otherwise hide rows
    streams = [ws.iter_rows(values_only=True) for ws in sheets]
    if percents:
        streams[0] = (tuple(shown_value(c) for c in row) for row in sheets[0].iter_rows())
    header = next(streams[0], None)
    for other in streams[1:]:
        next(other, None)
    if header is None:
        raise ImportRejected(msg("{file}: sheet {sheet!r} is empty.", file=name, sheet=title))
    columns = _columns(list(header), name)
    rows, errors = [], []
    for number, record, *formulas in zip(itertools.count(2), *streams, strict=False):
        if formulas:
            for index, (value, formula) in enumerate(zip(record, formulas[0], strict=False)):
                problem = formula_problem(value, formula)
                if problem is not None:
                    column = columns[index] if index < len(columns) and columns[index] else msg("(unnamed)")
                    cell = get_column_letter(index + 1) + str(number)
                    errors.append(msg("row {row}, column {column} (cell {cell}): {problem}", row=number,
                                      column=column, cell=cell, problem=problem))
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in record):
            continue
        cut = next((c for c, v in zip(columns, record, strict=False)
                    if isinstance(v, str) and CUT_TAG in v), None)
        if cut is not None:
            raise ImportRejected(msg("{file}: row {row}, column {column} holds text the workbook export cut "
                                     "at Excel's 32,767-character cell limit; edit that record in the app.",
                                     file=name, row=number, column=cut))
        # XLSX text is literal (a formula-like cell is a text cell, not an apostrophe-guarded
        # string): pre-guard it so cell_text()'s CSV un-guarding leaves "'=x" as it was.
        rows.append((number, {c: guard_formula(v) if isinstance(v, str) else v
                              for c, v in zip(columns, record, strict=False) if c}))
    if errors:
        raise ImportRejected(msg("{file}: {count} cell(s) hold formulas that cannot be imported; nothing was "
                                 "imported.", file=name, count=len(errors)), errors)
    return columns, rows, title


def has_sheet(path: Path, entity: Entity) -> bool:
    """Whether the workbook at `path` has a sheet named for `entity` (an update pack's Clauses or
    Suspension windows sheet is optional, unlike the sheet an import falls back to)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm") or not path.is_file():
        return False
    wanted = entity.record.sheet_names
    parts = sheet_parts(open_archive(path.read_bytes(), path.name), path.name)
    return any(header_key(p.title).replace("_", " ") in wanted or header_key(p.title) in wanted for p in parts)
