"""`export-risk` commands that keep the register safe: backup, restore, check, migrate-to."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.common import EXIT_OK, EXIT_USER, Add, open_context
from desktop_app.system.paths import resolve_db


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance.backups import backup_register

    dest = backup_register(open_context(args), Path(args.file))
    print(f"Backup written and verified: {dest}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance.backups import restore_file

    # Not open_context(): a damaged register cannot be opened, yet is exactly what needs restoring.
    ctx, safety = restore_file(resolve_db(args.db), Path(args.file))
    print(f"Restored {ctx.db.display_name} from {args.file}; the previous state is saved as {safety}")
    return EXIT_OK


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance.teammode import move_to_server

    report = move_to_server(open_context(args), args.url)
    print(report.summary())
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_app.services.maintenance.backups import check_register

    ctx = open_context(args)
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


def add_commands(add: Add) -> None:
    """Register backup, restore, check and migrate-to."""
    p = add("backup", cmd_backup, "write a verified copy of the database")
    p.add_argument("file")
    p = add("restore", cmd_restore, "replace the database with a backup (the current one is kept)")
    p.add_argument("file")
    add("check", cmd_check, "integrity, foreign-key and audit-chain check")
    p = add("migrate-to", cmd_migrate_to, "copy this SQLite register (--db) into an empty shared "
            "PostgreSQL database, verified by row counts and the audit chain")
    p.add_argument("url", help="postgresql+psycopg://user@host/dbname")
