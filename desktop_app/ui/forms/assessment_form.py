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
from desktop_app.ui.labels import label_text
from desktop_app.ui.language import translate

MITIGATION_COLUMNS = [
    Column("text", translate("assessment_form", "Action")),
    Column("owner", translate("assessment_form", "Owner")),
    Column("due_on", translate("assessment_form", "Due (YYYY-MM-DD)"), "date"),
    Column("status", translate("assessment_form", "Status"), "enum", ActionStatus, ActionStatus.OPEN.value),
]
_TEXT = ("owner", "assessor", "clause")
_PICKED = {
    "measure_id": translate("assessment_form", "choose a measure"),
    "venture_id": translate("assessment_form", "choose a joint venture"),
    "inherent_likelihood": translate("assessment_form", "choose a likelihood"),
    "inherent_impact": translate("assessment_form", "choose an impact"),
}


class AssessmentForm(RecordForm):
    entity = Entity.ASSESSMENT

    def build(self) -> QWidget:
        ctx = self.ctx
        self.measure = RecordPicker(
            lambda text: lookup.search_measures(ctx, text), label_text(Entity.MEASURE.label), self
        )
        self.venture = RecordPicker(
            lambda text: lookup.search_ventures(ctx, text), label_text(Entity.VENTURE.label), self
        )
        self.channels = QListWidget(self)
        for channel in ImpactChannel:
            item = QListWidgetItem(label_text(channel.label), self.channels)
            item.setData(Qt.ItemDataRole.UserRole, channel.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.channels.setMaximumHeight(130)
        matrix = get_matrix(ctx)
        self.inherent = RiskPicker(matrix, parent=self)
        self.residual = RiskPicker(matrix, translate("assessment_form", "After mitigation:"), self)
        self.inherent.changed.connect(self._inherent_changed)
        self.treatment = EnumCombo(Treatment, self)
        self.status = EnumCombo(AssessmentStatus, self)
        self.owner, self.assessor = QLineEdit(self), QLineEdit(self)
        self.assessor.setPlaceholderText(translate("assessment_form", "default: {actor}").format(actor=ctx.actor))
        self.clause = QLineEdit(self)
        self.clause.setPlaceholderText(
            translate("assessment_form", "label of the measure's clause it depends on (empty: all of it)")
        )
        self.assessed_on, self.next_review_on = DateEdit(self), DateEdit(self)
        self.assessed_on.setPlaceholderText(translate("assessment_form", "YYYY-MM-DD (default: today)"))
        self.next_review_on.setPlaceholderText(
            translate("assessment_form", "YYYY-MM-DD (default: from the risk level)")
        )
        self.rationale = TextArea(self)
        self.mitigation = RowsEditor(MITIGATION_COLUMNS, "action", self)

        details = QWidget(self)
        form = QFormLayout(details)
        for names, label, widget in (
            ("measure_id", translate("assessment_form", "Measure *"), self.measure),
            ("venture_id", translate("assessment_form", "Joint venture *"), self.venture),
            ("channels", translate("assessment_form", "Impact channels"), self.channels),
            (
                ("inherent_likelihood", "inherent_impact"),
                translate("assessment_form", "Inherent risk *"),
                self.inherent,
            ),
            (("residual_likelihood", "residual_impact"), translate("assessment_form", "Residual risk"), self.residual),
            ("clause", translate("assessment_form", "Depends on clause"), self.clause),
            ("treatment", translate("assessment_form", "Treatment"), self.treatment),
            ("status", translate("assessment_form", "Status"), self.status),
            ("owner", translate("assessment_form", "Risk owner"), self.owner),
            ("assessor", translate("assessment_form", "Assessor"), self.assessor),
            ("assessed_on", translate("assessment_form", "Assessed on"), self.assessed_on),
            ("next_review_on", translate("assessment_form", "Next review on"), self.next_review_on),
            ("rationale", translate("assessment_form", "Rationale"), self.rationale),
        ):
            form.addRow(label, self.field(names, label.removesuffix(" *"), widget))
        actions = QWidget(self)
        QVBoxLayout(actions).addWidget(
            self.field("mitigation", translate("assessment_form", "Mitigation actions"), self.mitigation)
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(details, translate("assessment_form", "Assessment"))
        self.tabs.addTab(actions, translate("assessment_form", "Mitigation actions"))
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
