"""The demo register's outputs are byte for byte what they were before the entities were declared once:
its CSV exports, the exports after a round trip through import, its audit chain and its workbook sheets.

The expected files in tests/data/demo_outputs/ were written by the code as it stood before that change
(at a fixed clock and actor). When a change is meant to alter these outputs, check the difference, then
rewrite them with `python -m tests.services.test_demo_outputs`.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import pytest

from desktop_app.domain.entity import IMPORTABLE
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.intake.exporter import export_csv
from desktop_app.services.intake.importer import run_import
from desktop_app.services.reports.options import ReportOptions
from desktop_app.services.reports.workbook import write_workbook

EXPECTED = Path(__file__).resolve().parent.parent / "data" / "demo_outputs"
CLOCK = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
# The sheets built from the record entities and the audit trail. The Summary and Exposures sheets
# follow the screening rules, which change on their own; their own tests cover them.
SHEETS = ("Measures", "Joint ventures", "Partners", "Assessments", "Mitigations", "Lineage", "Risk matrix",
          "Changes")


def _register(path: Path) -> ServiceContext:
    ctx = open_register(f"sqlite:///{path}", actor="tester")
    ctx.now = lambda: CLOCK
    return ctx


def _target(base: str, target: str) -> str:
    return target.lstrip("/") if target.startswith("/") else str(PurePosixPath(base).parent / target)


def sheet_digests(book: Path) -> dict[str, str]:
    """SHA-256 of each sheet's parts (its XML, its relationships and its tables), by sheet name."""
    with zipfile.ZipFile(book) as z:
        names = dict(re.findall(r'<sheet[^>]* name="([^"]+)"[^>]* r:id="([^"]+)"', z.read("xl/workbook.xml").decode()))
        rels = dict(re.findall(r'Target="([^"]+)" Id="([^"]+)"', z.read("xl/_rels/workbook.xml.rels").decode()))
        by_id = {rid: _target("xl/workbook.xml", target) for target, rid in rels.items()}
        out = {}
        for name, rid in names.items():
            sheet = by_id[rid]
            digest = hashlib.sha256(z.read(sheet))
            rel = str(PurePosixPath(sheet).parent / "_rels" / (PurePosixPath(sheet).name + ".rels"))
            if rel in z.namelist():
                text = z.read(rel)
                digest.update(text)
                for target in re.findall(r'relationships/table" Target="([^"]+)"', text.decode()):
                    digest.update(z.read(_target(sheet, target)))
            out[name] = digest.hexdigest()
        return out


def produce(folder: Path) -> dict[str, object]:
    """Load the demo, export it, import the exports into a new register, export again, write the workbook."""
    ctx, again = _register(folder / "demo.sqlite3"), _register(folder / "again.sqlite3")
    try:
        load_demo(ctx)
        files = {}
        for entity in IMPORTABLE:
            export_csv(ctx, entity, folder / f"{entity.record.name}.csv")
            files[entity.record.name] = (folder / f"{entity.record.name}.csv").read_bytes()
        for entity in IMPORTABLE:
            run_import(again, folder / f"{entity.record.name}.csv", entity)
        for entity in IMPORTABLE:
            export_csv(again, entity, folder / f"again-{entity.record.name}.csv")
            files[f"again-{entity.record.name}"] = (folder / f"again-{entity.record.name}.csv").read_bytes()
        write_workbook(ctx, folder / "book.xlsx", ReportOptions())
        with ctx.db.session() as s, again.db.session() as s2:
            heads = {"demo": audit.head_hash(s), "round_trip": audit.head_hash(s2)}
        digests = sheet_digests(folder / "book.xlsx")
        return {"files": files, "audit_heads": heads, "sheets": {name: digests[name] for name in SHEETS}}
    finally:
        ctx.db.dispose()
        again.db.dispose()


@pytest.fixture(scope="module")
def produced(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return produce(tmp_path_factory.mktemp("demo_outputs"))


def _expected() -> dict[str, object]:
    return json.loads((EXPECTED / "digests.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["measures", "ventures", "assessments"])
def test_exports_and_round_trip_are_byte_identical(produced: dict, name: str) -> None:
    expected = (EXPECTED / f"{name}.csv").read_bytes()
    assert produced["files"][name] == expected
    assert produced["files"][f"again-{name}"] == expected  # export -> import -> export changes nothing


def test_audit_chains_hash_the_same_entries(produced: dict) -> None:
    """Entity names, labels and changes (the import's "entity": "measures" too) are hashed: same heads."""
    assert produced["audit_heads"] == _expected()["audit_heads"]


def test_workbook_sheets_are_byte_identical(produced: dict) -> None:
    assert produced["sheets"] == _expected()["sheets"]


if __name__ == "__main__":  # rewrite the expected outputs from the code as it is now
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        result = produce(Path(tmp))
    EXPECTED.mkdir(parents=True, exist_ok=True)
    for name in ("measures", "ventures", "assessments"):
        (EXPECTED / f"{name}.csv").write_bytes(result["files"][name])  # type: ignore[index]
    (EXPECTED / "digests.json").write_text(json.dumps(
        {"audit_heads": result["audit_heads"], "sheets": result["sheets"]}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {EXPECTED}", file=sys.stderr)
