"""The bundled demo register: real measures, fictional joint ventures, linking assessments."""

from __future__ import annotations

from desktop_app.domain.entity import RECORDS
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.importer import ImportReport, run_import
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.services.records.lineage import load_demo_links
from desktop_app.system.paths import resource


def load_demo(ctx: ServiceContext, progress: Progress | None = None) -> list[ImportReport]:
    """Import the demo files (`measures.csv`...) in dependency order; running it again changes nothing."""
    progress = progress or NullProgress()
    reports = []
    for n, entity in enumerate(RECORDS):
        name = entity.record.name
        progress.report(n / len(RECORDS), f"Loading demo {name}")
        reports.append(run_import(ctx, resource("demo", f"{name}.csv"), entity))
    load_demo_links(ctx)  # lineage between the demo measures; existing links are kept
    progress.report(1.0, "Demo register loaded")
    return reports
