"""Screening's tables: lineage links, dismissals, synonyms, item vocabulary, crosswalk, flow decisions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop_app.domain.models.columns import fk, utc


class MeasureLink(SQLModel, table=True):
    """Lineage between two measures: `from` finalises/amends/suspends/supersedes/responds to `to`."""

    __tablename__ = "measure_link"
    __table_args__ = (
        UniqueConstraint("from_measure_id", "to_measure_id", "kind", name="uq_measure_link"),
        CheckConstraint("from_measure_id <> to_measure_id", name="ck_measure_link_self"),
    )

    id: int | None = Field(default=None, primary_key=True)
    from_measure_id: int = Field(sa_column=fk("measure.id"))
    to_measure_id: int = Field(sa_column=fk("measure.id"))
    kind: str = Field(sa_column=Column(Text, nullable=False))
    note: str = Field(default="", sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(sa_column=utc())


class ExposureDismissal(SQLModel, table=True):
    """A screening match judged not to matter; valid while the measure and item stay the same."""

    __tablename__ = "exposure_dismissal"
    __table_args__ = (
        UniqueConstraint("measure_id", "venture_id", "item_key", name="uq_exposure_dismissal"),
        CheckConstraint("length(reason) > 0", name="ck_dismissal_reason"),
    )

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(sa_column=fk("measure.id"))
    venture_id: int = Field(sa_column=fk("joint_venture.id"))
    item_key: str = Field(sa_column=Column(Text, nullable=False))
    item_name: str = Field(sa_column=Column(Text, nullable=False))
    fingerprint: str = Field(sa_column=Column(Text, nullable=False))
    reason: str = Field(sa_column=Column(Text, nullable=False))
    actor: str = Field(sa_column=Column(Text, nullable=False))
    dismissed_at: datetime = Field(sa_column=utc())


class Synonym(SQLModel, table=True):
    """An editable screening synonym: a phrase in item names read as another (`means`)."""

    __tablename__ = "synonym"
    __table_args__ = (CheckConstraint("length(term_key) > 0", name="ck_synonym_term"),)

    id: int | None = Field(default=None, primary_key=True)
    term: str = Field(sa_column=Column(Text, nullable=False))
    term_key: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    means: str = Field(sa_column=Column(Text, nullable=False))


class TaxonomyTerm(SQLModel, table=True):
    """An editable term of screening's item vocabulary (seeded by migration 0006)."""

    __tablename__ = "taxonomy_term"
    __table_args__ = (CheckConstraint("length(key) > 0", name="ck_taxonomy_term_key"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    label: str = Field(sa_column=Column(Text, nullable=False))
    stage: str = Field(default="", sa_column=Column(Text, nullable=False))
    aliases: str = Field(default="", sa_column=Column(Text, nullable=False))  # `;`-joined, escaped


class TaxonomyRelation(SQLModel, table=True):
    """`narrower` is a kind of `broader` (spherical graphite is a kind of natural graphite)."""

    __tablename__ = "taxonomy_relation"
    __table_args__ = (
        UniqueConstraint("narrower_id", "broader_id", name="uq_taxonomy_relation"),
        CheckConstraint("narrower_id <> broader_id", name="ck_taxonomy_relation_self"),
    )

    id: int | None = Field(default=None, primary_key=True)
    narrower_id: int = Field(sa_column=fk("taxonomy_term.id"))
    broader_id: int = Field(sa_column=fk("taxonomy_term.id"))


class CrosswalkRow(SQLModel, table=True):
    """A published correspondence between two codes of different systems (editable, audited)."""

    __tablename__ = "crosswalk"
    __table_args__ = (
        UniqueConstraint("code_a", "code_b", name="uq_crosswalk_pair"),
        CheckConstraint("code_a <> code_b", name="ck_crosswalk_self"),
    )

    id: int | None = Field(default=None, primary_key=True)
    code_a: str = Field(sa_column=Column(Text, nullable=False))
    code_b: str = Field(sa_column=Column(Text, nullable=False))
    note: str = Field(default="", sa_column=Column(Text, nullable=False))


class FlowDecision(SQLModel, table=True):
    """Someone's verdict on a flow screening read from a venture's words (confirmed, rejected)."""

    __tablename__ = "flow_decision"
    __table_args__ = (
        UniqueConstraint("venture_id", "item_key", "country", name="uq_flow_decision"),
        CheckConstraint("state IN ('confirmed', 'rejected')", name="ck_flow_decision_state"),
    )

    id: int | None = Field(default=None, primary_key=True)
    venture_id: int = Field(sa_column=fk("joint_venture.id"))
    item_key: str = Field(sa_column=Column(Text, nullable=False))
    item_name: str = Field(sa_column=Column(Text, nullable=False))
    country: str = Field(default="", sa_column=Column(Text, nullable=False))  # "" : the item itself
    state: str = Field(sa_column=Column(Text, nullable=False))
    evidence: str = Field(default="", sa_column=Column(Text, nullable=False))
    actor: str = Field(sa_column=Column(Text, nullable=False))
    decided_at: datetime = Field(sa_column=utc())
