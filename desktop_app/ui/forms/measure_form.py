"""Measure form: details, controlled items with codes, targeted/excluded jurisdictions, status history."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import ItemStage, MeasureStatus, MeasureType
from desktop_app.domain.errors import RegisterError
from desktop_app.domain.fields import Issue
from desktop_app.domain.measure_schemas import MeasureCreate, validate_measure
from desktop_app.services.records import groups
from desktop_app.ui import messages
from desktop_app.ui.forms.base import RecordForm
from desktop_app.ui.forms.fields import DateEdit, EnumCombo, JurisdictionEdit, JurisdictionListEdit, TextArea
from desktop_app.ui.forms.rows_editor import RowsEditor
from desktop_app.ui.forms.rows_model import Column
from desktop_app.ui.language import translate

ITEM_COLUMNS = [
    Column("name", translate("measure_form", "Item")),
    Column("codes", translate("measure_form", "Codes (e.g. HS:2504.10; ECCN:3A090)"), "codes"),
    # Left empty, the entry reaches the stages its words name (`unprocessed ore`), or any.
    Column("stage", translate("measure_form", "Stage"), "enum", ItemStage, "", optional=True),
]
HISTORY_COLUMNS = [
    Column("valid_from", translate("measure_form", "From (YYYY-MM-DD)"), "date"),
    Column("status", translate("measure_form", "Status"), "enum", MeasureStatus, MeasureStatus.IN_FORCE.value),
    Column("note", translate("measure_form", "Note")),
]
_TEXT = ("reference", "title", "original_title", "authority", "source_url", "targets_note")
_DATES = ("announced_on", "consultation_ends_on", "effective_on", "removed_on")


class MeasureForm(RecordForm):
    entity = Entity.MEASURE

    def build(self) -> QWidget:
        self.reference = QLineEdit(self)
        self.title = QLineEdit(self)
        self.original_title = QLineEdit(self)
        self.original_title.setPlaceholderText(translate("measure_form", "title in the original language, if any"))
        self.jurisdiction = JurisdictionEdit(self)
        self.authority = QLineEdit(self)
        self.measure_type = EnumCombo(MeasureType, self)
        self.status = EnumCombo(MeasureStatus, self)
        self.announced_on, self.consultation_ends_on = DateEdit(self), DateEdit(self)
        self.effective_on, self.removed_on = DateEdit(self), DateEdit(self)
        self.source_url = QLineEdit(self)
        self.summary, self.notes = TextArea(self), TextArea(self)
        self.items = RowsEditor(ITEM_COLUMNS, "item", self)
        places = {g.code: g.name for g in groups.list_groups(self.ctx)}  # targets may name groups
        self.targets, self.excluded = JurisdictionListEdit(self, places), JurisdictionListEdit(self, places)
        self.targets_note = QLineEdit(self)
        self.targets_note.setPlaceholderText(
            translate("measure_form", "what the targets say beyond countries and groups, e.g. most entities")
        )
        self.status_history = RowsEditor(HISTORY_COLUMNS, translate("measure_form", "status change"), self)

        details = QWidget(self)
        form = QFormLayout(details)
        for name, label, widget in (
            ("reference", translate("measure_form", "Reference"), self.reference),
            ("title", translate("measure_form", "Title"), self.title),
            ("original_title", translate("measure_form", "Original title"), self.original_title),
            ("jurisdiction", translate("measure_form", "Issuing jurisdiction"), self.jurisdiction),
            ("authority", translate("measure_form", "Authority"), self.authority),
            ("measure_type", translate("measure_form", "Type"), self.measure_type),
            ("status", translate("measure_form", "Status"), self.status),
            ("announced_on", translate("measure_form", "Announced on"), self.announced_on),
            ("consultation_ends_on", translate("measure_form", "Consultation ends on"), self.consultation_ends_on),
            ("effective_on", translate("measure_form", "Effective on"), self.effective_on),
            ("removed_on", translate("measure_form", "Removed on"), self.removed_on),
            ("source_url", translate("measure_form", "Source URL"), self.source_url),
            ("summary", translate("measure_form", "Summary"), self.summary),
        ):
            form.addRow(f"{label}{' *' if name in _REQUIRED else ''}", self.field(name, label, widget))

        scope = QWidget(self)
        scope_form = QFormLayout(scope)
        scope_form.addRow(
            translate("measure_form", "Controlled items"),
            self.field("items", translate("measure_form", "Controlled items"), self.items),
        )
        scope_form.addRow(translate("measure_form", "Targeted jurisdictions"),
                          self.field("targets", translate("measure_form", "Targeted jurisdictions"), self.targets))
        scope_form.addRow(translate("measure_form", "Excluded jurisdictions"),
                          self.field("excluded", translate("measure_form", "Excluded jurisdictions"), self.excluded))
        scope_form.addRow(
            translate("measure_form", "Targets note"),
            self.field("targets_note", translate("measure_form", "Targets note"), self.targets_note),
        )

        history = QWidget(self)
        QVBoxLayout(history).addWidget(
            self.field("status_history", translate("measure_form", "Status history"), self.status_history)
        )
        notes = QWidget(self)
        QVBoxLayout(notes).addWidget(self.field("notes", translate("measure_form", "Notes"), self.notes))

        self.tabs = QTabWidget(self)
        self.tabs.addTab(details, translate("measure_form", "Details"))
        self.tabs.addTab(scope, translate("measure_form", "Items and jurisdictions"))
        self.tabs.addTab(history, translate("measure_form", "Status history"))
        self.tabs.addTab(notes, translate("measure_form", "Notes"))
        if self.record is not None:
            from desktop_app.ui.forms.measure_lineage_tab import LineageTab
            from desktop_app.ui.forms.measure_time_tab import TimeTab

            self.lineage_tab = LineageTab(self, self.record.id)
            self.links = self.lineage_tab.links
            self.tabs.addTab(self.lineage_tab, translate("measure_form", "Lineage"))

            self.time_tab = TimeTab(self, self.record.id)
            self.tabs.addTab(self.time_tab, translate("measure_form", "Clauses and suspensions"))
        self.resize(760, 640)
        return self.tabs

    def may_save(self) -> bool:
        """A new measure of the same authority and date with a similar title as a live one may
        be the same measure entered twice: ask (default No), but let the user save it."""
        if self.record is not None:
            return True
        from desktop_app.services.records.duplicates import similar_measures

        try:
            similar = similar_measures(self.ctx, self.collect())
        except RegisterError:
            return True  # the save itself reports a register that cannot be read
        if not similar:
            return True
        same = {"announced": self.tr("announcement"), "effective": self.tr("effective")}
        lines = "\n".join(self.tr("  {0}: {1} (title {2:.0f}% alike, same {3} date)").format(
            m.reference, m.title, m.score, same[m.same]) for m in similar[:5])
        return messages.confirm(self, self.tr("Possible duplicate"), self.tr(
            "The register already has a measure of the same authority and date with a similar title:\n{0}\n\n"
            "Save this new measure anyway?").format(lines))

    def default_data(self) -> dict[str, Any]:
        return {"measure_type": MeasureType.EXPORT_LICENSING, "status": MeasureStatus.PROPOSED}

    def read_widgets(self) -> dict[str, Any]:
        data: dict[str, Any] = {name: getattr(self, name).text() for name in _TEXT}
        data |= {name: getattr(self, name).value() for name in _DATES}
        data |= {
            "jurisdiction": self.jurisdiction.value(),
            "measure_type": self.measure_type.value(),
            "status": self.status.value(),
            "summary": self.summary.value(),
            "notes": self.notes.value(),
            "items": self.items.values(),
            "targets": self.targets.values(),
            "excluded": self.excluded.values(),
            "status_history": self.status_history.values(),
        }
        return data

    def load(self, data: dict[str, Any]) -> None:
        for name in _TEXT:
            getattr(self, name).setText(data.get(name) or "")
        for name in _DATES:
            getattr(self, name).set_value(data.get(name))
        self.jurisdiction.set_value(data.get("jurisdiction"))
        self.measure_type.set_value(data.get("measure_type"))
        self.status.set_value(data.get("status"))
        self.summary.set_value(data.get("summary"))
        self.notes.set_value(data.get("notes"))
        self.items.set_values(data.get("items", []))
        self.targets.set_values(data.get("targets", []))
        self.excluded.set_values(data.get("excluded", []))
        self.status_history.set_values(data.get("status_history", []))

    def validate(self, data: dict[str, Any], today: date) -> tuple[MeasureCreate | None, list[Issue]]:
        return validate_measure(data, today)


_REQUIRED = frozenset({"reference", "title", "jurisdiction", "measure_type", "status"})
