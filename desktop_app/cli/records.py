"""`export-risk` commands that move records in and out: demo, import, export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import EXIT_OK, EXIT_USER, Add, open_context, warn_marked
from desktop_app.domain.entity import IMPORTABLE, record_named
from desktop_app.domain.errors import ImportRejected

if TYPE_CHECKING:
    from desktop_app.services.intake.importer import ImportReport

# Every importable record: measures, ventures, assessments, and a measure's clauses and windows.
CHOICES = tuple(e.record.name for e in IMPORTABLE)


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.services.intake.demo import load_demo

    ctx = open_context(args)
    for report in load_demo(ctx):
        print(report.summary())
    print(f"Demo register ready in {ctx.db.display_name}")
    return EXIT_OK


def _rejected(exc: ImportRejected) -> int:
    print(str(exc), file=sys.stderr)
    for line in exc.errors:
        print(f"  {line}", file=sys.stderr)
    return EXIT_USER


def print_outcomes(report: ImportReport) -> None:
    """Each row's outcome; an update with its fields (old -> new), a conflict with both sides."""
    from desktop_app.services.intake.diffs import change_lines

    for o in report.outcomes:
        print(f"row {o.row}: {o.action} {o.key}")
        if o.action == "conflict":
            lines = change_lines(o.changes, left="register", right="file")
        else:
            lines = change_lines(o.changes) if o.action == "update" else []
        for line in lines:
            print(f"    {line}")


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.services.intake.headers import parse_mapping
    from desktop_app.services.intake.import_batch import ConflictPolicy
    from desktop_app.services.intake.importer import run_import

    ctx = open_context(args)
    try:
        report = run_import(ctx, Path(args.file), record_named(args.entity), dry_run=args.dry_run,
                            mapping=parse_mapping(args.map or []),
                            conflicts=ConflictPolicy(overwrite_all=args.overwrite_newer))
    except ImportRejected as exc:
        return _rejected(exc)
    for line in report.warnings:
        print(f"warning: {line}", file=sys.stderr)
    if report.dry_run:
        print_outcomes(report)
        for line in report.listed_errors() + report.conflicts:
            print(f"  {line}", file=sys.stderr)
    print(("Dry run, nothing written. " if report.dry_run else "") + report.summary())
    return EXIT_USER if report.errors or report.conflicts else EXIT_OK


def cmd_pack(args: argparse.Namespace) -> int:
    from desktop_app.services.intake.pack import import_pack
    from desktop_app.services.intake.pack_diff import diff_lines

    ctx = open_context(args)
    optional = {name: Path(value) if value else None
                for name, value in (("links", args.links), ("clauses", args.clauses), ("windows", args.windows))}
    try:
        report = import_pack(ctx, Path(args.file), dry_run=args.dry_run, **optional)
    except ImportRejected as exc:
        return _rejected(exc)
    for line in report.all_warnings():
        print(f"warning: {line}", file=sys.stderr)
    for line in diff_lines(report):
        print(line)
    for line in report.all_errors():
        print(f"  {line}", file=sys.stderr)
    print(("Dry run, nothing written. " if args.dry_run else "") + report.summary())
    return EXIT_USER if report.all_errors() else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.services.intake.exporter import export_csv
    from desktop_app.services.outputs import collect_marks

    with collect_marks() as marks:
        count = export_csv(open_context(args), record_named(args.entity), Path(args.file),
                           include_archived=args.archived)
    warn_marked(marks)
    print(f"Wrote {count} {args.entity} to {args.file}")
    return EXIT_OK


def add_commands(add: Add) -> None:
    """Register demo, import and export."""
    add("demo", cmd_demo, "load the bundled demo register (safe to run twice)")
    p = add("import", cmd_import, "import a CSV or XLSX file; all rows or none")
    p.add_argument("entity", choices=CHOICES)
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="report what would change, field by field; write nothing")
    p.add_argument("--map", action="append", metavar="HEADER=COLUMN",
                   help='read a column of the file as an import column, e.g. --map "Ref=reference" '
                        '(repeat for more; "Notes=" ignores a column)')
    p.add_argument("--overwrite-newer", action="store_true",
                   help="rows carrying an older version than the register's overwrite the newer edit "
                        "(without this, such conflicts are listed and nothing is imported)")
    p = add("pack", cmd_pack, "import an update pack of measures (with their clauses, suspension windows and "
                              "links); notes, assessments and dismissals of this register are never touched")
    p.add_argument("file", help="measures as CSV or XLSX (a workbook's Clauses, Suspension windows and "
                                "Lineage sheets join the pack)")
    p.add_argument("--links", help="links as CSV: from_reference,kind,to_reference,note")
    p.add_argument("--clauses", help="clauses as CSV or XLSX (the clauses import columns)")
    p.add_argument("--windows", help="suspension windows as CSV or XLSX (the windows import columns)")
    p.add_argument("--dry-run", action="store_true",
                   help="list new measures, changed fields (old -> new), new clauses, windows and links")
    p = add("export", cmd_export, "export records as CSV with the import columns")
    p.add_argument("entity", choices=CHOICES)
    p.add_argument("file")
    p.add_argument("--archived", action="store_true", help="include archived records")
