"""Team mode: a window's watch hears a colleague's commit through LISTEN/NOTIFY, and only commits."""

from __future__ import annotations

import time

import pytest

from desktop_app.services.changes import watch_register
from desktop_app.services.context import ServiceContext, open_register
from desktop_app.services.records.measures import create_measure
from tests.conftest import FIXED_NOW, measure_data


def _eventually(check: object, seconds: float = 20.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def test_a_colleagues_commit_is_heard(pg_db: str, pg_ctx: ServiceContext) -> None:
    watch = watch_register(pg_ctx)
    assert not watch.changed()
    colleague = open_register(pg_db, actor="colleague")
    colleague.now = lambda: FIXED_NOW
    try:
        create_measure(colleague, measure_data())
        assert _eventually(watch.changed)
        assert not watch.changed()  # heard once
        with pytest.raises(RuntimeError), colleague.db.session(write=True):
            raise RuntimeError("rolled back")  # nothing committed: nothing heard
        assert not _eventually(watch.changed, 0.5)
    finally:
        colleague.db.dispose()
        watch.close()
