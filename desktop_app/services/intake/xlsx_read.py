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
    return archive


def sheet_parts(archive: zipfile.ZipFile, name: str) -> list[SheetPart]:
    """Every sheet in workbook order with its visibility and XML part, from the package itself."""
    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError, ValueError) as exc:
        raise ImportRejected(f"{name} could not be read as a workbook ({exc}).") from None
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


def external_reference(formula: str) -> bool:
    return bool(_EXTERNAL.search(formula))


def formula_problem(value: Any, formula: Any) -> str | None:
    """Why a cell whose formula is `formula` cannot be imported with `value`, or None."""
    formula = getattr(formula, "text", formula)  # an array formula carries its text
    if not (isinstance(formula, str) and formula.startswith("=")):
        return None
    if external_reference(formula):
        return (f"holds a formula that refers to another workbook ({formula[:80]}); links are not "
                "followed: type or paste the value instead")
    if value is None:
        return (f"holds a formula ({formula[:80]}) without a saved value; open the file in Excel or "
                "LibreOffice, recalculate and save it, or type the value instead")
    return None
