"""Record forms show the domain's validation messages in the window's language (issue 19)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from desktop_app.domain.entity import Entity
from desktop_app.services.records.measures import list_measures
from desktop_app.ui import language
from desktop_app.ui.forms import MeasureForm, open_form
from tests.ui_forms.conftest import click, message_of


@pytest.fixture
def interface(speak: Callable[[str], str]) -> Iterator[Callable[[str], None]]:
    """`interface("zh_CN")` switches the window's Qt interface and the services' messages, as the
    window does at start; English again afterwards."""

    def switch(code: str) -> None:
        assert language.install(code) == code
        assert speak(code) == code

    yield switch
    language.install(language.SOURCE_LANGUAGE)


def _bad_measure(qtbot: Any, window: Any) -> MeasureForm:
    """A new measure with a blank title and an impossible date, saved."""
    form = open_form(window, Entity.MEASURE, None)
    qtbot.keyClicks(form.reference, "MOFCOM Announcement No. 58 of 2023")
    qtbot.keyClicks(form.jurisdiction, "cn")
    qtbot.keyClicks(form.effective_on, "2024-13-01")
    click(qtbot, form.save_button)
    return form


def _listed(form: MeasureForm) -> list[str]:
    return [form.issue_list.item(i).text() for i in range(form.issue_list.count())]


def test_the_form_shows_the_messages_in_chinese(qtbot: Any, window: Any, interface: Any) -> None:
    interface("zh_CN")
    form = _bad_measure(qtbot, window)
    assert form.isVisible() and list_measures(window.ctx) == []
    assert message_of(form, form.title) == "必填"
    assert message_of(form, form.effective_on) == "“2024-13-01”不是日期：请写成 YYYY-MM-DD，例如 2024-03-31"
    listed = _listed(form)  # the error box: the field's name (Qt) and the message (the catalog)
    assert any(line.endswith("必填") for line in listed), listed
    assert any("“2024-13-01”不是日期" in line for line in listed), listed
    assert not any("required" in line or "is not a date" in line for line in listed), listed


def test_the_form_shows_a_message_in_german(qtbot: Any, window: Any, interface: Any) -> None:
    interface("de")
    form = _bad_measure(qtbot, window)
    assert message_of(form, form.title) == "ist erforderlich"
    assert message_of(form, form.effective_on).startswith("„2024-13-01“ ist kein Datum")


def test_in_english_the_form_reads_as_before(qtbot: Any, window: Any) -> None:
    form = _bad_measure(qtbot, window)
    assert message_of(form, form.title) == "is required"
    assert message_of(form, form.effective_on) == "'2024-13-01' is not a date: write it as YYYY-MM-DD, e.g. 2024-03-31"


def _refused(qtbot: Any, window: Any) -> MeasureForm:
    """A measure the form lets through and the service refuses: its target names no recorded group."""
    form = open_form(window, Entity.MEASURE, None)
    qtbot.keyClicks(form.reference, "MOFCOM 58")
    qtbot.keyClicks(form.title, "Graphite")
    qtbot.keyClicks(form.jurisdiction, "cn")
    qtbot.keyClicks(form.targets, "ZZ:NONE:1")  # a group code, but no such group is recorded
    click(qtbot, form.save_button)
    assert form.isVisible() and list_measures(window.ctx) == []
    return form


def test_a_refusal_of_the_services_has_a_chinese_heading(qtbot: Any, window: Any, interface: Any) -> None:
    interface("zh_CN")
    form = _refused(qtbot, window)
    # The banner over the form: the heading names the record in Chinese, the field is named by
    # the form's own (Chinese) label, not by its key.
    label = form.labels["targets"]
    assert form.banner.text().startswith(f"措施未保存：\n  - {label}: "), form.banner.text()
    assert "targets" not in form.banner.text() and not label.isascii()


def test_a_refusal_in_german_names_the_field_as_the_form_does(qtbot: Any, window: Any, interface: Any) -> None:
    interface("de")
    form = _refused(qtbot, window)
    text = form.banner.text()
    assert f"\n  - {form.labels['targets']}: " in text and "targets:" not in text, text


def test_an_english_refusal_names_the_field_by_its_label(qtbot: Any, window: Any) -> None:
    form = _refused(qtbot, window)
    assert form.banner.text().startswith("The measure was not saved:\n  - Targeted jurisdictions: "), \
        form.banner.text()
