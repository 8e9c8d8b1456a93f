"""The desktop window's page check: opened with `OpenMode.WINDOW`, the register's pages are
checked once the window is up (0.2-0.4 s at 100,000 assessments), not before it shows.

Everything else still refuses the file before anything is shown: a non-register, another
application's database, a damaged header or schema, a newer version; a file that needs a
migration is checked in full first, as it is backed up and rewritten.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.persistence import migrate
from desktop_app.persistence.db import Database, make_engine
from desktop_app.persistence.opening import RESTORE_HINT, page_problem
from desktop_app.services.context import ServiceContext
from desktop_app.system.message_language import msg


def newest_schema() -> str:
    """The newest register schema this version knows: older registers are migrated when
    opened (after a backup), newer ones refused."""
    return migrate.head_revision()


def damage_found(ctx: ServiceContext) -> str | None:
    """The first problem SQLite's quick check finds in the register file, or None if it is sound
    (always None for a server database). Reads through its own connection: any thread."""
    path = ctx.db.path
    return page_problem(path) if path is not None else None


def read_only_after_damage(ctx: ServiceContext, problem: str) -> ServiceContext:
    """The same register reopened read-only, so nothing more is written to a damaged file; the
    old context's connections are left to the caller to close."""
    reason = msg("the database is damaged ({problem}); nothing more is written to it. {hint}", problem=problem,
                 hint=msg(RESTORE_HINT).rstrip(".。"))
    db = Database(ctx.db.url, make_engine(ctx.db.url, read_only=True), read_only=True, read_only_reason=reason)
    return replace(ctx, db=db)
