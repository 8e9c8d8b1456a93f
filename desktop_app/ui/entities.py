"""What the window has for each register record: its navigation icon, its table view and its form."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStyle

from desktop_app.domain.entity import Entity

# The views and forms (and the services and tables behind them) are imported when first used:
# the window's first paint needs only the names and icons.
if TYPE_CHECKING:
    from desktop_app.ui.forms.base import RecordForm
    from desktop_app.ui.undo import RecordWindow
    from desktop_app.ui.views.table_view import RecordTableView

SP = QStyle.StandardPixmap


@dataclass(frozen=True)
class EntityUi:
    """`view` and `form` load the classes; a view is made with the window: `view()(window)`."""

    icon: QStyle.StandardPixmap  # the style's icon when resources/icons has no nav-NAME.svg
    view: Callable[[], Callable[[RecordWindow], RecordTableView]]
    form: Callable[[], type[RecordForm]]


def _measures_view() -> Callable[[RecordWindow], RecordTableView]:
    from desktop_app.ui.views.record_views import MeasuresView

    return MeasuresView


def _ventures_view() -> Callable[[RecordWindow], RecordTableView]:
    from desktop_app.ui.views.record_views import VenturesView

    return VenturesView


def _assessments_view() -> Callable[[RecordWindow], RecordTableView]:
    from desktop_app.ui.views.record_views import AssessmentsView

    return AssessmentsView


def _measure_form() -> type[RecordForm]:
    from desktop_app.ui.forms.measure_form import MeasureForm

    return MeasureForm


def _venture_form() -> type[RecordForm]:
    from desktop_app.ui.forms.venture_form import VentureForm

    return VentureForm


def _assessment_form() -> type[RecordForm]:
    from desktop_app.ui.forms.assessment_form import AssessmentForm

    return AssessmentForm


ENTITY_UI: dict[Entity, EntityUi] = {
    Entity.MEASURE: EntityUi(SP.SP_FileDialogDetailedView, _measures_view, _measure_form),
    Entity.VENTURE: EntityUi(SP.SP_DirHomeIcon, _ventures_view, _venture_form),
    Entity.ASSESSMENT: EntityUi(SP.SP_MessageBoxWarning, _assessments_view, _assessment_form),
}
