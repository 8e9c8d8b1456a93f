"""The bundled demo register: real measures with clauses and suspension windows, fictional joint
ventures, assessments whose review dates count from the day the demo is loaded."""

from __future__ import annotations

import csv
import logging
import tempfile
from datetime import timedelta
from pathlib import Path

from sqlmodel import col, select

from desktop_app.domain.entity import IMPORTABLE, Entity
from desktop_app.domain.errors import ImportRejected
from desktop_app.domain.models import Assessment, JointVenture, Measure
from desktop_app.domain.text import normalize_key
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.importer import ImportReport, run_import
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.services.records.lineage import load_demo_links
from desktop_app.system.message_language import mark, msg
from desktop_app.system.paths import resource

log = logging.getLogger(__name__)
# In dependency order: clauses name measures, windows name clauses, assessments name both.
DEMO_ORDER = IMPORTABLE
# The progress shown while each part loads (English: "Loading demo " and the file's record name).
LOADING = {Entity.MEASURE: mark("Loading demo measures"), Entity.VENTURE: mark("Loading demo ventures"),
           Entity.MEASURE_CLAUSE: mark("Loading demo clauses"),
           Entity.SUSPENSION_WINDOW: mark("Loading demo windows"),
           Entity.ASSESSMENT: mark("Loading demo assessments")}
RELATIVE = "review_in_days"  # demo column: the next review this many days after loading


def _stored_reviews(ctx: ServiceContext) -> dict[tuple[str, str], str]:
    with ctx.db.session() as s:
        rows = s.exec(select(Measure.reference_key, JointVenture.name_key, Assessment.next_review_on)
                      .join(Measure, col(Measure.id) == Assessment.measure_id)
                      .join(JointVenture, col(JointVenture.id) == Assessment.venture_id))
        return {(m, v): day.isoformat() for m, v, day in rows}


def _dated_assessments(ctx: ServiceContext, source: Path, folder: Path) -> Path:
    """The demo assessments with `next_review_on` counted from today for new ones; an assessment
    already in the register keeps its review date (loading the demo again changes nothing)."""
    with source.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    stored = _stored_reviews(ctx)
    for row in rows:
        key = (normalize_key(row["measure_reference"]), normalize_key(row["venture"]))
        days = int(row.pop(RELATIVE) or 0)
        row["next_review_on"] = stored.get(key) or (ctx.today() + timedelta(days=days)).isoformat()
    target = folder / source.name
    with target.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return target


def _windows(ctx: ServiceContext, source: Path, folder: Path) -> ImportReport:
    """The demo windows; in a register that already records some of them differently (an older
    demo carried forward by a migration), the ones it refuses are left out and logged."""
    try:
        return run_import(ctx, source, Entity.SUSPENSION_WINDOW)
    except ImportRejected as exc:
        log.warning("demo windows: %s %s", exc, exc.errors)
    with source.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header, rows = reader.fieldnames or [], list(reader)
    report = ImportReport(Entity.SUSPENSION_WINDOW, source.name, "", None, False)
    for n, row in enumerate(rows):
        one = folder / f"window-{n}.csv"
        with one.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=header)
            writer.writeheader()
            writer.writerow(row)
        try:
            report.outcomes += run_import(ctx, one, Entity.SUSPENSION_WINDOW).outcomes
        except ImportRejected as exc:
            report.warnings += exc.errors
    return report


def load_demo(ctx: ServiceContext, progress: Progress | None = None) -> list[ImportReport]:
    """Import the demo files in dependency order; running it again changes nothing."""
    progress = progress or NullProgress()
    reports = []
    with tempfile.TemporaryDirectory(prefix="export-risk-demo-") as tmp:
        for n, entity in enumerate(DEMO_ORDER):
            progress.report(n / len(DEMO_ORDER), msg(LOADING[entity]))
            path = resource("demo", f"{entity.record.name}.csv")
            if entity is Entity.ASSESSMENT:
                reports.append(run_import(ctx, _dated_assessments(ctx, path, Path(tmp)), entity))
            elif entity is Entity.SUSPENSION_WINDOW:
                reports.append(_windows(ctx, path, Path(tmp)))
            else:
                reports.append(run_import(ctx, path, entity))
    load_demo_links(ctx)  # lineage between the demo measures; existing links are kept
    progress.report(1.0, msg("Demo register loaded"))
    return reports
