"""A report's small page cache applies inside its block and the pooled connection gets its own back."""

from __future__ import annotations

from desktop_app.persistence.db import small_page_cache
from desktop_app.services.context import ServiceContext


def test_small_page_cache_is_scoped_to_the_block(ctx: ServiceContext) -> None:
    with ctx.db.session() as s:
        before = s.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        with small_page_cache(s, kib=128):
            assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar() == -128
        assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar() == before
    assert before != -128
