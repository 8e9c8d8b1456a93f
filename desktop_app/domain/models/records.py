"""Register records: measures, joint ventures, assessments and their child rows."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, Numeric, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop_app.domain.models.columns import archived, fk, utc, version_column

# Each versioned table needs its own Column object for SQLAlchemy's version_id_col.
_MEASURE_VERSION = version_column()
_VENTURE_VERSION = version_column()
_ASSESSMENT_VERSION = version_column()


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
    created_at: datetime = Field(sa_column=utc())
    updated_at: datetime = Field(sa_column=utc())
    archived_at: datetime | None = Field(default=None, sa_column=archived())
    version: int = Field(default=1, sa_column=_MEASURE_VERSION)


class MeasureItem(SQLModel, table=True):
    __tablename__ = "measure_item"

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(sa_column=fk("measure.id"))
    position: int
    name: str = Field(sa_column=Column(Text, nullable=False))
    codes: str = Field(default="", sa_column=Column(Text, nullable=False))
    # The ItemStage key the entry is restricted to ("" when its words say it; migration 0006).
    stage: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))


class MeasureJurisdiction(SQLModel, table=True):
    __tablename__ = "measure_jurisdiction"
    __table_args__ = (UniqueConstraint("measure_id", "jurisdiction"),)

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(sa_column=fk("measure.id"))
    jurisdiction: str = Field(sa_column=Column(Text, nullable=False, index=True))
    excluded: bool = False


class MeasureStatusChange(SQLModel, table=True):
    __tablename__ = "measure_status_change"
    __table_args__ = (UniqueConstraint("measure_id", "valid_from"),)

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(sa_column=fk("measure.id"))
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
    created_at: datetime = Field(sa_column=utc())
    updated_at: datetime = Field(sa_column=utc())
    archived_at: datetime | None = Field(default=None, sa_column=archived())
    version: int = Field(default=1, sa_column=_VENTURE_VERSION)


class Partner(SQLModel, table=True):
    __tablename__ = "partner"
    # A share not disclosed yet is NULL (migration 0008); the sum rule covers the known ones.
    __table_args__ = (CheckConstraint("share IS NULL OR (share >= 0 AND share <= 100)", name="ck_partner_share"),)

    id: int | None = Field(default=None, primary_key=True)
    venture_id: int = Field(sa_column=fk("joint_venture.id"))
    position: int
    name: str = Field(sa_column=Column(Text, nullable=False))
    country: str = Field(default="", sa_column=Column(Text, nullable=False))
    share: Decimal | None = Field(default=None, sa_column=Column(Numeric(5, 2), nullable=True))


class VentureItem(SQLModel, table=True):
    __tablename__ = "venture_item"

    id: int | None = Field(default=None, primary_key=True)
    venture_id: int = Field(sa_column=fk("joint_venture.id"))
    position: int
    name: str = Field(sa_column=Column(Text, nullable=False))
    direction: str = Field(sa_column=Column(Text, nullable=False))
    codes: str = Field(default="", sa_column=Column(Text, nullable=False))
    # `;`-joined ISO codes: suppliers/licensors for inputs and technology in,
    # destinations for outputs and technology out (empty: not recorded).
    countries: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    # The ItemStage key ("" when not recorded: screening reads it from the name; migration 0006).
    stage: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))


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
        # A venture's worst residual (the Joint ventures table) in one seek: migration 0013.
        Index("ix_assessment_venture_worst", "venture_id", "archived_at", "residual_rank", "residual_level"),
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
    # The label of the measure's clause the assessment depends on ('' = the whole measure).
    clause: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    created_at: datetime = Field(sa_column=utc())
    updated_at: datetime = Field(sa_column=utc())
    archived_at: datetime | None = Field(default=None, sa_column=archived())
    version: int = Field(default=1, sa_column=_ASSESSMENT_VERSION)


class MitigationAction(SQLModel, table=True):
    __tablename__ = "mitigation_action"

    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(sa_column=fk("assessment.id"))
    position: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    owner: str = Field(default="", sa_column=Column(Text, nullable=False))
    due_on: date | None = None
    status: str = Field(sa_column=Column(Text, nullable=False))
