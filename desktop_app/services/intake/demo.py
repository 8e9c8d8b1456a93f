"""The bundled demo register: real measures, fictional joint ventures, linking assessments."""

from __future__ import annotations

from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.importer import ImportReport, run_import
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.services.records.lineage import load_demo_links
from desktop_app.system.paths import resource

DEMO_FILES = (("measures", "measures.csv"), ("ventures", "ventures.csv"), ("assessments", "assessments.csv"))


def load_demo(ctx: ServiceContext, progress: Progress | None = None) -> list[ImportReport]:
    """Import the demo files in dependency order; running it again changes nothing."""
    progress = progress or NullProgress()
    reports = []
    for n, (entity, name) in enumerate(DEMO_FILES):
        progress.report(n / len(DEMO_FILES), f"Loading demo {entity}")
        reports.append(run_import(ctx, resource("demo", name), entity))
    load_demo_links(ctx)  # lineage between the demo measures; existing links are kept
    progress.report(1.0, "Demo register loaded")
    return reports
