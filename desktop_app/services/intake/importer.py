"""Import measures, ventures or assessments from CSV/XLSX: all or nothing, audited, dry-runnable."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import ImportRejected, RegisterError
from desktop_app.domain.models import Assessment
from desktop_app.persistence import search_index
from desktop_app.persistence.db import BULK_CACHE_KIB, page_cache, retrying_write
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.codecs import CODECS, Codec
from desktop_app.services.intake.import_batch import BatchApplier, RowOutcome
from desktop_app.services.intake.tabular import Table, read_table
from desktop_app.services.progress import NullProgress, Progress, check
from desktop_app.system.heap import long_lived_heap_frozen, settle_survivors

ENTITIES = tuple(CODECS)
BATCH = 500
LISTED_ERRORS = 200  # a file of a million bad rows lists the first ones and counts the rest
DEFER_SEARCH_ROWS = 1_000  # smaller imports keep the row-by-row index upkeep (see _search_upkeep)


@dataclass
class ImportReport:
    entity: str
    file: str
    sha256: str
    sheet: str | None
    dry_run: bool
    outcomes: list[RowOutcome] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # the first LISTED_ERRORS; error_count has them all
    warnings: list[str] = field(default_factory=list)
    error_count: int = 0

    def add_errors(self, messages: list[str]) -> None:
        self.error_count += len(messages)
        room = LISTED_ERRORS - len(self.errors)
        if room > 0:
            self.errors.extend(messages[:room])

    def listed_errors(self) -> list[str]:
        """The errors to show: the first LISTED_ERRORS, then how many more there are."""
        more = self.error_count - len(self.errors)
        return self.errors + ([f"... and {more:,} more error(s), not listed"] if more > 0 else [])

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    def summary(self) -> str:
        verb = "would be" if self.dry_run else "were"
        return (f"{self.file}: {self.count('create')} {verb} created, {self.count('update')} updated, "
                f"{self.count('unchanged')} unchanged, {self.count('reject')} rejected")


class _DryRunDone(Exception):
    """Raised to roll back a dry run's transaction."""


@retrying_write
def run_import(
    ctx: ServiceContext, path: Path, entity: str, *, dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import `path` as `entity`; on any row error nothing is written and ImportRejected lists them."""
    if entity not in CODECS:
        raise RegisterError(f"Unknown import entity {entity!r}; use one of {', '.join(ENTITIES)}.")
    progress = progress or NullProgress()
    codec = CODECS[entity]
    table = read_table(path, entity)
    report = ImportReport(entity, table.name, table.sha256, table.sheet, dry_run)
    _check_columns(table, codec, report)
    try:
        with long_lived_heap_frozen(), ctx.db.session(write=True) as s, page_cache(s, BULK_CACHE_KIB):
            with _search_upkeep(s, entity, len(table.rows), dry_run):
                _apply_rows(s, ctx, table, codec, report, progress, write=not dry_run)
                if report.errors and not dry_run:
                    raise ImportRejected(
                        f"{table.name}: {report.error_count:,} error(s); nothing was imported.",
                        report.listed_errors(),
                    )
                if dry_run:
                    raise _DryRunDone
            if report.count("create") or report.count("update"):
                audit.record(s, ctx, AuditAction.IMPORT, "import", None, table.name, {
                    "file": [None, table.name], "sha256": [None, table.sha256], "entity": [None, entity],
                    "created": [None, report.count("create")], "updated": [None, report.count("update")],
                    "unchanged": [None, report.count("unchanged")],
                })
    except _DryRunDone:
        pass
    return report


def _search_upkeep(s: Session, entity: str, rows: int, dry_run: bool) -> AbstractContextManager[None]:
    """A large assessment import re-indexes the text search once at the end, not row by row.

    Per row the index costs about 0.2 ms, a rebuild about 11 us per stored assessment: deferring
    pays once the import brings more than about a twentieth of the register's size.
    """
    if dry_run or entity != "assessments" or s.get_bind().dialect.name != "sqlite":
        return nullcontext()
    stored = s.exec(select(func.count()).select_from(Assessment)).one()
    if rows < max(DEFER_SEARCH_ROWS, stored // 20):
        return nullcontext()
    return search_index.deferred(s.connection())


def _check_columns(table: Table, codec: Codec, report: ImportReport) -> None:
    missing = sorted(codec.required - set(table.columns))
    if missing:
        raise ImportRejected(
            f"{table.name}: missing required column(s) {', '.join(missing)}; nothing was imported. "
            f"Expected columns: {', '.join(codec.columns)}."
        )
    known = set(codec.columns)
    for column in table.columns:
        if column and column not in known and not column.startswith("partner_"):
            report.warnings.append(f"column {column!r} is not an import column and was ignored")
    seen: dict[str, int] = {}
    for number, cells in table.rows:
        key = codec.key_of(cells)
        if key.strip("\x1f") and key in seen:
            report.add_errors([f"row {number}: duplicate key {key.replace(chr(31), ' x ')!r} "
                               f"(also on row {seen[key]})"])
        seen.setdefault(key, number)


def _apply_rows(
    s: Session, ctx: ServiceContext, table: Table, codec: Codec, report: ImportReport,
    progress: Progress, *, write: bool,
) -> None:
    """Check and write the rows batch by batch; stop writing (not checking) after a first error.

    The caller froze the collector's view of the heap (`long_lived_heap_frozen`): the parsed
    file and the loaded modules live through the whole import. What each batch leaves behind
    (its outcomes, cached keys) lives on too, so it joins them after the batch.
    """
    applier = BatchApplier(s, ctx, codec, write)
    total = max(len(table.rows), 1)
    for start in range(0, len(table.rows), BATCH):
        check(progress, start / total, f"Row {start:,} of {total:,}")
        applier.write = write and not report.errors  # the transaction will roll back anyway
        for outcome in applier.apply(table.rows[start : start + BATCH]):
            report.outcomes.append(outcome)
            if outcome.action == "reject":
                report.add_errors(outcome.messages)
                if len(report.errors) >= LISTED_ERRORS:
                    outcome.messages = []  # counted; a million kept messages would fill the memory
            elif len(report.warnings) < LISTED_ERRORS:
                report.warnings.extend(outcome.messages)
        settle_survivors()
    check(progress, 1.0, f"{total:,} rows checked")
