"""Table model over one entity: sorted and filtered in SQL, rows fetched a page at a time."""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import RegisterError
from desktop_app.domain.risk import RiskMatrix
from desktop_app.services.context import ServiceContext
from desktop_app.services.records import browse
from desktop_app.services.records.browse import BrowseQuery, BrowseRow
from desktop_app.services.records.browse_columns import BrowseColumn
from desktop_app.ui import workers
from desktop_app.ui.labels import label_text
from desktop_app.ui.models.columns import display
from desktop_app.ui.models.roles import ArchivedRole, RowIdRole, SortRole, plain_tooltip, text_on

__all__ = ["ArchivedRole", "EntityTableModel", "RowIdRole", "SortRole", "text_on"]

log = logging.getLogger(__name__)

PAGE_SIZE = 128
# Ids read with each new query; the rest are read the first time a row past them is needed
# (scrolling down, finding a record). Most queries end before this, and for the others the
# first screen does not wait for 100,000 ids.
PREFETCH = 2_048
MAX_PAGES = 100  # pages kept in memory (12,800 rows); older ones are dropped and re-read if needed
_ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_OVERDUE = QColor("#B71C1C")
_ARCHIVED = QColor("#757575")
Index = QModelIndex | QPersistentModelIndex


class EntityTableModel(QAbstractTableModel):
    """Rows of measures, ventures or assessments for a QTableView.

    On every new query the model asks SQL for the ordered ids of the matching records
    (one sort; the first PREFETCH ids and a count, the rest when first needed); cells then
    read their page of rows by id. The view's sort indicator and the filter bar both turn
    into a new `BrowseQuery`: nothing is sorted in Python.
    """

    load_failed = Signal(object)  # an exception reading the database
    reloaded = Signal()

    def __init__(self, ctx: ServiceContext, entity: Entity, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.entity = ctx, entity
        self.specs: tuple[BrowseColumn, ...] = browse.browsed(entity).columns
        self._query = BrowseQuery()
        self._ids: list[int] = []
        self._total = 0  # rows of the query; len(self._ids) until every id has been read
        self._rest_failed = False  # reading the remaining ids failed: not retried until reload
        self._generation = 0  # of the latest reload asked for; an older one's result is dropped
        self._pages: OrderedDict[int, dict[int, _Cached]] = OrderedDict()
        self._last_number, self._last_page = -1, {}
        self._level_labels: dict[str, str] = {}
        self._level_colours: dict[str, QColor] = {}
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- loading ---------------------------------------------------------------------------
    @property
    def query(self) -> BrowseQuery:
        return self._query

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.reload()

    def set_matrix(self, matrix: RiskMatrix) -> None:
        self._level_labels = {lv.key: label_text(lv.label) for lv in matrix.levels}
        self._level_colours = {lv.key: QColor(lv.colour) for lv in matrix.levels}
        self._forget_pages()  # level labels are baked into the cached texts
        if self._total:
            self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, len(self.specs) - 1))

    def _forget_pages(self) -> None:
        self._pages.clear()
        self._last_number, self._last_page = -1, {}

    def prime(self, query: BrowseQuery) -> None:
        """Set the query without reading (before the view's first sort signal arrives)."""
        self._query = query

    def set_query(self, query: BrowseQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Re-run the query (after an edit, a filter change or a new sort) on the tables' reader:
        the rows shown stay until the new ids, count and first page are read, then `reloaded`
        fires. In SQL on the GUI thread, a search of 100,000 assessments held it for 30 ms."""
        self._generation += 1
        generation, ctx, entity, query = self._generation, self.ctx, self.entity, self._query

        def read() -> _FirstScreen:
            ids = browse.ordered_ids(ctx, entity, query, limit=PREFETCH + 1)
            total = len(ids) if len(ids) <= PREFETCH else browse.count(ctx, entity, query)
            return _FirstScreen(ids[:PREFETCH], total, browse.rows_by_id(ctx, entity, ids[:PAGE_SIZE], query.as_of))

        workers.run_background(self, read, lambda got: self._show(generation, got),
                               lambda exc: self._show(generation, exc), quick=True)

    def _show(self, generation: int, got: _FirstScreen | BaseException) -> None:
        if generation != self._generation:
            return  # a newer query was asked for meanwhile: its result follows
        if isinstance(got, BaseException):
            log.warning("reading %s failed: %s", self.entity.spec.plural, got)
            self.load_failed.emit(got)
            got = _FirstScreen([], 0, [])
        self.beginResetModel()
        self._ids, self._total, self._rest_failed = got.ids, got.total, False
        self._forget_pages()
        if got.rows:
            self._pages[0] = self._cached(got.rows)
        self.endResetModel()
        self.reloaded.emit()

    def _cached(self, rows: list[BrowseRow]) -> dict[int, _Cached]:
        blank = [None] * len(self.specs)
        return {r.id: _Cached(r, list(blank)) for r in rows}

    def _read_all_ids(self) -> None:
        """Read the ids past the prefetched ones (once per query)."""
        if len(self._ids) >= self._total or self._rest_failed:
            return
        try:
            ids = browse.ordered_ids(self.ctx, self.entity, self._query)
        except (RegisterError, OSError) as exc:
            log.warning("reading %s failed: %s", self.entity.spec.plural, exc)
            self._rest_failed = True  # once, not on every cell painted
            self.load_failed.emit(exc)
            return
        if len(ids) != self._total or ids[: len(self._ids)] != self._ids:
            # The register changed since the count: keep the rows Qt knows of for now (rows
            # past the new end show empty) and re-read everything once control returns.
            self._forget_pages()
            QTimer.singleShot(0, self, self.reload)
        self._ids = ids

    def _id_at(self, row: int) -> int | None:
        if row >= len(self._ids):
            self._read_all_ids()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _row(self, row: int) -> _Cached | None:
        number = row // PAGE_SIZE
        if number != self._last_number:
            page = self._pages.get(number)
            if page is None:
                page = self._load_page(number)
                if page is None:
                    return None
            else:
                self._pages.move_to_end(number)
            self._last_number, self._last_page = number, page
        record_id = self._id_at(row)
        return None if record_id is None else self._last_page.get(record_id)  # None: gone since read

    def _load_page(self, number: int) -> dict[int, _Cached] | None:
        if (number + 1) * PAGE_SIZE > len(self._ids):
            self._read_all_ids()
        wanted = self._ids[number * PAGE_SIZE:(number + 1) * PAGE_SIZE]
        try:
            rows = browse.rows_by_id(self.ctx, self.entity, wanted, self._query.as_of)
        except (RegisterError, OSError) as exc:
            log.warning("reading a page of %s failed: %s", self.entity.spec.plural, exc)
            self.load_failed.emit(exc)
            return None
        page = self._pages[number] = self._cached(rows)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Called by the view's header: re-query with ORDER BY in SQL."""
        key = self.specs[column].key if 0 <= column < len(self.specs) else None
        query = self._query.with_(sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        if query != self._query:
            self.set_query(query)

    # -- lookups ---------------------------------------------------------------------------
    def record_id(self, row: int) -> int | None:
        return self._id_at(row) if 0 <= row < self._total else None

    def row_of(self, record_id: int) -> int | None:
        for attempt in range(2):
            try:
                return self._ids.index(record_id)
            except ValueError:
                if attempt or len(self._ids) >= self._total:
                    return None
                self._read_all_ids()
        return None

    def column_of(self, key: str) -> int:
        return [s.key for s in self.specs].index(key)

    def loaded_pages(self) -> int:
        return len(self._pages)

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.specs)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
                   ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.specs):
            if role == Qt.ItemDataRole.DisplayRole:
                return label_text(self.specs[section].title)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _ALIGN_RIGHT if self.specs[section].numeric else _ALIGN_LEFT
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:
            return None
        number = index.row()  # -1 for an invalid index
        if not 0 <= number < self._total:
            return None
        if role == RowIdRole:
            return self._id_at(number)
        cached = self._row(number)
        if cached is None:
            return None
        column = index.column()
        if role == _DISPLAY:  # the hot path: every visible cell on every paint
            text = cached.texts[column]
            if text is None:  # formatted on first sight, then kept with the page
                text = cached.texts[column] = display(self.specs[column], cached.row.values[column],
                                                      self._level_labels)
            return text
        row, spec = cached.row, self.specs[column]
        value = row.values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_RIGHT if spec.numeric else _ALIGN_LEFT
        if role == SortRole:
            return value if isinstance(value, (int, float, str)) else (None if value is None else str(value))
        if role == ArchivedRole:
            return row.archived
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(str(value)) if spec.kind == "text" and value else None
        if role == Qt.ItemDataRole.FontRole:
            return self._italic if row.archived else None
        if spec.kind == "level" and value in self._level_colours:
            colour = self._level_colours[value]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(colour)
            return QBrush(text_on(colour))  # ForegroundRole
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.archived:
                return QBrush(_ARCHIVED)
            if spec.kind == "overdue" and value:
                return QBrush(_OVERDUE)
        return None


class _FirstScreen(NamedTuple):
    """What a reload reads off the GUI thread: the first ids, the count, the first page's rows."""

    ids: list[int]
    total: int
    rows: list[BrowseRow]


class _Cached(NamedTuple):
    row: BrowseRow
    texts: list[str | None]  # display texts, filled as cells are first painted


_DISPLAY = Qt.ItemDataRole.DisplayRole
_ROLES = {
    RowIdRole,
    Qt.ItemDataRole.DisplayRole, SortRole, ArchivedRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
}
