"""Joint-venture form: details, partners with the live ownership total, key inputs with codes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from desktop_app.domain.entity import Entity
from desktop_app.domain.enums import ItemDirection, ItemStage, VentureStage
from desktop_app.domain.fields import Issue, Severity
from desktop_app.domain.venture_schemas import OWNERSHIP_INCOMPLETE, SHARE_TOTAL, JointVentureCreate, validate_venture
from desktop_app.ui.forms.base import RecordForm
from desktop_app.ui.forms.fields import EnumCombo, JurisdictionEdit, TextArea, mark
from desktop_app.ui.forms.ownership_panel import OwnershipPanel
from desktop_app.ui.forms.rows_editor import RowsEditor
from desktop_app.ui.forms.rows_model import Column
from desktop_app.ui.language import translate

PARTNER_COLUMNS = [
    Column("name", translate("venture_form", "Partner")),
    Column("country", translate("venture_form", "Country"), "jurisdiction"),
    Column("share", translate("venture_form", "Share %"), "decimal"),
]
ITEM_COLUMNS = [
    Column("name", translate("venture_form", "Key input or output")),
    Column("direction", translate("venture_form", "Direction"), "enum", ItemDirection, ItemDirection.INPUT.value),
    Column("codes", translate("venture_form", "Codes (e.g. HS:2504.10)"), "codes"),
    Column("countries", translate("venture_form", "Countries (from / to)"), "jurisdictions"),
    # Left empty, screening reads the stage from the name where it is clear.
    Column("stage", translate("venture_form", "Stage"), "enum", ItemStage, "", optional=True),
]
_TEXT = ("name", "location", "activity", "sector", "currency", "owner")


def ownership_total(shares: list[str]) -> Decimal | None:
    """Sum of the typed shares (a blank one is not known yet), or None while one is not a number."""
    total = Decimal(0)
    for text in shares:
        try:
            value = Decimal(text.strip() or "0")
        except InvalidOperation:
            return None
        if not value.is_finite():
            return None
        total += value
    return total


class VentureForm(RecordForm):
    entity = Entity.VENTURE

    def build(self) -> QWidget:
        self.name = QLineEdit(self)
        self.country = JurisdictionEdit(self)
        self.location, self.activity, self.sector = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.stage = EnumCombo(VentureStage, self)
        self.value_at_stake = QLineEdit(self)
        self.value_at_stake.setPlaceholderText(translate("venture_form", "e.g. 125000000.00"))
        self.currency = QLineEdit(self)
        self.currency.setPlaceholderText(translate("venture_form", "ISO 4217, e.g. USD"))
        self.owner = QLineEdit(self)
        self.notes = TextArea(self)
        self.partners = RowsEditor(PARTNER_COLUMNS, "partner", self)
        self.total = QLabel(self)
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        self.items = RowsEditor(ITEM_COLUMNS, "input", self)
        self.partners.changed.connect(self._show_total)

        details = QWidget(self)
        form = QFormLayout(details)
        for name, label, widget in (
            ("name", translate("venture_form", "Name *"), self.name),
            ("country", translate("venture_form", "Country *"), self.country),
            ("location", translate("venture_form", "Location"), self.location),
            ("activity", translate("venture_form", "Activity"), self.activity),
            ("sector", translate("venture_form", "Sector"), self.sector),
            ("stage", translate("venture_form", "Stage"), self.stage),
            ("value_at_stake", translate("venture_form", "Value at stake"), self.value_at_stake),
            ("currency", translate("venture_form", "Currency"), self.currency),
            ("owner", translate("venture_form", "Internal owner"), self.owner),
            ("notes", translate("venture_form", "Notes"), self.notes),
        ):
            form.addRow(label, self.field(name, label.removesuffix(" *"), widget))
        partners = QWidget(self)
        column = QVBoxLayout(partners)
        column.addWidget(self.field("partners", translate("venture_form", "Partners"), self.partners))
        column.addWidget(self.total)
        inputs = QWidget(self)
        QVBoxLayout(inputs).addWidget(self.field("items", translate("venture_form", "Key inputs"), self.items))

        self.tabs = QTabWidget(self)
        self.tabs.addTab(details, translate("venture_form", "Details"))
        self.tabs.addTab(partners, translate("venture_form", "Partners and ownership"))
        self.tabs.addTab(inputs, translate("venture_form", "Key inputs and codes"))
        self.ownership: OwnershipPanel | None = None
        if self.record is not None:  # computed when first shown: opening the form stays quick
            self.ownership = OwnershipPanel(self.ctx, self.record.id, self)
            self.tabs.addTab(self.ownership, translate("venture_form", "Ownership"))
            self.tabs.currentChanged.connect(self._ownership_shown)
        self.resize(720, 560)
        return self.tabs

    def _ownership_shown(self, index: int) -> None:
        if self.ownership is not None and self.tabs.widget(index) is self.ownership and not self.ownership.loaded:
            self.ownership.refresh()

    def _show_total(self) -> None:
        rows = self.partners.values()
        total = ownership_total([str(row["share"] or "") for row in rows])
        if total is None:
            self.total.setText(translate("venture_form", "Ownership total: - (a share is not a number)"))
            mark(self.total, Severity.ERROR)
            return
        rest = SHARE_TOTAL - total
        unknown = sum(1 for row in rows if str(row["name"] or "").strip() and not str(row["share"] or "").strip())
        if unknown and rest >= 0:
            self.total.setText(
                translate(
                    "venture_form", "Known shares: {total}% ({OWNERSHIP_INCOMPLETE}: {unknown} not disclosed)"
                ).format(total=total, OWNERSHIP_INCOMPLETE=OWNERSHIP_INCOMPLETE, unknown=unknown)
            )
            mark(self.total, Severity.WARNING)
            return
        note = (
            "complete"
            if rest == 0
            else (
                translate("venture_form", "{rest}% unallocated").format(rest=rest)
                if rest > 0
                else translate("venture_form", "{excess}% too much").format(excess=-rest)
            )
        )
        self.total.setText(
            translate("venture_form", "Ownership total: {total}% ({note})").format(total=total, note=note)
        )
        mark(self.total, None if rest == 0 else (Severity.WARNING if rest > 0 else Severity.ERROR))

    def default_data(self) -> dict[str, Any]:
        return {"stage": VentureStage.OPERATING}

    def read_widgets(self) -> dict[str, Any]:
        data: dict[str, Any] = {name: getattr(self, name).text() for name in _TEXT}
        data |= {
            "country": self.country.value(),
            "stage": self.stage.value(),
            "value_at_stake": self.value_at_stake.text().strip() or None,
            "notes": self.notes.value(),
            "partners": self.partners.values(),
            "items": self.items.values(),
        }
        return data

    def load(self, data: dict[str, Any]) -> None:
        for name in _TEXT:
            getattr(self, name).setText(data.get(name) or "")
        self.country.set_value(data.get("country"))
        self.stage.set_value(data.get("stage"))
        value = data.get("value_at_stake")
        self.value_at_stake.setText("" if value is None else format(Decimal(value), "f"))
        self.notes.set_value(data.get("notes"))
        self.partners.set_values(data.get("partners", []))
        self.items.set_values(data.get("items", []))
        self._show_total()

    def validate(self, data: dict[str, Any], today: date) -> tuple[JointVentureCreate | None, list[Issue]]:
        return validate_venture(data)
