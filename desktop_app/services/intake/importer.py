"""Import measures, ventures or assessments from CSV/XLSX: all or nothing, audited, dry-runnable."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import ImportRejected, RegisterError
from desktop_app.domain.models import Assessment
from desktop_app.persistence import fast_sqlite
from desktop_app.persistence.db import BULK_CACHE_KIB, page_cache, retrying_write
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake import headers
from desktop_app.services.intake.codecs import CODECS, Codec
from desktop_app.services.intake.import_batch import BatchApplier, ConflictPolicy, RowOutcome
from desktop_app.services.intake.suggest import did_you_mean
from desktop_app.services.intake.tabular import Table, read_table
from desktop_app.services.progress import NullProgress, Progress, check
from desktop_app.system.heap import settle_survivors
from desktop_app.system.message_language import msg

BATCH = 500
LISTED_ERRORS = 200  # a file of a million bad rows lists the first ones and counts the rest
DEFER_SEARCH_ROWS = 1_000  # smaller imports keep the row-by-row index upkeep (see _search_upkeep)


@dataclass
class ImportReport:
    entity: Entity
    file: str
    sha256: str
    sheet: str | None
    dry_run: bool
    outcomes: list[RowOutcome] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # the first LISTED_ERRORS; error_count has them all
    warnings: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)  # rows older than the register, unresolved
    mapping: dict[str, str] = field(default_factory=dict)  # the header mapping applied
    pack: bool = False  # an update pack: local notes and archived records left alone
    error_count: int = 0

    def add_errors(self, messages: list[str]) -> None:
        self.error_count += len(messages)
        room = LISTED_ERRORS - len(self.errors)
        if room > 0:
            self.errors.extend(messages[:room])

    def listed_errors(self) -> list[str]:
        """The errors to show: the first LISTED_ERRORS, then how many more there are."""
        more = self.error_count - len(self.errors)
        return self.errors + ([msg("... and {count:,} more error(s), not listed", count=more)] if more > 0 else [])

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    def summary(self) -> str:
        counts = {"file": self.file, "created": self.count("create"), "updated": self.count("update"),
                  "unchanged": self.count("unchanged"), "rejected": self.count("reject")}
        text = (msg("{file}: {created} would be created, {updated} updated, {unchanged} unchanged, "
                    "{rejected} rejected", **counts) if self.dry_run else
                msg("{file}: {created} were created, {updated} updated, {unchanged} unchanged, "
                    "{rejected} rejected", **counts))
        # Each further count is an item of the same list, added only when there is one.
        if self.count("conflict"):
            text += msg(", {count} in conflict with newer edits", count=self.count("conflict"))
        if self.count("kept"):
            text += msg(", {count} kept as the register has them", count=self.count("kept"))
        return text


class _DryRunDone(Exception):
    """Raised to roll back a dry run's transaction."""


# Columns an update pack never writes: this register's own notes (a measure's, a clause's, a
# window's), and versions from another register.
PACK_LOCAL_COLUMNS = ("notes", "note", "version")


@retrying_write
def run_import(
    ctx: ServiceContext, path: Path, entity: Entity, *, dry_run: bool = False,
    progress: Progress | None = None, mapping: Mapping[str, str] | None = None,
    conflicts: ConflictPolicy | None = None, pack: bool = False,
) -> ImportReport:
    """Import `path` as `entity`; on any row error (or unresolved stale-version conflict) nothing
    is written and ImportRejected lists them.

    `mapping` renames the file's headers ({header: column}); `conflicts` says what to do with
    rows older than the stored record; a `pack` (measures from a colleague or a newsletter)
    leaves this register's notes and archived measures alone and ignores versions."""
    progress = progress or NullProgress()
    table, report = read_import(path, entity, dry_run=dry_run, mapping=mapping, pack=pack)
    try:
        with ctx.db.session(write=True) as s, page_cache(s, BULK_CACHE_KIB):
            import_in(s, ctx, table, report, progress, write=not dry_run, conflicts=conflicts)
            if dry_run:
                raise _DryRunDone
    except _DryRunDone:
        pass
    return report


def read_import(path: Path, entity: Entity, *, dry_run: bool = False, mapping: Mapping[str, str] | None = None,
                pack: bool = False) -> tuple[Table, ImportReport]:
    """Read and map the file and check its columns: the table and the report its rows fill."""
    codec = CODECS.get(entity)
    if codec is None:
        raise RegisterError(msg("Unknown import entity {entity!r}; use one of {entities}.", entity=str(entity),
                                entities=", ".join(e.record.name for e in CODECS)))
    table = read_table(path, entity)
    labelled = headers.by_label(entity, table.columns, mapping or {})
    table = headers.apply_mapping(table, entity, {**labelled, **(mapping or {})})
    if pack:
        table = _without(table, PACK_LOCAL_COLUMNS)
    report = ImportReport(entity, table.name, table.sha256, table.sheet, dry_run, mapping=dict(mapping or {}),
                          pack=pack)
    report.warnings += [msg("column {header!r} read as {column}", header=h, column=c) for h, c in labelled.items()]
    _check_columns(table, codec, report)
    return table, report


