"""Assessment form: measure and venture pickers, live risk levels, treatment, mitigation actions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.assessment_schemas import AssessmentCreate, validate_assessment
from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import ActionStatus, AssessmentStatus, ImpactChannel, Treatment
from desktop_app.domain.errors import RegisterError
from desktop_app.domain.fields import Issue
from desktop_app.services.records import lookup
from desktop_app.services.records.matrix import get_matrix
from desktop_app.ui.forms.base import RecordForm
from desktop_app.ui.forms.fields import DateEdit, EnumCombo, TextArea
from desktop_app.ui.forms.pickers import RecordPicker, RiskPicker
from desktop_app.ui.forms.rows_editor import RowsEditor
from desktop_app.ui.forms.rows_model import Column

MITIGATION_COLUMNS = [
    Column("text", "Action"),
    Column("owner", "Owner"),
    Column("due_on", "Due (YYYY-MM-DD)", "date"),
    Column("status", "Status", "enum", ActionStatus, ActionStatus.OPEN.value),
]
_TEXT = ("owner", "assessor", "clause")
_PICKED = {"measure_id": "choose a measure", "venture_id": "choose a joint venture",
           "inherent_likelihood": "choose a likelihood", "inherent_impact": "choose an impact"}


class AssessmentForm(RecordForm):
    entity = Entity.ASSESSMENT

    def build(self) -> QWidget:
        ctx = self.ctx
        self.measure = RecordPicker(lambda text: lookup.search_measures(ctx, text), Entity.MEASURE.label, self)
        self.venture = RecordPicker(lambda text: lookup.search_ventures(ctx, text), Entity.VENTURE.label, self)
        self.channels = QListWidget(self)
        for channel in ImpactChannel:
            item = QListWidgetItem(channel.label, self.channels)
            item.setData(Qt.ItemDataRole.UserRole, channel.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.channels.setMaximumHeight(130)
        matrix = get_matrix(ctx)
        self.inherent = RiskPicker(matrix, parent=self)
        self.residual = RiskPicker(matrix, "After mitigation:", self)
        self.inherent.changed.connect(self._inherent_changed)
        self.treatment = EnumCombo(Treatment, self)
        self.status = EnumCombo(AssessmentStatus, self)
        self.owner, self.assessor = QLineEdit(self), QLineEdit(self)
        self.assessor.setPlaceholderText(f"default: {ctx.actor}")
        self.clause = QLineEdit(self)
        self.clause.setPlaceholderText("label of the measure's clause it depends on (empty: all of it)")
        self.assessed_on, self.next_review_on = DateEdit(self), DateEdit(self)
        self.assessed_on.setPlaceholderText("YYYY-MM-DD (default: today)")
        self.next_review_on.setPlaceholderText("YYYY-MM-DD (default: from the risk level)")
        self.rationale = TextArea(self)
        self.mitigation = RowsEditor(MITIGATION_COLUMNS, "action", self)

        details = QWidget(self)
        form = QFormLayout(details)
        for names, label, widget in (
            ("measure_id", "Measure *", self.measure), ("venture_id", "Joint venture *", self.venture),
            ("channels", "Impact channels", self.channels),
            (("inherent_likelihood", "inherent_impact"), "Inherent risk *", self.inherent),
            (("residual_likelihood", "residual_impact"), "Residual risk", self.residual),
            ("clause", "Depends on clause", self.clause),
            ("treatment", "Treatment", self.treatment), ("status", "Status", self.status),
            ("owner", "Risk owner", self.owner), ("assessor", "Assessor", self.assessor),
            ("assessed_on", "Assessed on", self.assessed_on),
            ("next_review_on", "Next review on", self.next_review_on),
            ("rationale", "Rationale", self.rationale),
        ):
            form.addRow(label, self.field(names, label.removesuffix(" *"), widget))
        actions = QWidget(self)
        QVBoxLayout(actions).addWidget(self.field("mitigation", "Mitigation actions", self.mitigation))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(details, "Assessment")
        self.tabs.addTab(actions, "Mitigation actions")
        self.resize(760, 680)
        return self.tabs

    def _inherent_changed(self) -> None:
        likelihood, impact = self.inherent.scores()
        if likelihood is not None and impact is not None:
            self.residual.set_fallback(likelihood, impact)

    def default_data(self) -> dict[str, Any]:
        return {"inherent_likelihood": 3, "inherent_impact": 3, "treatment": Treatment.MONITOR,
                "status": AssessmentStatus.DRAFT}

    def read_widgets(self) -> dict[str, Any]:
        likelihood, impact = self.inherent.scores()
        residual_l, residual_i = self.residual.values()
        data: dict[str, Any] = {name: getattr(self, name).text() for name in _TEXT}
        return data | {
            "measure_id": self.measure.current_id(),
            "venture_id": self.venture.current_id(),
            "channels": [self.channels.item(i).data(Qt.ItemDataRole.UserRole)
                         for i in range(self.channels.count())
                         if self.channels.item(i).checkState() == Qt.CheckState.Checked],
            "inherent_likelihood": likelihood, "inherent_impact": impact,
            "residual_likelihood": residual_l, "residual_impact": residual_i,
            "treatment": self.treatment.value(), "status": self.status.value(),
            "assessed_on": self.assessed_on.value(), "next_review_on": self.next_review_on.value(),
            "rationale": self.rationale.value(),
            "mitigation": self.mitigation.values(),
        }

    def load(self, data: dict[str, Any]) -> None:
        for picker, key, choice in ((self.measure, "measure_id", lookup.measure_choice),
                                    (self.venture, "venture_id", lookup.venture_choice)):
            record_id = data.get(key)
            try:
                picker.set_current(*choice(self.ctx, record_id)) if record_id else picker.set_current(None)
            except RegisterError:
                picker.set_current(None)
        wanted = {str(getattr(c, "value", c)) for c in data.get("channels", [])}
        for i in range(self.channels.count()):
            item = self.channels.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        likelihood, impact = data.get("inherent_likelihood", 3), data.get("inherent_impact", 3)
        self.inherent.set_values(likelihood, impact)
        if likelihood is not None and impact is not None:
            self.residual.set_fallback(likelihood, impact)
        residual = (data.get("residual_likelihood"), data.get("residual_impact"))
        self.residual.set_values(*(residual if residual != (likelihood, impact) else (None, None)))
        self.treatment.set_value(data.get("treatment"))
        self.status.set_value(data.get("status"))
        for name in _TEXT:
            getattr(self, name).setText(data.get(name) or "")
        self.assessed_on.set_value(data.get("assessed_on"))
        self.next_review_on.set_value(data.get("next_review_on"))
        self.rationale.set_value(data.get("rationale"))
        self.mitigation.set_values(data.get("mitigation", []))

    def comparable(self, data: dict[str, Any]) -> dict[str, Any]:
        filled = dict(data)
        for part in ("likelihood", "impact"):
            if filled.get(f"residual_{part}") is None:
                filled[f"residual_{part}"] = filled.get(f"inherent_{part}")
        filled["assessor"] = filled.get("assessor") or self.ctx.actor
        filled["assessed_on"] = filled.get("assessed_on") or self.ctx.today()
        return filled

    def validate(self, data: dict[str, Any], today: date) -> tuple[AssessmentCreate | None, list[Issue]]:
        model, issues = validate_assessment(data, today)
        # pydantic would say "Input should be a valid integer" for an empty picker.
        return model, [Issue(i.field, i.severity, _PICKED[i.field])
                       if i.field in _PICKED and data.get(i.field) is None else i for i in issues]
