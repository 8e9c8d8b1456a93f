"""Jurisdiction groups (the EU, EAR country groups, all countries) and their members."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop_app.domain.models.columns import fk, utc, version_column

# Each versioned table needs its own Column object for SQLAlchemy's version_id_col.
_GROUP_VERSION = version_column()


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
    created_at: datetime = Field(sa_column=utc())
    updated_at: datetime = Field(sa_column=utc())
    version: int = Field(default=1, sa_column=_GROUP_VERSION)


class JurisdictionGroupMember(SQLModel, table=True):
    __tablename__ = "jurisdiction_group_member"
    __table_args__ = (UniqueConstraint("group_id", "country", name="uq_group_member"),)

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(sa_column=fk("jurisdiction_group.id"))
    country: str = Field(sa_column=Column(Text, nullable=False))
