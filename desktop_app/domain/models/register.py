"""The register's own tables: settings, the risk matrix, the audit trail, marker and seals."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, Text
from sqlmodel import Field, SQLModel

from desktop_app.domain.models.columns import version_column

# Each versioned table needs its own Column object for SQLAlchemy's version_id_col.
_LEVEL_VERSION = version_column()


class RiskLevel(SQLModel, table=True):
    __tablename__ = "risk_level"
    __mapper_args__ = {"version_id_col": _LEVEL_VERSION}

    key: str = Field(sa_column=Column(Text, primary_key=True))
    label: str = Field(sa_column=Column(Text, nullable=False))
    colour: str = Field(sa_column=Column(Text, nullable=False))
    rank: int = Field(sa_column=Column(Integer, nullable=False, unique=True))
    review_days: int
    version: int = Field(default=1, sa_column=_LEVEL_VERSION)


class RiskCell(SQLModel, table=True):
    __tablename__ = "risk_cell"
    __table_args__ = (
        CheckConstraint("likelihood BETWEEN 1 AND 5", name="ck_cell_likelihood"),
        CheckConstraint("impact BETWEEN 1 AND 5", name="ck_cell_impact"),
    )

    likelihood: int = Field(primary_key=True)
    impact: int = Field(primary_key=True)
    level_key: str = Field(sa_column=Column(Text, ForeignKey("risk_level.key"), nullable=False))


class Setting(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(sa_column=Column(Text, primary_key=True))
    value: str = Field(sa_column=Column(Text, nullable=False))


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: str = Field(sa_column=Column(Text, nullable=False, index=True))
    actor: str = Field(sa_column=Column(Text, nullable=False))
    action: str = Field(sa_column=Column(Text, nullable=False))
    entity: str = Field(sa_column=Column(Text, nullable=False))
    entity_id: int | None = None
    entity_label: str = Field(default="", sa_column=Column(Text, nullable=False))
    changes: str = Field(sa_column=Column(Text, nullable=False))
    prev_hash: str = Field(sa_column=Column(Text, nullable=False))
    hash: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    # The written record's state digest after this change (persistence/record_state.py).
    state_hash: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class AuditHead(SQLModel, table=True):
    """One row: the last audit entry and its hash, the point writers serialise on."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="ck_audit_head_single"),)

    id: int = Field(default=1, primary_key=True)
    last_id: int = 0
    hash: str = Field(sa_column=Column(Text, nullable=False))


class RegisterMarker(SQLModel, table=True):
    """One row naming the file an Export Risk Register (with SQLite's application id) and giving
    it an identity that its backups share."""

    __tablename__ = "register_marker"
    __table_args__ = (CheckConstraint("id = 1", name="ck_register_marker_single"),)

    id: int = Field(default=1, primary_key=True)
    application: str = Field(sa_column=Column(Text, nullable=False))
    register_id: str = Field(sa_column=Column(Text, nullable=False))
    created_at: str = Field(sa_column=Column(Text, nullable=False))


class RecordSeal(SQLModel, table=True):
    """The state of a record sealed without an entry of its own: seeded by a migration, or stored
    before states were sealed. `audit_id` is the seal entry covering it (0: the chain's start)."""

    __tablename__ = "record_seal"
    __table_args__ = (Index("ix_record_seal_record", "entity", "entity_id"),)

    id: int | None = Field(default=None, primary_key=True)
    audit_id: int = Field(sa_column=Column(Integer, nullable=False, index=True))
    entity: str = Field(sa_column=Column(Text, nullable=False))
    entity_id: int | None = None
    state_hash: str = Field(sa_column=Column(Text, nullable=False))
