"""`export-risk` commands that keep the register safe: backup, restore, check, migrate-to."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.common import EXIT_OK, EXIT_USER, Add, open_context
from desktop_app.system.paths import resolve_db


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance.backups import backup_register

    dest = backup_register(open_context(args), Path(args.file), force=args.force)
    print(f"Backup written and verified: {dest}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance.restore import restore_file

    # Not open_context(): a damaged register cannot be opened, yet is exactly what needs restoring.
    ctx, safety = restore_file(resolve_db(args.db), Path(args.file))
    ctx.db.dispose()
    print(f"Restored {ctx.db.display_name} from {args.file}; the previous state is saved as {safety}")
    return EXIT_OK


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance.teammode import move_to_server

    report = move_to_server(open_context(args), args.url)
    print(report.summary())
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance.check import check_location

    # Read-only, never upgraded: a checked file (a backup) keeps every byte and its SHA-256.
    report, name = check_location(resolve_db(args.db))
    if report.note:
        print(f"Note: {report.note}.", file=sys.stderr)
    if report.ok:
        print(f"OK: {name}: integrity, foreign keys, the audit chain ({report.audit_entries} entries, head "
              f"{report.head_hash}), {report.records} sealed records and the rules are sound.")
        return EXIT_OK
    print(f"PROBLEMS in {name} ({len(report.problems)}):", file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    print("Records changed outside the application: compare with a backup (`export-risk check` on it), "
          "then restore it with `export-risk restore FILE` or correct the records in the application.",
          file=sys.stderr)
    return EXIT_USER


def add_commands(add: Add) -> None:
    """Register backup, restore, check and migrate-to."""
    p = add("backup", cmd_backup, "write a verified copy of the database")
    p.add_argument("file")
    p.add_argument("--force", action="store_true",
                   help="replace FILE if it exists (an earlier backup of this register, or not a database)")
    p = add("restore", cmd_restore, "replace the database with a backup (the current one is kept)")
    p.add_argument("file")
    add("check", cmd_check, "integrity, foreign keys, audit chain, records changed outside the app, rules "
        "(read-only)")
    p = add("migrate-to", cmd_migrate_to, "copy this SQLite register (--db) into an empty shared "
            "PostgreSQL database, verified by row counts and the audit chain")
    p.add_argument("url", help="postgresql+psycopg://user@host/dbname")
