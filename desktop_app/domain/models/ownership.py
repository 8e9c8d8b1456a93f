"""Ownership tables: parties, who owns them, parties a listing measure names, thresholds, match verdicts."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Column, Numeric, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop_app.domain.models.columns import fk, utc

_SHARE = "share IS NULL OR (share >= 0 AND share <= 100)"


class Party(SQLModel, table=True):
    """A company or person that is a partner of a venture or owns one (partners are linked to
    their party by the normalised name and country they share: `name_key`, `country`)."""

    __tablename__ = "party"
    __table_args__ = (
        UniqueConstraint("name_key", "country", name="uq_party_name_country"),
        CheckConstraint("length(name_key) > 0", name="ck_party_name"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(Text, nullable=False))
    name_key: str = Field(sa_column=Column(Text, nullable=False, index=True))
    country: str = Field(default="", sa_column=Column(Text, nullable=False))
    aliases: str = Field(default="", sa_column=Column(Text, nullable=False))  # `;`-joined, escaped
    notes: str = Field(default="", sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(sa_column=utc())
    updated_at: datetime = Field(sa_column=utc())


class PartyOwner(SQLModel, table=True):
    """`owner_id` holds `share` percent of `owned_id` (NULL: the share is not known)."""

    __tablename__ = "party_owner"
    __table_args__ = (
        UniqueConstraint("owned_id", "owner_id", name="uq_party_owner"),
        CheckConstraint("owned_id <> owner_id", name="ck_party_owner_self"),
        CheckConstraint(_SHARE, name="ck_party_owner_share"),
    )

    id: int | None = Field(default=None, primary_key=True)
    owned_id: int = Field(sa_column=fk("party.id"))
    owner_id: int = Field(sa_column=fk("party.id"))
    share: Decimal | None = Field(default=None, sa_column=Column(Numeric(7, 4), nullable=True))
    note: str = Field(default="", sa_column=Column(Text, nullable=False))


class ListedParty(SQLModel, table=True):
    """A party a party-listing measure names, on one list, between two dates (blank: open)."""

    __tablename__ = "listed_party"
    __table_args__ = (
        CheckConstraint("length(name) > 0", name="ck_listed_party_name"),
        CheckConstraint("listed_until IS NULL OR listed_from IS NULL OR listed_until >= listed_from",
                        name="ck_listed_party_dates"),
    )

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(sa_column=fk("measure.id"))
    name: str = Field(sa_column=Column(Text, nullable=False))
    aliases: str = Field(default="", sa_column=Column(Text, nullable=False))  # `;`-joined, escaped
    country: str = Field(default="", sa_column=Column(Text, nullable=False))
    list_name: str = Field(default="", sa_column=Column(Text, nullable=False))
    listed_from: date | None = None
    listed_until: date | None = None  # the last day listed


class OwnershipRule(SQLModel, table=True):
    """A measure's ownership threshold: parties owned `threshold`% or more by listed parties are
    captured. `lists` (`;`-joined list names) draws on other measures' listings (the affiliates
    rule on the Entity and MEU Lists); empty, the measure's own listed parties."""

    __tablename__ = "ownership_rule"
    __table_args__ = (
        UniqueConstraint("measure_id", name="uq_ownership_rule_measure"),
        CheckConstraint("threshold > 0 AND threshold <= 100", name="ck_ownership_rule_threshold"),
    )

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(sa_column=fk("measure.id"))
    threshold: Decimal = Field(sa_column=Column(Numeric(7, 4), nullable=False))
    lists: str = Field(default="", sa_column=Column(Text, nullable=False))
    note: str = Field(default="", sa_column=Column(Text, nullable=False))


class PartyMatch(SQLModel, table=True):
    """Someone's verdict on a possible match of a party with a listed party: never asked twice."""

    __tablename__ = "party_match"
    __table_args__ = (
        UniqueConstraint("party_id", "listed_party_id", name="uq_party_match"),
        CheckConstraint("state IN ('confirmed', 'rejected')", name="ck_party_match_state"),
    )

    id: int | None = Field(default=None, primary_key=True)
    party_id: int = Field(sa_column=fk("party.id"))
    listed_party_id: int = Field(sa_column=fk("listed_party.id"))
    state: str = Field(sa_column=Column(Text, nullable=False))
    actor: str = Field(sa_column=Column(Text, nullable=False))
    decided_at: datetime = Field(sa_column=utc())


class ContentShare(SQLModel, table=True):
    """The share of a venture product's value that one input of one origin makes up (NULL: not known)."""

    __tablename__ = "content_share"
    __table_args__ = (
        UniqueConstraint("venture_id", "product", "input_name", "origin", name="uq_content_share"),
        CheckConstraint("length(product) > 0 AND length(input_name) > 0", name="ck_content_share_names"),
        CheckConstraint(_SHARE, name="ck_content_share_share"),
    )

    id: int | None = Field(default=None, primary_key=True)
    venture_id: int = Field(sa_column=fk("joint_venture.id"))
    product: str = Field(sa_column=Column(Text, nullable=False))
    input_name: str = Field(sa_column=Column(Text, nullable=False))
    origin: str = Field(default="", sa_column=Column(Text, nullable=False))
    share: Decimal | None = Field(default=None, sa_column=Column(Numeric(9, 4), nullable=True))
    note: str = Field(default="", sa_column=Column(Text, nullable=False))


class DeMinimisRule(SQLModel, table=True):
    """A measure's content threshold: products whose inputs of `origin` (and `items`, when given)
    make up `share`% or more of their value are captured; `technology`: so is anything made
    with the origin country's technology."""

    __tablename__ = "de_minimis_rule"
    __table_args__ = (
        UniqueConstraint("measure_id", name="uq_de_minimis_rule_measure"),
        CheckConstraint("share > 0 AND share <= 100", name="ck_de_minimis_rule_share"),
    )

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(sa_column=fk("measure.id"))
    share: Decimal = Field(sa_column=Column(Numeric(9, 4), nullable=False))
    origin: str = Field(sa_column=Column(Text, nullable=False))
    items: str = Field(default="", sa_column=Column(Text, nullable=False))  # `;`-joined, escaped
    technology: bool = False
    note: str = Field(default="", sa_column=Column(Text, nullable=False))
