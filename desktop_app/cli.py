"""`export-risk`: the headless command line over the same services as the GUI."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from desktop_app import logs
from desktop_app.domain.errors import ImportRejected, RegisterError, ValidationFailed
from desktop_app.paths import DB_ENV, resolve_db

log = logging.getLogger("desktop_app.cli")
EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2
ENTITIES = ("measures", "ventures", "assessments")
Handler = Callable[[argparse.Namespace], int]


def _context(args: argparse.Namespace):
    from desktop_app.services.context import open_register

    return open_register(resolve_db(args.db))


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.services.demo import load_demo

    ctx = _context(args)
    for report in load_demo(ctx):
        print(report.summary())
    print(f"Demo register ready in {ctx.db.display_name}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.services.importer import run_import

    ctx = _context(args)
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
        for line in report.errors:
            print(f"  {line}", file=sys.stderr)
    print(("Dry run, nothing written. " if report.dry_run else "") + report.summary())
    return EXIT_USER if report.errors else EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.services.exporter import export_csv

    count = export_csv(_context(args), args.entity, Path(args.file), include_archived=args.archived)
    print(f"Wrote {count} {args.entity} to {args.file}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance import backup_register

    dest = backup_register(_context(args), Path(args.file))
    print(f"Backup written and verified: {dest}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance import restore_file

    # Not _context(): a damaged register cannot be opened, yet is exactly what needs restoring.
    ctx, safety = restore_file(resolve_db(args.db), Path(args.file))
    print(f"Restored {ctx.db.display_name} from {args.file}; the previous state is saved as {safety}")
    return EXIT_OK


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from desktop_app.services.teammode import move_to_server

    report = move_to_server(_context(args), args.url)
    print(report.summary())
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance import check_register

    ctx = _context(args)
    report = check_register(ctx)
    if report.ok:
        print(f"OK: {ctx.db.display_name}: integrity, foreign keys and the audit chain "
              f"({report.audit_entries} entries, head {report.head_hash}) are sound.")
        return EXIT_OK
    print(f"PROBLEMS in {ctx.db.display_name}:", file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    print("Restore a backup with `export-risk restore FILE`.", file=sys.stderr)
    return EXIT_USER


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write YYYY-MM-DD") from None


def cmd_report(args: argparse.Namespace) -> int:
    from desktop_app.services.report_options import ReportOptions

    options = ReportOptions(as_of=args.as_of, since=args.since, ventures=tuple(args.venture or ()))
    ctx = _context(args)
    if args.format == "pdf":
        from desktop_app.services.briefing import write_briefing

        out = write_briefing(ctx, Path(args.out), options)
    else:
        from desktop_app.services.workbook import write_workbook

        out = write_workbook(ctx, Path(args.out), options)
    print(f"Wrote {out}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from desktop_app.ui.app import run_gui
    except ImportError as exc:
        print(f"The desktop window is not available in this build ({exc}). "
              "Use the commands listed by `export-risk --help`.", file=sys.stderr)
        return EXIT_USER
    return run_gui(resolve_db(args.db))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="export-risk",
        description="Export Risk Register: export-control measures, joint ventures and their risk. "
        "Without a command, opens the desktop window.",
    )
    parser.add_argument("--db", help=f"database file or postgresql+psycopg:// URL (default: ${DB_ENV} "
                        "or register.sqlite3 in the user data folder)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    parser.set_defaults(handler=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    add("gui", cmd_gui, "open the desktop window (the default)")
    add("demo", cmd_demo, "load the bundled demo register (safe to run twice)")
    p = add("import", cmd_import, "import a CSV or XLSX file; all rows or none")
    p.add_argument("entity", choices=ENTITIES)
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
    p = add("export", cmd_export, "export records as CSV with the import columns")
    p.add_argument("entity", choices=ENTITIES)
    p.add_argument("file")
    p.add_argument("--archived", action="store_true", help="include archived records")
    p = add("backup", cmd_backup, "write a verified copy of the database")
    p.add_argument("file")
    p = add("restore", cmd_restore, "replace the database with a backup (the current one is kept)")
    p.add_argument("file")
    add("check", cmd_check, "integrity, foreign-key and audit-chain check")
    p = add("migrate-to", cmd_migrate_to, "copy this SQLite register (--db) into an empty shared "
            "PostgreSQL database, verified by row counts and the audit chain")
    p.add_argument("url", help="postgresql+psycopg://user@host/dbname")
    p = add("report", cmd_report, "write the PDF risk briefing or the Excel risk workbook")
    p.add_argument("format", choices=("pdf", "xlsx"))
    p.add_argument("out", help="output file (written atomically)")
    p.add_argument("--as-of", type=_iso_date, help="describe the register as of this date (YYYY-MM-DD)")
    p.add_argument("--since", type=_iso_date, help="list changes since this date (YYYY-MM-DD)")
    p.add_argument("--venture", action="append", metavar="NAME", help="only this joint venture (repeatable)")
    from desktop_app.cli_screening import add_commands  # screen, dismiss, draft, link(s), asof, ...

    add_commands(add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logs.configure(verbose=args.verbose)
    try:
        return int(args.handler(args))
    except ValidationFailed as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USER
    except ImportRejected as exc:
        print(f"error: {exc}", file=sys.stderr)
        for line in exc.errors:
            print(f"  {line}", file=sys.stderr)
        return EXIT_USER
    except RegisterError as exc:
        log.error("%s", exc)
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print("Interrupted; nothing half-done was kept.", file=sys.stderr)
        return 130
    except Exception as exc:
        # A bug, not a user error: keep the traceback in the log, tell the user where it is.
        log.exception("unexpected failure")
        print(f"error: unexpected failure ({type(exc).__name__}: {exc}). Nothing half-done was kept; "
              f"details are in {logs.log_file()}", file=sys.stderr)
        return EXIT_USER


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
