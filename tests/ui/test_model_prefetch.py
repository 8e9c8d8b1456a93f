"""The table model reads the first ids of a query up front and the rest only when first needed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.entity import Entity
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import browse, matrix
from desktop_app.services.records.assessments import archive_assessment
from desktop_app.services.records.browse import BrowseQuery
from desktop_app.ui.models import entity_model
from desktop_app.ui.models.entity_model import EntityTableModel, RowIdRole


@pytest.fixture
def small_prefetch(monkeypatch: pytest.MonkeyPatch) -> list[BrowseQuery | None]:
    """PREFETCH of 3 (the demo has 12 assessments), and a log of the full id reads."""
    monkeypatch.setattr(entity_model, "PREFETCH", 3)
    monkeypatch.setattr(entity_model, "PAGE_SIZE", 2)
    full_reads: list[BrowseQuery | None] = []
    real = browse.ordered_ids

    def spy(ctx: ServiceContext, entity: str, query: BrowseQuery | None = None, limit: int | None = None
            ) -> list[int]:
        if limit is None:
            full_reads.append(query)
        return real(ctx, entity, query, limit)

    monkeypatch.setattr(browse, "ordered_ids", spy)
    return full_reads


def model_for(ctx: ServiceContext, query: BrowseQuery) -> EntityTableModel:
    model = EntityTableModel(ctx, Entity.ASSESSMENT)
    model.set_matrix(matrix.get_matrix(ctx))
    model.set_query(query)
    return model


def test_rows_past_the_prefetch_are_read_once_when_needed(demo_ctx: ServiceContext,
                                                          small_prefetch: list[Any]) -> None:
    query = BrowseQuery(sort="owner", descending=True)
    expected = browse.ordered_ids(demo_ctx, Entity.ASSESSMENT, query)
    small_prefetch.clear()
    model = model_for(demo_ctx, query)
    assert model.rowCount() == len(expected) == 12
    assert [model.index(r, 0).data(RowIdRole) for r in range(3)] == expected[:3]
    assert small_prefetch == []  # the first rows needed no full read
    assert model.index(11, 0).data(RowIdRole) == expected[11]
    assert [model.record_id(r) for r in range(12)] == expected
    assert model.index(11, model.column_of("id")).data(Qt.ItemDataRole.DisplayRole) == str(expected[11])
    assert len(small_prefetch) == 1  # read once for the whole query
    model.set_query(BrowseQuery(sort="measure"))
    assert model.row_of(browse.ordered_ids(demo_ctx, Entity.ASSESSMENT, model.query)[-1]) == 11
    assert model.row_of(10**9) is None
    assert len(small_prefetch) == 3  # one more read for the new query (and the spy's own)


def test_queries_within_the_prefetch_need_no_count(demo_ctx: ServiceContext, small_prefetch: list[Any],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    counted: list[BrowseQuery | None] = []
    real = browse.count
    monkeypatch.setattr(browse, "count", lambda ctx, e, q=None: counted.append(q) or real(ctx, e, q))
    model_for(demo_ctx, BrowseQuery())
    assert len(counted) == 1
    model = model_for(demo_ctx, BrowseQuery(search="zzz-nothing"))
    assert model.rowCount() == 0 and len(counted) == 1


def test_a_change_before_the_rest_is_read_reloads(qtbot: Any, demo_ctx: ServiceContext,
                                                  small_prefetch: list[Any]) -> None:
    model = model_for(demo_ctx, BrowseQuery())
    ids = browse.ordered_ids(demo_ctx, Entity.ASSESSMENT)
    archive_assessment(demo_ctx, ids[-1])  # another window (or user) archives the last one
    assert model.rowCount() == 12
    assert model.index(11, 0).data(RowIdRole) is None  # gone: shown empty until the reload
    qtbot.waitUntil(lambda: model.rowCount() == 11, timeout=20_000)
    assert [model.record_id(r) for r in range(11)] == ids[:-1]


def test_model_tester_with_partial_ids(qtmodeltester: Any, demo_ctx: ServiceContext,
                                       small_prefetch: list[Any]) -> None:
    model = model_for(demo_ctx, BrowseQuery(sort="venture"))
    qtmodeltester.check(model)
    QApplication.processEvents()
    assert model.rowCount() == 12
