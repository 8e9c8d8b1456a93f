"""Table models checked by qtmodeltester, and what their cells say (verbatim user text, labels)."""

from __future__ import annotations

import html
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.entity import RECORDS, Entity
from desktop_app.domain.errors import ValidationFailed
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import audit_log, browse, matrix
from desktop_app.services.records.browse import BrowseQuery
from desktop_app.services.records.measures import archive_measure, create_measure
from desktop_app.ui.models import entity_model
from desktop_app.ui.models.audit_model import AuditTableModel
from desktop_app.ui.models.entity_model import ArchivedRole, EntityTableModel, RowIdRole, SortRole
from desktop_app.ui.models.list_model import ListRow, ListTableModel
from tests.conftest import measure_data

D = Qt.ItemDataRole.DisplayRole


def model_for(ctx: ServiceContext, entity: Entity, query: BrowseQuery | None = None) -> EntityTableModel:
    model = EntityTableModel(ctx, entity)
    model.set_matrix(matrix.get_matrix(ctx))
    model.set_query(query or BrowseQuery())
    return model


@pytest.mark.parametrize("entity", RECORDS)
def test_entity_models_pass_the_model_tester(qtmodeltester: Any, demo_ctx: ServiceContext,
                                             entity: Entity) -> None:
    model = model_for(demo_ctx, entity)
    assert model.rowCount() == browse.count(demo_ctx, entity) > 0
    qtmodeltester.check(model)
    model.sort(model.column_of(browse.columns(entity)[1]), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_query(model.query.with_(search="zzz-nothing"))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_list_and_audit_models_pass_the_model_tester(qtmodeltester: Any, demo_ctx: ServiceContext) -> None:
    lists = ListTableModel(("A", "B"))
    lists.set_rows([ListRow(("x", "1"), (Entity.MEASURE, 1), colours={1: "#C62828"}), ListRow(("<b>y</b>", "2"))])
    qtmodeltester.check(lists)
    audit = AuditTableModel(demo_ctx)
    audit.reload()
    assert audit.rowCount() == audit_log.count(demo_ctx) > 0
    qtmodeltester.check(audit)


def test_cells_show_labels_levels_and_raw_sort_values(demo_ctx: ServiceContext) -> None:
    model = model_for(demo_ctx, Entity.ASSESSMENT, BrowseQuery(sort="residual_score", descending=True))
    top = browse.page(demo_ctx, Entity.ASSESSMENT, model.query, 0, 1)[0]
    level = model.index(0, model.column_of("residual_level"))
    risk = matrix.get_matrix(demo_ctx)
    stored = top.values[browse.columns(Entity.ASSESSMENT).index("residual_level")]
    assert level.data(D) == risk.level(stored).label
    background = level.data(Qt.ItemDataRole.BackgroundRole).color().name()
    assert background.upper() == risk.level(stored).colour.upper()
    assert model.index(0, 0).data(RowIdRole) == top.id
    review = model.index(0, model.column_of("next_review_on"))
    assert review.data(SortRole) == review.data(D)  # ISO dates sort as text
    status = model.index(0, model.column_of("status"))
    assert status.data(D) in {"draft", "in review", "approved", "closed"}
    column = model.column_of("residual_score")
    scores = [model.index(r, column).data(SortRole) for r in range(model.rowCount())]
    assert scores == sorted(scores, reverse=True)


def test_rows_are_read_a_page_at_a_time(demo_ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entity_model, "PAGE_SIZE", 5)
    monkeypatch.setattr(entity_model, "MAX_PAGES", 2)
    model = model_for(demo_ctx, Entity.MEASURE)
    assert model.loaded_pages() == 1  # the first page comes with the query, read off the GUI thread
    ids = browse.ordered_ids(demo_ctx, Entity.MEASURE)
    assert model.index(11, 0).data(RowIdRole) == ids[11] and model.loaded_pages() == 1  # ids need no page
    model.index(11, 0).data(D)
    assert model.loaded_pages() == 2
    model.index(0, 0).data(D)  # still kept
    assert model.loaded_pages() == 2
    model.index(6, 0).data(D)
    assert model.loaded_pages() == 2  # the oldest page was dropped
    assert [model.index(r, 0).data(RowIdRole) for r in range(model.rowCount())] == ids


def test_user_text_is_shown_verbatim_and_tooltips_are_escaped(ctx: ServiceContext,
                                                              hostile_strings: list[str]) -> None:
    made = {}
    for n, text in enumerate(hostile_strings):
        try:
            made[create_measure(ctx, measure_data(reference=f"H{n}", title=text)).id] = text
        except ValidationFailed:
            continue
    model = model_for(ctx, Entity.MEASURE)
    column = model.column_of("title")
    for row in range(model.rowCount()):
        text = made[model.record_id(row)]
        index = model.index(row, column)
        assert index.data(D) == " ".join(text.split())
        assert html.escape(text) in index.data(Qt.ItemDataRole.ToolTipRole)
        assert "<b>" not in index.data(Qt.ItemDataRole.ToolTipRole)


def test_archived_rows_are_flagged_and_greyed(ctx: ServiceContext) -> None:
    m = create_measure(ctx, measure_data())
    archive_measure(ctx, m.id)
    model = model_for(ctx, Entity.MEASURE)
    assert model.rowCount() == 0
    model.set_query(model.query.with_(include_archived=True))
    assert model.index(0, 0).data(ArchivedRole) is True
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()
