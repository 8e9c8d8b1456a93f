"""Assessments view at 100,000 rows: open, sort, filter, search and scroll, against a bare
QTableView over the same rows held in a Python list (the reference), with ratios.

    .venv/bin/python -m benchmarks.bench_views [--rows 100000] [--db FILE] [--json FILE] [--proxy] [--no-lag]

Offscreen by default (QT_QPA_PLATFORM). `--proxy` adds the same sort through a
QSortFilterProxyModel, the approach the app avoids (seconds at this size). Then, unless
`--no-lag`, the event-loop lag probe (benchmarks/lag_probe.py): the longest GUI-thread stall of
the whole main window while opening each view, searching, sorting, filtering, opening the report
and import dialogs and saving a form, with its real background workers (goal: under 50 ms each).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from benchmarks.generate import Size, build_register  # noqa: E402

SEARCH = "JV 0004"  # venture names of the synthetic register: "<name> JV 00042"
COLUMNS = ("id", "measure", "venture", "residual_level", "residual_score", "treatment", "owner",
           "assessed_on", "next_review_on", "status")
REFERENCE_SQL = (
    "SELECT a.id, m.reference, v.name, a.residual_level, a.residual_score, a.treatment, a.owner,"
    " a.assessed_on, a.next_review_on, a.status FROM assessment a JOIN measure m ON m.id = a.measure_id"
    " JOIN joint_venture v ON v.id = a.venture_id WHERE a.archived_at IS NULL ORDER BY a.id")


class ListModel(QAbstractTableModel):
    """The reference: every row in a Python list, sorted and filtered in Python."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.all_rows = rows
        self.rows = rows

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column()])
        return None

    def headerData(self, section: int, orientation: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.rows = sorted(self.rows, key=lambda r: (r[column], r[0]),
                           reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def show_only(self, keep: Callable[[tuple[Any, ...]], bool] | None) -> None:
        self.beginResetModel()
        self.rows = self.all_rows if keep is None else [r for r in self.all_rows if keep(r)]
        self.endResetModel()


def timed(fn: Callable[[], Any], repeat: int = 3) -> float:
    """Best of `repeat` runs, in milliseconds (the first run also warms caches)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def _best(act: Callable[[], Any], undo: Callable[[], Any], first: Callable[[], Any] | None = None,
          repeat: int = 3) -> float:
    """Best of `repeat` timings of `act` alone, in ms; `undo` restores the state between runs."""
    if first is not None:
        first()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        act()
        best = min(best, time.perf_counter() - start)
        undo()
    return best * 1000


def painted(app: QApplication, view: QTableView) -> None:
    view.viewport().repaint()  # a synchronous paint of the visible rows: what the user waits for
    app.processEvents()


def scroll_through(app: QApplication, view: QTableView) -> None:
    bar = view.verticalScrollBar()
    for step in range(21):  # top to bottom in 5% jumps, like dragging the scroll bar
        bar.setValue(bar.maximum() * step // 20)
        painted(app, view)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="an existing register (default: build the synthetic one)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--proxy", action="store_true", help="also time a QSortFilterProxyModel sort")
    parser.add_argument("--no-lag", action="store_true", help="skip the event-loop lag probe")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-views-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # default columns, no saved state
    if args.db:
        path = args.db.resolve()
        url = f"sqlite:///{path}"
    else:
        path = tmp / "large.sqlite3"
        start = time.perf_counter()
        url = build_register(path, Size(assessments=args.rows))
        print(f"built a register of {args.rows:,} assessments in {time.perf_counter() - start:.1f} s ({path})")
    rows_total = sqlite3.connect(path).execute("SELECT count(*) FROM assessment").fetchone()[0]

    from desktop_app.services.context import open_register
    from desktop_app.ui import workers
    from desktop_app.ui.app import application
    from desktop_app.ui.views.record_views import AssessmentsView

    app = application()
    workers.SYNCHRONOUS = True
    ctx = open_register(url, actor="bench")

    class Host:  # the little of the main window a view needs
        def __init__(self) -> None:
            self.ctx = ctx

    results: list[tuple[str, float, float]] = []
    load_ms = timed(lambda: sqlite3.connect(path).execute(REFERENCE_SQL).fetchall(), 1)
    rows = sqlite3.connect(path).execute(REFERENCE_SQL).fetchall()

    holder: dict[str, Any] = {}

    def open_app() -> None:
        view = AssessmentsView(Host())
        view.resize(1200, 800)
        view.show()
        view.reload()
        painted(app, view.table)
        holder["app"] = view

    def open_ref() -> None:
        table = QTableView()
        table.setModel(ListModel(rows))
        table.resize(1200, 800)
        table.show()
        painted(app, table)
        holder["ref"] = table

    results.append(("open (first rows painted)", timed(open_app), timed(open_ref)))
    view, ref = holder["app"], holder["ref"]
    owner_col = view.model.column_of("owner")

    def sort_app() -> None:
        descending = not view.model.query.descending  # alternate, so every run really re-sorts
        view.table.sortByColumn(owner_col, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        painted(app, view.table)

    def sort_ref() -> None:
        ref.model().sort(6, Qt.SortOrder.DescendingOrder)
        painted(app, ref)

    results.append(("sort by owner", timed(sort_app), timed(sort_ref)))

    combo = view.bar.combos["owner"]

    def filter_app() -> None:
        combo.setCurrentIndex(combo.findText("Li Wei"))
        painted(app, view.table)

    def clear_app() -> None:
        combo.setCurrentIndex(0)
        painted(app, view.table)

    def filter_ref() -> None:
        ref.model().show_only(lambda r: r[6] == "Li Wei")
        painted(app, ref)

    def clear_ref() -> None:
        ref.model().show_only(None)
        painted(app, ref)

    results.append(("filter owner", _best(filter_app, clear_app), _best(filter_ref, clear_ref)))
    results.append(("clear the filter", _best(clear_app, filter_app, first=filter_app),
                    _best(clear_ref, filter_ref, first=filter_ref)))
    clear_app()
    clear_ref()

    def search_app() -> None:
        view.bar.search.setText(SEARCH)
        view.bar.apply_now()
        painted(app, view.table)

    def search_ref() -> None:
        word = SEARCH.lower()
        ref.model().show_only(lambda r: any(word in str(r[c]).lower() for c in (1, 2, 6)))
        painted(app, ref)

    results.append((f"search {SEARCH!r}", timed(search_app), timed(search_ref)))
    view.bar.reset()
    ref.model().show_only(None)
    results.append(("scroll top to bottom (21 jumps)", timed(lambda: scroll_through(app, view.table)),
                    timed(lambda: scroll_through(app, ref))))

    print(f"\n{'operation at ' + format(rows_total, ',') + ' rows':<38} {'app ms':>10} {'bare ms':>10} "
          f"{'app/bare':>9}")
    for name, ours, bare in results:
        print(f"{name:<38} {ours:>10.1f} {bare:>10.1f} {ours / bare:>8.2f}x")
    print(f"\nThe bare reference first loads all rows into Python: {load_ms:.0f} ms (not counted above, "
          "except in its cold start). The app's model holds only ids plus the pages on screen.")

    if args.json:
        keys = ("open", "sort", "filter", "clear", "search", "scroll")
        args.json.write_text(json.dumps([
            {"key": f"view_{key}", "operation": f"Assessments view: {name}", "unit": "ms", "ours": ours,
             "reference": bare, "goal": "under", "limit": 100.0 if key != "scroll" else None,
             "reference_name": "bare QTableView over a list"}
            for key, (name, ours, bare) in zip(keys, results, strict=True)]))
    if args.proxy:
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(ListModel(rows))
        table = QTableView()
        table.setModel(proxy)
        table.show()
        ms = timed(lambda: (proxy.sort(6, Qt.SortOrder.DescendingOrder), painted(app, table)), 1)
        print(f"QSortFilterProxyModel sort by owner over the same rows: {ms:.0f} ms")
    view.close()
    ctx.db.dispose()
    if not args.no_lag:
        from benchmarks import lag_probe

        workers.SYNCHRONOUS = False  # the window as the user has it: real worker threads
        print(f"\nLongest GUI-thread stall per step at {rows_total:,} assessments (goal < {lag_probe.GOAL_MS:.0f} ms):")
        stalls = lag_probe.run(url)
        over = [name for name, ms in stalls if ms >= lag_probe.GOAL_MS]
        print(f"{len(stalls) - len(over)} of {len(stalls)} steps under the goal" + (
            f"; over: {', '.join(over)}" if over else ""))
        if args.json:
            figures = json.loads(args.json.read_text())
            figures += [{"key": f"lag_{n}", "operation": f"GUI stall: {name}", "unit": "ms", "ours": ms,
                         "reference": None, "goal": "under", "limit": lag_probe.GOAL_MS, "reference_name": ""}
                        for n, (name, ms) in enumerate(stalls)]
            args.json.write_text(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
