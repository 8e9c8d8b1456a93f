"""`check`: pages, foreign keys, the audit chain and its guards, every record's sealed state and rules.

A check never writes: the register is opened read-only (SQLite `mode=ro`, and `immutable` when
no other program has it open), so a checked backup keeps its SHA-256. A register of an older
schema is checked on an upgraded copy in a temporary folder; the file itself is not touched.
"""

from __future__ import annotations

import logging
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop_app.domain.errors import StorageFull
from desktop_app.persistence import search_index
from desktop_app.persistence.backup import backup_file, copy_pages, integrity_errors
from desktop_app.persistence.db import make_engine
from desktop_app.persistence.opening import RESTORE_HINT, NeedsUpgrade
from desktop_app.persistence.seals import has_seals
from desktop_app.services import audit
from desktop_app.services.context import OpenMode, ServiceContext, open_register
from desktop_app.services.maintenance.rules import rule_problems
from desktop_app.services.maintenance.tamper import record_problems
from desktop_app.system.message_language import msg
from desktop_app.system.paths import DbLocation, locate_db
from desktop_app.system.storage import disk_full_message, is_storage_full

log = logging.getLogger(__name__)

# The database-level guards that make the audit trail append-only (migration 0001).
SQLITE_TRIGGERS = ("audit_entry_no_update", "audit_entry_no_delete")
POSTGRES_TRIGGERS = ("audit_entry_append_only",)


@dataclass
class CheckReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    audit_entries: int = 0
    head_hash: str = ""
    records: int = 0  # records whose sealed state was compared
    note: str = ""  # how the check was made, when not on the file itself


def _missing_triggers(ctx: ServiceContext) -> list[str]:
    with ctx.db.session() as s:
        if ctx.db.is_sqlite:
            present = set(s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
            expected = SQLITE_TRIGGERS
        else:
            present = set(s.execute(text(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass AND tgenabled <> 'D'"
            )).scalars())
            expected = POSTGRES_TRIGGERS
    return [name for name in expected if name not in present]


def check_register(ctx: ServiceContext) -> CheckReport:
    """Integrity and foreign keys, the audit chain and its append-only guards, the search index,
    each record against its sealed state, and each record against the domain rules."""
    problems: list[str] = []
    if ctx.db.path is not None:
        try:
            damage = integrity_errors(ctx.db.path)
        except sqlite3.DatabaseError as exc:
            damage = [str(exc)]
        if damage:  # the other checks need sound pages: report the damage alone
            return CheckReport(False, [msg("integrity: {problem}", problem=p) for p in damage] + [
                msg("integrity: the file is damaged. {hint}", hint=msg(RESTORE_HINT))])
    with ctx.db.session() as s:
        chain = audit.verify_chain(s)
    if not chain.ok:
        problems.append(msg("audit trail: {problem} (first broken entry: {entry})", problem=chain.problem,
                            entry=chain.first_broken_id))
    problems += [msg("audit trail: its append-only guard {name} was removed or disabled", name=name)
                 for name in _missing_triggers(ctx)]
    if ctx.db.path is not None:
        problems += _search_index_problems(ctx.db.path)
    records = 0
    with ctx.db.session() as s:
        if has_seals(s.connection()):
            found, records = record_problems(s.connection())
            problems += [msg("records: {problem}", problem=p) for p in found]
        problems += [msg("rules: {problem}", problem=p) for p in rule_problems(s, ctx.today())]
    return CheckReport(not problems, problems, chain.entries, chain.head_hash, records)


def _search_index_problems(path: Path) -> list[str]:
    """FTS5 checks its index only through a write statement: it runs on a copy, so the register
    itself is only ever read."""
    with tempfile.TemporaryDirectory(prefix="export-risk-check-") as folder:
        copy = Path(folder) / "copy.sqlite3"
        copy_pages(path, copy)
        engine = make_engine(f"sqlite:///{copy}")
        try:
            with engine.connect() as conn:
                return search_index.problems(conn)
        finally:
            engine.dispose()


def check_location(where: str | DbLocation) -> tuple[CheckReport, str]:
    """Check the register at `where` without changing it; returns the report and its name.

    An older register is upgraded in a temporary copy and the copy is checked.
    """
    location = where if isinstance(where, DbLocation) else locate_db(where)
    try:
        return _check(location)
    except (OSError, sqlite3.Error, DBAPIError) as exc:
        if not is_storage_full(exc):
            raise
        raise StorageFull(disk_full_message(msg(
            "the check needs room for a temporary copy of the register in {folder}; nothing was changed",
            folder=tempfile.gettempdir()))) from exc


def _check(location: DbLocation) -> tuple[CheckReport, str]:
    try:
        ctx = open_register(location, mode=OpenMode.CHECK)
    except NeedsUpgrade as older:
        assert location.path is not None
        return _check_upgraded_copy(location.path, older), location.display
    try:
        return check_register(ctx), ctx.db.display_name
    finally:
        ctx.db.dispose()


def _check_upgraded_copy(path: Path, older: NeedsUpgrade) -> CheckReport:
    with tempfile.TemporaryDirectory(prefix="export-risk-check-") as folder:
        copy = backup_file(path, Path(folder) / path.name)
        ctx = open_register(copy, mode=OpenMode.WORK)
        try:
            report = check_register(ctx)
        finally:
            ctx.db.dispose()
    report.note = msg("{path} is at schema {revision}: an upgraded copy was checked, and the file itself was "
                      "not changed (opening it with this version upgrades it)", path=path,
                      revision=older.found.revision)
    return report
