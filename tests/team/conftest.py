"""Team-mode fixtures: a fresh PostgreSQL database per test, dropped afterwards."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError

from desktop_app.services.context import ServiceContext, open_register
from tests.conftest import FIXED_NOW


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[str]:
    """URL of a new, empty database on the test server (the test role may create databases)."""
    name = f"err_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    finally:
        _drop(admin, name)
        admin.dispose()


def _drop(admin: Engine, name: str) -> None:
    """Drop the test database; retry while an autovacuum worker (a superuser process the test
    role may not terminate) still holds it after a bulk load."""
    for attempt in range(20):
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError:
            if attempt == 19:
                raise
            time.sleep(0.5)


@pytest.fixture
def pg_ctx(pg_db: str) -> Iterator[ServiceContext]:
    context = open_register(pg_db)
    context.now = lambda: FIXED_NOW
    yield context
    context.db.dispose()
