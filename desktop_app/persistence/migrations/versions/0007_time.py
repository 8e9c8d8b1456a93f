"""Time: clauses of measures, suspension windows with extensions and liftings, confirmations of
events, and the clause an assessment depends on.

Carries every register forward: a "suspends" link becomes a window on the suspended measure
(from the suspension's effective or announcement date, or the suspended entry of the measure's
history; through the last day before the suspension's removal, the last day before the next
entry of the history, or an ISO date written as "until YYYY-MM-DD" in the history note; else
open-ended); a "suspended" entry of a status history with no link becomes a window without a
recorded instrument. The history entries turned into windows are removed (the window now says
it), the link is removed (the window is the link), and a measure recorded as suspended gets
the status its history or dates give it underneath the window.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 12:00:00
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"  # after screening's vocabulary (revision ids are names, not an order)
branch_labels = None
depends_on = None

_UNTIL = re.compile(r"until (\d{4}-\d{2}-\d{2})")


def _record_columns() -> list[sa.Column]:
    return [sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
            sa.Column("version", sa.Integer(), nullable=False)]


def _create_tables() -> None:
    op.create_table(
        "measure_clause",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("measure_id", sa.Integer(), sa.ForeignKey("measure.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("label_key", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("threshold", sa.Text(), nullable=False),
        sa.Column("targets", sa.Text(), nullable=False),
        sa.Column("excluded", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_record_columns(),
        sa.UniqueConstraint("measure_id", "label_key", name="uq_measure_clause"),
        sa.CheckConstraint("length(label_key) > 0", name="ck_clause_label"),
        sa.CheckConstraint("expires_on IS NULL OR effective_on IS NULL OR expires_on >= effective_on",
                           name="ck_clause_dates"),
    )
    op.create_index("ix_measure_clause_measure_id", "measure_clause", ["measure_id"])
    op.create_table(
        "clause_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("clause_id", sa.Integer(), sa.ForeignKey("measure_clause.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("codes", sa.Text(), nullable=False),
    )
    op.create_index("ix_clause_item_clause_id", "clause_item", ["clause_id"])
    op.create_table(
        "suspension_window",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("measure_id", sa.Integer(), sa.ForeignKey("measure.id", ondelete="CASCADE"), nullable=False),
        sa.Column("clause", sa.Text(), nullable=False),
        sa.Column("suspension_id", sa.Integer(), sa.ForeignKey("measure.id", ondelete="CASCADE"), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_record_columns(),
        sa.CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="ck_window_dates"),
        sa.CheckConstraint("suspension_id IS NULL OR suspension_id <> measure_id", name="ck_window_self"),
    )
    op.create_index("ix_suspension_window_measure_id", "suspension_window", ["measure_id"])
    op.create_index("ix_suspension_window_suspension_id", "suspension_window", ["suspension_id"])
    op.create_table(
        "window_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("window_id", sa.Integer(), sa.ForeignKey("suspension_window.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_index("ix_window_change_window_id", "window_change", ["window_id"])
    op.create_table(
        "event_confirmation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.Text(), nullable=False, unique=True),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=False),
    )
    # A plain ADD COLUMN: the assessment table is not rebuilt, so its search triggers (0004) stay.
    op.add_column("assessment", sa.Column("clause", sa.Text(), nullable=False, server_default=""))


_measure = sa.table("measure", sa.column("id"), sa.column("status"), sa.column("announced_on", sa.Date),
                    sa.column("effective_on", sa.Date), sa.column("removed_on", sa.Date))
_history = sa.table("measure_status_change", sa.column("id"), sa.column("measure_id"), sa.column("status"),
                    sa.column("valid_from", sa.Date), sa.column("note"))
_link = sa.table("measure_link", sa.column("id"), sa.column("from_measure_id"), sa.column("to_measure_id"),
                 sa.column("kind"), sa.column("note"))
_window = sa.table("suspension_window", sa.column("measure_id"), sa.column("clause"), sa.column("suspension_id"),
                   sa.column("starts_on", sa.Date), sa.column("ends_on", sa.Date), sa.column("note"),
                   sa.column("created_at", sa.DateTime(timezone=True)),
                   sa.column("updated_at", sa.DateTime(timezone=True)), sa.column("version"))


def _until(note: str) -> date | None:
    found = _UNTIL.search(note or "")
    try:
        return date.fromisoformat(found.group(1)) if found else None
    except ValueError:
        return None


def _windows_from_old_records() -> None:
    bind = op.get_bind()
    measures = {r.id: r for r in bind.execute(sa.select(_measure))}
    history: dict[int, list] = {}
    for h in bind.execute(sa.select(_history).order_by(_history.c.measure_id, _history.c.valid_from)):
        history.setdefault(h.measure_id, []).append(h)
    links = list(bind.execute(sa.select(_link).where(_link.c.kind == "suspends").order_by(_link.c.id)))
    now = datetime.now(UTC)
    windows: list[dict] = []
    used_entries: set[int] = set()
    changed: set[int] = set()

    def entry_after(steps: list, index: int) -> date | None:
        return steps[index + 1].valid_from - timedelta(days=1) if index + 1 < len(steps) else None

    for link in links:
        target, by = measures.get(link.to_measure_id), measures.get(link.from_measure_id)
        if target is None or by is None:
            continue
        steps = history.get(target.id, [])
        suspended = next((i for i, h in enumerate(steps) if h.status == "suspended" and h.id not in used_entries), None)
        start = by.effective_on or by.announced_on or (steps[suspended].valid_from if suspended is not None else None)
        if start is None:
            continue  # nothing dated says when: the link is kept
        end = (by.removed_on - timedelta(days=1)) if by.removed_on else None
        notes = [link.note] if link.note else []
        if suspended is not None:
            used_entries.add(steps[suspended].id)
            end = end or entry_after(steps, suspended) or _until(steps[suspended].note)
            notes += [steps[suspended].note] if steps[suspended].note else []
        end = end or _until(link.note)
        if end is not None and end < start:
            end = None
        windows.append({"measure_id": target.id, "suspension_id": by.id, "starts_on": start, "ends_on": end,
                        "note": "; ".join(notes)[:4000]})
        changed.add(target.id)
        bind.execute(sa.delete(_link).where(_link.c.id == link.id))
    for mid, steps in history.items():
        for i, h in enumerate(steps):
            if h.status != "suspended" or h.id in used_entries:
                continue
            used_entries.add(h.id)
            end = entry_after(steps, i) or _until(h.note)
            windows.append({"measure_id": mid, "suspension_id": None, "starts_on": h.valid_from,
                            "ends_on": end if end is None or end >= h.valid_from else None,
                            "note": (h.note or "from the status history")[:4000]})
            changed.add(mid)
    for w in windows:
        w |= {"clause": "", "created_at": now, "updated_at": now, "version": 1}
    if windows:
        op.bulk_insert(_window, windows)
    if used_entries:
        bind.execute(sa.delete(_history).where(_history.c.id.in_(sorted(used_entries))))
    for mid in sorted(changed):
        m = measures[mid]
        if m.status != "suspended":
            continue
        left = [h for h in history.get(mid, []) if h.id not in used_entries]
        today = now.date()
        effective = m.effective_on is not None and m.effective_on <= today
        underneath = left[-1].status if left else "in_force" if effective else "adopted"
        if left and effective and m.effective_on > left[-1].valid_from:
            underneath = "in_force"  # the effective date extends the history (as the time model reads it)
        bind.execute(sa.update(_measure).where(_measure.c.id == mid).values(status=underneath))


def upgrade() -> None:
    _create_tables()
    _windows_from_old_records()


def downgrade() -> None:
    # Rebuilds the assessment table: 0004's search triggers go with the old table (see 0004).
    with op.batch_alter_table("assessment") as batch_op:
        batch_op.drop_column("clause")
    for table in ("event_confirmation", "window_change", "suspension_window", "clause_item", "measure_clause"):
        op.drop_table(table)
