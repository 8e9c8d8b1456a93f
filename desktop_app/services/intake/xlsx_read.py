"""Read the import sheet of an XLSX file: refuse what would be imported wrongly, before parsing it.

Before openpyxl parses a cell, the sheet's XML is streamed once through the zip (a few MB/s of
plain byte scanning, no cells built): its rows are counted, so a file over the row limit is
refused at once, and formulas are looked for. A hidden sheet is never imported silently. A
formula without a saved value (openpyxl reads it as empty) or a link to another workbook is an
error naming the cell, never an empty or stale value.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass
from typing import Any

from defusedxml import ElementTree

from desktop_app.domain.errors import ImportRejected
from desktop_app.system.message_language import msg

MAX_XLSX_UNPACKED = 500 * 1024 * 1024
MAX_XLSX_RATIO = 200  # a real sheet compresses ~10-20x; zip bombs compress thousands of times
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CHUNK = 1 << 20
# `[1]Sheet1!A1` or `'[other.xlsx]Sheet1'!A1`: a reference into another workbook.
_EXTERNAL = re.compile(r"\[[^\]]*\][^!]*!|'[^']*\[[^\]]+\][^']*'!")


@dataclass(frozen=True)
class SheetPart:
    title: str
    state: str  # visible | hidden | veryHidden
    path: str  # its XML inside the zip


def open_archive(data: bytes, name: str) -> zipfile.ZipFile:
    """The workbook's zip, refused if it is none or unpacks to far more than it holds."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ImportRejected(msg("{file} is not a valid .xlsx file (not a zip archive).", file=name)) from None
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > MAX_XLSX_UNPACKED or (info.file_size > 1_000_000 and ratio > MAX_XLSX_RATIO):
            raise ImportRejected(msg(
                "{file} unpacks to more than its contents justify ({part}: {size:,} bytes from {packed:,}); "
                "refused as a possible zip bomb.",
                file=name, part=info.filename, size=info.file_size, packed=info.compress_size))
    if "xl/workbook.xml" not in archive.namelist():
        raise ImportRejected(msg("{file} is a zip archive but not an Excel workbook.", file=name))
    return archive


def sheet_parts(archive: zipfile.ZipFile, name: str) -> list[SheetPart]:
    """Every sheet in workbook order with its visibility and XML part, from the package itself."""
    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError, ValueError) as exc:
        raise ImportRejected(msg("{file} could not be read as a workbook ({error}).", file=name, error=exc)) from None
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_PKG_REL}Relationship")}
    parts = []
    for sheet in book.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"), "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        parts.append(SheetPart(sheet.get("name", ""), sheet.get("state", "visible"), path))
    return parts


def scan(archive: zipfile.ZipFile, part: SheetPart, stop_after: int) -> tuple[int, bool]:
    """(rows, has formulas) of one sheet's XML, streamed; counting stops past `stop_after` rows."""
    rows, formulas, tail = 0, False, b""
    try:
        with archive.open(part.path) as stream:
            while chunk := stream.read(_CHUNK):
                text = tail + chunk
                # The tail repeats the last bytes of the previous chunk so no tag is cut in two;
                # only tags that start inside this chunk's new bytes are counted.
                start = len(tail)
                rows += sum(1 for m in _ROW.finditer(text) if m.end() > start)
                formulas = formulas or _FORMULA.search(text) is not None
                if rows > stop_after:
                    break
                tail = text[-64:]
    except KeyError:
        return 0, False  # no sheet data: openpyxl reports the sheet as empty
    return rows, formulas


# Excel's built-in percent formats (0% and 0.00%); custom ones are found by their code.
_PERCENT_BUILTIN = {"9", "10"}
_QUOTED = re.compile(r'"[^"]*"|\\.')


def _is_percent_code(code: str) -> bool:
    """A number format that shows a percent: a `%` outside quoted text and escapes."""
    return "%" in _QUOTED.sub("", code)


def uses_percent_styles(archive: zipfile.ZipFile) -> bool:
    """Whether any cell style of the workbook shows numbers as percentages (0.51 shown as 51%).

    Read from xl/styles.xml before parsing cells, so the common workbook without them keeps the
    fast value-only read and only a file that has them pays for reading each cell's format."""
    try:
        styles = ElementTree.fromstring(archive.read("xl/styles.xml"))
    except (KeyError, ElementTree.ParseError, ValueError):
        return False
    custom = {f.get("numFmtId", "") for f in styles.iter(f"{_MAIN}numFmt")
              if _is_percent_code(f.get("formatCode", ""))}
    for xfs in styles.iter(f"{_MAIN}cellXfs"):
        if any(xf.get("numFmtId", "0") in _PERCENT_BUILTIN | custom for xf in xfs.iter(f"{_MAIN}xf")):
            return True
    return False


def shown_value(cell: Any) -> Any:
    """A cell's value as the person who typed it sees it: a number in a percent format (0.51 shown
    as 51%) becomes the text "51%", which share columns read as 51; other values are unchanged."""
    value = cell.value
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    if not _is_percent_code(str(cell.number_format or "")):
        return value
    from decimal import Decimal

    shown = (Decimal(repr(value)) * 100).normalize()
    return f"{shown:f}%"


def external_reference(formula: str) -> bool:
    return bool(_EXTERNAL.search(formula))


def formula_problem(value: Any, formula: Any) -> str | None:
    """Why a cell whose formula is `formula` cannot be imported with `value`, or None."""
    formula = getattr(formula, "text", formula)  # an array formula carries its text
    if not (isinstance(formula, str) and formula.startswith("=")):
        return None
    if external_reference(formula):
        return msg("holds a formula that refers to another workbook ({formula}); links are not "
                   "followed: type or paste the value instead", formula=formula[:80])
    if value is None:
        return msg("holds a formula ({formula}) without a saved value; open the file in Excel or "
                   "LibreOffice, recalculate and save it, or type the value instead", formula=formula[:80])
    return None
