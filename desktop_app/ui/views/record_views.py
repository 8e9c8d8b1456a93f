"""The three record tables: which filters each offers and where their choices come from."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import AssessmentStatus, MeasureType, VentureStage, Vocabulary
from desktop_app.domain.errors import RegisterError
from desktop_app.domain.jurisdictions import jurisdiction_name
from desktop_app.domain.risk import RiskMatrix
from desktop_app.domain.timeline.facts import DayStatus
from desktop_app.services.records import browse
from desktop_app.ui import workers
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate
from desktop_app.ui.views.filter_bar import FilterSpec
from desktop_app.ui.views.table_view import RecordTableView

if TYPE_CHECKING:
    from desktop_app.ui.undo import RecordWindow

log = logging.getLogger(__name__)


def _vocab(vocabulary: type[Vocabulary]) -> list[tuple[str, str]]:
    return [(label_text(m.label), m.value) for m in vocabulary]


ARCHIVED = FilterSpec("include_archived", translate("record_views", "Show archived"))
OVERDUE = FilterSpec("review_overdue", translate("record_views", "Review overdue"))
AS_OF = FilterSpec(
    "as_of", translate("record_views", "As of")
)  # a date: what the register held that day, statuses then


class _RegisterChoices(RecordTableView):
    """Drop-downs filled from the register itself (jurisdictions, owners, risk levels)."""

    # (filter name, entity read (None: the table's own), browse column, label)
    DISTINCT: tuple[tuple[str, Entity | None, str, str], ...] = ()

    def refresh_choices(self) -> None:
        """Read the choices on the background reader (a view opens without waiting for them)."""
        ctx, sources = self.model.ctx, [(n, e or self.entity, c, lb) for n, e, c, lb in self.DISTINCT]

        def work() -> list[tuple[str, str, list[str]]]:
            read = []
            for name, entity, column, label in sources:
                try:
                    read.append((name, label, browse.distinct_values(ctx, entity, column)))
                except RegisterError as exc:
                    log.warning("could not list %s: %s", column, exc)
            return read

        workers.run_background(self, work, self._show_choices,
                               lambda exc: log.warning("could not list the filter choices: %s", exc))

    def _show_choices(self, read: list[tuple[str, str, list[str]]]) -> None:
        for name, label, values in read:
            shown = jurisdiction_name if name == "jurisdiction" else str  # "Namibia", not "NA"
            self.bar.set_choices(name, label, [(shown(v), v) for v in values])

    def set_matrix(self, matrix: RiskMatrix) -> None:
        super().set_matrix(matrix)
        if "risk_level" in self.bar.combos:
            self.bar.set_choices("risk_level", translate("record_views", "Risk level"),
                                 [(label_text(lv.label), lv.key) for lv in reversed(matrix.ordered())])


class MeasuresView(_RegisterChoices):
    DISTINCT = (("jurisdiction", None, "jurisdiction", translate("record_views", "Jurisdiction")),)

    def __init__(self, window: RecordWindow, parent: QWidget | None = None) -> None:
        filters = [
            FilterSpec("status", translate("record_views", "Status"), _vocab(DayStatus)),
            FilterSpec("type", translate("record_views", "Type"), _vocab(MeasureType)),
            FilterSpec("jurisdiction", translate("record_views", "Jurisdiction")),
            FilterSpec("risk_level", translate("record_views", "Risk level")),
            AS_OF,
            OVERDUE,
            ARCHIVED,
        ]
        super().__init__(window, Entity.MEASURE, filters,
                         translate("record_views", "Search reference, title, authority, summary"), parent)


class VenturesView(_RegisterChoices):
    DISTINCT = (
        ("jurisdiction", None, "country", translate("record_views", "Country")),
        ("owner", None, "owner", translate("record_views", "Owner")),
    )

    def __init__(self, window: RecordWindow, parent: QWidget | None = None) -> None:
        filters = [
            FilterSpec("status", translate("record_views", "Stage"), _vocab(VentureStage)),
            FilterSpec("jurisdiction", translate("record_views", "Country")),
            FilterSpec("owner", translate("record_views", "Owner")),
            FilterSpec("risk_level", translate("record_views", "Risk level")),
            OVERDUE,
            ARCHIVED,
        ]
        super().__init__(window, Entity.VENTURE, filters,
                         translate("record_views", "Search name, partners, location, activity, owner"), parent)


class AssessmentsView(_RegisterChoices):
    DISTINCT = (
        ("owner", None, "owner", translate("record_views", "Owner")),
        ("jurisdiction", Entity.MEASURE, "jurisdiction", translate("record_views", "Jurisdiction")),
    )

    def __init__(self, window: RecordWindow, parent: QWidget | None = None) -> None:
        filters = [
            FilterSpec("status", translate("record_views", "Status"), _vocab(AssessmentStatus)),
            FilterSpec("type", translate("record_views", "Measure type"), _vocab(MeasureType)),
            FilterSpec("jurisdiction", translate("record_views", "Jurisdiction")),
            FilterSpec("risk_level", translate("record_views", "Risk level")),
            FilterSpec("owner", translate("record_views", "Owner")),
            AS_OF,
            OVERDUE,
            ARCHIVED,
        ]
        super().__init__(window, Entity.ASSESSMENT, filters,
                         translate("record_views", "Search measure, joint venture, owner, rationale"), parent)

    def show_cell(self, likelihood: int, impact: int) -> None:
        """Show the live assessments in one residual heat-map cell."""
        self.bar.pin(
            {"likelihood": likelihood, "impact": impact},
            translate("record_views", "Residual likelihood {likelihood} x impact {impact}").format(
                likelihood=likelihood, impact=impact
            ),
        )

    def show_for(self, field: str, record_id: int, label: str) -> None:
        """Show the assessments of one measure (`measure_id`) or joint venture (`venture_id`)."""
        self.bar.pin({field: record_id}, label)
