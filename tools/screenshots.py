"""Open the real main window on a fresh demo register and save a PNG of every view and form."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.domain.entity import RECORDS  # noqa: E402 - after the path setup
from desktop_app.services.context import open_register  # noqa: E402
from desktop_app.services.intake.demo import load_demo  # noqa: E402
from desktop_app.ui import workers  # noqa: E402
from desktop_app.ui.app import application  # noqa: E402

SIZE = (1440, 900)


def settle(app: QApplication, seconds: float = 0.4) -> None:
    """Let X map, lay out and paint everything before a picture is taken."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    pixmap = widget.grab()
    if not pixmap.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"{path}  {pixmap.width()}x{pixmap.height()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = application()
    workers.SYNCHRONOUS = True  # pictures after the data is there, not of a progress dialog
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_register(f"sqlite:///{Path(tmp) / 'demo-register.sqlite3'}", actor="Anna Keller")
        load_demo(ctx)
        from desktop_app.ui.main_window import MainWindow

        window = MainWindow(ctx)
        window.resize(*SIZE)
        window.move(0, 0)
        window.show()
        window.activateWindow()
        for name in window.views:
            window.show_view(name)
            save(app, window, args.out / f"{name}.png")
        # The dashboard's heat map leads to the assessments in one cell.
        window.show_view("dashboard")
        heat = window.dashboard.heat_map
        li, ii = max(((li, ii) for li in range(1, 6) for ii in range(1, 6)), key=lambda c: heat.count(*c))
        heat.cells[(li, ii)].click()
        save(app, window, args.out / "assessments-heat-map-cell.png")
        # A record's history in the audit log, with before/after values.
        window.show_view("ventures")
        window.ventures.table.selectRow(0)
        window.actions.history.trigger()
        save(app, window, args.out / "audit-record-history.png")
        # The column chooser on the assessments table.
        window.show_view("assessments")
        menu = window.assessments.column_menu()
        header = window.assessments.table.horizontalHeader()
        menu.popup(header.mapToGlobal(QPoint(300, header.height())))
        settle(app)
        screen = app.primaryScreen().grabWindow(0, 0, 0, *SIZE)
        screen.save(str(args.out / "column-chooser.png"))
        print(args.out / "column-chooser.png")
        menu.close()
        shoot_forms(app, window, args.out)
        shoot_tools(app, window, args.out)
        shoot_conflict(app, window, args.out)
        # The smallest window the layout is made for.
        window.resize(1024, 700)
        window.show_view("dashboard")
        save(app, window, args.out / "dashboard-1024x700.png")
        window.show_view("assessments")
        save(app, window, args.out / "assessments-1024x700.png")
        window.close()
        ctx.db.dispose()
    return 0


def shoot_forms(app: QApplication, window: object, out: Path) -> None:
    """Each record form, opened through the forms' own entry point, on a demo record."""
    try:
        from desktop_app.ui.forms import open_form
    except ImportError as exc:
        print(f"forms not available: {exc}")
        return
    from desktop_app.services.records import browse

    for entity in RECORDS:
        record_id = browse.ordered_ids(window.ctx, entity)[0]  # type: ignore[attr-defined]
        form = open_form(window, entity, record_id)  # type: ignore[arg-type]
        if form is None:
            continue
        form.resize(max(form.width(), 900), max(form.height(), 700))
        form.move(40, 40)
        save(app, form, out / f"form-{entity.record.name}.png")
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.close()


def shoot_tools(app: QApplication, window: object, out: Path) -> None:
    """The places of the command line's tools: the check, the risk matrix, the synonyms and a
    measure's lineage tab."""
    from desktop_app.services.records.lineage import list_links
    from desktop_app.ui.dialogs.matrix_dialog import MatrixDialog
    from desktop_app.ui.dialogs.synonyms_dialog import SynonymsDialog
    from desktop_app.ui.forms import open_form

    tools = window.tools  # type: ignore[attr-defined]
    tools.check.trigger()
    for name, dialog in (("check-dialog", tools.check_dialog),
                         ("risk-matrix", _opened(tools.matrix, window, MatrixDialog)),
                         ("synonyms", _opened(tools.synonyms, window, SynonymsDialog))):
        dialog.move(40, 40)
        save(app, dialog, out / f"{name}.png")
        dialog.close()
    links = list_links(window.ctx)  # type: ignore[attr-defined]
    if links:
        form = open_form(window, RECORDS[0], links[0].to_id)  # type: ignore[arg-type]
        if form is not None:
            form.tabs.setCurrentWidget(form.lineage_tab)
            form.move(40, 40)
            save(app, form, out / "form-measure-lineage.png")
            form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            form.close()


def _opened(action: object, window: object, kind: type[QWidget]) -> QWidget:
    action.trigger()  # type: ignore[attr-defined]
    return window.findChild(kind)  # type: ignore[attr-defined]


def shoot_conflict(app: QApplication, window: object, out: Path) -> None:
    """The conflict dialog: a colleague retitled the measure and rewrote its summary meanwhile."""
    from desktop_app.domain.entity import Entity
    from desktop_app.services.records import browse
    from desktop_app.services.records.measures import get_measure, update_measure
    from desktop_app.ui.forms import open_form

    ctx = window.ctx  # type: ignore[attr-defined]
    record = get_measure(ctx, browse.ordered_ids(ctx, Entity.MEASURE)[0])
    form = open_form(window, Entity.MEASURE, record.id)  # type: ignore[arg-type]
    if form is None:
        return
    summary = (record.summary or "") + "\n\nColleague's note: licences now take 45 working days; " * 6
    update_measure(ctx, record.id, record.to_update() | {"title": record.title + " (amended)", "summary": summary})
    form.title.setText(record.title + " (my wording)")
    form.save()
    dialog = form.conflict_dialog
    if dialog is not None:
        dialog.move(40, 40)
        save(app, dialog, out / "conflict-dialog.png")
        dialog.reject()
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    form.reload(form.collect())
    form.close()


if __name__ == "__main__":
    raise SystemExit(main())
