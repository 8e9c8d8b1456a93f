"""SQLModel table classes: the stored shape of the register (validation lives in schemas)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    Text,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel

# Each versioned table needs its own Column object for SQLAlchemy's version_id_col.
_MEASURE_VERSION = Column("version", Integer, nullable=False)
_VENTURE_VERSION = Column("version", Integer, nullable=False)
_ASSESSMENT_VERSION = Column("version", Integer, nullable=False)
_LEVEL_VERSION = Column("version", Integer, nullable=False)
_GROUP_VERSION = Column("version", Integer, nullable=False)


def _fk(target: str) -> Column:
    return Column(Integer, ForeignKey(target, ondelete="CASCADE"), nullable=False, index=True)


def _utc() -> Column:
    return Column(DateTime(timezone=True), nullable=False)


def _archived() -> Column:
    return Column(DateTime(timezone=True), nullable=True, index=True)


class Measure(SQLModel, table=True):
    __tablename__ = "measure"
    __mapper_args__ = {"version_id_col": _MEASURE_VERSION}
    __table_args__ = (
        CheckConstraint("length(reference_key) > 0", name="ck_measure_reference"),
        CheckConstraint("length(title) > 0", name="ck_measure_title"),
    )

    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(sa_column=Column(Text, nullable=False))
    reference_key: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    title: str = Field(sa_column=Column(Text, nullable=False))
    original_title: str = Field(default="", sa_column=Column(Text, nullable=False))
    jurisdiction: str = Field(sa_column=Column(Text, nullable=False, index=True))
    authority: str = Field(default="", sa_column=Column(Text, nullable=False))
    measure_type: str = Field(sa_column=Column(Text, nullable=False, index=True))
    status: str = Field(sa_column=Column(Text, nullable=False, index=True))
    announced_on: date | None = None
    consultation_ends_on: date | None = Field(default=None, index=True)
    effective_on: date | None = Field(default=None, index=True)
    removed_on: date | None = None
    summary: str = Field(default="", sa_column=Column(Text, nullable=False))
    source_url: str = Field(default="", sa_column=Column(Text, nullable=False))
    notes: str = Field(default="", sa_column=Column(Text, nullable=False))
    # What the targets say beyond countries and groups ("most entities"): kept as written.
    targets_note: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    created_at: datetime = Field(sa_column=_utc())
    updated_at: datetime = Field(sa_column=_utc())
    archived_at: datetime | None = Field(default=None, sa_column=_archived())
    version: int = Field(default=1, sa_column=_MEASURE_VERSION)


class MeasureItem(SQLModel, table=True):
    __tablename__ = "measure_item"

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(sa_column=_fk("measure.id"))
    position: int
    name: str = Field(sa_column=Column(Text, nullable=False))
    codes: str = Field(default="", sa_column=Column(Text, nullable=False))


class MeasureJurisdiction(SQLModel, table=True):
    __tablename__ = "measure_jurisdiction"
    __table_args__ = (UniqueConstraint("measure_id", "jurisdiction"),)

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(sa_column=_fk("measure.id"))
    jurisdiction: str = Field(sa_column=Column(Text, nullable=False, index=True))
    excluded: bool = False


class MeasureStatusChange(SQLModel, table=True):
    __tablename__ = "measure_status_change"
    __table_args__ = (UniqueConstraint("measure_id", "valid_from"),)

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(sa_column=_fk("measure.id"))
    status: str = Field(sa_column=Column(Text, nullable=False))
    valid_from: date
    note: str = Field(default="", sa_column=Column(Text, nullable=False))


class JointVenture(SQLModel, table=True):
    __tablename__ = "joint_venture"
    __mapper_args__ = {"version_id_col": _VENTURE_VERSION}
    __table_args__ = (
        CheckConstraint("length(name_key) > 0", name="ck_venture_name"),
        CheckConstraint("value_at_stake IS NULL OR value_at_stake >= 0", name="ck_venture_value"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(Text, nullable=False))
    name_key: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    country: str = Field(sa_column=Column(Text, nullable=False, index=True))
    location: str = Field(default="", sa_column=Column(Text, nullable=False))
    activity: str = Field(default="", sa_column=Column(Text, nullable=False))
    sector: str = Field(default="", sa_column=Column(Text, nullable=False))
    stage: str = Field(sa_column=Column(Text, nullable=False, index=True))
    value_at_stake: Decimal | None = Field(default=None, sa_column=Column(Numeric(18, 2)))
    currency: str = Field(default="", sa_column=Column(Text, nullable=False))
    owner: str = Field(default="", sa_column=Column(Text, nullable=False, index=True))
    notes: str = Field(default="", sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(sa_column=_utc())
    updated_at: datetime = Field(sa_column=_utc())
    archived_at: datetime | None = Field(default=None, sa_column=_archived())
    version: int = Field(default=1, sa_column=_VENTURE_VERSION)


class Partner(SQLModel, table=True):
    __tablename__ = "partner"
    # A share not disclosed yet is NULL (migration 0008); the sum rule covers the known ones.
    __table_args__ = (CheckConstraint("share IS NULL OR (share >= 0 AND share <= 100)", name="ck_partner_share"),)

    id: int | None = Field(default=None, primary_key=True)
    venture_id: int = Field(sa_column=_fk("joint_venture.id"))
    position: int
    name: str = Field(sa_column=Column(Text, nullable=False))
    country: str = Field(default="", sa_column=Column(Text, nullable=False))
    share: Decimal | None = Field(default=None, sa_column=Column(Numeric(5, 2), nullable=True))


class VentureItem(SQLModel, table=True):
    __tablename__ = "venture_item"

    id: int | None = Field(default=None, primary_key=True)
    venture_id: int = Field(sa_column=_fk("joint_venture.id"))
    position: int
    name: str = Field(sa_column=Column(Text, nullable=False))
    direction: str = Field(sa_column=Column(Text, nullable=False))
    codes: str = Field(default="", sa_column=Column(Text, nullable=False))
    # `;`-joined ISO codes: suppliers/licensors for inputs and technology in,
    # destinations for outputs and technology out (empty: not recorded).
    countries: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))


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


class Assessment(SQLModel, table=True):
    __tablename__ = "assessment"
    __mapper_args__ = {"version_id_col": _ASSESSMENT_VERSION}
    __table_args__ = (
        UniqueConstraint("measure_id", "venture_id", name="uq_assessment_pair"),
        CheckConstraint("inherent_likelihood BETWEEN 1 AND 5", name="ck_assessment_il"),
        CheckConstraint("inherent_impact BETWEEN 1 AND 5", name="ck_assessment_ii"),
        CheckConstraint("residual_likelihood BETWEEN 1 AND 5", name="ck_assessment_rl"),
        CheckConstraint("residual_impact BETWEEN 1 AND 5", name="ck_assessment_ri"),
        Index("ix_assessment_residual", "residual_rank", "residual_score"),
        # Sorts and filters of the Assessments table (migration 0003): live rows in index order.
        *(Index(f"ix_assessment_live_{name}", "archived_at", *columns) for name, columns in (
            ("owner", ("owner",)), ("status", ("status",)), ("treatment", ("treatment",)),
            ("assessor", ("assessor",)), ("channels", ("channels",)), ("assessed", ("assessed_on",)),
            ("review", ("next_review_on",)), ("overdue", ("next_review_on", "status")),
            ("updated", ("updated_at",)), ("inherent", ("inherent_rank",)),
            ("residual", ("residual_rank", "residual_score")), ("score", ("residual_score",)),
            ("cell", ("residual_likelihood", "residual_impact")), ("likelihood", ("residual_likelihood",)),
            ("impact", ("residual_impact",)))),
        Index("ix_assessment_measure_live", "measure_id", "archived_at"),
        Index("ix_assessment_venture_live", "venture_id", "archived_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # Indexed by ix_assessment_measure_live / ix_assessment_venture_live (with archived_at).
    measure_id: int = Field(sa_column=Column(Integer, ForeignKey("measure.id"), nullable=False))
    venture_id: int = Field(sa_column=Column(Integer, ForeignKey("joint_venture.id"), nullable=False))
    channels: str = Field(default="", sa_column=Column(Text, nullable=False))
    inherent_likelihood: int
    inherent_impact: int
    inherent_level: str = Field(sa_column=Column(Text, nullable=False))
    inherent_rank: int = Field(index=True)
    residual_likelihood: int
    residual_impact: int
    residual_level: str = Field(sa_column=Column(Text, nullable=False, index=True))
    residual_rank: int
    residual_score: int
    treatment: str = Field(sa_column=Column(Text, nullable=False))
    rationale: str = Field(default="", sa_column=Column(Text, nullable=False))
    owner: str = Field(default="", sa_column=Column(Text, nullable=False, index=True))
    assessor: str = Field(default="", sa_column=Column(Text, nullable=False))
    assessed_on: date | None = None  # not recorded (an imported register may not say): migration 0008
    next_review_on: date = Field(index=True)
    status: str = Field(sa_column=Column(Text, nullable=False, index=True))
    created_at: datetime = Field(sa_column=_utc())
    updated_at: datetime = Field(sa_column=_utc())
    archived_at: datetime | None = Field(default=None, sa_column=_archived())
    version: int = Field(default=1, sa_column=_ASSESSMENT_VERSION)


class MitigationAction(SQLModel, table=True):
    __tablename__ = "mitigation_action"

    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(sa_column=_fk("assessment.id"))
    position: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    owner: str = Field(default="", sa_column=Column(Text, nullable=False))
    due_on: date | None = None
    status: str = Field(sa_column=Column(Text, nullable=False))


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


class MeasureLink(SQLModel, table=True):
    """Lineage between two measures: `from` finalises/amends/suspends/supersedes/responds to `to`."""

    __tablename__ = "measure_link"
    __table_args__ = (
        UniqueConstraint("from_measure_id", "to_measure_id", "kind", name="uq_measure_link"),
        CheckConstraint("from_measure_id <> to_measure_id", name="ck_measure_link_self"),
    )

    id: int | None = Field(default=None, primary_key=True)
    from_measure_id: int = Field(sa_column=_fk("measure.id"))
    to_measure_id: int = Field(sa_column=_fk("measure.id"))
    kind: str = Field(sa_column=Column(Text, nullable=False))
    note: str = Field(default="", sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(sa_column=_utc())


class ExposureDismissal(SQLModel, table=True):
    """A screening match judged not to matter; valid while the measure and item stay the same."""

    __tablename__ = "exposure_dismissal"
    __table_args__ = (
        UniqueConstraint("measure_id", "venture_id", "item_key", name="uq_exposure_dismissal"),
        CheckConstraint("length(reason) > 0", name="ck_dismissal_reason"),
    )

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(sa_column=_fk("measure.id"))
    venture_id: int = Field(sa_column=_fk("joint_venture.id"))
    item_key: str = Field(sa_column=Column(Text, nullable=False))
    item_name: str = Field(sa_column=Column(Text, nullable=False))
    fingerprint: str = Field(sa_column=Column(Text, nullable=False))
    reason: str = Field(sa_column=Column(Text, nullable=False))
    actor: str = Field(sa_column=Column(Text, nullable=False))
    dismissed_at: datetime = Field(sa_column=_utc())


class Synonym(SQLModel, table=True):
    """An editable screening synonym: a phrase in item names read as another (`means`)."""

    __tablename__ = "synonym"
    __table_args__ = (CheckConstraint("length(term_key) > 0", name="ck_synonym_term"),)

    id: int | None = Field(default=None, primary_key=True)
    term: str = Field(sa_column=Column(Text, nullable=False))
    term_key: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    means: str = Field(sa_column=Column(Text, nullable=False))


class JurisdictionGroup(SQLModel, table=True):
    """A named set of countries used in targets and exclusions (the EU, EAR country groups,
    all countries); editable and audited, seeded by migration 0008."""

    __tablename__ = "jurisdiction_group"
    __mapper_args__ = {"version_id_col": _GROUP_VERSION}
    __table_args__ = (CheckConstraint("length(code) > 0", name="ck_group_code"),)

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    name: str = Field(sa_column=Column(Text, nullable=False))
    aliases: str = Field(default="", sa_column=Column(Text, nullable=False))  # `;`-joined, escaped
    covers_all: bool = False  # every country (members are then not listed)
    source: str = Field(default="", sa_column=Column(Text, nullable=False))
    notes: str = Field(default="", sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(sa_column=_utc())
    updated_at: datetime = Field(sa_column=_utc())
    version: int = Field(default=1, sa_column=_GROUP_VERSION)


class JurisdictionGroupMember(SQLModel, table=True):
    __tablename__ = "jurisdiction_group_member"
    __table_args__ = (UniqueConstraint("group_id", "country", name="uq_group_member"),)

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(sa_column=_fk("jurisdiction_group.id"))
    country: str = Field(sa_column=Column(Text, nullable=False))


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
