"""Library internals are touched only inside a fence, and each fence was verified on the pinned version."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "desktop_app"
# The fences: one per library, each with its version check and stock twin.
FENCES = {
    "openpyxl": "reports/xlsx/fast_openpyxl",
    "ReportLab": "reports/pdf/fast_reportlab.py",
    "SQLAlchemy and SQLite": "persistence/fast_sqlite.py",
    "the garbage collector": "system/heap.py",
}
# What only a fence may do: private modules and attributes of the libraries, raw page operators,
# patched library functions, the collector's settings, the driver's cursor, planner hints and the
# text-search triggers dropped around an import (migrations create and drop triggers as schema).
INTERNALS = {
    "a private module of a library": r"\b(openpyxl|reportlab|sqlalchemy|sqlmodel)(\.\w+)*\._\w+",
    "ReportLab's cell drawing": r"_drawCell|_curcellstyle|_cellStyles",
    "raw page operators": r"\._code\b|Pages\.pages|\bfp_str\b",
    "a patched ReportLab function": r"makeToUnicodeCMap",
    "openpyxl's style, value and sheet internals": r"\._style\b|\._value\b|_cell_styles|_add_sheet|\._sheets\b"
                                                   r"|\._writer\b|\._rels\b|\._hyperlinks\b|ExcelWriter",
    "the collector": r"^\s*(import gc|from gc import)|\bgc\.",
    "the driver's cursor or bind processors": r"\.cursor\.fetch|bind_processor|dialect_impl",
    "a planner hint": r"literal_column\([\"']\+|custom_op\([\"']\+",
    "dropped search triggers": r"DROP TRIGGER",
}


def _outside_fences() -> list[Path]:
    fenced = [PACKAGE / path for path in FENCES.values()]
    return [p for p in PACKAGE.rglob("*.py")
            if not any(p == f or f in p.parents for f in fenced) and "migrations" not in p.parts]


@pytest.mark.parametrize("what", INTERNALS)
def test_no_module_outside_a_fence_touches_library_internals(what: str) -> None:
    pattern = re.compile(INTERNALS[what], re.MULTILINE)
    found = [f"{p.relative_to(REPO)}: {m.group(0)!r}" for p in _outside_fences()
             for m in pattern.finditer(p.read_text(encoding="utf-8"))]
    assert found == [], f"{what} outside its fence"


def test_the_patterns_find_what_the_fences_do() -> None:
    """Each pattern matches inside some fence: a pattern that matches nothing guards nothing."""
    fenced = []
    for path in FENCES.values():
        target = PACKAGE / path
        fenced += list(target.rglob("*.py")) if target.is_dir() else [target]
    text = "\n".join(p.read_text(encoding="utf-8") for p in fenced)
    assert [what for what, pattern in INTERNALS.items() if not re.search(pattern, text, re.MULTILINE)] == []


def _pinned(name: str) -> str:
    for line in (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.lower().startswith(f"{name.lower()}=="):
            return line.split("==", 1)[1].strip()
    raise AssertionError(f"{name} is not pinned in constraints.txt")


def test_each_fence_was_verified_on_the_pinned_version() -> None:
    """Bumping a pin in constraints.txt means running the fence tests on it and saying so."""
    from desktop_app.persistence import fast_sqlite
    from desktop_app.reports.pdf import fast_reportlab
    from desktop_app.reports.xlsx import fast_openpyxl

    assert _pinned("openpyxl") in fast_openpyxl.VERIFIED
    assert _pinned("reportlab") in fast_reportlab.VERIFIED
    assert _pinned("SQLAlchemy") in fast_sqlite.SQLALCHEMY_VERIFIED
