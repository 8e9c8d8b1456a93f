"""Detail sections of the PDF briefing read in batches: joint ventures, measures, changes."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop_app.domain.entity import Entity, audit_label
from desktop_app.domain.enums import (
    ActionStatus,
    AssessmentStatus,
    ImpactChannel,
    ItemDirection,
    MeasureType,
    Treatment,
    VentureStage,
)
from desktop_app.domain.models import (
    Assessment,
    AuditEntry,
    JointVenture,
    Measure,
    MitigationAction,
    Partner,
    VentureItem,
)
from desktop_app.domain.text import split_list
from desktop_app.domain.venture_schemas import OWNERSHIP_INCOMPLETE
from desktop_app.persistence.measure_repo import read_measures
from desktop_app.persistence.queries import chunks
from desktop_app.reports import document as d
from desktop_app.services.records.groups import load_index
from desktop_app.services.reports import briefing_screening
from desktop_app.services.reports.scope import ReportScope
from desktop_app.system.report_language import N_, _, number
from desktop_app.system.report_language import label as shown

BATCH = 100  # ventures or measures read per query while rendering
MAX_CHANGES = 500


def label(vocab: type, value: str) -> str:
    try:
        return shown(vocab(value).label)
    except ValueError:
        return value


def changes(s: Session, since: date, as_of: date, ids: list[int] | None) -> d.Changes:
    start = datetime.combine(since, time.min, UTC).isoformat(timespec="microseconds")
    end = datetime.combine(as_of + timedelta(days=1), time.min, UTC).isoformat(timespec="microseconds")
    where = [col(AuditEntry.at) >= start, col(AuditEntry.at) < end]
    if ids is not None:  # a briefing limited to some ventures shows only their changes and shared ones
        own = select(Assessment.id).where(col(Assessment.venture_id).in_(ids))
        where.append(
            (col(AuditEntry.entity).notin_([Entity.VENTURE.value, Entity.ASSESSMENT.value]))
            | ((AuditEntry.entity == Entity.VENTURE.value) & col(AuditEntry.entity_id).in_(ids))
            | ((AuditEntry.entity == Entity.ASSESSMENT.value) & col(AuditEntry.entity_id).in_(own))
        )
    counts = s.exec(
        select(AuditEntry.entity, AuditEntry.action, func.count())
        .where(*where)
        .group_by(AuditEntry.entity, AuditEntry.action)
        .order_by(AuditEntry.entity, AuditEntry.action)
    ).all()
    rows = []
    for e in s.exec(
        select(
            AuditEntry.at,
            AuditEntry.actor,
            AuditEntry.action,
            AuditEntry.entity,
            AuditEntry.entity_label,
            AuditEntry.changes,
        )
        .where(*where)
        .order_by(col(AuditEntry.id).desc())
        .limit(MAX_CHANGES)
    ):
        try:
            # A new record lists every field: only edits say which fields changed.
            fields = () if e[2] == "create" else tuple(f.replace("_", " ") for f in json.loads(e[5]))
        except (ValueError, TypeError):
            fields = ()
        rows.append(
            d.ChangeRow(
                datetime.fromisoformat(e[0]),
                e[1],
                # The stored action and record type, in the report language (the catalog holds both).
                shown(e[2].replace("_", " ")),
                shown(e[3].replace("_", " ")),
                e[4],
                fields,
            )
        )
    return d.Changes(
        since,
        sum(n for *_, n in counts),
        tuple(d.Figure(_change_label(ent, act), n) for ent, act, n in counts),
        tuple(rows),
    )


_PAST = {
    "create": N_("{record} created"),
    "update": N_("{record} updated"),
    "archive": N_("{record} archived"),
    "restore": N_("{record} restored"),
    "import": N_("{record} imported"),
    "configure": N_("{record} changed"),
    "restore_database": N_("{record} restored from a backup"),
}


def _change_label(entity: str, action: str) -> str:
    """E.g. "measure updated"; an import entry is one file: "files imported"."""
    if entity == Entity.IMPORT:
        return _("files imported")
    if action in _PAST:
        return _(_PAST[action], record=shown(audit_label(entity)))
    return f"{shown(audit_label(entity))} {action.replace('_', ' ')}"


def ventures(s: Session, venture_ids: list[int], scope: ReportScope) -> Iterator[d.VentureSection]:
    """Venture sections, read BATCH ventures at a time (columns only, no ORM objects)."""
    names = load_index(s)  # countries and groups as a person reads them
    for batch in chunks(venture_ids, BATCH):
        partners: dict[int, list[d.Partner]] = defaultdict(list)
        items: dict[int, list[d.KeyItem]] = defaultdict(list)
        lines: dict[int, list[d.AssessmentLine]] = defaultdict(list)
        for vid, name, country, share in s.exec(
            select(Partner.venture_id, Partner.name, Partner.country, Partner.share)
            .where(col(Partner.venture_id).in_(batch))
            .order_by(Partner.position)
        ):
            held = f"{share:.2f} %" if share is not None else _("not disclosed ({flag})", flag=OWNERSHIP_INCOMPLETE)
            partners[vid].append(d.Partner(name, names.local_name(country) if country else "", held))
        for vid, name, direction, codes in s.exec(
            select(VentureItem.venture_id, VentureItem.name, VentureItem.direction, VentureItem.codes)
            .where(col(VentureItem.venture_id).in_(batch))
            .order_by(VentureItem.position)
        ):
            items[vid].append(d.KeyItem(name, label(ItemDirection, direction), tuple(split_list(codes))))
        rows = s.exec(
            select(
                Assessment.id,
                Assessment.venture_id,
                Assessment.measure_id,
                Measure.reference,
                Measure.title,
                Assessment.channels,
                Assessment.inherent_level,
                Assessment.residual_level,
                Assessment.treatment,
                Assessment.status,
                Assessment.owner,
                Assessment.next_review_on,
            )
            .join(Measure, col(Measure.id) == Assessment.measure_id)
            .where(col(Assessment.venture_id).in_(batch), col(Assessment.archived_at).is_(None),
                   *scope.view.assessment_conditions())
            .order_by(
                col(Assessment.residual_rank).desc(),
                col(Assessment.residual_score).desc(),
                col(Assessment.inherent_rank).desc(),
                Measure.reference_key,
            )
        ).all()
        actions: dict[int, list[d.Action]] = defaultdict(list)
        for part in chunks([r[0] for r in rows]):
            for aid, text, owner, due, status in s.exec(
                select(
                    MitigationAction.assessment_id,
                    MitigationAction.text,
                    MitigationAction.owner,
                    MitigationAction.due_on,
                    MitigationAction.status,
                )
                .where(col(MitigationAction.assessment_id).in_(part))
                .order_by(MitigationAction.position)
            ):
                actions[aid].append(d.Action(text, owner, due, label(ActionStatus, status)))
        labels = scope.status_labels(s, sorted({r[2] for r in rows}))
        for aid, vid, mid, ref, title, channels, inh, res, treat, status, owner, review in rows:
            lines[vid].append(
                d.AssessmentLine(
                    ref,
                    title,
                    labels[mid],
                    ", ".join(label(ImpactChannel, c) for c in split_list(channels)),
                    inh,
                    res,
                    label(Treatment, treat),
                    label(AssessmentStatus, status),
                    owner,
                    review,
                    tuple(actions[aid]),
                )
            )
        ventures = {
            r[0]: r
            for r in s.exec(
                select(
                    JointVenture.id,
                    JointVenture.name,
                    JointVenture.country,
                    JointVenture.location,
                    JointVenture.activity,
                    JointVenture.sector,
                    JointVenture.stage,
                    JointVenture.owner,
                    JointVenture.value_at_stake,
                    JointVenture.currency,
                ).where(col(JointVenture.id).in_(batch))
            )
        }
        for vid in batch:
            _vid, name, country, location, activity, sector, stage, owner, value, currency = ventures[vid]
            money = f"{number(value, 2)} {currency}".strip() if value is not None else ""
            yield d.VentureSection(
                name,
                names.local_name(country),
                location,
                activity,
                sector,
                label(VentureStage, stage),
                owner,
                money,
                tuple(partners[vid]),
                tuple(items[vid]),
                tuple(lines[vid]),
            )


def measures(s: Session, measure_ids: list[int], scope: ReportScope) -> Iterator[d.MeasureEntry]:
    names = load_index(s)  # countries and groups as a person reads them
    # By jurisdiction (as a person reads it), then date (effective, else announced), then reference.
    keys = {mid: (names.name(j).casefold() if j else "", (eff or ann or date.max).isoformat(), ref)
            for mid, j, eff, ann, ref in s.exec(select(Measure.id, Measure.jurisdiction, Measure.effective_on,
                                                       Measure.announced_on, Measure.reference_key)
                                                .where(col(Measure.archived_at).is_(None)))}
    ordered = sorted(measure_ids, key=lambda mid: (keys.get(mid, ("", "", "")), mid))
    for batch in chunks(ordered, BATCH):
        rows = s.exec(select(Measure).where(col(Measure.id).in_(batch)).order_by(col(Measure.reference_key))).all()
        lineage = briefing_screening.lineage(s, batch, scope)
        labels = scope.status_labels(s, batch)
        position = {mid: i for i, mid in enumerate(batch)}
        for m in sorted(read_measures(s, rows), key=lambda m: position.get(m.id, len(position))):
            yield d.MeasureEntry(
                m.reference,
                m.title,
                names.local_name(m.jurisdiction),
                label(MeasureType, m.measure_type),
                labels[m.id],
                m.authority,
                m.original_title,
                tuple(d.StatusStep(h.valid_from, shown(h.status.label), h.note) for h in m.status_history),
                m.announced_on,
                m.consultation_ends_on,
                m.effective_on,
                m.removed_on,
                tuple(d.KeyItem(i.name, "", tuple(i.codes)) for i in m.items),
                (*map(names.local_name, m.targets),
                 *((_("(note: {note})", note=m.targets_note),) if m.targets_note else ())),
                tuple(map(names.local_name, m.excluded)),
                m.summary,
                m.source_url,
                lineage.get(m.id, ()),
            )
        s.expunge_all()  # keep the identity map from growing with every batch
