"""Alembic migrations run in-process on the app's engine, in one transaction.

Alembic itself (0.3 s and 11 MB to import) is loaded only to migrate or to ask a server for
its revision: which revisions exist, and the newest, are read from the version files' own
`revision` / `down_revision` lines, so opening an up-to-date SQLite register never imports it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, text

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_ASSIGNED = r"^{name}\s*(?::[^=\n]*)?=\s*(?:None|['\"]([^'\"]+)['\"])"
_REVISION = re.compile(_ASSIGNED.format(name="revision"), re.MULTILINE)
_DOWN = re.compile(_ASSIGNED.format(name="down_revision"), re.MULTILINE)


@cache
def _graph() -> dict[str, str | None]:
    """revision -> the revision it revises (None for the first), from the version files."""
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        found, down = _REVISION.search(text), _DOWN.search(text)
        if found and found.group(1):
            graph[found.group(1)] = down.group(1) if down else None
    return graph


def _config(conn: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def head_revision() -> str:
    graph = _graph()
    revised = set(graph.values())
    heads = [rev for rev in graph if rev not in revised]
    assert len(heads) == 1, f"migrations must form one line; heads {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    return set(_graph())


def current_revision(engine: Engine) -> str | None:
    """The register's schema revision (None for an empty database), read as Alembic reads it."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        found = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        if len(found) > 1:  # branches are not ours: let Alembic raise its own error
            from alembic.runtime.migration import MigrationContext

            return MigrationContext.configure(conn).get_current_revision()
    return found[0] if found else None


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade to `target`, then seal what no audit entry covers; any failure rolls it all back."""
    from alembic import command

    from desktop_app.persistence import seals

    bind = engine.execution_options(register_write=True)
    with bind.begin() as conn:
        before = current_revision_on(conn)
        command.upgrade(_config(conn), target)
        after = current_revision_on(conn)
        if after != before and seals.has_seals(conn):
            seals.seal_unsealed(conn, f"schema {before or 'new'} to {after}")


def current_revision_on(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    found = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return found[0] if len(found) == 1 else None


def descends_from(revision: str, ancestor: str) -> bool:
    """Whether `revision` is `ancestor` or comes after it (both known revisions)."""
    graph = _graph()
    current: str | None = revision
    while current is not None:
        if current == ancestor:
            return True
        current = graph.get(current)
    return False


def is_known(revision: str) -> bool:
    return revision in known_revisions()


def alembic_view() -> tuple[str | None, set[str]]:
    """Alembic's own answer (head, known revisions), to check the file reading above."""
    from alembic.script import ScriptDirectory

    script: Any = ScriptDirectory.from_config(_config())
    return script.get_current_head(), {rev.revision for rev in script.walk_revisions()}
