"""Every partner is a party: the partners saved since 0009 (which then became parties only when
the ownership code first touched them) get their party now, one per normalised name and country,
named as first written, with no owners recorded. From this revision on, saving or importing a
venture makes its partners parties in the same transaction.

Revision ID: 0012
Revises: 0005
Create Date: 2026-12-04 03:20:00
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0005"
branch_labels = None
depends_on = None


def _key(text: str) -> str:
    """The party key as this revision writes it (frozen: NFKC, whitespace folded, case-folded)."""
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def upgrade() -> None:
    conn = op.get_bind()
    have = {(key, country) for key, country in conn.execute(sa.text("SELECT name_key, country FROM party"))}
    missing: dict[tuple[str, str], str] = {}
    for name, country in conn.execute(sa.text("SELECT name, country FROM partner ORDER BY venture_id, position, id")):
        key = (_key(name), country or "")
        if key[0] and key not in have and key not in missing:
            missing[key] = " ".join(name.split())
    if not missing:
        return
    now = datetime.now(UTC)
    party = sa.table("party", sa.column("name"), sa.column("name_key"), sa.column("country"), sa.column("aliases"),
                     sa.column("notes"), sa.column("created_at", sa.DateTime(timezone=True)),
                     sa.column("updated_at", sa.DateTime(timezone=True)))
    op.bulk_insert(party, [{"name": name, "name_key": key, "country": country, "aliases": "", "notes": "",
                            "created_at": now, "updated_at": now} for (key, country), name in missing.items()])


def downgrade() -> None:
    pass  # the parties stay: owners, aliases and verdicts may hang on them by now
