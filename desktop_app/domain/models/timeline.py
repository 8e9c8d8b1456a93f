"""Time's tables: clauses of a measure, suspension windows, their changes, event confirmations."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, Date, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop_app.domain.models.columns import fk, utc, version_column

# Each versioned table needs its own Column object for SQLAlchemy's version_id_col.
_CLAUSE_VERSION = version_column()
_WINDOW_VERSION = version_column()


class MeasureClause(SQLModel, table=True):
    """A clause of a measure with its own dates, items and reach (label unique per measure)."""

    __tablename__ = "measure_clause"
    __mapper_args__ = {"version_id_col": _CLAUSE_VERSION}
    __table_args__ = (
        UniqueConstraint("measure_id", "label_key", name="uq_measure_clause"),
        CheckConstraint("length(label_key) > 0", name="ck_clause_label"),
        CheckConstraint("expires_on IS NULL OR effective_on IS NULL OR expires_on >= effective_on",
                        name="ck_clause_dates"),
    )

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(sa_column=fk("measure.id"))
    position: int = 0
    label: str = Field(sa_column=Column(Text, nullable=False))
    label_key: str = Field(sa_column=Column(Text, nullable=False))
    title: str = Field(default="", sa_column=Column(Text, nullable=False))
    text: str = Field(default="", sa_column=Column(Text, nullable=False))
    effective_on: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    expires_on: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    status: str = Field(default="", sa_column=Column(Text, nullable=False))  # '' = follows its dates
    threshold: str = Field(default="", sa_column=Column(Text, nullable=False))
    targets: str = Field(default="", sa_column=Column(Text, nullable=False))
    excluded: str = Field(default="", sa_column=Column(Text, nullable=False))
    notes: str = Field(default="", sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(sa_column=utc())
    updated_at: datetime = Field(sa_column=utc())
    archived_at: datetime | None = Field(default=None, sa_column=utc(nullable=True))
    version: int = Field(default=1, sa_column=_CLAUSE_VERSION)


class ClauseItem(SQLModel, table=True):
    __tablename__ = "clause_item"

    id: int | None = Field(default=None, primary_key=True)
    clause_id: int = Field(sa_column=fk("measure_clause.id"))
    position: int
    name: str = Field(sa_column=Column(Text, nullable=False))
    codes: str = Field(default="", sa_column=Column(Text, nullable=False))


class SuspensionWindow(SQLModel, table=True):
    """Measure `measure_id` (clause `clause`, '' for all of it) suspended by measure
    `suspension_id` from `starts_on` through `ends_on` (None: open-ended), before any change."""

    __tablename__ = "suspension_window"
    __mapper_args__ = {"version_id_col": _WINDOW_VERSION}
    __table_args__ = (
        CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="ck_window_dates"),
        CheckConstraint("suspension_id IS NULL OR suspension_id <> measure_id", name="ck_window_self"),
    )

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(sa_column=fk("measure.id"))
    clause: str = Field(default="", sa_column=Column(Text, nullable=False))
    suspension_id: int | None = Field(default=None, sa_column=fk("measure.id", nullable=True))
    starts_on: date = Field(sa_column=Column(Date, nullable=False))
    ends_on: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    note: str = Field(default="", sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(sa_column=utc())
    updated_at: datetime = Field(sa_column=utc())
    archived_at: datetime | None = Field(default=None, sa_column=utc(nullable=True))
    version: int = Field(default=1, sa_column=_WINDOW_VERSION)


class WindowChange(SQLModel, table=True):
    """An extension or lifting of a window: decided on `decided_on`, last day now `ends_on`."""

    __tablename__ = "window_change"

    id: int | None = Field(default=None, primary_key=True)
    window_id: int = Field(sa_column=fk("suspension_window.id"))
    position: int
    kind: str = Field(sa_column=Column(Text, nullable=False))
    decided_on: date = Field(sa_column=Column(Date, nullable=False))
    ends_on: date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    note: str = Field(default="", sa_column=Column(Text, nullable=False))


class EventConfirmation(SQLModel, table=True):
    """Someone confirmed an event that waited for them (e.g. a suspension was not extended)."""

    __tablename__ = "event_confirmation"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    kind: str = Field(sa_column=Column(Text, nullable=False))
    label: str = Field(sa_column=Column(Text, nullable=False))
    note: str = Field(default="", sa_column=Column(Text, nullable=False))
    actor: str = Field(sa_column=Column(Text, nullable=False))
    confirmed_at: datetime = Field(sa_column=utc())
