"""Update packs: curated measures (and their links) from a colleague or a newsletter, diffed first.

A pack updates measures by reference and adds the links between them. It never touches what
is this register's own: assessments, dismissals, a measure's notes, archived measures; the
versions it carries come from another register and are ignored. Importing it twice changes
nothing the second time.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import ImportRejected, NotFound
from desktop_app.domain.lineage import parse_link_kind
from desktop_app.domain.text import normalize_key
from desktop_app.services.context import ServiceContext
from desktop_app.services.intake.importer import ImportReport, run_import
from desktop_app.services.intake.tabular import header_key
from desktop_app.services.progress import NullProgress, Progress
from desktop_app.services.records import lineage

LINK_SHEETS = ("lineage", "links")
LINK_COLUMNS = ("from_reference", "kind", "to_reference", "note")


@dataclass(frozen=True)
class PackLink:
    row: int
    from_reference: str
    kind: str
    to_reference: str
    note: str = ""

    def __str__(self) -> str:
        return f"{self.from_reference} {self.kind} {self.to_reference}"


@dataclass
class PackReport:
    measures: ImportReport
    new_links: list[PackLink] = field(default_factory=list)
    known_links: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        verb = "would be" if self.measures.dry_run else "were"
        return (f"{self.measures.summary()}; {len(self.new_links)} link(s) {verb} added, "
                f"{self.known_links} already present")


def read_links(path: Path, links: Path | None) -> list[PackLink]:
    """Links from `links` (CSV `from_reference,kind,to_reference,note`) or from the pack's own
    Lineage (or Links) sheet when it is a workbook; none otherwise."""
    rows: list[dict[str, object]] = []
    if links is not None:
        text = links.read_bytes().decode("utf-8-sig")
        rows = [{header_key(k): v for k, v in r.items()} for r in csv.DictReader(io.StringIO(text, newline=""))]
    elif path.suffix.lower() in (".xlsx", ".xlsm"):
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = next((book[n] for n in book.sheetnames if header_key(n) in LINK_SHEETS), None)
            if sheet is not None:
                values = sheet.iter_rows(values_only=True)
                heads = [header_key(h) for h in next(values, ())]
                rows = [dict(zip(heads, r, strict=False)) for r in values if any(v is not None for v in r)]
        finally:
            book.close()
    return [PackLink(n, *(str(r.get(c) or "").strip() for c in LINK_COLUMNS)) for n, r in enumerate(rows, start=2)]


def import_pack(ctx: ServiceContext, path: Path, *, links: Path | None = None, dry_run: bool = False,
                progress: Progress | None = None) -> PackReport:
    """Check the whole pack (measures and links) first; then import the measures and add the
    links that are new. ImportRejected lists every problem and nothing is written."""
    progress = progress or NullProgress()
    pack_links = read_links(path, links)
    checked = run_import(ctx, path, Entity.MEASURE, dry_run=True, pack=True, progress=progress)
    report = PackReport(checked)
    report.errors = _link_problems(ctx, checked, pack_links)
    if checked.errors or report.errors:
        if dry_run:
            return report
        raise ImportRejected(f"{path.name}: {len(checked.errors) + len(report.errors)} error(s); "
                             "nothing was imported.", checked.errors + report.errors)
    if not dry_run:
        report.measures = run_import(ctx, path, Entity.MEASURE, pack=True, progress=progress)
    existing = {(x.from_id, x.kind, x.to_id) for x in lineage.list_links(ctx)}
    for link in pack_links:
        kind, inverted = parse_link_kind(link.kind)
        ends = (link.to_reference, link.from_reference) if inverted else (link.from_reference, link.to_reference)
        ids = tuple(_id(ctx, e) for e in ends)
        if (ids[0], kind, ids[1]) in existing:
            report.known_links += 1
            continue
        report.new_links.append(link)
        if not dry_run:
            lineage.link_measures(ctx, ids[0] or 0, ids[1] or 0, kind, link.note)
            existing.add((ids[0], kind, ids[1]))
    return report


def _id(ctx: ServiceContext, reference: str) -> int | None:
    """The stored measure a reference names (any case or spacing); None for one only in the pack."""
    try:
        return lineage.measure_id_for(ctx, reference)
    except NotFound:
        return None


def _link_problems(ctx: ServiceContext, checked: ImportReport, pack_links: list[PackLink]) -> list[str]:
    """Each link names a kind and two measures of the register or of the pack."""
    known = {normalize_key(o.key) for o in checked.outcomes}
    problems = []
    for link in pack_links:
        try:
            parse_link_kind(link.kind)
        except ValueError as exc:
            problems.append(f"links row {link.row}, column kind: {exc}")
        for column, reference in (("from_reference", link.from_reference), ("to_reference", link.to_reference)):
            if normalize_key(reference) in known:
                continue
            try:
                lineage.measure_id_for(ctx, reference)
            except NotFound:
                problems.append(f"links row {link.row}, column {column}: no measure {reference!r} in the "
                                "register or the pack")
    return problems
