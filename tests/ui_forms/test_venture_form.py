"""Joint-venture form: partners with the live ownership total, key inputs with codes, busy database."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from desktop_app.domain.entity import Entity
from desktop_app.domain.errors import DatabaseBusy
from desktop_app.domain.fields import Severity
from desktop_app.services.records.registry import SERVICES
from desktop_app.services.records.ventures import list_ventures
from desktop_app.ui.forms import open_form
from tests.ui_forms.conftest import add_row, click, message_of, set_cell


def test_new_venture_with_partners_and_inputs(qtbot, window) -> None:
    form = open_form(window, Entity.VENTURE, None)
    form.name.setText("华锂新能源材料（赣州）有限公司")
    qtbot.keyClicks(form.country, "China")
    form.location.setText("赣州, Jiangxi")
    qtbot.keyClicks(form.value_at_stake, "125000000.50")
    qtbot.keyClicks(form.currency, "usd")
    add_row(qtbot, form.partners, name="Appalachian Energy", country="US", share="49")
    assert form.total.text() == "Ownership total: 49% (51% unallocated)"
    assert form.total.property("issue") == "warning"
    add_row(qtbot, form.partners, name="한중미래양극재 주식회사", country="KR", share="51.00")
    assert form.total.text() == "Ownership total: 100.00% (complete)"
    assert form.total.property("issue") == ""
    add_row(qtbot, form.items, name="spherical graphite", direction="input", codes="HS:3801.90")
    add_row(qtbot, form.items, name="anode material", direction="output", codes="", stage="material")
    model = form.items.model
    assert model.data(model.index(1, model.column_of("stage"))) == "material"
    assert model.data(model.index(0, model.column_of("stage"))) == ""  # not recorded: read from the name
    assert form.save_button.isEnabled()
    click(qtbot, form.save_button)

    [saved] = list_ventures(window.ctx)
    assert saved.name == "华锂新能源材料（赣州）有限公司"
    assert saved.country == "CN"
    assert saved.value_at_stake == Decimal("125000000.50") and saved.currency == "USD"
    assert [(p.name, p.country, p.share) for p in saved.partners] == [
        ("Appalachian Energy", "US", Decimal("49.00")), ("한중미래양극재 주식회사", "KR", Decimal("51.00"))]
    assert [(i.name, i.direction.value, i.codes, i.stage) for i in saved.items] == [
        ("spherical graphite", "input", ["HS:3801.90"], None), ("anode material", "output", [], "material")]
    assert window.changed == [Entity.VENTURE]


def test_ownership_rules_warning_and_errors(qtbot, window) -> None:
    form = open_form(window, Entity.VENTURE, None)
    qtbot.keyClicks(form.name, "Aurora Anode Materials LLC")
    qtbot.keyClicks(form.country, "US")
    add_row(qtbot, form.partners, name="Appalachian Energy", country="US", share="70")
    # Under 100% is a warning: shown, but saving stays possible.
    assert "under 100%" in form.partners.message.text()
    assert form.partners.view.property("issue") == "warning"
    assert form.save_button.isEnabled()

    add_row(qtbot, form.partners, name="Shandong Carbon", country="CN", share="40")
    assert form.total.text() == "Ownership total: 110% (10% too much)"
    assert "over 100%" in form.partners.message.text()
    assert not form.save_button.isEnabled()

    set_cell(form.partners, 1, "share", "abc")
    assert form.total.text().startswith("Ownership total: -")
    assert form.partners.model.issue_at(1, "share")[0] is Severity.ERROR
    set_cell(form.partners, 1, "share", "30.555")
    assert "two decimals" in form.partners.model.issue_at(1, "share")[1]
    set_cell(form.partners, 1, "share", "30")
    set_cell(form.partners, 1, "country", "Atlantis")
    assert "'Atlantis' is not a country" in form.partners.model.issue_at(1, "country")[1]
    set_cell(form.partners, 1, "country", "")
    set_cell(form.partners, 1, "name", "appalachian energy")
    assert "listed twice" in form.partners.message.text()
    set_cell(form.partners, 1, "name", "Shandong Carbon")
    assert form.save_button.isEnabled()

    qtbot.keyClicks(form.value_at_stake, "1000")
    form.field_left(form.currency)  # the user passes through the currency field
    assert "is required when a value at stake is given" in message_of(form, form.currency)
    qtbot.keyClicks(form.currency, "US$")
    assert "three-letter ISO 4217" in message_of(form, form.currency)
    form.currency.setText("EUR")
    add_row(qtbot, form.items, name="graphite", codes="HS 2504")
    assert "needs a system" in form.items.model.issue_at(0, "codes")[1]
    set_cell(form.items, 0, "codes", "HS:2504.10")
    assert form.save_button.isEnabled()


def test_database_busy_keeps_the_form_and_the_typing(qtbot, window, monkeypatch) -> None:
    real = SERVICES[Entity.VENTURE]

    def busy(ctx, data):
        raise DatabaseBusy("The database is busy: another program is writing to it.")

    monkeypatch.setitem(SERVICES, Entity.VENTURE, dataclasses.replace(real, create=busy))
    form = open_form(window, Entity.VENTURE, None)
    qtbot.keyClicks(form.name, "Busy Day JV")
    qtbot.keyClicks(form.country, "DE")
    click(qtbot, form.save_button)
    assert form.isVisible()
    assert "busy" in form.banner.text() and "press Save to try again" in form.banner.text()
    assert form.name.text() == "Busy Day JV"
    assert list_ventures(window.ctx) == [] and window.undo_stack.count() == 0

    monkeypatch.setitem(SERVICES, Entity.VENTURE, real)
    form.services = real
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert [v.name for v in list_ventures(window.ctx)] == ["Busy Day JV"]


def test_duplicate_name_is_reported_in_the_form(qtbot, window) -> None:
    from desktop_app.services.records.ventures import create_venture
    from tests.conftest import venture_data

    create_venture(window.ctx, venture_data(name="Twin JV"))
    form = open_form(window, Entity.VENTURE, None)
    qtbot.keyClicks(form.name, "twin  jv")
    qtbot.keyClicks(form.country, "US")
    click(qtbot, form.save_button)
    assert form.isVisible()
    assert "already exists" in form.banner.text()


def test_unexpected_error_offers_details(qtbot, window, monkeypatch) -> None:
    def broken(ctx, data):
        raise RuntimeError("disk controller on fire")

    monkeypatch.setitem(SERVICES, Entity.VENTURE, dataclasses.replace(SERVICES[Entity.VENTURE], create=broken))
    form = open_form(window, Entity.VENTURE, None)
    qtbot.keyClicks(form.name, "Any JV")
    qtbot.keyClicks(form.country, "US")
    click(qtbot, form.save_button)
    assert "Something went wrong" in form.banner.text()
    assert not form.details_button.isHidden()
    assert "disk controller on fire" in form._details


def test_real_write_lock_reports_busy_and_retry_saves(qtbot, window) -> None:
    import sqlite3

    form = open_form(window, Entity.VENTURE, None)
    form.name.setText("Locked Out JV 锁")
    qtbot.keyClicks(form.country, "FR")
    other = sqlite3.connect(window.ctx.db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        click(qtbot, form.save_button)
        assert form.isVisible() and "busy" in form.banner.text()
        assert form.name.text() == "Locked Out JV 锁" and form.save_button.isEnabled()
    finally:
        other.execute("ROLLBACK")
        other.close()
    click(qtbot, form.save_button)
    assert [v.name for v in list_ventures(window.ctx)] == ["Locked Out JV 锁"]


def test_item_countries_are_edited_and_kept(qtbot, window) -> None:
    from desktop_app.services.records.ventures import create_venture, get_venture
    from tests.conftest import venture_data

    record = create_venture(window.ctx, venture_data(items=[
        {"name": "spherical graphite", "direction": "input", "codes": ["HS:2504.10"],
         "countries": ["CN", "MZ"]}]))
    form = open_form(window, Entity.VENTURE, record.id)
    model = form.items.model
    assert model.data(model.index(0, model.column_of("countries"))) == "China; Mozambique"  # codes shown by name
    assert not form.is_dirty()
    set_cell(form.items, 0, "countries", "CN, Chile")
    add_row(qtbot, form.items, name="cathode powder", direction="output", countries="HU, HU")
    assert "twice" in form.items.model.issue_at(1, "countries")[1]
    set_cell(form.items, 1, "countries", "HU")
    click(qtbot, form.save_button)
    saved = get_venture(window.ctx, record.id)
    assert [i.countries for i in saved.items] == [["CN", "CL"], ["HU"]]
