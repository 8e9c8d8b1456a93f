"""Registers as written: jurisdiction groups (seeded), target notes, undisclosed shares, undated assessments.

- `jurisdiction_group` and `jurisdiction_group_member`, seeded with the EU, the US EAR country
  groups of Supplement No. 1 to part 740 (A:1 to A:6, B, D:1 to D:5, E:1, E:2) and "all
  countries". Their membership is frozen here as it stood when this revision was written; the
  sources are in docs/jurisdiction-groups.md. Later edits are the register's own, audited.
- `measure.targets_note`: what a measure's targets say beyond countries and groups.
- `partner.share` may be NULL: a partner whose share is not disclosed yet.
- `assessment.assessed_on` may be NULL: an imported assessment whose file gives no date.

On SQLite the last two rebuild their tables (copy and move). Dropping the old `assessment`
table would cascade to `mitigation_action` (foreign keys stay on inside the transaction), so
the actions are kept aside and put back; the search index triggers of 0004 go with the old
table and are created again (frozen below), then the index is rebuilt.

Revision ID: 0008
Revises: 0004
Create Date: 2026-12-03 10:00:00
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0004"
branch_labels = None
depends_on = None

SEEDED_AT = datetime(2026, 12, 3, tzinfo=UTC)
EU_SOURCE = ("EU member states (EU-27) as listed by the EU-funded Western Balkans Info Hub glossary, "
             "https://westernbalkans-infohub.eu/glossary/eu-member-states")
EAR_SOURCE = ("15 CFR part 740, Supplement No. 1 (Country Groups), eCFR issue of 2026-07-23, "
              "https://www.ecfr.gov/api/versioner/v1/full/2026-07-23/title-15.xml?part=740")
EAR_NOTES = {
    "A:1": "Wassenaar Arrangement participating states, except Malta, Russia and Ukraine (the "
           "supplement's footnote).",
    "A:4": "Nuclear Suppliers Group countries, except China, Russia and Belarus (the supplement's footnote).",
    "B": "Kosovo is listed in the supplement but has no ISO 3166 code, so it is not a member here.",
    "D:5": "The supplement's note: where this list and the State Department's arms-embargo list "
           "(22 CFR 126.1) differ, the State Department's list controls.",
}
# code: (name, title in the supplement, members as ISO 3166-1 alpha-2 codes)
EAR_GROUPS = {
    "A:1": ("Wassenaar participating states", "AR AT AU BE BG CA CH CZ DE DK EE ES FI FR GB GR HR HU IE IN IS "
            "IT JP KR LT LU LV MX NL NO NZ PL PT RO SE SI SK TR US ZA"),
    "A:2": ("Missile Technology Control Regime", "AR AT AU BE BG BR CA CH CZ DE DK ES FI FR GB GR HU IE IN IS IT "
            "JP KR LU NL NO NZ PL PT SE TR UA US ZA"),
    "A:3": ("Australia Group", "AR AT AU BE BG CA CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IN IS IT JP KR LT LU "
            "LV MT MX NL NO NZ PL PT RO SE SI SK TR UA US"),
    "A:4": ("Nuclear Suppliers Group", "AR AT AU BE BG BR CA CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT JP "
            "KR KZ LT LU LV MT MX NL NO NZ PL PT RO RS SE SI SK TR UA US ZA"),
    "A:5": ("", "AE AR AT AU BE BG CA CH CZ DE DK EE ES FI FR GB GR HR HU IE IN IS IT JP KR LT LU LV NL NO NZ PL "
            "PT RO SE SI SK TR"),
    "A:6": ("", "AL CY IL MT MX SG TW ZA"),
    "B": ("", "AD AE AF AG AL AO AR AT AU AW BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BZ CA CD CF CG CH CI CL "
          "CM CO CR CV CW CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FM FR GA GB GD GH GM GN GQ GR GT GW "
          "GY HN HR HT HU ID IE IL IN IS IT JM JO JP KE KI KM KN KR KW LB LC LK LR LS LT LU LV MA MC ME MG MH MK "
          "ML MR MT MU MV MW MX MY MZ NA NE NG NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RW SA SB SC "
          "SD SE SG SI SK SL SM SN SO SR SS ST SV SX SZ TD TG TH TL TN TO TR TT TV TW TZ UA UG US UY VA VC VU WS "
          "ZA ZM ZW"),
    "D:1": ("National security", "AM AZ BY CN GE IQ KG KH KP KZ LA LY MD MM MN MO NI RU TJ TM UZ VE VN YE"),
    "D:2": ("Nuclear", "BY CU IL IQ IR KP LY PK RU VE"),
    "D:3": ("Chemical and biological", "AF AM AZ BH BY CN CU EG GE IL IQ IR JO KG KP KW KZ LB LY MD MM MN MO OM PK "
            "QA RU SA SY TJ TM TW UZ VE VN YE"),
    "D:4": ("Missile technology", "BH BY CN EG IL IQ IR JO KP KW LB LY MO OM PK QA RU SA SY VE YE"),
    "D:5": ("U.S. arms embargoed countries", "AF BY CD CF CN CU ER HT IQ IR KP LB LY MM NI RU SD SO SS SY VE ZW"),
    "E:1": ("Terrorist supporting countries", "IR KP SY"),
    "E:2": ("Unilateral embargo", "CU"),
}
EU_MEMBERS = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"
WORLD_ALIASES = "all countries; worldwide; all destinations; global; any destination"
# The search index triggers of 0004 as they were written there, frozen.
FTS = "assessment_search"
_NEW, _OLD = "new.id, new.owner, new.rationale", "'delete', old.id, old.owner, old.rationale"
FTS_TRIGGERS = {
    f"{FTS}_insert": f"AFTER INSERT ON assessment BEGIN INSERT INTO {FTS}(rowid, owner, rationale) "
                     f"VALUES ({_NEW}); END",
    f"{FTS}_delete": f"AFTER DELETE ON assessment BEGIN INSERT INTO {FTS}({FTS}, rowid, owner, rationale) "
                     f"VALUES ({_OLD}); END",
    f"{FTS}_update": f"AFTER UPDATE OF id, owner, rationale ON assessment BEGIN "
                     f"INSERT INTO {FTS}({FTS}, rowid, owner, rationale) VALUES ({_OLD}); "
                     f"INSERT INTO {FTS}(rowid, owner, rationale) VALUES ({_NEW}); END",
}


def _seed_rows() -> list[tuple[str, str, str, bool, str, str, str]]:
    """(code, name, aliases, covers_all, source, notes, members) of every seeded group."""
    rows = [("EU", "European Union", "EU-27; EU27; EU member states", False, EU_SOURCE, "", EU_MEMBERS),
            ("WORLD", "All countries", WORLD_ALIASES, True, "", "Every country: no members are listed.", "")]
    for key, (title, members) in EAR_GROUPS.items():
        aliases = f"Country Group {key}; EAR Country Group {key}; EAR {key}; Group {key}"
        notes = " ".join(t for t in (title and f"Supplement heading: {title}.", EAR_NOTES.get(key, "")) if t)
        rows.append((f"EAR:{key}", f"EAR Country Group {key}", aliases, False, EAR_SOURCE, notes, members))
    return rows


def _create_groups() -> None:
    op.create_table(
        "jurisdiction_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("aliases", sa.Text(), nullable=False),
        sa.Column("covers_all", sa.Boolean(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(code) > 0", name="ck_group_code"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "jurisdiction_group_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("country", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["jurisdiction_group.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("group_id", "country", name="uq_group_member"),
    )
    with op.batch_alter_table("jurisdiction_group_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_jurisdiction_group_member_group_id"), ["group_id"], unique=False)
    groups = sa.table("jurisdiction_group", *(sa.column(c) for c in (
        "id", "code", "name", "aliases", "covers_all", "source", "notes", "created_at", "updated_at", "version")))
    members = sa.table("jurisdiction_group_member", sa.column("group_id"), sa.column("country"))
    group_rows, member_rows = [], []
    for n, (code, name, aliases, covers_all, source, notes, countries) in enumerate(_seed_rows(), start=1):
        group_rows.append({"id": n, "code": code, "name": name, "aliases": aliases, "covers_all": covers_all,
                           "source": source, "notes": notes, "created_at": SEEDED_AT, "updated_at": SEEDED_AT,
                           "version": 1})
        member_rows += [{"group_id": n, "country": c} for c in countries.split()]
    op.bulk_insert(groups, group_rows)
    op.bulk_insert(members, member_rows)


def _fts_present() -> bool:
    bind = op.get_bind()
    return bind.dialect.name == "sqlite" and bool(bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (FTS,)).first())


def _relax_assessment_date() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    fts = _fts_present()
    if sqlite:  # the rebuild's DROP TABLE would cascade to the actions: keep them aside
        op.execute("CREATE TEMP TABLE keep_mitigation_action AS SELECT * FROM mitigation_action")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.alter_column("assessed_on", existing_type=sa.Date(), nullable=True)
    if sqlite:
        op.execute("DELETE FROM mitigation_action")
        op.execute("INSERT INTO mitigation_action SELECT * FROM keep_mitigation_action")
        op.execute("DROP TABLE keep_mitigation_action")
    if fts:
        for name, body in FTS_TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
            op.execute(f"CREATE TRIGGER {name} {body}")
        op.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")


def upgrade() -> None:
    _create_groups()
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.add_column(sa.Column("targets_note", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.drop_constraint("ck_partner_share", type_="check")
        batch_op.alter_column("share", existing_type=sa.Numeric(5, 2), nullable=True)
        batch_op.create_check_constraint("ck_partner_share", "share IS NULL OR (share >= 0 AND share <= 100)")
    _relax_assessment_date()


def downgrade() -> None:
    bind = op.get_bind()
    for table, column in (("partner", "share"), ("assessment", "assessed_on")):
        if bind.execute(sa.text(f"SELECT count(*) FROM {table} WHERE {column} IS NULL")).scalar():
            raise RuntimeError(f"{table}.{column} holds empty values that 0004 cannot store; not downgraded")
    with op.batch_alter_table("partner", schema=None) as batch_op:
        batch_op.drop_constraint("ck_partner_share", type_="check")
        batch_op.alter_column("share", existing_type=sa.Numeric(5, 2), nullable=False)
        batch_op.create_check_constraint("ck_partner_share", "share >= 0 AND share <= 100")
    # Not through a table rebuild: dropping `measure` would cascade to its children.
    op.execute("ALTER TABLE measure DROP COLUMN targets_note")
    with op.batch_alter_table("jurisdiction_group_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_jurisdiction_group_member_group_id"))
    op.drop_table("jurisdiction_group_member")
    op.drop_table("jurisdiction_group")
