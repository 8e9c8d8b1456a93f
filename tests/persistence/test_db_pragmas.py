"""A page cache size applies inside its block and the pooled connection gets its own back."""

from __future__ import annotations

import pytest

from desktop_app.persistence.db import BULK_CACHE_KIB, STREAMING_CACHE_KIB, page_cache
from desktop_app.services.context import ServiceContext


def _cache_size(s) -> int:  # type: ignore[no-untyped-def]
    return s.connection().exec_driver_sql("PRAGMA cache_size").scalar()


@pytest.mark.parametrize("kib", [STREAMING_CACHE_KIB, BULK_CACHE_KIB])
def test_page_cache_is_scoped_to_the_block(ctx: ServiceContext, kib: int) -> None:
    with ctx.db.session() as s:
        before = _cache_size(s)
        with page_cache(s, kib):
            assert _cache_size(s) == -kib
        assert _cache_size(s) == before
    assert before not in (-STREAMING_CACHE_KIB, -BULK_CACHE_KIB)


def test_page_cache_is_restored_when_the_block_fails(ctx: ServiceContext) -> None:
    with ctx.db.session() as s:
        before = _cache_size(s)
        with pytest.raises(RuntimeError), page_cache(s, BULK_CACHE_KIB):
            raise RuntimeError("the import failed")
        assert _cache_size(s) == before