def import_in(s: Session, ctx: ServiceContext, table: Table, report: ImportReport, progress: Progress, *,
              write: bool, conflicts: ConflictPolicy | None = None) -> None:
    """Check and (with `write`) apply the rows inside the caller's transaction, then audit the
    import; with any error or unresolved conflict, ImportRejected (the caller rolls back)."""
    codec = CODECS[report.entity]
    with _search_upkeep(s, report.entity, len(table.rows), not write):
        _apply_rows(s, ctx, table, codec, report, progress, write=write,
                    applier=BatchApplier(s, ctx, codec, write, conflicts, skip_archived=report.pack))
        if (report.errors or report.conflicts) and write:
            problems = report.listed_errors() + report.conflicts
            raise ImportRejected(msg(
                "{file}: {errors:,} error(s), {conflicts} conflict(s) with newer edits; nothing was imported.",
                file=table.name, errors=report.error_count, conflicts=len(report.conflicts)), problems)
    if write and (report.count("create") or report.count("update")):
        # The file's entity as the command line names it ("measures"): a stored, hashed value.
        audit.record(s, ctx, AuditAction.IMPORT, Entity.IMPORT, None, table.name, {
            "file": [None, table.name], "sha256": [None, table.sha256],
            "entity": [None, report.entity.record.name],
            "created": [None, report.count("create")], "updated": [None, report.count("update")],
            "unchanged": [None, report.count("unchanged")],
            **({"mapping": [None, report.mapping]} if report.mapping else {}),
            **({"pack": [None, True]} if report.pack else {}),
            **({"overwritten": [None, overwritten]} if (overwritten := _overwritten(report)) else {}),
        })


def _search_upkeep(s: Session, entity: Entity, rows: int, dry_run: bool) -> AbstractContextManager[None]:
    """A large assessment import re-indexes the text search once at the end, not row by row.

    Row-by-row upkeep costs per imported row, a rebuild per stored assessment: deferring pays
    once the import brings more than about a twentieth of the register's size (the measured
    costs are in docs/performance.md, "Search index upkeep during an import").
    """
    if dry_run or entity is not Entity.ASSESSMENT or s.get_bind().dialect.name != "sqlite":
        return nullcontext()
    stored = s.exec(select(func.count()).select_from(Assessment)).one()
    if rows < max(DEFER_SEARCH_ROWS, stored // 20):
        return nullcontext()
    return fast_sqlite.search_upkeep_deferred(s.connection())


def _overwritten(report: ImportReport) -> list[int]:
    """Rows that overwrote a newer edit by choice: the audit entry names them."""
    return [o.row for o in report.outcomes if o.action == "update" and o.file_version is not None
            and o.stored_version is not None and o.file_version < o.stored_version]


def _without(table: Table, columns: tuple[str, ...]) -> Table:
    return replace(table, columns=[c for c in table.columns if c not in columns],
                   rows=[(n, {c: v for c, v in cells.items() if c not in columns}) for n, cells in table.rows])


def _check_columns(table: Table, codec: Codec, report: ImportReport) -> None:
    missing = sorted(codec.required - set(table.columns))
    unknown = headers.unknown(codec.entity, table.columns)
    if missing:
        hints = [msg("{column}: perhaps the column {header!r} (--map \"{header}={column}\")", column=m, header=h)
                 for h, m in headers.suggestions(codec.entity, table.columns).items() if m in missing]
        raise ImportRejected(msg(
            "{file}: missing required column(s) {missing}; nothing was imported. Expected columns: {expected}.",
            file=table.name, missing=", ".join(missing), expected=", ".join(codec.columns)), hints)
    computed = set(codec.entity.record.computed)  # the workbook's own derived columns: no news
    for column in (c for c in unknown if c not in computed):
        report.warnings.append(msg("column {column!r} is not an import column and was ignored{hint}",
                                   column=column, hint=did_you_mean(column, codec.columns)))
    seen: dict[str, int] = {}
    for number, cells in table.rows:
        key = codec.key_of(cells)
        if key.strip("\x1f") and key in seen:
            report.add_errors([msg("row {row}: duplicate key {key!r} (also on row {first})", row=number,
                                   key=key.replace(chr(31), " x "), first=seen[key])])
        seen.setdefault(key, number)


def _apply_rows(
    s: Session, ctx: ServiceContext, table: Table, codec: Codec, report: ImportReport,
    progress: Progress, *, write: bool, applier: BatchApplier,
) -> None:
    """Check and write the rows batch by batch; stop writing (not checking) after a first error.

    The entry point (the command dispatcher, the GUI's worker) runs long work inside
    `heap.long_lived_heap_frozen`; what each batch leaves behind (its outcomes, cached keys) lives
    on as the parsed file does, so it joins the frozen heap after the batch (nothing outside one).
    """
    total = max(len(table.rows), 1)
    for start in range(0, len(table.rows), BATCH):
        check(progress, start / total, msg("Row {row:,} of {total:,}", row=start, total=total))
        applier.write = write and not report.errors and not report.conflicts  # it will roll back anyway
        for outcome in applier.apply(table.rows[start : start + BATCH]):
            report.outcomes.append(outcome)
            if outcome.action == "reject":
                report.add_errors(outcome.messages)
                if len(report.errors) >= LISTED_ERRORS:
                    outcome.messages = []  # counted; a million kept messages would fill the memory
            elif len(report.warnings) < LISTED_ERRORS:
                report.warnings.extend(outcome.messages)
            if outcome.conflict:
                report.conflicts.append(outcome.conflict)
        settle_survivors()
    check(progress, 1.0, msg("{total:,} rows checked", total=total))
