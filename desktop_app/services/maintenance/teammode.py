"""Move a SQLite register into an empty shared PostgreSQL database, verified row for row."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Table, delete, func, insert, select, text
from sqlalchemy.engine import make_url
from sqlmodel import Session, SQLModel

import desktop_app.domain.models  # noqa: F401  - registers every table on SQLModel.metadata
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import RegisterError
from desktop_app.persistence.db import Database
from desktop_app.persistence.opening import open_database
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.maintenance.check import check_register
from desktop_app.services.progress import NullProgress, Progress, check
from desktop_app.system.message_language import msg

log = logging.getLogger(__name__)

BATCH = 2_000
# Any of these holding a row means the target already is somebody's register.
USER_TABLES = ("measure", "joint_venture", "assessment", "audit_entry")


@dataclass
class MoveReport:
    source: str
    target: str
    counts: dict[str, int] = field(default_factory=dict)  # rows copied per table
    audit_entries: int = 0
    head_hash: str = ""  # of the source's trail, matched by the target's before the move entry

    def summary(self) -> str:
        rows = sum(self.counts.values())
        return msg("Moved {rows:,} rows in {tables} tables from {source} to {target}; row counts match and the "
                   "audit chain ({entries:,} entries, head {head}) verifies on the server.", rows=rows,
                   tables=len(self.counts), source=self.source, target=self.target, entries=self.audit_entries,
                   head=self.head_hash)


def _tables() -> list[Table]:
    """Every register table, parents before children (the order foreign keys need)."""
    return list(SQLModel.metadata.sorted_tables)


def _utc(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    # SQLite gives back naive datetimes (stored as UTC); PostgreSQL would read them in the
    # server's time zone, so they are marked as UTC explicitly.
    for column in table.columns:
        if isinstance(column.type, DateTime) and isinstance(row.get(column.name), datetime):
            value = row[column.name]
            if value.tzinfo is None:
                row[column.name] = value.replace(tzinfo=UTC)
    return row


def _refuse_non_empty(s: Session, target: Database) -> None:
    for name in USER_TABLES:
        table = SQLModel.metadata.tables[name]
        if s.execute(select(func.count()).select_from(table)).scalar_one():
            raise RegisterError(msg("{target} already holds a register ({table} has rows); nothing was copied. "
                                    "Move a register only into an empty database.", target=target.display_name,
                                    table=name))


def _copy(src: Session, dst: Session, progress: Progress) -> dict[str, int]:
    tables = _tables()
    # The migrations seed some tables (risk matrix, audit head): the source's rows replace them.
    for table in reversed(tables):
        if table.name != "audit_entry":  # empty (checked) and guarded against DELETE
            dst.execute(delete(table))
    counts: dict[str, int] = {}
    for n, table in enumerate(tables):
        check(progress, n / len(tables), msg("Copying {table}", table=table.name))
        key = list(table.primary_key.columns)
        result = src.execute(select(table).order_by(*key)).mappings()
        counts[table.name] = 0
        while batch := result.fetchmany(BATCH):
            dst.execute(insert(table), [_utc(table, dict(row)) for row in batch])
            counts[table.name] += len(batch)
    return counts


def _reset_sequences(dst: Session) -> None:
    """Copied ids were given explicitly: move each id sequence past them."""
    for table in _tables():
        column = table.columns.get("id")
        if column is None or not column.primary_key or not column.autoincrement:
            continue
        dst.execute(text(
            "SELECT setval(pg_get_serial_sequence(:table, 'id'), "
            f"COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
        ), {"table": table.name})


def _verify(target: Database, counts: dict[str, int], head_hash: str) -> None:
    with target.session() as s:
        for table in _tables():
            found = s.execute(select(func.count()).select_from(table)).scalar_one()
            if found != counts[table.name]:
                raise RegisterError(msg("Verification failed: {table} has {found} rows on the server, {copied} in "
                                        "the file.", table=table.name, found=found, copied=counts[table.name]))
        chain = audit.verify_chain(s)
    if not chain.ok or chain.head_hash != head_hash:
        raise RegisterError(msg("Verification failed: the audit chain on the server does not match ({problem}).",
                                problem=chain.problem or msg("different head")))


def move_to_server(source: ServiceContext, target_url: str, progress: Progress | None = None) -> MoveReport:
    """Copy the SQLite register of `source` into the empty PostgreSQL database at `target_url`.

    Ids, versions, timestamps and the audit trail are copied unchanged, in one transaction,
    so the audit chain verifies on the server with the same head hash. Refuses a damaged
    source and a target that already holds data. Then appends an audit entry recording
    the move (actor: the source context's actor). The SQLite file is left untouched.
    """
    progress = progress or NullProgress()
    if not source.db.is_sqlite:
        raise RegisterError(msg("migrate-to copies a SQLite register file; the current register is not one."))
    if make_url(target_url).get_backend_name() != "postgresql":
        raise RegisterError(msg("The target must be a postgresql+psycopg://user@host/dbname URL."))
    health = check_register(source)
    if not health.ok:
        raise RegisterError(msg("The register file fails its check; nothing was copied: {problems}",
                                problems="; ".join(health.problems)))
    target = open_database(target_url)  # creates the schema with the same migrations
    try:
        report = MoveReport(source.db.display_name, target.display_name)
        with source.db.session() as src, target.session(write=True) as dst:
            _refuse_non_empty(dst, target)
            report.head_hash = audit.head_hash(src)
            report.counts = _copy(src, dst, progress)
            _reset_sequences(dst)
        report.audit_entries = report.counts.get("audit_entry", 0)
        _verify(target, report.counts, report.head_hash)
        moved = ServiceContext(db=target, actor=source.actor, now=source.now)
        with target.session(write=True) as s:
            audit.record(s, moved, AuditAction.IMPORT, "database", None, source.db.display_name, {
                "moved_from": [None, source.db.display_name], "source_head_hash": [None, report.head_hash],
                "rows": [None, sum(report.counts.values())],
            })
        check(progress, 1.0, msg("Verified"))
        log.info("%s", report.summary())
        return report
    finally:
        target.dispose()
