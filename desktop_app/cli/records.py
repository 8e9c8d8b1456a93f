"""`export-risk` commands that move records in and out: demo, import, export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.common import EXIT_OK, EXIT_USER, Add, open_context, warn_marked
from desktop_app.domain.errors import ImportRejected

ENTITIES = ("measures", "ventures", "assessments")


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.services.intake.demo import load_demo

    ctx = open_context(args)
    for report in load_demo(ctx):
        print(report.summary())
    print(f"Demo register ready in {ctx.db.display_name}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.services.intake.importer import run_import

    ctx = open_context(args)
    try:
        report = run_import(ctx, Path(args.file), args.entity, dry_run=args.dry_run)
    except ImportRejected as exc:
        print(str(exc), file=sys.stderr)
        for line in exc.errors:
            print(f"  {line}", file=sys.stderr)
        return EXIT_USER
    for line in report.warnings:
        print(f"warning: {line}", file=sys.stderr)
    if report.dry_run:
        for o in report.outcomes:
            print(f"row {o.row}: {o.action} {o.key}")
        for line in report.listed_errors():
            print(f"  {line}", file=sys.stderr)
    print(("Dry run, nothing written. " if report.dry_run else "") + report.summary())
    return EXIT_USER if report.errors else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.services.intake.exporter import export_csv
    from desktop_app.services.outputs import collect_marks

    with collect_marks() as marks:
        count = export_csv(open_context(args), args.entity, Path(args.file), include_archived=args.archived)
    warn_marked(marks)
    print(f"Wrote {count} {args.entity} to {args.file}")
    return EXIT_OK


def add_commands(add: Add) -> None:
    """Register demo, import and export."""
    add("demo", cmd_demo, "load the bundled demo register (safe to run twice)")
    p = add("import", cmd_import, "import a CSV or XLSX file; all rows or none")
    p.add_argument("entity", choices=ENTITIES)
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
    p = add("export", cmd_export, "export records as CSV with the import columns")
    p.add_argument("entity", choices=ENTITIES)
    p.add_argument("file")
    p.add_argument("--archived", action="store_true", help="include archived records")
