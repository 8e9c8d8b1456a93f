"""Hostile text through the new intake paths: words kept as target notes, mapped headers, group
names and aliases, undisclosed shares; each survives verbatim or is refused with a message."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ImportRejected, ValidationFailed
from desktop_app.domain.text import escape_item
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.exporter import export_csv
from desktop_app.services.intake.importer import run_import
from desktop_app.services.intake.tabular import header_key
from desktop_app.services.records import groups, measures, ventures

BASE = ["reference", "title", "jurisdiction", "measure_type", "status", "targets"]


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([header, *rows])
    return path


def test_hostile_targets_are_kept_as_notes_and_survive_the_round_trip(
        ctx: ServiceContext, tmp_path: Path, hostile_strings: list[str]) -> None:
    rows = [[f"H-{n}", "t", "CN", "export ban", "in force", f"United States; {escape_item(text)}"]
            for n, text in enumerate(hostile_strings)]
    report = run_import(ctx, _write(tmp_path / "h.csv", BASE, rows), Entity.MEASURE)
    assert report.count("create") == len(hostile_strings)
    stored = {m.reference: m for m in measures.list_measures(ctx)}
    for n, text in enumerate(hostile_strings):
        measure = stored[f"H-{n}"]
        assert measure.targets[0] == "US"
        if len(measure.targets) == 1:  # not a place: kept verbatim as the note
            assert measure.targets_note == text
    export_csv(ctx, Entity.MEASURE, tmp_path / "out.csv")
    again = run_import(ctx, tmp_path / "out.csv", Entity.MEASURE, dry_run=True)
    assert {o.action for o in again.outcomes} == {"unchanged"}


def test_hostile_headers_can_be_mapped_or_ignored(ctx: ServiceContext, tmp_path: Path,
                                                  hostile_strings: list[str]) -> None:
    printable = [s for s in hostile_strings if s.isprintable()][:6]
    header = [*printable[:1], "title", "jurisdiction", "measure_type", "status", *printable[1:]]
    path = _write(tmp_path / "m.csv", header, [["R-1", "t", "中国", "export ban", "in force",
                                                 *(["x"] * (len(printable) - 1))]])
    report = run_import(ctx, path, Entity.MEASURE, mapping={header_key(printable[0]): "reference"})
    assert report.count("create") == 1 and len([w for w in report.warnings if "ignored" in w]) == len(printable) - 1
    assert measures.list_measures(ctx)[0].reference == "R-1"


def test_hostile_group_names_and_control_characters(ctx: ServiceContext, hostile_strings: list[str]) -> None:
    for n, text in enumerate(hostile_strings):
        try:
            saved = groups.save_group(ctx, {"code": f"H:{n}", "name": text, "aliases": [f"{text} alias"]})
        except ValidationFailed as exc:
            assert "control characters" in str(exc) or "characters long" in str(exc)
            continue
        assert saved.name == text and saved.aliases == [f"{text} alias"]


def test_a_blank_share_is_undisclosed_but_a_bad_one_an_error(ctx: ServiceContext, tmp_path: Path,
                                                              hostile_strings: list[str]) -> None:
    header = ["name", "country", "partner_1_name", "partner_1_share", "partner_2_name", "partner_2_share"]
    ok = _write(tmp_path / "v.csv", header, [[hostile_strings[0], "Macau", hostile_strings[12], "",
                                              hostile_strings[13], "40"]])
    run_import(ctx, ok, Entity.VENTURE)
    venture = ventures.list_ventures(ctx)[0]
    assert venture.country == "MO" and venture.partners[0].share is None
    bad = _write(tmp_path / "b.csv", header, [["JV 2", "DE", "a", "=1+1", "", ""]])
    try:
        run_import(ctx, bad, Entity.VENTURE)
    except ImportRejected as exc:
        assert exc.errors[0].startswith("row 2, column partner_1_share")
    else:
        raise AssertionError("a share that is not a number was accepted")
