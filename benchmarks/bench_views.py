"""Assessments view at 100,000 rows: open, sort, filter, scroll and cold start, against a bare
QTableView over the same rows held in a Python list (the reference), with ratios.

    .venv/bin/python benchmarks/bench_views.py [--rows 100000] [--proxy]

Offscreen by default (QT_QPA_PLATFORM). `--proxy` adds the same sort through a
QSortFilterProxyModel, the approach the app avoids (seconds at this size).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
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

from benchmarks.large_register import build_large_register  # noqa: E402

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


def painted(app: QApplication, view: QTableView) -> None:
    view.viewport().repaint()  # a synchronous paint of the visible rows: what the user waits for
    app.processEvents()


def scroll_through(app: QApplication, view: QTableView) -> None:
    bar = view.verticalScrollBar()
    for step in range(21):  # top to bottom in 5% jumps, like dragging the scroll bar
        bar.setValue(bar.maximum() * step // 20)
        painted(app, view)


def cold_start(code: str, env: dict[str, str]) -> float:
    """Wall time from launching a fresh interpreter until it reports a shown, painted window."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        if "shown" not in out.stdout:
            raise SystemExit(f"cold start did not show a window:\n{out.stdout}\n{out.stderr}")
        best = min(best, time.perf_counter() - start)
    return best * 1000


APP_START = """
import sys
from PySide6.QtWidgets import QApplication
from desktop_app.services.context import open_register
from desktop_app.ui import settings, workers
from desktop_app.ui.app import application
app = application()
workers.SYNCHRONOUS = True
settings.set_text(settings.Key.VIEW, "assessments")
from desktop_app.ui.main_window import MainWindow
w = MainWindow(open_register(sys.argv[1] if len(sys.argv) > 1 else {url!r}))
w.show(); w.assessments.table.viewport().repaint(); app.processEvents()
print("shown", w.assessments.model.rowCount())
"""
BARE_START = """
import sqlite3
from PySide6.QtWidgets import QApplication, QTableView
from benchmarks.bench_views import ListModel, REFERENCE_SQL
app = QApplication([])
rows = sqlite3.connect({path!r}).execute(REFERENCE_SQL).fetchall()
view = QTableView(); model = ListModel(rows); view.setModel(model); view.resize(1200, 800)
view.show(); view.viewport().repaint(); app.processEvents()
print("shown", model.rowCount())
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--proxy", action="store_true", help="also time a QSortFilterProxyModel sort")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-views-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # default columns, no saved state
    path = tmp / "large.sqlite3"
    start = time.perf_counter()
    url = build_large_register(path, args.rows)
    print(f"built a register of {args.rows:,} assessments in {time.perf_counter() - start:.1f} s ({path})")

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

    def filter_app() -> None:
        combo = view.bar.combos["owner"]
        combo.setCurrentIndex(combo.findText("Li Wei"))
        painted(app, view.table)
        combo.setCurrentIndex(0)
        painted(app, view.table)

    def filter_ref() -> None:
        ref.model().show_only(lambda r: r[6] == "Li Wei")
        painted(app, ref)
        ref.model().show_only(None)
        painted(app, ref)

    results.append(("filter owner, then clear", timed(filter_app), timed(filter_ref)))

    def search_app() -> None:
        view.bar.search.setText("Venture 0004")
        view.bar.apply_now()
        painted(app, view.table)

    def search_ref() -> None:
        word = "venture 0004"
        ref.model().show_only(lambda r: any(word in str(r[c]).lower() for c in (1, 2, 6)))
        painted(app, ref)

    results.append(("search 'Venture 0004'", timed(search_app), timed(search_ref)))
    view.bar.reset()
    ref.model().show_only(None)
    results.append(("scroll top to bottom (21 jumps)", timed(lambda: scroll_through(app, view.table)),
                    timed(lambda: scroll_through(app, ref))))

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    results.append(("cold start to shown window", cold_start(APP_START.format(url=url), env),
                    cold_start(BARE_START.format(path=str(path)), env)))

    print(f"\n{'operation at ' + format(args.rows, ',') + ' rows':<38} {'app ms':>10} {'bare ms':>10} "
          f"{'app/bare':>9}")
    for name, ours, bare in results:
        print(f"{name:<38} {ours:>10.1f} {bare:>10.1f} {ours / bare:>8.2f}x")
    print(f"\nThe bare reference first loads all rows into Python: {load_ms:.0f} ms (not counted above, "
          "except in its cold start). The app's model holds only ids plus the pages on screen.")

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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
