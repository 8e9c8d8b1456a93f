"""Update packs: curated measures, clauses, suspension windows and links from a colleague or a
newsletter, diffed first.

A pack updates measures by reference (clauses by measure and label, windows by measure, clause,
suspending measure and first day) and adds the links between measures. It never touches what
is this register's own: assessments, dismissals, notes, archived measures; the versions it
carries come from another register and are ignored. The whole pack is one transaction, and its
dry run applies it and rolls back, so the diff shows exactly what the import would do (a window
of a measure new in the pack included). Importing it twice changes nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ArchivedRecord, ImportRejected, RegisterError, ValidationFailed
from desktop_app.domain.lineage import parse_link_kind
from desktop_app.persistence.db import retrying_write
from desktop_app.persistence.measure_repo import find_by_reference
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.importer import ImportReport, import_in, read_import
from desktop_app.services.intake.pack_links import PackLink, read_links
from desktop_app.services.intake.tabular import Table, has_sheet
from desktop_app.services.progress import NullProgress, Progress, check
from desktop_app.services.records import lineage
from desktop_app.system.message_language import mark, msg

__all__ = ["PackLink", "PackReport", "import_pack", "pack_parts"]

PART_ENTITIES = (Entity.MEASURE, Entity.MEASURE_CLAUSE, Entity.SUSPENSION_WINDOW)
# The progress of one part: its file and what it holds.
PART_PROGRESS = {Entity.MEASURE: mark("{file}, measures"), Entity.MEASURE_CLAUSE: mark("{file}, clauses"),
                 Entity.SUSPENSION_WINDOW: mark("{file}, suspension windows")}


@dataclass
class PackReport:
    measures: ImportReport
    clauses: ImportReport | None = None
    windows: ImportReport | None = None
    new_links: list[PackLink] = field(default_factory=list)
    known_links: int = 0
    errors: list[str] = field(default_factory=list)  # the links' (the parts list their own)
    warnings: list[str] = field(default_factory=list)

    @property
    def parts(self) -> list[ImportReport]:
        return [r for r in (self.measures, self.clauses, self.windows) if r is not None]

    def all_errors(self) -> list[str]:
        return [e for r in self.parts for e in r.listed_errors()] + self.errors

    def all_warnings(self) -> list[str]:
        return [w for r in self.parts for w in r.warnings] + self.warnings

    def changes_anything(self) -> bool:
        return bool(self.new_links) or any(r.count("create") or r.count("update") for r in self.parts)

    def summary(self) -> str:
        dry = self.measures.dry_run
        parts = [_part_summary(r, dry) + (msg(", {count} left as archived here", count=r.count("kept"))
                                          if r.count("kept") else "") for r in self.parts]
        links = {"added": len(self.new_links), "present": self.known_links}
        parts.append(msg("links: {added} would be added, {present} already present", **links) if dry else
                     msg("links: {added} were added, {present} already present", **links))
        return msg("{file}: {parts}", file=self.measures.file, parts=msg("; ").join(parts))


# Each part's counts as one whole sentence per kind of record and per mood (dry run or import).
_PART_SUMMARIES: dict[tuple[Entity, bool], str] = {
    (Entity.MEASURE, True): mark("measures: {created} would be created, {updated} updated, {unchanged} unchanged"),
    (Entity.MEASURE, False): mark("measures: {created} were created, {updated} updated, {unchanged} unchanged"),
    (Entity.MEASURE_CLAUSE, True): mark("clauses: {created} would be created, {updated} updated, "
                                        "{unchanged} unchanged"),
    (Entity.MEASURE_CLAUSE, False): mark("clauses: {created} were created, {updated} updated, {unchanged} unchanged"),
    (Entity.SUSPENSION_WINDOW, True): mark("suspension windows: {created} would be created, {updated} updated, "
                                           "{unchanged} unchanged"),
    (Entity.SUSPENSION_WINDOW, False): mark("suspension windows: {created} were created, {updated} updated, "
                                            "{unchanged} unchanged"),
}


def _part_summary(part: ImportReport, dry_run: bool) -> str:
    return msg(_PART_SUMMARIES[(part.entity, dry_run)], created=part.count("create"),
               updated=part.count("update"), unchanged=part.count("unchanged"))


@dataclass(frozen=True)
class _Share:
    """One part's share of the pack's progress (cancel reaches into the part's rows)."""

    whole: Progress
    start: float
    width: float
    what: str

    def report(self, fraction: float, text: str = "") -> None:
        self.whole.report(self.start + fraction * self.width, f"{self.what}: {text}" if text else self.what)

    def cancelled(self) -> bool:
        return self.whole.cancelled()


class _RollBack(Exception):
    """Raised to roll back a dry run (or a pack with errors) after its diff was taken."""


def pack_parts(path: Path, *, clauses: Path | None = None, windows: Path | None = None
               ) -> dict[Entity, Path]:
    """The files of each part: the measures file, and the clauses and windows given apart or
    found as the measures workbook's own Clauses and Suspension windows sheets."""
    parts = {Entity.MEASURE: path}
    for entity, given in ((Entity.MEASURE_CLAUSE, clauses), (Entity.SUSPENSION_WINDOW, windows)):
        if given is not None:
            parts[entity] = given
        elif has_sheet(path, entity):
            parts[entity] = path
    return parts


@retrying_write
def import_pack(ctx: ServiceContext, path: Path, *, links: Path | None = None, clauses: Path | None = None,
                windows: Path | None = None, dry_run: bool = False, progress: Progress | None = None) -> PackReport:
    """Import the pack in one transaction, measures first, then clauses, windows and new links.

    With `dry_run`, everything is applied and rolled back: the report is the diff. Without it,
    any error (in any part or link) raises ImportRejected listing them all; nothing is written."""
    progress = progress or NullProgress()
    tables: list[tuple[Table, ImportReport]] = [
        read_import(file, entity, dry_run=dry_run, pack=True)
        for entity, file in pack_parts(path, clauses=clauses, windows=windows).items()]
    pack_links = read_links(path, links)
    by_entity = {report.entity: report for _table, report in tables}
    report = PackReport(by_entity[Entity.MEASURE], by_entity.get(Entity.MEASURE_CLAUSE),
                        by_entity.get(Entity.SUSPENSION_WINDOW))
    try:
        with ctx.db.session(write=True) as s:
            failed = False
            for index, (table, part) in enumerate(tables):
                share = _Share(progress, index / (len(tables) + 1), 1 / (len(tables) + 1),
                               msg(PART_PROGRESS[part.entity], file=table.name))
                try:
                    # Applied for real even in a dry run (rolled back below): a clause or window
                    # may name a measure that only this pack brings.
                    import_in(s, ctx, table, part, progress=share, write=not failed)
                except ImportRejected:
                    failed = True
                failed = failed or bool(part.errors)
            check(progress, len(tables) / (len(tables) + 1), msg("Checking links"))
            _links_in(s, ctx, report, pack_links, write=not failed)
            if dry_run or failed or report.errors:
                raise _RollBack
    except _RollBack:
        pass
    check(progress, 1.0, msg("Pack checked") if dry_run else msg("Pack imported"))
    problems = report.all_errors()
    if problems and not dry_run:
        raise ImportRejected(msg("{file}: {count} error(s); nothing was imported.", file=path.name,
                                 count=len(problems)), problems)
    return report


def _links_in(s: Session, ctx: ServiceContext, report: PackReport, pack_links: list[PackLink], *,
              write: bool) -> None:
    """Each link names a kind and two measures of the register or of the pack (written above,
    in this transaction); the ones not yet recorded are added."""
    existing = {(x.from_id, x.kind, x.to_id) for x in lineage.list_links_in(s)}
    for link in pack_links:
        try:
            kind, inverted = parse_link_kind(link.kind)
        except ValueError as exc:
            report.errors.append(msg("links row {row}, column kind: {problem}", row=link.row, problem=exc))
            continue
        ids: list[int] = []
        for column, reference in (("from_reference", link.from_reference), ("to_reference", link.to_reference)):
            row = find_by_reference(s, reference)
            if row is None or row.id is None:
                report.errors.append(msg("links row {row}, column {column}: no measure {reference!r} in the "
                                         "register or the pack", row=link.row, column=column, reference=reference))
            else:
                ids.append(row.id)
        if len(ids) != 2:
            continue
        from_id, to_id = (ids[1], ids[0]) if inverted else (ids[0], ids[1])
        if (from_id, kind, to_id) in existing:
            report.known_links += 1
            continue
        if not write:
            report.new_links.append(link)  # its measures may only exist once the parts are written
            continue
        try:
            lineage.link_measures_in(s, ctx, from_id, to_id, kind, link.note.strip())
        except ArchivedRecord as exc:  # this register archived one end: left as it is
            report.warnings.append(msg("links row {row}: {problem} Left out.", row=link.row, problem=exc))
            continue
        except ValidationFailed as exc:  # a cycle, a link recorded twice, a note with control characters
            report.errors.append(msg("links row {row}: {problem}", row=link.row,
                                     problem="; ".join(str(i) for i in exc.issues)))
            continue
        except RegisterError as exc:
            report.errors.append(msg("links row {row}: {problem}", row=link.row, problem=exc))
            continue
        existing.add((from_id, kind, to_id))
        report.new_links.append(link)
