"""The main window's banner, status bar and Exposures badge, and what they read in the background."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop_app.services.maintenance import integrity
from desktop_app.ui import messages, workers
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate

if TYPE_CHECKING:
    from desktop_app.services.records.browse import RegisterCounts
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)
_BANNER_STYLE = ("QLabel { background: #FFF3CD; color: #5C4400; padding: 6px;"
                 " border-bottom: 1px solid #E0C36C; font-weight: bold; }")


class WindowStatus:
    """Owns the banner and the status bar labels; every read runs after the window is shown."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.unassessed: int | None = None  # the badge's count, once screened
        self._counting = self._count_again = False  # a badge count on the reader; another asked for
        self.banner = QLabel(window)
        self.banner.setObjectName("read_only_banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.db_label = QLabel(window)
        self.db_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label = QLabel(window)
        self.counts_label.setObjectName("counts")
        window.statusBar().addWidget(self.db_label, 1)
        window.statusBar().addPermanentWidget(self.counts_label)

    def show_database(self) -> None:
        """Title, status bar and banner for the register the window shows."""
        db = self.window.ctx.db
        name = db.path.name if db.path else db.display_name
        # The application's display name is added by Qt (on Linux and Windows): name it once.
        self.window.setWindowTitle(name + (translate("window_status", " (read-only)") if db.read_only else ""))
        self.db_label.setText(
            translate("window_status", "Database: {display_name}").format(display_name=db.display_name)
        )
        # A reason written as a sentence ends in its own full stop; the banner adds one.
        reason = getattr(db, "read_only_reason", "").strip().rstrip(".")
        self.banner.setText(
            translate(
                "window_status", "Read-only: {reason}. You can browse, search and export, but not change records."
            ).format(reason=reason or translate("window_status", "the database file or its folder cannot be written"))
        )
        self.banner.setVisible(db.read_only)

    def update_counts(self) -> None:
        """The status bar's counts, read on the background reader."""
        ctx = self.window.ctx

        def failed(exc: BaseException) -> None:
            self.counts_label.setText(translate("window_status", "Counts unavailable: {exc}").format(exc=exc))

        def work() -> RegisterCounts:
            from desktop_app.services.records import browse

            return browse.register_counts(ctx)

        workers.run_background(self.window, work, self._show_counts, failed)

    def _show_counts(self, c: RegisterCounts) -> None:
        live = " · ".join(f"{n:,} {label_text(entity.spec.plural)}" for entity, n in c.live.items())
        self.counts_label.setText(
            translate("window_status", "{live} · {overdue_reviews:,} reviews overdue").format(
                live=live, overdue_reviews=c.overdue_reviews
            )
        )

    def check_integrity(self) -> None:
        """SQLite's page check of the register file, on the background reader: a damaged file is
        switched to read-only (banner and message), so nothing more is written to it."""
        window, ctx = self.window, self.window.ctx
        if ctx.db.path is None:
            return

        def checked(problem: str | None) -> None:
            if problem is None or window.ctx is not ctx:
                return
            log.error("%s failed its integrity check: %s", ctx.db.display_name, problem)
            window.set_context(integrity.read_only_after_damage(ctx, problem))
            messages.plain_box(
                window,
                QMessageBox.Icon.Critical,
                translate("window_status", "The register is damaged"),
                translate(
                    "window_status",
                    "{display_name} failed SQLite's integrity check ({problem}).\n\nIt is now open read-only, so "
                    "nothing more is written to it. Export what you need, then restore it from a backup with "
                    "`export-risk restore BACKUP_FILE` (the damaged file is kept as evidence).",
                ).format(display_name=ctx.db.display_name, problem=problem),
            ).exec()

        workers.run_background(window, lambda: integrity.damage_found(ctx), checked,
                               lambda exc: log.warning("could not check %s: %s", ctx.db.display_name, exc))

    def count_exposures(self) -> None:
        """Screen once for the badge, quietly on the background reader (no dialog, no wait).

        A hidden Exposures view is not re-screened here: it stays stale and screens when shown.
        Re-screening it after each save ran a full screening on the database worker (queueing
        the next save behind it) and then sorted every row on the GUI thread, for a list nobody
        was looking at. Counts asked for while one runs are coalesced into one more count."""
        if self._counting:
            self._count_again = True
            return
        self._counting, self._count_again = True, False
        window = self.window
        ctx, stop = window.ctx, window.stop_reads

        def work() -> int:
            from desktop_app.services.screening import exposures as screening  # loaded with the first screening

            return screening.count_unassessed(ctx, stop)  # stopped when the window closes

        def failed(exc: BaseException) -> None:
            log.warning("could not count unassessed exposures: %s", exc)
            self._counted()

        workers.run_background(window, work, lambda n: (self.exposures_counted(n), self._counted()), failed,
                               long=True)

    def _counted(self) -> None:
        self._counting = False
        if self._count_again:  # a change came in while counting: the count read may predate it
            self.count_exposures()

    def exposures_counted(self, unassessed: int) -> None:
        self.unassessed = unassessed
        self.window.set_badge("exposures", unassessed)
        if self.window.is_built("dashboard"):
            self.window.dashboard.set_exposures(unassessed)
