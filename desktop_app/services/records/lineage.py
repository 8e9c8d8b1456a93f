"""Measure lineage use cases: link, unlink and list links (shown on both measures); audited."""

from __future__ import annotations

import csv
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import or_
from sqlmodel import Session, col, select

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import ArchivedRecord, NotFound, ValidationFailed
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.lineage import NOTE_MAX, LinkEnds, LinkKind, link_issues, parse_link_kind
from desktop_app.domain.models import Measure, MeasureLink
from desktop_app.domain.text import has_control_chars
from desktop_app.persistence.measure_repo import find_by_reference
from desktop_app.services import audit
from desktop_app.services.context import ServiceContext
from desktop_app.system.message_language import msg
from desktop_app.system.paths import resource


@dataclass(frozen=True)
class MeasureLinkRead:
    """A stored link, with both measures named."""

    id: int
    from_id: int
    from_reference: str
    to_id: int
    to_reference: str
    kind: LinkKind
    note: str
    created_at: datetime

    @property
    def sentence(self) -> str:
        return f"{self.from_reference} {self.kind.label} {self.to_reference}"


@dataclass(frozen=True)
class LinkView:
    """A link as one measure shows it: `finalises X` or `finalised by Y`."""

    link_id: int
    phrase: str
    other_id: int
    other_reference: str
    other_title: str
    note: str
    outgoing: bool

    def __str__(self) -> str:
        return f"{self.phrase} {self.other_reference}" + (f" ({self.note})" if self.note else "")


def measure_id_for(ctx: ServiceContext, reference: str) -> int:
    """The id of the measure with this reference (any spacing or case); NotFound otherwise."""
    with ctx.db.session() as s:
        row = find_by_reference(s, reference)
        if row is None or row.id is None:
            raise NotFound(msg("No measure with reference {reference!r}.", reference=reference))
        return row.id


def _read(s: Session, rows: list[MeasureLink]) -> list[MeasureLinkRead]:
    ids = {r.from_measure_id for r in rows} | {r.to_measure_id for r in rows}
    refs = dict(s.exec(select(Measure.id, Measure.reference).where(col(Measure.id).in_(ids))).all()) \
        if ids else {}
    return [MeasureLinkRead(r.id or 0, r.from_measure_id, refs[r.from_measure_id], r.to_measure_id,
                            refs[r.to_measure_id], LinkKind.stored(r.kind), r.note, r.created_at) for r in rows]


def _ends(s: Session) -> list[LinkEnds]:
    return [LinkEnds(f, t, LinkKind(k)) for f, t, k in
            s.exec(select(MeasureLink.from_measure_id, MeasureLink.to_measure_id, MeasureLink.kind))]


def link_measures(
    ctx: ServiceContext, from_id: int, to_id: int, kind: LinkKind | str, note: str = ""
) -> MeasureLinkRead:
    """Record that measure `from_id` <kind> measure `to_id` (a phrase like `finalised by` swaps them)."""
    if isinstance(kind, LinkKind):
        parsed, inverted = kind, False
    else:
        try:
            parsed, inverted = parse_link_kind(kind)
        except ValueError as exc:
            raise ValidationFailed([Issue("kind", Severity.ERROR, str(exc))], "link") from None
    if inverted:
        from_id, to_id = to_id, from_id
    with ctx.db.session(write=True) as s:
        return link_measures_in(s, ctx, from_id, to_id, parsed, note)


def link_measures_in(s: Session, ctx: ServiceContext, from_id: int, to_id: int, parsed: LinkKind,
                     note: str) -> MeasureLinkRead:
    """`link_measures` inside the caller's transaction (an update pack adds its links in its own)."""
    note = note.strip()
    if len(note) > NOTE_MAX or has_control_chars(note):
        raise ValidationFailed([Issue("note", Severity.ERROR,
                                      msg("must be plain text of at most {limit:,} characters",
                                          limit=NOTE_MAX))], "link")
    ends = [s.get(Measure, i) for i in (from_id, to_id)]
    for measure_id, row in zip((from_id, to_id), ends, strict=True):
        if row is None:
            raise NotFound(msg("No measure with id {id}.", id=measure_id))
        if row.archived_at is not None:
            raise ArchivedRecord(msg("{reference} is archived; restore it before linking.", reference=row.reference))
    issues = link_issues(LinkEnds(from_id, to_id, parsed), _ends(s))
    if issues:
        raise ValidationFailed(issues, "link")
    row = MeasureLink(from_measure_id=from_id, to_measure_id=to_id, kind=parsed.value, note=note,
                      created_at=ctx.now())
    s.add(row)
    s.flush()
    read = _read(s, [row])[0]
    audit.record(s, ctx, AuditAction.CREATE, Entity.MEASURE_LINK, row.id, read.sentence,
                 {"from": [None, read.from_reference], "kind": [None, parsed.value],
                  "to": [None, read.to_reference], "note": [None, note]})
    return read


