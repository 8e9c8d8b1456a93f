"""Column builders shared by the table modules (each versioned table needs its own Column)."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, ForeignKey, Integer


def version_column() -> Column:
    """A fresh `version` column: SQLAlchemy's version_id_col must be one object per table."""
    return Column("version", Integer, nullable=False)


def fk(target: str, nullable: bool = False) -> Column:
    return Column(Integer, ForeignKey(target, ondelete="CASCADE"), nullable=nullable, index=True)


def utc(nullable: bool = False) -> Column:
    return Column(DateTime(timezone=True), nullable=nullable)


def archived() -> Column:
    return Column(DateTime(timezone=True), nullable=True, index=True)
