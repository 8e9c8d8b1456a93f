"""The assessment import's shortcuts give what the general paths give: audit text, cell errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.assessment_schemas import validate_assessment
from desktop_app.domain.audit_chain import dump_changes
from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ImportRejected
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.codecs import CODECS
from desktop_app.services.intake.demo import load_demo
from desktop_app.services.intake.exporter import export_csv
from desktop_app.services.intake.import_batch import Lookup, created_assessment_changes
from desktop_app.services.intake.importer import run_import
from desktop_app.services.records import assessments
from desktop_app.services.vocabularies import default_matrix


def _payloads(texts: list[str]) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for n, text in enumerate(texts):
        out.append({
            "measure_id": 1 + n, "venture_id": 2, "inherent_likelihood": 1 + n % 5, "inherent_impact": 2,
            "residual_likelihood": None if n % 2 else 1, "rationale": text, "owner": text if n % 3 else "",
            "assessor": "" if n % 2 else text or "x", "channels": [] if n % 4 == 0 else ["input supply"],
            "assessed_on": None if n % 3 == 0 else "2025-01-02",
            "mitigation": [] if n % 2 else [{"text": text or "a", "owner": "", "due_on": None}],
        })
    return out


def test_created_changes_match_the_general_change_detection(ctx: ServiceContext,
                                                            hostile_strings: list[str]) -> None:
    matrix = default_matrix()
    checked = 0
    for data in _payloads([*hostile_strings, "", "0", "plain"]):
        model, _issues = validate_assessment(data, ctx.today())
        if model is None:
            continue
        scored = assessments.score(ctx, model, matrix)
        general = assessments.assessment_changes(None, model, scored)
        assert dump_changes(created_assessment_changes(model, scored)) == dump_changes(general)
        checked += 1
    assert checked > len(hostile_strings) // 2


def test_cell_errors_are_reported_per_column_in_order(ctx: ServiceContext) -> None:
    load_demo(ctx)
    raw: dict[str, object] = {
        "measure_reference": "nope", "venture": "", "likelihood": "x", "impact": "3.5",
        "next_review_on": "1/2/2026", "assessed_on": "2026-02-30", "mitigation": "a [colour: red]",
        "channels": "input supply", "treatment": "", "owner": " ",
    }
    with ctx.db.session() as s:
        data, errors = CODECS[Entity.ASSESSMENT].from_cells(raw, None, Lookup(s, ctx.today()))
    assert [c for c, _m in errors] == ["measure_reference", "venture", "likelihood", "impact",
                                       "next_review_on", "assessed_on", "mitigation"]
    assert errors[0][1] == "no measure with reference 'nope' in the register"
    assert "treatment" not in data and data["owner"] == " " and data["mitigation"] == []
    assert data["measure_id"] == 0 and data["inherent_likelihood"] is None


def test_reimport_is_unchanged_a_bad_cell_changes_nothing_and_an_edit_is_audited(
        ctx: ServiceContext, tmp_path: Path) -> None:
    load_demo(ctx)
    path = tmp_path / "a.csv"
    count = export_csv(ctx, Entity.ASSESSMENT, path)
    with ctx.db.session() as s:
        entries = audit.verify_chain(s).entries
    assert run_import(ctx, path, Entity.ASSESSMENT).count("unchanged") == count
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    lines[1] = lines[1].replace(",", ",=", 1)  # a venture cell that starts like a formula
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        run_import(ctx, path, Entity.ASSESSMENT)
    assert caught.value.errors[0].startswith("row 2, column venture: no joint venture named '=")
    with ctx.db.session() as s:
        report = audit.verify_chain(s)
    assert report.ok and report.entries == entries
    lines[1] = path.read_text(encoding="utf-8").splitlines()[2]
    path.write_text("\n".join([*lines[:1], lines[1].replace(",", ",'=", 1)]) + "\n", encoding="utf-8")
    with pytest.raises(ImportRejected):  # a guarded cell is read back unguarded: still unknown
        run_import(ctx, path, Entity.ASSESSMENT)
    edited = path.read_text(encoding="utf-8").splitlines()
    row = export_rows_of(ctx, tmp_path)[1]
    edited[1] = row.replace(row.split(",")[8], "new rationale", 1)
    path.write_text("\n".join(edited) + "\n", encoding="utf-8")
    report = run_import(ctx, path, Entity.ASSESSMENT)
    assert report.count("update") == 1
    with ctx.db.session() as s:
        chain = audit.verify_chain(s)
        last = audit.list_entries(s, limit=2)
    assert chain.ok and chain.entries == entries + 2
    assert last[1].changes["rationale"][1] == "new rationale"


def export_rows_of(ctx: ServiceContext, tmp_path: Path) -> list[str]:
    export_csv(ctx, Entity.ASSESSMENT, tmp_path / "again.csv")
    return (tmp_path / "again.csv").read_text(encoding="utf-8-sig").splitlines()