def unlink_measures(ctx: ServiceContext, link_id: int) -> MeasureLinkRead:
    """Remove a link; the audit trail keeps what it said."""
    with ctx.db.session(write=True) as s:
        row = s.get(MeasureLink, link_id)
        if row is None:
            raise NotFound(msg("No measure link with id {id}.", id=link_id))
        read = _read(s, [row])[0]
        s.delete(row)
        s.flush()
        audit.record(s, ctx, AuditAction.ARCHIVE, Entity.MEASURE_LINK, link_id, read.sentence,
                     {"from": [read.from_reference, None], "kind": [read.kind.value, None],
                      "to": [read.to_reference, None], "note": [read.note, None]})
        return read


def find_link(ctx: ServiceContext, link_id: int) -> MeasureLinkRead | None:
    """One link by id, or None when it is gone (undo checks it is still what it made)."""
    with ctx.db.session() as s:
        row = s.get(MeasureLink, link_id)
        return None if row is None else _read(s, [row])[0]


def list_links(ctx: ServiceContext) -> list[MeasureLinkRead]:
    """Every link, oldest first (for reports and the workbook)."""
    with ctx.db.session() as s:
        return list_links_in(s)


def list_links_in(s: Session) -> list[MeasureLinkRead]:
    """Every link, oldest first, inside an open session (for the report services)."""
    return _read(s, list(s.exec(select(MeasureLink).order_by(col(MeasureLink.id)))))


def links_of(ctx: ServiceContext, measure_id: int) -> list[LinkView]:
    """The links of one measure, read from its side, in both directions."""
    with ctx.db.session() as s:
        return links_in(s, measure_id)


def links_in(s: Session, measure_id: int) -> list[LinkView]:
    return links_by_measure(s, [measure_id]).get(measure_id, [])


def links_by_measure(s: Session, measure_ids: Collection[int]) -> dict[int, list[LinkView]]:
    """The links of several measures in two queries, each read from its own side (for reports
    reading a batch of measures inside their own transaction); measures without links are absent."""
    wanted = set(measure_ids)
    if not wanted:
        return {}
    rows = list(s.exec(select(MeasureLink).where(or_(
        col(MeasureLink.from_measure_id).in_(wanted), col(MeasureLink.to_measure_id).in_(wanted)))
        .order_by(col(MeasureLink.id))))
    ends = {r.from_measure_id for r in rows} | {r.to_measure_id for r in rows}
    named = dict.fromkeys(ends, ("", ""))
    if ends:
        named |= {i: (ref, title) for i, ref, title in
                  s.exec(select(Measure.id, Measure.reference, Measure.title).where(col(Measure.id).in_(ends)))}
    views: dict[int, list[LinkView]] = {}
    for r in rows:
        kind = LinkKind.stored(r.kind)
        for mine, other, outgoing in ((r.from_measure_id, r.to_measure_id, True),
                                      (r.to_measure_id, r.from_measure_id, False)):
            if mine in wanted:
                views.setdefault(mine, []).append(LinkView(
                    r.id or 0, kind.label if outgoing else kind.inverse_label, other, *named[other],
                    r.note, outgoing))
    return views


def load_links_file(ctx: ServiceContext, path: Path, *, strict: bool = True) -> int:
    """Add the links of a CSV `from_reference,kind,to_reference,note`; existing ones are skipped.

    Not strict: links whose measures are missing or archived are skipped instead of refused.
    """
    added = 0
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    existing = {(link.from_id, link.to_id, link.kind) for link in list_links(ctx)}
    for row in rows:
        kind, inverted = parse_link_kind(row["kind"])
        try:
            a, b = measure_id_for(ctx, row["from_reference"]), measure_id_for(ctx, row["to_reference"])
            if inverted:
                a, b = b, a
            if (a, b, kind) not in existing:
                link_measures(ctx, a, b, kind, row.get("note") or "")
                existing.add((a, b, kind))
                added += 1
        except (NotFound, ArchivedRecord, ValidationFailed):
            if strict:
                raise
    return added


def load_demo_links(ctx: ServiceContext) -> int:
    """The lineage of the demo measures (safe to run again)."""
    return load_links_file(ctx, resource("demo", "links.csv"), strict=False)
