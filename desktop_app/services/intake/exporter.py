"""Export measures, ventures or assessments as CSV with the import columns, injection-safe."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from desktop_app.domain.cells import FORMULA_TRIGGERS, GUARD, guard_formula
from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import RegisterError
from desktop_app.domain.text import normalize_key
from desktop_app.persistence import export_rows
from desktop_app.persistence.queries import chunks
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake import partner_owners
from desktop_app.services.intake.codecs import CODECS, assessment_rows
from desktop_app.services.outputs import check_output, output_stream
from desktop_app.services.progress import NullProgress, Progress, check
from desktop_app.services.records.registry import KINDS
from desktop_app.system.message_language import msg

EXPORT_BATCH = 2_000
# First characters after which guard_formula may act (its triggers and its own apostrophe).
_GUARD_FIRST = frozenset((*FORMULA_TRIGGERS, GUARD))


def csv_cell(value: object) -> str:
    """One CSV cell: dates ISO, numbers plain, text guarded against formula injection."""
    if type(value) is str:  # most cells: text that needs no guard
        return guard_formula(value) if value[:1] in _GUARD_FIRST else value
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return str(value)
    return guard_formula(str(value))


def export_csv(
    ctx: ServiceContext, entity: Entity, target: Path, *, include_archived: bool = False,
    progress: Progress | None = None, ids: Sequence[int] | None = None,
) -> int:
    """Write every (non-archived) record of `entity` to `target`; returns the row count.

    `ids` (a view's rows, in its order: see records.browse.ordered_ids) writes those records
    only, in that order, archived or not."""
    if entity not in CODECS:
        raise RegisterError(msg("Unknown export entity {entity!r}; use one of {entities}.", entity=str(entity),
                                entities=", ".join(e.record.name for e in CODECS)))
    progress = progress or NullProgress()
    check_output(ctx, Path(target), what="the export")  # before reading a single record
    if entity is Entity.ASSESSMENT and ids is None:
        return _export_assessments(ctx, Path(target), include_archived, progress)
    codec, kind = CODECS[entity], KINDS[entity]
    with ctx.db.session() as s:
        # Plain Core rows (attribute access like ORM objects, without identity-map bookkeeping).
        table = kind.table.__table__
        if ids is None:
            query = select(table).order_by(table.c.id)
            if not include_archived:
                query = query.where(table.c.archived_at.is_(None))
            rows = list(s.execute(query))
        else:
            found = {row.id: row for chunk in chunks(list(ids))
                     for row in s.execute(select(table).where(table.c.id.in_(chunk)))}
            rows = [found[i] for i in ids if i in found]  # a record gone since the view read it is left out
        reads = []
        for start in range(0, len(rows), EXPORT_BATCH):
            check(progress, 0.5 * start / max(len(rows), 1), msg("Reading records"))
            reads.extend(kind.read(s, rows[start : start + EXPORT_BATCH]))
        owners = partner_owners.owner_cells(s) if entity is Entity.VENTURE else {}
    columns = codec.columns_for(reads)
    if owners:  # partners' owners travel with the venture file
        columns = partner_owners.with_owner_columns(columns)
    with output_stream(ctx, Path(target), "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for n, read in enumerate(reads):
            if n % EXPORT_BATCH == 0:
                check(progress, 0.5 + 0.5 * n / max(len(reads), 1), msg("Writing row {row:,}", row=n))
            cells = codec.to_cells(read)
            if owners:
                cells |= {f"partner_{n}_owners": owners.get((normalize_key(p.name), p.country or ""), "")
                          for n, p in enumerate(read.partners, start=1)}
            writer.writerow([csv_cell(cells.get(c, "")) for c in columns])
    check(progress, 1.0, msg("{count:,} rows written", count=len(reads)))
    return len(reads)


def _export_assessments(ctx: ServiceContext, target: Path, include_archived: bool, progress: Progress) -> int:
    """Stored column tuples formatted page by page (no record objects): the same cells as the
    record path above, streamed with bounded memory."""
    written = 0
    # Plain utf-8 after a written BOM: the same bytes as utf-8-sig, through the text layer's
    # built-in utf-8 encoder instead of the Python-level utf-8-sig one.
    with ctx.db.session() as s, output_stream(ctx, target, "w", encoding="utf-8", newline="") as fh:
        total = max(export_rows.count_assessments(s, include_archived=include_archived), 1)
        fh.write("\ufeff")
        writer = csv.writer(fh)
        writer.writerow(Entity.ASSESSMENT.record.columns)
        for page in export_rows.assessment_pages(s, include_archived=include_archived, page=EXPORT_BATCH):
            check(progress, written / total, msg("Writing row {row:,}", row=written))
            lines = assessment_rows.csv_rows(page)
            writer.writerows(lines)
            written += len(lines)
    check(progress, 1.0, msg("{count:,} rows written", count=written))
    return written


def export_rows_csv(ctx: ServiceContext, target: Path, headers: Sequence[str],
                    rows: Sequence[Sequence[object]]) -> int:
    """Write a table as shown (a list view's rows, already filtered and sorted by it) as CSV,
    with the same guard against formula injection as the record export; returns the row count."""
    check_output(ctx, Path(target), what="the export")
    with output_stream(ctx, Path(target), "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([csv_cell(h) for h in headers])
        writer.writerows([csv_cell(v) for v in row] for row in rows)
    return len(rows)
